"use client";

import { useSyncExternalStore } from "react";
import { formatTimedRange, type Locale } from "@/lib/time/format";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
const serverZone = () => null;

/**
 * The event's time in the reader's own time zone. The server cannot know that zone, so this row
 * appears only in the browser, and only when the zone differs from the venue's and from UTC.
 * It formats with the platform's Intl only (lib/time/wall-clock.ts): no date library is shipped.
 */
export function ViewerTime(props: { startAt: string; endAt: string; venueZone: string; locale: Locale; label: string }) {
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  // The venue row and the UTC row already cover readers in those zones.
  if (!zone || zone === props.venueZone || zone === "UTC" || zone === "Etc/UTC") return null;
  return (
    <>
      <dt>{props.label.replace("{zone}", zone)}</dt>
      <dd>{formatTimedRange(new Date(props.startAt), new Date(props.endAt), zone, props.locale)}</dd>
    </>
  );
}
