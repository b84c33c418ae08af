import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { readQrCode } from "./fixtures/qr";

/** Link previews, structured data, QR codes, copy link, icons and the addresses search engines read (issue 19, items 3–6 and 8). */

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");

for (const lang of ["en", "ja"] as const) {
  const other = lang === "en" ? "ja" : "en";

  test.describe(`previews and search engines (${lang})`, () => {
    for (const path of ["", "/calendar/2023-11", "/year", "/feeds", "/changes", "/countries", "/countries/jp", "/countries/jp/agenda", "/youth-program", "/youth-program/agenda", "/events/commemorative-summit-2023"]) {
      test(`/${lang}${path} announces itself with absolute addresses and a preview card`, async ({ page, baseURL }) => {
        await page.goto(`/${lang}${path}`);
        const url = `${baseURL}/${lang}${path}`;
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute("href", `${baseURL}/${other}${path}`);
        await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute("href", url);
        await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
        expect(await meta(page, "og:url")).toBe(url);
        expect(await meta(page, "og:title")).toBeTruthy();
        expect(await meta(page, "og:description")).toBeTruthy();
        expect(await meta(page, "og:locale")).toBe(lang === "ja" ? "ja_JP" : "en_GB");
        expect(await meta(page, "og:locale:alternate")).toBe(lang === "ja" ? "en_GB" : "ja_JP");
        expect(await meta(page, "twitter:card")).toBe("summary_large_image");
        const image = (await meta(page, "og:image"))!;
        expect(image.startsWith(`${baseURL}/og/${lang}/`)).toBe(true);
        const response = await page.request.get(image);
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toBe("image/png");
      });
    }

    test("the preview image of an event is drawn in the page's language, and is not blank", async ({ page, request }) => {
      await page.goto(`/${lang}/events/commemorative-summit-2023`);
      const ownImage = await request.get((await meta(page, "og:image"))!);
      const png = PNG.sync.read(await ownImage.body());
      expect([png.width, png.height]).toEqual([1200, 630]);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
      expect(colours.size).toBeGreaterThan(10);
      const otherImage = await request.get(`/og/${other}/events/commemorative-summit-2023.png`);
      expect((await otherImage.body()).equals(await ownImage.body())).toBe(false);
      expect((await request.get(`/og/${lang}/events/no-such-event.png`)).status()).toBe(404);
    });

    test("an event page carries its schema.org Event, named and addressed as the page", async ({ page, baseURL }) => {
      await page.goto(`/${lang}/events/commemorative-summit-2023`);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld["@context"]).toBe("https://schema.org");
      expect(ld["@type"]).toBe("Event");
      expect(ld.url).toBe(`${baseURL}/${lang}/events/commemorative-summit-2023`);
      expect(ld.inLanguage).toBe(lang);
      expect(ld.name).toBe((await page.locator("h1").textContent())?.trim());
      expect(ld.startDate).toBe("2023-12-17");
      expect(ld.eventStatus).toBe("https://schema.org/EventScheduled");
    });
  });

  test.describe(`QR codes and copy link (${lang})`, () => {
    test("each feed on the feeds page has a QR code that reads back as its address", async ({ page, baseURL }) => {
      // Every card's code is scrolled to, loaded and read back.
      test.slow();
      await page.goto(`/${lang}/feeds`);
      const feeds = page.locator(".subscribe-choices");
      expect(await feeds.count()).toBeGreaterThan(5);
      for (const feed of await feeds.all()) {
        const address = (await feed.locator("a.url").textContent())!;
        expect(address.startsWith(`${baseURL}/feeds/`)).toBe(true);
        expect(await readQrCode(feed.locator(".qr-code"))).toBe(address);
      }
    });

    test("the QR code of a view's feed and of an event page read back as their addresses", async ({ page, baseURL }) => {
      await page.goto(`/${lang}/calendar/2023-10?sector=tourism`);
      await page.locator(".subscribe-view > summary").click();
      expect(await readQrCode(page.locator(".subscribe-view .qr-code"))).toBe(`${baseURL}/feeds/filter.ics?sector=tourism&lang=${lang}`);
      await page.goto(`/${lang}/events/commemorative-summit-2023`);
      expect(await readQrCode(page.locator(".share-link .qr-code"))).toBe(`${baseURL}/${lang}/events/commemorative-summit-2023`);
      await page.goto(`/${lang}/youth-program/agenda`);
      expect(await readQrCode(page.locator(".agenda-feed .qr-code"))).toBe(`${baseURL}/feeds/youth.ics?lang=${lang}`);
    });

    test("copy link copies with JavaScript, and without it the address is a field to select", async ({ browser, baseURL }) => {
      const url = `${baseURL}/${lang}/events/commemorative-summit-2023`;
      const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole("button", { name: /Copy the link to this page|このページのリンクをコピー/ }).click();
      await expect(page.locator(".share-link [role=status]")).not.toBeEmpty();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      await context.close();

      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(url);
      await expect(plain.getByRole("textbox", { name: /Link to this page|このページのリンク/ })).toHaveValue(url);
      await expect(plain.locator(".share-link button")).toBeHidden();
      await noScript.close();
    });
  });
}

test.describe("icons and sitemap", () => {
  test("favicon.ico, the apple-touch-icon and the web manifest with its icons are served", async ({ page, request }) => {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toBe("image/x-icon");
    await page.goto("/en");
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect((await request.get(apple!)).headers()["content-type"]).toBe("image/png");
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await request.get(manifestHref!)).json();
    expect(manifest.icons.length).toBeGreaterThan(2);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });

  test("the sitemap names each page in both languages and x-default, with absolute addresses", async ({ request, baseURL }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml).toContain(`<loc>${baseURL}/en/calendar/2023-11</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/ja/year</loc>`);
    expect(xml).toContain(`hreflang="ja" href="${baseURL}/ja/calendar/2023-11"`);
    expect(xml).toContain(`hreflang="x-default" href="${baseURL}/"`);
    expect(xml).not.toMatch(/href="\//);
  });
});
