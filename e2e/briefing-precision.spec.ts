import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { staffAccounts } from "./fixtures/staff-accounts";
import { feedEvent } from "./pages/event-editor";

/**
 * The briefing as precise as it is: month-only dates, hosts it does not state, its discrepancies
 * shown on the page, and the host countries' pages, in both languages.
 */
const FORUM = "/events/economic-co-creation-forum-2023";
const FORUM_UID = "event-2023-12-economic-co-creation-forum@japan-asean-2023";

test.describe("dates and hosts as the briefing gives them", () => {
  test("a month-only event reads as its month, with no day and no calendar file, in English and Japanese", async ({ page }) => {
    await page.goto(`/en${FORUM}`);
    await expect(page.getByRole("heading", { level: 1, name: "ASEAN-Japan Economic Co-Creation Forum" })).toBeVisible();
    const when = page.locator("dd").first();
    await expect(when).toContainText("December 2023 (dates to be confirmed)");
    await expect(when).not.toContainText(/\b\d{1,2} Dec/);
    await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add to Google Calendar" })).toHaveCount(0);
    await expect(page.getByText("The briefing dates this event by month only")).toBeVisible();
    await expect(page.getByText("Venue time zone")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/ja${FORUM}`);
    await expect(page.locator("dd").first()).toContainText("2023年12月（日程未定）");
    await expect(page.getByText("カレンダー配信には含まれず")).toBeVisible();

    // On the schedule it sits in its month and reads as such.
    await page.goto("/en?sector=economy");
    const december = page.getByRole("region", { name: "December 2023" });
    const forumRow = december.locator(".event-row").filter({ hasText: "ASEAN-Japan Economic Co-Creation Forum" });
    await expect(forumRow.locator(".event-row__date")).toHaveText("December 2023 (dates to be confirmed)");
    await page.goto("/ja?sector=economy");
    const jaRow = page.getByRole("region", { name: "2023年12月" }).locator(".event-row").filter({ hasText: "日ASEAN経済共創フォーラム" });
    await expect(jaRow.locator(".event-row__date")).toHaveText("2023年12月（日程未定）");
    // Not in the feeds: a calendar would need a day.
    expect(await feedEvent(page.request, FORUM_UID)).toBeNull();
    expect((await page.request.get("/feeds/events/economic-co-creation-forum-2023.ics")).status()).toBe(404);
  });

  test("the tourism dialogue shows the briefing's two dates as a visible note, on the page and in the list", async ({ page }) => {
    await page.goto("/en/events/special-tourism-ministers-dialogue-2023");
    const note = page.getByRole("complementary", { name: "Note on the source" });
    await expect(note).toContainText("The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.");
    await expect(page.getByText("Source slide")).toBeVisible();
    await expect(page.getByText("「日ASEAN首脳・閣僚級会合（2023年）」")).toBeVisible();
    await page.goto("/ja/events/special-tourism-ministers-dialogue-2023");
    await expect(page.getByRole("complementary", { name: "資料に関する注記" })).toContainText("会合一覧表の日付は10月28日");
    await page.goto("/en?sector=tourism");
    await expect(page.locator(".event-row").filter({ hasText: "Tourism Ministers" })).toContainText("Note on the source");
  });

  test("a host the briefing does not state is said to be so, and the filter finds such events", async ({ page }) => {
    await page.goto("/en/events/business-week-2023");
    await expect(page.locator("dd").first()).toContainText("Mon 5 – Fri 9 Jun 2023");
    await expect(page.getByText("Host not stated in the briefing")).toBeVisible();
    await page.goto("/ja/events/azec-ministerial-meeting-2023");
    await expect(page.getByText("開催地は資料に記載なし")).toBeVisible();
    await page.goto("/en");
    await page.getByText("More filters").click();
    await page.getByLabel("Host", { exact: true }).selectOption("unstated");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=unstated/);
    const titles = await page.locator(".event-row__title").allTextContents();
    expect(titles.join("|")).toContain("Business Week");
    expect(titles.join("|")).toContain("AZEC");
    expect(titles.join("|")).not.toContain("Tourism");
  });

  test("the youth program notes each weekday label the calendar contradicts", async ({ page }) => {
    await page.goto("/en/youth-program");
    for (const note of [
      "The briefing labels 30 November as Friday; 30 November 2023 was a Thursday.",
      "The briefing labels 1 December as Wednesday; 1 December 2023 was a Friday.",
      "The briefing labels 4 December as Saturday; 4 December 2023 was a Monday.",
    ]) {
      await expect(page.getByText(note).first()).toBeVisible();
    }
    // Two online sessions, not a week-long phase.
    await expect(page.getByText("Sun 12 – Sun 19 Nov 2023")).toHaveCount(0);
    await page.goto("/ja/youth-program");
    await expect(page.getByText("資料は11月30日を(金)としているが、2023年11月30日は木曜日。")).toBeVisible();
  });
});

test.describe("country pages", () => {
  test("Brunei in English: the briefing's facts with their wording and no year, its feed; in Japanese as written", async ({ page }) => {
    await page.goto("/en/countries/bn");
    await expect(page.getByRole("heading", { level: 1, name: "Brunei Darussalam" })).toBeVisible();
    const facts = page.getByRole("region", { name: "Facts from the briefing" });
    await expect(facts).toContainText("450,000");
    await expect(facts).toContainText("as written: 45万人");
    await expect(facts).toContainText("5,770 km² (about the same as Mie Prefecture) (as written: 5,770km²（三重県とほぼ同じ）)");
    await expect(facts).toContainText("Sultan Bolkiah");
    await expect(facts).toContainText("Not stated in the briefing");
    await expect(page.getByRole("region", { name: "Events held in Brunei Darussalam" })).toContainText("The schedule has no event held here.");
    await expect(page.getByRole("link", { name: "http://127.0.0.1", exact: false }).first()).toHaveAttribute("href", /\/feeds\/country\/BN\.ics\?lang=en$/);
    await expectNoSeriousA11yViolations(page);

    await page.goto("/ja/countries/bn");
    await expect(page.getByRole("heading", { level: 1, name: "ブルネイ" })).toBeVisible();
    await expect(page.getByRole("region", { name: "資料に記載の基本情報" })).toContainText("5,770km²（三重県とほぼ同じ）");
    await expect(page.getByRole("region", { name: "資料に記載の基本情報" })).toContainText("ボルキア国王");
  });

  test("Korea: no figures in the briefing, the finance meeting, and the links that lead there", async ({ page }) => {
    await page.goto("/en/events/special-finance-ministers-central-bank-governors-meeting-2023");
    await page.getByRole("link", { name: "Republic of Korea" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/kr$/);
    await expect(page.getByText("The briefing gives no figures about Republic of Korea.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Events held in Republic of Korea" }).locator(".event-row")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Calendar feed" })).toContainText("1 event");

    await page.goto("/ja?country=KR");
    await page.getByRole("link", { name: /韓国について/ }).click();
    await expect(page).toHaveURL(/\/ja\/countries\/kr$/);
    await expect(page.getByText("資料には韓国の数値の記載がありません。")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Japan hosts several events; an upper-case code moves to its page; unknown codes are 404.
    await page.goto("/en/countries/JP");
    await expect(page).toHaveURL(/\/en\/countries\/jp$/);
    await expect(page.getByRole("region", { name: "Events held in Japan" })).toContainText("Commemorative Summit");
    expect((await page.request.get("/en/countries/us")).status()).toBe(404);
    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/en/countries/kr");
    expect(sitemap).toContain("/ja/countries/bn");
  });

  test("an admin edits a country's facts: a clear error, then the public page shows the change", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.admin);
    await page.goto("/en/staff/countries");
    await page.getByRole("link", { name: "Edit the facts of Singapore" }).click();
    await page.getByLabel("Year of the figures").fill("20233");
    await page.getByRole("button", { name: "Save facts" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The facts were not saved" })).toContainText("Enter a year between 1900 and 2099");
    await expect(page.getByLabel("Year of the figures")).toHaveValue("20233");
    await page.getByLabel("Year of the figures").fill("");
    await page.getByLabel("Head of state or government (English)").fill("Prime Minister Lee Hsien Loong (as named in the briefing)");
    await page.getByRole("button", { name: "Save facts" }).click();
    await expect(page.getByRole("status")).toContainText("The facts were saved");
    await page.goto("/en/countries/sg");
    await expect(page.getByText("Prime Minister Lee Hsien Loong (as named in the briefing)")).toBeVisible();
    await page.goto("/en/staff/history");
    await expect(page.getByText("Country facts edited").first()).toBeVisible();
    await context.close();
  });
});

test.describe("changing precision later", () => {
  test("an editor gives a month-only event its days: an ordinary edit with history, and the event enters the feeds", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    await page.goto("/en/staff?q=e-disc");
    await page.getByRole("link", { name: /^Edit/ }).first().click();
    await expect(page.getByLabel("Date precision")).toHaveValue("month");
    await expect(page.getByLabel("Start month")).toHaveValue("2023-09");
    await page.getByLabel("Date precision").selectOption("day");
    await page.getByLabel("Start date").fill("2023-09-15");
    await page.getByLabel("End date").fill("2023-09-15");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes were saved" })).toBeVisible();
    const vevent = await feedEvent(page.request, "event-2023-09-e-disc-visit@japan-asean-2023");
    expect(vevent).toMatchObject({ DTSTART: "20230915", SEQUENCE: "1" });
    await page.getByRole("link", { name: "History and restore" }).click();
    await expect(page.getByRole("cell", { name: "Month only (days not given)" }).first()).toBeVisible();
    await page.goto("/en/events/e-disc-visit-2023");
    await expect(page.locator("dd").first()).toContainText("Fri 15 Sep 2023");
    await context.close();
  });
});
