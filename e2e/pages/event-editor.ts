import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Page helpers for the staff event editor (English UI), shared by the staff editing journeys. */

export type EventFields = {
  kind?: "Summit and ministerial meetings" | "Other events" | "Youth exchange program";
  sector?: string;
  titleJa?: string;
  titleEn?: string;
  slug?: string;
  allDay?: boolean;
  startDate?: string;
  startTime?: string;
  endDate?: string;
  endTime?: string;
  timeZone?: string;
  country?: string;
  cityEn?: string;
  descriptionEn?: string;
  staffNote?: string;
};

/** A title no other spec or run uses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export async function fillEventForm(page: Page, f: EventFields): Promise<void> {
  if (f.kind) await page.getByLabel("Type").selectOption({ label: f.kind });
  if (f.sector) await page.getByLabel("Sector").selectOption({ label: f.sector });
  if (f.titleJa !== undefined) await page.getByLabel("Title (Japanese)").fill(f.titleJa);
  if (f.titleEn !== undefined) await page.getByLabel("Title (English)").fill(f.titleEn);
  if (f.slug !== undefined) await page.getByLabel("Address (slug)").fill(f.slug);
  if (f.country) await page.getByLabel(/^Host( \(required\))?$/).selectOption({ label: f.country });
  if (f.allDay !== undefined) await page.getByLabel("All-day event").setChecked(f.allDay);
  if (f.startDate !== undefined) await page.getByLabel("Start date").fill(f.startDate);
  // Times are hidden (and unused) for all-day events.
  if (f.startTime !== undefined && !f.allDay) await page.getByLabel("Start time").fill(f.startTime);
  if (f.endDate !== undefined) await page.getByLabel("End date").fill(f.endDate);
  if (f.endTime !== undefined && !f.allDay) await page.getByLabel("End time").fill(f.endTime);
  if (f.timeZone !== undefined) await page.getByLabel("Time zone").fill(f.timeZone);
  if (f.cityEn !== undefined) await page.getByLabel("City (English)").fill(f.cityEn);
  if (f.descriptionEn !== undefined) await page.getByLabel("Description (English)").fill(f.descriptionEn);
  if (f.staffNote !== undefined) await page.getByLabel("Private note").fill(f.staffNote);
}

/** Creates a draft (or a published event) through the form and returns its id. */
export async function createEventThroughForm(page: Page, f: EventFields, { publish = false } = {}): Promise<number> {
  await page.goto("/en/staff/events/new");
  const times = f.allDay ? {} : { startTime: "10:00", endTime: "12:00" };
  await fillEventForm(page, { sector: "Economy", country: "Thailand", startDate: "2023-10-10", endDate: "2023-10-10", ...times, ...f });
  await page.getByRole("button", { name: publish ? "Create and publish" : "Create as draft", exact: true }).click();
  await page.waitForURL(/\/en\/staff\/events\/\d+\/edit\?done=/);
  return eventIdFromUrl(page.url());
}

export function eventIdFromUrl(url: string): number {
  const match = /\/staff\/events\/(\d+)\//.exec(url);
  if (!match) throw new Error(`No event id in ${url}`);
  return Number(match[1]);
}

/** The stored event as the staff JSON API returns it (the request context shares the page's session). */
export async function staffEvent(request: APIRequestContext, id: number): Promise<Record<string, unknown> & { uid: string; slug: string; version: number; sequence: number }> {
  const response = await request.get(`/api/staff/events/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()).event;
}

/**
 * DTSTART/DTEND values of a timed event: the venue's wall clock with a TZID when the feed carries a
 * VTIMEZONE for the zone, UTC otherwise; both are correct, so tests accept either.
 */
export function feedTimes(localWallClock: string, utc: string): string[] {
  return [localWallClock, utc];
}

/** The properties of the VEVENT with `uid` in a feed (unfolded), or null when it is not there. */
export async function feedEvent(request: APIRequestContext, uid: string, feed = "/feeds/all.ics?lang=en"): Promise<Record<string, string> | null> {
  const response = await request.get(feed, { headers: { "cache-control": "no-cache" } });
  expect(response.status()).toBe(200);
  const text = (await response.text()).replace(/\r\n[ \t]/g, "");
  for (const block of text.split("BEGIN:VEVENT").slice(1)) {
    const body = block.split("END:VEVENT")[0];
    const props: Record<string, string> = {};
    for (const line of body.split("\r\n")) {
      const m = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
      if (m && !(m[1] in props)) props[m[1]] = m[3];
    }
    if (props.UID === uid) return props;
  }
  return null;
}
