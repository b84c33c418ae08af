import { createEvent, newEditLog } from "../lib/edit-stream";
import type { StaffClient } from "../lib/staff-client";
import { expectOk } from "./http";

export type Freshness = { seconds: number; maxAgeSeconds: number };

const PROBE_TITLE = "Bench freshness probe";

/**
 * The feed the probe watches: the filtered feed of the probe's events. It holds the new event at
 * every size (the default all.ics holds only the 5,000 latest-starting events, and the probe's
 * event starts on 2023-11-20) and stays a few kB, so polling it five times a second costs nothing.
 */
export const PROBE_FEED_PATH = `/feeds/filter.ics?q=${encodeURIComponent(PROBE_TITLE)}&lang=en`;

/** iCalendar folds long lines ("\r\n" + space): undo it before searching for a title. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/**
 * Measures how long a staff edit takes to show through the caching proxy: caches `url` in the
 * proxy (checking the second request is a HIT), saves a new event through the staff API, then
 * polls the proxy five times a second until the feed holds it. nginx keeps the copy for the app's
 * max-age; the first request after that still gets the old copy (stale-while-revalidate) and
 * starts a background refresh, so the bound is max-age plus one refresh.
 */
export async function startFreshnessProbe(url: string, staff: StaffClient): Promise<{ done(): Promise<Freshness> }> {
  const first = await expectOk(url);
  const second = await expectOk(url);
  if (second.headers.get("x-cache-status") !== "HIT") {
    throw new Error(`The proxy did not cache ${url}: X-Cache-Status ${first.headers.get("x-cache-status")} then ${second.headers.get("x-cache-status")}`);
  }
  const maxAge = Number(/max-age=(\d+)/.exec(second.headers.get("cache-control") ?? "")?.[1]);
  if (!Number.isFinite(maxAge)) throw new Error(`No max-age in the feed's Cache-Control: ${second.headers.get("cache-control")}`);

  const marker = `${PROBE_TITLE} ${Date.now()}`;
  const log = newEditLog();
  if (!(await createEvent(staff, marker, log))) throw new Error(`The probe edit was refused: ${log.failures.join("; ")}`);
  const savedAt = performance.now();
  let seenAt: number | null = null;
  let stopped = false;
  const poll = (async () => {
    while (!stopped && seenAt === null) {
      const got = await expectOk(url).catch(() => null);
      if (got && unfold(got.body.toString("utf8")).includes(marker)) seenAt = performance.now();
      else await new Promise((r) => setTimeout(r, 200));
    }
  })();

  return {
    async done() {
      // Give up a minute after the documented bound: past it the target is missed anyway.
      const deadline = savedAt + (maxAge + 60) * 1000;
      while (seenAt === null && performance.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      stopped = true;
      await poll;
      const seconds = seenAt === null ? Infinity : (seenAt - savedAt) / 1000;
      return { seconds: Math.round(seconds * 10) / 10, maxAgeSeconds: maxAge };
    },
  };
}
