/**
 * npx tsx --conditions=react-server scripts/bench/feed-memory.ts [--events 100000] [--db file]
 *
 * Time and peak memory of generating the full all-events feed (/feeds/all.ics?range=all) in
 * plain Node, without a server or load: creates a benchmark database of the seeded events plus
 * `--events` synthetic ones (or uses `--db`, an existing one), generates the feed twice as a
 * cache miss does, and prints after each the time, the size and this process's peak RSS (VmHWM).
 * A quick check of generation memory (about a minute at 100,000 events); `npm run bench` measures
 * the server under load.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { cliOptions } from "../lib/cli-args";
import { freshDatabase } from "@/db/testing/fresh-database";
import { peakRssOfTree } from "../lib/process-tree";
import { directFeedGeneration } from "./feed-generation";
import { syntheticEvents } from "@/db/testing/synthetic-events";

const options = cliOptions(
  { events: z.coerce.number().int().min(0).max(1_000_000).default(100_000), db: z.string().optional() },
  "Usage: npx tsx --conditions=react-server scripts/bench/feed-memory.ts [--events 100000] [--db file]",
);

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "feed-memory-"));
  try {
    const file = options.db ?? path.join(dir, "bench.db");
    if (!options.db) console.log(`${freshDatabase(file, syntheticEvents(options.events)).events} events in ${file}`);
    console.log(`peak RSS before generating: ${mb(peakRssOfTree(process.pid))}`);
    for (const run of [1, 2]) {
      const { ms, bytes } = await directFeedGeneration(file, "http://127.0.0.1", "/feeds/all.ics?range=all");
      console.log(`full feed ${run}: ${ms} ms, ${mb(bytes)}, peak RSS so far ${mb(peakRssOfTree(process.pid))}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
