/**
 * npm start — prepares the environment and serves the production build:
 * creates data/, generates a NEXTAUTH_SECRET once (kept in data/.nextauth-secret), migrates and
 * seeds an empty database, then serves the build (scripts/server.mjs). Options: PORT, HOST, DATABASE_URL, NEXTAUTH_URL.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { countUsers } from "@/db/queries/user-count";
import { seedIfEmpty } from "@/db/seed/seed";
import { databasePath } from "@/lib/env";
import { spawnProductionServer } from "./lib/production-server";

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(process.cwd(), "data", ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first (or `npm run quickstart`).");
  process.exit(1);
}

const file = databasePath();
const { db, sqlite } = openDatabase(file);
const seeded = seedIfEmpty(db);
if (seeded) console.log(`Seeded ${file} with ${seeded.eventsInserted} events.`);
if (countUsers(db) === 0) {
  console.log("No staff accounts yet. Create the first admin with:\n  npm run user:create -- --email you@example.org --role admin");
}
sqlite.close();

const env = {
  ...process.env,
  NEXTAUTH_SECRET: secret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
const child = spawnProductionServer({ host, port, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
