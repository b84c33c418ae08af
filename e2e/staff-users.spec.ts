import { type Browser, expect, test } from "@playwright/test";
import { withE2eDb } from "./fixtures/e2e-db";
import { signedInContext, submitSignIn } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { openUser } from "./pages/users";

const { admin, editor, resetTarget } = staffAccounts;

test.describe("user administration", () => {
  test("an admin adds a user; invalid input is explained and the form keeps what was typed", async ({ browser }) => {
    const { context, page } = await signedInContext(browser, admin);
    await page.goto("/en/staff/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    const email = `new-editor-${Date.now()}@example.test`;
    const form = page.getByRole("region", { name: "Add a user" });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Nguyen Van A");
    await form.getByLabel("Role").selectOption({ label: "Editor" });
    await form.getByLabel("Initial password").fill("123456789012");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText("This password is one of the most common passwords. Choose another.")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expect(form.getByLabel("Name")).toHaveValue("Nguyen Van A");
    await expect(form.getByLabel("Initial password")).toHaveValue("");

    const password = "Halong-Bay-Morning-Mist-2023";
    await form.getByLabel("Initial password").fill(password);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("status")).toHaveText(`User ${email} added.`);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Nguyen Van A");

    // The same email again is refused.
    await form.getByLabel("Email").fill(email.toUpperCase());
    await form.getByLabel("Initial password").fill(password);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByText("A user with this email already exists.").first()).toBeVisible();

    // The new editor signs in, and cannot open the users page.
    const newcomer = await browser.newContext();
    const newcomerPage = await newcomer.newPage();
    await newcomerPage.goto("/en/sign-in");
    await submitSignIn(newcomerPage, email, password, "en");
    await expect(newcomerPage).toHaveURL(/\/en\/staff/);
    expect((await newcomerPage.goto("/en/staff/users"))?.status()).toBe(403);
    const logged = withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'user.create' AND detail = ?").get(email) as { n: number });
    expect(logged.n).toBe(1);
    await newcomer.close();
    await context.close();
  });

  test("an admin resets a password: the user is signed out and only the new password works", async ({ browser }) => {
    const target = await signedInContext(browser, resetTarget);
    const adminSide = await signedInContext(browser, admin);
    await openUser(adminSide.page, resetTarget.email);
    const newPassword = "Angkor-Wat-Evening-Light-2023";
    await adminSide.page.getByLabel(`New password for ${resetTarget.email}`).fill("short");
    await adminSide.page.getByRole("button", { name: `Reset password: ${resetTarget.email}` }).click();
    await expect(adminSide.page.getByText("Use at least 12 characters.")).toBeVisible();
    await adminSide.page.getByLabel(`New password for ${resetTarget.email}`).fill(newPassword);
    await adminSide.page.getByRole("button", { name: `Reset password: ${resetTarget.email}` }).click();
    await expect(adminSide.page.getByText(`Password of ${resetTarget.email} reset; the user has been signed out.`)).toBeVisible();

    await target.page.goto("/en/staff/account");
    await expect(target.page).toHaveURL(/\/en\/sign-in/);
    await submitSignIn(target.page, resetTarget.email, resetTarget.password, "en");
    await expect(target.page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await submitSignIn(target.page, resetTarget.email, newPassword, "en");
    await expect(target.page).toHaveURL(/\/en\/staff/);
    await adminSide.context.close();
    await target.context.close();
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
