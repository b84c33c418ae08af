import { serveFeed } from "../_lib/serve-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveFeed(request, { kind: "all" });
}

export const HEAD = GET;
