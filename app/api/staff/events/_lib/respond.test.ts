import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AuthorizationError, PasswordChangeRequiredError, UserInputError } from "@/lib/errors";
import { eventCreateSchema } from "@/lib/validation/event-input";
import { sampleEvent } from "@/lib/testing/event-fixtures";
import { editFailure, eventJson, handleApi, validationError } from "./respond";

/** The API's error contract: `error` names the kind, `message` is English, field errors carry our code and its English text. */
describe("staff events API errors", () => {
  it("answer invalid fields with each error code and its English text", async () => {
    const parsed = eventCreateSchema.safeParse({ titleEn: "a\nb", kind: "meeting" });
    const body = await validationError(parsed.error!).json();
    expect(body).toMatchObject({ error: "validation", message: "Some fields are not valid." });
    expect(body.fieldErrors.titleEn).toEqual([{ code: "editor.errors.lineBreak", message: "Line breaks are not allowed here: put the text on one line." }]);
    expect(body.fieldErrors.startDate).toEqual([{ code: "editor.errors.required", message: "This field is required." }]);
  });

  it("keep zod's issue code and message for a rule without a code of ours", async () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    const body = await validationError(parsed.error!).json();
    expect(body.fieldErrors.n).toEqual([{ code: "invalid_type", message: parsed.error!.issues[0].message }]);
  });

  it("answer refused writes with the same English texts as the English form", async () => {
    const answers = await Promise.all(
      [
        editFailure({ ok: false, code: "not_found" }),
        editFailure({ ok: false, code: "deleted" }),
        editFailure({ ok: false, code: "invalid", fieldErrors: { slug: ["editor.errors.slugTaken"] } }),
      ].map(async (res) => ({ status: res.status, body: await res.json() })),
    );
    expect(answers).toEqual([
      { status: 404, body: { error: "not_found", message: "This event does not exist." } },
      { status: 409, body: { error: "deleted", message: "This event has been deleted. Restore it from its history first." } },
      {
        status: 422,
        body: {
          error: "validation",
          message: "Some fields are not valid.",
          fieldErrors: { slug: [{ code: "editor.errors.slugTaken", message: "Another event already uses this address. Choose another one." }] },
        },
      },
    ]);
  });

  it("refuse a user who must first choose their own password with its own kind and English text", async () => {
    const res = await handleApi(async () => {
      throw new PasswordChangeRequiredError();
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: "password_change_required",
      message: "Choose your own password under “My account” first: the password an administrator set works only for that.",
    });
    const forbidden = await handleApi(async () => {
      throw new AuthorizationError(403);
    });
    expect(await forbidden.json()).toMatchObject({ error: "forbidden" });
  });

  it("translate a UserInputError thrown by a handler", async () => {
    const res = await handleApi(async () => {
      throw new UserInputError("users.errors.lastAdmin", { status: 409 });
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "invalid", message: "This is the last active administrator: add or enable another administrator first." });
  });
});

describe("staff events API bodies", () => {
  it("give a month-only event its months and no day", () => {
    const forum = { ...sampleEvent, datePrecision: "month" as const, allDay: true, startDate: "2023-12-01", endDate: "2023-12-31", startAt: null, endAt: null };
    expect(eventJson(forum)).toMatchObject({ datePrecision: "month", startMonth: "2023-12", endMonth: "2023-12", startDate: null, endDate: null });
    expect(eventJson(sampleEvent)).toMatchObject({ datePrecision: "day", startDate: "2023-08-21", startMonth: null, startAt: "2023-08-21T02:00:00.000Z" });
  });
});
