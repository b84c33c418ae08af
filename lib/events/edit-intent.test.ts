import { describe, expect, it } from "vitest";
import { EVENT_FORM_INTENTS, intentStep } from "./edit-intent";

describe("intentStep", () => {
  it("asks before acting on the saved event when the form holds unsaved changes", () => {
    expect(intentStep("publish", true)).toEqual({ kind: "ask", question: "unsaved", action: "publish" });
    expect(intentStep("cancel", true)).toEqual({ kind: "ask", question: "unsaved", action: "cancel" });
    expect(intentStep("duplicate", true)).toEqual({ kind: "ask", question: "unsaved", action: "duplicate" });
  });

  it("acts at once when nothing is unsaved, or after the question was answered", () => {
    expect(intentStep("publish", false)).toEqual({ kind: "run", action: "publish", saveFirst: false });
    expect(intentStep("unpublish:save", true)).toEqual({ kind: "run", action: "unpublish", saveFirst: true });
    expect(intentStep("uncancel:discard", true)).toEqual({ kind: "run", action: "uncancel", saveFirst: false });
  });

  it("always confirms a deletion, and deletes only once confirmed", () => {
    expect(intentStep("delete", false)).toEqual({ kind: "ask", question: "delete" });
    expect(intentStep("delete", true)).toEqual({ kind: "ask", question: "delete" });
    expect(intentStep("delete:confirmed", true)).toEqual({ kind: "run", action: "delete", saveFirst: false });
  });

  it("saves, previews the public change, or keeps the input, whatever else", () => {
    expect(intentStep("save", true)).toEqual({ kind: "save" });
    expect(intentStep("preview", true)).toEqual({ kind: "preview" });
    expect(intentStep("keep", true)).toEqual({ kind: "keep" });
    expect(new Set(EVENT_FORM_INTENTS).size).toBe(EVENT_FORM_INTENTS.length);
  });
});
