import { getTranslations } from "next-intl/server";
import { countEventsBetween } from "@/db/queries/calendar-events";
import { getProgramBySlug } from "@/db/queries/programs";
import { getPublicEventBySlug } from "@/db/queries/public-events";
import { localizedField } from "@/i18n/localized";
import type { AppLocale } from "@/i18n/routing";
import { TIMELINE_YEAR, yearEnd, yearStart } from "@/lib/calendar/year-timeline";
import { countryName } from "@/lib/events/countries";
import { hostName } from "@/lib/events/hosts";
import { YOUTH_PROGRAM_SLUG } from "@/lib/events/programs";
import { sectorLabel } from "@/lib/events/sectors";
import { publicBaseUrl } from "@/lib/env";
import { PREVIEW_FONT_FAMILY } from "@/lib/previews/preview-fonts";
import type { PreviewElement } from "@/lib/previews/preview-service";
import type { PreviewSubject } from "@/lib/previews/preview-paths";
import { eventDateFromRow, lastDayOfMonth } from "@/lib/time/date-precision";
import { formatEventDate, formatMonth } from "@/lib/time/format";

type Card = { title: string; lines: string[]; badges: { text: string; tone: "special" | "cancelled" | "plain" }[] };

const ALL_TIME = ["0000-01-01", "9999-12-31"] as const;

/** Cuts a title a card cannot hold at a word or character, with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** What a preview card says about its subject, in the page's language; null when there is nothing (an unknown event). */
async function cardFor(locale: AppLocale, subject: PreviewSubject): Promise<Card | null> {
  const t = await getTranslations({ locale, namespace: "views" });
  const common = await getTranslations({ locale, namespace: "common" });
  const count = (from: string, to: string, filters = {}) => t("preview.eventsCount", { count: countEventsBetween(filters, from, to) });
  switch (subject.kind) {
    case "event": {
      const event = getPublicEventBySlug(subject.slug);
      if (!event) return null;
      const city = localizedField(event, "city", locale).text.trim();
      return {
        title: localizedField(event, "title", locale).text,
        lines: [formatEventDate(eventDateFromRow(event), locale), [hostName(event, locale), city].filter(Boolean).join(locale === "ja" ? "・" : ", "), sectorLabel(event.sector, locale)],
        badges: [
          ...(event.isSpecial ? [{ text: t("preview.special"), tone: "special" as const }] : []),
          ...(event.status === "cancelled" ? [{ text: t("preview.cancelled"), tone: "cancelled" as const }] : []),
        ],
      };
    }
    case "month": {
      const month = formatMonth(subject.month, locale);
      return { title: t("calendar.title", { month }), lines: [count(`${subject.month}-01`, lastDayOfMonth(subject.month)), common("siteSubtitle")], badges: [] };
    }
    case "country":
      return { title: countryName(subject.code, locale), lines: [count(...ALL_TIME, { country: subject.code }), common("siteSubtitle")], badges: [] };
    case "page": {
      const pages = await getTranslations({ locale });
      if (subject.page === "youth-program") {
        const program = getProgramBySlug(YOUTH_PROGRAM_SLUG);
        return { title: program ? localizedField(program, "name", locale).text : pages("common.nav.youthProgram"), lines: [common("siteSubtitle")], badges: [] };
      }
      if (subject.page === "changes") return { title: pages("changes.title"), lines: [common("siteSubtitle")], badges: [] };
      const title = { schedule: pages("schedule.title"), year: t("year.title"), feeds: pages("feeds.title"), countries: pages("countries.indexTitle") }[subject.page];
      const total = subject.page === "year" ? count(yearStart(TIMELINE_YEAR), yearEnd(TIMELINE_YEAR)) : count(...ALL_TIME);
      return { title, lines: [total, common("siteSubtitle")], badges: [] };
    }
  }
}

const BADGE_COLORS = { special: ["#fff3d1", "#7a4f00"], cancelled: ["#fdecee", "#a4001d"], plain: ["#e8f0f8", "#0b4f8a"] } as const;

/**
 * A link preview card, 1200×630, for satori: the site's name on its blue band, the subject's
 * title, its dates, host and sector (an event) or its count of events (a page), and ★ or
 * Cancelled, in the page's language and the bundled Japanese font.
 */
export async function previewCard(locale: AppLocale, subject: PreviewSubject): Promise<PreviewElement | null> {
  const card = await cardFor(locale, subject);
  if (!card) return null;
  const site = await getTranslations({ locale, namespace: "views.preview" });
  const host = new URL(publicBaseUrl()).host;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: PREVIEW_FONT_FAMILY, color: "#1a1a1a" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", background: "#0b4f8a", color: "#ffffff", padding: "26px 56px", fontSize: 32, fontWeight: 700 }}>
        <span>{site("siteName")}</span>
        <span style={{ fontSize: 40 }}>50</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "40px 56px 0" }}>
        {card.badges.length > 0 && (
          <div style={{ display: "flex", marginBottom: 20 }}>
            {card.badges.map((badge) => (
              <span key={badge.text} style={{ display: "flex", fontSize: 28, fontWeight: 700, padding: "4px 20px", marginRight: 16, borderRadius: 999, background: BADGE_COLORS[badge.tone][0], color: BADGE_COLORS[badge.tone][1] }}>
                {badge.text}
              </span>
            ))}
          </div>
        )}
        <div style={{ display: "flex", fontSize: card.title.length > 36 ? 50 : 64, fontWeight: 700, lineHeight: 1.3 }}>{fit(card.title, 80)}</div>
        {card.lines.filter(Boolean).map((line, i) => (
          <div key={line} style={{ display: "flex", marginTop: i === 0 ? 28 : 10, fontSize: i === 0 ? 36 : 30, color: i === 0 ? "#1a1a1a" : "#555555" }}>
            {fit(line, 70)}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", padding: "0 56px 30px", fontSize: 24, color: "#555555" }}>{host}</div>
    </div>
  );
}
