import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";

describe("argon2id password hashing", () => {
  it("hashes with argon2id and a random salt, and verifies only the right password", async () => {
    const a = await hashPassword("Sakura-Fuji-2023-Jakarta");
    const b = await hashPassword("Sakura-Fuji-2023-Jakarta");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "Sakura-Fuji-2023-Jakarta")).toBe(true);
    expect(await verifyPassword(a, "sakura-fuji-2023-jakarta")).toBe(false);
  });

  it("returns false instead of throwing on a malformed stored hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });

  it("has one dummy hash per process, with the same parameters as a real hash, that no typed password matches", async () => {
    const real = await hashPassword("Sakura-Fuji-2023-Jakarta");
    const dummy = await dummyPasswordHash();
    expect(dummy.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
    expect(await dummyPasswordHash()).toBe(dummy);
    for (const guess of ["", "password", "undefined", "null"]) expect(await verifyPassword(dummy, guess)).toBe(false);
  });
});
