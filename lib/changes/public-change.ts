import { upgradeSnapshot, type EventSnapshot, type SnapshotValue } from "@/lib/audit/event-snapshot";
import { sameValue } from "@/lib/events/event-edit";
import { isHostKind, type HostKind } from "@/lib/events/hosts";
import type { DatePrecision } from "@/lib/time/date-precision";

/**
 * What the public could see change in one audit entry of an event: the entry of the public
 * changelog, its Atom feed, the event page's history and the feeds' "Last change" line.
 *
 * Only an event that was public (published or cancelled, not deleted) before or after the write
 * has one: a draft's edits never do. Between two public versions, only what pages and feeds show
 * counts (never the private note, the order among siblings or bookkeeping); a write that changed
 * nothing of that has none. Values are kept as the public saw them, JSON-safe (instants as ISO
 * strings), so that an entry reads the same whatever happens to the event later.
 *
 * The rule is versioned: entries stored under an older PUBLIC_CHANGE_RULE are derived again from
 * their before/after snapshots (db/queries/public-change-rule.ts).
 */
export const PUBLIC_CHANGE_RULE = 2;

export type ChangeTitle = { ja: string; en: string };
export type CancelReasonText = { ja: string; en: string };

/** How an event was dated (lib/time/date-precision.ts), instants as ISO strings. */
export type ChangeDate = {
  datePrecision: DatePrecision;
  isTentative: boolean;
  allDay: boolean;
  startDate: string;
  endDate: string;
  startAt: string | null;
  endAt: string | null;
  timeZone: string;
};

export type ChangePlace = { hostKind: HostKind; countryCode: string | null; cityJa: string; cityEn: string; venueJa: string; venueEn: string };

/** Public fields without a before → after of their own: the entry names what was updated. */
export const DETAIL_TOPICS = ["description", "special", "sector", "type", "recurrence", "hostNote", "source", "itinerary"] as const;
/** What an entry of a redacted event says changed where it would have given the text. */
const REDACTED_TOPICS = ["title", "place"] as const;
export type DetailTopic = (typeof DETAIL_TOPICS)[number] | (typeof REDACTED_TOPICS)[number];

const DETAIL_FIELDS: Record<(typeof DETAIL_TOPICS)[number], readonly string[]> = {
  description: ["descriptionJa", "descriptionEn"],
  special: ["isSpecial"],
  sector: ["sector"],
  type: ["kind"],
  recurrence: ["recurrenceJa", "recurrenceEn"],
  hostNote: ["hostNoteJa", "hostNoteEn"],
  source: ["sourceTitleJa", "sourceTitleEn", "sourceNoteJa", "sourceNoteEn", "sourceUrl"],
  itinerary: ["programId", "parentId"],
};

const DATE_FIELDS = ["datePrecision", "isTentative", "allDay", "startDate", "endDate", "startAt", "endAt", "timeZone"] as const;
const PLACE_FIELDS = ["hostKind", "countryCode", "cityJa", "cityEn", "venueJa", "venueEn"] as const;

export type ChangeItem =
  | { type: "published" }
  | { type: "restored" }
  | { type: "removed" }
  | { type: "cancelled"; reason: string; reasonEn: string }
  | { type: "uncancelled" }
  | { type: "date"; before: ChangeDate; after: ChangeDate }
  | { type: "place"; before: ChangePlace; after: ChangePlace }
  | { type: "title"; before: ChangeTitle; after: ChangeTitle }
  | { type: "details"; topics: DetailTopic[] };

/** The event's title as the public knew it then, and what changed. */
export type PublicChange = { title: ChangeTitle; items: ChangeItem[] };

const text = (v: SnapshotValue | undefined): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));
const flag = (v: SnapshotValue | undefined): boolean => v === true || v === 1 || v === "1";
const instant = (v: SnapshotValue | undefined): string | null => {
  if (typeof v !== "string" && typeof v !== "number") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/** Published or cancelled, and not deleted: what the schedule and the feeds show. */
export function isPublicSnapshot(s: EventSnapshot | null | undefined): boolean {
  return !!s && (s.status === "published" || s.status === "cancelled") && (s.deletedAt === null || s.deletedAt === undefined);
}

/** A snapshot's cancel reason; one written before the reason was bilingual is read as its language's (upgradeSnapshot). */
function reasonOf(s: EventSnapshot): CancelReasonText {
  const upgraded = upgradeSnapshot(s) ?? s;
  return { ja: text(upgraded.cancelReason), en: text(upgraded.cancelReasonEn) };
}

const sameReason = (a: CancelReasonText, b: CancelReasonText) => a.ja === b.ja && a.en === b.en;

function titleOf(s: EventSnapshot): ChangeTitle {
  return { ja: text(s.titleJa), en: text(s.titleEn) };
}

// Snapshots written before dates had a precision or hosts a kind lack those fields.
function dateOf(s: EventSnapshot): ChangeDate {
  return {
    datePrecision: s.datePrecision === "month" ? "month" : "day",
    isTentative: flag(s.isTentative),
    allDay: flag(s.allDay),
    startDate: text(s.startDate),
    endDate: text(s.endDate),
    startAt: instant(s.startAt),
    endAt: instant(s.endAt),
    timeZone: text(s.timeZone),
  };
}

function placeOf(s: EventSnapshot): ChangePlace {
  const countryCode = typeof s.countryCode === "string" && s.countryCode ? s.countryCode : null;
  const kind = typeof s.hostKind === "string" && isHostKind(s.hostKind) ? s.hostKind : countryCode ? "country" : "unstated";
  return { hostKind: kind, countryCode, cityJa: text(s.cityJa), cityEn: text(s.cityEn), venueJa: text(s.venueJa), venueEn: text(s.venueEn) };
}

const CANCEL_REASON_FIELDS = ["cancelReason", "cancelReasonEn"] as const;

/** A cancellation with its public reason in Japanese (`reason`, as older snapshots have it alone) and English. */
function cancelledItem(s: EventSnapshot): ChangeItem {
  return { type: "cancelled", reason: text(s.cancelReason), reasonEn: text(s.cancelReasonEn) };
}

/** What changed between two public versions, in the order an entry lists it. */
function publicEdits(before: EventSnapshot, after: EventSnapshot): ChangeItem[] {
  const items: ChangeItem[] = [];
  if (before.status === "published" && after.status === "cancelled") items.push(cancelledItem(after));
  else if (before.status === "cancelled" && after.status === "published") items.push({ type: "uncancelled" });
  else if (after.status === "cancelled" && CANCEL_REASON_FIELDS.some((f) => text(before[f]) !== text(after[f]))) items.push(cancelledItem(after));
  const [dateBefore, dateAfter] = [dateOf(before), dateOf(after)];
  if (DATE_FIELDS.some((f) => !sameValue(dateBefore[f], dateAfter[f]))) items.push({ type: "date", before: dateBefore, after: dateAfter });
  const [placeBefore, placeAfter] = [placeOf(before), placeOf(after)];
  if (PLACE_FIELDS.some((f) => !sameValue(placeBefore[f], placeAfter[f]))) items.push({ type: "place", before: placeBefore, after: placeAfter });
  const [titleBefore, titleAfter] = [titleOf(before), titleOf(after)];
  if (titleBefore.ja !== titleAfter.ja || titleBefore.en !== titleAfter.en) items.push({ type: "title", before: titleBefore, after: titleAfter });
  const topics = DETAIL_TOPICS.filter((topic) => DETAIL_FIELDS[topic].some((f) => !sameValue(before[f] ?? null, after[f] ?? null)));
  if (topics.length > 0) items.push({ type: "details", topics });
  return items;
}

/** The public change of one write (before null: a creation; after null never happens for events), or null. */
export function derivePublicChange(before: EventSnapshot | null, after: EventSnapshot | null): PublicChange | null {
  const wasPublic = isPublicSnapshot(before);
  const isPublic = isPublicSnapshot(after);
  if (!wasPublic && !isPublic) return null;
  const shown = (isPublic ? after : before) as EventSnapshot;
  const head = { title: titleOf(shown) };
  if (!isPublic) return { ...head, items: [{ type: "removed" }] };
  if (!wasPublic) {
    // Back after a deletion of a public version, or public for the first time (or again after being a draft).
    const back = before !== null && before.deletedAt != null && (before.status === "published" || before.status === "cancelled");
    const items: ChangeItem[] = [{ type: back ? "restored" : "published" }];
    if (shown.status === "cancelled") items.push(cancelledItem(shown));
    return { ...head, items };
  }
  const items = publicEdits(before as EventSnapshot, shown);
  return items.length > 0 ? { ...head, items } : null;
}

/**
 * An entry of an event whose public text an admin removed (lib/events/event-redaction.ts): no
 * title, place, reason or text before → after any more, only that they changed, and the dates.
 */
export function withoutRemovedText(change: PublicChange): PublicChange {
  const topics: DetailTopic[] = [];
  const items: ChangeItem[] = [];
  for (const item of change.items) {
    if (item.type === "title" || item.type === "place") topics.push(item.type);
    else if (item.type === "details") topics.push(...item.topics);
    else items.push(item.type === "cancelled" ? { type: "cancelled", reason: "", reasonEn: "" } : item);
  }
  if (topics.length > 0) items.push({ type: "details", topics });
  return { title: { ja: "", en: "" }, items };
}

/** The staff's optional note for the changelog, in both languages. */
export type PublicNote = { ja: string; en: string };

/** One entry of the changelog as pages and feeds show it. */
export type ChangeEntry = {
  id: number;
  at: Date;
  eventId: number;
  change: PublicChange;
  note: PublicNote;
  /** The event's address while it is public now (published or cancelled, not deleted), else null. */
  publicSlug: string | null;
};
