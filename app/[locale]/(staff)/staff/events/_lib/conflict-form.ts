import type { Event } from "@/db/schema";
import { formValues } from "@/lib/actions/form-data";
import { applyConflictChoices, type ConflictChoice, type ConflictGroup } from "@/lib/events/conflict-choices";
import { eventFormValues } from "@/lib/events/event-edit-form-values";

/**
 * A save from the conflict screen: the per-field choices ("resolve.<group>") applied to the form
 * (lib/events/conflict-choices.ts), with "their" values read now and "mine" from the hidden fields
 * the screen carries ("mine.<field>"). Only while the event is still at the version the form is
 * based on: after yet another save, the save is refused again with the newer changes.
 */
export function withConflictChoices(formData: FormData, current: Event, formVersion: number): FormData {
  const values = formValues(formData);
  const choices: Partial<Record<ConflictGroup, ConflictChoice>> = {};
  const mine: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("resolve.") && (value === "mine" || value === "theirs")) choices[key.slice("resolve.".length) as ConflictGroup] = value;
    if (key.startsWith("mine.")) mine[key.slice("mine.".length)] = value;
  }
  if (Object.keys(choices).length === 0 || current.version !== formVersion) return formData;
  const resolved = applyConflictChoices(values, choices, mine, eventFormValues(current));
  const out = new FormData();
  for (const [key, value] of Object.entries(resolved)) if (value !== undefined) out.set(key, value);
  return out;
}
