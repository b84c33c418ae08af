import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/auth";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, feedEvent, feedTimes, fillEventForm, staffEvent, uniqueTitle } from "./pages/event-editor";

/**
 * The editing journey: sign in, create a draft, publish it, see it on the schedule and in the
 * feed, move it to another day (SEQUENCE up), cancel it (STATUS:CANCELLED), read its history,
 * restore an earlier version. Every change must show on the very next public request.
 */
test.describe("staff editing", () => {
  test("create, publish, move, cancel, history and restore, live on the public pages and feeds", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Flow Meeting");
    const note = `PRIVATE-NOTE-${Date.now()}`;

    // Create a draft. Choosing Thailand moves the zone to Bangkok's.
    await page.goto("/en/staff/events/new");
    await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
    await page.getByLabel(/^Host( \(required\))?$/).selectOption({ label: "Thailand" });
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Bangkok");
    const id = await createEventThroughForm(page, { titleEn: title, titleJa: "E2E 流れ会合", cityEn: "Bangkok", staffNote: note });
    await expect(page.getByRole("status").filter({ hasText: "The event was created." })).toBeVisible();
    let stored = await staffEvent(page.request, id);
    expect(stored).toMatchObject({ status: "draft", version: 1, sequence: 0, timeZone: "Asia/Bangkok", startAt: "2023-10-10T03:00:00.000Z" });

    // A draft is nowhere public.
    expect((await page.request.get(`/en/events/${stored.slug}`)).status()).toBe(404);
    expect(await feedEvent(page.request, stored.uid)).toBeNull();
    expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain(stored.slug);

    // Publish: on the schedule and in the feed on the next request.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event is published." })).toBeVisible();
    await page.goto(`/en/?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    let vevent = await feedEvent(page.request, stored.uid);
    expect(vevent).toMatchObject({ SUMMARY: title, SEQUENCE: "1" });
    expect(feedTimes("20231010T100000", "20231010T030000Z")).toContain(vevent?.DTSTART);
    const publicHtml = await (await page.request.get(`/en/events/${stored.slug}`)).text();
    expect(publicHtml).toContain(title);
    expect(publicHtml).not.toContain(note);
    expect(JSON.stringify(vevent)).not.toContain(note);
    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`/en/events/${stored.slug}`);
    expect(sitemap).not.toContain(note);

    // Move it to the next day: SEQUENCE goes up and the public page shows the new date.
    const poll = (etag: string) => page.request.get("/feeds/all.ics?lang=en", { headers: { "If-None-Match": etag } });
    const etagBeforeMove = (await page.request.get("/feeds/all.ics?lang=en")).headers().etag;
    expect((await poll(etagBeforeMove)).status()).toBe(304);
    await page.goto(`/en/staff/events/${id}/edit`);
    await fillEventForm(page, { startDate: "2023-10-11", endDate: "2023-10-11" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes were saved" })).toBeVisible();
    // A calendar polling with its old ETag gets the changed feed on its next poll.
    expect((await poll(etagBeforeMove)).status()).toBe(200);
    vevent = await feedEvent(page.request, stored.uid);
    expect(vevent?.SEQUENCE).toBe("2");
    expect(feedTimes("20231011T100000", "20231011T030000Z")).toContain(vevent?.DTSTART);
    await page.goto(`/en/events/${stored.slug}`);
    await expect(page.getByText("Wed 11 Oct 2023").first()).toBeVisible();

    // Cancel with a reason: STATUS:CANCELLED in the feed, a banner on the page.
    await page.goto(`/en/staff/events/${id}/edit`);
    await page.getByLabel("Reason (shown publicly)").fill("The venue is flooded");
    await page.getByRole("button", { name: "Cancel the event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event is marked as cancelled." })).toBeVisible();
    vevent = await feedEvent(page.request, stored.uid);
    expect(vevent).toMatchObject({ STATUS: "CANCELLED", SEQUENCE: "3" });
    await page.goto(`/en/events/${stored.slug}`);
    await expect(page.getByRole("note")).toContainText("The venue is flooded");

    // History: every change with who did it and the date diff.
    await page.goto(`/en/staff/events/${id}/history`);
    await expect(page.getByRole("heading", { level: 1, name: `History: ${title}` })).toBeVisible();
    const headings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headings).toHaveText([/^Cancelled/, /^Edited/, /^Published/, /^Created/]);
    const edited = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Edited/ }) });
    await expect(edited).toContainText("E2E Editor");
    await expect(edited.getByRole("row", { name: /Start date/ })).toContainText("2023-10-10");
    await expect(edited.getByRole("row", { name: /Start date/ })).toContainText("2023-10-11");

    // Restore the version before the cancellation (version 3): recorded as a change; live again.
    await page.getByRole("button", { name: "Restore version 3" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The version was restored." })).toBeVisible();
    await expect(headings.first()).toHaveText(/^Restored an earlier version/);
    stored = await staffEvent(page.request, id);
    expect(stored).toMatchObject({ status: "published", cancelReason: "", version: 5, sequence: 4, startDate: "2023-10-11" });
    vevent = await feedEvent(page.request, stored.uid);
    expect(vevent?.STATUS).not.toBe("CANCELLED");
    expect(vevent?.SEQUENCE).toBe("4");
    await page.goto(`/en/events/${stored.slug}`);
    await expect(page.getByRole("note")).toHaveCount(0);
    await context.close();
  });

  test("lists drafts with search and filters", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Filter Draft");
    await createEventThroughForm(page, { titleEn: title, kind: "Other events", sector: "Tourism", country: "Viet Nam" });
    await page.goto("/en/staff");
    await page.getByLabel("Title or slug").fill(title);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Draft" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("1 event", { exact: true })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(title) });
    await expect(row).toContainText("Draft");
    await expect(row).toContainText("E2E Editor");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Published" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No events match these filters.")).toBeVisible();
    // Filters live in the URL, so a filtered view can be bookmarked.
    await expect(page).toHaveURL(/status=published/);
    await context.close();
  });

  test("duplicates, deletes softly (CANCELLED in the feed) and restores from history", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Delete Me");
    const id = await createEventThroughForm(page, { titleEn: title }, { publish: true });
    const stored = await staffEvent(page.request, id);
    await page.getByRole("button", { name: "Duplicate as a new draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "This is the new copy (a draft)." })).toBeVisible();
    await expect(page.getByLabel("Address (slug)")).toHaveValue(`${stored.slug}-copy`);

    await page.goto(`/en/staff/events/${id}/edit`);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "The event was deleted." })).toBeVisible();
    await expect(page.getByText("This event was deleted.")).toBeVisible();
    // Its public page now says it was removed (calendars still hold it, as cancelled, and link there).
    const removedPage = await page.request.get(`/en/events/${stored.slug}`);
    expect(removedPage.status()).toBe(200);
    expect(await removedPage.text()).toContain("This event was removed from the schedule on");
    expect(await feedEvent(page.request, stored.uid)).toMatchObject({ STATUS: "CANCELLED" });

    await page.goto(`/en/staff/events/${id}/history`);
    await page.getByRole("button", { name: "Restore version 1" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The version was restored." })).toBeVisible();
    expect((await page.request.get(`/en/events/${stored.slug}`)).status()).toBe(200);
    await context.close();
  });

  test("reorders itinerary items of a phase, without JavaScript", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const phaseTitle = uniqueTitle("E2E Phase");
    const phaseId = await createEventThroughForm(page, { titleEn: phaseTitle, kind: "Youth exchange program", sector: "Youth exchange", allDay: true, startDate: "2023-11-29", endDate: "2023-11-30" });
    // Make it a phase of the youth program.
    await page.getByLabel("Program").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Items in this phase" })).toBeVisible();
    for (const name of ["Item One", "Item Two"]) {
      await page.getByRole("link", { name: "Add an item to this phase" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "New itinerary item" })).toBeVisible();
      await fillEventForm(page, { titleEn: `${phaseTitle} ${name}` });
      await page.getByRole("button", { name: "Create as draft" }).click();
      await page.waitForURL(/done=created/);
      await page.goto(`/en/staff/events/${phaseId}/edit`);
    }
    const items = page.getByRole("region", { name: "Items in this phase" }).getByRole("listitem");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText("Item One");

    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noJs.newPage();
    await plain.goto(`/en/staff/events/${phaseId}/edit`);
    await plain.getByRole("button", { name: `Move “${phaseTitle} Item Two” up` }).click();
    await expect(plain.getByRole("status").filter({ hasText: "The order was changed." })).toBeVisible();
    const after = plain.getByRole("region", { name: "Items in this phase" }).getByRole("listitem");
    await expect(after.nth(0)).toContainText("Item Two");
    await expect(after.nth(1)).toContainText("Item One");
    await noJs.close();
    await context.close();
  });

  test("the Japanese UI has its own labels and messages", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor, "ja");
    await page.goto("/ja/staff/events/new");
    await expect(page.getByRole("heading", { level: 1, name: "新しい行事" })).toBeVisible();
    await page.getByLabel("名称（日本語）").fill("");
    await page.getByRole("button", { name: "下書きとして作成" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("保存されていません");
    await expect(page.getByLabel("名称（英語）")).toHaveAccessibleDescription(/名称を日本語・英語の少なくとも一方で入力してください。/);
    await context.close();
  });

  test("staff pages are accessible and usable at 360 px, with errors shown", async ({ browser }) => {
    test.slow(); // five axe scans and an event creation: about 25 s on two shared cores
    const { context, page } = await signedInContext(browser, staffAccounts.admin);
    await page.setViewportSize({ width: 360, height: 800 });
    const id = await createEventThroughForm(page, { titleEn: uniqueTitle("E2E A11y") });
    for (const path of ["/en/staff", `/en/staff/events/${id}/edit`, `/en/staff/events/${id}/history`, "/en/staff/history", "/ja/staff/events/new"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(1);
    }
    await page.goto("/en/staff/events/new");
    await page.getByRole("button", { name: "Create as draft" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
