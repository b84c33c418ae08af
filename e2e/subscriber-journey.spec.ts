import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { parseWithIcalJs } from "../lib/testing/parse-ics";
import { expectFitsNarrowScreen, NARROW } from "./fixtures/narrow-screen";
import { arrangeEvent } from "./fixtures/public-events";

/**
 * A calendar subscriber's journey, in each language: the feeds page, a filtered view of the
 * schedule, the youth program, one event, and an event removed after they subscribed, on a phone
 * and on paper (issue 15, items 10–13). Every place that offers a feed offers the same choices.
 */
const SUBSCRIBERS = {
  en: {
    feeds: "Calendar feeds",
    subscribeView: "Subscribe to this view",
    subscribeYouth: "Subscribe to the youth program",
    youthFeed: "ASEAN–Japan 2023: youth exchange program",
    tourismView: "ASEAN–Japan 2023: Tourism",
    clients: ["Calendar app (webcal)", "Google Calendar", "Outlook.com", "Microsoft 365 (work or school)"],
    add: ["Add to calendar (.ics)", "Add to Google Calendar", "Add to Outlook.com", "Add to Microsoft 365 (work or school)"],
    removed: /This event was removed from the schedule on/,
  },
  ja: {
    feeds: "カレンダー配信",
    subscribeView: "この表示を購読",
    subscribeYouth: "青年交流事業を購読",
    youthFeed: "日ASEAN 2023：青年交流事業",
    tourismView: "日ASEAN 2023：観光",
    clients: ["カレンダーアプリ（webcal）", "Googleカレンダー", "Outlook.com", "Microsoft 365（職場・学校）"],
    add: ["カレンダーに追加（.ics）", "Googleカレンダーに追加", "Outlook.comに追加", "Microsoft 365（職場・学校）に追加"],
    removed: /日程から削除されました/,
  },
} as const;

async function calendar(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return parseWithIcalJs(await res.text());
}

/** Checks one feed's subscribe choices, named for that feed: each hands over the same https address. */
async function expectSubscribeChoices(scope: Locator | Page, lang: keyof typeof SUBSCRIBERS, feedUrl: string, name: string) {
  const [webcal, google, outlook, microsoft365] = SUBSCRIBERS[lang].clients;
  const link = (client: string) => scope.getByRole("link", { name: lang === "ja" ? `${client}：${name}` : `${client}: ${name}`, exact: true });
  await expect(scope.getByRole("link", { name: feedUrl, exact: true })).toHaveAttribute("href", feedUrl);
  await expect(link(webcal)).toHaveAttribute("href", feedUrl.replace(/^https?:/, "webcal:"));
  expect(new URL((await link(google).getAttribute("href"))!).searchParams.get("cid")).toBe(feedUrl.replace(/^https?:/, "webcal:"));
  for (const [client, origin] of [[outlook, "https://outlook.live.com"], [microsoft365, "https://outlook.office.com"]] as const) {
    const href = new URL((await link(client).getAttribute("href"))!);
    expect(href.origin + href.pathname).toBe(`${origin}/calendar/0/addfromweb`);
    expect(href.searchParams.get("url")).toBe(feedUrl);
    expect(href.searchParams.get("name")).toBe(name);
  }
}

for (const lang of ["en", "ja"] as const) {
  const s = SUBSCRIBERS[lang];

  test.describe(`a subscriber (${lang})`, () => {
    test("subscribes from the feeds page, a filtered view and the youth program, with the same choices everywhere", async ({ browser, baseURL }, testInfo) => {
      const context = await browser.newContext({ viewport: NARROW });
      const page = await context.newPage();

      // The feeds page.
      await page.goto(`/${lang}/feeds`);
      await expect(page.getByRole("heading", { level: 1, name: s.feeds })).toBeVisible();
      await expect(page.getByRole("navigation").getByRole("link", { name: s.feeds })).toHaveAttribute("aria-current", "page");
      const youthUrl = `${baseURL}/feeds/youth.ics?lang=${lang}`;
      await expectSubscribeChoices(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: s.youthFeed }) }), lang, youthUrl, s.youthFeed);
      await expectFitsNarrowScreen(page, testInfo, `${lang} feeds page`);

      // "Subscribe to this view" on a filtered schedule: the same choices, never a plain download link.
      await page.goto(`/${lang}?sector=tourism`);
      await page.getByText(s.subscribeView).click();
      const viewUrl = `${baseURL}/feeds/filter.ics?sector=tourism&lang=${lang}`;
      await expectSubscribeChoices(page.locator(".subscribe-view"), lang, viewUrl, s.tourismView);
      await expectFitsNarrowScreen(page, testInfo, `${lang} subscribe to this view`);
      const listed = (await page.locator(".event-row a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/").pop()))).sort();
      const viewFeed = await calendar(page.request, viewUrl);
      expect(viewFeed.calendar["X-WR-CALNAME"]).toBe(s.tourismView);
      expect(viewFeed.events.map((e) => e.url.split("/").pop()).sort()).toEqual(listed);

      // The youth program page offers the youth feed.
      await page.goto(`/${lang}/youth-program`);
      const youthSection = page.getByRole("region", { name: s.subscribeYouth });
      await expectSubscribeChoices(youthSection, lang, youthUrl, s.youthFeed);
      await expectFitsNarrowScreen(page, testInfo, `${lang} youth program`);
      const youthFeed = await calendar(page.request, youthUrl);
      // The feed carries the itinerary's items, and a phase itself only when it has none (docs/FEEDS.md).
      const itinerary = await page.locator(".phase").evaluateAll((phases) =>
        phases.flatMap((phase) => [...phase.querySelectorAll(phase.querySelector(".day-list") ? ".day-list a" : "h3 a")].map((a) => a.getAttribute("href")!.split("/").pop())),
      );
      expect(youthFeed.events.map((e) => e.url.split("/").pop()).sort()).toEqual([...itinerary].sort());
      await context.close();
    });

    test("on paper, feed addresses print as text, without app links or buttons", async ({ page, baseURL }) => {
      for (const path of [`/${lang}/feeds`, `/${lang}/youth-program`]) {
        await page.goto(path);
        await page.emulateMedia({ media: "print" });
        await expect(page.getByText(`${baseURL}/feeds/youth.ics?lang=${lang}`, { exact: true }).first()).toBeVisible();
        await expect(page.locator(".subscribe-choices__links").first()).toBeHidden();
        await expect(page.locator(".site-nav")).toBeHidden();
        await page.emulateMedia({ media: "screen" });
      }
    });

    test("adds one event to Google Calendar, Outlook.com or Microsoft 365, or downloads it; not a cancelled one", async ({ page }) => {
      await page.goto(`/${lang}/events/special-tourism-ministers-dialogue-2023`);
      const [ics, google, outlook, microsoft365] = s.add.map((name) => page.getByRole("link", { name, exact: true }));
      await expect(ics).toHaveAttribute("href", `/feeds/events/special-tourism-ministers-dialogue-2023.ics?lang=${lang}`);
      expect(new URL((await google.getAttribute("href"))!).searchParams.get("dates")).toBe("20231027/20231030");
      for (const [link, origin] of [[outlook, "https://outlook.live.com"], [microsoft365, "https://outlook.office.com"]] as const) {
        const href = new URL((await link.getAttribute("href"))!);
        expect(href.origin + href.pathname).toBe(`${origin}/calendar/0/deeplink/compose`);
        expect([href.searchParams.get("startdt"), href.searchParams.get("enddt"), href.searchParams.get("allday")]).toEqual(["2023-10-27", "2023-10-30", "true"]);
      }

      arrangeEvent({ slug: `e2e-subscriber-cancelled-${lang}`, titleJa: "中止の会合", titleEn: "Cancelled subscriber meeting", status: "cancelled" });
      await page.goto(`/${lang}/events/e2e-subscriber-cancelled-${lang}`);
      await expect(page.locator(".event-detail h1")).toBeVisible();
      for (const name of s.add) await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
    });

    test("an event removed after subscribing stays in the feed as cancelled, and its Details link explains", async ({ page, baseURL }) => {
      const uid = arrangeEvent({ slug: `e2e-subscriber-removed-${lang}`, titleJa: "削除された会合", titleEn: "Removed subscriber meeting", status: "published", deletedAt: new Date(), country: "MY" });
      const feed = await calendar(page.request, `/feeds/country/MY.ics?lang=${lang}`);
      const removed = feed.events.find((e) => e.uid === uid)!;
      expect(removed.status).toBe("CANCELLED");
      expect(removed.url).toBe(`${baseURL}/${lang}/events/e2e-subscriber-removed-${lang}`);
      await page.goto(removed.url);
      await expect(page.getByRole("note")).toContainText(s.removed);
    });
  });
}

test("the feeds carry the public origin the server reports and prints at start", async ({ request, baseURL }) => {
  const { publicOrigin } = (await (await request.get("/api/health")).json()) as { publicOrigin: string };
  expect(publicOrigin).toBe(baseURL);
  const feed = await calendar(request, "/feeds/youth.ics?lang=en");
  expect(feed.events.every((e) => e.url.startsWith(`${publicOrigin}/en/events/`))).toBe(true);
});
