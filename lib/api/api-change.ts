import { z } from "zod";
import { changeFacts, changeSummary, factText } from "@/lib/changes/change-text";
import { changeDay } from "@/lib/changes/change-time";
import { type ChangeEntry, type ChangeItem, DETAIL_TOPICS } from "@/lib/changes/public-change";
import { HOST_KINDS } from "@/lib/events/hosts";
import { eventPageUrl } from "@/lib/feeds/feed-event";
import { DATE_PRECISIONS } from "@/lib/time/date-precision";
import { localizedTextSchema } from "./localized-text";

/**
 * An entry of the public changelog as the API gives it: when (an instant, and the day in Japan
 * time the changelog files it under), which event (its page while it is public), what the public
 * could see change, item by item, both as data and as the changelog's text in both languages,
 * and the secretariat's note. The schema is the OpenAPI document's and the serializer's type.
 */
const text = localizedTextSchema;

const changeDateSchema = z
  .object({
    datePrecision: z.enum(DATE_PRECISIONS),
    isTentative: z.boolean(),
    allDay: z.boolean(),
    startDate: z.string(),
    endDate: z.string(),
    startAt: z.iso.datetime().nullable(),
    endAt: z.iso.datetime().nullable(),
    timeZone: z.string(),
  })
  .meta({ id: "ChangeDate", description: "How the event was dated (as stored: a month-only event keeps whole months)." });

const changePlaceSchema = z
  .object({ hostKind: z.enum(HOST_KINDS), countryCode: z.string().nullable(), cityJa: z.string(), cityEn: z.string(), venueJa: z.string(), venueEn: z.string() })
  .meta({ id: "ChangePlace" });

const withText = { text: text.meta({ description: "The item as the changelog words it." }) };
const TOPICS = [...DETAIL_TOPICS, "title", "place"] as const;

export const apiChangeItemSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.enum(["published", "restored", "removed", "uncancelled"]), ...withText }),
    z.object({ type: z.literal("cancelled"), reason: text, ...withText }),
    z.object({ type: z.literal("date"), before: changeDateSchema, after: changeDateSchema, ...withText }),
    z.object({ type: z.literal("place"), before: changePlaceSchema, after: changePlaceSchema, ...withText }),
    z.object({ type: z.literal("title"), before: text, after: text, ...withText }),
    z.object({ type: z.literal("details"), topics: z.array(z.enum(TOPICS)).meta({ description: "What was updated, without its text." }), ...withText }),
  ])
  .meta({ id: "ChangeItem" });

export const apiChangeSchema = z
  .object({
    id: z.number().int().meta({ description: "The entry's id: entries are listed newest first, by time and then id." }),
    at: z.iso.datetime().meta({ description: "When the change was made (UTC)." }),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "The day it is filed under, in Japan time (as the changelog's since)." }),
    event: z
      .object({
        id: z.number().int(),
        slug: z.string().nullable().meta({ description: "While the event is public now; null once it is not (its entries stay)." }),
        pages: text.nullable().meta({ description: "Its pages in each language while it is public, else null." }),
      })
      .meta({ id: "ChangeEvent" }),
    title: text.meta({ description: "The event's title as the public knew it then; empty once an admin removed its public text." }),
    summary: text.meta({ description: "Every item as one line, as the changelog and its feed word it." }),
    items: z.array(apiChangeItemSchema),
    note: text.nullable().meta({ description: "The secretariat's note on this change, if any." }),
  })
  .meta({ id: "Change" });

export type ApiChange = z.infer<typeof apiChangeSchema>;

export const apiChangeListSchema = z
  .object({
    data: z.array(apiChangeSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next (older) page; null on the last page." }),
    next: z.string().nullable().meta({ description: "The next page's full URL; null on the last page." }),
  })
  .meta({ id: "ChangeList" });

const pair = (ja: string, en: string) => ({ ja, en });

/** An item's data: a cancellation's reasons as one text in both languages, the rest as stored. */
function itemData(item: ChangeItem) {
  return item.type === "cancelled" ? { type: item.type, reason: pair(item.reason, item.reasonEn ?? "") } : item;
}

export function apiChange(entry: ChangeEntry, baseUrl: string): ApiChange {
  const [ja, en] = [changeFacts(entry.change, "ja"), changeFacts(entry.change, "en")];
  const slug = entry.publicSlug;
  const hasNote = entry.note.ja.trim() !== "" || entry.note.en.trim() !== "";
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    day: changeDay(entry.at),
    event: { id: entry.eventId, slug, pages: slug ? pair(eventPageUrl(baseUrl, "ja", slug), eventPageUrl(baseUrl, "en", slug)) : null },
    title: pair(entry.change.title.ja, entry.change.title.en),
    summary: pair(changeSummary(entry.change, "ja"), changeSummary(entry.change, "en")),
    items: entry.change.items.map((item, i) => ({ ...itemData(item), text: pair(factText(ja[i], "ja"), factText(en[i], "en")) }) as ApiChange["items"][number]),
    note: hasNote ? pair(entry.note.ja, entry.note.en) : null,
  };
}
