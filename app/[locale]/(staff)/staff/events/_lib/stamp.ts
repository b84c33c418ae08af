import { env } from "@/lib/env";
import { instantToLocal, utcOffsetLabel } from "@/lib/time/zones";

/** Staff-facing timestamps, in STAFF_TIME_ZONE (the secretariat's) with the offset spelled out. */
export function formatStamp(instant: Date | string, zone = env().STAFF_TIME_ZONE): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const local = instantToLocal(date, zone);
  return `${local.date} ${local.time} (${utcOffsetLabel(date, zone)})`;
}
