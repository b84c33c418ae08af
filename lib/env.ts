import path from "node:path";
import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/zones";

/** Server configuration, parsed once. Every variable has a safe local default. */
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default("file:data/app.db"),
  PUBLIC_BASE_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Times shown to staff (history, conflicts, "try again after 14:05"): the secretariat's zone.
  STAFF_TIME_ZONE: z
    .string()
    .default("Asia/Tokyo")
    .refine((zone) => zone === "UTC" || isValidTimeZone(zone), "not an IANA time zone (e.g. Asia/Tokyo)"),
  // Reverse proxies whose X-Forwarded-For is believed (lib/auth/client-address.ts): addresses or
  // CIDR ranges, separated by commas or spaces. None by default: the socket's address is the client's.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list) => list.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: "not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)" }))),
});

export type Env = z.infer<typeof envSchema>;

/** The configuration in `source`; throws a readable error naming each invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Absolute path of the SQLite file named by DATABASE_URL ("file:relative/or/absolute.db" or a plain path). */
export function databasePath(url = env().DATABASE_URL): string {
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** Absolute origin used in feeds and links (no trailing slash). */
export function publicBaseUrl(): string {
  const e = env();
  return (e.PUBLIC_BASE_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
