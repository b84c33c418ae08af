import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/events/kinds";
import { DATE_PRECISIONS } from "@/lib/time/date-precision";
import { cancelEventFields, eventRefSchema, moveEventSchema, redactEventSchema, restoreEventFields } from "@/lib/validation/event-actions";
import { eventFieldsSchema } from "@/lib/validation/event-input";
import { checkbox } from "@/lib/validation/text-fields";
import { localizedTextSchema } from "./localized-text";

/**
 * The staff API's bodies and answers for the OpenAPI document. Request bodies are the schemas the
 * routes parse with (the forms' own), the path's id left out; answers are described here.
 */
const text = z.string();
const instant = z.iso.datetime().nullable();

/** An event as the staff API returns it: every column, the private note and the row version included. */
export const staffEventSchema = z
  .object({
    id: z.number().int(),
    uid: text,
    seedKey: text.nullable(),
    slug: text,
    kind: z.enum(EVENT_KINDS),
    titleJa: text,
    titleEn: text,
    descriptionJa: text,
    descriptionEn: text,
    sector: text,
    hostKind: z.enum(HOST_KINDS),
    countryCode: z.enum(COUNTRY_CODES as [string, ...string[]]).nullable(),
    hostNoteJa: text,
    hostNoteEn: text,
    cityJa: text,
    cityEn: text,
    venueJa: text,
    venueEn: text,
    isSpecial: z.boolean(),
    recurrenceJa: text,
    recurrenceEn: text,
    sourceUrl: text.nullable(),
    sourceTitleJa: text,
    sourceTitleEn: text,
    sourceNoteJa: text,
    sourceNoteEn: text,
    status: z.enum(EVENT_STATUSES),
    cancelReason: text.meta({ description: "In Japanese." }),
    cancelReasonEn: text,
    staffNote: text,
    datePrecision: z.enum(DATE_PRECISIONS),
    isTentative: z.boolean(),
    allDay: z.boolean(),
    startDate: text.nullable().meta({ description: "Null for month precision (see startMonth)." }),
    endDate: text.nullable(),
    startMonth: text.nullable(),
    endMonth: text.nullable(),
    startAt: instant,
    endAt: instant,
    timeZone: text,
    sequence: z.number().int(),
    version: z.number().int().meta({ description: "The row version: send it back with every change (optimistic locking)." }),
    parentId: z.number().int().nullable(),
    programId: z.number().int().nullable(),
    sortOrder: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deletedAt: instant,
    updatedBy: z.number().int().nullable(),
  })
  .meta({ id: "StaffEvent" });

export const staffEventAnswerSchema = z.object({ event: staffEventSchema, changed: z.boolean().optional() }).meta({ id: "StaffEventAnswer" });

export const staffErrorSchema = z
  .object({
    error: z.string().meta({ description: "unauthenticated, forbidden, password_change_required (sign in on the site and choose your own password first), csrf, not_found, conflict, deleted, not_allowed, validation, invalid_file…" }),
    message: z.string().meta({ description: "In English." }),
    fieldErrors: z.record(z.string(), z.array(z.object({ code: z.string(), message: z.string() }))).optional(),
    problem: z.object({ code: z.string(), message: localizedTextSchema }).optional().meta({ description: "An import's problem, in both languages." }),
  })
  .loose()
  .meta({ id: "StaffError" });

const withoutId = <T extends z.ZodObject>(schema: T) => schema.omit({ id: true } as never);

export const staffBodies = {
  create: eventFieldsSchema.extend({ publish: checkbox.meta({ description: "true: publish at once (else a draft)." }) }),
  patch: eventFieldsSchema.extend({ version: eventRefSchema.shape.version }),
  version: withoutId(eventRefSchema),
  cancel: withoutId(cancelEventFields),
  restore: withoutId(restoreEventFields),
  move: withoutId(moveEventSchema),
  redact: withoutId(redactEventSchema),
  apply: z.object({ publish: checkbox.meta({ description: "true: the new events are published at once (else drafts)." }) }),
};

export const historySchema = z
  .object({
    entries: z.array(
      z.object({
        id: z.number().int().meta({ description: "The auditId for POST …/restore." }),
        at: z.iso.datetime(),
        action: z.string(),
        user: z.string().nullable(),
        version: z.number().int().nullable(),
        detail: z.string(),
        batchId: z.number().int().nullable(),
        before: z.record(z.string(), z.unknown()).nullable(),
        after: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
    page: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: "EventHistory" });

export const importUploadSchema = z.object({
  file: z.string().meta({ format: "binary", description: "The CSV (UTF-8 or Shift_JIS) or iCalendar file." }),
  icsLanguage: z.enum(["ja", "en"]).optional().meta({ description: "The language of a calendar's text (default ja)." }),
  kind: z.enum(EVENT_KINDS).optional().meta({ description: "The type of a calendar's new events (default meeting)." }),
  sector: z.string().optional().meta({ description: "The sector of a calendar's new events (default foreign-affairs)." }),
  host: z.string().optional().meta({ description: "The host of a calendar's new events (default JP)." }),
});
