import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { StaffUser } from "@/lib/auth/staff-user";
import { AuthorizationError, errorCode, UserInputError } from "@/lib/errors";
import { formDataToObject, formValues } from "./form-data";
import { createStaffAction, parseForm, type ActionFailure, type StaffActionDeps } from "./staff-action";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "staff-action-"));
process.env.DATABASE_URL = `file:${path.join(tmp, "test.db")}`;

const editor: StaffUser = { id: 2, email: "editor@example.test", name: "Editor", role: "editor", mustChangePassword: false };
const admin: StaffUser = { id: 1, email: "admin@example.test", name: "Admin", role: "admin", mustChangePassword: false };

const signInAgain = "Your session has ended. Please sign in again.";
const notAllowed = "You do not have permission to do this.";
const checkFields = "Some fields need attention. Please check the messages below.";
const required = "This field is required.";

function deps(user: StaffUser | null, locale: "en" | "ja" = "en"): StaffActionDeps {
  return { getUser: async () => user, getLocale: async () => locale };
}

const schema = z.object({ title: z.string().trim().min(1, { error: errorCode("editor.errors.required") }), count: z.coerce.number().int() });

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const valid = () => form([["title", "Summit"], ["count", "3"], ["$ACTION_ID_abc", ""]]);

describe("staffAction authorization", () => {
  const cases: { who: string; user: StaffUser | null; role: "editor" | "admin"; outcome: "ran" | 401 | 403 }[] = [
    { who: "anonymous", user: null, role: "editor", outcome: 401 },
    { who: "anonymous", user: null, role: "admin", outcome: 401 },
    { who: "editor", user: editor, role: "editor", outcome: "ran" },
    { who: "editor", user: editor, role: "admin", outcome: 403 },
    { who: "admin", user: admin, role: "editor", outcome: "ran" },
    { who: "admin", user: admin, role: "admin", outcome: "ran" },
  ];
  for (const c of cases) {
    it(`${c.who} on a ${c.role} action: ${c.outcome}`, async () => {
      const handler = vi.fn(async () => ({ ok: true as const, message: "saved" }));
      const action = createStaffAction(deps(c.user))(c.role, schema, handler);
      const state = await action(null, valid());
      if (c.outcome === "ran") {
        expect(state).toEqual({ ok: true, message: "saved" });
        expect(handler).toHaveBeenCalledWith({ title: "Summit", count: 3 }, expect.objectContaining({ user: c.user }));
      } else {
        expect(handler).not.toHaveBeenCalled();
        expect(state).toMatchObject({ ok: false, status: c.outcome, values: { title: "Summit", count: "3" } });
        expect((state as ActionFailure).formError).toBe(c.outcome === 401 ? signInAgain : notAllowed);
      }
    });
  }
});

describe("staffAction while the user must choose their own password", () => {
  const flagged: StaffUser = { ...admin, mustChangePassword: true };

  it("refuses every action, in the request's language, without running the handler", async () => {
    for (const [locale, text] of [
      ["en", "Choose your own password under “My account” first: the password an administrator set works only for that."],
      ["ja", "先に「アカウント」でご自身のパスワードを設定してください。管理者が設定したパスワードはそのためにしか使えません。"],
    ] as const) {
      const handler = vi.fn(async () => undefined);
      const state = await createStaffAction(deps(flagged, locale))("editor", schema, handler)(null, valid());
      expect(handler).not.toHaveBeenCalled();
      expect(state).toMatchObject({ ok: false, status: 403, formError: text, values: { title: "Summit" } });
    }
  });

  it("runs the one action that allows it (changing one's own password)", async () => {
    const handler = vi.fn(async () => undefined);
    const action = createStaffAction(deps(flagged))("editor", schema, handler, { allowWhilePasswordChangeRequired: true });
    expect(await action(null, valid())).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledOnce();
    // The exemption does not widen the role check, nor admit anyone signed out.
    expect(await createStaffAction(deps({ ...editor, mustChangePassword: true }))("admin", schema, handler, { allowWhilePasswordChangeRequired: true })(null, valid())).toMatchObject({ status: 403, formError: notAllowed });
    expect(await createStaffAction(deps(null))("editor", schema, handler, { allowWhilePasswordChangeRequired: true })(null, valid())).toMatchObject({ status: 401 });
  });
});

describe("staffAction with the real session check", () => {
  let users: typeof import("@/db/queries/users");
  let staffUserFromSession: typeof import("@/lib/auth/staff-user-from-session").staffUserFromSession;
  beforeAll(async () => {
    users = await import("@/db/queries/users");
    ({ staffUserFromSession } = await import("@/lib/auth/staff-user-from-session"));
  });

  it("stops a disabled or demoted user on the very next call, with the same token", async () => {
    const created = users.createUser({ email: "Disabled.Me@Example.test", name: "D", role: "admin", passwordHash: "x" }, null);
    users.createUser({ email: "other-admin@example.test", name: "O", role: "admin", passwordHash: "x" }, null);
    const row = users.getUserById(created.id)!;
    const now = Date.now();
    const claims = { uid: row.id, sessionVersion: row.sessionVersion, issuedAt: now, lastActivity: now };
    const policy = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
    const live: StaffActionDeps = { ...deps(null), getUser: async () => staffUserFromSession(claims, (id) => users.getUserById(id), Date.now(), policy) };
    const handler = vi.fn(async () => undefined);
    const adminAction = createStaffAction(live)("admin", schema, handler);

    expect(await adminAction(null, valid())).toEqual({ ok: true });
    users.setUserRole(row.id, "editor", row.id);
    expect(await adminAction(null, valid())).toMatchObject({ ok: false, status: 401 });
    // A fresh token after the role change works for editor actions but not admin ones.
    const fresh = users.getUserById(row.id)!;
    claims.sessionVersion = fresh.sessionVersion;
    expect(await adminAction(null, valid())).toMatchObject({ ok: false, status: 403 });
    expect(await createStaffAction(live)("editor", schema, handler)(null, valid())).toEqual({ ok: true });
    users.setUserDisabled(row.id, true, row.id);
    expect(await createStaffAction(live)("editor", schema, handler)(null, valid())).toMatchObject({ ok: false, status: 401 });
    expect(handler).toHaveBeenCalledTimes(2);
  });
});

describe("staffAction input handling", () => {
  const run = (user: StaffUser, data: FormData, handler = vi.fn(async () => undefined), locale: "en" | "ja" = "en") =>
    createStaffAction(deps(user, locale))("editor", schema, handler)(null, data);

  it("returns translated field errors and the submitted values, without running the handler", async () => {
    const handler = vi.fn(async () => undefined);
    const state = await run(editor, form([["title", "  "], ["count", "x"], ["password", "secret-value"]]), handler);
    expect(handler).not.toHaveBeenCalled();
    expect(state).toMatchObject({ ok: false, status: 422, formError: checkFields, values: { title: "  ", count: "x" } });
    const failure = state as ActionFailure;
    expect(failure.fieldErrors.title).toEqual([required]);
    expect(failure.fieldErrors.count).toHaveLength(1);
    expect(failure.values).not.toHaveProperty("password");
  });

  it("answers in the request's language: our codes from the message files, zod's own messages from its locale", async () => {
    const state = (await run(editor, form([["title", ""], ["count", "x"]]), undefined, "ja")) as ActionFailure;
    expect(state).toMatchObject({ formError: "入力内容を確認してください。各項目のメッセージをご覧ください。", fieldErrors: { title: ["入力してください。"] } });
    expect(state.fieldErrors.count[0]).toMatch(/[\u3040-\u30ff]/);
    expect(state.values).toEqual({ title: "", count: "x" });
  });

  it("turns UserInputError and AuthorizationError from the handler into failures", async () => {
    const conflict = await run(editor, valid(), vi.fn(async () => {
      throw new UserInputError("editor.errors.slugTaken", { status: 409, fieldErrors: { title: ["editor.errors.required"] } });
    }));
    expect(conflict).toMatchObject({
      ok: false,
      status: 409,
      formError: "Another event already uses this address. Choose another one.",
      fieldErrors: { title: [required] },
    });
    const denied = await run(editor, valid(), vi.fn(async () => {
      throw new AuthorizationError(403);
    }));
    expect(denied).toMatchObject({ ok: false, status: 403, formError: notAllowed });
  });

  it("fills a message's placeholders from the error's values", async () => {
    const limited = await run(editor, valid(), vi.fn(async () => {
      throw new UserInputError("auth.errors.rateLimited", { values: { time: "14:05 JST", minutes: 12 } });
    }), "ja");
    expect(limited).toMatchObject({ status: 422, formError: "試行回数が多すぎます。14:05 JST以降（約12分後）にもう一度お試しください。" });
  });

  it("answers an argument that is not a form with a 400 and a message, whoever calls, without running the handler", async () => {
    for (const user of [null, editor]) {
      for (const argument of [undefined, null, "not a form", 42, {}, [], { entries: 1 }, new URLSearchParams("title=x")]) {
        const handler = vi.fn(async () => undefined);
        const action = createStaffAction(deps(user))("editor", schema, handler);
        const state = await action(null, argument as unknown as FormData);
        if (user) expect(state, String(argument)).toEqual({ ok: false, status: 400, formError: "This request did not come from one of the site’s forms. Reload the page and try again.", fieldErrors: {}, values: {} });
        else expect(state).toMatchObject({ ok: false, status: 401, values: {} });
        expect(handler).not.toHaveBeenCalled();
      }
    }
    expect(parseForm(schema, "x", "ja")).toEqual({ ok: false, status: 400, fieldErrors: {}, formErrors: ["このリクエストはサイトのフォームから送信されたものではありません。ページを再読み込みして、もう一度お試しください。"] });
  });

  it("lets other errors (bugs, redirect()) propagate", async () => {
    await expect(run(editor, valid(), vi.fn(async () => {
      throw new Error("NEXT_REDIRECT");
    }))).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("formDataToObject / formValues", () => {
  it("keeps single values as strings, repeated and [] keys as arrays, drops files and $ACTION keys", () => {
    const data = form([["a", "1"], ["tags", "x"], ["tags", "y"], ["one[]", "z"], ["$ACTION_REF_1", ""]]);
    data.append("upload", new Blob(["file"]), "f.txt");
    expect(formDataToObject(data)).toEqual({ a: "1", tags: ["x", "y"], one: ["z"] });
    expect(formValues(form([["tags", "x"], ["tags", "y"], ["newPassword", "p"], ["csrfToken", "t"]]))).toEqual({ tags: "x\ny" });
  });
});
