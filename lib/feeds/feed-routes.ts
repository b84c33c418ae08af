/**
 * The feed URL grammar, in one table. Every feed is under /feeds/: a fixed file, or a file named
 * after its sector, country or event in a folder. The one route handler (app/feeds/[...path]),
 * the production server's poll fast path (server/main.mjs) and every link (feed-selection.ts
 * feedPath) use it.
 */
const FIXED_FILES = { all: "all.ics", special: "special.ics", youth: "youth.ics", filter: "filter.ics" } as const;
const FOLDERS = { sector: "sector", country: "country", event: "events" } as const;

type FixedKind = keyof typeof FIXED_FILES;
type FolderKind = keyof typeof FOLDERS;

/** The route a feed request arrived on: a fixed feed, or a folder and the file name in it ("tourism.ics"). */
export type FeedRoute = { kind: FixedKind } | { kind: FolderKind; file: string };

const fixedKinds = Object.keys(FIXED_FILES) as FixedKind[];
const folderKinds = Object.keys(FOLDERS) as FolderKind[];

/** The route of the path segments after /feeds/ (decoded), or null when no feed lives there. */
export function feedRouteFromSegments(segments: readonly string[]): FeedRoute | null {
  if (segments.length === 1) {
    const kind = fixedKinds.find((k) => FIXED_FILES[k] === segments[0]);
    return kind ? { kind } : null;
  }
  if (segments.length === 2) {
    const kind = folderKinds.find((k) => FOLDERS[k] === segments[0]);
    return kind && segments[1] !== "" ? { kind, file: segments[1] } : null;
  }
  return null;
}

/** The route of a raw URL path ("/feeds/sector/tourism.ics", percent-encoding allowed), or null. */
export function feedRouteFromPath(pathname: string): FeedRoute | null {
  if (!pathname.startsWith("/feeds/")) return null;
  try {
    return feedRouteFromSegments(pathname.slice("/feeds/".length).split("/").map(decodeURIComponent));
  } catch {
    return null; // malformed percent-encoding: no feed
  }
}

/** The path of a route: the inverse of feedRouteFromPath ("/feeds/sector/tourism.ics"). */
export function feedRoutePath(route: FeedRoute): string {
  return "file" in route ? `/feeds/${FOLDERS[route.kind]}/${encodeURIComponent(route.file)}` : `/feeds/${FIXED_FILES[route.kind]}`;
}
