import { decode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeSessionToken, newSessionToken, refreshSessionToken, SESSION_SLIDE_INTERVAL_MS } from "./session-cookie";

const policy = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const user = { id: 3, email: "editor@example.test", name: "Editor", role: "editor" as const, sessionVersion: 2 };
const signedInAt = Date.parse("2023-09-05T01:00:00Z");

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-0123456789-abcdefghij";
});

async function cookieAt(now: number) {
  return (await encodeSessionToken(newSessionToken(user, now), now, policy)).value;
}

describe("refreshSessionToken", () => {
  it("leaves a session slid less than a minute ago as it is", async () => {
    const value = await cookieAt(signedInAt);
    expect(await refreshSessionToken(value, signedInAt + SESSION_SLIDE_INTERVAL_MS - 1, policy)).toBe("current");
  });

  it("re-issues an older one with lastActivity now and the idle limit from now", async () => {
    const value = await cookieAt(signedInAt);
    const now = signedInAt + 5 * 60_000;
    const refreshed = await refreshSessionToken(value, now, policy);
    if (refreshed === null || refreshed === "current") throw new Error(`expected a new cookie, got ${refreshed}`);
    expect(refreshed.expires.getTime()).toBe(now + policy.idleMs);
    const token = await decode({ token: refreshed.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ uid: 3, sessionVersion: 2, issuedAt: signedInAt, lastActivity: now });
  });

  it("refuses unreadable and expired sessions", async () => {
    expect(await refreshSessionToken("not-a-token", signedInAt, policy)).toBeNull();
    const value = await cookieAt(signedInAt);
    expect(await refreshSessionToken(value, signedInAt + policy.idleMs, policy)).toBeNull();
  });
});
