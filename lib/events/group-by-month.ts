import { monthOf } from "@/lib/time/calendar-date";

/** Groups date-ordered events by the month ("YYYY-MM") of their local start date, keeping the order. */
export function groupByMonth<T extends { startDate: string }>(events: T[]): { month: string; events: T[] }[] {
  const groups: { month: string; events: T[] }[] = [];
  for (const event of events) {
    const month = monthOf(event.startDate);
    const last = groups.at(-1);
    if (last?.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}
