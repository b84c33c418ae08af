import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { getPublicEventBySlug, getRemovedEventBySlug } from "@/db/queries/public-events";
import { NotFoundInHtml } from "../../../_components/not-found-in-html";
import { NotFoundMessage } from "../../../_components/not-found-message";
import { queryFromSegment } from "@/lib/events/schedule-view-path";
import { localizedField } from "@/i18n/localized";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { pageMetadata } from "../../_lib/page-metadata";
import { BackToSchedule } from "./_components/back-to-schedule";
import { EventDetail } from "./_components/event-detail";
import { RemovedEventNotice } from "./_components/removed-event";

/** `from`: the schedule view the reader came from (from/[from]/page.tsx, lib/events/schedule-view-path.ts). */
type Props = { params: Promise<{ locale: string; slug: string; from?: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug, from } = await params;
  const event = getPublicEventBySlug(slug);
  if (!event) {
    const removed = getRemovedEventBySlug(slug);
    return removed ? { title: localizedField(removed, "title", locale).text, robots: { index: false, follow: true } } : {};
  }
  return pageMetadata({
    locale,
    path: `/events/${slug}`,
    title: localizedField(event, "title", locale).text,
    description: localizedField(event, "description", locale).text.slice(0, 200),
    image: previewImagePath(locale, { kind: "event", slug }),
    // The page as opened from a schedule view has the event page's own address as its canonical one.
    canonicalPath: from === undefined ? undefined : `/events/${slug}`,
  });
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, from: fromSegment } = await params;
  const from = fromSegment === undefined ? "" : queryFromSegment(fromSegment);
  const event = getPublicEventBySlug(slug);
  if (!event) {
    // A deleted public event says so (HTTP 200 and noindex: App Router pages cannot answer 410 Gone).
    const removed = getRemovedEventBySlug(slug);
    return removed ? (
      <article className="event-detail">
        <BackToSchedule from={from} />
        <RemovedEventNotice event={removed} locale={locale} />
      </article>
    ) : (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  return <EventDetail event={event} locale={locale} from={from} />;
}
