/** The staff's time zone for messages such as "try again after 14:05 JST" (the secretariat is in Tokyo). */
export function staffTimeZone(): string {
  return process.env.STAFF_TIME_ZONE || "Asia/Tokyo";
}

/** "14:05 JST" and the whole minutes left (at least 1), for the rate-limit message. */
export function formatRetryTime(retryAt: number, now: number, locale: string, timeZone = staffTimeZone()): { time: string; minutes: number } {
  const time = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(retryAt));
  return { time, minutes: Math.max(1, Math.ceil((retryAt - now) / 60_000)) };
}
