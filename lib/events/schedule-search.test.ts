import { describe, expect, it } from "vitest";
import { countriesNamedBy, foldSearchText, kindsNamedBy, searchTerms, sectorsNamedBy } from "./schedule-search";

describe("the schedule search's folding", () => {
  it("folds full-width letters, typographic quotes and dashes, and case, as NFKC and ASCII", () => {
    expect(foldSearchText("ＡＳＥＡＮ")).toBe("asean");
    expect(foldSearchText("Ministers\u2019 \u201CSummit\u201D")).toBe(`ministers' "summit"`);
    expect(foldSearchText("ASEAN\u2013Japan\u2011G7")).toBe("asean-japan-g7");
    expect(foldSearchText("日ＡＳＥＡＮ\u3000外相")).toBe("日asean 外相");
  });

  it("splits a search into its distinct words, at most eight, without control characters", () => {
    expect(searchTerms("  Tourism\u3000JAPAN tourism ")).toEqual(["tourism", "japan"]);
    expect(searchTerms("a\u001fb")).toEqual(["a", "b"]);
    expect(searchTerms("1 2 3 4 5 6 7 8 9 10")).toHaveLength(8);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("names searched for", () => {
  it("finds host countries by their names in both languages and the names readers use", () => {
    expect(countriesNamedBy("vietnam")).toEqual(["VN"]);
    expect(countriesNamedBy("viet nam")).toEqual(["VN"]);
    expect(countriesNamedBy("laos")).toEqual(["LA"]);
    expect(countriesNamedBy("インドネシア")).toEqual(["ID"]);
    expect(countriesNamedBy("korea")).toEqual(["KR"]);
  });

  it("finds sectors and types by their names, but not every meeting for “summit”", () => {
    expect(sectorsNamedBy("summit")).toEqual(["summit"]);
    expect(kindsNamedBy("summit")).toEqual([]);
    expect(kindsNamedBy("meeting")).toEqual(["meeting"]);
    expect(kindsNamedBy("youth")).toEqual(["program"]);
    expect(sectorsNamedBy("youth")).toEqual(["youth"]);
    expect(sectorsNamedBy("観光")).toEqual(["tourism"]);
  });
});
