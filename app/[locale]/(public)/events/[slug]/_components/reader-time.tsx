import type { Locale } from "@/lib/time/format";

/**
 * The row for the event's time in the reader's own time zone. The server cannot know that zone:
 * it renders the row hidden, with what the page's script needs to fill it in
 * (../../../_browser/enhance-public-page.ts), which shows it only when the zone differs from the
 * venue's and from UTC (lib/time/reader-time.ts).
 */
export function ReaderTime(props: { startAt: string; endAt: string; venueZone: string; locale: Locale; label: string }) {
  return (
    <>
      <dt hidden />
      <dd hidden data-reader-time="" data-start-at={props.startAt} data-end-at={props.endAt} data-venue-zone={props.venueZone} data-locale={props.locale} data-label={props.label} />
    </>
  );
}
