import { env } from "@/lib/env";
import { instantToLocal, utcOffsetLabel } from "@/lib/time/zones";
import { defaultThrottlePolicy } from "./rate-limit";

/**
 * "14:05 UTC+9" (in STAFF_TIME_ZONE, with the offset written as everywhere else on the site) and
 * the whole minutes left (at least 1), for the throttle's message. The same in both languages.
 */
export function formatRetryTime(retryAt: number, now: number, timeZone = env().STAFF_TIME_ZONE): { time: string; minutes: number } {
  const at = new Date(retryAt);
  return { time: `${instantToLocal(at, timeZone).time} ${utcOffsetLabel(at, timeZone)}`, minutes: Math.max(1, Math.ceil((retryAt - now) / 60_000)) };
}

/**
 * The retry time in next-auth's "?error=RateLimited:<ms>" (lib/auth/options.ts), or null when the
 * parameter is anything else: it comes from the URL, so a time that is past, or further ahead than
 * the throttle ever delays, is not one the server gave.
 */
export function retryAtFromProviderError(error: string | undefined, now: number): number | null {
  const digits = error?.match(/^RateLimited:(\d{1,16})$/)?.[1];
  if (digits === undefined) return null;
  const retryAt = Number(digits);
  const latest = now + Math.max(defaultThrottlePolicy.maxDelayMs, defaultThrottlePolicy.addressWindowMs);
  return retryAt > now && retryAt <= latest ? retryAt : null;
}
