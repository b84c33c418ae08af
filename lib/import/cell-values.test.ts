import { describe, expect, it } from "vitest";
import { looksLikeFormula, normalizeBoolean, normalizeDate, normalizeMonth, normalizeTime, readCell, unquoteNeutralized } from "./cell-values";
import { columnByKey } from "./csv-columns";

describe("cells as Japanese offices write them", () => {
  it("reads the dates Excel-ja and people write", () => {
    for (const cell of ["2023-10-07", "2023/10/7", "2023/10/07", "2023.10.7", "2023年10月7日", "２０２３／１０／７", " 2023-10-07 "]) expect(normalizeDate(cell), cell).toBe("2023-10-07");
    for (const cell of ["10/7/2023", "2023-10", "7 Oct 2023", "R5.10.7", ""]) expect(normalizeDate(cell), cell).toBeNull();
  });

  it("reads months and times", () => {
    expect(["2023-12", "2023/12", "2023年12月", "２０２３年１２月"].map(normalizeMonth)).toEqual(["2023-12", "2023-12", "2023-12", "2023-12"]);
    expect(["9:00", "09:00", "9:00:00", "9時", "9時30分", "１４：３０"].map(normalizeTime)).toEqual(["09:00", "09:00", "09:00", "09:00", "09:30", "14:30"]);
    expect(["9:00:30", "9.00", "午前9時", "9am"].map(normalizeTime)).toEqual([null, null, null, null]);
  });

  it("reads yes and no in the usual spellings, and keeps an empty cell apart from a no", () => {
    expect(["TRUE", "true", "1", "はい", "○", "yes"].map(normalizeBoolean)).toEqual(Array(6).fill("true"));
    expect(["FALSE", "0", "いいえ", "×", "no"].map(normalizeBoolean)).toEqual(Array(5).fill("false"));
    expect(normalizeBoolean("")).toBe("");
    expect(normalizeBoolean("maybe")).toBeNull();
  });

  it("takes codes or labels in either language for type, sector and host", () => {
    expect(readCell(columnByKey("host"), "タイ")).toEqual({ ok: true, value: "TH" });
    expect(readCell(columnByKey("host"), "thailand")).toEqual({ ok: true, value: "TH" });
    expect(readCell(columnByKey("host"), "jp")).toEqual({ ok: true, value: "JP" });
    expect(readCell(columnByKey("host"), "オンライン")).toEqual({ ok: true, value: "online" });
    expect(readCell(columnByKey("host"), "Atlantis")).toEqual({ ok: false, code: "editor.errors.unknownHost" });
    expect(readCell(columnByKey("sector"), "観光")).toEqual({ ok: true, value: "tourism" });
    expect(readCell(columnByKey("kind"), "meeting")).toEqual({ ok: true, value: "meeting" });
    expect(readCell(columnByKey("startDate"), "2023/13/1")).toEqual({ ok: true, value: "2023-13-01" });
    expect(readCell(columnByKey("startDate"), "next week")).toEqual({ ok: false, code: "editor.errors.invalidDate" });
  });

  it("refuses formulas, but not text that merely starts with a dash, and takes back an export's apostrophe", () => {
    for (const cell of ["=1+1", "=HYPERLINK(\"http://x\")", "+SUM(A1:A2)", "-A1", "@SUM(A1)", "+cmd|' /C calc'!A0".replace("cmd|", "CMD(")]) expect(looksLikeFormula(cell), cell).toBe(true);
    for (const cell of ["- item one", "+81 3 1234", "@embassy", "-", "100%"]) expect(looksLikeFormula(cell), cell).toBe(false);
    expect(readCell(columnByKey("titleEn"), "=cmd|' /C calc'!A0")).toEqual({ ok: false, code: "import.errors.formula" });
    expect(unquoteNeutralized("'=not a formula")).toBe("=not a formula");
    expect(readCell(columnByKey("titleEn"), "'=not a formula")).toEqual({ ok: true, value: "=not a formula" });
    expect(readCell(columnByKey("titleEn"), "'plain")).toEqual({ ok: true, value: "'plain" });
  });
});
