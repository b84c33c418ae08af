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
