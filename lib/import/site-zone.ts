import { env } from "@/lib/env";

/** The zone of an import's times that name none: the secretariat's (STAFF_TIME_ZONE), as an IANA name. */
export function importSiteZone(zone = env().STAFF_TIME_ZONE): string {
  return zone === "UTC" ? "Etc/UTC" : zone;
}
