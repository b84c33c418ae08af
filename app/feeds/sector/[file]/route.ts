import { serveFeed } from "../../_lib/serve-feed";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { file } = await params;
  return serveFeed(request, { kind: "sector", file });
}

export const HEAD = GET;
