import { describe, expect, it } from "vitest";
import { atomProblems } from "./atom-conformance";

const entry = (id: string, extra = "") => `<entry><id>${id}</id><title>t</title><updated>2023-10-20T05:05:00.000Z</updated><link href="https://x.org/e"/>${extra}</entry>`;
const feed = (body: string) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>`;
const head = `<id>https://x.org/f</id><title>f</title><updated>2023-10-20T05:05:00Z</updated><author><name>a</name></author>`;

describe("atomProblems", () => {
  it("finds nothing wrong in a minimal conformant feed", () => {
    expect(atomProblems(feed(head + entry("tag:x.org,2023:1") + entry("tag:x.org,2023:2")))).toEqual([]);
  });

  it("reports what RFC 4287 requires and the feed lacks", () => {
    expect(atomProblems("<feed><id>")[0]).toMatch(/^not well-formed XML/);
    expect(atomProblems(feed(`<title>f</title><updated>yesterday</updated>${entry("x")}${entry("x")}`))).toEqual([
      "the feed has 0 <id> elements, not one",
      'the feed\'s id "" is not an absolute IRI',
      'the feed\'s updated "yesterday" is not an RFC 3339 date-time',
      'entry 1\'s id "x" is not an absolute IRI',
      "entry 1 has no author, and the feed none",
      'entry 2\'s id "x" is not an absolute IRI',
      'entry 2\'s id "x" is not unique',
      "entry 2 has no author, and the feed none",
    ]);
    expect(atomProblems(feed(head + `<entry><id>tag:a,2023:1</id><title type="rtf">t</title><updated>2023-10-20T05:05:00Z</updated></entry>`))).toEqual([
      'entry 1 <title> has type "rtf"',
      "entry 1 has no link",
    ]);
  });
});
