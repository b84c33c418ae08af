import { type Browser, expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { expectFitsNarrowScreen, NARROW } from "./fixtures/narrow-screen";

/** The month calendar and the year timeline in both languages (issue 19, items 1, 2 and 7). */
const TEXT = {
  en: {
    firstWeekday: "Mon",
    // 27–29 October is Friday to Sunday: one bar in a week from Monday, split at Sunday in a week from Sunday.
    tourismSpan: 3,
    november: "Calendar: November 2023",
    tourism: "ASEAN-Japan Special Dialogue of Tourism Ministers",
    online: "Online Exchange, day 1",
    tbc: "This month, dates to be confirmed",
    forum: "ASEAN-Japan Economic Co-Creation Forum",
    list: "List",
    month: "Month",
    year: "Year",
    byHost: "By host",
    yearTitle: "2023 at a glance",
    showing: /Showing: .*Sector: Youth exchange/,
    feedLine: /Calendar feed of this list: http:\/\/\S+\/feeds\/filter\.ics\?sector=youth&lang=en/,
    more: /More filters/,
    sector: "Sector",
    apply: "Apply filters",
    youthProgram: "Youth Exchange Program for the 50th Year of ASEAN-Japan Friendship and Cooperation",
    japan: "Japan",
  },
  ja: {
    firstWeekday: "日",
    tourismSpan: 2,
    november: "カレンダー：2023年11月",
    tourism: "日ASEAN観光大臣特別対話",
    online: "オンライン交流（1日目）",
    tbc: "この月（日程未定）",
    forum: "日ASEAN経済共創フォーラム",
    list: "一覧",
    month: "月",
    year: "年",
    byHost: "開催地別",
    yearTitle: "2023年の全体像",
    showing: /表示中の条件：.*分野：青少年交流/,
    feedLine: /この一覧のカレンダー配信：http:\/\/\S+\/feeds\/filter\.ics\?sector=youth&lang=ja/,
    more: /その他の条件/,
    sector: "分野",
    apply: "絞り込む",
    youthProgram: "日本ASEAN友好協力50周年記念 青年交流事業",
    japan: "日本",
  },
} as const;

/** A seeded agriculture meeting in October 2023. */
const AGRICULTURE_OCTOBER = "agriculture-forestry-ministers-meeting-2023";

const viewSwitch = (page: Page) => page.getByRole("navigation", { name: /Show the schedule as|日程の表示方法/ });

/** Nothing a screen reader or pointer needs and paper does not: navigation, forms, buttons. */
async function expectPrintedPlainly(page: Page) {
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".site-nav", ".language-switch", "form.filters", ".view-switch", ".subscribe-view", ".share-link__row"]) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  const visibleButtons = await page.locator("button").evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
  expect(visibleButtons).toBe(0);
}

/** axe needs scripts, so the page's narrow layout is checked in a context that runs them (the HTML is the same). */
async function expectAccessibleAtNarrowWidth(browser: Browser, path: string) {
  const context = await browser.newContext({ viewport: NARROW });
  const page = await context.newPage();
  await page.goto(path);
  await expectNoSeriousA11yViolations(page);
  await context.close();
}

for (const lang of ["en", "ja"] as const) {
  const t = TEXT[lang];

  test.describe(`month calendar (${lang})`, () => {
    test("a grid of the month from the locale's first weekday: bars across days, ★, venue times, the month-only row, previous and next", async ({ page }) => {
      await page.goto(`/${lang}/calendar/2023-11`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.november);
      await expect(page.locator(".cal thead th").first()).toHaveText(t.firstWeekday);
      // A timed event shows its time at the venue.
      await expect(page.locator(".cal-event").filter({ hasText: t.online })).toContainText("14:00");
      await expect(page.getByRole("link", { name: /October 2023|2023年10月/ })).toHaveAttribute("href", `/${lang}/calendar/2023-10`);
      await page.getByRole("link", { name: /October 2023|2023年10月/ }).click();
      // A three-day event is a bar across its days in the week, its other days listing it as continued.
      const tourism = page.locator(".cal-event--bar").filter({ hasText: t.tourism });
      await expect(tourism).toHaveAttribute("style", new RegExp(`--span:\\s*${t.tourismSpan}`));
      await expect(tourism).toContainText("★");
      await expect(page.locator(".cal-event--more-days").filter({ hasText: t.tourism })).toHaveCount(t.tourismSpan - 1);
      const bar = await tourism.boundingBox();
      const cell = await page.locator("td.cal-day").filter({ has: tourism }).boundingBox();
      expect(bar!.width).toBeGreaterThan(cell!.width * (t.tourismSpan - 0.5));
      // Month-only events sit in their own row, not on a day.
      await page.goto(`/${lang}/calendar/2023-12`);
      const tbc = page.getByRole("region", { name: t.tbc });
      await expect(tbc.getByRole("link", { name: t.forum })).toBeVisible();
      await expect(page.locator(".cal").getByText(t.forum)).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      // Outside the year and its events there is nothing further to go to; a month that is no month is a 404.
      await page.goto(`/${lang}/calendar/2023-01`);
      await expect(page.locator('.month-nav a[rel="prev"]')).toHaveCount(0);
      expect((await page.goto(`/${lang}/calendar/2023-13`))?.status()).toBe(404);
    });

    test("filters round-trip between the list, the month and the year, and the form keeps the view", async ({ page }) => {
      await page.goto(`/${lang}?sector=youth`);
      await viewSwitch(page).getByRole("link", { name: t.month, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/calendar/2023-11\\?sector=youth$`));
      await expect(page.getByText(t.showing)).toBeVisible();
      await expect(page.locator(".cal-event").filter({ hasText: t.tourism })).toHaveCount(0);
      await viewSwitch(page).getByRole("link", { name: t.year, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/year\\?sector=youth$`));
      await page.getByRole("link", { name: t.byHost }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/year\\?sector=youth&rows=host$`));
      await viewSwitch(page).getByRole("link", { name: t.list, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}\\?sector=youth$`));
      // The filter form on a month stays on that month.
      await page.goto(`/${lang}/calendar/2023-10`);
      await expect(page.locator(`.cal-event a[href="/${lang}/events/${AGRICULTURE_OCTOBER}"]`)).toHaveCount(1);
      await page.getByText(t.more).click();
      await page.getByLabel(t.sector).selectOption("tourism");
      await page.getByRole("button", { name: t.apply }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/calendar/2023-10\\?.*sector=tourism`));
      await expect(page.locator(".cal-event--bar").filter({ hasText: t.tourism })).toBeVisible();
      // Only tourism events (other tests add some of their own): the October agriculture meeting is gone.
      const links = await page.locator(".cal-event a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toContain(`/${lang}/events/special-tourism-ministers-dialogue-2023`);
      expect(links).not.toContain(`/${lang}/events/${AGRICULTURE_OCTOBER}`);
      // The language switch keeps the month and its filters.
      await expect(page.locator(".language-switch")).toHaveAttribute("href", new RegExp(`^/${lang === "en" ? "ja" : "en"}/calendar/2023-10\\?.*sector=tourism`));
    });

    test("without JavaScript, at 360 px as an agenda of the month, and on paper", async ({ browser }, testInfo) => {
      const context = await browser.newContext({ viewport: NARROW, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/calendar/2023-12`);
      await expect(page.locator(".cal thead")).toBeHidden();
      // Only days with events, each with its full date.
      const days = page.locator("td.cal-day:visible");
      expect(await days.count()).toBeGreaterThan(4);
      expect(await days.count()).toBeLessThan(20);
      await expect(days.first().locator(".cal-day__full")).toBeVisible();
      await expect(page.getByRole("region", { name: t.tbc })).toBeVisible();
      await expectFitsNarrowScreen(page, testInfo, `${lang} December calendar`);
      await page.getByRole("link", { name: /November 2023|2023年11月/ }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.november);
      await context.close();
      await expectAccessibleAtNarrowWidth(browser, `/${lang}/calendar/2023-12`);

      const paper = await browser.newPage();
      await paper.goto(`/${lang}/calendar/2023-11?sector=youth`);
      await expectPrintedPlainly(paper);
      await expect(paper.getByText(t.showing)).toBeVisible();
      await expect(paper.getByText(t.feedLine)).toBeVisible();
      await expect(paper.locator(".cal thead")).toBeVisible();
      await expect(paper.locator(".cal-event").filter({ hasText: t.online })).toBeVisible();
      expect(await paper.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await paper.close();
    });
  });

  test.describe(`year timeline (${lang})`, () => {
    test("all of 2023 on one screen: rows by sector or host, each mark linked to its event, the youth program one band, the same events as a list", async ({ page }) => {
      await page.goto(`/${lang}/year`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.yearTitle);
      const marks = page.locator(".timeline__mark");
      const listed = page.locator(".timeline-list a");
      // The chart's marks are the list's events, less the itinerary's items (drawn as their phases).
      const markLinks = new Set(await marks.evaluateAll((as) => as.map((a) => a.getAttribute("href"))));
      const listLinks = new Set(await listed.evaluateAll((as) => as.map((a) => a.getAttribute("href"))));
      expect(markLinks.size).toBeGreaterThan(20);
      for (const href of markLinks) expect(listLinks.has(href)).toBe(true);
      const band = page.locator(".timeline__row--program");
      await expect(band).toHaveCount(1);
      await expect(band.locator(".timeline__label")).toHaveText(t.youthProgram);
      expect(await band.locator(".timeline__mark").count()).toBe(6);
      await expect(page.getByRole("heading", { level: 3, name: t.youthProgram })).toBeVisible();
      // Each mark sits at its dates: the 17 December summit near the end of the year.
      const summit = page.locator(`.timeline__mark[href="/${lang}/events/commemorative-summit-2023"]`);
      const left = Number((await summit.getAttribute("style"))!.match(/left:\s*([\d.]+)%/)![1]);
      expect(left).toBeCloseTo((350 / 365) * 100, 0);
      await expectNoSeriousA11yViolations(page);
      // By host: Japan is a row.
      await page.getByRole("link", { name: t.byHost }).click();
      await expect(page.locator(".timeline__row .timeline__label", { hasText: new RegExp(`^${t.japan}$`) })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 3, name: t.japan, exact: true })).toBeVisible();
    });

    test("without JavaScript, at 360 px scrolling inside its own box, and on paper across the page", async ({ browser }, testInfo) => {
      const context = await browser.newContext({ viewport: NARROW, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/year`);
      const scroller = page.locator(".timeline-scroll");
      expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      await expectFitsNarrowScreen(page, testInfo, `${lang} year`);
      await context.close();
      await expectAccessibleAtNarrowWidth(browser, `/${lang}/year`);

      const paper = await browser.newPage();
      await paper.goto(`/${lang}/year?sector=youth`);
      await expectPrintedPlainly(paper);
      await expect(paper.getByText(t.showing)).toBeVisible();
      expect(await paper.locator(".timeline-scroll").evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      await expect(paper.locator(".timeline__mark").first()).toBeVisible();
      await expect(paper.locator(".timeline-list").first()).toBeVisible();
      await paper.close();
    });
  });
}
