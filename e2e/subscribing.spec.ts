import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseWithIcalJs } from "../lib/testing/parse-ics";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { serverHeapCapMb } from "../scripts/lib/production-server";
import { withE2eDb } from "./fixtures/e2e-db";

const TOURISM_UID = "meeting-2023-10-27-tourism@japan-asean-2023";
const ONLINE_NOV_12_UID = "program-2023-youth-2023-11-12-online@japan-asean-2023";

async function fetchCalendar(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await res.text();
  return { res, text, feed: parseWithIcalJs(text) };
}

test.describe("subscribing to calendar feeds", () => {
  test("the English feeds page links to English feeds that a calendar client reads correctly", async ({ page, request, baseURL }) => {
    await page.goto("/en/feeds");
    await expect(page.getByRole("heading", { level: 1, name: "Calendar feeds" })).toBeVisible();
    await expect(page.getByText("A one-off .ics download")).toContainText("it does not update");
    await expect(page.getByText(/Google refreshes subscribed calendars/)).toBeVisible();

    // Every feed link on the page ends in .ics, followed only by the language.
    const hrefs = await page.locator("a[href*='/feeds/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/\.ics\?lang=en$/);

    const url = `${baseURL}/feeds/all.ics?lang=en`;
    const link = page.getByRole("link", { name: url, exact: true });
    await expect(link).toBeVisible();
    expect(await link.getAttribute("href")).toBe(url);
    const name = "ASEAN–Japan 2023: all events";
    await expect(page.getByRole("link", { name: `Calendar app (webcal): ${name}` })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));
    const google = new URL((await page.getByRole("link", { name: `Google Calendar: ${name}` }).getAttribute("href"))!);
    expect(google.searchParams.get("cid")).toBe(url.replace(/^http:/, "webcal:"));
    for (const [client, origin] of [["Outlook.com", "https://outlook.live.com"], ["Microsoft 365 (work or school)", "https://outlook.office.com"]]) {
      const outlook = new URL((await page.getByRole("link", { name: `${client}: ${name}` }).getAttribute("href"))!);
      expect(outlook.origin).toBe(origin);
      expect(outlook.searchParams.get("url")).toBe(url);
      expect(outlook.searchParams.get("name")).toBe(name);
    }

    const { res, text, feed } = await fetchCalendar(request, (await link.getAttribute("href"))!);
    expect(feed.calendar["X-WR-CALNAME"]).toBe(name);
    const tourism = feed.events.find((e) => e.uid === TOURISM_UID)!;
    expect(tourism.summary).toBe("ASEAN-Japan Special Dialogue of Tourism Ministers");
    expect(tourism.start).toEqual({ date: "2023-10-27" });
    expect(tourism.end).toEqual({ date: "2023-10-30" });
    const online = feed.events.find((e) => e.uid === ONLINE_NOV_12_UID)!;
    expect(online.start).toEqual({ utc: "2023-11-12T05:00:00.000Z", tzid: "Asia/Tokyo" });
    expect(online.end).toEqual({ utc: "2023-11-12T09:00:00.000Z", tzid: "Asia/Tokyo" });
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    expect(new Set(feed.vtimezones)).toEqual(used);

    // A poller that sends the ETag back gets 304 while nothing changed.
    const etag = res.headers().etag;
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");

    await expectNoSeriousA11yViolations(page);
  });

  test("the Japanese feeds page links to Japanese feeds", async ({ page, request, baseURL }) => {
    await page.goto("/ja/feeds");
    await expect(page.getByRole("heading", { level: 1, name: "カレンダー配信" })).toBeVisible();
    const link = page.getByRole("link", { name: `${baseURL}/feeds/all.ics?lang=ja`, exact: true });
    const { feed } = await fetchCalendar(request, (await link.getAttribute("href"))!);
    expect(feed.calendar["X-WR-CALNAME"]).toBe("日ASEAN 2023：全日程");
    expect(feed.events.find((e) => e.uid === TOURISM_UID)?.summary).toBe("日ASEAN観光大臣特別対話");
    const sector = page.getByRole("link", { name: `${baseURL}/feeds/sector/tourism.ics?lang=ja`, exact: true });
    const tourismFeed = (await fetchCalendar(request, (await sector.getAttribute("href"))!)).feed;
    for (const e of tourismFeed.events) expect(e.categories).toContain("観光");
  });

  test("the copy button copies the feed address", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/en/feeds");
    await page.getByRole("button", { name: "Copy address: ASEAN–Japan 2023: youth exchange program" }).click();
    await expect(page.getByText("Address copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/feeds/youth.ics?lang=en`);
  });

  test("the schedule's “Subscribe to this view” gives a feed of exactly the filtered events", async ({ page, request, baseURL }) => {
    await page.goto("/en?sector=tourism&country=JP");
    await page.getByText("Subscribe to this view").click();
    const href = `${baseURL}/feeds/filter.ics?sector=tourism&country=JP&lang=en`;
    await expect(page.getByRole("link", { name: href, exact: true })).toHaveAttribute("href", href);
    const { feed } = await fetchCalendar(request, href);
    expect(feed.events.map((e) => e.uid)).toContain(TOURISM_UID);
    for (const e of feed.events) {
      expect(e.categories).toContain("Tourism");
      expect(e.location.startsWith("Japan")).toBe(true);
    }
    // Every event the page lists is in the feed (the feed may also hold recently deleted ones, as cancelled).
    const summaries = feed.events.map((e) => e.summary.replace(/^Cancelled: /, ""));
    for (const title of await page.locator(".event-row__title a").allTextContents()) expect(summaries).toContain(title.trim());
  });

  test("an event page's “Add to calendar” downloads that one event", async ({ page }) => {
    await page.goto("/en/events/special-tourism-ministers-dialogue-2023");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to calendar (.ics)" }).click()]);
    expect(download.suggestedFilename()).toBe("special-tourism-ministers-dialogue-2023.ics");
    const feed = parseWithIcalJs(fs.readFileSync((await download.path())!, "utf8"));
    expect(feed.events).toHaveLength(1);
    expect(feed.events[0]).toMatchObject({ uid: TOURISM_UID, start: { date: "2023-10-27" }, end: { date: "2023-10-30" } });
  });

  test("a change written by another process reaches the feed within seconds, as an update of the same event", async ({ request }) => {
    const url = "/feeds/sector/energy.ics?lang=en";
    const uid = "meeting-2023-03-04-azec-ministerial@japan-asean-2023";
    const before = await fetchCalendar(request, url);
    const old = before.feed.events.find((e) => e.uid === uid)!;
    const original = withE2eDb((db) => db.prepare("SELECT venue_en, sequence, updated_at FROM events WHERE uid = ?").get(uid)) as {
      venue_en: string; sequence: number; updated_at: number;
    };
    try {
      withE2eDb((db) => {
        db.prepare("UPDATE events SET venue_en = 'Subscribing test hall', sequence = sequence + 1, updated_at = ? WHERE uid = ?").run(Date.now(), uid);
      });
      await expect
        .poll(async () => (await request.get(url, { headers: { "If-None-Match": before.res.headers().etag } })).status(), { timeout: 10_000 })
        .toBe(200);
      const after = (await fetchCalendar(request, url)).feed.events.filter((e) => e.uid === uid);
      expect(after).toHaveLength(1);
      expect(after[0].location).toContain("Subscribing test hall");
      expect(after[0].sequence).toBe(old.sequence + 1);
    } finally {
      withE2eDb((db) => {
        db.prepare("UPDATE events SET venue_en = ?, sequence = ?, updated_at = ? WHERE uid = ?").run(original.venue_en, original.sequence, original.updated_at, uid);
      });
    }
  });

  test("the feeds page works at 360 px and without JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/en/feeds`);
    await expect(page.getByRole("link", { name: `${baseURL}/feeds/special.ics?lang=en`, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /Copy address/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  test("a raw SQL write to events, by another process, reaches both the cached page and the cached feed", async ({ request }) => {
    const uid = "meeting-2023-10-27-tourism@japan-asean-2023";
    const page = "/en/events/special-tourism-ministers-dialogue-2023";
    const feed = "/feeds/special.ics?lang=en";
    await request.get(page);
    const etag = (await fetchCalendar(request, feed)).res.headers()["etag"];
    const original = withE2eDb((db) => db.prepare("SELECT venue_en FROM events WHERE uid = ?").get(uid)) as { venue_en: string };
    try {
      // No data-version bump by hand: the database's triggers keep the version.
      withE2eDb((db) => db.prepare("UPDATE events SET venue_en = 'Trigger test hall' WHERE uid = ?").run(uid));
      await expect.poll(async () => (await request.get(page)).text(), { timeout: 10_000 }).toContain("Trigger test hall");
      // Another process's write reaches this process's caches within a second (data-version-tracker.ts):
      // a page rendered afresh on a cache miss can show it before the feed cache has learnt the version.
      await expect.poll(async () => (await request.get(feed, { headers: { "If-None-Match": etag } })).status(), { timeout: 10_000 }).toBe(200);
      expect(await (await request.get(feed)).text()).toContain("Trigger test hall");
    } finally {
      withE2eDb((db) => db.prepare("UPDATE events SET venue_en = ? WHERE uid = ?").run(original.venue_en, uid));
    }
  });

  test("a calendar's poll of an unchanged feed is answered before Next.js routes it", async ({ request }) => {
    const answered = async () => (await (await request.get("/api/health")).json()).feeds.answeredBeforeNext as number;
    const etag = (await fetchCalendar(request, "/feeds/special.ics?lang=en")).res.headers()["etag"];
    const before = await answered();
    for (let i = 0; i < 3; i++) {
      const poll = await request.get("/feeds/special.ics?lang=en", { headers: { "If-None-Match": etag } });
      expect(poll.status()).toBe(304);
      expect(poll.headers()["etag"]).toBe(etag);
    }
    expect(await answered()).toBe(before + 3);
    // Anything else still reaches the route: a bad language gets its 400, even with a current ETag.
    expect((await request.get("/feeds/special.ics?lang=fr", { headers: { "If-None-Match": etag } })).status()).toBe(400);
    expect(await answered()).toBe(before + 3);
  });

  test("the health check reports the public origin that feeds carry", async ({ request, baseURL }) => {
    const { publicOrigin } = (await (await request.get("/api/health")).json()) as { publicOrigin: string };
    expect(publicOrigin).toBe(baseURL);
    const feed = await (await request.get("/feeds/special.ics?lang=en")).text();
    expect(feed).toContain(`URL:${baseURL}/en?special=1`);
  });

  test("npm start caps the server's V8 heap, so garbage from polls cannot swell its memory", async ({ request }) => {
    const { heapLimitMb } = (await (await request.get("/api/health")).json()) as { heapLimitMb: number };
    // Node's default here is about 4,100 MB; the cap plus the capped young generation (3 x 16 MB) is about 560.
    expect(heapLimitMb).toBeGreaterThan(serverHeapCapMb());
    expect(heapLimitMb).toBeLessThan(serverHeapCapMb() + 128);
  });
});
