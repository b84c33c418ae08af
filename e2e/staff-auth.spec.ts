import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { withE2eDb } from "./fixtures/e2e-db";
import { SESSION_COOKIE, sessionCookie, signedInContext, signIn, submitSignIn, uniqueClientAddress } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";

const { admin, editor, signOut, disableTarget, roleTarget, passwordChange, rateLimit } = staffAccounts;
const genericError = "The email or password is incorrect.";

/** A context with its own cookies and its own client address (see uniqueClientAddress). */
async function freshPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  return { context, page: await context.newPage() };
}

async function expectSignedOut(page: Page, path = "/en/staff/account"): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
}

test.describe("sign-in", () => {
  test("signs in in English and returns to the requested page, with an httpOnly SameSite session cookie", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/en/staff/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fstaff%2Faccount/);
    await expect(page.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
    await submitSignIn(page, editor.email, editor.password, "en");
    await expect(page).toHaveURL(/\/en\/staff\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await expect(page.getByText(editor.email).first()).toBeVisible();
    const cookie = await sessionCookie(context);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    // Idle limit: the cookie lives 30 minutes from the last request.
    const minutesLeft = (cookie.expires * 1000 - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(28);
    expect(minutesLeft).toBeLessThanOrEqual(30.5);
    // A request within a minute of the last re-issue leaves the cookie as it is (see "session limits").
    await page.goto("/en/staff/account");
    expect((await sessionCookie(context)).value).toBe(cookie.value);
    await context.close();
  });

  test("signs in in Japanese", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/ja/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "スタッフ サインイン" })).toBeVisible();
    await submitSignIn(page, editor.email, editor.password, "ja");
    await expect(page).toHaveURL(/\/ja\/staff/);
    await page.goto("/ja/staff/account");
    await expect(page.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "スタッフ" })).toBeVisible();
    await context.close();
  });

  test("works without JavaScript, errors included", async ({ browser }) => {
    const { context, page } = await freshPage(browser, { javaScriptEnabled: false });
    await page.goto("/en/sign-in");
    await submitSignIn(page, editor.email, "not the password at all", "en");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    await submitSignIn(page, editor.email, editor.password, "en");
    await expect(page).toHaveURL(/\/en\/staff/);
    await page.goto("/en/staff/account");
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await context.close();
  });

  test("gives the same generic error for an unknown email and a wrong password, keeping the email", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/en/sign-in");
    await submitSignIn(page, "nobody-here@example.test", "Some-Password-123456", "en");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue("nobody-here@example.test");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    await submitSignIn(page, signOut.email, "Some-Password-123456", "en");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    await page.goto("/ja/sign-in");
    await submitSignIn(page, signOut.email, "Some-Password-123456", "ja");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("メールアドレスまたはパスワードが正しくありません。");
    await context.close();
  });

  test("shows field errors for an empty form", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await context.close();
  });
});

test.describe("sign-in throttling", () => {
  test("delays an account after failures, shows the time as UTC+9, and lets the owner in from a browser that signed in before", async ({ browser }) => {
    // The owner signs in once: this browser becomes a known device of the account.
    const owner = await freshPage(browser);
    await signIn(owner.page, rateLimit);
    expect((await owner.context.cookies()).find((c) => c.name === "sign-in-device")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await owner.context.clearCookies({ name: SESSION_COOKIE });

    // Someone else fails five times from one address: that address waits a minute for this account.
    const attacker = await freshPage(browser);
    for (let i = 1; i <= 5; i++) {
      await attacker.page.goto("/en/sign-in");
      await submitSignIn(attacker.page, rateLimit.email, `wrong-password-number-${i}`, "en");
      await expect(attacker.page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    }
    await attacker.page.goto("/en/sign-in");
    await submitSignIn(attacker.page, rateLimit.email, rateLimit.password, "en");
    const alert = attacker.page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Too many attempts. Try again after");
    expect((await alert.textContent())!).toMatch(/after \d\d:\d\d UTC\+9 \(in about 1 min\)/);
    await attacker.page.goto("/ja/sign-in");
    await submitSignIn(attacker.page, rateLimit.email, rateLimit.password, "ja");
    await expect(attacker.page.getByRole("main").getByRole("alert")).toContainText(/試行回数が多すぎます。\d\d:\d\d UTC\+9以降/);

    // Five more from a second address: now the account waits for every browser it has not signed in from...
    await attacker.page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientAddress() });
    for (let i = 6; i <= 10; i++) {
      await attacker.page.goto("/en/sign-in");
      await submitSignIn(attacker.page, rateLimit.email, `wrong-password-number-${i}`, "en");
      await expect(attacker.page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    }
    const stranger = await freshPage(browser);
    await stranger.page.goto("/en/sign-in");
    await submitSignIn(stranger.page, rateLimit.email, rateLimit.password, "en");
    await expect(stranger.page.getByRole("main").getByRole("alert")).toContainText("Too many attempts");

    // ...but not for the owner's own browser.
    await owner.page.goto("/en/sign-in");
    await submitSignIn(owner.page, rateLimit.email, rateLimit.password, "en");
    await expect(owner.page).toHaveURL(/\/en\/staff/);

    // Stored in the database (so it survives a restart), with the failures and the delays logged.
    const stored = withE2eDb((db) => ({
      failures: (db.prepare("SELECT COUNT(*) AS n FROM login_attempts WHERE email = ? AND success = 0").get(rateLimit.email) as { n: number }).n,
      delays: (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.locked_out' AND detail LIKE ?").get(`%${rateLimit.email}%`) as { n: number }).n,
      logged: (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.sign_in_failed' AND detail LIKE ?").get(`%${rateLimit.email}%`) as { n: number }).n,
    }));
    expect(stored).toEqual({ failures: 10, delays: 2, logged: 10 });
    for (const c of [owner, attacker, stranger]) await c.context.close();
  });

  test("does not hold the colleagues behind one address: failures on other accounts leave their first attempt alone", async ({ browser }) => {
    const office = await freshPage(browser);
    for (let i = 1; i <= 8; i++) {
      await office.page.goto("/en/sign-in");
      await submitSignIn(office.page, `typo-${i}@example.test`, "Guess-Password-123456", "en");
      await expect(office.page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    }
    await signIn(office.page, editor);
    await office.context.close();
  });
});

test.describe("session revocation", () => {
  test("signing out ends the session: the old cookie is refused afterwards", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, signOut);
    await page.goto("/en/staff/account");
    const oldCookie = await sessionCookie(context);
    await page.getByRole("navigation", { name: "Staff" }).getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?signedOut=1/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("You have signed out.");
    await expectSignedOut(page);

    // Someone who copied the cookie before sign-out cannot use it.
    const replay = await browser.newContext();
    await replay.addCookies([oldCookie]);
    const replayPage = await replay.newPage();
    await expectSignedOut(replayPage);
    await replay.close();
    await context.close();
  });

  test("the sign-out page asks before signing out, in both languages", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, signOut, "ja");
    await page.goto("/ja/sign-out");
    await expect(page.getByRole("heading", { level: 1, name: "サインアウト" })).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "サインアウト" }).click();
    await expect(page).toHaveURL(/\/ja\/sign-in\?signedOut=1/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("サインアウトしました。");
    await page.goto("/en/sign-out");
    await expect(page.getByText("You are not signed in.")).toBeVisible();
    await context.close();
  });

  test("an admin disabling an editor stops the editor's very next request", async ({ browser }) => {
    const target = await signedInContext(browser, disableTarget);
    await target.page.goto("/en/staff/account");
    await expect(target.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

    const adminSide = await signedInContext(browser, admin);
    await adminSide.page.goto("/en/staff/users");
    await adminSide.page.getByRole("button", { name: `Disable: ${disableTarget.email}` }).click();
    await expect(adminSide.page.getByText(`${disableTarget.email} disabled and signed out.`)).toBeVisible();
    await expect(adminSide.page.getByRole("row", { name: new RegExp(disableTarget.email) })).toContainText("Disabled");

    await expectSignedOut(target.page);
    await submitSignIn(target.page, disableTarget.email, disableTarget.password, "en");
    await expect(target.page.getByRole("main").getByRole("alert")).toHaveText(genericError);

    await adminSide.page.getByRole("button", { name: `Enable: ${disableTarget.email}` }).click();
    await expect(adminSide.page.getByText(`${disableTarget.email} enabled.`)).toBeVisible();
    await signIn(target.page, disableTarget);
    await adminSide.context.close();
    await target.context.close();
  });

  test("a role change takes effect at once, in both directions", async ({ browser }) => {
    const target = await signedInContext(browser, roleTarget);
    const forbidden = await target.page.goto("/en/staff/users");
    expect(forbidden?.status()).toBe(403);
    await expect(target.page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(target.page.getByRole("link", { name: "Users" })).toHaveCount(0);

    const adminSide = await signedInContext(browser, admin);
    await adminSide.page.goto("/en/staff/users");
    const changeRole = async (label: "Administrator" | "Editor") => {
      await adminSide.page.getByLabel(`Role of ${roleTarget.email}`).selectOption({ label });
      await adminSide.page.getByRole("button", { name: `Change role: ${roleTarget.email}` }).click();
      await expect(adminSide.page.getByText(`Role of ${roleTarget.email} changed.`)).toBeVisible();
    };
    await changeRole("Administrator");
    // The old session (issued for an editor) ends; signing in again gives admin rights.
    await expectSignedOut(target.page, "/en/staff/users");
    await submitSignIn(target.page, roleTarget.email, roleTarget.password, "en");
    await expect(target.page).toHaveURL(/\/en\/staff\/users$/);
    await expect(target.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

    await adminSide.page.reload();
    await changeRole("Editor");
    await expectSignedOut(target.page, "/en/staff/users");
    await adminSide.context.close();
    await target.context.close();
  });

  test("changing one's own password keeps this browser signed in and signs out the others", async ({ browser }) => {
    const here = await signedInContext(browser, passwordChange);
    const elsewhere = await signedInContext(browser, passwordChange);
    const newPassword = "Borobudur-Sunrise-Over-Kyoto-2023";
    await here.page.goto("/en/staff/account");

    const form = here.page.getByRole("main");
    await form.getByLabel("Current password").fill(passwordChange.password);
    await form.getByLabel("New password", { exact: true }).fill("password1234");
    await form.getByLabel("New password again").fill("password1234");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(here.page.getByText("This password is too easy to guess.")).toBeVisible();

    await form.getByLabel("Current password").fill("not-my-current-password");
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("New password again").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(here.page.getByText("The current password is incorrect.")).toBeVisible();

    await form.getByLabel("Current password").fill(passwordChange.password);
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("New password again").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(here.page.getByRole("main").getByRole("status")).toHaveText("Your password has been changed. Other devices have been signed out.");

    await here.page.goto("/en/staff/account");
    await expect(here.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await expectSignedOut(elsewhere.page);
    await submitSignIn(elsewhere.page, passwordChange.email, passwordChange.password, "en");
    await expect(elsewhere.page.getByRole("main").getByRole("alert")).toHaveText(genericError);
    await submitSignIn(elsewhere.page, passwordChange.email, newPassword, "en");
    await expect(elsewhere.page).toHaveURL(/\/en\/staff/);
    await here.context.close();
    await elsewhere.context.close();
  });
});

test.describe("session limits", () => {
  // The e2e server's secret (playwright.config.ts): lets the test forge tokens of a given age.
  const secret = "e2e-secret-not-for-production-0123456789";
  const minute = 60_000;

  async function pageWithToken(browser: Browser, baseURL: string, ages: { issuedMinutesAgo: number; activeMinutesAgo: number }) {
    const user = withE2eDb((db) => db.prepare("SELECT id, session_version AS sv FROM users WHERE email = ?").get(editor.email) as { id: number; sv: number });
    const now = Date.now();
    const token = await encode({
      secret,
      maxAge: 24 * 3600,
      token: {
        sub: String(user.id),
        email: editor.email,
        name: editor.name,
        uid: user.id,
        role: "editor",
        sessionVersion: user.sv,
        issuedAt: now - ages.issuedMinutesAgo * minute,
        lastActivity: now - ages.activeMinutesAgo * minute,
      },
    });
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
    return { context, page: await context.newPage() };
  }

  test("a staff request slides a session last active minutes ago: the idle limit counts from now", async ({ browser, baseURL }) => {
    const { context, page } = await pageWithToken(browser, baseURL!, { issuedMinutesAgo: 60, activeMinutesAgo: 5 });
    const before = await sessionCookie(context);
    await page.goto("/en/staff/account");
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    const after = await sessionCookie(context);
    expect(after.value).not.toBe(before.value);
    const minutesLeft = (after.expires * 1000 - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(28);
    expect(minutesLeft).toBeLessThanOrEqual(30.5);
    await context.close();
  });

  test("a session idle for 30 minutes, or 12 hours old, is refused even with a valid JWT", async ({ browser, baseURL }) => {
    const fresh = await pageWithToken(browser, baseURL!, { issuedMinutesAgo: 60, activeMinutesAgo: 29 });
    await fresh.page.goto("/en/staff/account");
    await expect(fresh.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

    const idle = await pageWithToken(browser, baseURL!, { issuedMinutesAgo: 60, activeMinutesAgo: 31 });
    await expectSignedOut(idle.page);
    const old = await pageWithToken(browser, baseURL!, { issuedMinutesAgo: 12 * 60 + 1, activeMinutesAgo: 1 });
    await expectSignedOut(old.page);
    for (const c of [fresh, idle, old]) await c.context.close();
  });
});

test.describe("next-auth endpoints", () => {
  test("the credentials provider signs in through the same checks, and its sign-out ends the session", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
    const api = context.request;
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const wrong = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: signOut.email, password: "wrong-password-x", json: "true" } });
    expect(await wrong.json()).toMatchObject({ url: expect.stringContaining("error=CredentialsSignin") });
    const right = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: signOut.email, password: signOut.password, json: "true" } });
    expect(right.status()).toBe(200);
    const session = await (await api.get("/api/auth/session")).json();
    expect(session.user).toMatchObject({ email: signOut.email, role: "editor" });
    const page = await context.newPage();
    await page.goto("/en/staff/account");
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    const oldCookie = await sessionCookie(context);

    await api.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
    const replay = await browser.newContext();
    await replay.addCookies([oldCookie]);
    await expectSignedOut(await replay.newPage());
    await replay.close();
    await context.close();
  });
});

test.describe("accessibility", () => {
  test("sign-in, account and users pages have no serious axe violations, at 360 px too", async ({ browser }) => {
    const { context, page } = await freshPage(browser);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/ja/sign-in");
    await expectNoSeriousA11yViolations(page);
    await submitSignIn(page, "", "", "ja");
    await expectNoSeriousA11yViolations(page);
    await context.close();
    const adminSide = await signedInContext(browser, admin);
    await adminSide.page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/en/staff/account", "/en/staff/users", "/en/sign-out"]) {
      await adminSide.page.goto(path);
      await expectNoSeriousA11yViolations(adminSide.page);
      const overflow = await adminSide.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await adminSide.context.close();
  });
});

test.describe("security headers", () => {
  test("public pages, staff pages and feeds carry the security headers; staff pages are noindex", async ({ request, page }) => {
    for (const path of ["/en", "/ja/sign-in", "/feeds/all.ics"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("default-src 'self'");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
    const signInPage = await request.get("/en/sign-in");
    expect(signInPage.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    const publicPage = await request.get("/en");
    expect(publicPage.headers()["x-robots-tag"]).toBeUndefined();

    // The CSP does not block anything the pages use.
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/en");
    await page.goto("/en/sign-in");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(violations).toEqual([]);
  });

  test("the public header links to the staff area", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fstaff/);
  });
});
