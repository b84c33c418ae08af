import { describe, expect, it } from "vitest";
import { errorTranslator, isErrorCode, issueText } from "./error-messages";
import { loadMessages } from "./messages";

type ErrorsByArea = Record<string, Record<string, unknown>>;

function errorsByArea(locale: "ja" | "en"): ErrorsByArea {
  const files = Object.entries(loadMessages(locale) as Record<string, { errors?: Record<string, unknown> }>);
  return Object.fromEntries(files.filter(([, file]) => file.errors).map(([area, file]) => [area, file.errors!]));
}

describe("error messages", () => {
  it("exist for the same codes in both languages, none empty (what lib/errors.ts's ErrorMessages assumes)", () => {
    const en = errorsByArea("en");
    const ja = errorsByArea("ja");
    expect(Object.keys(en).sort()).toEqual(["api", "auth", "editor", "feeds", "import", "staff", "users"]);
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const area of Object.keys(en)) {
      expect(Object.keys(ja[area]).sort(), area).toEqual(Object.keys(en[area]).sort());
      for (const texts of [en[area], ja[area]]) for (const [name, text] of Object.entries(texts)) expect(typeof text === "string" && text.trim(), `${area}.${name}`).toBeTruthy();
    }
  });

  it("translate a code once per language, filling placeholders", () => {
    expect(errorTranslator("en")("editor.errors.required")).toBe("This field is required.");
    expect(errorTranslator("ja")("editor.errors.required")).toBe("入力してください。");
    expect(errorTranslator("en")("auth.errors.rateLimited", { time: "14:05 JST", minutes: 3 })).toBe("Too many attempts. Try again after 14:05 JST (in about 3 min).");
    expect(errorTranslator("en")).toBe(errorTranslator("en"));
  });

  it("tell our codes from other text, whatever the text", () => {
    for (const code of ["editor.errors.lineBreak", "auth.errors.rateLimited", "users.errors.lastAdmin", "staff.errors.forbidden"]) expect(isErrorCode(code), code).toBe(true);
    const others = ["Invalid input", "", "editor.errors", "editor.form.required", "editor.errors.lineBreak.x", "editor.errors.constructor", "editor.errors.__proto__", "__proto__.errors.x", "schedule.errors.x"];
    for (const text of others) expect(isErrorCode(text), text).toBe(false);
  });

  it("keep zod's own messages as they are", () => {
    const en = errorTranslator("en");
    expect(issueText("Invalid input: expected number, received NaN", en)).toBe("Invalid input: expected number, received NaN");
    expect(issueText("editor.errors.invalidTime", en)).toBe("Enter a time as HH:MM (24-hour clock).");
  });
});
