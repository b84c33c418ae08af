import { describe, expect, it } from "vitest";
import { unquoteNeutralized } from "@/lib/import/cell-values";
import { neutralizeFormula } from "./csv-cells";

describe("neutralizeFormula", () => {
  it("puts an apostrophe before a cell that a spreadsheet would run", () => {
    for (const cell of ["=HYPERLINK(\"http://evil\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralizeFormula(cell), cell).toBe(`'${cell}`);
    for (const cell of ["Summit", "日ASEAN", "", "1-2", "a=b", " =1"]) expect(neutralizeFormula(cell), cell).toBe(cell);
  });

  it("round-trips through the import's reading, apostrophes included", () => {
    for (const cell of ["=1+1", "- item", "'=not", "''+x", "'plain", "plain"]) expect(unquoteNeutralized(neutralizeFormula(cell)), cell).toBe(cell);
  });
});
