import { checkCredentials, type CredentialDeps } from "@/lib/auth/credentials";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { memorySignInStore } from "@/lib/testing/memory-sign-in-store";
import type { Check } from "./report";

export type SignInTiming = { wrongPasswordMs: number; unknownEmailMs: number; difference: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * How long the credential check takes for a wrong password and for an unknown email, with real
 * argon2 and the store in memory (the database part is the same for both). They must match, or
 * response times tell which accounts exist. Runs alternate, so other load hits both sides alike.
 */
export async function measureSignInTiming(runs = 41): Promise<SignInTiming> {
  const email = "timing@example.test";
  const user = { id: 1, email, name: "T", role: "editor" as const, disabled: false, passwordHash: await hashPassword("Sakura-Fuji-2023-Jakarta"), sessionVersion: 1 };
  const deps: CredentialDeps = { store: memorySignInStore([user]).store, verifyPassword, dummyPasswordHash };
  await dummyPasswordHash();
  const time = async (who: string, i: number) => {
    const start = performance.now();
    // An hour apart and from new addresses, so the rate limit never answers instead of argon2.
    await checkCredentials({ email: who, password: "wrong-password-attempt", ip: `198.51.100.${i}`, now: Date.now() + i * 3_600_000 }, deps);
    return performance.now() - start;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < runs; i++) {
    known.push(await time(email, i));
    unknown.push(await time(`ghost${i}@example.test`, i));
  }
  const [wrongPasswordMs, unknownEmailMs] = [median(known), median(unknown)];
  return { wrongPasswordMs, unknownEmailMs, difference: Math.abs(wrongPasswordMs - unknownEmailMs) / Math.max(wrongPasswordMs, unknownEmailMs) };
}

export function signInTimingCheck(t: SignInTiming): Check {
  return {
    size: "-",
    what: "sign-in: unknown email vs wrong password",
    value: `${t.unknownEmailMs.toFixed(0)}/${t.wrongPasswordMs.toFixed(0)} ms`,
    target: "differ <= 25%",
    ok: t.difference <= 0.25,
  };
}
