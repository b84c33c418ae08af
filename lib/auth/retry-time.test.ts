import { describe, expect, it } from "vitest";
import { formatRetryTime, retryAtFromProviderError } from "./retry-time";

describe("formatRetryTime", () => {
  it("shows the clock time in the staff time zone with its UTC offset, as the site writes it, and the minutes left, rounded up", () => {
    const retryAt = Date.UTC(2023, 8, 5, 5, 4, 30); // 14:04:30 in Tokyo
    const now = retryAt - 11.5 * 60_000;
    expect(formatRetryTime(retryAt, now, "Asia/Tokyo")).toEqual({ time: "14:04 UTC+9", minutes: 12 });
    expect(formatRetryTime(retryAt, now, "Asia/Kolkata").time).toBe("10:34 UTC+5:30");
    expect(formatRetryTime(retryAt, retryAt - 1000, "UTC")).toEqual({ time: "05:04 UTC", minutes: 1 });
  });
});

describe("retryAtFromProviderError", () => {
  const now = Date.UTC(2023, 8, 5, 5, 0);

  it("reads a retry time the throttle could have given", () => {
    expect(retryAtFromProviderError(`RateLimited:${now + 60_000}`, now)).toBe(now + 60_000);
  });

  it("refuses anything else from the URL: past, far future, out of the Date range, not a number", () => {
    for (const error of [undefined, "", "CredentialsSignin", `RateLimited:${now}`, `RateLimited:${now + 2 * 3_600_000}`, "RateLimited:99999999999999999999999", "RateLimited:-5", "RateLimited:1e9", `RateLimited:${now + 1} `]) {
      expect(retryAtFromProviderError(error, now), String(error)).toBeNull();
    }
  });
});
