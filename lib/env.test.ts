import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults the staff time zone to Tokyo and keeps a real IANA zone", () => {
    expect(parseEnv({}).STAFF_TIME_ZONE).toBe("Asia/Tokyo");
    expect(parseEnv({ STAFF_TIME_ZONE: "Asia/Jakarta" }).STAFF_TIME_ZONE).toBe("Asia/Jakarta");
    expect(parseEnv({ STAFF_TIME_ZONE: "UTC" }).STAFF_TIME_ZONE).toBe("UTC");
  });

  it("refuses a staff time zone that is not an IANA zone, naming the variable", () => {
    for (const zone of ["", "JST", "Tokyo", "+09:00", "Asia/Tokio", "Mars/Olympus"]) {
      expect(() => parseEnv({ STAFF_TIME_ZONE: zone }), zone).toThrow(/STAFF_TIME_ZONE/);
    }
  });
});
