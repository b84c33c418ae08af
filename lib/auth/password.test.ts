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

  it("uses a dummy hash of the same cost, so unknown emails take as long as wrong passwords", async () => {
    const real = await hashPassword("Sakura-Fuji-2023-Jakarta");
    const dummy = await dummyPasswordHash();
    expect(dummy.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
    // Interleaved runs and medians, so that load from other processes hits both sides alike.
    const once = async (hash: string) => {
      const start = performance.now();
      await verifyPassword(hash, "wrong password attempt");
      return performance.now() - start;
    };
    const real_: number[] = [];
    const dummy_: number[] = [];
    for (let i = 0; i < 9; i++) {
      real_.push(await once(real));
      dummy_.push(await once(dummy));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [t1, t2] = [median(real_), median(dummy_)];
    expect(Math.abs(t1 - t2) / Math.max(t1, t2)).toBeLessThan(0.5);
  });
});
