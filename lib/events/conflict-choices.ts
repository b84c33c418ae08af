import type { EventFieldName } from "@/lib/validation/event-input";
import type { ContentField } from "./event-edit";

/**
 * Per-field choices on the conflict screen: for each stored field that someone else changed,
 * "keep mine" or "take theirs". A choice fills the form fields that carry that stored field
 * (a group: the host select holds hostKind and countryCode; the date and time fields together
 * make the stored time), so the form always shows what will be saved, and saving saves the form.
 */
const WHEN = ["datePrecision", "allDay", "startDate", "startTime", "endDate", "endTime", "startMonth", "endMonth", "timeZone"] as const satisfies readonly EventFieldName[];
const TIME_COLUMNS = new Set<string>(["datePrecision", "allDay", "startDate", "endDate", "startAt", "endAt", "timeZone"]);
/** Stored fields no form field edits: they are changed by the status buttons or reordering. */
const NOT_IN_FORM = new Set<string>(["status", "cancelReason", "cancelReasonEn", "sortOrder", "deletedAt"]);

export type ConflictGroup = "when" | "host" | Exclude<EventFieldName, (typeof WHEN)[number] | "host">;
export type ConflictChoice = "mine" | "theirs";

/** The group of form fields a stored field belongs to, or null when the form does not edit it. */
export function conflictGroup(column: ContentField): ConflictGroup | null {
  if (NOT_IN_FORM.has(column)) return null;
  if (TIME_COLUMNS.has(column)) return "when";
  if (column === "hostKind" || column === "countryCode") return "host";
  return column as ConflictGroup;
}

export function groupFields(group: ConflictGroup): readonly EventFieldName[] {
  return group === "when" ? WHEN : [group];
}

type Values = Record<string, string | undefined>;

const sameIn = (a: Values, b: Values, fields: readonly string[]) => fields.every((f) => (a[f] ?? "") === (b[f] ?? ""));

/**
 * The form's values with each choice applied, for a browser without JavaScript: one that picked
 * the other option than the form showed still holds the other values (JavaScript fills them at
 * once). A field edited by hand after the choice is kept as typed: the form is what is saved.
 */
export function applyConflictChoices(values: Values, choices: Partial<Record<ConflictGroup, ConflictChoice>>, mine: Values, theirs: Values): Values {
  const out = { ...values };
  for (const [group, choice] of Object.entries(choices) as [ConflictGroup, ConflictChoice][]) {
    const fields = groupFields(group);
    const [target, other] = choice === "theirs" ? [theirs, mine] : [mine, theirs];
    if (sameIn(values, other, fields) && !sameIn(values, target, fields)) for (const f of fields) out[f] = target[f] ?? "";
  }
  return out;
}
