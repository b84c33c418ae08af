import { instantToLocal, utcOffsetLabel } from "@/lib/time/zones";

/** Staff-facing timestamps are shown in Japan time (the secretariat's), with the offset spelled out. */
const STAFF_ZONE = "Asia/Tokyo";

export function formatStamp(instant: Date | string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const local = instantToLocal(date, STAFF_ZONE);
  return `${local.date} ${local.time} (${utcOffsetLabel(date, STAFF_ZONE)})`;
}
