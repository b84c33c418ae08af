import { Feed } from "feed";
import type { ScheduleFilters } from "@/lib/events/schedule-filters";
import { filtersLabel } from "@/lib/feeds/feed-selection";
import { type FeedLang, feedText } from "@/lib/feeds/feed-text";
import { changeFacts, changeSummary, changeText, changeTitle, factText, noteText } from "./change-text";
import { changeDay, formatChangeTime } from "./change-time";
import { changesFeedPath, changesViewHref } from "./changes-view";
import type { ChangeEntry } from "./public-change";

/** Entries in one Atom document: the latest changes (a reader polls far more often than 50 arrive); the changelog page has them all. */
export const ATOM_ENTRIES = 50;

/** An empty feed's `updated`: the schedule's first day, not the clock (the bytes depend on the data only). */
const NO_CHANGE_YET = new Date("2023-01-01T00:00:00Z");

// Characters XML 1.0 cannot carry at all (C0 controls but TAB, LF, CR; U+FFFE, U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe in any XML element: well-formed UTF-16 without the characters XML forbids. */
function xmlText(text: string): string {
  return text.toWellFormed().replace(NOT_XML, "");
}

/** Text inside an element of type="html": escaped, so a title is never markup (and never ends a CDATA section). */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function html(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export type ChangesAtomContext = { lang: FeedLang; baseUrl: string; filters: ScheduleFilters };

/** The feed's title: the changes to the schedule, or to the filtered events ("…: Tourism / Japan"). */
export function changesFeedTitle(filters: ScheduleFilters, lang: FeedLang): string {
  const t = changeText(lang);
  const label = filtersLabel(filters, lang);
  return xmlText(label ? t("atomTitleFiltered", { filters: label }) : t("atomTitle"));
}

/** A page's <link rel="alternate" type="application/atom+xml"> to the feed of `filters`' changes (Next's metadata `alternates.types`). */
export function changesFeedAlternate(filters: ScheduleFilters, lang: FeedLang) {
  return { "application/atom+xml": [{ url: changesFeedPath(filters, lang), title: changesFeedTitle(filters, lang) }] };
}

/** The permanent id of an entry: a tag URI (RFC 4151) of the site's host and the audit entry, the same in both languages. */
export function changeEntryId(baseUrl: string, entryId: number): string {
  return `tag:${new URL(baseUrl).hostname},2023:changes/${entryId}`;
}

function entryContent(entry: ChangeEntry, lang: FeedLang): string {
  const t = changeText(lang);
  const facts = changeFacts(entry.change, lang).map((fact) => `<li>${html(factText(fact, lang))}</li>`);
  const note = noteText(entry.note, lang);
  return [
    `<ul>${facts.join("")}</ul>`,
    note ? `<p>${html(t("note", { note: note.text }))}</p>` : "",
    `<p>${html(t("changedAt", { time: formatChangeTime(entry.at, lang) }))}</p>`,
  ].join("");
}

/**
 * The Atom feed (RFC 4287) of the latest changes to the events `filters` select, newest first, in
 * `lang`, built by the `feed` library. Every value comes from the entries (ids, times, texts), so
 * unchanged data gives identical bytes: the ETag holds across processes and restarts.
 */
export function buildChangesAtom(entries: readonly ChangeEntry[], ctx: ChangesAtomContext): string {
  const { lang, baseUrl, filters } = ctx;
  const view = { filters, since: null };
  const feed = new Feed({
    id: `${baseUrl}${changesFeedPath(filters, lang)}`,
    title: changesFeedTitle(filters, lang),
    description: changeText(lang)("atomSubtitle"),
    updated: entries[0]?.at ?? NO_CHANGE_YET,
    link: `${baseUrl}/${lang}${changesViewHref(view)}`,
    feed: `${baseUrl}${changesFeedPath(filters, lang)}`,
    author: { name: feedText(lang)("siteName"), link: `${baseUrl}/${lang}` },
    generator: false,
  });
  for (const entry of entries) {
    const title = changeTitle(entry.change, lang).text;
    const link = entry.publicSlug
      ? `${baseUrl}/${lang}/events/${encodeURIComponent(entry.publicSlug)}`
      : `${baseUrl}/${lang}${changesViewHref({ filters, since: changeDay(entry.at) })}#change-${entry.id}`;
    feed.addItem({
      id: changeEntryId(baseUrl, entry.id),
      title: html(`${title}: ${changeSummary(entry.change, lang)}`),
      link,
      date: entry.at,
      content: entryContent(entry, lang),
    });
  }
  return feed.atom1();
}
