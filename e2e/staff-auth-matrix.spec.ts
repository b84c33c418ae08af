import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { withE2eDb } from "./fixtures/e2e-db";
import { formFields, postActionForm, setAccountDisabled, signedInContext, uniqueClientAddress } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { openUser } from "./pages/users";

/**
 * Authorization matrix for the auth half: every user-administration server action and the
 * own-password action, replayed (as a browser without JavaScript would post them) by an anonymous
 * visitor, an editor, a signed-in user who was then disabled, and an admin. The database shows
 * whether the action ran. Pages are checked the same way.
 */
const { admin, editor, disabledEditor } = staffAccounts;

type Actor = "anonymous" | "editor" | "disabled" | "admin";

type UserRow = { role: string; disabled: number; password_hash: string };
const userRow = (email: string) =>
  withE2eDb((db) => db.prepare("SELECT role, disabled, password_hash FROM users WHERE email = ?").get(email) as UserRow | undefined);

test("user administration actions and pages: only admins get through", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const adminSide = await signedInContext(browser, admin);
  const page: Page = adminSide.page;
  const target = `matrix-target-${Date.now()}@example.test`;
  const created = `matrix-created-${Date.now()}@example.test`;

  // Arrange: a target user, created through the admin page.
  await page.goto("/en/staff/users");
  const addForm = page.getByRole("region", { name: "Add a user" });
  await addForm.getByLabel("Email").fill(target);
  await addForm.getByLabel("Temporary password").fill("Mandalay-Rain-Season-2023");
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByRole("status")).toHaveText(`User ${target} added.`);
  await page.reload();

  // The forms as the admin sees them (hidden $ACTION fields included), filled in: adding on the
  // list, role and password on the user's page, disabling on its confirmation page.
  await addForm.getByLabel("Email").fill(created);
  await addForm.getByLabel("Temporary password").fill("Mandalay-Rain-Season-2023");
  const userPage = await page.context().newPage();
  await openUser(userPage, target);
  // Full loads, so that the forms carry their server-rendered $ACTION fields (a client-side navigation renders none).
  await userPage.reload();
  await userPage.getByLabel(`Role of ${target}`).selectOption("admin");
  await userPage.getByLabel(`Temporary password for ${target}`).fill("Vientiane-River-Night-2023");
  const confirmPage = await page.context().newPage();
  await openUser(confirmPage, target);
  await confirmPage.getByRole("link", { name: `Disable: ${target}` }).click();
  await expect(confirmPage.getByRole("heading", { level: 1, name: `Disable ${target}?` })).toBeVisible();
  await confirmPage.reload();
  const forms = {
    create: await formFields(addForm.getByRole("button", { name: "Add user" })),
    role: await formFields(userPage.getByRole("button", { name: `Change role: ${target}` })),
    disable: await formFields(confirmPage.getByRole("button", { name: `Yes, disable ${target}` })),
    reset: await formFields(userPage.getByRole("button", { name: `Reset password: ${target}` })),
  };
  const paths = { create: "/en/staff/users", role: new URL(userPage.url()).pathname, disable: new URL(confirmPage.url()).pathname, reset: new URL(userPage.url()).pathname };
  const before = userRow(target)!;
  const effects = {
    create: () => userRow(created) !== undefined,
    role: () => userRow(target)!.role === "admin",
    disable: () => userRow(target)!.disabled === 1,
    reset: () => userRow(target)!.password_hash !== before.password_hash,
  };

  // The actors.
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  const editorSide = await signedInContext(browser, editor);
  const disabledSide = await signedInContext(browser, disabledEditor);
  setAccountDisabled(disabledEditor.email, true);
  const contexts: Record<Actor, BrowserContext> = { anonymous, editor: editorSide.context, disabled: disabledSide.context, admin: adminSide.context };

  // Pages first.
  const pageOutcomes: Record<Actor, number> = { anonymous: 307, editor: 403, disabled: 307, admin: 200 };
  for (const [actor, status] of Object.entries(pageOutcomes) as [Actor, number][]) {
    const response = await contexts[actor].request.get("/en/staff/users", { maxRedirects: 0 });
    expect(response.status(), `GET /en/staff/users as ${actor}`).toBe(status);
    if (status === 307) expect(response.headers()["location"]).toContain("/en/sign-in?callbackUrl=");
  }

  // Then every action, by every actor that must be refused, then by the admin.
  for (const [name, fields] of Object.entries(forms) as [keyof typeof forms, Record<string, string>][]) {
    const path = paths[name];
    for (const actor of ["anonymous", "editor", "disabled"] as const) {
      const result = await postActionForm(contexts[actor], path, fields, baseURL!);
      expect(effects[name](), `${name} as ${actor} must not run`).toBe(false);
      // The re-rendered page refuses too: sign-in for no valid session, 403 for the wrong role.
      if (actor === "editor") expect(result.status, `${name} as editor`).toBe(403);
      else expect([303, 307], `${name} as ${actor}`).toContain(result.status);
    }
    const result = await postActionForm(contexts.admin, path, fields, baseURL!);
    expect(result.status, `${name} as admin`).toBe(200);
    expect(effects[name](), `${name} as admin must run`).toBe(true);
  }

  setAccountDisabled(disabledEditor.email, false);
  for (const context of Object.values(contexts)) await context.close();
});

test("the own-password action refuses visitors without a valid session", async ({ browser, baseURL }) => {
  const owner = await signedInContext(browser, disabledEditor);
  await owner.page.goto("/en/staff/account");
  const main = owner.page.getByRole("main");
  await main.getByLabel("Current password").fill(disabledEditor.password);
  await main.getByLabel("New password", { exact: true }).fill("Yangon-Pagoda-Gold-Dawn-2023");
  await main.getByLabel("New password again").fill("Yangon-Pagoda-Gold-Dawn-2023");
  const fields = await formFields(main.getByRole("button", { name: "Change password" }));
  const before = userRow(disabledEditor.email)!.password_hash;

  const anonymous = await browser.newContext();
  const anonymousResult = await postActionForm(anonymous, "/en/staff/account", fields, baseURL!);
  expect([303, 307]).toContain(anonymousResult.status);
  setAccountDisabled(disabledEditor.email, true);
  const disabledResult = await postActionForm(owner.context, "/en/staff/account", fields, baseURL!);
  expect([303, 307]).toContain(disabledResult.status);
  expect(userRow(disabledEditor.email)!.password_hash).toBe(before);
  setAccountDisabled(disabledEditor.email, false);
  await anonymous.close();
  await owner.context.close();
});

test("a server action posted from another origin is refused", async ({ browser, baseURL }) => {
  const adminSide = await signedInContext(browser, admin);
  const page = adminSide.page;
  await openUser(page, staffAccounts.editor2.email);
  await page.reload();
  await page.getByLabel(`Role of ${staffAccounts.editor2.email}`).selectOption("admin");
  const fields = await formFields(page.getByRole("button", { name: `Change role: ${staffAccounts.editor2.email}` }));
  const response = await adminSide.context.request.post(new URL(page.url()).pathname, { multipart: fields, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(userRow(staffAccounts.editor2.email)!.role).toBe("editor");
  expect(baseURL).toBeTruthy();
  await adminSide.context.close();
});
