import { createHash } from "node:crypto";
import type { Event } from "@/db/schema";
import { isErrorCode } from "@/i18n/error-messages";
import type { ErrorCode } from "@/lib/errors";
import { capitalTimeZone, isCountryCode } from "@/lib/events/countries";
import { editPatch, type EventPatch } from "@/lib/events/event-edit";
import { eventFormValues } from "@/lib/events/event-edit-form-values";
import { eventInputSchema, type EventFieldName, type EventInput } from "@/lib/validation/event-input";
import type { ImportProblem } from "./import-problem";
import { addProblem, type ImportRow, type ProblemField } from "./import-row";
import type { PlannedInput } from "./planned-inputs";

/**
 * What an import would do, row by row, decided before anything is written: each row creates an
 * event, updates one (with the fields it changes), leaves one unchanged, is invalid (with its
 * problems, field by field) or is skipped (with the reason). Rows name the event they update by
 * id, UID or slug (in that order); a new event with a UID from the file keeps it, so the next
 * import of the same calendar updates it. Values go through the form's own schema, so an import
 * accepts exactly what the form accepts. The same rows against the same stored events always
 * give the same plan and fingerprint: apply re-plans inside its transaction and compares.
 */
export type PlanOutcome = "create" | "update" | "unchanged" | "invalid" | "skipped";

export type PlanRow = {
  position: number;
  label: string;
  outcome: PlanOutcome;
  /** The stored event the row matched (update, unchanged, or invalid after matching). */
  target: Event | null;
  /** The checked values of a create or update. */
  input: EventInput | null;
  /** A new event's UID from the file (ICS, or a CSV uid column). */
  uid: string | null;
  /** What an update changes. */
  patch: EventPatch | null;
  problems: Partial<Record<ProblemField, ImportProblem[]>>;
  warnings: ImportProblem[];
  skip: ImportProblem | null;
};

export type ImportPlan = { rows: PlanRow[]; counts: Record<PlanOutcome, number>; fingerprint: string };

/** The stored events and rules the plan is checked against (db/queries/import-lookup.ts). */
export type ImportLookup = {
  byId(id: number): Event | undefined;
  byUid(uid: string): Event | undefined;
  bySlug(slug: string): Event | undefined;
  parentProblem(eventId: number | null, parentId: number): ErrorCode | null;
  programProblem(programId: number): ErrorCode | null;
  slugLocked(event: Event): boolean;
};

/** Values of a new event that the file may leave out (ICS: the importer's choices). */
export type CreateDefaults = { kind?: string; sector?: string; host?: string; timeZone: string };

type FormValues = Partial<Record<EventFieldName, string>>;

const given = (v: string | undefined) => v !== undefined && v.trim() !== "";

/**
 * The form values of a row over its base (the stored event, or a new one's defaults), with what a
 * spreadsheet leaves implicit: a row with a month and no day is month precision, a row without
 * times is all-day, a missing end date is the start date, a missing zone is the host's capital's.
 */
function formValues(row: ImportRow, target: Event | null, defaults: CreateDefaults): FormValues {
  const base: FormValues = target
    ? (({ id: _id, version: _v, ...values }) => values)(eventFormValues(target))
    : { kind: defaults.kind ?? "", sector: defaults.sector ?? "", host: defaults.host ?? "", datePrecision: "day" };
  const values: FormValues = { ...base, ...row.values };
  const own = row.values;
  if (!given(own.datePrecision)) {
    if (given(own.startMonth) && !given(own.startDate)) values.datePrecision = "month";
    else if (given(own.startDate)) values.datePrecision = "day";
  }
  if (!given(own.allDay)) {
    if (values.datePrecision === "month") values.allDay = "true";
    else if (own.startTime !== undefined || own.endTime !== undefined) values.allDay = given(values.startTime) || given(values.endTime) ? "" : "true";
    else if (!target) values.allDay = "true";
  }
  if (values.datePrecision !== "month" && !given(values.endDate) && given(values.startDate)) values.endDate = values.startDate;
  if (!given(values.timeZone)) {
    const host = values.host?.toUpperCase() ?? "";
    values.timeZone = isCountryCode(host) ? capitalTimeZone(host) : defaults.timeZone;
  }
  return values;
}

/** The problems of the form's schema, on the fields they concern (zod codes without ours read as "invalid"). */
function schemaProblems(values: FormValues): { input: EventInput | null; problems: Partial<Record<ProblemField, ImportProblem[]>> } {
  const parsed = eventInputSchema.safeParse(values);
  if (parsed.success) return { input: parsed.data, problems: {} };
  const problems: Partial<Record<ProblemField, ImportProblem[]>> = {};
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] as ProblemField | undefined) ?? "row";
    const code: ErrorCode = isErrorCode(issue.message) ? issue.message : "editor.errors.invalid";
    if (!(problems[field] ?? []).some((p) => p.code === code)) addProblem({ problems }, field, { code });
  }
  return { input: null, problems };
}

function findTarget(row: ImportRow, lookup: ImportLookup): { target: Event | null; problem?: [ProblemField, ImportProblem] } {
  const { id, uid, slug } = row.key;
  if (id !== undefined) {
    const byId = lookup.byId(id);
    return byId ? { target: byId } : { target: null, problem: ["id", { code: "import.errors.idNotFound", values: { id } }] };
  }
  const target = (uid !== undefined ? lookup.byUid(uid) : undefined) ?? (uid === undefined && slug !== undefined ? lookup.bySlug(slug) : undefined);
  return { target: target ?? null };
}

/** Rules that need the stored events: a free slug, an existing parent and program, a slug that may still change. */
function storedProblems(input: EventInput, target: Event | null, patch: EventPatch | null, lookup: ImportLookup): Partial<Record<ProblemField, ImportProblem[]>> {
  const problems: Partial<Record<ProblemField, ImportProblem[]>> = {};
  const add = (field: ProblemField, code: ErrorCode | null) => code && addProblem({ problems }, field, { code });
  const newSlug = target ? patch?.slug : input.slug;
  if (newSlug) {
    if (target && lookup.slugLocked(target)) add("slug", "editor.errors.slugLocked");
    else if (lookup.bySlug(newSlug)) add("slug", "editor.errors.slugTaken");
  }
  if (input.parentId !== null && (!target || patch?.parentId !== undefined)) add("parentId", lookup.parentProblem(target?.id ?? null, input.parentId));
  if (input.programId !== null && (!target || patch?.programId !== undefined)) add("programId", lookup.programProblem(input.programId));
  return problems;
}

function planRow(row: ImportRow, lookup: ImportLookup, defaults: CreateDefaults, planned?: PlannedInput): PlanRow {
  const plan: PlanRow = { position: row.position, label: row.label ?? "", outcome: "invalid", target: null, input: null, uid: null, patch: null, problems: { ...row.problems }, warnings: [], skip: row.skip ?? null };
  if (row.skip) return { ...plan, outcome: "skipped", problems: {} };
  const found = findTarget(row, lookup);
  plan.target = found.target;
  if (found.problem) addProblem(plan, ...found.problem);
  if (found.target?.deletedAt) addProblem(plan, "row", { code: "import.errors.deletedEvent", values: { id: found.target.id } });
  if (!found.target && row.key.uid) plan.uid = row.key.uid;
  if (row.values.allDay === "true" && (given(row.values.startTime) || given(row.values.endTime))) addProblem(plan, "startTime", { code: "import.errors.timesWithAllDay" });
  // The values a preview checked stand while the row names the same event at the same version.
  const reusable = planned && planned.targetId === (found.target?.id ?? null) && planned.targetVersion === (found.target?.version ?? null);
  const { input, problems } = reusable ? { input: planned.input, problems: {} } : schemaProblems(formValues(row, found.target, defaults));
  // A cell that could not be read already says what is wrong with its field.
  for (const [field, list] of Object.entries(problems) as [ProblemField, ImportProblem[]][]) if (!plan.problems[field]) plan.problems[field] = list;
  // An end date the row does not give is its start date's: a problem with the start is the one to show.
  if (plan.problems.startDate && !given(row.values.endDate)) delete plan.problems.endDate;
  if (!input || Object.keys(plan.problems).length > 0) return plan;
  plan.input = input;
  const patch = found.target ? editPatch(found.target, input) : null;
  for (const [field, list] of Object.entries(storedProblems(input, found.target, patch, lookup)) as [ProblemField, ImportProblem[]][]) plan.problems[field] = list;
  if (Object.keys(plan.problems).length > 0) return plan;
  if (!found.target) return { ...plan, outcome: "create" };
  return { ...plan, patch, outcome: Object.keys(patch!).length === 0 ? "unchanged" : "update" };
}

/** Two rows for one event, or two claiming one new slug or UID: both would be written, so the later one is invalid. */
function flagDuplicates(rows: PlanRow[]): void {
  const firstWith = new Map<string, number>();
  const claim = (row: PlanRow, key: string | null, field: ProblemField) => {
    if (!key) return;
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, row.position);
    else addProblem(row, field, { code: "import.errors.duplicateRow", values: { row: first } });
  };
  const sameContent = new Map<string, number>();
  for (const row of rows) {
    if (row.outcome === "skipped") continue;
    const before = Object.keys(row.problems).length;
    claim(row, row.target ? `event:${row.target.id}` : null, "row");
    claim(row, row.uid ? `uid:${row.uid}` : null, "uid");
    const slug = row.target ? row.patch?.slug ?? null : row.input?.slug ?? null;
    claim(row, slug ? `slug:${slug}` : null, "slug");
    if (Object.keys(row.problems).length > before) row.outcome = "invalid";
    if (row.outcome === "create" && row.input) {
      const key = `${row.input.titleJa}\u0000${row.input.titleEn}\u0000${row.input.startDate}`;
      const first = sameContent.get(key);
      if (first !== undefined) row.warnings.push({ code: "import.errors.sameAsRow", values: { row: first } });
      else sameContent.set(key, row.position);
    }
  }
}

/** The plan of `rows`; `planned` holds a preview's checked values (apply), by row position. */
export function planImport(rows: readonly ImportRow[], lookup: ImportLookup, defaults: CreateDefaults, planned?: ReadonlyMap<number, PlannedInput>): ImportPlan {
  const plannedRows = rows.map((row) => planRow(row, lookup, defaults, planned?.get(row.position)));
  flagDuplicates(plannedRows);
  const counts: Record<PlanOutcome, number> = { create: 0, update: 0, unchanged: 0, invalid: 0, skipped: 0 };
  for (const row of plannedRows) counts[row.outcome] += 1;
  const promise = plannedRows.map((r) => [r.outcome, r.target?.id ?? null, r.target?.version ?? null, r.uid]);
  return { rows: plannedRows, counts, fingerprint: createHash("sha256").update(JSON.stringify(promise)).digest("base64url") };
}

/** Whether the plan can be applied: no invalid row, and something to write. */
export function isApplicable(plan: Pick<ImportPlan, "counts">): boolean {
  return plan.counts.invalid === 0 && plan.counts.create + plan.counts.update > 0;
}
