import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import { atomProblems } from "../lib/testing/atom-conformance";
import { signedInContext, signIn, uniqueClientAddress } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, staffEvent, uniqueTitle } from "./pages/event-editor";

/**
 * Telling people what changed: a staff move of a published event shows on the public changelog,
 * in its Atom feed (read by a feed parser) and on the event page, in both languages, with the
 * staff's note; a draft's edits never do; the changelog's filters live in its URL and round-trip,
 * without JavaScript; every page fits 360 px.
 */

const words = {
  en: { save: "Save changes", preview: "Preview public change", move: "time 10:00–12:00 → 11:00–13:00 (UTC+7)", note: "Moved at the venue's request", history: "Changes", noteLabel: "Note from the secretariat:" },
  ja: { save: "変更を保存", preview: "公開される変更を確認", move: "時刻：10:00～12:00 → 11:00～13:00 (UTC+7)", note: "会場の都合により変更", history: "変更の記録", noteLabel: "事務局より：" },
} as const;

/** The edit form's fields by name: the same in both languages. */
async function moveByAnHour(page: Page, locale: "en" | "ja", id: number, note: { ja: string; en: string }) {
  await page.goto(`/${locale}/staff/events/${id}/edit`);
  const form = page.locator("form").filter({ has: page.locator('[name="startTime"]') });
  await form.locator('[name="startTime"]').fill("11:00");
  await form.locator('[name="endTime"]').fill("13:00");
  await form.locator('[name="publicNoteJa"]').fill(note.ja);
  await form.locator('[name="publicNoteEn"]').fill(note.en);
}

async function atom(page: Page, query: string) {
  const response = await page.request.get(`/feeds/changes.atom?${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(atomProblems(xml)).toEqual([]);
  return parseFeed(xml);
}

test.describe("what changed", () => {
  for (const locale of ["en", "ja"] as const) {
    // The Japanese journey runs without JavaScript: preview, note and save are plain form posts.
    const javaScriptEnabled = locale === "en";
    test(`a staff move shows on the changelog, in its Atom feed and on the event page (${locale}${javaScriptEnabled ? "" : ", no JavaScript"})`, async ({ browser }) => {
      const w = words[locale];
      const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
      const page = await context.newPage();
      await signIn(page, staffAccounts.editor, locale);
      const title = uniqueTitle(`E2E Changelog ${locale}`);
      const fields = { titleEn: title, titleJa: `E2E 変更履歴 ${title.slice(-8)}`, sector: "Tourism", country: "Thailand", timeZone: "Asia/Bangkok" };
      const id = await createEventThroughForm(page, fields, { publish: true });
      const { slug } = await staffEvent(page.request, id);
      const note = { ja: `${words.ja.note} ${title.slice(-6)}`, en: `${words.en.note} ${title.slice(-6)}` };

      // Before saving, the editor shows the entry the save will add; nothing is saved yet.
      const version = (await staffEvent(page.request, id)).version;
      await moveByAnHour(page, locale, id, note);
      await page.getByRole("button", { name: w.preview }).click();
      const preview = page.getByRole("status").filter({ has: page.getByRole("heading", { level: 2 }) });
      await expect(preview).toContainText(w.move.replace(/^(time|時刻：?) ?/, ""));
      await expect(preview).toContainText(note[locale]);
      expect((await staffEvent(page.request, id)).version).toBe(version);
      // The form kept what was typed: saving now saves it.
      await expect(page.locator('[name="startTime"]')).toHaveValue("11:00");
      await page.getByRole("button", { name: w.save, exact: true }).click();
      await expect(page).toHaveURL(/done=saved/);
      // Staff see in the history what each save put in the public changelog.
      await page.goto(`/${locale}/staff/events/${id}/history`);
      const latest = page.getByRole("main").locator("ol > li").first();
      await expect(latest).toContainText(w.move.replace(/^(time |時刻：)/, ""));
      await expect(latest).toContainText(note[locale]);

      for (const lang of ["en", "ja"] as const) {
        const l = words[lang];
        // The changelog, filtered to this event by its title.
        await page.goto(`/${lang}/changes?q=${encodeURIComponent(title)}`);
        const entry = page.locator("li[id^=change-]").first();
        await expect(entry).toContainText(l.move.replace(/^(time |時刻：)/, ""));
        await expect(entry).toContainText(note[lang]);
        await expect(entry.getByRole("link")).toHaveAttribute("href", `/${lang}/events/${slug}`);
        await expect(page.locator("li[id^=change-]")).toHaveCount(2); // the move and the publication
        // The Atom feed of the same view.
        const feed = await atom(page, `q=${encodeURIComponent(title)}&lang=${lang}`);
        expect(feed.items).toHaveLength(2);
        expect(feed.items[0].title).toContain(l.move);
        expect(feed.items[0].url).toMatch(new RegExp(`/${lang}/events/${slug}$`));
        expect(feed.items[0].content).toContain(note[lang]);
        // The event page's history.
        await page.goto(`/${lang}/events/${slug}`);
        const history = page.getByRole("region", { name: l.history });
        await expect(history.getByRole("listitem").first()).toContainText(l.move);
        await expect(history.getByRole("listitem").first()).toContainText(`${l.noteLabel} ${note[lang]}`);
      }
      // The entry ids are the same in both languages' feeds.
      const [en, ja] = [await atom(page, `q=${encodeURIComponent(title)}&lang=en`), await atom(page, `q=${encodeURIComponent(title)}&lang=ja`)];
      expect(ja.items.map((i) => i.id)).toEqual(en.items.map((i) => i.id));

      // Cancelled with a reason and a note in both languages: a reader of either finds out why.
      await page.goto(`/${locale}/staff/events/${id}/edit`);
      const cancel = page.locator("form").filter({ has: page.locator('[name="cancelReason"]') });
      await cancel.locator('[name="cancelReason"]').fill("Typhoon");
      await cancel.locator("summary").click();
      await cancel.locator('[name="publicNoteJa"]').fill("台風のため中止します");
      await cancel.locator('[name="publicNoteEn"]').fill("Cancelled because of the typhoon");
      await cancel.getByRole("button").click();
      await expect(page).toHaveURL(/done=cancelled/);
      for (const [lang, reason, why] of [["en", "cancelled (reason: Typhoon)", "Cancelled because of the typhoon"], ["ja", "中止（理由：Typhoon）", "台風のため中止します"]] as const) {
        await page.goto(`/${lang}/changes?q=${encodeURIComponent(title)}`);
        const newest = page.locator("li[id^=change-]").first();
        await expect(newest).toContainText(reason, { ignoreCase: true });
        await expect(newest).toContainText(why);
      }
      await context.close();
    });
  }

  test("a draft's edits appear nowhere, and the editor says the save adds no entry", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Changelog Draft");
    const id = await createEventThroughForm(page, { titleEn: title, sector: "Tourism", country: "Thailand" });
    await page.setViewportSize({ width: 360, height: 800 });
    await moveByAnHour(page, "en", id, { ja: "", en: "Should never show" });
    await page.getByRole("button", { name: words.en.preview }).click();
    await expect(page.getByText("Saving this creates no entry in the public changelog: the event is not public.")).toBeVisible();
    // The editor with its preview fits a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: words.en.save, exact: true }).click();
    await expect(page).toHaveURL(/done=saved/);
    for (const lang of ["en", "ja"] as const) {
      await page.goto(`/${lang}/changes?q=${encodeURIComponent(title)}`);
      await expect(page.locator("li[id^=change-]")).toHaveCount(0);
      const feed = await atom(page, `q=${encodeURIComponent(title)}&lang=${lang}`);
      expect(feed.items).toEqual([]);
    }
    const all = await (await page.request.get("/feeds/changes.atom?lang=en")).text();
    expect(all).not.toContain(title);
    expect(all).not.toContain("Should never show");
    await context.close();
  });

  test("the changelog's filters and date live in its URL and round-trip, without JavaScript, through both languages and the feeds page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/changes");
    await page.getByText("More filters").click();
    await page.getByLabel("Sector").selectOption("tourism");
    await page.getByLabel("Host").selectOption("TH");
    await page.getByLabel("Type").selectOption("meeting");
    await page.getByLabel("Changes since").fill("2023-01-15");
    await page.getByRole("button", { name: "Apply filters" }).click();
    const query = "sector=tourism&country=TH&type=meeting&since=2023-01-15";
    // What the browser's GET form sent, empty fields aside, is the view's query.
    const sent = () => [...new URL(page.url()).searchParams].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).sort().join("&");
    await expect.poll(sent).toBe(query.split("&").sort().join("&"));
    await expect(page.getByLabel("Sector")).toHaveValue("tourism");
    await expect(page.getByLabel("Host")).toHaveValue("TH");
    await expect(page.getByLabel("Type")).toHaveValue("meeting");
    await expect(page.getByLabel("Changes since")).toHaveValue("2023-01-15");
    await expect(page.locator(".results-count")).toContainText("since Sun 15 Jan 2023");
    // The Atom feed of the view, linked and advertised, keeps the filters (not the date).
    const atomHref = "/feeds/changes.atom?sector=tourism&country=TH&type=meeting&lang=en";
    await expect(page.getByRole("link", { name: "Atom feed of these changes" })).toHaveAttribute("href", atomHref);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`${atomHref.replace(/[?.]/g, "\\$&")}$`));
    // The other language keeps the view.
    await page.getByRole("link", { name: "日本語で表示 (Japanese)" }).click();
    await expect(page).toHaveURL(/\/ja\/changes\?/);
    expect(sent()).toBe(query.split("&").sort().join("&"));
    await expect(page.getByLabel("この日以降の変更")).toHaveValue("2023-01-15");
    // A bad date is said and left out.
    await page.goto("/en/changes?since=2023-02-30&sector=tourism");
    await expect(page.getByRole("alert")).toContainText("“2023-02-30” is not a date");
    // The feeds page: each feed's "What changed since" leads to the changelog of its events.
    await page.goto("/en/feeds");
    const tourism = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "ASEAN–Japan 2023: Tourism" }) });
    await tourism.getByLabel("What changed since").fill("2023-03-01");
    await tourism.getByRole("button", { name: "Show changes" }).click();
    await expect(page).toHaveURL("/en/changes?sector=tourism&since=2023-03-01");
    await expect(page.getByLabel("Sector")).toHaveValue("tourism");
    await context.close();
  });

  test("the schedule, changes and feeds pages advertise the Atom feed; the pages fit 360 px and pass axe", async ({ browser }) => {
    test.slow(); // axe on four pages
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [path, feed] of [
      ["/en", "/feeds/changes.atom?lang=en"],
      ["/ja?sector=tourism", "/feeds/changes.atom?sector=tourism&lang=ja"],
      ["/en/changes", "/feeds/changes.atom?lang=en"],
      ["/ja/feeds", "/feeds/changes.atom?lang=ja"],
    ] as const) {
      await page.goto(path);
      const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(new URL(href!).pathname + new URL(href!).search).toBe(feed);
    }
    for (const path of ["/en/changes", "/ja/changes", "/en/feeds", "/ja/feeds"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
    }
    await context.close();
  });
});
