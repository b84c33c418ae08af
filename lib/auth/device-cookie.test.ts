import { describe, expect, it } from "vitest";
import { deviceCookieAfterSignIn, deviceKey, trustedDeviceId } from "./device-cookie";

const key = deviceKey("unit-test-secret-0123456789");
let counter = 0;
const ids = () => `device-id-${String(++counter).padStart(6, "0")}`;

describe("device cookies", () => {
  it("remember a browser for the account that signed in there, and only for it", () => {
    const cookie = deviceCookieAfterSignIn(undefined, "tanaka@example.org", key, ids);
    const id = trustedDeviceId(cookie, "tanaka@example.org", key);
    expect(id).toMatch(/^device-id-/);
    expect(trustedDeviceId(cookie, "sato@example.org", key)).toBeNull();
    expect(cookie).not.toContain("tanaka");
  });

  it("refuse forged, altered or foreign tokens", () => {
    const cookie = deviceCookieAfterSignIn(undefined, "tanaka@example.org", key, ids);
    const [id, mac] = cookie.split(".");
    expect(trustedDeviceId(`${id}x.${mac}`, "tanaka@example.org", key)).toBeNull();
    const altered = `${mac[0] === "A" ? "B" : "A"}${mac.slice(1)}`;
    expect(trustedDeviceId(`${id}.${altered}`, "tanaka@example.org", key)).toBeNull();
    expect(trustedDeviceId(cookie, "tanaka@example.org", deviceKey("another-secret"))).toBeNull();
    for (const junk of ["", "~~~", "a.b", "x".repeat(5000), `${id}.${"A".repeat(43)}`]) expect(trustedDeviceId(junk, "tanaka@example.org", key)).toBeNull();
  });

  it("keep the device's id across sign-ins and hold the latest five accounts of a shared browser", () => {
    let cookie = deviceCookieAfterSignIn(undefined, "a@example.org", key, ids);
    const first = trustedDeviceId(cookie, "a@example.org", key);
    cookie = deviceCookieAfterSignIn(cookie, "a@example.org", key, ids);
    expect(trustedDeviceId(cookie, "a@example.org", key)).toBe(first);
    for (const who of ["b", "c", "d", "e", "f"]) cookie = deviceCookieAfterSignIn(cookie, `${who}@example.org`, key, ids);
    expect(trustedDeviceId(cookie, "f@example.org", key)).not.toBeNull();
    expect(trustedDeviceId(cookie, "b@example.org", key)).not.toBeNull();
    expect(trustedDeviceId(cookie, "a@example.org", key)).toBeNull();
  });
});
