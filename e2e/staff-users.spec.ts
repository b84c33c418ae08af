import { type Browser, expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { withE2eDb } from "./fixtures/e2e-db";
import { chooseOwnPassword, formFields, mustChangeBanner, postActionForm, signedInContext, submitSignIn, uniqueClientAddress } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { openUser } from "./pages/users";

const { admin, editor, resetTarget } = staffAccounts;

test.describe("user administration", () => {
  test("an admin adds a user with a temporary password; invalid input is explained and the form keeps what was typed", async ({ browser }) => {
    // Several sign-ins and password hashes (the first sign-in's change included).
    test.setTimeout(90_000);
    const { context, page } = await signedInContext(browser, admin);
    await page.goto("/en/staff/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    const email = `new-editor-${Date.now()}@example.test`;
    const form = page.getByRole("region", { name: "Add a user" });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Nguyen Van A");
    await form.getByLabel("Role").selectOption({ label: "Editor" });
    await expect(form.getByText("Temporary password — the person chooses their own at first sign-in.", { exact: false })).toBeVisible();
    await form.getByLabel("Temporary password").fill("123456789012");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText("This password is one of the most common passwords. Choose another.")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expect(form.getByLabel("Name")).toHaveValue("Nguyen Van A");
    await expect(form.getByLabel("Temporary password")).toHaveValue("");

    const password = "Halong-Bay-Morning-Mist-2023";
    await form.getByLabel("Temporary password").fill(password);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("status")).toHaveText(`User ${email} added.`);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Nguyen Van A");
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Must choose a password at next sign-in");

    // The same email again is refused.
    await form.getByLabel("Email").fill(email.toUpperCase());
    await form.getByLabel("Temporary password").fill(password);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText("A user with this email already exists.").first()).toBeVisible();

    // The new editor signs in and lands on "My account": nothing else opens until they choose their own password.
    const newcomer = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
    const newcomerPage = await newcomer.newPage();
    await newcomerPage.goto("/en/sign-in");
    await submitSignIn(newcomerPage, email, password, "en");
    await expect(newcomerPage).toHaveURL(/\/en\/staff\/account$/);
    await expect(newcomerPage.getByRole("main").getByText(mustChangeBanner("en"))).toBeVisible();
    const nav = newcomerPage.getByRole("navigation", { name: "Staff" });
    await expect(nav.getByRole("link")).toHaveText(["My account"]);
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    await newcomerPage.goto("/en/staff/events");
    await expect(newcomerPage).toHaveURL(/\/en\/staff\/account$/);
    const eventApi = `/api/staff/events/${withE2eDb((db) => db.prepare("SELECT min(id) AS id FROM events").get() as { id: number }).id}`;
    const api = await newcomer.request.get(eventApi);
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ error: "password_change_required" });

    // Once they have chosen their own, they continue as an editor: events open, the users page does not.
    const own = "Nguyen-Own-Choice-Lotus-2023";
    await chooseOwnPassword(newcomerPage, password, own, "en");
    await expect(nav.getByRole("link", { name: "Events" })).toBeVisible();
    await newcomerPage.goto("/en/staff/events");
    await expect(newcomerPage).toHaveURL(/\/en\/staff\/events$/);
    expect((await newcomer.request.get(eventApi)).status()).toBe(200);
    expect((await newcomerPage.goto("/en/staff/users"))?.status()).toBe(403);
    await page.reload();
    await expect(page.getByRole("row", { name: new RegExp(email) })).not.toContainText("Must choose a password");
    const logged = withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'user.create' AND detail = ?").get(email) as { n: number });
    expect(logged.n).toBe(1);
    await newcomer.close();
    await context.close();
  });

  test("an admin resets a password: the user is signed out, only the new password works, and it is temporary", async ({ browser }) => {
    // Several sign-ins and password hashes (the first sign-in's change included).
    test.setTimeout(90_000);
    const target = await signedInContext(browser, resetTarget);
    const adminSide = await signedInContext(browser, admin);
    await openUser(adminSide.page, resetTarget.email);
    const newPassword = "Angkor-Wat-Evening-Light-2023";
    await expect(adminSide.page.getByText("Temporary password — the person chooses their own at their next sign-in.", { exact: false })).toBeVisible();
    await adminSide.page.getByLabel(`Temporary password for ${resetTarget.email}`).fill("short");
    await adminSide.page.getByRole("button", { name: `Reset password: ${resetTarget.email}` }).click();
    await expect(adminSide.page.getByText("Use at least 12 characters.")).toBeVisible();
    await adminSide.page.getByLabel(`Temporary password for ${resetTarget.email}`).fill(newPassword);
    await adminSide.page.getByRole("button", { name: `Reset password: ${resetTarget.email}` }).click();
    await expect(
      adminSide.page.getByText(`Temporary password of ${resetTarget.email} set; the user has been signed out and chooses their own password at the next sign-in.`),
    ).toBeVisible();
    await adminSide.page.reload();
    await expect(adminSide.page.getByRole("main")).toContainText("Must choose a password at next sign-in");

    await target.page.goto("/en/staff/account");
    await expect(target.page).toHaveURL(/\/en\/sign-in/);
    await submitSignIn(target.page, resetTarget.email, resetTarget.password, "en");
    await expect(target.page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await submitSignIn(target.page, resetTarget.email, newPassword, "en");
    await chooseOwnPassword(target.page, newPassword, "Angkor-Wat-Own-Sunrise-2023", "en");
    await target.page.goto("/en/staff");
    await expect(target.page).toHaveURL(/\/en\/staff$/);
    await adminSide.context.close();
    await target.context.close();
  });

  test("in Japanese too: a new administrator with a temporary password can only choose their own, and their actions are refused until then", async ({ browser, baseURL }) => {
    // Several sign-ins and password hashes (the first sign-in's change included).
    test.setTimeout(90_000);
    const adminSide = await signedInContext(browser, admin, "ja");
    const page = adminSide.page;
    await page.goto("/ja/staff/users");
    const email = `new-admin-${Date.now()}@example.test`;
    const password = "Luang-Prabang-Temple-Bell-2023";
    const form = page.getByRole("region", { name: "ユーザーの追加" });
    await expect(form.getByText("仮パスワードです。本人は最初のサインイン時に自分のパスワードを設定します。", { exact: false })).toBeVisible();
    await form.getByLabel("メールアドレス").fill(email);
    await form.getByLabel("権限").selectOption("admin");
    await form.getByLabel("仮パスワード").fill(password);
    await form.getByRole("button", { name: "ユーザーを追加" }).click();
    await expect(form.getByRole("status")).toHaveText(`${email} を追加しました。`);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("次回のサインイン時にパスワードの設定が必要");

    const newcomer = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
    const newcomerPage = await newcomer.newPage();
    await submitSignIn(newcomerPage, email, password, "ja");
    await expect(newcomerPage).toHaveURL(/\/ja\/staff\/account$/);
    await expect(newcomerPage.getByRole("main").getByText(mustChangeBanner("ja"))).toBeVisible();
    // On a phone: the banner and the form fit the screen, and the page passes axe.
    await newcomerPage.setViewportSize({ width: 360, height: 740 });
    expect(await newcomerPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "horizontal scroll at 360 px").toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(newcomerPage);
    await newcomerPage.goto("/ja/staff/users");
    await expect(newcomerPage).toHaveURL(/\/ja\/staff\/account$/);

    // An admin action, as the admin's own form posts it (the role would allow it): refused, nothing added.
    const created = `refused-${Date.now()}@example.test`;
    await page.reload();
    await form.getByLabel("メールアドレス").fill(created);
    await form.getByLabel("仮パスワード").fill(password);
    const fields = await formFields(form.getByRole("button", { name: "ユーザーを追加" }));
    const replay = await postActionForm(newcomer, "/ja/staff/users", fields, baseURL!);
    expect([303, 307]).toContain(replay.status);
    expect(replay.location).toContain("/ja/staff/account");
    const exists = withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM users WHERE email = ?").get(created) as { n: number });
    expect(exists.n).toBe(0);

    await chooseOwnPassword(newcomerPage, password, "Luang-Prabang-Own-Morning-2023", "ja");
    await newcomerPage.goto("/ja/staff/users");
    await expect(newcomerPage.getByRole("heading", { level: 1, name: "ユーザー" })).toBeVisible();
    await newcomer.close();
    await adminSide.context.close();
  });

  test("the last active admin cannot be demoted or disabled", async ({ browser }) => {
    // Other journeys may have added admins: set them aside so that the shared admin is the last one.
    // (Disabled users are refused on every request, so no session of theirs acts meanwhile.)
    const others = withE2eDb((db) => {
      const ids = (db.prepare("SELECT id FROM users WHERE role = 'admin' AND disabled = 0 AND email <> ?").all(admin.email) as { id: number }[]).map((r) => r.id);
      for (const id of ids) db.prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(id);
      return ids;
    });
    try {
      await expectLastAdminKept(browser);
    } finally {
      withE2eDb((db) => {
        for (const id of others) db.prepare("UPDATE users SET disabled = 0 WHERE id = ?").run(id);
      });
    }
  });

  async function expectLastAdminKept(browser: Browser) {
    const { context, page } = await signedInContext(browser, admin);
    await openUser(page, admin.email);
    await page.getByLabel(`Role of ${admin.email}`).selectOption({ label: "Editor" });
    await page.getByRole("button", { name: `Change role: ${admin.email}` }).click();
    const lastAdmin = "This is the last active administrator: add or enable another administrator first.";
    await expect(page.getByText(lastAdmin)).toBeVisible();
    await page.getByRole("link", { name: `Disable: ${admin.email}` }).click();
    await page.getByRole("button", { name: `Yes, disable ${admin.email}` }).click();
    await expect(page.getByText(lastAdmin)).toBeVisible();
    await page.goto("/en/staff/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(admin.email) })).toContainText("Administrator");
    await context.close();
  }

  test("the users page is in Japanese too, and editors do not see it", async ({ browser }) => {
    const adminSide = await signedInContext(browser, admin, "ja");
    await adminSide.page.goto("/ja/staff/users");
    await expect(adminSide.page.getByRole("heading", { level: 1, name: "ユーザー" })).toBeVisible();
    await expect(adminSide.page.getByRole("heading", { level: 2, name: "ユーザーの追加" })).toBeVisible();
    await openUser(adminSide.page, editor.email, "ja");
    await adminSide.page.getByRole("link", { name: `無効にする: ${editor.email}` }).click();
    await expect(adminSide.page.getByRole("heading", { level: 1, name: `${editor.email} を無効にしますか？` })).toBeVisible();
    await expect(adminSide.page.getByRole("main")).toContainText("すべての端末ですぐにサインアウトされ");
    await adminSide.page.getByRole("link", { name: "無効にしない" }).click();
    await expect(adminSide.page.getByRole("row", { name: new RegExp(`^${editor.email}`) })).toContainText("有効");
    // The list: a search, the last sign-in, and no actions in the rows.
    await adminSide.page.getByLabel("メールアドレスまたは名前で検索").fill(admin.email);
    await adminSide.page.getByRole("button", { name: "検索", exact: true }).click();
    await expect(adminSide.page.getByRole("columnheader", { name: "最終サインイン" })).toBeVisible();
    await expect(adminSide.page.getByRole("row", { name: new RegExp(`^${admin.email}`) })).toContainText(/\(UTC\+9\)/);
    await expect(adminSide.page.getByRole("row", { name: new RegExp(`^${editor.email}`) })).toHaveCount(0);
    await expect(adminSide.page.getByRole("table").getByRole("button")).toHaveCount(0);
    const editorSide = await signedInContext(browser, editor, "ja");
    await editorSide.page.goto("/ja/staff/account");
    await expect(editorSide.page.getByRole("navigation", { name: "スタッフ" }).getByRole("link", { name: "ユーザー" })).toHaveCount(0);
    expect((await editorSide.page.goto("/ja/staff/users"))?.status()).toBe(403);
    await expect(editorSide.page.getByRole("heading", { level: 1, name: "アクセスできません" })).toBeVisible();
    await adminSide.context.close();
    await editorSide.context.close();
  });

  test("the change log reads as sentences in the page's language, sign-ins included", async ({ browser }) => {
    for (const locale of ["en", "ja"] as const) {
      const { context, page } = await signedInContext(browser, admin, locale);
      await page.goto(`/${locale}/staff/history?type=user`);
      const log = page.locator("ol.event-list");
      const first = page.locator("ol.event-list > li").first();
      await expect(first).toContainText(locale === "en" ? /^E2E Admin signed in, from [\d.:a-f]+\./ : /^E2E Adminがサインインしました（[\d.:a-f]+から）。/);
      await expect(first).toContainText(/\(UTC\+9\)/);
      for (const raw of ["auth.sign_in", "ip=", "purpose=", "No field changed", "変更された項目はありません"]) await expect(log).not.toContainText(raw);
      await context.close();
    }
  });
});
