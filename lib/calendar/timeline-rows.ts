import { COUNTRY_CODES } from "@/lib/events/countries";
import { hostValue, OTHER_HOST_KINDS, type EventHost } from "@/lib/events/hosts";
import { SECTORS } from "@/lib/events/sectors";
import type { TimelineRows } from "@/lib/events/schedule-views";

type RowEvent = EventHost & { id: number; parentId: number | null; programId: number | null; sector: string };

/**
 * One row of the year timeline. A program is one band (its top-level entries, the phases, are its
 * marks; their items are listed under them); the other events fall into rows by sector or by host.
 */
export type TimelineRow<T> =
  | { kind: "program"; programId: number; phases: { phase: T; items: T[] }[] }
  | { kind: "sector" | "host"; key: string; events: T[] };

const ROW_ORDER: Record<TimelineRows, readonly string[]> = { sector: SECTORS, host: [...COUNTRY_CODES, ...OTHER_HOST_KINDS] };

/** The timeline's rows for date-ordered events: program bands first, then rows in the order of sectors or hosts. */
export function timelineRows<T extends RowEvent>(events: readonly T[], rows: TimelineRows): TimelineRow<T>[] {
  const programs = new Map<number, T[]>();
  const groups = new Map<string, T[]>();
  for (const event of events) {
    if (event.programId !== null) {
      programs.set(event.programId, [...(programs.get(event.programId) ?? []), event]);
      continue;
    }
    const key = rows === "sector" ? event.sector : hostValue(event);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const bands: TimelineRow<T>[] = [...programs].map(([programId, entries]) => {
    const ids = new Set(entries.map((e) => e.id));
    const phases = entries.filter((e) => e.parentId === null || !ids.has(e.parentId));
    return { kind: "program", programId, phases: phases.map((phase) => ({ phase, items: entries.filter((e) => e.parentId === phase.id) })) };
  });
  const others = sortRowKeys([...groups.keys()], rows).map((key): TimelineRow<T> => ({ kind: rows, key, events: groups.get(key)! }));
  return [...bands, ...others];
}

/** Row keys (sectors, or hosts: country codes and host kinds) in the order the site lists them; unknown keys last. */
export function sortRowKeys(keys: string[], rows: TimelineRows): string[] {
  const order = ROW_ORDER[rows];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
