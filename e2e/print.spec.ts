import { expect, test, type Page } from "@playwright/test";
import { arrangeEvent } from "./fixtures/public-events";

/** Every public view on paper (issue 19, item 7): A4 width, no navigation, forms or buttons, the filters first, addresses as text. */
const A4 = { width: 794, height: 1123 };

const SHOWING = { en: /^Showing: .*Sector: Tourism/, ja: /^表示中の条件：.*分野：観光/ } as const;

async function printed(page: Page, path: string) {
  await page.setViewportSize(A4);
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".site-nav", ".language-switch", ".skip-link", "form", ".view-switch", ".rows-switch", ".month-nav", ".subscribe-view", ".back-link", ".subscribe-choices__links"]) {
    for (const element of await page.locator(hidden).all()) await expect(element, `${path}: ${hidden}`).toBeHidden();
  }
  const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
  expect(await visible("button"), `${path}: buttons on paper`).toBe(0);
  expect(await visible("input"), `${path}: fields on paper`).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${path}: wider than A4`).toBe(true);
}

/** Each event linked in `scope` has its absolute address printed as text on the page. */
async function expectEventUrlsPrinted(page: Page, scope: string, baseURL: string) {
  const links = await page.locator(`${scope} a[href*="/events/"]:visible`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length, `${scope}: event links`).toBeGreaterThan(0);
  const printedUrls = new Set(await page.locator(".printed-url:visible, .agenda-event__url:visible").allInnerTexts());
  const texts = [...printedUrls].join("\n");
  for (const path of links) expect(texts, `${scope}: printed address of ${path}`).toContain(`${baseURL}${path}`);
}

/** The filters in force come before the first thing listed. */
async function expectFiltersFirst(page: Page, lang: "en" | "ja", first: string) {
  const filters = page.locator(".filters-in-force");
  await expect(filters).toBeVisible();
  await expect(filters).toHaveText(SHOWING[lang]);
  const [f, item] = [await filters.boundingBox(), await page.locator(first).first().boundingBox()];
  expect(f!.y).toBeLessThan(item!.y);
}

for (const lang of ["en", "ja"] as const) {
  test.describe(`print (${lang})`, () => {
    test("the filtered list: filters first, months on their own pages, the feed and each event's address as text", async ({ page, baseURL }) => {
      await printed(page, `/${lang}?sector=tourism`);
      await expectFiltersFirst(page, lang, ".event-row");
      await expect(page.locator(".print-only", { hasText: `${baseURL}/feeds/filter.ics?sector=tourism&lang=${lang}` })).toBeVisible();
      await expectEventUrlsPrinted(page, ".event-list", baseURL!);
      await printed(page, `/${lang}`);
      const breaks = await page.locator(".month").evaluateAll((months) => months.map((m) => getComputedStyle(m).breakBefore));
      expect(breaks.length).toBeGreaterThan(3);
      expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
    });

    test("the month and the year: filters first, the page's and the feed's addresses, the year's events with theirs", async ({ page, baseURL }) => {
      await printed(page, `/${lang}/calendar/2023-10?sector=tourism`);
      await expectFiltersFirst(page, lang, ".cal");
      await expect(page.getByText(`${baseURL}/${lang}/calendar/2023-10?sector=tourism`)).toBeVisible();
      await expectEventUrlsPrinted(page, ".cal", baseURL!);
      await printed(page, `/${lang}/calendar/2023-12`);
      await expectEventUrlsPrinted(page, ":is(.cal, .cal-tbc)", baseURL!);
      await printed(page, `/${lang}/year?sector=tourism`);
      await expectFiltersFirst(page, lang, ".timeline-scroll");
      await expect(page.getByText(`${baseURL}/${lang}/year?sector=tourism`)).toBeVisible();
      await expectEventUrlsPrinted(page, ".timeline-list", baseURL!);
    });

    test("an event, a country and the youth program: their addresses, the events' addresses, the feeds' addresses", async ({ page, baseURL }) => {
      await printed(page, `/${lang}/events/commemorative-summit-2023`);
      await expect(page.getByText(`${baseURL}/${lang}/events/commemorative-summit-2023`)).toBeVisible();
      await expect(page.locator(".qr-code").first()).toBeVisible();
      await printed(page, `/${lang}/countries/jp`);
      await expectEventUrlsPrinted(page, ".event-list", baseURL!);
      await printed(page, `/${lang}/youth-program`);
      await expect(page.getByText(`${baseURL}/feeds/youth.ics?lang=${lang}`).first()).toBeVisible();
      await expectEventUrlsPrinted(page, "#itinerary ~ *", baseURL!);
      await printed(page, `/${lang}/feeds`);
      await expect(page.getByText(`${baseURL}/feeds/all.ics?lang=${lang}`).first()).toBeVisible();
      // The feeds' QR codes are images loaded when scrolled to: printing loads every one of them.
      const loaded = () => page.locator(".qr-code").evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length);
      const codes = await page.locator(".qr-code").count();
      expect(await loaded(), "QR codes below the first screen wait to be scrolled to").toBeLessThan(codes);
      await page.pdf({ format: "A4" });
      await expect.poll(loaded, { message: "every QR code is loaded for paper" }).toBe(codes);
      await printed(page, `/${lang}/countries`);
    });

    test("the printable agendas of a country and of the youth program, reached from their pages", async ({ page, baseURL }) => {
      await page.goto(`/${lang}/countries/jp`);
      await page.getByRole("link", { name: /Printable agenda|印刷用/ }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/countries/jp/agenda$`));
      await printed(page, `/${lang}/countries/jp/agenda`);
      await expect(page.getByText(`${baseURL}/feeds/country/JP.ics?lang=${lang}`)).toBeVisible();
      await expectEventUrlsPrinted(page, ".agenda", baseURL!);

      await page.emulateMedia({ media: "screen" });
      await page.goto(`/${lang}/youth-program`);
      await page.getByRole("link", { name: /Printable agenda|印刷用/ }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/youth-program/agenda$`));
      await printed(page, `/${lang}/youth-program/agenda`);
      await expect(page.getByText(`${baseURL}/feeds/youth.ics?lang=${lang}`)).toBeVisible();
      await expectEventUrlsPrinted(page, ".agenda", baseURL!);
    });
  });
}

test("a printed month lists the addresses of the events its grid draws, not of every event of a crowded day", async ({ page }) => {
  // Eight events on one day: the grid draws six and links to the rest in the list.
  for (let i = 1; i <= 8; i++) arrangeEvent({ slug: `e2e-crowded-day-${i}`, titleJa: `混雑した日 ${i}`, titleEn: `Crowded day ${i}`, status: "published", date: "2023-02-14" });
  await page.emulateMedia({ media: "print" });
  await page.goto("/en/calendar/2023-02");
  await expect(page.locator(".cal-day__more")).toContainText("+2 more");
  const printed = page.locator(".cal-addresses li").filter({ hasText: "Crowded day" });
  await expect(printed).toHaveCount(6);
});
