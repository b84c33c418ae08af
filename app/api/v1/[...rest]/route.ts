import { corsPreflight } from "@/lib/api/public-http";
import { notFoundAnswer } from "../_lib/answer";

/** Any other address under /api/v1: a 404 in JSON, in both languages, rather than an HTML page. */
export function GET(): Response {
  return notFoundAnswer();
}

export const HEAD = GET;
export const OPTIONS = corsPreflight;
