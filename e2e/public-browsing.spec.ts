import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { withE2eDb } from "./fixtures/e2e-db";

test.describe("public schedule", () => {
  test("the home page redirects to a language and lists the year by month in Japanese", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/(ja|en)$/);
    await page.goto("/ja");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "2023年の日程" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "2023年2月" })).toBeVisible();
    const summit = page.getByRole("listitem").filter({ hasText: "日ASEAN友好協力50周年特別首脳会議" });
    await expect(summit).toContainText("2023年12月17日(日)");
    await expect(summit).toContainText("★ 50周年特別会合");
    await expect(summit).toContainText("日本・東京");
  });

  test("the other language's page is announced with an absolute address, as search engines require", async ({ page }) => {
    await page.goto("/ja");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /^http:\/\/[^/]+\/en$/);
  });

  test("English schedule shows real weekdays, places, sectors and ★", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const tourism = page.getByRole("listitem").filter({ hasText: "Special Dialogue of Tourism Ministers" });
    await expect(tourism).toContainText("Fri 27 – Sun 29 Oct 2023");
    await expect(tourism).toContainText("Japan, Tokyo");
    await expect(tourism).toContainText("Tourism");
    await expect(tourism).toContainText("★");
    const finance = page.getByRole("listitem").filter({ hasText: "Special Finance Ministers" });
    await expect(finance).toContainText("Tue 2 May 2023");
    await expect(finance).toContainText("Republic of Korea, Incheon");
    // The youth program's local program runs Fri 1 – Mon 4 Dec (the briefing's labels say 水/土).
    await expect(page.getByRole("listitem").filter({ hasText: "Local Program" }).first()).toContainText("Fri 1 – Mon 4 Dec 2023");
  });

  test("the language switch keeps the page and its filters", async ({ page }) => {
    await page.goto("/en?sector=tourism");
    await page.getByRole("link", { name: /日本語/ }).click();
    await expect(page).toHaveURL(/\/ja\?sector=tourism$/);
    await expect(page.getByRole("listitem").filter({ hasText: "日ASEAN観光大臣特別対話" })).toBeVisible();
    await page.getByRole("link", { name: /English/ }).click();
    await expect(page).toHaveURL(/\/en\?sector=tourism$/);
  });

  test("with JavaScript, the language switch is remembered: the site's address then opens in that language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await page.getByRole("link", { name: /日本語/ }).click();
    await expect(page).toHaveURL(/\/ja$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/ja$/);
    await context.close();
  });

  test("filters and search live in the URL", async ({ page }) => {
    await page.goto("/en?country=KR");
    await expect(page.locator(".event-row")).toHaveCount(1);
    await expect(page.locator(".event-row")).toContainText("Incheon");

    await page.goto("/en?special=1&type=meeting");
    const titles = await page.locator(".event-row__title").allTextContents();
    expect(titles).toHaveLength(6);
    expect(titles.join("|")).toContain("Commemorative Summit");

    await page.goto("/en?type=program");
    await expect(page.locator(".event-row").first()).toContainText("Online");
    expect(await page.locator(".event-row").count()).toBeGreaterThanOrEqual(10);

    await page.goto("/ja?q=仁川");
    await expect(page.locator(".event-row")).toHaveCount(1);

    await page.goto("/en?sector=space-travel");
    await expect(page.locator(".notice--warning")).toContainText("Sector value “space-travel”");
  });

  test("the filter form writes the URL and keeps its values", async ({ page }) => {
    await page.goto("/en");
    await page.getByText("More filters").click();
    await page.getByLabel("Sector").selectOption("summit");
    await page.getByLabel("Search").fill("Summit");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/sector=summit/);
    await expect(page).toHaveURL(/q=Summit/);
    await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("summit");
    await expect(page.locator(".event-row")).toHaveCount(2);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });

  test("a page past the last one says so and links to the last page, keeping the filters", async ({ page }) => {
    await page.goto("/en?sector=summit&page=7");
    await expect(page.getByRole("status")).toContainText("There is no page 7: this list has 1 page.");
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
    await page.getByRole("link", { name: "Go to the last page" }).click();
    await expect(page).toHaveURL(/\/en\?sector=summit$/);
    await expect(page.locator(".event-row").first()).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);
  });

  test("a cancelled event stays visible and is clearly marked", async ({ page }) => {
    withE2eDb((db) => {
      db.prepare(
        `INSERT INTO events (uid, slug, kind, title_ja, title_en, sector, country_code, status, cancel_reason_en, all_day, start_date, end_date, time_zone, created_at, updated_at)
         VALUES ('e2e-cancelled@test', 'e2e-cancelled-meeting', 'meeting', '中止された会合', 'Cancelled e2e meeting', 'other', 'TH', 'cancelled', 'Postponed', 1, '2023-03-15', '2023-03-15', 'Asia/Bangkok', ?, ?)`,
      ).run(Date.now(), Date.now());
    });
    await page.goto("/en?country=TH");
    const row = page.getByRole("listitem").filter({ hasText: "Cancelled e2e meeting" });
    await expect(row).toContainText("Cancelled");
    await row.getByRole("link").click();
    await expect(page.getByText("This event has been cancelled.")).toBeVisible();
    await expect(page.getByText("Reason: Postponed")).toBeVisible();
  });
});

test.describe("cached pages", () => {
  test("a page served from the page cache shows a change written by another process on a later request", async ({ page }) => {
    await page.goto("/en/youth-program");
    await page.reload(); // now served from the page cache
    const uid = "program-2023-youth-local@japan-asean-2023";
    const original = withE2eDb((db) => db.prepare("SELECT title_en FROM events WHERE uid = ?").get(uid)) as { title_en: string };
    try {
      withE2eDb((db) => {
        db.prepare("UPDATE events SET title_en = 'Local Program (changed elsewhere)', updated_at = ? WHERE uid = ?").run(Date.now(), uid);
      });
      // Another process's write is seen within the data version's one-second recheck.
      await expect(async () => {
        await page.reload();
        await expect(page.locator(".phase h3").filter({ hasText: "Local Program (changed elsewhere)" })).toBeVisible({ timeout: 500 });
      }).toPass({ timeout: 10_000 });
      const response = await page.request.get("/en/youth-program");
      expect(response.headers()["cache-control"]).toContain("s-maxage=");
    } finally {
      withE2eDb((db) => {
        db.prepare("UPDATE events SET title_en = ?, updated_at = ? WHERE uid = ?").run(original.title_en, Date.now(), uid);
      });
    }
  });

  test("a filtered view is its own page, with the language switch keeping the query without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en?country=KR");
    await expect(page.locator(".event-row")).toHaveCount(1);
    await expect(page.getByRole("link", { name: /日本語/ })).toHaveAttribute("href", "/ja?country=KR");
    await page.goto("/en");
    expect(await page.locator(".event-row").count()).toBeGreaterThan(20);
    await context.close();
  });
});

test.describe("event pages", () => {
  test("an all-day meeting shows its local dates, place, recurrence and calendar links", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "ASEAN-Japan Summit", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/events\/summit-2023$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ASEAN-Japan Summit");
    await expect(page.getByText("日ASEAN首脳会議")).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: "Wed 6 Sep 2023" })).toBeVisible();
    await expect(page.getByText("Held every year since 1977")).toBeVisible();
    await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveAttribute("href", "/feeds/events/summit-2023.ics?lang=en");
    const google = await page.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href");
    expect(new URL(google!).searchParams.get("dates")).toBe("20230906/20230907");
  });

  test("a timed session shows venue time with offset, UTC, and the reader's own zone", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.goto("/en/events/youth-exchange-2023-online-session-nov-12");
    await expect(page.locator("dd").filter({ hasText: "Sun 12 Nov 2023 14:00–18:00 (UTC+9)" })).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: "Sun 12 Nov 2023 05:00–09:00 (UTC)" })).toBeVisible();
    await expect(page.getByText("Your time (America/New_York)")).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: "Sun 12 Nov 2023 00:00–04:00 (UTC\u22125)" })).toBeVisible();
    // Held online: no country, and no phase that would span the week to the second session.
    await expect(page.locator("dd").filter({ hasText: /^Online$/ })).toBeVisible();
    await expect(page.getByText("Part of")).toHaveCount(0);
    // A phase lists its items, and each item links back to it.
    await page.goto("/en/events/youth-exchange-2023-central-program-2");
    await expect(page.getByRole("heading", { level: 2, name: "Programme items" })).toBeVisible();
    await expect(page.locator(".event-row")).toHaveCount(2);
    await page.locator(".event-row a").first().click();
    await expect(page.locator("dd").getByRole("link", { name: "In-person Exchange: Central Program II" })).toBeVisible();
    await context.close();
  });

  test("the reader's own time is formatted in the browser in the page's language, and left out in the venue's zone", async ({ browser }) => {
    const adelaide = await browser.newContext({ timezoneId: "Australia/Adelaide" });
    const page = await adelaide.newPage();
    await page.goto("/ja/events/youth-exchange-2023-online-session-nov-12");
    await expect(page.getByText("閲覧者の時刻（Australia/Adelaide）")).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: "2023年11月12日(日) 15:30～19:30 (UTC+10:30)" })).toBeVisible();
    await adelaide.close();

    const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo" });
    const venuePage = await tokyo.newPage();
    await venuePage.goto("/en/events/youth-exchange-2023-online-session-nov-12");
    await expect(venuePage.locator("dd").filter({ hasText: "Sun 12 Nov 2023 14:00–18:00 (UTC+9)" })).toBeVisible();
    // Once the page's script has run, the row would be there: it is not.
    await expect(venuePage.locator("html")).toHaveAttribute("data-enhanced", "true");
    await expect(venuePage.getByText(/Your time/)).toHaveCount(0);
    await tokyo.close();
  });

  test("public pages load none of Next's scripts: React never runs, and the page's own script copies, shows the reader's time and remembers the language", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    for (const path of ["/en", "/en/feeds", "/en/events/youth-exchange-2023-online-session-nov-12"]) {
      const response = await page.goto(path);
      const html = await response!.text();
      expect(html, path).not.toContain("self.__next_f");
      // Code: the page's own script alone (an event page also carries its JSON-LD, which is data).
      const code = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('type="application/ld+json"'));
      expect(code, path).toEqual(['<script id="public-page-script">']);
      await expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");
    }
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => Object.keys(document.querySelector("h1")!).some((key) => key.startsWith("__react")))).toBe(false);
    await expect(page.getByText("Your time (America/New_York)")).toBeVisible();

    await page.getByRole("button", { name: "Copy the link to this page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/events\/youth-exchange-2023-online-session-nov-12$/);

    await page.getByRole("link", { name: /日本語/ }).click();
    await expect(page).toHaveURL(/\/ja\/events\/youth-exchange-2023-online-session-nov-12$/);
    expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("ja");
    await context.close();
  });

  test("an unknown slug is a 404 page", async ({ page }) => {
    const response = await page.goto("/en/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("youth program", () => {
  test("shows overview, participants, themes and the itinerary by phase", async ({ page }) => {
    await page.goto("/en/youth-program");
    await expect(page.getByRole("row", { name: /Japanese participants/ })).toContainText("20 people");
    await expect(page.getByRole("row", { name: /ASEAN participants/ })).toContainText("90 people");
    await expect(page.getByRole("row", { name: /National leaders/ })).toContainText("10 people");
    await expect(page.locator(".themes li")).toHaveCount(5);
    // Two online sessions, then the four in-person phases.
    const phases = await page.locator(".phase > h3").allTextContents();
    expect(phases).toHaveLength(6);
    await expect(page.locator(".phase").first()).toContainText("14:00–18:00 (UTC+9)");
    await expect(page.locator(".phase").last()).toContainText("Fri 8 – Sat 9 Dec 2023");
    await page.goto("/ja/youth-program");
    await expect(page.getByRole("row", { name: /日本参加青年/ })).toContainText("20名");
  });
});

test.describe("without JavaScript, on a phone and on paper", () => {
  test("pages render and filters work with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en");
    await page.getByText("More filters").click();
    await page.getByLabel("Host", { exact: true }).selectOption("VN");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=VN/);
    await expect(page.locator(".event-row")).toHaveCount(1);
    await page.locator(".event-row a").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Disaster Management");
    await page.goto("/ja/youth-program");
    await expect(page.locator(".phase")).toHaveCount(6);
    await context.close();
  });

  test("every page fits a 360 px wide screen", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const url of ["/ja", "/en", "/en/events/special-finance-ministers-central-bank-governors-meeting-2023", "/ja/youth-program"]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test("a page past the last one is explained in Japanese too, on a phone without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/ja?page=5");
    // Other tests publish events, so the schedule may have grown a page.
    await expect(page.getByRole("status")).toContainText(/5 ページはありません（全 [1-4] ページ）。/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "最後のページへ" }).click();
    await expect(page).toHaveURL(/\/ja(\?page=[2-4])?$/);
    await expect(page.locator(".event-row").first()).toBeVisible();
    await context.close();
  });

  test("the printed schedule leaves out navigation and filters", async ({ page }) => {
    await page.goto("/en");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("form.filters")).toBeHidden();
    await expect(page.locator(".site-nav")).toBeHidden();
    await expect(page.locator(".event-row").first()).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const url of ["/ja", "/en", "/en?sector=tourism", "/ja/events/summit-2023", "/en/events/youth-exchange-2023-online-session-nov-19", "/en/youth-program", "/ja/youth-program", "/en/events/nope"]) {
    test(`axe finds no serious violation on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("keyboard users can skip to the content", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});

test.describe("for search engines", () => {
  test("robots.txt keeps staff pages out and the sitemap lists public pages only", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /en/staff");
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain("/en/events/summit-2023");
    expect(xml).toContain("/ja/youth-program");
  });
});
