import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldContent, foldLine, unfoldContent } from "./fold-lines";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

function expectWellFolded(original: string, folded: string) {
  const lines = folded.split("\r\n");
  for (const [i, line] of lines.entries()) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    // A line that ends inside a character would hold a lone surrogate (invalid UTF-8).
    expect(line.isWellFormed()).toBe(true);
    if (i > 0) expect(line.startsWith(" ")).toBe(true);
  }
  expect(unfoldContent(folded)).toBe(original);
}

describe("foldLine", () => {
  it("leaves lines of up to 75 octets alone", () => {
    const line = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds at 75 octets, continuation lines count their leading space", () => {
    const folded = foldLine(`DESCRIPTION:${"x".repeat(200)}`);
    const lines = folded.split("\r\n");
    expect(lines.map(octets)).toEqual([75, 75, 64]);
    expectWellFolded(`DESCRIPTION:${"x".repeat(200)}`, folded);
  });

  it("never splits Japanese (3 octets) or emoji (4 octets, a surrogate pair)", () => {
    for (const prefix of ["", "a", "ab", "abc"]) {
      const line = `SUMMARY:${prefix}${"日本語😀🇯🇵".repeat(30)}`;
      expectWellFolded(line, foldLine(line));
    }
  });

  it("holds for any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "日", "😀", "\\,", " ", "ｱ", "𠮷"), maxLength: 400 });
    fc.assert(fc.property(text, (t) => expectWellFolded(`X:${t}`, foldLine(`X:${t}`))), { numRuns: 300 });
  });
});

describe("foldContent", () => {
  it("folds each CRLF-separated line and keeps the line ends", () => {
    const content = `A:${"あ".repeat(40)}\r\nB:short\r\n`;
    const folded = foldContent(content);
    expect(folded.endsWith("\r\nB:short\r\n")).toBe(true);
    expect(unfoldContent(folded)).toBe(content);
  });
});

describe("foldContent on any content", () => {
  it("is every line folded on its own, short, long, ASCII or not, with or without a final CRLF", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "é", "日", "😀", " ", ":", ";"), maxLength: 120, size: "max" });
    const content = fc.tuple(fc.array(line, { maxLength: 8 }), fc.boolean()).map(([lines, final]) => lines.join("\r\n") + (final ? "\r\n" : ""));
    fc.assert(
      fc.property(content, (c) => {
        expect(foldContent(c)).toBe(c.split("\r\n").map(foldLine).join("\r\n"));
      }),
      { numRuns: 500 },
    );
  });
});
