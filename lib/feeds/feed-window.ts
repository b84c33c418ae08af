/**
 * Which of a feed's events it carries. Google Calendar and Outlook.com fetch subscriptions on
 * their own servers, with undocumented size and time limits, and are widely reported to stop
 * updating feeds of many megabytes (at ~730 bytes a VEVENT, 100,000 events are 74 MB). So a
 * feed with more than FEED_WINDOW_EVENTS events (about 3.6 MB) carries by default only a window
 * of them; `?range=all` asks for every event. See docs/FEEDS.md.
 *
 * The window is the last FEED_WINDOW_EVENTS events in the feed's own order (start date, start
 * time, sort order, id): the latest-starting ones, which matter most to a subscriber, still
 * written in that order. It is chosen from the data alone, never from the clock, so unchanged
 * data gives a byte-identical feed. The real 2023 schedule (31 events) is far below the cap:
 * its feeds are never windowed.
 */
export const FEED_WINDOW_EVENTS = 5000;

/** "window": the default (all events up to the cap, else the window); "all": `?range=all`. */
export type FeedRange = "window" | "all";

/** `total` events matched the feed; the first `skip` of them (in feed order) are left out. */
export type FeedWindow = { range: FeedRange; total: number; skip: number };

export function feedWindow(total: number, range: FeedRange): FeedWindow {
  return { range, total, skip: range === "all" ? 0 : Math.max(0, total - FEED_WINDOW_EVENTS) };
}

export function isWindowed(window: FeedWindow): boolean {
  return window.skip > 0;
}
