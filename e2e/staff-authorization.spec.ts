import { expect, test, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { formFields, postActionForm, setAccountDisabled, signIn, signedInContext, uniqueClientAddress } from "./fixtures/auth";
import { withE2eDb } from "./fixtures/e2e-db";
import { staffAccounts } from "./fixtures/staff-accounts";
import { fillEventForm, uniqueTitle } from "./pages/event-editor";

/**
 * Authorization matrix for event editing. Every mutating server action is submitted through its
 * real form by an editor (the form's fields, hidden $ACTION ones included, are captured), then
 * posted again as a browser without JavaScript would by an anonymous visitor, a signed-in user
 * who was then disabled, an editor and an admin: the database shows whether it ran. The JSON API
 * and the pages are checked for the same four actors.
 */
type Actor = "anonymous" | "disabled" | "editor" | "admin";
type Row = { version: number; status: string; deleted_at: number | null; title_en: string; sort_order: number };

const row = (id: number) =>
  withE2eDb((db) => db.prepare("SELECT version, status, deleted_at, title_en, sort_order FROM events WHERE id = ?").get(id) as Row);
const countWhere = (sql: string, ...args: unknown[]) => withE2eDb((db) => (db.prepare(`SELECT count(*) AS n FROM events WHERE ${sql}`).get(...args) as { n: number }).n);
const youthProgramId = () => withE2eDb((db) => (db.prepare("SELECT id FROM programs ORDER BY id LIMIT 1").get() as { id: number }).id);

const base = { kind: "meeting", sector: "economy", countryCode: "TH", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00", timeZone: "Asia/Bangkok" };

function api(request: APIRequestContext, baseURL: string) {
  const headers = { origin: baseURL, "x-requested-with": "fetch" };
  return {
    async create(body: Record<string, unknown>): Promise<number> {
      const response = await request.post("/api/staff/events", { data: { ...base, titleEn: uniqueTitle("E2E Matrix"), ...body }, headers });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()).event.id;
    },
    async patch(id: number, body: Record<string, unknown>): Promise<void> {
      const response = await request.patch(`/api/staff/events/${id}`, { data: body, headers });
      expect(response.status(), await response.text()).toBe(200);
    },
    async post(path: string, body: Record<string, unknown>): Promise<void> {
      const response = await request.post(path, { data: body, headers });
      expect(response.status(), await response.text()).toBe(200);
    },
    async remove(id: number): Promise<void> {
      const version = withE2eDb((db) => (db.prepare("SELECT version FROM events WHERE id = ?").get(id) as { version: number }).version);
      const response = await request.delete(`/api/staff/events/${id}?version=${version}`, { headers });
      expect(response.status(), await response.text()).toBe(200);
    },
  };
}

type Case = {
  name: string;
  /** Puts an event in the state the action needs; returns the page to open and the row to watch. */
  arrange: (make: ReturnType<typeof api>) => Promise<{ pagePath: string; id: number; title?: string }>;
  fill?: (page: Page, target: { id: number; title?: string }) => Promise<void>;
  button: (page: Page, target: { id: number; title?: string }) => Locator;
  /** Fields to send instead of the button's (a confirmation step's answer). */
  override?: Record<string, string>;
  ran: (target: { id: number; title?: string; before: Row }) => boolean;
};

const edit = (id: number) => `/en/staff/events/${id}/edit`;

const cases: Case[] = [
  {
    name: "create",
    arrange: async () => ({ pagePath: "/en/staff/events/new", id: 0, title: uniqueTitle("E2E Matrix Created") }),
    fill: async (page, t) => fillEventForm(page, { titleEn: t.title, sector: "Economy", country: "Thailand", startDate: "2023-10-10", startTime: "10:00", endDate: "2023-10-10", endTime: "12:00" }),
    button: (page) => page.getByRole("button", { name: "Create as draft" }),
    ran: (t) => countWhere("title_en = ?", t.title) > 0,
  },
  {
    name: "update",
    arrange: async (make) => {
      const id = await make.create({});
      return { pagePath: edit(id), id, title: uniqueTitle("E2E Matrix Renamed") };
    },
    fill: async (page, t) => page.getByLabel("Title (English)").fill(t.title!),
    button: (page) => page.getByRole("button", { name: "Save changes" }),
    ran: (t) => row(t.id).title_en === t.title,
  },
  {
    name: "duplicate",
    arrange: async (make) => {
      const id = await make.create({});
      return { pagePath: edit(id), id };
    },
    button: (page) => page.getByRole("button", { name: "Duplicate as a new draft" }),
    ran: (t) => countWhere("slug LIKE (SELECT slug FROM events WHERE id = ?) || '-copy%'", t.id) > 0,
  },
  {
    name: "publish",
    arrange: async (make) => {
      const id = await make.create({});
      return { pagePath: edit(id), id };
    },
    button: (page) => page.getByRole("button", { name: "Publish", exact: true }),
    ran: (t) => row(t.id).status === "published",
  },
  {
    name: "unpublish",
    arrange: async (make) => {
      const id = await make.create({ publish: true });
      return { pagePath: edit(id), id };
    },
    button: (page) => page.getByRole("button", { name: "Unpublish (back to draft)" }),
    ran: (t) => row(t.id).status === "draft",
  },
  {
    name: "cancel",
    arrange: async (make) => {
      const id = await make.create({ publish: true });
      return { pagePath: edit(id), id };
    },
    fill: async (page) => page.getByLabel("Reason (English, shown publicly)").fill("Matrix"),
    button: (page) => page.getByRole("button", { name: "Cancel the event", exact: true }),
    ran: (t) => row(t.id).status === "cancelled",
  },
  {
    name: "uncancel",
    arrange: async (make) => {
      const id = await make.create({ publish: true });
      return { pagePath: edit(id), id };
    },
    fill: async (page) => {
      await page.getByLabel("Reason (English, shown publicly)").fill("Matrix");
      await page.getByRole("button", { name: "Cancel the event", exact: true }).click();
      await page.waitForURL(/done=cancelled/);
      // A full load, so that the form carries its server-rendered $ACTION fields.
      await page.reload();
    },
    button: (page) => page.getByRole("button", { name: "Undo the cancellation" }),
    ran: (t) => row(t.id).status === "published",
  },
  {
    name: "delete",
    arrange: async (make) => {
      const id = await make.create({});
      return { pagePath: edit(id), id };
    },
    // The form as the server rendered it, sent with the confirmation's intent (the deletion itself).
    button: (page) => page.getByRole("button", { name: "Delete", exact: true }),
    override: { intent: "delete:confirmed" },
    ran: (t) => row(t.id).deleted_at !== null,
  },
  {
    name: "restore",
    arrange: async (make) => {
      const id = await make.create({});
      await make.patch(id, { version: 1, cityEn: "Matrix City" });
      const entry = withE2eDb((db) => db.prepare("SELECT id FROM audit_log WHERE entity_type = 'event' AND entity_id = ? AND action = 'event.create'").get(id) as { id: number });
      return { pagePath: `/en/staff/events/${id}/restore?entry=${entry.id}`, id };
    },
    button: (page) => page.getByRole("button", { name: "Restore version 1" }),
    ran: (t) => row(t.id).version > t.before.version,
  },
  {
    name: "move",
    arrange: async (make) => {
      const programId = youthProgramId();
      const phase = { kind: "program", sector: "youth", allDay: true, programId, startTime: "", endTime: "", startDate: "2023-11-29", endDate: "2023-11-29" };
      const phaseId = await make.create({ ...phase });
      const title = uniqueTitle("E2E Matrix Item");
      await make.create({ ...phase, parentId: phaseId, titleEn: `${title} A` });
      const id = await make.create({ ...phase, parentId: phaseId, titleEn: `${title} B` });
      return { pagePath: edit(phaseId), id, title: `${title} B` };
    },
    button: (page, t) => page.getByRole("button", { name: `Move “${t.title}” up` }),
    ran: (t) => row(t.id).sort_order !== t.before.sort_order,
  },
];

test("every event action: refused for anonymous and disabled users, allowed for editors and admins", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const editorSide = await signedInContext(browser, staffAccounts.editor);
  const adminSide = await signedInContext(browser, staffAccounts.admin);
  const disabledSide = await signedInContext(browser, staffAccounts.disabledEditor);
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  setAccountDisabled(staffAccounts.disabledEditor.email, true);
  const contexts: Record<Actor, BrowserContext> = { anonymous, disabled: disabledSide.context, editor: editorSide.context, admin: adminSide.context };
  const make = api(editorSide.page.request, baseURL!);
  try {
    for (const c of cases) {
      for (const allowed of ["editor", "admin"] as const) {
        const target = await c.arrange(make);
        const page = editorSide.page;
        await page.goto(target.pagePath);
        await c.fill?.(page, target);
        const fields = { ...(await formFields(c.button(page, target))), ...c.override };
        const before = target.id ? row(target.id) : ({} as Row);
        for (const actor of ["anonymous", "disabled"] as const) {
          const result = await postActionForm(contexts[actor], target.pagePath, fields, baseURL!);
          expect(c.ran({ ...target, before }), `${c.name} as ${actor} must not run`).toBe(false);
          expect([303, 307], `${c.name} as ${actor}: status`).toContain(result.status);
          expect(result.location, `${c.name} as ${actor}: sent to sign in`).toContain("/en/sign-in");
        }
        const result = await postActionForm(contexts[allowed], target.pagePath, fields, baseURL!);
        expect(result.status, `${c.name} as ${allowed}: ${result.body.slice(0, 200)}`).toBe(303);
        expect(result.location, `${c.name} as ${allowed}`).toContain("done=");
        expect(c.ran({ ...target, before }), `${c.name} as ${allowed} must run`).toBe(true);
      }
    }
  } finally {
    setAccountDisabled(staffAccounts.disabledEditor.email, false);
  }
  for (const context of Object.values(contexts)) await context.close();
});

test("the JSON API: 401 without a valid session, 403 cross-site, 201/200 for editors and admins", async ({ browser, baseURL }) => {
  const editorSide = await signedInContext(browser, staffAccounts.editor);
  const adminSide = await signedInContext(browser, staffAccounts.admin);
  const disabledSide = await signedInContext(browser, staffAccounts.disabledEditor);
  const anonymous = await browser.newContext();
  setAccountDisabled(staffAccounts.disabledEditor.email, true);
  const contexts: Record<Actor, BrowserContext> = { anonymous, disabled: disabledSide.context, editor: editorSide.context, admin: adminSide.context };
  const good = { origin: baseURL!, "x-requested-with": "fetch" };
  try {
    const id = await api(editorSide.page.request, baseURL!).create({});
    const expected: Record<Actor, { create: number; read: number; patch: number }> = {
      anonymous: { create: 401, read: 401, patch: 401 },
      disabled: { create: 401, read: 401, patch: 401 },
      editor: { create: 201, read: 200, patch: 200 },
      admin: { create: 201, read: 200, patch: 200 },
    };
    for (const actor of ["anonymous", "disabled", "editor", "admin"] as const) {
      const request = contexts[actor].request;
      const title = uniqueTitle(`E2E API ${actor}`);
      const create = await request.post("/api/staff/events", { data: { ...base, titleEn: title }, headers: good });
      expect(create.status(), `POST as ${actor}`).toBe(expected[actor].create);
      expect(countWhere("title_en = ?", title), `POST as ${actor} stored`).toBe(expected[actor].create === 201 ? 1 : 0);
      expect((await request.get(`/api/staff/events/${id}`)).status(), `GET as ${actor}`).toBe(expected[actor].read);
      const version = row(id).version;
      const patch = await request.patch(`/api/staff/events/${id}`, { data: { version, cityEn: `City by ${actor}` }, headers: good });
      expect(patch.status(), `PATCH as ${actor}`).toBe(expected[actor].patch);
      expect(row(id).version, `PATCH as ${actor} wrote`).toBe(expected[actor].patch === 200 ? version + 1 : version);
      const body = await patch.json();
      if (expected[actor].patch === 401) expect(body).toMatchObject({ error: "unauthenticated" });
    }

    // Cross-site and header-less mutations are refused even with an editor's session.
    const editor = editorSide.context.request;
    const version = row(id).version;
    const refused = [
      await editor.patch(`/api/staff/events/${id}`, { data: { version, cityEn: "x" }, headers: { origin: "https://evil.example", "x-requested-with": "fetch" } }),
      await editor.patch(`/api/staff/events/${id}`, { data: { version, cityEn: "x" }, headers: { origin: baseURL! } }),
      await editor.post("/api/staff/events", { data: { ...base, titleEn: "x" }, headers: { "sec-fetch-site": "cross-site", origin: baseURL!, "x-requested-with": "fetch" } }),
      await editor.delete(`/api/staff/events/${id}?version=${version}`, { headers: { origin: "https://evil.example", "x-requested-with": "fetch" } }),
    ];
    for (const response of refused) {
      expect(response.status()).toBe(403);
      expect(await response.json()).toMatchObject({ error: "csrf" });
    }
    expect(row(id).version).toBe(version);
    const form = await editor.post("/api/staff/events", { form: { titleEn: "x" }, headers: good });
    expect(form.status()).toBe(415);

    // DELETE: anonymous refused, editor allowed (soft delete).
    expect((await anonymous.request.delete(`/api/staff/events/${id}?version=${version}`, { headers: good })).status()).toBe(401);
    const del = await editor.delete(`/api/staff/events/${id}?version=${version}`, { headers: good });
    expect(del.status()).toBe(200);
    expect(row(id).deleted_at).not.toBeNull();
  } finally {
    setAccountDisabled(staffAccounts.disabledEditor.email, false);
  }
  for (const context of Object.values(contexts)) await context.close();
});

test("staff event pages: sign-in for visitors, the admin log for admins only", async ({ browser, baseURL }) => {
  const editorSide = await signedInContext(browser, staffAccounts.editor);
  const adminSide = await signedInContext(browser, staffAccounts.admin);
  const disabledSide = await signedInContext(browser, staffAccounts.disabledEditor);
  const anonymous = await browser.newContext();
  setAccountDisabled(staffAccounts.disabledEditor.email, true);
  const contexts: Record<Actor, BrowserContext> = { anonymous, disabled: disabledSide.context, editor: editorSide.context, admin: adminSide.context };
  try {
    const id = await api(editorSide.page.request, baseURL!).create({});
    const pages: [string, Record<Actor, number>][] = [
      ["/en/staff", { anonymous: 307, disabled: 307, editor: 200, admin: 200 }],
      ["/en/staff/events", { anonymous: 307, disabled: 307, editor: 200, admin: 200 }],
      ["/en/staff/events/new", { anonymous: 307, disabled: 307, editor: 200, admin: 200 }],
      [`/en/staff/events/${id}/edit`, { anonymous: 307, disabled: 307, editor: 200, admin: 200 }],
      [`/en/staff/events/${id}/history`, { anonymous: 307, disabled: 307, editor: 200, admin: 200 }],
      ["/en/staff/history", { anonymous: 307, disabled: 307, editor: 403, admin: 200 }],
    ];
    for (const [path, outcomes] of pages) {
      for (const [actor, status] of Object.entries(outcomes) as [Actor, number][]) {
        const response = await contexts[actor].request.get(path, { maxRedirects: 0 });
        expect(response.status(), `GET ${path} as ${actor}`).toBe(status);
        if (status === 307) expect(response.headers()["location"]).toContain("/en/sign-in?callbackUrl=");
        if (status === 200) expect(response.headers()["x-robots-tag"] ?? (await response.text())).toMatch(/noindex/);
      }
    }
  } finally {
    setAccountDisabled(staffAccounts.disabledEditor.email, false);
  }
  for (const context of Object.values(contexts)) await context.close();
});

/** One staff API call of the matrix below: set up, call as an actor, and whether it ran. */
type ApiCase = {
  name: string;
  /** The status an allowed actor gets; admin-only calls list editors as refused (403). */
  ok: number;
  adminOnly?: boolean;
  arrange: (make: ReturnType<typeof api>, as: Actor) => Promise<{ id: number; extra?: Record<string, unknown> }>;
  call: (request: APIRequestContext, target: { id: number; extra?: Record<string, unknown> }, headers: Record<string, string>) => Promise<{ status(): number }>;
  ran: (target: { id: number; extra?: Record<string, unknown> }, before: Row) => boolean;
};

const auditCount = (id: number) => withE2eDb((db) => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'event' AND entity_id = ?").get(id) as { n: number }).n);
const batchStatus = (id: number) => withE2eDb((db) => (db.prepare("SELECT status FROM import_batches WHERE id = ?").get(id) as { status: string } | undefined)?.status);
const batchCount = () => withE2eDb((db) => (db.prepare("SELECT count(*) AS n FROM import_batches").get() as { n: number }).n);
const importCsv = (title: string) => ({ file: { name: "matrix.csv", mimeType: "text/csv", buffer: Buffer.from(`Title (English),Type,Sector,Host,Start date\r\n${title},meeting,economy,TH,2023-10-10\r\n`) } });

/** A preview made by `request`'s user, ready to apply: its id. */
async function previewBy(request: APIRequestContext, headers: Record<string, string>): Promise<number> {
  const response = await request.post("/api/staff/import", { multipart: importCsv(uniqueTitle("E2E Matrix Import")), headers });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).previewId;
}

const apiCases: ApiCase[] = [
  ...(["publish", "unpublish", "uncancel"] as const).map(
    (action): ApiCase => ({
      name: action,
      ok: 200,
      arrange: async (make) => {
        const id = await make.create(action === "publish" ? {} : { publish: true });
        if (action === "uncancel") await make.post(`/api/staff/events/${id}/cancel`, { version: 1, cancelReason: "理由" });
        return { id };
      },
      call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/${action}`, { data: { version: row(t.id).version }, headers }),
      ran: (t) => row(t.id).status === (action === "unpublish" ? "draft" : "published"),
    }),
  ),
  {
    name: "cancel",
    ok: 200,
    arrange: async (make) => ({ id: await make.create({ publish: true }) }),
    call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/cancel`, { data: { version: row(t.id).version, cancelReason: "台風", cancelReasonEn: "Typhoon" }, headers }),
    ran: (t) => row(t.id).status === "cancelled",
  },
  {
    name: "restore",
    ok: 200,
    arrange: async (make) => {
      const id = await make.create({});
      await make.patch(id, { version: 1, cityEn: "Matrix City" });
      const auditId = withE2eDb((db) => (db.prepare("SELECT id FROM audit_log WHERE entity_type = 'event' AND entity_id = ? AND action = 'event.create'").get(id) as { id: number }).id);
      // Version 1, before the patch: restoring it changes the event.
      return { id, extra: { auditId } };
    },
    call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/restore`, { data: { version: row(t.id).version, auditId: t.extra!.auditId }, headers }),
    ran: (t, before) => row(t.id).version > before.version,
  },
  {
    name: "move",
    ok: 200,
    arrange: async (make) => {
      const phase = { kind: "program", sector: "youth", allDay: true, programId: youthProgramId(), startTime: "", endTime: "", startDate: "2023-11-29", endDate: "2023-11-29" };
      const phaseId = await make.create(phase);
      await make.create({ ...phase, parentId: phaseId });
      return { id: await make.create({ ...phase, parentId: phaseId }) };
    },
    call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/move`, { data: { version: row(t.id).version, direction: "up" }, headers }),
    ran: (t, before) => row(t.id).sort_order !== before.sort_order,
  },
  {
    name: "duplicate",
    ok: 201,
    arrange: async (make) => ({ id: await make.create({}) }),
    call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/duplicate`, { data: {}, headers }),
    ran: (t) => countWhere("slug LIKE (SELECT slug FROM events WHERE id = ?) || '-copy%'", t.id) > 0,
  },
  {
    name: "delete",
    ok: 200,
    arrange: async (make) => ({ id: await make.create({}) }),
    call: (request, t, headers) => request.delete(`/api/staff/events/${t.id}?version=${row(t.id).version}`, { headers }),
    ran: (t) => row(t.id).deleted_at !== null,
  },
  {
    name: "redact",
    ok: 200,
    adminOnly: true,
    arrange: async (make) => {
      const id = await make.create({ publish: true });
      await make.remove(id);
      return { id };
    },
    call: (request, t, headers) => request.post(`/api/staff/events/${t.id}/redact`, { data: { version: row(t.id).version, confirm: true }, headers }),
    ran: (t) => row(t.id).title_en === "",
  },
  {
    name: "history",
    ok: 200,
    arrange: async (make) => ({ id: await make.create({}) }),
    call: (request, t) => request.get(`/api/staff/events/${t.id}/history`),
    ran: (t) => auditCount(t.id) > 0,
  },
  {
    name: "import preview",
    ok: 200,
    arrange: async () => ({ id: 0, extra: { batches: batchCount() } }),
    call: (request, _t, headers) => request.post("/api/staff/import", { multipart: importCsv(uniqueTitle("E2E Matrix Preview")), headers }),
    ran: (t) => batchCount() > Number(t.extra!.batches),
  },
  {
    name: "import template",
    ok: 200,
    arrange: async () => ({ id: 0 }),
    call: (request) => request.get("/api/staff/import/template?lang=ja"),
    ran: () => true,
  },
];

test("every staff API call: 401 without a valid session, 403 for editors where only admins may, the effect only when allowed", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const editorSide = await signedInContext(browser, staffAccounts.editor);
  const adminSide = await signedInContext(browser, staffAccounts.admin);
  const disabledSide = await signedInContext(browser, staffAccounts.disabledEditor);
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  setAccountDisabled(staffAccounts.disabledEditor.email, true);
  const contexts: Record<Actor, BrowserContext> = { anonymous, disabled: disabledSide.context, editor: editorSide.context, admin: adminSide.context };
  const headers = { origin: baseURL!, "x-requested-with": "fetch" };
  const make = api(editorSide.page.request, baseURL!);
  try {
    for (const c of apiCases) {
      for (const allowed of c.adminOnly ? (["admin"] as const) : (["editor", "admin"] as const)) {
        const target = await c.arrange(make, allowed);
        const before = target.id ? row(target.id) : ({} as Row);
        const refused = c.adminOnly ? (["anonymous", "disabled", "editor"] as const) : (["anonymous", "disabled"] as const);
        for (const actor of refused) {
          const response = await c.call(contexts[actor].request, target, headers);
          expect(response.status(), `${c.name} as ${actor}`).toBe(actor === "editor" ? 403 : 401);
          if (c.name !== "history" && c.name !== "import template") expect(c.ran(target, before), `${c.name} as ${actor} must not run`).toBe(false);
        }
        const response = await c.call(contexts[allowed].request, target, headers);
        expect(response.status(), `${c.name} as ${allowed}`).toBe(c.ok);
        expect(c.ran(target, before), `${c.name} as ${allowed} must run`).toBe(true);
      }
    }

    // Apply: only the preview's author, with a session; undo: admins only.
    const editorPreview = await previewBy(editorSide.page.request, headers);
    for (const actor of ["anonymous", "disabled", "admin"] as const) {
      const response = await contexts[actor].request.post(`/api/staff/import/${editorPreview}/apply`, { data: {}, headers });
      expect(response.status(), `apply as ${actor}`).toBe(actor === "admin" ? 404 : 401);
      expect(batchStatus(editorPreview), `apply as ${actor} must not run`).toBe("preview");
    }
    expect((await contexts.editor.request.post(`/api/staff/import/${editorPreview}/apply`, { data: {}, headers })).status()).toBe(200);
    expect(batchStatus(editorPreview)).toBe("applied");
    const adminPreview = await previewBy(adminSide.page.request, headers);
    expect((await contexts.admin.request.post(`/api/staff/import/${adminPreview}/apply`, { data: { publish: true }, headers })).status()).toBe(200);
    for (const [actor, status] of [["anonymous", 401], ["disabled", 401], ["editor", 403]] as const) {
      expect((await contexts[actor].request.get(`/api/staff/import/${editorPreview}`)).status(), `batch as ${actor}`).toBe(actor === "editor" ? 200 : 401);
      const response = await contexts[actor].request.post(`/api/staff/import/${editorPreview}/undo`, { data: {}, headers });
      expect(response.status(), `undo as ${actor}`).toBe(status);
      expect(batchStatus(editorPreview), `undo as ${actor} must not run`).toBe("applied");
    }
    expect((await contexts.admin.request.get(`/api/staff/import/${editorPreview}`)).status()).toBe(200);
    expect((await contexts.admin.request.post(`/api/staff/import/${editorPreview}/undo`, { data: {}, headers })).status()).toBe(200);
    expect(batchStatus(editorPreview)).toBe("undone");

    // Cross-site or header-less mutations of the new calls are refused with an editor's session too.
    const id = await make.create({});
    const refusedHeaders: Record<string, string>[] = [{ origin: "https://evil.example", "x-requested-with": "fetch" }, { origin: baseURL! }];
    for (const bad of refusedHeaders) {
      expect((await contexts.editor.request.post(`/api/staff/events/${id}/publish`, { data: { version: 1 }, headers: bad })).status()).toBe(403);
      expect((await contexts.editor.request.post("/api/staff/import", { multipart: importCsv("x"), headers: bad })).status()).toBe(403);
    }
    expect(row(id).status).toBe("draft");
  } finally {
    setAccountDisabled(staffAccounts.disabledEditor.email, false);
  }
  for (const context of Object.values(contexts)) await context.close();
});

test("the import page's actions and pages: sign-in for visitors, apply only by the preview's author, undo only by admins", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const editorSide = await signedInContext(browser, staffAccounts.editor);
  const adminSide = await signedInContext(browser, staffAccounts.admin);
  const disabledSide = await signedInContext(browser, staffAccounts.disabledEditor);
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
  const contexts: Record<Actor, BrowserContext> = { anonymous, disabled: disabledSide.context, editor: editorSide.context, admin: adminSide.context };
  setAccountDisabled(staffAccounts.disabledEditor.email, true);
  try {
    // The apply form of an editor's preview, replayed by every actor. Previewed without JavaScript,
    // so that the page the server renders carries the form's $ACTION fields.
    const noScript = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": uniqueClientAddress() } });
    const page = await noScript.newPage();
    await signIn(page, staffAccounts.editor);
    await page.goto("/en/staff/import");
    // The preview form, with a file, posted by every actor: only a signed-in editor gets a stored preview.
    const previewFields = await formFields(page.getByRole("button", { name: "Show the preview" }));
    for (const actor of ["anonymous", "disabled", "editor"] as const) {
      const batches = batchCount();
      const response = await contexts[actor].request.post("/en/staff/import", { multipart: { ...previewFields, ...importCsv(uniqueTitle("E2E Matrix Form")) }, headers: { origin: baseURL! }, maxRedirects: 0 });
      if (actor === "editor") expect(response.status()).toBe(200);
      else expect([303, 307], `preview as ${actor}`).toContain(response.status());
      expect(batchCount(), `preview as ${actor}`).toBe(actor === "editor" ? batches + 1 : batches);
    }
    await page.getByLabel("File (CSV or .ics)").setInputFiles(importCsv(uniqueTitle("E2E Matrix Page")).file);
    await page.getByRole("button", { name: "Show the preview" }).click();
    const apply = await formFields(page.getByRole("button", { name: "Import now" }));
    const batch = Number(apply.previewId);
    for (const actor of ["anonymous", "disabled", "admin"] as const) {
      const result = await postActionForm(contexts[actor], "/en/staff/import", apply, baseURL!);
      if (actor !== "admin") expect([303, 307], `apply as ${actor}`).toContain(result.status);
      expect(batchStatus(batch), `apply as ${actor} must not run`).toBe("preview");
    }
    const applied = await postActionForm(noScript, "/en/staff/import", apply, baseURL!);
    expect(applied.status).toBe(303);
    expect(applied.location).toContain(`/en/staff/import/${batch}?done=applied`);
    expect(batchStatus(batch)).toBe("applied");
    await noScript.close();

    // The undo form, as the admin sees it, replayed by everyone else first.
    await adminSide.page.goto(`/en/staff/import/${batch}`);
    const undo = await formFields(adminSide.page.getByRole("button", { name: "Undo this import" }));
    for (const actor of ["anonymous", "disabled", "editor"] as const) {
      await postActionForm(contexts[actor], `/en/staff/import/${batch}`, undo, baseURL!);
      expect(batchStatus(batch), `undo as ${actor} must not run`).toBe("applied");
    }
    const undone = await postActionForm(contexts.admin, `/en/staff/import/${batch}`, undo, baseURL!);
    expect(undone.status).toBe(303);
    expect(batchStatus(batch)).toBe("undone");

    for (const path of ["/en/staff/import", `/en/staff/import/${batch}`]) {
      const outcomes: Record<Actor, number> = { anonymous: 307, disabled: 307, editor: 200, admin: 200 };
      for (const [actor, status] of Object.entries(outcomes) as [Actor, number][]) {
        const response = await contexts[actor].request.get(path, { maxRedirects: 0 });
        expect(response.status(), `GET ${path} as ${actor}`).toBe(status);
        if (status === 307) expect(response.headers()["location"]).toContain("/en/sign-in?callbackUrl=");
      }
    }
  } finally {
    setAccountDisabled(staffAccounts.disabledEditor.email, false);
  }
  for (const context of Object.values(contexts)) await context.close();
});
