import { expect, test, type Browser, type Page } from "@playwright/test";
import { withE2eDb } from "./fixtures/e2e-db";
import { expectFitsNarrowScreen, NARROW } from "./fixtures/narrow-screen";
import { arrangeEvent } from "./fixtures/public-events";

/**
 * A reader's first minutes, in each language: a journalist in Jakarta reading English and an
 * official in Tokyo reading Japanese, on a phone, with the Back button, on paper and without
 * JavaScript (issue 15, items 1–9).
 */
const READERS = {
  en: {
    timezoneId: "Asia/Jakarta",
    schedule: "Schedule",
    search: "Search",
    more: /More filters/,
    sector: "Sector",
    apply: "Apply filters",
    typed: "ministers\u2019 meeting",
    typedFinds: "ASEAN-Japan Foreign Ministers' Meeting",
    country: "Vietnam",
    countryFinds: "ASEAN-Japan Ministerial Meeting on Disaster Management",
    back: "← Back to the schedule",
    titleMatches: "Title matches",
    showing: /Showing: search “ministers’ meeting”/,
    feedLine: /Calendar feed of this list: http:\/\/\S+\/feeds\/filter\.ics\?q=ministers%E2%80%99\+meeting&lang=en/,
    badFilter: "The Sector value “bogus” was not understood, so it is not applied: the list shows events without it.",
    noResultsSearchOnly: "Search every event for “tourism”",
    removed: /This event was removed from the schedule on \w{3} \d+ \w{3} \d{4} \(UTC\)\./,
    cancelledRemoved: /This event was cancelled, and removed from the schedule on/,
    cancelledNoAdd: /A cancelled event cannot be added to a calendar/,
    notFound: "Page not found",
    events: (n: number) => `${n} events`,
  },
  ja: {
    timezoneId: "Asia/Tokyo",
    schedule: "日程",
    search: "検索",
    more: /その他の条件/,
    sector: "分野",
    apply: "絞り込む",
    typed: "ＡＳＥＡＮ　外相",
    typedFinds: "日ASEAN外相会議",
    country: "ベトナム",
    countryFinds: "日ASEAN防災閣僚級会合",
    back: "← 日程に戻る",
    titleMatches: "行事名に一致",
    showing: /表示中の条件：検索「ＡＳＥＡＮ　外相」/,
    feedLine: /この一覧のカレンダー配信：http:\/\/\S+\/feeds\/filter\.ics\?q=%EF%BC%A1/,
    badFilter: "分野の値「bogus」は解釈できないため、この条件は使わずに表示しています。",
    noResultsSearchOnly: "すべての行事から「tourism」を検索",
    removed: /この行事は\d{4}年\d+月\d+日\(.\)（UTC）に日程から削除されました。/,
    cancelledRemoved: /この行事は中止となり、/,
    cancelledNoAdd: /中止になった行事はカレンダーに追加できません/,
    notFound: "ページが見つかりません",
    events: (n: number) => `${n}件`,
  },
} as const;

async function phone(browser: Browser, lang: keyof typeof READERS, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: NARROW, timezoneId: READERS[lang].timezoneId, locale: lang === "ja" ? "ja-JP" : "en-US", javaScriptEnabled });
  return { context, page: await context.newPage() };
}

const searchBox = (page: Page, lang: keyof typeof READERS) => page.getByRole("searchbox", { name: READERS[lang].search });

for (const lang of ["en", "ja"] as const) {
  const r = READERS[lang];

  test.describe(`a reader (${lang})`, () => {
    test("on a phone: events first, a search typed as phones type it, an event, back to the same list", async ({ browser }, testInfo) => {
      const { context, page } = await phone(browser, lang);
      await page.goto(`/${lang}`);
      // The navigation says where the reader is.
      await expect(page.getByRole("navigation").getByRole("link", { name: r.schedule, exact: true })).toHaveAttribute("aria-current", "page");
      // The other filters are folded away and the first event is on the first screen.
      await expect(page.getByLabel(r.sector)).toBeHidden();
      const firstRow = await page.locator(".event-row").first().boundingBox();
      expect(firstRow!.y + 40).toBeLessThan(NARROW.height);
      await expectFitsNarrowScreen(page, testInfo, `${lang} schedule`);

      // A typographic apostrophe (en) or full-width letters and space (ja), as typed on a phone.
      await searchBox(page, lang).fill(r.typed);
      await searchBox(page, lang).press("Enter");
      await expect(page.getByRole("heading", { level: 2, name: r.titleMatches })).toBeVisible();
      await expect(page.locator(".event-row").filter({ hasText: r.typedFinds })).toBeVisible();
      await expect(page.getByText(r.showing)).toBeVisible();
      await expect(searchBox(page, lang)).toHaveValue(r.typed);
      await expectFitsNarrowScreen(page, testInfo, `${lang} search results`);
      const results = await page.locator(".event-row__title").allTextContents();

      // An event, and the way back to exactly this list.
      await page.locator(".event-row").filter({ hasText: r.typedFinds }).getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.typedFinds);
      await expectFitsNarrowScreen(page, testInfo, `${lang} event`);
      await page.getByRole("link", { name: r.back }).click();
      expect(new URL(page.url()).searchParams.get("q")).toBe(r.typed);
      await expect(searchBox(page, lang)).toHaveValue(r.typed);
      expect(await page.locator(".event-row__title").allTextContents()).toEqual(results);

      // Host countries by the names readers use.
      await searchBox(page, lang).fill(r.country);
      await searchBox(page, lang).press("Enter");
      await expect(page.locator(".event-row")).toHaveCount(1);
      await expect(page.locator(".event-row")).toContainText(r.countryFinds);
      await context.close();
    });

    test("on paper: the content, the filters in force and the feed address; no navigation, ways back, hints or folded text", async ({ page }) => {
      await page.goto(`/${lang}?q=${encodeURIComponent(r.typed)}`);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByText(r.showing)).toBeVisible();
      await expect(page.getByText(r.feedLine)).toBeVisible();
      for (const hidden of [".site-nav", "form.filters", ".subscribe-view", ".language-switch"]) await expect(page.locator(hidden).first()).toBeHidden();
      await expect(page.locator(".event-row").first()).toBeVisible();

      // Each month starts a page.
      await page.goto(`/${lang}`);
      const breaks = await page.locator(".month").evaluateAll((months) => months.map((m) => getComputedStyle(m).breakBefore));
      expect(breaks.length).toBeGreaterThan(3);
      expect(breaks.slice(1).every((b) => b === "page")).toBe(true);

      // An event: no "Back to the schedule", no "Add to calendar" or its download hint, no folded other language.
      await page.goto(`/${lang}/events/special-finance-ministers-central-bank-governors-meeting-2023?from=sector%3Dfinance`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      for (const hidden of [".back-link", ".actions", ".hint.screen-only", "details:not([open])"]) await expect(page.locator(hidden).first()).toBeHidden();
      await page.emulateMedia({ media: "screen" });
      await expect(page.locator("details:not([open]) > summary").first()).toBeVisible();
      await expect(page.getByRole("link", { name: r.back })).toHaveAttribute("href", `/${lang}?sector=finance`);
      // The other language's page keeps the way back too.
      await expect(page.locator(".language-switch")).toHaveAttribute("href", `/${lang === "en" ? "ja" : "en"}/events/special-finance-ministers-central-bank-governors-meeting-2023?from=sector%3Dfinance`);
    });

    test("the Back button: the form shows the filters of the list it sits above", async ({ page, playwright }, testInfo) => {
      const filterThenBack = async (p: Page) => {
        const unfiltered = await p.locator(".results-count").textContent();
        await p.getByText(r.more).click();
        await p.getByLabel(r.sector).selectOption("summit");
        await searchBox(p, lang).fill("Summit");
        await p.getByRole("button", { name: r.apply }).click();
        await expect(p).toHaveURL(/sector=summit/);
        await p.goBack({ waitUntil: "commit" });
        await expect(p).toHaveURL(new RegExp(`/${lang}$`));
        await expect(p.locator(".results-count")).toHaveText(unfiltered!);
        await expect(p.getByLabel(r.sector)).toHaveValue("");
        await expect(searchBox(p, lang)).toHaveValue("");
      };
      // The page is loaded again (Playwright's default browser keeps no back/forward cache): the
      // browser would restore the form's last values.
      await page.goto(`/${lang}`);
      await filterThenBack(page);
      // Restored whole from the back/forward cache, as desktop Chrome does.
      const launchOptions = testInfo.project.use.launchOptions ?? {};
      const browser = await playwright.chromium.launch({ ...launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
      try {
        const p = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
        await p.goto(`/${lang}`);
        await p.evaluate(() => Object.assign(window, { notReloaded: true }));
        await filterThenBack(p);
        expect(await p.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
      } finally {
        await browser.close();
      }
    });

    test("a filter value that is not understood is named, and the list still shows", async ({ page }) => {
      await page.goto(`/${lang}`);
      const all = await page.locator(".results-count").textContent();
      await page.goto(`/${lang}?sector=bogus`);
      await expect(page.locator(".notice--warning")).toHaveText(r.badFilter);
      await expect(page.locator(".results-count")).toHaveText(all!);
    });

    test("a search without results suggests searching without the other filters, or clearing them", async ({ page }) => {
      await page.goto(`/${lang}?sector=summit&q=tourism`);
      await expect(page.locator(".results-count")).toHaveText(lang === "en" ? "No events match these filters." : "条件に合う行事はありません。");
      await page.getByRole("link", { name: r.noResultsSearchOnly }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}\\?q=tourism$`));
      // Other tests add events in the tourism sector; the seeded ministers' dialogue is the title match.
      await expect(page.locator(".event-row").first()).toContainText(lang === "en" ? "Tourism Ministers" : "観光大臣");
    });

    test("a removed event's page says so and when; a cancelled one offers no “Add to calendar”", async ({ page }) => {
      arrangeEvent({ slug: `e2e-removed-${lang}`, titleJa: "削除された会合", titleEn: "Removed e2e meeting", status: "published", deletedAt: new Date() });
      arrangeEvent({ slug: `e2e-cancelled-removed-${lang}`, titleJa: "中止後に削除", titleEn: "Cancelled then removed", status: "cancelled", cancelReason: "Postponed", deletedAt: new Date() });
      arrangeEvent({ slug: `e2e-cancelled-${lang}`, titleJa: "中止された会合", titleEn: "Cancelled e2e meeting", status: "cancelled", cancelReason: "Postponed" });

      const removed = await page.goto(`/${lang}/events/e2e-removed-${lang}`);
      expect(removed?.status()).toBe(200);
      await expect(page.getByRole("note")).toContainText(r.removed);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(page.getByRole("link", { name: r.back })).toHaveAttribute("href", `/${lang}`);
      await page.goto(`/${lang}/events/e2e-cancelled-removed-${lang}`);
      await expect(page.getByRole("note")).toContainText(r.cancelledRemoved);

      await page.goto(`/${lang}/events/e2e-cancelled-${lang}`);
      await expect(page.getByText(r.cancelledNoAdd)).toBeVisible();
      await expect(page.locator('a[href*="/feeds/events/"], a[href*="calendar.google.com"], a[href*="outlook."]')).toHaveCount(0);

      // A draft that was deleted never had a public page.
      withE2eDb((db) => db.prepare("UPDATE events SET status = 'draft' WHERE slug = ?").run(`e2e-removed-${lang}`));
      await expect.poll(async () => (await page.request.get(`/${lang}/events/e2e-removed-${lang}`)).status(), { timeout: 10_000 }).toBe(404);
    });

    test("without JavaScript, a page that does not exist says so, with status 404", async ({ browser }, testInfo) => {
      const { context, page } = await phone(browser, lang, false);
      for (const path of [`/${lang}/events/no-such-event`, `/${lang}/no-such-page`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: r.notFound })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
      }
      await expectFitsNarrowScreen(page, testInfo, `${lang} not found`);
      const outside = await page.goto("/no-such-file.php");
      expect(outside?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found / ページが見つかりません");
      await context.close();
    });
  });
}
