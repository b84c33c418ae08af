import { scheduledDateSpan } from "@/db/queries/schedule-dates";
import { datesKey, datesOutside, programDateRange } from "@/lib/events/program-dates";
import type { FormPrompt } from "./edit-outcome";

type Dates = { startDate: string; endDate: string };

/**
 * The question before saving dates outside those the programs cover (lib/events/program-dates.ts),
 * unless the form already answered it for these very dates ("datesConfirmed"). `resubmit` is the
 * button that was pressed, which the answer presses again.
 */
export function datesQuestion(dates: Dates, formData: FormData, exceptId: number | null, resubmit: { name: string; value: string } | null): FormPrompt | null {
  const key = datesKey(dates);
  if (formData.get("datesConfirmed") === key) return null;
  const range = programDateRange(scheduledDateSpan(exceptId));
  if (!datesOutside(dates, range)) return null;
  return { question: "dates", key, start: dates.startDate, end: dates.endDate, first: range.first, last: range.last, resubmit, fields: [] };
}
