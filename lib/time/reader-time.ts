import { formatTimedRange, type Locale } from "./format";

export type ReaderTimeInput = { startAt: string; endAt: string; venueZone: string; locale: Locale; label: string };

/**
 * The "your time" row of a timed event, for a reader whose browser is in `readerZone`, or null
 * when the venue row or the UTC row already show that reader's wall clock. The server cannot know
 * the zone, so a page's script calls this in the browser.
 */
export function readerTimeRow(input: ReaderTimeInput, readerZone: string | undefined): { label: string; time: string } | null {
  if (!readerZone || readerZone === input.venueZone || readerZone === "UTC" || readerZone === "Etc/UTC") return null;
  return {
    label: input.label.replace("{zone}", readerZone),
    time: formatTimedRange(new Date(input.startAt), new Date(input.endAt), readerZone, input.locale),
  };
}
