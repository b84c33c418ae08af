import fs from "node:fs";
import path from "node:path";
import { SEED_EVENTS } from "@/db/seed/seed";
import { startAppServer, type AppServer } from "../lib/app-server";
import { freshDatabase } from "@/db/testing/fresh-database";
import { createStaffAccounts } from "../lib/staff-accounts";
import { signInStaff } from "../lib/staff-client";
import { makeNginxDir, type NginxProcess } from "../lib/nginx";
import { changeDataExternally, directFeedGeneration } from "./feed-generation";
import { measureImport } from "./import-timing";
import { expectOk, waitUntilIdle } from "./http";
import { measure, type LoadOptions, type Measurement } from "./measure";
import { startBenchNginx } from "./nginx-config";
import { PROBE_FEED_PATH, startFreshnessProbe, type Freshness } from "./proxy-freshness";
import type { SizeResult } from "./report";
import { syntheticEvents } from "@/db/testing/synthetic-events";

/**
 * The default feed, windowed above 5,000 events (docs/FEEDS.md): what subscribers poll. Its
 * generation (first request, after a change) is a target; it is also measured under load.
 */
export const FEED_PATH = "/feeds/all.ics";
/** Every event: a stress case whose generation time and memory are reported (memory is a target). */
const FULL_FEED_PATH = `${FEED_PATH}?range=all`;
/**
 * Generation is timed on uncompressed responses, like the plain-Node figure. fetch asks for gzip
 * by default, and Next.js then compresses the response on the fly while this process
 * decompresses it: transfer costs, measured on their own
 * (gzipFeedMs), not generation.
 */
const UNCOMPRESSED = { "accept-encoding": "identity" };
const SCHEDULE_PATH = "/ja";
/** The public API's first page of events (100), as a script polls it. */
const API_EVENTS_PATH = "/api/v1/events";
const API_CHANGES_PATH = "/api/v1/changes";
const EVENT_PATH = `/ja/events/${SEED_EVENTS[0].slug}`;
/** The month with the most seeded events, and the year timeline (a table of counts above 300 events). */
const CALENDAR_PATH = "/ja/calendar/2023-11";
const YEAR_PATH = "/ja/year";
/** An event's link preview image (cached per data version after its first drawing). */
const PREVIEW_PATH = `/og/ja/events/${SEED_EVENTS[0].slug}.png`;
/** The changelog and its Atom feed, unfiltered and filtered (a rewritten view, a filtered feed). */
const CHANGES_PATH = "/ja/changes";
const CHANGES_FILTERED_PATH = "/en/changes?sector=tourism&since=2023-06-01";
const CHANGES_ATOM_PATH = "/feeds/changes.atom?lang=ja";
const CHANGES_ATOM_FILTERED_PATH = "/feeds/changes.atom?country=TH&lang=en";
/** Audit entries per event in the benchmark databases (synthetic staff edits), at most AUDIT_MAX. */
const AUDIT_PER_EVENT = 5;
const AUDIT_MAX = 50_000;

type SizeOptions = LoadOptions & { size: "seeded" | number; log: (line: string) => void; dir: string; freshness: boolean; changesOnly?: boolean };
type Spec = Parameters<typeof measure>[0];

/** The default feed after a data change made outside the server: cache miss, query, generation. */
async function regeneratedFeed(server: AppServer, databaseFile: string, previousLastModified: string | null, change: boolean) {
  if (change) changeDataExternally(databaseFile);
  // The server re-reads the shared data version at most once a second (lib/caching/data-version-tracker.ts).
  await new Promise((r) => setTimeout(r, 1100));
  const fresh = await expectOk(`${server.url}${FEED_PATH}`, UNCOMPRESSED);
  // Same events, so the same bytes and ETag; Last-Modified is the data's change time.
  if (fresh.headers.get("last-modified") === previousLastModified) throw new Error("The feed was not regenerated after the data version changed");
  return fresh;
}

function withRatios(measured: Measurement[]): SizeResult["measurements"] {
  const reference = (name: string) => measured.find((m) => m.target === "nginx-static" && m.name === name)?.requestsPerSecond;
  return measured.map((m) => {
    const ref = m.name.startsWith("feed") && m.target !== "nginx-static" ? reference(m.name) : undefined;
    return { ...m, ratio: ref ? Math.round((m.requestsPerSecond / ref) * 1000) / 1000 : null };
  });
}

/** One size of the benchmark: fresh database and server, nginx static + proxy, every measurement. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { size, log } = options;
  const label = size === "seeded" ? "seeded" : String(size);
  const databaseFile = path.join(options.dir, `bench-${label}.db`);
  log(`[${label}] preparing the benchmark database…`);
  const extra = size === "seeded" ? [] : syntheticEvents(size);
  const auditEntries = Math.min(AUDIT_MAX, AUDIT_PER_EVENT * (extra.length || SEED_EVENTS.length));
  const { events } = freshDatabase(databaseFile, extra, { auditEntries });
  if (options.changesOnly) return runChanges({ ...options, label, databaseFile, events, auditEntries });
  const [editor] = await createStaffAccounts(databaseFile, 1, "bench-editor");
  const direct = await directFeedGeneration(databaseFile, "http://127.0.0.1", FULL_FEED_PATH);
  const importTiming = measureImport(databaseFile);
  log(`[${label}] ${events} events; the full feed in plain Node: ${direct.ms} ms; a ${importTiming.rows}-row import: preview ${importTiming.previewMs} ms + apply ${importTiming.applyMs} ms; starting the production server…`);
  const server = await startAppServer({ databaseFile });
  const nginxDir = makeNginxDir();
  let nginx: NginxProcess | undefined;
  try {
    // Warm the server (route modules, DB connection) without touching the feed.
    await expectOk(`${server.url}${SCHEDULE_PATH}`);
    const cold = await expectOk(`${server.url}${FEED_PATH}`, UNCOMPRESSED);
    const full = await expectOk(`${server.url}${FULL_FEED_PATH}`, UNCOMPRESSED);

    const staticRoot = path.join(nginxDir, "static");
    fs.mkdirSync(path.join(staticRoot, "feeds"), { recursive: true });
    const started = await startBenchNginx(nginxDir, { appPort: server.port, staticRoot });
    nginx = started.nginx;
    const { staticPort, proxyPort } = started;
    const staticUrl = `http://127.0.0.1:${staticPort}${FEED_PATH}`;
    const proxyBase = `http://127.0.0.1:${proxyPort}`;

    // The data change before the measured feed: a staff edit watched through the proxy, or a write from outside.
    let probe: { done(): Promise<Freshness> } | null = null;
    if (options.freshness) {
      const staff = await signInStaff(server.url, editor.email, editor.password);
      probe = await startFreshnessProbe(`${proxyBase}${PROBE_FEED_PATH}`, staff);
    }
    const regenerated = await regeneratedFeed(server, databaseFile, cold.headers.get("last-modified"), !options.freshness);
    // Compared with the full feed as it is after the change (the feeds' "Last change" line carries it).
    const fullNow = await expectOk(`${server.url}${FULL_FEED_PATH}`, UNCOMPRESSED);
    const gzipped = await expectOk(`${server.url}${FULL_FEED_PATH}`, { "accept-encoding": "gzip" });
    if (gzipped.body.length !== fullNow.body.length) throw new Error("The gzipped full feed differs from the uncompressed one");
    const rssAfterGenerationMb = Math.round(server.peakRss() / 1e6);
    log(`[${label}] default feed ${regenerated.body.length} bytes: first request ${cold.ms} ms, after a data change ${regenerated.ms} ms; full feed ${full.body.length} bytes in ${full.ms} ms; a cached full feed gzipped ${gzipped.ms} ms`);

    // nginx static serves exactly the default feed's bytes, the reference for the app's feed 200.
    const served = await expectOk(`${server.url}${FEED_PATH}`);
    const etag = served.headers.get("etag")!;
    fs.writeFileSync(path.join(staticRoot, FEED_PATH), served.body);
    const staticEtag = (await expectOk(staticUrl)).headers.get("etag")!;
    const viaProxy = await expectOk(`${proxyBase}${FEED_PATH}`);
    if (!viaProxy.body.equals(served.body)) throw new Error("The proxy served other bytes than the app");
    for (const page of [EVENT_PATH, CALENDAR_PATH, YEAR_PATH, PREVIEW_PATH, API_EVENTS_PATH]) await expectOk(`${server.url}${page}`);

    const specs: Spec[] = [
      ...(await changesSpecs(server, log, label)),
      { name: "feed 200", target: "app", url: `${server.url}${FEED_PATH}`, expectedStatus: 200 },
      { name: "feed 304", target: "app", url: `${server.url}${FEED_PATH}`, expectedStatus: 304, headers: { "if-none-match": etag } },
      { name: "schedule page", target: "app", url: `${server.url}${SCHEDULE_PATH}`, expectedStatus: 200 },
      { name: "event page", target: "app", url: `${server.url}${EVENT_PATH}`, expectedStatus: 200 },
      { name: "calendar page", target: "app", url: `${server.url}${CALENDAR_PATH}`, expectedStatus: 200 },
      { name: "year page", target: "app", url: `${server.url}${YEAR_PATH}`, expectedStatus: 200 },
      { name: "preview image", target: "app", url: `${server.url}${PREVIEW_PATH}`, expectedStatus: 200 },
      { name: "api events", target: "app", url: `${server.url}${API_EVENTS_PATH}`, expectedStatus: 200 },
      { name: "feed 200", target: "nginx-static", url: staticUrl, expectedStatus: 200 },
      { name: "feed 304", target: "nginx-static", url: staticUrl, expectedStatus: 304, headers: { "if-none-match": staticEtag } },
      { name: "feed 200", target: "nginx-proxy", url: `${proxyBase}${FEED_PATH}`, expectedStatus: 200 },
      { name: "feed 304", target: "nginx-proxy", url: `${proxyBase}${FEED_PATH}`, expectedStatus: 304, headers: { "if-none-match": etag } },
      { name: "schedule page", target: "nginx-proxy", url: `${proxyBase}${SCHEDULE_PATH}`, expectedStatus: 200 },
      { name: "event page", target: "nginx-proxy", url: `${proxyBase}${EVENT_PATH}`, expectedStatus: 200 },
    ];
    const measured: Measurement[] = [];
    for (const spec of specs) {
      log(`[${label}] ${spec.target} ${spec.name}: ${options.duration} s at ${options.connections} connections…`);
      measured.push(await measure(spec, options));
      await waitUntilIdle(server.url);
      log(`[${label}] server peak RSS so far: ${Math.round(server.peakRss() / 1e6)} MB`);
    }
    let proxyFreshness: Freshness | null = null;
    if (probe) {
      log(`[${label}] waiting for the staff edit to show through the proxy…`);
      proxyFreshness = await probe.done();
    }
    return {
      size: label,
      events,
      auditEntries,
      feedBytes: regenerated.body.length,
      coldFeedMs: cold.ms,
      regeneratedFeedMs: regenerated.ms,
      fullFeedBytes: full.body.length,
      fullFeedMs: full.ms,
      gzipFeedMs: gzipped.ms,
      directBuildFeedMs: direct.ms,
      rssAfterGenerationMb,
      peakRssMb: Math.round(server.peakRss() / 1e6),
      proxyFreshness,
      importTiming,
      measurements: withRatios(measured),
    };
  } finally {
    await nginx?.stop();
    await server.stop();
    fs.rmSync(nginxDir, { recursive: true, force: true });
  }
}

/**
 * The changelog's lines: its page (unfiltered and a filtered view) and its Atom feed (200, and a
 * current poll's 304), after their first request (a cache miss: the query and the render), which
 * is logged.
 */
async function changesSpecs(server: AppServer, log: (line: string) => void, label: string): Promise<Spec[]> {
  const first: string[] = [];
  for (const path of [CHANGES_PATH, CHANGES_FILTERED_PATH, CHANGES_ATOM_PATH, CHANGES_ATOM_FILTERED_PATH, API_CHANGES_PATH]) {
    const response = await expectOk(`${server.url}${path}`);
    first.push(`${path} ${response.ms} ms`);
  }
  log(`[${label}] changelog, first requests: ${first.join(", ")}`);
  const atom = await expectOk(`${server.url}${CHANGES_ATOM_PATH}`);
  return [
    { name: "changes page", target: "app", url: `${server.url}${CHANGES_PATH}`, expectedStatus: 200 },
    { name: "changes page filtered", target: "app", url: `${server.url}${CHANGES_FILTERED_PATH}`, expectedStatus: 200 },
    { name: "changes atom 200", target: "app", url: `${server.url}${CHANGES_ATOM_PATH}`, expectedStatus: 200 },
    { name: "changes atom filtered", target: "app", url: `${server.url}${CHANGES_ATOM_FILTERED_PATH}`, expectedStatus: 200 },
    { name: "changes atom 304", target: "app", url: `${server.url}${CHANGES_ATOM_PATH}`, expectedStatus: 304, headers: { "if-none-match": atom.headers.get("etag")! } },
    { name: "api changes", target: "app", url: `${server.url}${API_CHANGES_PATH}`, expectedStatus: 200 },
  ];
}

/** `--only changes`: the changelog's lines alone, on the app alone (no nginx, no feed generation). */
async function runChanges(options: SizeOptions & { label: string; databaseFile: string; events: number; auditEntries: number }): Promise<SizeResult> {
  const { label, log } = options;
  log(`[${label}] ${options.events} events, ${options.auditEntries} audit entries; starting the production server…`);
  const server = await startAppServer({ databaseFile: options.databaseFile });
  try {
    await expectOk(`${server.url}${SCHEDULE_PATH}`);
    const measured: Measurement[] = [];
    // The schedule page too: the reference the changelog's lines compare with under the same load.
    const reference: Spec = { name: "schedule page", target: "app", url: `${server.url}${SCHEDULE_PATH}`, expectedStatus: 200 };
    for (const spec of [reference, ...(await changesSpecs(server, log, label))]) {
      log(`[${label}] ${spec.target} ${spec.name}: ${options.duration} s at ${options.connections} connections…`);
      measured.push(await measure(spec, options));
      await waitUntilIdle(server.url);
    }
    return { size: label, events: options.events, auditEntries: options.auditEntries, feedBytes: 0, coldFeedMs: 0, regeneratedFeedMs: 0, fullFeedBytes: 0, fullFeedMs: 0, gzipFeedMs: 0, directBuildFeedMs: null, rssAfterGenerationMb: 0, peakRssMb: Math.round(server.peakRss() / 1e6), proxyFreshness: null, measurements: withRatios(measured) };
  } finally {
    await server.stop();
  }
}
