import { describe, expect, it } from "vitest";
import { formatRetryTime } from "./retry-time";

describe("formatRetryTime", () => {
  it("shows the clock time in the staff time zone and the minutes left, rounded up", () => {
    const retryAt = Date.UTC(2023, 8, 5, 5, 4, 30); // 14:04:30 in Tokyo
    const now = retryAt - 11.5 * 60_000;
    expect(formatRetryTime(retryAt, now, "en", "Asia/Tokyo")).toEqual({ time: "14:04 GMT+9", minutes: 12 });
    expect(formatRetryTime(retryAt, now, "ja", "Asia/Tokyo").time).toBe("14:04 JST");
    expect(formatRetryTime(retryAt, retryAt - 1000, "en", "UTC")).toEqual({ time: "05:04 UTC", minutes: 1 });
  });
});
