import { expect, test, type Page } from "@playwright/test";
import { signedInContext } from "./fixtures/auth";
import { withE2eDb } from "./fixtures/e2e-db";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, feedEvent, fillEventForm, staffEvent, uniqueTitle } from "./pages/event-editor";

/**
 * Bad input through the real form: each error is shown next to its field (and in the summary),
 * everything typed stays in the form, and nothing is stored. Hostile text that is valid is stored
 * as text and shown as text everywhere.
 */
const counts = () =>
  withE2eDb((db) => ({
    events: (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n,
    audit: (db.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n,
  }));

const valid = { sector: "Economy", country: "Thailand", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00" };

async function submitNew(page: Page, fields: Parameters<typeof fillEventForm>[1]): Promise<void> {
  await page.goto("/en/staff/events/new");
  await fillEventForm(page, { ...valid, ...fields });
  await page.getByRole("button", { name: "Create as draft" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The event was not saved");
}

/** The field's accessible description holds its error; the field is marked invalid. */
async function expectFieldError(page: Page, label: string, message: string | RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: false }).first();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

test.describe("bad input", () => {
  test("end before start, unknown zone, a 10,000-character title: clear errors, input kept, nothing stored", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const before = counts();
    const title = uniqueTitle("E2E Bad Input");

    await submitNew(page, { titleEn: title, cityEn: "Bangkok", endTime: "09:00" });
    await expectFieldError(page, "End time", "The end must be after the start.");
    await expect(page.getByLabel("Title (English)")).toHaveValue(title);
    await expect(page.getByLabel("City (English)")).toHaveValue("Bangkok");
    await expect(page.getByLabel("End time")).toHaveValue("09:00");
    await expect(page.getByRole("main").getByRole("alert").getByRole("link", { name: "End time" })).toBeVisible();

    await submitNew(page, { titleEn: title, timeZone: "Asia/Atlantis" });
    await expectFieldError(page, "Time zone", "This is not a known time zone.");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Atlantis");

    await submitNew(page, { titleEn: "x".repeat(10_000) });
    await expectFieldError(page, "Title (English)", "A title can have at most 300 characters.");
    await expect(page.getByLabel("Title (English)")).toHaveValue("x".repeat(10_000));

    await submitNew(page, { titleEn: title, allDay: true, startDate: "2023-10-12", endDate: "2023-10-10" });
    await expectFieldError(page, "End date", "The end must be after the start.");
    await expect(page.getByLabel("All-day event")).toBeChecked();

    expect(counts()).toEqual(before);
    await context.close();
  });

  test("missing fields are all reported at once", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const before = counts();
    await page.goto("/en/staff/events/new");
    await page.getByRole("button", { name: "Create as draft" }).click();
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toContainText("The event was not saved");
    await expectFieldError(page, "Title (Japanese)", "Give a title in at least one language");
    await expectFieldError(page, "Title (English)", "Give a title in at least one language");
    await expectFieldError(page, "Sector", "This field is required.");
    await expectFieldError(page, "Start date", "This field is required.");
    await expectFieldError(page, "End date", "This field is required.");
    await expectFieldError(page, "Start time", "Enter a time, or tick “All-day event”.");
    // Focus moves to the summary, so keyboard users hear what went wrong.
    await expect(summary).toBeFocused();
    expect(counts()).toEqual(before);
    await context.close();
  });

  test("CR/LF in a title is refused (form and API), other control characters too", async ({ browser, baseURL }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const before = counts();
    // A text input cannot hold a line break; a tampered form can (as a hidden field it is posted verbatim).
    await page.goto("/en/staff/events/new");
    await fillEventForm(page, valid);
    await page.getByLabel("Title (English)").evaluate((el: HTMLInputElement) => {
      el.type = "hidden";
      el.value = "Evil\r\nSUMMARY:Injected";
    });
    await page.getByRole("button", { name: "Create as draft" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Line breaks are not allowed here");

    const headers = { origin: baseURL!, "x-requested-with": "fetch" };
    const base = { kind: "meeting", sector: "economy", countryCode: "TH", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00", timeZone: "Asia/Bangkok" };
    const crlf = await page.request.post("/api/staff/events", { data: { ...base, titleEn: "Evil\r\nSUMMARY:Injected" }, headers });
    expect(crlf.status()).toBe(422);
    expect((await crlf.json()).fieldErrors.titleEn[0]).toMatchObject({ code: "editor.errors.lineBreak", message: expect.stringContaining("Line breaks") });
    const bell = await page.request.post("/api/staff/events", { data: { ...base, titleEn: "Bell\u0007" }, headers });
    expect(bell.status()).toBe(422);
    const missing = await page.request.post("/api/staff/events", { data: {}, headers });
    expect(missing.status()).toBe(422);
    expect(Object.keys((await missing.json()).fieldErrors)).toEqual(expect.arrayContaining(["kind", "sector", "host", "startDate", "timeZone", "titleEn"]));
    const notJson = await page.request.post("/api/staff/events", { data: "{", headers: { ...headers, "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect(counts()).toEqual(before);
    await context.close();
  });

  test("script tags and quotes are stored as text and shown as text on the site and in feeds", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const marker = Date.now().toString(36);
    const title = `<script>window.__pwned=1</script> "Quoted" & 'single' <img src=x onerror=alert(1)> ${marker}`;
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const id = await createEventThroughForm(page, { titleEn: title, descriptionEn: "Line 1\nLine 2 <b>not bold</b>" }, { publish: true });
    const stored = await staffEvent(page.request, id);
    expect(stored.titleEn).toBe(title);

    await page.goto(`/en/events/${stored.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Line 2 <b>not bold</b>")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page).toHaveTitle(new RegExp(marker));

    // The staff pages show it as text too: list, edit form, history.
    await page.goto(`/en/staff?q=${marker}`);
    await expect(page.getByRole("row", { name: new RegExp(marker) })).toContainText('<script>window.__pwned=1</script> "Quoted"');
    await page.goto(`/en/staff/events/${id}/history`);
    await expect(page.getByRole("main")).toContainText("<img src=x onerror=alert(1)>");
    expect(dialogs).toBe(0);

    // iCalendar: one SUMMARY line with the text escaped by RFC 5545 rules, no injected properties.
    const vevent = await feedEvent(page.request, stored.uid);
    expect(vevent?.SUMMARY).toContain("<script>window.__pwned=1</script> \"Quoted\" & 'single'");
    await context.close();
  });

  test("without JavaScript, errors show and the input is kept", async ({ browser }) => {
    const signed = await signedInContext(browser, staffAccounts.editor);
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await signed.context.storageState() });
    const page = await noJs.newPage();
    const title = uniqueTitle("E2E NoJS Bad");
    await page.goto("/en/staff/events/new");
    await fillEventForm(page, { ...valid, titleEn: title, endDate: "2023-10-09" });
    await page.getByRole("button", { name: "Create as draft" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("The event was not saved");
    await expectFieldError(page, "End time", "The end must be after the start.");
    await expect(page.getByLabel("Title (English)")).toHaveValue(title);
    // Fix it and create, still without JavaScript.
    await page.getByLabel("End date").fill("2023-10-10");
    await page.getByRole("button", { name: "Create as draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event was created." })).toBeVisible();
    await noJs.close();
    await signed.context.close();
  });
});
