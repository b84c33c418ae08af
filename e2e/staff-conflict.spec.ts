import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, staffEvent, uniqueTitle } from "./pages/event-editor";

/**
 * Two editors in two browsers edit the same event. The second save is refused with what the
 * first person changed; per field, "keep mine" or "take theirs" (their value is preselected where
 * only they changed a field, so saving again never undoes it), and saving again works. Nothing is
 * ever overwritten silently. With and without JavaScript.
 */
test.describe("concurrent edits", () => {
  test("a save over a newer version is refused with the other person's changes, and the input is kept", async ({ browser }) => {
    const alice = await signedInContext(browser, staffAccounts.editor);
    const bob = await signedInContext(browser, staffAccounts.editor2);
    const title = uniqueTitle("E2E Conflict Meeting");
    const id = await createEventThroughForm(alice.page, { titleEn: title, cityEn: "Bangkok" });

    // Both open the edit page at version 1.
    await alice.page.goto(`/en/staff/events/${id}/edit`);
    await bob.page.goto(`/en/staff/events/${id}/edit`);

    // Bob moves it to a new venue and city and saves first.
    await bob.page.getByLabel("Venue (English)", { exact: true }).fill("Queen Sirikit Centre");
    await bob.page.getByLabel("City (English)", { exact: true }).fill("Nonthaburi");
    await bob.page.getByRole("button", { name: "Save changes" }).click();
    await expect(bob.page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    // Alice, still on version 1, changes the title and the venue, and saves.
    await alice.page.getByLabel("Title (English)", { exact: true }).fill(`${title} (renamed)`);
    await alice.page.getByLabel("Venue (English)", { exact: true }).fill("Alice Hall");
    await alice.page.getByRole("button", { name: "Save changes" }).click();
    const notice = alice.page.getByRole("main").getByRole("alert");
    await expect(notice).toContainText("Not saved: someone else changed this event");
    await expect(notice).toContainText("E2E Editor Two — Edited");
    const venueRow = notice.getByRole("row", { name: /Venue \(English\)/ });
    await expect(venueRow).toContainText("Queen Sirikit Centre");
    await expect(venueRow).toContainText("Alice Hall");
    await expect(venueRow).toContainText("You changed this too");
    await expect(notice).toContainText("now based on version 2");
    // Both changed the venue: hers is preselected. Only Bob changed the city: his is.
    await expect(venueRow.getByRole("radio", { name: "Keep mine (Venue (English))" })).toBeChecked();
    await expect(notice.getByRole("radio", { name: "Take theirs (City (English))" })).toBeChecked();

    // Nothing of Alice's was written; her input is still in the form, with Bob's city.
    let stored = await staffEvent(alice.page.request, id);
    expect(stored).toMatchObject({ version: 2, titleEn: title, venueEn: "Queen Sirikit Centre" });
    await expect(alice.page.getByLabel("Title (English)", { exact: true })).toHaveValue(`${title} (renamed)`);
    await expect(alice.page.getByLabel("Venue (English)", { exact: true })).toHaveValue("Alice Hall");
    await expect(alice.page.getByLabel("City (English)", { exact: true })).toHaveValue("Nonthaburi");

    // One click takes Bob's venue into the form; she saves again, deliberately.
    await venueRow.getByRole("radio", { name: "Take theirs (Venue (English))" }).check();
    await expect(alice.page.getByLabel("Venue (English)", { exact: true })).toHaveValue("Queen Sirikit Centre");
    await alice.page.getByRole("button", { name: "Save changes" }).click();
    await expect(alice.page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    stored = await staffEvent(alice.page.request, id);
    expect(stored).toMatchObject({ version: 3, titleEn: `${title} (renamed)`, venueEn: "Queen Sirikit Centre", cityEn: "Nonthaburi" });

    // The history shows both people's changes.
    await alice.page.goto(`/en/staff/events/${id}/history`);
    const entries = alice.page.getByRole("list", { name: "Changes" }).getByRole("listitem");
    await expect(entries.nth(0)).toContainText("E2E Editor");
    await expect(entries.nth(1)).toContainText("E2E Editor Two");
    await alice.context.close();
    await bob.context.close();
  });

  test("without JavaScript the conflict and the kept input work the same", async ({ browser }) => {
    const alice = await signedInContext(browser, staffAccounts.editor);
    const title = uniqueTitle("E2E Conflict NoJS");
    const id = await createEventThroughForm(alice.page, { titleEn: title });
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await alice.context.storageState() });
    const plain = await noJs.newPage();
    await plain.goto(`/en/staff/events/${id}/edit`);

    // Someone saves in the meantime (the JSON API, as a script would).
    const current = await staffEvent(alice.page.request, id);
    const patch = await alice.page.request.patch(`/api/staff/events/${id}`, {
      data: { version: current.version, descriptionEn: "Changed by a script" },
      headers: { origin: new URL(alice.page.url()).origin, "x-requested-with": "fetch" },
    });
    expect(patch.status()).toBe(200);

    await plain.getByLabel("Title (English)", { exact: true }).fill(`${title} no-js`);
    await plain.getByLabel("City (English)", { exact: true }).fill("Typed City");
    await plain.getByRole("button", { name: "Save changes" }).click();
    await expect(plain.getByRole("main").getByRole("alert")).toContainText("Not saved");
    await expect(plain.getByRole("row", { name: /Description \(English\)/ })).toContainText("Changed by a script");
    await expect(plain.getByLabel("Title (English)", { exact: true })).toHaveValue(`${title} no-js`);
    // Only the script changed the description: the form holds its value, preselected.
    await expect(plain.getByLabel("Description (English)", { exact: true })).toHaveValue("Changed by a script");
    await expect(plain.getByRole("radio", { name: "Take theirs (Description (English))" })).toBeChecked();
    // She keeps her (empty) description instead: without JavaScript the choice applies when she saves.
    await plain.getByRole("radio", { name: "Keep mine (Description (English))" }).check();
    await plain.getByRole("button", { name: "Save changes" }).click();
    await expect(plain.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    const stored = await staffEvent(alice.page.request, id);
    expect(stored).toMatchObject({ version: 3, titleEn: `${title} no-js`, descriptionEn: "", cityEn: "Typed City" });
    await noJs.close();
    await alice.context.close();
  });

  test("a status button pressed on an outdated page is refused with what changed", async ({ browser }) => {
    const alice = await signedInContext(browser, staffAccounts.editor);
    const bob = await signedInContext(browser, staffAccounts.editor2);
    const id = await createEventThroughForm(alice.page, { titleEn: uniqueTitle("E2E Conflict Status") }, { publish: true });
    await alice.page.goto(`/en/staff/events/${id}/edit`);
    await bob.page.goto(`/en/staff/events/${id}/edit`);
    await bob.page.getByLabel("Reason (English, shown publicly)").fill("Postponed");
    await bob.page.getByRole("button", { name: "Cancel the event", exact: true }).click();
    await expect(bob.page.getByRole("status").filter({ hasText: "cancelled" })).toBeVisible();

    await alice.page.getByRole("button", { name: "Delete", exact: true }).click();
    await alice.page.getByRole("button", { name: "Yes, delete the event" }).click();
    const notice = alice.page.getByRole("main").getByRole("alert");
    await expect(notice).toContainText("Not saved: someone else changed this event");
    await expect(notice.getByRole("row", { name: /Status/ })).toContainText("Cancelled");
    await expect(notice).toContainText("Reload the page");
    expect((await staffEvent(alice.page.request, id)).deletedAt).toBeNull();
    await alice.context.close();
    await bob.context.close();
  });

  test("the JSON API answers 409 with the changes for a stale version", async ({ browser, baseURL }) => {
    const { context, page } = await signedInContext(browser, staffAccounts.editor);
    const id = await createEventThroughForm(page, { titleEn: uniqueTitle("E2E Conflict API") });
    const headers = { origin: baseURL!, "x-requested-with": "fetch" };
    const first = await page.request.patch(`/api/staff/events/${id}`, { data: { version: 1, cityEn: "Chiang Mai" }, headers });
    expect(first.status()).toBe(200);
    expect((await first.json()).event).toMatchObject({ version: 2, cityEn: "Chiang Mai" });
    const stale = await page.request.patch(`/api/staff/events/${id}`, { data: { version: 1, cityEn: "Phuket" }, headers });
    expect(stale.status()).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({ error: "conflict", baseVersion: 1, currentVersion: 2 });
    expect(body.changes).toContainEqual(expect.objectContaining({ field: "cityEn", theirs: "Chiang Mai", yours: "Phuket", overlap: true }));
    expect(body.editors[0]).toMatchObject({ userName: "E2E Editor", action: "event.update" });
    expect((await staffEvent(page.request, id)).cityEn).toBe("Chiang Mai");
    await context.close();
  });
});
