import { describe, expect, it } from "vitest";
import { calendarText, calendarUri, eventText } from "./sanitize-text";

describe("eventText", () => {
  it("keeps text, tabs and LF; turns CRLF and CR into LF; drops other control characters", () => {
    expect(eventText("a,b;c\\d\t日本😀")).toBe("a,b;c\\d\t日本😀");
    expect(eventText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
    expect(eventText("bell\u0007 esc\u001b nul\u0000 del\u007f")).toBe("bell esc nul del");
    expect(eventText("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });
});

describe("calendarText", () => {
  it("can never add a line: breaks and controls become spaces", () => {
    expect(calendarText("name\r\nX-INJECTED:1\nEND:VCALENDAR")).toBe("name X-INJECTED:1 END:VCALENDAR");
    expect(calendarText("a\u2028b\u0085c\u0000d")).toBe("a b c d");
  });

  it("escapes TEXT specials itself, since ical-generator does not for calendar properties", () => {
    expect(calendarText("a, b; c\\d")).toBe("a\\, b\\; c\\\\d");
  });
});

describe("calendarUri", () => {
  it("drops line breaks and percent-encodes spaces", () => {
    expect(calendarUri("https://example.org/feeds/filter.ics?q=a b\r\nX:1")).toBe("https://example.org/feeds/filter.ics?q=a%20bX:1");
  });
});
