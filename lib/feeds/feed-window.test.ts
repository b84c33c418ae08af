import { describe, expect, it } from "vitest";
import { FEED_WINDOW_EVENTS, feedWindow, isWindowed } from "./feed-window";

describe("feedWindow", () => {
  it("keeps every event up to the cap", () => {
    for (const total of [0, 1, 60, FEED_WINDOW_EVENTS]) {
      expect(feedWindow(total, "window")).toEqual({ range: "window", total, skip: 0 });
      expect(isWindowed(feedWindow(total, "window"))).toBe(false);
    }
  });

  it("above the cap keeps the cap's worth of events at the end of the feed order (the latest-starting)", () => {
    expect(FEED_WINDOW_EVENTS).toBe(5000);
    expect(feedWindow(5001, "window")).toEqual({ range: "window", total: 5001, skip: 1 });
    expect(feedWindow(100_031, "window")).toEqual({ range: "window", total: 100_031, skip: 95_031 });
    expect(isWindowed(feedWindow(5001, "window"))).toBe(true);
  });

  it("keeps every event for range=all", () => {
    expect(feedWindow(100_031, "all")).toEqual({ range: "all", total: 100_031, skip: 0 });
    expect(isWindowed(feedWindow(100_031, "all"))).toBe(false);
  });
});
