import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cancelEventSchema, eventRefSchema, moveEventSchema, redactEventSchema, restoreEventSchema } from "./event-actions";
import { parseStaffEventFilters, staffEventFiltersToQuery } from "./staff-event-filters";

const errors = (result: { success: boolean; error?: z.ZodError }) => (result.success ? {} : (z.flattenError(result.error!).fieldErrors as Record<string, string[]>));

describe("one-button action schemas", () => {
  it("need the event id and the version the page showed", () => {
    expect(eventRefSchema.parse({ id: "12", version: "3" })).toEqual({ id: 12, version: 3 });
    expect(errors(eventRefSchema.safeParse({ id: "", version: "1.5" }))).toEqual({ id: ["editor.errors.required"], version: ["editor.errors.invalid"] });
    expect(errors(eventRefSchema.safeParse({ id: "-1", version: "9007199254740993" }))).toMatchObject({ id: ["editor.errors.invalid"], version: ["editor.errors.invalid"] });
  });

  it("cancelling needs a reason in Japanese or English (or both) of at most 1000 characters, line breaks allowed", () => {
    expect(errors(cancelEventSchema.safeParse({ id: "1", version: "1", cancelReason: "  ", cancelReasonEn: "" }))).toEqual({ cancelReason: ["editor.errors.reasonRequired"], cancelReasonEn: ["editor.errors.reasonRequired"] });
    expect(errors(cancelEventSchema.safeParse({ id: "1", version: "1", cancelReason: "x".repeat(1001) })).cancelReason).toEqual(["editor.errors.reasonTooLong"]);
    expect(errors(cancelEventSchema.safeParse({ id: "1", version: "1", cancelReasonEn: "x".repeat(1001) })).cancelReasonEn).toEqual(["editor.errors.reasonTooLong"]);
    expect(cancelEventSchema.parse({ id: "1", version: "1", cancelReason: "台風\r\n延期" }).cancelReason).toEqual({ ja: "台風\n延期", en: "" });
    expect(cancelEventSchema.parse({ id: "1", version: "1", cancelReasonEn: "Typhoon" }).cancelReason).toEqual({ ja: "", en: "Typhoon" });
    expect(cancelEventSchema.parse({ id: "1", version: "1", cancelReason: "台風", cancelReasonEn: "Typhoon" })).toEqual({ id: 1, version: 1, cancelReason: { ja: "台風", en: "Typhoon" } });
  });

  it("moves go up or down; restores name an audit entry", () => {
    expect(moveEventSchema.parse({ id: "1", version: "2", direction: "up" }).direction).toBe("up");
    expect(errors(moveEventSchema.safeParse({ id: "1", version: "2", direction: "left" })).direction).toEqual(["editor.errors.invalidChoice"]);
    expect(restoreEventSchema.parse({ id: "1", version: "2", auditId: "40" }).auditId).toBe(40);
  });

  it("removing the public text needs the confirmation box ticked", () => {
    expect(redactEventSchema.parse({ id: "1", version: "2", confirm: "on" })).toEqual({ id: 1, version: 2, confirm: true });
    expect(errors(redactEventSchema.safeParse({ id: "1", version: "2" })).confirm).toEqual(["editor.errors.confirmRequired"]);
  });
});

describe("staff list filters", () => {
  it("keep valid parameters, drop bad ones, and round-trip through the URL", () => {
    const filters = parseStaffEventFilters({ q: " summit ", status: "draft", kind: "bogus", country: "th", sector: "economy", page: "3" });
    expect(filters).toEqual({ q: "summit", status: "draft", country: "TH", sector: "economy", page: 3 });
    expect(staffEventFiltersToQuery(filters)).toBe("q=summit&status=draft&sector=economy&country=TH&page=3");
    expect(staffEventFiltersToQuery(filters, 1)).toBe("q=summit&status=draft&sector=economy&country=TH");
    expect(parseStaffEventFilters({ page: "0", status: ["deleted", "draft"], q: "x".repeat(101) })).toEqual({ status: "deleted" });
  });
});
