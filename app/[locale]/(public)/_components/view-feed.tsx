import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { hasActiveFilters, type ScheduleFilters } from "@/lib/events/schedule-filters";
import { type CollectionSelection, feedName, feedPath } from "@/lib/feeds/feed-selection";
import { SubscribeChoices } from "./subscribe-choices";

/** "Subscribe to this view": the feed of the view's filters (of every event when unfiltered), folded on screen, its address printed on paper. */
export async function ViewFeed({ filters, locale }: { filters: ScheduleFilters; locale: AppLocale }) {
  const t = await getTranslations("schedule");
  const feed: CollectionSelection = hasActiveFilters(filters) ? { kind: "filter", filters } : { kind: "all" };
  const feedUrl = `${publicBaseUrl()}${feedPath(feed, locale)}`;
  return (
    <>
      <details className="subscribe-view">
        <summary>{t("subscribe")}</summary>
        <p className="hint">{t("subscribeHint")}</p>
        <SubscribeChoices url={feedUrl} name={feedName(feed, locale)} />
      </details>
      <p className="print-only">{t("printFeed", { url: feedUrl })}</p>
    </>
  );
}
