import { expect, test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { withE2eDb } from "./fixtures/e2e-db";
import { formFields, postActionForm, SESSION_COOKIE, sessionCookie, signedInContext, submitSignIn, uniqueClientAddress } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { createEventThroughForm, uniqueTitle } from "./pages/event-editor";

const { editor, sessionEndpoint } = staffAccounts;

/** Records every Content-Security-Policy violation of the page (the listener is installed outside the page's policy). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Whether an inline script that is not the page's own would run: it must not. */
async function injectedScriptRuns(page: Page): Promise<boolean> {
  await page.addScriptTag({ content: "window.__injected = true;" }).catch(() => undefined);
  return page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true);
}

test.describe("content security policy", () => {
  test("public pages from the page cache run their own scripts, first render and cached alike, and no injected one", async ({ browser }) => {
    for (const round of ["first render or cache", "from the cache"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations = await watchViolations(page);
      const response = await page.goto("/en/feeds");
      const policies = (await response!.headersArray()).filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
      expect(policies.some((p) => /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/.test(p)), round).toBe(true);
      // The same for every reader: no opener isolation (next.config.js, sessionPageHeaders).
      expect(await response!.headerValue("cross-origin-opener-policy"), round).toBeNull();
      // The copy buttons are shown by the page's own inline script: it ran.
      await expect(page.getByRole("button", { name: /Copy/ }).first()).toBeVisible();
      expect(await violations(), round).toEqual([]);
      expect(await injectedScriptRuns(page), round).toBe(false);
      await context.close();
    }
  });

  test("staff and sign-in pages carry a nonce policy of their own, and their scripts run", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, editor);
    const violations = await watchViolations(page);
    const response = await page.goto("/en/staff/events/new");
    const policy = (await response!.headerValue("content-security-policy"))!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+';/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(await response!.headerValue("cross-origin-opener-policy")).toBe("same-origin");
    // The editor's all-day switch hides the time fields only once the form has hydrated.
    await page.getByLabel("All-day event").check();
    await expect(page.getByLabel("Start time")).toBeHidden();
    expect(await violations()).toEqual([]);
    expect(await injectedScriptRuns(page)).toBe(false);
    const again = await page.goto("/en/sign-in");
    expect(await again!.headerValue("content-security-policy")).not.toBe(policy);
    await context.close();
  });
});

test.describe("sign-in redirects stay on the site", () => {
  test("a signed-in visitor is not sent to another site by a callbackUrl that becomes //host once normalised", async ({ browser }) => {
    const { context } = await signedInContext(browser, editor);
    for (const callbackUrl of ["/.//evil.example/phish", "/..//evil.example", "/%2e//evil.example"]) {
      const response = await context.request.get(`/en/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      expect(response.status(), callbackUrl).toBe(307);
      expect(response.headers()["location"], callbackUrl).toBe("/en/staff");
    }
    await context.close();
  });

  test("the sign-in action does not redirect to another site either", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.locator('input[name="callbackUrl"]').evaluate((input: HTMLInputElement) => (input.value = "/.//evil.example/phish"));
    const action = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/sign-in"));
    await submitSignIn(page, editor.email, editor.password, "en");
    expect((await action).headers()["x-action-redirect"]).toMatch(/^\/en\/staff(;|$)/);
    await expect(page).toHaveURL(`${baseURL}/en/staff`);
    await context.close();
  });
});

test.describe("/api/auth/session", () => {
  test("gives no session for the old cookie of a demoted admin or a disabled user, as pages do", async ({ browser }) => {
    const { context } = await signedInContext(browser, sessionEndpoint);
    const live = await (await context.request.get("/api/auth/session")).json();
    expect(live).toMatchObject({ user: { email: sessionEndpoint.email, role: "admin" } });
    const cookie = await sessionCookie(context);

    const replay = async () => {
      const other = await browser.newContext();
      await other.addCookies([cookie]);
      const body = await (await other.request.get("/api/auth/session")).json();
      await other.close();
      return body;
    };
    const change = (sql: string) => withE2eDb((db) => db.prepare(`UPDATE users SET ${sql}, session_version = session_version + 1 WHERE email = ?`).run(sessionEndpoint.email));
    change("role = 'editor'");
    expect(await replay()).toEqual({});
    change("disabled = 1");
    expect(await replay()).toEqual({});
    await context.close();
  });
});

test.describe("the staff API", () => {
  test("slides the session of a script that uses it, as pages do", async ({ browser, baseURL }) => {
    const user = withE2eDb((db) => db.prepare("SELECT id, session_version AS sv FROM users WHERE email = ?").get(editor.email) as { id: number; sv: number });
    const now = Date.now();
    const token = await encode({
      secret: "e2e-secret-not-for-production-0123456789",
      maxAge: 24 * 3600,
      token: { sub: String(user.id), email: editor.email, name: editor.name, uid: user.id, role: "editor", sessionVersion: user.sv, issuedAt: now - 20 * 60_000, lastActivity: now - 20 * 60_000 },
    });
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
    const response = await context.request.get("/api/staff/events/1");
    expect(response.status()).toBe(200);
    const slid = await sessionCookie(context);
    expect(slid.value).not.toBe(token);
    expect((slid.expires * 1000 - Date.now()) / 60_000).toBeGreaterThan(28);
    await context.close();
  });
});

test.describe("removing a deleted event's public text", () => {
  test("an admin confirms it without JavaScript; feeds keep only the UID, dates and Cancelled; editors cannot", async ({ browser, baseURL }) => {
    const { context: adminContext, page: setup } = await signedInContext(browser, staffAccounts.admin);
    const title = uniqueTitle("Wrong Name Meeting");
    const id = await createEventThroughForm(setup, { titleEn: title, cityEn: "Secret City", descriptionEn: "Private details" }, { publish: true });
    const uid = withE2eDb((db) => (db.prepare("SELECT uid FROM events WHERE id = ?").get(id) as { uid: string }).uid);
    await setup.getByRole("button", { name: "Delete", exact: true }).click();
    await setup.getByRole("main").getByRole("alert").getByRole("button", { name: "Yes, delete the event" }).click();
    await expect(setup.getByRole("status").filter({ hasText: "The event was deleted." })).toBeVisible();

    // An editor sees no button, and a forged post of the admin's form is refused.
    const { context: editorContext, page: editorPage } = await signedInContext(browser, editor);
    await editorPage.goto(`/en/staff/events/${id}/edit`);
    await expect(editorPage.getByRole("button", { name: "Remove the public text" })).toHaveCount(0);

    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await adminContext.storageState() });
    const page = await noScript.newPage();
    await page.goto(`/en/staff/events/${id}/edit`);
    const button = page.getByRole("button", { name: "Remove the public text" });
    const forged = await postActionForm(editorContext, `/en/staff/events/${id}/edit`, { ...(await formFields(button)), confirm: "on" }, baseURL!);
    expect(forged.body).toContain("You do not have permission to do this.");
    // Without the box ticked nothing happens but a message at the box.
    await button.click();
    await expect(page.getByText("Tick the box to confirm.", { exact: true })).toBeVisible();
    expect(withE2eDb((db) => db.prepare("SELECT title_en FROM events WHERE id = ?").get(id))).toEqual({ title_en: title });
    await page.getByLabel(/I understand/).check();
    await page.getByRole("button", { name: "Remove the public text" }).click();
    await expect(page.getByText("The public text was removed from the calendars.")).toBeVisible();
    await expect(page.getByText("It can no longer be restored.")).toBeVisible();

    const feed = await (await noScript.request.get("/feeds/all.ics?lang=en")).text();
    const vevent = feed.slice(feed.indexOf(`UID:${uid}`) - 200, feed.indexOf("END:VEVENT", feed.indexOf(`UID:${uid}`)));
    expect(vevent).toContain("SUMMARY:Cancelled\r\n");
    expect(vevent).toContain("STATUS:CANCELLED");
    for (const gone of [title.slice(0, 20), "Secret City", "Private details", "LOCATION", "DESCRIPTION"]) expect(vevent, gone).not.toContain(gone);
    expect(withE2eDb((db) => db.prepare("SELECT action FROM audit_log WHERE entity_type = 'event' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(id))).toEqual({ action: "event.redact" });

    // Japanese: the same page and its confirmation.
    await page.goto(`/ja/staff/events/${id}/edit`);
    await expect(page.getByText("公開テキストも削除されました")).toBeVisible();
    for (const c of [adminContext, editorContext, noScript]) await c.close();
  });
});
