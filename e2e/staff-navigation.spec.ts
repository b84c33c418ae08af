import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";

/** The staff navigation shows each user only what their role opens: every link it shows answers 200. */
for (const [name, account, expected] of [
  ["editor", staffAccounts.editor, { en: ["Events", "Import", "My account"], ja: ["イベント", "取り込み", "アカウント"] }],
  ["admin", staffAccounts.admin, { en: ["Events", "History", "Import", "Users", "Countries", "My account"], ja: ["イベント", "履歴", "取り込み", "ユーザー", "国の情報", "アカウント"] }],
] as const) {
  test(`the staff navigation of an ${name} holds only pages that open, in both languages`, async ({ browser }) => {
    const { context, page } = await signedInContext(browser, account);
    for (const locale of ["en", "ja"] as const) {
      await page.goto(`/${locale}/staff`);
      const nav = page.getByRole("navigation", { name: locale === "en" ? "Staff" : "スタッフ" });
      const links = nav.getByRole("link");
      await expect(links).toHaveText([...expected[locale]]);
      for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!))) {
        expect((await page.request.get(href)).status(), href).toBe(200);
      }
    }
    await context.close();
  });
}
