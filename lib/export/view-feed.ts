import type { EventQuery } from "@/lib/api/event-query";
import { YOUTH_PROGRAM_SLUG } from "@/lib/events/programs";
import type { FeedSelection } from "@/lib/feeds/feed-selection";

/**
 * The feed of a view, for its iCalendar export: the same feed the view's page offers (a country
 * page its country's, the youth program page the youth feed, a filtered list the filtered feed).
 * A month calendar's feed is that of its filters: a subscription outlives the month. Null for a
 * program that has no feed of its own.
 */
export function viewFeedSelection(q: Pick<EventQuery, "filters" | "program">): FeedSelection | null {
  const { filters } = q;
  if (q.program) return q.program === YOUTH_PROGRAM_SLUG && Object.keys(filters).length === 0 ? { kind: "youth" } : null;
  const keys = Object.keys(filters);
  if (keys.length === 0) return { kind: "all" };
  if (keys.length === 1 && filters.country) return { kind: "country", country: filters.country as Extract<FeedSelection, { kind: "country" }>["country"] };
  if (keys.length === 1 && filters.sector) return { kind: "sector", sector: filters.sector };
  if (keys.length === 1 && filters.special) return { kind: "special" };
  if (keys.length === 1 && filters.type === "program") return { kind: "youth" };
  return { kind: "filter", filters };
}
