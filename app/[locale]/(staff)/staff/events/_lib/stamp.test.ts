import { describe, expect, it } from "vitest";

process.env.STAFF_TIME_ZONE = "Asia/Jakarta";
const { formatStamp } = await import("./stamp");

describe("formatStamp", () => {
  it("shows staff times in STAFF_TIME_ZONE, with the offset", () => {
    const instant = new Date(Date.UTC(2023, 8, 5, 1, 30));
    expect(formatStamp(instant)).toBe("2023-09-05 08:30 (UTC+7)");
    expect(formatStamp(instant.toISOString(), "Asia/Tokyo")).toBe("2023-09-05 10:30 (UTC+9)");
  });
});
