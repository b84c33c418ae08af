import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

/** Every calendar feed: the URL grammar is lib/feeds/feed-routes.ts, the rest lib/feeds/feed-service.ts. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return runtime().feeds.serve(request, (await params).path);
}

export const HEAD = GET;
