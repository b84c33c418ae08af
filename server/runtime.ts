import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { readDataVersion } from "@/db/data-version";
import { type Connection, openDatabase } from "@/db/open-database";
import { readFeedEvents } from "@/db/queries/feed-events";
import { applyPublicChangeRule } from "@/db/queries/public-change-rule";
import { readChangesFeed } from "@/db/queries/public-changes";
import { seedIfEmpty } from "@/db/seed/seed";
import { applySeedRevisions } from "@/db/seed/seed-revisions";
import { createPublicDataService, type PublicDataService } from "@/lib/api/public-data-service";
import { createDataVersionTracker, type DataVersionTracker } from "@/lib/caching/data-version-tracker";
import { createChangesFeedService, type ChangesFeedService } from "@/lib/changes/changes-feed-service";
import { createPageCache, type PageCache } from "@/lib/caching/page-cache";
import { createResponseReplay, type ResponseReplay } from "@/lib/caching/response-replay";
import { withoutClientRuntime } from "@/lib/caching/without-client-runtime";
import { databasePath, publicBaseUrl } from "@/lib/env";
import { withHashPolicy } from "@/lib/security/script-policy";
import { createFeedService, type FeedService } from "@/lib/feeds/feed-service";
import { createPreviewService, type PreviewService } from "@/lib/previews/preview-service";
import type { RequestFacts } from "./request-facts";
import { currentRuntime, installRuntime } from "./runtime-slot.cjs";

/**
 * Everything that lives as long as the server process, in one object: the database connection,
 * the data version as this process knows it, the feed services (their caches included), the
 * rendered-page cache, the link preview images, and the cache of the public API's answers and
 * exports. Created once per process by instrumentation.ts at start, and reached
 * only through runtime().
 */
export type AppRuntime = {
  database: Connection;
  dataVersion: DataVersionTracker;
  feeds: FeedService;
  /** The changelog's Atom feeds (/feeds/changes.atom), cached per data version like the iCal feeds. */
  changes: ChangesFeedService;
  pages: PageCache;
  publicData: PublicDataService;
  /** Public answers Next.js gave, sent again by server/main.mjs without Next (docs/CACHING.md). */
  replay: ResponseReplay;
  /** Link preview images, drawn once per data version (app/og). */
  previews: PreviewService;
  /** What server/main.mjs needs to learn from the app about the request being handled. */
  requests: AsyncLocalStorage<RequestFacts>;
  startedAt: Date;
};

/** Opens (migrates, revises seeded rows, seeds if empty) the database and builds the caches around its data version. */
function createRuntime(): AppRuntime {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database must not be opened during `next build`.");
  }
  const database = openDatabase(databasePath());
  const revised = applySeedRevisions(database.db);
  if (revised > 0) console.log(`Revised ${revised} seeded events in ${database.file}.`);
  const derived = applyPublicChangeRule(database.db);
  if (derived > 0) console.log(`Derived the public changes of ${derived} audit entries.`);
  const seeded = seedIfEmpty(database.db);
  if (seeded) console.log(`Seeded ${database.file} with ${seeded.eventsInserted} events.`);
  const dataVersion = createDataVersionTracker({
    localChangeCount: database.localDataChanges,
    readVersion: () => readDataVersion(database.db).version,
  });
  return {
    database,
    dataVersion,
    feeds: createFeedService({ tracker: dataVersion, readFeed: readFeedEvents(database.db), baseUrl: publicBaseUrl() }),
    changes: createChangesFeedService({ tracker: dataVersion, read: readChangesFeed(database.db), baseUrl: publicBaseUrl() }),
    // Public pages lose Next's scripts first (lib/caching/without-client-runtime.ts); the hash policy then lists what is left.
    pages: createPageCache({ tracker: dataVersion, prepare: (page) => { withoutClientRuntime(page); withHashPolicy(page); } }),
    publicData: createPublicDataService({ tracker: dataVersion }),
    previews: createPreviewService({ tracker: dataVersion }),
    replay: createResponseReplay({ tracker: dataVersion }),
    requests: new AsyncLocalStorage(),
    startedAt: new Date(),
  };
}

/** The runtime of this process: the one instrumentation.ts created, or a new one (tests, scripts). */
export function runtime(): AppRuntime {
  return currentRuntime() ?? installRuntime(createRuntime());
}
