import type { AppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";

/** An event's address as text, on paper only: printed links lose their targets. */
export function PrintedEventUrl({ slug, locale }: { slug: string; locale: AppLocale }) {
  return <span className="print-only printed-url">{`${publicBaseUrl()}/${locale}/events/${slug}`}</span>;
}
