import { expect, test, type Page } from "@playwright/test";
import iconv from "iconv-lite";
import { MINISTRY_CALENDAR_UIDS, ministryCalendar } from "../lib/testing/ministry-calendar";
import { openApiValidator } from "../lib/testing/openapi-validator";
import { expectNoSeriousA11yViolations } from "./fixtures/axe";
import { withE2eDb } from "./fixtures/e2e-db";
import { signIn, signedInContext, uniqueClientAddress } from "./fixtures/auth";
import { staffAccounts } from "./fixtures/staff-accounts";
import { uniqueTitle } from "./pages/event-editor";

/**
 * Data in and out: an editor imports a spreadsheet as Japanese Excel saves it, sees the preview
 * with an invalid row, fixes the file, applies it and finds the events as drafts; an admin undoes
 * the batch. A ministry's calendar is imported. An export imported again changes nothing. The
 * API's answers conform to its OpenAPI document.
 */
type Row = { id: number; status: string; title_ja: string; deleted_at: number | null };
const eventsTitled = (prefix: string) => withE2eDb((db) => db.prepare("SELECT id, status, title_ja, deleted_at FROM events WHERE title_ja LIKE ? ORDER BY id").all(`${prefix}%`) as Row[]);
const eventCount = () => withE2eDb((db) => (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n);

/** A CSV as Japanese Excel's "CSV (comma delimited)" writes it: Shift_JIS (CP932), CRLF, no byte-order mark. */
function excelJaCsv(rows: string[][]): Buffer {
  return iconv.encode(rows.map((r) => r.join(",")).join("\r\n") + "\r\n", "cp932");
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string, button: string) {
  await page.getByLabel(/ファイル（CSVまたは\.ics）|File \(CSV or \.ics\)/).setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: button }).click();
}

test("an editor imports Excel-ja's Shift_JIS CSV: preview with an invalid row, fix, apply as drafts; an admin undoes the batch", async ({ browser }) => {
  test.setTimeout(120_000);
  const prefix = uniqueTitle("E2E取込");
  const header = ["名称（日本語）", "名称（英語）", "種別", "分野", "開催地", "開始日", "開始時刻", "終了時刻", "会場（日本語）"];
  const rows = (secondDate: string) => [
    header,
    [`${prefix}①防災会合`, "Disaster Meeting", "会合", "防災", "タイ", "2023/10/11", "9:00", "12:00", "バンコク会議場"],
    [`${prefix}②髙橋フォーラム`, "", "行事", "経済", "日本", secondDate, "", "", "東京"],
  ];
  const editor = await signedInContext(browser, staffAccounts.editor, "ja");
  const page = editor.page;
  const before = eventCount();
  await page.goto("/ja/staff/import");
  await expect(page.getByRole("heading", { level: 1, name: "行事の取り込み" })).toBeVisible();

  await upload(page, "行事一覧.csv", excelJaCsv(rows("2023/11/31")), "text/csv", "プレビューを表示");
  const preview = page.getByRole("region", { name: /行事一覧\.csv のプレビュー/ });
  await expect(preview).toContainText("Shift_JIS（日本語版Excelの「CSV」）として読み込みました");
  await expect(preview).toContainText("新規 1件・更新 0件・変更なし 0件・エラー 1件・スキップ 0件");
  const invalid = preview.locator("tr[data-outcome=invalid]");
  await expect(invalid).toHaveCount(1);
  await expect(invalid.getByRole("rowheader")).toHaveText("3");
  await expect(invalid).toContainText("開始日: 実在する日付を入力してください");
  await expect(preview).toContainText("正しくない行があります");
  await expect(preview.getByRole("button", { name: "取り込む" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect(eventCount()).toBe(before);

  await upload(page, "行事一覧.csv", excelJaCsv(rows("2023/11/30")), "text/csv", "プレビューを表示");
  await expect(preview).toContainText("新規 2件・更新 0件・変更なし 0件・エラー 0件・スキップ 0件");
  await expect(preview.locator("tr[data-outcome=create]").first()).toContainText("2023年10月11日(水)");
  await expect(preview.locator("tr[data-outcome=create]").nth(1)).toContainText("2023年11月30日(木)");
  expect(eventCount()).toBe(before);
  await preview.getByRole("button", { name: "取り込む" }).click();

  await page.waitForURL(/\/ja\/staff\/import\/\d+\?done=applied/);
  await expect(page.getByRole("status")).toHaveText("ファイルを取り込みました。");
  const batchUrl = new URL(page.url()).pathname;
  const imported = eventsTitled(prefix);
  expect(imported.map((e) => [e.title_ja, e.status])).toEqual([
    [`${prefix}①防災会合`, "draft"],
    [`${prefix}②髙橋フォーラム`, "draft"],
  ]);
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(`${prefix}①防災会合.*下書き`) })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`${prefix}②髙橋フォーラム.*下書き`) })).toBeVisible();
  await expect(page.getByRole("button", { name: "この取り込みを取り消す" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  const admin = await signedInContext(browser, staffAccounts.admin, "ja");
  await admin.page.goto(batchUrl);
  await admin.page.getByRole("button", { name: "この取り込みを取り消す" }).click();
  await admin.page.waitForURL(/done=undone/);
  await expect(admin.page.getByRole("status")).toHaveText("取り込みを取り消しました。");
  await expect(admin.page.getByRole("table")).toContainText("取り消しにより削除");
  expect(eventsTitled(prefix)).toEqual([]);
  const log = withE2eDb((db) => db.prepare("SELECT action FROM audit_log WHERE batch_id = ? ORDER BY id").all(Number(batchUrl.split("/").pop())) as { action: string }[]);
  expect(log.map((e) => e.action)).toEqual(["event.import", "event.import", "import.apply", "event.import_undo", "event.import_undo", "import.undo"]);
  await editor.context.close();
  await admin.context.close();
});

test("a file that cannot be imported gets a clear message in the page's language, and nothing is written", async ({ browser }) => {
  // Five uploads, one of them 20 MB handed to the browser: about 20 s alone on two cores, over 30 s on a busy machine.
  test.slow();
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const before = eventCount();
  const alert = () => page.getByRole("main").getByRole("alert");
  await page.goto("/en/staff/import");
  await upload(page, "schedule.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Show the preview");
  await expect(alert()).toContainText("This is an Excel workbook (.xlsx), not a CSV file.");
  await upload(page, "euc.csv", iconv.encode("名称（日本語）,種別,分野,開催地,開始日\r\n日本語の会議,会合,経済,日本,2023/1/1\r\n", "euc-jp"), "text/csv", "Show the preview");
  await expect(alert()).toContainText("EUC-JP");
  await upload(page, "x.csv", Buffer.from("Title (English),Type,Colour\r\nx,meeting,red\r\n"), "text/csv", "Show the preview");
  await expect(alert()).toContainText("These columns are unknown: Colour");
  await upload(page, "x.csv", Buffer.from("Title (English),Type,Sector,Host,Start date\r\n=HYPERLINK(\"http://x\"),meeting,economy,JP,2023-01-01\r\n"), "text/csv", "Show the preview");
  await expect(page.locator("tr[data-outcome=invalid]")).toContainText("Title (English): This cell holds a spreadsheet formula");
  // A 20 MB file is named before it is sent (the server refuses it too: see the API below).
  await page.getByLabel("File (CSV or .ics)").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(20 * 1024 * 1024, 0x61) });
  await expect(alert()).toContainText("This file is larger than 10 MB");
  await expect(page.getByRole("button", { name: "Show the preview" })).toBeDisabled();
  expect(eventCount()).toBe(before);
  await context.close();
});

test("without JavaScript too: a 20 MB file and a 50,000-row file are refused by the server with the reason", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  const page = await context.newPage();
  await signIn(page, staffAccounts.editor);
  const before = eventCount();
  await page.goto("/en/staff/import");
  await upload(page, "big.csv", Buffer.alloc(20 * 1024 * 1024, 0x61), "text/csv", "Show the preview");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The file is larger than 10 MB.");
  const many = `Title (English),Type,Sector,Host,Start date\r\n${"x,meeting,economy,JP,2023-01-01\r\n".repeat(50_000)}`;
  await upload(page, "many.csv", Buffer.from(many), "text/csv", "Show the preview");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The file has 50,000 rows; at most 10,000 can be imported at once.");
  expect(eventCount()).toBe(before);
  await context.close();
});

test("a ministry's calendar imports: timed, all-day and UTC events told apart, repeating and cancelled ones skipped visibly", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  await page.goto("/en/staff/import");
  await page.getByLabel("Language of the calendar's titles and texts").selectOption("ja");
  await page.getByLabel("Sector of the new events").selectOption({ label: "Foreign affairs" });
  const calendar = ministryCalendar().replaceAll("@mofa.example.jp", `@${Date.now()}.mofa.example.jp`);
  await upload(page, "mofa.ics", Buffer.from(calendar), "text/calendar", "Show the preview");
  const preview = page.getByRole("region", { name: /Preview of mofa\.ics/ });
  await expect(preview).toContainText("Calendar file (iCalendar), read as UTF-8.");
  await expect(preview).toContainText("4 new · 0 changed · 0 unchanged · 0 not valid · 3 skipped");
  await expect(preview.locator("tr[data-outcome=skipped]").nth(0)).toContainText("A repeating event (RRULE or RDATE) is not supported: it was skipped.");
  await expect(preview.locator("tr[data-outcome=skipped]").nth(1)).toContainText("RECURRENCE-ID");
  await expect(preview.locator("tr[data-outcome=skipped]").nth(2)).toContainText("STATUS:CANCELLED");
  await expect(preview.locator("tr[data-outcome=create]").nth(0)).toContainText("Mon 16 Oct 2023 14:00–17:30 (UTC+9)");
  await expect(preview.locator("tr[data-outcome=create]").nth(1)).toContainText("Wed 8 – Fri 10 Nov 2023");
  await preview.getByRole("button", { name: "Import now" }).click();
  await page.waitForURL(/done=applied/);
  const uid = MINISTRY_CALENDAR_UIDS.timed.replace("@mofa.example.jp", "");
  const stored = withE2eDb((db) => db.prepare("SELECT status, time_zone, start_at, sector FROM events WHERE uid LIKE ?").get(`${uid}@%`)) as Record<string, unknown>;
  expect(stored).toEqual({ status: "draft", time_zone: "Asia/Tokyo", start_at: Date.parse("2023-10-16T05:00:00Z"), sector: "foreign-affairs" });
  // The same calendar again changes nothing.
  await page.goto("/en/staff/import");
  await upload(page, "mofa.ics", Buffer.from(calendar), "text/calendar", "Show the preview");
  await expect(page.getByRole("region", { name: /Preview of mofa\.ics/ })).toContainText("0 new · 0 changed · 4 unchanged · 0 not valid · 3 skipped");
  await context.close();
});

test("the export round trip: a view exported as CSV previews as unchanged, every row", async ({ browser, request }) => {
  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  for (const lang of ["ja", "en"] as const) {
    const exported = await request.get(`/export/events.csv?type=meeting&lang=${lang}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const bytes = await exported.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString("utf8").trimEnd().split("\r\n").length - 1;
    expect(rows).toBeGreaterThan(10);
    await page.goto(`/${lang}/staff/import`);
    await upload(page, "export.csv", bytes, "text/csv", lang === "ja" ? "プレビューを表示" : "Show the preview");
    const summary = lang === "ja" ? `新規 0件・更新 0件・変更なし ${rows}件・エラー 0件・スキップ 0件` : `0 new · 0 changed · ${rows} unchanged · 0 not valid · 0 skipped`;
    await expect(page.getByRole("main")).toContainText(summary);
    await expect(page.locator("tr[data-outcome]:not([data-outcome=unchanged])")).toHaveCount(0);
  }
  await context.close();
});

test("the API's answers conform to its OpenAPI document, public and staff", async ({ browser, request, baseURL }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.info.description).toContain(`Origin: ${baseURL}`);
  const validator = openApiValidator(doc);
  const conform = async (path: string, url: string, method = "get", status = 200, response?: { status(): number; json(): Promise<unknown> }) => {
    const res = response ?? (await request.get(url));
    expect(res.status(), url).toBe(status);
    expect(validator.errors(path, method, status, await res.json()), url).toEqual([]);
  };
  await conform("/api/v1/events", "/api/v1/events?limit=500");
  await conform("/api/v1/events", "/api/v1/events?country=unstated&month=2023-12");
  await conform("/api/v1/events", "/api/v1/events?sector=space", "get", 400);
  await conform("/api/v1/events/{slug}", "/api/v1/events/special-tourism-ministers-dialogue-2023");
  await conform("/api/v1/events/{slug}", "/api/v1/events/no-such-event", "get", 404);
  await conform("/api/v1/countries", "/api/v1/countries");
  await conform("/api/v1/programs", "/api/v1/programs");
  await conform("/api/v1/changes", "/api/v1/changes?limit=50");
  await conform("/api/v1/changes", "/api/v1/changes?sector=tourism&since=2023-01-01");
  await conform("/api/v1/changes", "/api/v1/changes?since=2023-02-30", "get", 400);
  await conform("/export/events.{format}", "/export/events.json?program=youth-exchange-program-2023");
  for (const url of ["/api/v1/events?type=program", "/api/v1/changes?type=program"]) {
    const first = await request.get(url);
    const poll = await request.get(url, { headers: { "if-none-match": first.headers()["etag"] } });
    expect(poll.status(), url).toBe(304);
    expect(poll.headers()["access-control-allow-origin"]).toBe("*");
  }

  const { context, page } = await signedInContext(browser, staffAccounts.editor);
  const staff = page.request;
  const headers = { origin: baseURL!, "x-requested-with": "fetch" };
  const base = { kind: "meeting", sector: "economy", host: "TH", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00", timeZone: "Asia/Bangkok" };
  const created = await staff.post("/api/staff/events", { data: { ...base, titleEn: uniqueTitle("E2E OpenAPI") }, headers });
  const { event } = await created.json();
  expect(validator.errors("/api/staff/events", "post", 201, { event })).toEqual([]);
  await conform("/api/staff/events/{id}/publish", "", "post", 200, await staff.post(`/api/staff/events/${event.id}/publish`, { data: { version: 1 }, headers }));
  await conform("/api/staff/events/{id}/cancel", "", "post", 200, await staff.post(`/api/staff/events/${event.id}/cancel`, { data: { version: 2, cancelReason: "台風", cancelReasonEn: "Typhoon" }, headers }));
  // The changelog has both steps at once, the reason in each language.
  const changelog = await request.get(`/api/v1/changes?q=${encodeURIComponent(event.titleEn)}`);
  await conform("/api/v1/changes", "", "get", 200, changelog);
  expect((await changelog.json()).data.map((c: { items: { type: string; reason?: unknown }[] }) => c.items[0])).toEqual([
    { type: "cancelled", reason: { ja: "台風", en: "Typhoon" }, text: { ja: "中止（理由：台風）", en: "cancelled (reason: Typhoon)" } },
    { type: "published", text: { ja: expect.any(String), en: "added to the schedule" } },
  ]);
  await conform("/api/staff/events/{id}/cancel", "", "post", 409, await staff.post(`/api/staff/events/${event.id}/cancel`, { data: { version: 2, cancelReason: "x" }, headers }));
  await conform("/api/staff/events/{id}/history", "", "get", 200, await staff.get(`/api/staff/events/${event.id}/history`));
  const preview = await staff.post("/api/staff/import", { multipart: { file: { name: "mofa.ics", mimeType: "text/calendar", buffer: Buffer.from(ministryCalendar().replaceAll("@mofa", `@${Date.now()}.mofa`)) } }, headers });
  await conform("/api/staff/import", "", "post", 200, preview);
  const tooLarge = await staff.post("/api/staff/import", { multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(20 * 1024 * 1024, 0x61) } }, headers });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).problem.message).toEqual({ ja: "ファイルが10MBを超えています。複数のファイルに分けて、順に取り込んでください。", en: "The file is larger than 10 MB. Split it into several files and import them one after the other." });
  // The configured origin, exactly: another spelling of this host is refused, naming the one to send.
  const otherOrigin = baseURL!.replace("127.0.0.1", "localhost");
  const refused = await staff.post(`/api/staff/events/${event.id}/uncancel`, { data: { version: 3 }, headers: { ...headers, origin: otherOrigin } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toContain(`send Origin: ${baseURL}`);
  await context.close();
});

test("the developers page, in both languages: the API, examples with this site's address, the Origin to send", async ({ page, baseURL }) => {
  for (const [lang, heading, origin] of [["ja", "開発者向けデータ", "と、スキーム・ホスト・ポートまで完全に一致"], ["en", "Data for developers", "exactly as written: scheme, host and port"]] as const) {
    const response = await page.goto(`/${lang}/developers`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("main")).toContainText("GET /api/v1/changes");
    await expect(page.getByRole("main")).toContainText(`curl '${baseURL}/api/v1/events?country=TH&limit=20'`);
    await expect(page.getByRole("main")).toContainText(`await fetch("${baseURL}/api/v1/events?month=2023-12&limit=100")`);
    await expect(page.getByRole("main")).toContainText(`Origin: ${baseURL}`);
    await expect(page.getByRole("main")).toContainText(origin);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole("link", { name: "OpenAPI 文書" }).or(page.getByRole("link", { name: "OpenAPI document" })).click();
  expect(JSON.parse(await page.locator("body").innerText()).openapi).toBe("3.1.0");
  // Every public page links to it, and the schedule offers its view as downloads.
  await page.goto("/en?sector=tourism");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /Data for developers/ })).toHaveAttribute("href", "/en/developers");
  await expect(page.getByRole("link", { name: "CSV (Excel)" })).toHaveAttribute("href", "/export/events.csv?sector=tourism&lang=en");
});

test("the month calendar and the year timeline offer their views as downloads", async ({ page, request }) => {
  await page.goto("/en/calendar/2023-10?sector=tourism");
  const csv = page.getByRole("link", { name: "CSV (Excel)" });
  await expect(csv).toHaveAttribute("href", "/export/events.csv?sector=tourism&month=2023-10&lang=en");
  const json = await request.get((await page.getByRole("link", { name: "JSON" }).first().getAttribute("href"))!);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toContain("application/json");
  expect(JSON.stringify(await json.json())).toContain("Tourism");
  await page.goto("/ja/year?country=TH");
  await expect(page.getByRole("link", { name: "iCalendar", exact: true })).toHaveAttribute("href", "/export/events.ics?country=TH&lang=ja");
});
