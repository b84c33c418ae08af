import { z } from "zod";
import { isCountryCode } from "@/lib/events/countries";
import { parseScheduleFilters } from "@/lib/events/schedule-filters";
import { isSector } from "@/lib/events/sectors";
import { DEFAULT_FEED_LANG, type FeedLang, feedErrorText } from "./feed-text";
import type { FeedRoute } from "./feed-routes";
import type { FeedSelection } from "./feed-selection";
import type { FeedRange } from "./feed-window";

/** What a valid feed URL asks for. */
export type FeedRequest = { selection: FeedSelection; lang: FeedLang; range: FeedRange };

export type ParsedFeedRequest = ({ ok: true } & FeedRequest) | { ok: false; status: 400 | 404; message: string };

/** `?range=all`: every event; without `range`, the default window (lib/feeds/feed-window.ts). */
const rangeParam = z
  .literal("all")
  .nullable()
  .transform((value): FeedRange => value ?? "window");

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

function notFound(): ParsedFeedRequest {
  return { ok: false, status: 404, message: feedErrorText("notFound") };
}

/** "tourism.ics" → "tourism"; anything without the .ics extension is no feed. */
function stem(file: string): string | null {
  return file.endsWith(".ics") ? file.slice(0, -".ics".length) : null;
}

/**
 * Validates a feed request: `lang` (ja|en, default ja) and `range` (all, or absent) for every
 * feed, the schedule filters for filter.ics (any invalid value is a 400: a subscription must
 * not silently widen, nor silently stay windowed), and the sector, country or slug in the path
 * (unknown ones are 404). No database access.
 */
export function parseFeedRequest(route: FeedRoute, query: URLSearchParams): ParsedFeedRequest {
  const rawLang = query.get("lang");
  if (rawLang !== null && rawLang !== "ja" && rawLang !== "en") {
    return { ok: false, status: 400, message: feedErrorText("lang", { value: rawLang.slice(0, 50) }) };
  }
  const lang: FeedLang = rawLang ?? DEFAULT_FEED_LANG;
  const rawRange = query.get("range");
  const parsedRange = rangeParam.safeParse(rawRange);
  if (!parsedRange.success) {
    return { ok: false, status: 400, message: feedErrorText("range", { value: String(rawRange).slice(0, 50) }) };
  }
  const range = parsedRange.data;

  switch (route.kind) {
    case "all":
    case "special":
    case "youth":
      return { ok: true, lang, range, selection: { kind: route.kind } };
    case "filter": {
      const { filters, problems } = parseScheduleFilters(query);
      if (problems.length > 0) {
        const [p] = problems;
        return { ok: false, status: 400, message: feedErrorText("filter", { param: p.param, value: p.value.slice(0, 120) }) };
      }
      return { ok: true, lang, range, selection: { kind: "filter", filters } };
    }
    case "sector": {
      const sector = stem(route.file);
      return sector && isSector(sector) ? { ok: true, lang, range, selection: { kind: "sector", sector } } : notFound();
    }
    case "country": {
      const code = stem(route.file)?.toUpperCase();
      return code && isCountryCode(code) ? { ok: true, lang, range, selection: { kind: "country", country: code } } : notFound();
    }
    case "event": {
      const slug = stem(route.file);
      return slug && SLUG.test(slug) ? { ok: true, lang, range, selection: { kind: "event", slug } } : notFound();
    }
  }
}
