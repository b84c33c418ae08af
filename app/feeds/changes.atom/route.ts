import { runtime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/** The changelog's Atom feed, for every filter of the schedule (lib/changes/changes-feed-service.ts). */
export async function GET(request: Request): Promise<Response> {
  return runtime().changes.serve(request);
}

export const HEAD = GET;
