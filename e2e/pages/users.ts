import type { Page } from "@playwright/test";

/** Opens a user's own page (its actions) from the users list, found by a search for the email. */
export async function openUser(page: Page, email: string, locale: "en" | "ja" = "en"): Promise<void> {
  await page.goto(`/${locale}/staff/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: email, exact: true }).click();
  await page.waitForURL(new RegExp(`/${locale}/staff/users/\\d+$`));
}
