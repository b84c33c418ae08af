import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
} from "drizzle-orm/sqlite-core";
import type { EventSnapshot } from "../lib/audit/event-snapshot";
import type { PublicChange } from "../lib/changes/public-change";
import { HOST_KINDS } from "../lib/events/hosts";
import { DATE_PRECISIONS } from "../lib/time/date-precision";

/** Instants are stored as integer milliseconds since the epoch (UTC). */
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

export const countries = sqliteTable("countries", {
  code: text("code").primaryKey(), // ISO 3166-1 alpha-2
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
  timeZone: text("time_zone").notNull(), // IANA zone of the capital: default for new events
  isAsean: integer("is_asean", { mode: "boolean" }).notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const programs = sqliteTable("programs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  seedKey: text("seed_key").unique(),
  slug: text("slug").notNull().unique(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
  descriptionJa: text("description_ja").notNull().default(""),
  descriptionEn: text("description_en").notNull().default(""),
  participantsJapan: integer("participants_japan").notNull().default(0),
  participantsAsean: integer("participants_asean").notNull().default(0),
  nationalLeaders: integer("national_leaders").notNull().default(0),
  participantsNoteJa: text("participants_note_ja").notNull().default(""),
  participantsNoteEn: text("participants_note_en").notNull().default(""),
  themeJa: text("theme_ja").notNull().default(""),
  themeEn: text("theme_en").notNull().default(""),
  /** JSON array of { ja, en } discussion themes, in order. */
  themes: text("themes", { mode: "json" }).$type<{ ja: string; en: string }[]>().notNull(),
  sourceUrl: text("source_url"),
  createdAt: timestamp("created_at").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["admin", "editor"] }).notNull(),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  /** Bumped on sign-out, disable, role or password change: JWTs carrying an older value are rejected. */
  sessionVersion: integer("session_version").notNull().default(1),
  /** Set when an administrator chose the password (a new account, a reset): until the user picks their own, only "My account" opens. */
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  createdAt: timestamp("created_at").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** iCalendar UID: assigned once, never changes (edits, re-seeds, languages). */
    uid: text("uid").notNull().unique(),
    /** Set for seeded rows so that re-seeding updates instead of duplicating. */
    seedKey: text("seed_key").unique(),
    slug: text("slug").notNull().unique(),
    kind: text("kind", { enum: ["meeting", "event", "program"] }).notNull(),
    titleJa: text("title_ja").notNull().default(""),
    titleEn: text("title_en").notNull().default(""),
    descriptionJa: text("description_ja").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    sector: text("sector").notNull(),
    /** Who hosts it, as the source gives it (lib/events/hosts.ts); only a country host has a country code. */
    hostKind: text("host_kind", { enum: HOST_KINDS }).notNull().default("country"),
    countryCode: text("country_code").references(() => countries.code),
    /** What a host the source does not state outright rests on, shown with the place. */
    hostNoteJa: text("host_note_ja").notNull().default(""),
    hostNoteEn: text("host_note_en").notNull().default(""),
    cityJa: text("city_ja").notNull().default(""),
    cityEn: text("city_en").notNull().default(""),
    venueJa: text("venue_ja").notNull().default(""),
    venueEn: text("venue_en").notNull().default(""),
    /** ★: a special meeting held for the 50th anniversary. */
    isSpecial: integer("is_special", { mode: "boolean" }).notNull().default(false),
    recurrenceJa: text("recurrence_ja").notNull().default(""),
    recurrenceEn: text("recurrence_en").notNull().default(""),
    sourceUrl: text("source_url"),
    /** Title of the briefing's slide the event comes from (Japanese as written, and our English). */
    sourceTitleJa: text("source_title_ja").notNull().default(""),
    sourceTitleEn: text("source_title_en").notNull().default(""),
    /** A note on the source shown with the event: where the briefing disagrees with itself or the calendar. */
    sourceNoteJa: text("source_note_ja").notNull().default(""),
    sourceNoteEn: text("source_note_en").notNull().default(""),
    status: text("status", { enum: ["draft", "published", "cancelled"] }).notNull(),
    /** Why it was cancelled, shown publicly: in Japanese and in English, like every public text. */
    cancelReason: text("cancel_reason").notNull().default(""),
    cancelReasonEn: text("cancel_reason_en").notNull().default(""),
    /** Staff-only note; never shown publicly. */
    staffNote: text("staff_note").notNull().default(""),
    // --- time model (see lib/time/event-time.ts and lib/time/date-precision.ts) ---
    /** "month": dated by month only (stored as whole all-day months; no day is ever shown or exported). */
    datePrecision: text("date_precision", { enum: DATE_PRECISIONS }).notNull().default("day"),
    /** Planned, to be confirmed (予定 in the source). */
    isTentative: integer("is_tentative", { mode: "boolean" }).notNull().default(false),
    allDay: integer("all_day", { mode: "boolean" }).notNull(),
    /** Local dates in the venue's zone, inclusive; set for both kinds (derived for timed events). */
    startDate: text("start_date").notNull(),
    endDate: text("end_date").notNull(),
    /** Instants, only for timed events. */
    startAt: timestamp("start_at"),
    endAt: timestamp("end_at"),
    /** IANA time zone of the venue. */
    timeZone: text("time_zone").notNull(),
    // --- feed and concurrency bookkeeping ---
    /** iCalendar SEQUENCE: bumped when date, time, location or status changes. */
    sequence: integer("sequence").notNull().default(0),
    /** Row version for optimistic locking: bumped on every write. */
    version: integer("version").notNull().default(1),
    parentId: integer("parent_id").references((): AnySQLiteColumn => events.id, {
      onDelete: "set null",
    }),
    programId: integer("program_id").references(() => programs.id, { onDelete: "set null" }),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
    /** Soft delete: the UID lives on in feeds as CANCELLED for the retention period. */
    deletedAt: timestamp("deleted_at"),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // The public order (publicEventOrder) with the columns of the public/feed conditions: the
    // schedule, its count and the feeds' id lists walk it in order, never sorting and never
    // reading the table to filter (db/queries/event-conditions.ts statusIsOneOf, hasDays).
    index("events_public_order_idx").on(t.startDate, t.startAt, t.sortOrder, t.id, t.status, t.deletedAt, t.datePrecision),
    index("events_status_idx").on(t.status),
    index("events_parent_idx").on(t.parentId),
    index("events_program_idx").on(t.programId),
    // Unqualified column names: the table is built as __new_events and renamed (drizzle/0003).
    check("events_host_check", sql`(host_kind = 'country') = (country_code IS NOT NULL)`),
    check("events_month_precision_check", sql`date_precision = 'day' OR (date_precision = 'month' AND all_day = 1)`),
  ],
);

/**
 * The briefing's facts about a host country, as it gives them (text with its own units), edited by
 * admins. A figure the briefing does not give is "", and a year it does not state is null.
 */
export const countryFacts = sqliteTable("country_facts", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  countryCode: text("country_code")
    .notNull()
    .unique()
    .references(() => countries.code),
  populationJa: text("population_ja").notNull().default(""),
  populationEn: text("population_en").notNull().default(""),
  areaJa: text("area_ja").notNull().default(""),
  areaEn: text("area_en").notNull().default(""),
  /** The briefing's comparison of the area ("三重県とほぼ同じ"). */
  comparisonJa: text("comparison_ja").notNull().default(""),
  comparisonEn: text("comparison_en").notNull().default(""),
  gdpJa: text("gdp_ja").notNull().default(""),
  gdpEn: text("gdp_en").notNull().default(""),
  gdpPerHeadJa: text("gdp_per_head_ja").notNull().default(""),
  gdpPerHeadEn: text("gdp_per_head_en").notNull().default(""),
  /** Head of state or government as the briefing names them. */
  leaderJa: text("leader_ja").notNull().default(""),
  leaderEn: text("leader_en").notNull().default(""),
  /** The briefing's footnotes, and where its figures are written oddly. */
  noteJa: text("note_ja").notNull().default(""),
  noteEn: text("note_en").notNull().default(""),
  /** The year the figures are for, when the briefing states it. */
  statsYear: integer("stats_year"),
  /** The slide and the sources it cites. */
  sourceJa: text("source_ja").notNull().default(""),
  sourceEn: text("source_en").notNull().default(""),
  /** Row version for optimistic locking: bumped on every write. */
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at").notNull(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});

/** Data migrations written in code (db/seed/seed-revisions.ts), each applied once. */
export const dataMigrations = sqliteTable("data_migrations", {
  name: text("name").primaryKey(),
  appliedAt: timestamp("applied_at").notNull(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. event.create, event.update, event.cancel, event.restore, user.disable, auth.sign_in */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    /** Flat JSON of the changed entity before and after (lib/audit/event-snapshot.ts). */
    before: text("before", { mode: "json" }).$type<EventSnapshot | null>(),
    after: text("after", { mode: "json" }).$type<EventSnapshot | null>(),
    detail: text("detail").notNull().default(""),
    /**
     * What the public could see change (lib/changes/public-change.ts), derived from before/after by
     * rule `changeRule`; null when nothing public changed. Rows written under an older rule, or
     * before the rule existed, are derived again at start (db/queries/public-change-rule.ts).
     */
    publicChange: text("public_change", { mode: "json" }).$type<PublicChange>(),
    changeRule: integer("change_rule"),
    /** The staff's optional note for the public changelog, in both languages. */
    publicNoteJa: text("public_note_ja").notNull().default(""),
    publicNoteEn: text("public_note_en").notNull().default(""),
    /** The import batch (import_batches.id) the change belongs to: its apply, or its undo. */
    batchId: integer("batch_id"),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId),
    index("audit_at_idx").on(t.at),
    index("audit_batch_idx").on(t.batchId),
    // The public changelog, newest first, and one event's public history: only rows that have one.
    index("audit_public_at_idx").on(t.at, t.id, t.entityId).where(sql`public_change IS NOT NULL`),
    index("audit_public_event_idx").on(t.entityId, t.id).where(sql`public_change IS NOT NULL`),
  ],
);

/**
 * One import of a file (lib/import/): a preview first, holding the decoded file until it is applied
 * (then emptied: the audit entries of the batch record every change), undone at most once by an admin.
 */
export const importBatches = sqliteTable("import_batches", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  status: text("status", { enum: ["preview", "applied", "undone"] }).notNull(),
  format: text("format", { enum: ["csv", "ics"] }).notNull(),
  fileName: text("file_name").notNull().default(""),
  /** The encoding the file was read in (utf-8, utf-8 with BOM, shift_jis). */
  encoding: text("encoding", { enum: ["utf-8", "utf-8-bom", "shift_jis"] }).notNull(),
  /** The decoded file, kept between preview and apply only (like plannedInputs). */
  sourceText: text("source_text").notNull().default(""),
  /** The import's options (ICS language and defaults), JSON. */
  options: text("options", { mode: "json" }).$type<Record<string, string>>().notNull(),
  /** What the preview promised, row by row: apply refuses if the events changed since. */
  planFingerprint: text("plan_fingerprint").notNull(),
  /** The preview's checked rows (lib/import/planned-inputs.ts), so that apply need not check them again. */
  plannedInputs: text("planned_inputs").notNull().default(""),
  published: integer("published", { mode: "boolean" }).notNull().default(false),
  created: integer("created").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  unchanged: integer("unchanged").notNull().default(0),
  skipped: integer("skipped").notNull().default(0),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at").notNull(),
  appliedAt: timestamp("applied_at"),
  undoneAt: timestamp("undone_at"),
  undoneBy: integer("undone_by").references(() => users.id, { onDelete: "set null" }),
});

/** Sign-in attempts, kept in the database so the throttle (lib/auth/rate-limit.ts) survives restarts. */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at").notNull(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    /** Recorded as false before the password is checked, set to true on success. */
    success: integer("success", { mode: "boolean" }).notNull(),
    /** The device cookie's id when the attempt came with a valid one for this email (lib/auth/device-cookie.ts). */
    device: text("device"),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.at), index("login_attempts_ip_idx").on(t.ip, t.at)],
);

/**
 * What the public search reads: each event's titles and places ("event") and each program's names
 * ("program"), folded (lower case, full-width and typographic forms as ASCII). Kept by triggers on
 * events and programs, whoever writes (drizzle/0005_search_texts.sql); never written by the app.
 * An event's text is its titles, then char(29), then its cities and venues; fields are joined by
 * char(31), which no search term contains.
 */
export const searchTexts = sqliteTable(
  "search_texts",
  {
    owner: text("owner", { enum: ["event", "program"] }).notNull(),
    ownerId: integer("owner_id").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.ownerId] })],
);

/** Single-row counter bumped on every data change: feeds and pages key their caches on it. */
export const dataVersion = sqliteTable("data_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(1),
  changedAt: timestamp("changed_at").notNull().default(sql`(unixepoch() * 1000)`),
});

export type Country = typeof countries.$inferSelect;
export type CountryFacts = typeof countryFacts.$inferSelect;
export type Program = typeof programs.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type User = typeof users.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ImportBatch = typeof importBatches.$inferSelect;
