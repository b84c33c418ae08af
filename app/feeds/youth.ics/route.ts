import { serveFeed } from "../_lib/serve-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveFeed(request, { kind: "youth" });
}

export const HEAD = GET;
