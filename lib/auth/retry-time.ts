import { env } from "@/lib/env";

/** "14:05 JST" (in STAFF_TIME_ZONE) and the whole minutes left (at least 1), for the rate-limit message. */
export function formatRetryTime(retryAt: number, now: number, locale: string, timeZone = env().STAFF_TIME_ZONE): { time: string; minutes: number } {
  const time = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(retryAt));
  return { time, minutes: Math.max(1, Math.ceil((retryAt - now) / 60_000)) };
}
