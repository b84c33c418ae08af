import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signedInContext, submitSignIn, uniqueClientAddress } from "./fixtures/auth";
import { withE2eDb } from "./fixtures/e2e-db";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, feedEvent, fillEventForm, staffEvent, uniqueTitle } from "./pages/event-editor";

/**
 * The edit form as an editor meets it: typed changes are never thrown away by a status button
 * (items 14, 15), what a save made public (17), the bilingual cancel reason (18), and the form's
 * own rules: limits, 24-hour times, date messages, aligned date/time pairs (19).
 */

/** A signed-in editor page, with or without JavaScript. */
async function editorPage(browser: Browser, javaScriptEnabled: boolean) {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  if (javaScriptEnabled) return { context, page, close: () => context.close() };
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  await context.close();
  return { context: plain, page: await plain.newPage(), close: () => plain.close() };
}

const prompt = (page: Page) => page.getByRole("main").getByRole("alert");

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`a status button never drops typed changes: it asks to save them first or go on without them (${js})`, async ({ browser }) => {
    const setup = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Unsaved");
    const id = await createEventThroughForm(setup.page, { titleEn: title });
    await setup.context.close();
    const { page, close } = await editorPage(browser, javaScriptEnabled);
    await page.goto(`/en/staff/events/${id}/edit`);

    // Publish with a typed title: asked, the title still in the form.
    await page.getByLabel("Title (English)").fill(`${title} renamed`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(prompt(page).getByRole("heading", { name: "You have changes that are not saved" })).toBeVisible();
    await expect(prompt(page)).toContainText("You changed Title (English).");
    await expect(page.getByLabel("Title (English)")).toHaveValue(`${title} renamed`);
    expect((await staffEvent(page.request, id)).status).toBe("draft");

    // "Keep editing" closes the question and keeps the input.
    await prompt(page).getByRole("button", { name: "Keep editing" }).click();
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByLabel("Title (English)")).toHaveValue(`${title} renamed`);

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await prompt(page).getByRole("button", { name: "Save my changes, then publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes were saved. The event is published." })).toBeVisible();
    expect(await staffEvent(page.request, id)).toMatchObject({ status: "published", titleEn: `${title} renamed` });

    // Unpublish without the typed change: it is dropped, as chosen.
    await page.getByLabel("City (English)").fill("Typed City");
    await page.getByRole("button", { name: "Unpublish (back to draft)" }).click();
    await prompt(page).getByRole("button", { name: "Unpublish without my changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event is a draft again." })).toBeVisible();
    expect(await staffEvent(page.request, id)).toMatchObject({ status: "draft", cityEn: "" });
    await expect(page.getByLabel("City (English)")).not.toHaveValue("Typed City");

    // No unsaved change: the button acts at once.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event is published." })).toBeVisible();
    await close();
  });

  test(`deleting asks for a confirmation that says what happens, and "keep" keeps the typed input (${js})`, async ({ browser }) => {
    const setup = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Confirm Delete");
    const id = await createEventThroughForm(setup.page, { titleEn: title }, { publish: true });
    await setup.context.close();
    const { page, close } = await editorPage(browser, javaScriptEnabled);
    await page.goto(`/en/staff/events/${id}/edit`);
    await page.getByLabel("Private note").fill("typed, not saved");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const box = prompt(page);
    await expect(box.getByRole("heading", { name: `Delete “${title}”?` })).toBeVisible();
    await expect(box).toContainText("It disappears from the public site. Subscribed calendars receive it as cancelled");
    await expect(box).toContainText("Your unsaved changes to Private note will be lost.");
    expect((await staffEvent(page.request, id)).deletedAt).toBeNull();
    await box.getByRole("button", { name: "Keep the event" }).click();
    await expect(page.getByLabel("Private note")).toHaveValue("typed, not saved");
    expect((await staffEvent(page.request, id)).deletedAt).toBeNull();

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await prompt(page).getByRole("button", { name: "Yes, delete the event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event was deleted." })).toBeVisible();
    expect((await staffEvent(page.request, id)).deletedAt).not.toBeNull();
    await close();
  });
}

test("a cancellation gives its reason in both languages; each page and feed shows its own", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const title = uniqueTitle("E2E Bilingual Reason");
  const id = await createEventThroughForm(page, { titleEn: title, titleJa: "E2E 中止理由" }, { publish: true });
  const stored = await staffEvent(page.request, id);

  // No reason: the error names the reason fields and does not say the event was not saved.
  await page.getByRole("button", { name: "Cancel the event", exact: true }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("The event was not cancelled. Please correct the following:");
  await expect(summary).not.toContainText("not saved");
  await expect(summary).toContainText("Reason for cancelling (Japanese): Give the reason in at least one language");

  await page.getByLabel("Reason (Japanese, shown publicly)").fill("台風のため");
  await page.getByLabel("Reason (English, shown publicly)").fill("Typhoon");
  await page.getByRole("button", { name: "Cancel the event", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The event is marked as cancelled." })).toBeVisible();
  await page.goto(`/en/events/${stored.slug}`);
  await expect(page.getByRole("note")).toContainText("Reason: Typhoon");
  await page.goto(`/ja/events/${stored.slug}`);
  await expect(page.getByRole("note")).toContainText("理由：台風のため");
  expect((await feedEvent(page.request, stored.uid, "/feeds/all.ics?lang=ja"))?.DESCRIPTION).toContain("理由：台風のため");
  expect((await feedEvent(page.request, stored.uid))?.DESCRIPTION).toContain("Reason: Typhoon");

  // Given in English only, the Japanese page shows the English reason, marked as English.
  await page.goto(`/en/staff/events/${id}/edit`);
  await page.getByRole("button", { name: "Undo the cancellation" }).click();
  await page.getByLabel("Reason (English, shown publicly)").fill("Venue closed");
  await page.getByRole("button", { name: "Cancel the event", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The event is marked as cancelled." })).toBeVisible();
  await page.goto(`/ja/events/${stored.slug}`);
  await expect(page.getByRole("note").locator('[lang="en"]')).toHaveText("Venue closed");
  await context.close();
});

test("after a save the page says what became public and what did not", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const id = await createEventThroughForm(page, { titleEn: uniqueTitle("E2E Went Public") });
  await page.getByLabel("Private note").fill("only for us");
  await page.getByRole("button", { name: "Save changes" }).click();
  const notice = page.locator("p.notice--success[role=status]");
  await expect(notice).toHaveText("Saved as a draft: none of it is public until the event is published.");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The event is published." })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Private note").fill("still only for us");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(notice).toHaveText("Saved. Nothing new is public. Not public (staff only): Private note.");

  await page.getByLabel("City (English)").fill("Chiang Mai");
  await page.getByLabel("Private note").fill("moved north");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(notice).toHaveText(
    "Saved. Now public, on the event’s page and in the calendar feeds: City (English). Not public (staff only): Private note.",
  );
  await page.goto(`/ja/staff/events/${id}/edit`);
  await page.getByLabel("都市（英語）").fill("Chiang Rai");
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(notice).toHaveText("保存しました。行事のページとカレンダー配信で公開されました：都市（英語）。");
  await context.close();
});

test.describe("the editor form's own rules", () => {
  test("limits match the schema, times are 24-hour in an en-US browser, and date errors sit on their field", async ({ browser }) => {
    const { context: signed } = await signedInContext(browser, staffAccounts.editor);
    // An en-US browser, where <input type=time> would show "10:00 AM".
    const context = await browser.newContext({ locale: "en-US", storageState: await signed.storageState() });
    await signed.close();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/staff/events/new");
    for (const [label, max] of [["Title (English)", 300], ["Description (Japanese)", 5000], ["City (English)", 200], ["Private note", 5000], ["Source web page", 2000], ["Address (slug)", 100]] as const) {
      await expect(page.getByLabel(label, { exact: true }), label).toHaveAttribute("maxlength", String(max));
    }
    const titleCount = page.locator("#f-titleEn-count");
    await expect(titleCount).toHaveText("0 of 300 characters");
    await page.getByLabel("Title (English)").fill("x".repeat(400));
    await expect(page.getByLabel("Title (English)")).toHaveValue("x".repeat(300));
    await expect(titleCount).toHaveText("300 of 300 characters");

    const startTime = page.getByLabel("Start time");
    await expect(startTime).toHaveAttribute("type", "text");
    await expect(startTime).toHaveAttribute("placeholder", "HH:MM");
    await expect(startTime).toHaveAccessibleDescription(/24-hour clock, HH:MM/);

    // Start and end: date beside time, each pair on one line, dates in one column.
    const box = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())!;
    const [sd, st, ed, et] = [await box("Start date"), await box("Start time"), await box("End date"), await box("End time")];
    expect(Math.abs(sd.y - st.y)).toBeLessThan(2);
    expect(Math.abs(ed.y - et.y)).toBeLessThan(2);
    expect(Math.abs(sd.x - ed.x)).toBeLessThan(2);
    expect(Math.abs(st.x - et.x)).toBeLessThan(2);
    expect(ed.y).toBeGreaterThan(sd.y);

    await fillEventForm(page, { titleEn: "Date rules", sector: "Economy", startDate: "2023-10-12", startTime: "14:30", endDate: "2023-10-11", endTime: "16:00" });
    await page.getByRole("button", { name: "Create as draft" }).click();
    await expect(page.getByLabel("End date")).toHaveAccessibleDescription(/The end must be after the start/);
    await expect(page.getByLabel("End time")).not.toHaveAccessibleDescription(/The end must be after the start/);
    await expect(page.getByLabel("Start time")).toHaveValue("14:30");

    for (const date of ["0001-01-01", "9999-12-31"]) {
      await page.getByLabel("Start date").fill(date);
      await page.getByRole("button", { name: "Create as draft" }).click();
      await expect(page.getByLabel("Start date"), date).toHaveAccessibleDescription("Enter a date between 2000-01-01 and 2099-12-31.");
    }
    await context.close();
  });
});

for (const locale of ["en", "ja"] as const) {
  test(`signed out on another device: the form keeps the input, offers signing in again in a new tab, and the header says so (${locale})`, async ({ browser }) => {
    test.setTimeout(60_000);
    const text = {
      en: { title: "Title (English)", save: "Save changes", ended: "Your session has ended", link: "Sign in again (opens a new tab)", out: "You are no longer signed in.", who: "Signed in as", saved: "Saved", nav: "Staff" },
      ja: { title: "名称（英語）", save: "変更を保存", ended: "セッションが終了しました", link: "もう一度サインインする（新しいタブで開きます）", out: "サインインしていません。", who: "サインイン中", saved: "保存しました", nav: "スタッフ" },
    }[locale];
    const account = staffAccounts.sessionEnded;
    const { context, page } = await signedInContext(browser, account, locale);
    const title = uniqueTitle("E2E Session Ended");
    const id = await createEventThroughForm(page, { titleEn: title });
    await page.goto(`/${locale}/staff/events/${id}/edit`);
    await expect(page.getByText(text.who)).toBeVisible();
    await page.getByLabel(text.title).fill(`${title} typed`);

    // Another device signs out: every session of the account ends.
    const other = await signedInContext(browser, account, locale);
    await other.page.goto(`/${locale}/staff`);
    await other.page.getByRole("navigation", { name: text.nav }).getByRole("button").click();
    await other.page.waitForURL(/signedOut=1/);
    await other.context.close();

    await page.getByRole("button", { name: text.save }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(text.ended);
    await expect(page.getByLabel(text.title)).toHaveValue(`${title} typed`);
    await expect(page.getByText(text.who)).toHaveCount(0);
    await expect(page.getByText(text.out)).toBeVisible();
    const link = alert.getByRole("link", { name: text.link });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("href", `/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/staff/events/${id}/edit`)}`);

    // Signing in in the new tab returns there to the form; this tab saves what was typed.
    const [popup] = await Promise.all([page.waitForEvent("popup"), link.click()]);
    await popup.waitForURL(new RegExp(`/${locale}/sign-in\\?callbackUrl=`));
    await submitSignIn(popup, account.email, account.password, locale);
    await popup.waitForURL(new RegExp(`/${locale}/staff/events/${id}/edit`));
    await popup.close();
    await page.getByRole("button", { name: text.save }).click();
    await expect(page.getByRole("status").filter({ hasText: text.saved })).toBeVisible();
    await expect(page.getByText(text.who)).toBeVisible();
    expect((await staffEvent(page.request, id)).titleEn).toBe(`${title} typed`);
    await context.close();
  });
}

test("a title only in Japanese: the form says the address is a made-up code and takes a readable one while a draft (en, ja)", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const id = await createEventThroughForm(page, { titleJa: `E2E 青年交流 ${Date.now()}` });
  const stored = await staffEvent(page.request, id);
  expect(stored.slug).toMatch(/^event-[a-z0-9]+$/);
  await page.goto(`/ja/staff/events/${id}/edit`);
  await expect(page.getByLabel("アドレス（スラッグ）")).toHaveAccessibleDescription(new RegExp(`アドレス /events/${stored.slug} は、英語の名称がなかったために作られた記号です。`));
  await page.goto(`/en/staff/events/${id}/edit`);
  const slugField = page.getByLabel("Address (slug)");
  await expect(slugField).toHaveAccessibleDescription(new RegExp(`The address /events/${stored.slug} is a code, made up because the event had no English title.`));
  await expect(slugField).toBeEditable();
  const readable = `e2e-youth-exchange-${Date.now()}`;
  await slugField.fill(readable);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as a draft" })).toBeVisible();
  expect((await staffEvent(page.request, id)).slug).toBe(readable);
  await expect(page.getByLabel("Address (slug)")).toHaveAccessibleDescription(/Leave it empty to make it from the English title; without an English title it becomes a code/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`dates outside the programs' are asked about before anything is saved (${js})`, async ({ browser }) => {
    const { page, close } = await editorPage(browser, javaScriptEnabled);
    const title = uniqueTitle("E2E Year Typo");
    await page.goto("/en/staff/events/new");
    await fillEventForm(page, { titleEn: title, sector: "Economy", country: "Thailand", startDate: "2032-10-10", endDate: "2032-10-10", startTime: "10:00", endTime: "12:00" });
    await page.getByRole("button", { name: "Create as draft", exact: true }).click();
    await expect(prompt(page).getByRole("heading", { name: "Are these dates right?" })).toBeVisible();
    await expect(prompt(page)).toContainText("The event runs 2032-10-10 – 2032-10-10, outside the dates the programs cover");
    await expect(page).toHaveURL(/\/staff\/events\/new/);
    await expect(page.getByLabel("Title (English)")).toHaveValue(title);
    // Confirmed: created with these dates.
    await page.getByRole("button", { name: "Yes, the dates are right" }).click();
    await page.waitForURL(/\/staff\/events\/\d+\/edit\?done=created/);
    const id = Number(/events\/(\d+)\//.exec(page.url())![1]);
    expect((await staffEvent(page.request, id)).startDate).toBe("2032-10-10");

    // Moving it to another date outside asks again; corrected, it saves without a question.
    await fillEventForm(page, { startDate: "2033-01-05", endDate: "2033-01-05" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(prompt(page).getByRole("heading", { name: "Are these dates right?" })).toBeVisible();
    expect((await staffEvent(page.request, id)).startDate).toBe("2032-10-10");
    await fillEventForm(page, { startDate: "2023-10-12", endDate: "2023-10-12" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved as a draft" })).toBeVisible();
    expect((await staffEvent(page.request, id)).startDate).toBe("2023-10-12");
    await close();
  });
}

test("the dates question is in Japanese on Japanese pages", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor, "ja");
  const id = await createEventThroughForm(page, { titleEn: uniqueTitle("E2E Year Typo JA") });
  await page.goto(`/ja/staff/events/${id}/edit`);
  await page.getByLabel("開始日").fill("2032-10-10");
  await page.getByLabel("終了日").fill("2032-10-10");
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(prompt(page).getByRole("heading", { name: "日付は正しいですか？" })).toBeVisible();
  await expect(prompt(page)).toContainText("この行事の期間（2032-10-10～2032-10-10）は、プログラムの期間");
  await expect(prompt(page).getByRole("button", { name: "はい、この日付で正しい" })).toBeVisible();
  await context.close();
});


test("a draft's preview: the public page's content, staff only, never stored or indexed, marked as not public (en, ja)", async ({ browser, baseURL }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const title = uniqueTitle("E2E Preview Draft");
  const id = await createEventThroughForm(page, { titleEn: title, descriptionEn: "What the public will read.", cityEn: "Chiang Mai" });
  const { slug } = await staffEvent(page.request, id);
  await page.getByRole("link", { name: "Preview the public page" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/events/${id}/preview$`));
  await expect(page.getByRole("note").filter({ hasText: "Preview — not public" })).toContainText("It is a draft: only staff can open this preview");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("What the public will read.");
  await expect(page.getByRole("main")).toContainText("Chiang Mai");
  // Nothing that leads to a public page or feed that does not hold the draft.
  await expect(page.getByRole("link", { name: /Google|Outlook|Add to calendar/ })).toHaveCount(0);

  const response = await page.request.get(`/en/staff/events/${id}/preview`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["x-robots-tag"]).toContain("noindex");
  expect(await response.text()).toMatch(/<meta name="robots" content="[^"]*noindex/);
  // Still a draft: no public page; and no preview for anyone without a staff session.
  expect((await page.request.get(`/en/events/${slug}`)).status()).toBe(404);
  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(`${baseURL}/en/staff/events/${id}/preview`, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toContain("/en/sign-in?callbackUrl=");
  await anonymous.close();

  await page.goto(`/ja/staff/events/${id}/preview`);
  await expect(page.getByRole("note").filter({ hasText: "プレビュー — 非公開" })).toContainText("この行事は下書きです");
  await expect(page.getByRole("link", { name: "行事に戻る" })).toBeVisible();
  await context.close();
});

test("the preview of a timed event shows the reader's own time, as its public page does", async ({ browser }) => {
  const id = withE2eDb((db) => (db.prepare("SELECT id FROM events WHERE slug = ?").get("youth-exchange-2023-online-session-nov-12") as { id: number }).id);
  const context = await browser.newContext({ timezoneId: "America/New_York", extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  const page = await context.newPage();
  await signIn(page, staffAccounts.editor);
  await page.goto(`/en/staff/events/${id}/preview`);
  await expect(page.getByText("Your time (America/New_York)")).toBeVisible();
  await expect(page.locator("dd").filter({ hasText: "Sun 12 Nov 2023 00:00–04:00 (UTC\u22125)" })).toBeVisible();
  await context.close();
});
