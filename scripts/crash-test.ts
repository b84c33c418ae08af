/**
 * npm run test:crash — durability under crashes: acknowledged staff edits survive SIGKILL.
 *
 * Starts the production server on a fresh test database, has several signed-in editors save a
 * stream of edits through the JSON API (renames and new events), and at a random moment kills
 * the whole server process tree with SIGKILL. With the server down it checks the file: PRAGMA
 * integrity_check is ok and every edit acknowledged before the kill is there. Then restarts it
 * (WAL recovery) and repeats, `--kills` times. Exits 1 on any lost edit or other failure.
 *
 *   npm run test:crash -- [--kills 20] [--editors 3] [--max-delay-ms 2000] [--seed <n>]
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { startAppServer } from "./lib/app-server";
import { cliOptions } from "./lib/cli-args";
import { createEvent, currentVersion, editLoop, newEditLog } from "./lib/edit-stream";
import { freshDatabase } from "@/db/testing/fresh-database";
import { createStaffAccounts } from "./lib/staff-accounts";
import { signInStaff } from "./lib/staff-client";
import { verifyAcknowledgedEdits } from "./lib/verify-edits";

const usage = "Usage: npm run test:crash -- [--kills 20] [--editors 3] [--max-delay-ms 2000] [--seed <n>]";
const options = cliOptions(
  {
    kills: z.coerce.number().int().min(1).max(1000).default(20),
    editors: z.coerce.number().int().min(1).max(20).default(3),
    "max-delay-ms": z.coerce.number().int().min(1).max(60_000).default(2000),
    seed: z.coerce.number().int().min(0).default(() => crypto.randomInt(2 ** 31)),
  },
  usage,
);

/** mulberry32, so a failing run can be repeated with --seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const rand = random(options.seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-test-"));
  const databaseFile = path.join(dir, "crash.db");
  // One secret for every restart, as in production (sessions would survive; editors sign in again anyway).
  const env = { NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url") };
  const log = newEditLog();
  const problems: string[] = [];
  try {
    freshDatabase(databaseFile);
    const accounts = await createStaffAccounts(databaseFile, options.editors, "crash-editor");
    const events: { id: number; version: number }[] = [];
    console.log(`crash test: ${options.kills} kills, ${options.editors} editors, seed ${options.seed}`);

    for (let kill = 1; kill <= options.kills; kill++) {
      const server = await startAppServer({ databaseFile, env });
      const clients = await Promise.all(accounts.map((a) => signInStaff(server.url, a.email, a.password)));
      // Each editor works on its own event; after a restart, from the version the database has.
      for (let i = 0; i < clients.length; i++) {
        if (events[i]) events[i].version = await currentVersion(clients[i], events[i].id);
        else {
          const created = await createEvent(clients[i], `crash editor ${i + 1} event`, log);
          if (!created) throw new Error(`Could not create the event of editor ${i + 1}: ${log.failures.at(-1)}`);
          events[i] = { id: created.id, version: created.version };
        }
      }
      const ackedBefore = log.acked.length;
      const cutBefore = log.networkErrors;
      let stopped = false;
      const loops = clients.map((client, i) =>
        editLoop(client, events[i], { label: `crash editor ${i + 1} run ${kill}`, stop: () => stopped, log, createEvery: 7 }),
      );
      const delay = Math.round(50 + rand() * options["max-delay-ms"]);
      await new Promise((r) => setTimeout(r, delay));
      await server.crash();
      stopped = true;
      const ends = await Promise.all(loops);
      ends.forEach((end, i) => (events[i].version = end.version));

      const found = verifyAcknowledgedEdits(databaseFile, log.acked);
      problems.push(...found.map((p) => `after kill ${kill}: ${p}`));
      const serverErrors = log.failures.filter((f) => f.startsWith("5"));
      console.log(
        `kill ${String(kill).padStart(3)} after ${String(delay).padStart(4)} ms: ${log.acked.length - ackedBefore} edits acknowledged this run, ` +
          `${log.networkErrors - cutBefore} cut off in flight, ` +
          `${log.acked.length} in total, integrity ${found.some((p) => p.startsWith("integrity")) ? "FAILED" : "ok"}, ${found.length} problems, ${serverErrors.length} 5xx so far`,
      );
      if (found.length > 0) break;
    }
    const unexpected = log.failures.filter((f) => !f.startsWith("409"));
    problems.push(...unexpected.map((f) => `failed response: ${f}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  if (problems.length > 0) {
    console.error(`\nFAIL (${seconds} s, seed ${options.seed}):\n${problems.slice(0, 50).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(`\nPASS: ${log.acked.length} acknowledged edits all present after ${options.kills} SIGKILLs; integrity ok every time (${seconds} s).`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
