import { isChangesFeedSegments } from "@/lib/changes/changes-feed-service";
import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

/**
 * Every calendar feed: the URL grammar is lib/feeds/feed-routes.ts, the rest lib/feeds/feed-service.ts.
 * And the changelog's Atom feed, /feeds/changes.atom (lib/changes/changes-feed-service.ts).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { path } = await params;
  if (isChangesFeedSegments(path)) return runtime().changes.serve(request);
  return runtime().feeds.serve(request, path);
}

export const HEAD = GET;
