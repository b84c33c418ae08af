import { z } from "zod";

/**
 * How long a staff session lives: it ends after SESSION_IDLE_MINUTES without a request (default 30)
 * and SESSION_MAX_HOURS after sign-in whatever the activity (default 12).
 */
const policySchema = z.object({
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
});

export type SessionPolicy = { idleMs: number; maxMs: number };

export function parseSessionPolicy(source: Record<string, string | undefined>): SessionPolicy {
  const parsed = policySchema.safeParse({
    SESSION_IDLE_MINUTES: source.SESSION_IDLE_MINUTES || undefined,
    SESSION_MAX_HOURS: source.SESSION_MAX_HOURS || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid session settings: ${z.prettifyError(parsed.error)}`);
  const idleMs = parsed.data.SESSION_IDLE_MINUTES * 60_000;
  const maxMs = parsed.data.SESSION_MAX_HOURS * 3_600_000;
  return { idleMs: Math.min(idleMs, maxMs), maxMs };
}

let cached: SessionPolicy | undefined;

export function sessionPolicy(): SessionPolicy {
  cached ??= parseSessionPolicy(process.env);
  return cached;
}
