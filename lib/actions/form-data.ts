import { z } from "zod";

/**
 * FormData → plain object for zod: a key sent once becomes a string, a key sent several times
 * (multi-selects, checkbox groups) or named "key[]" becomes an array. Unchecked checkboxes are
 * simply absent (see `checkboxField`). File inputs and Next's internal "$ACTION…" keys are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith("$ACTION") || typeof value !== "string") continue;
    const isArrayKey = rawKey.endsWith("[]");
    const key = isArrayKey ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (existing === undefined) out[key] = isArrayKey ? [value] : value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** Field names whose values are never sent back to the browser after a failed submission. */
const secretField = /password|secret|token/i;

/**
 * What the user typed, to refill the form after an error: one string per field (repeated keys
 * joined with newlines), without secrets such as passwords.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (secretField.test(key)) continue;
    values[key] = Array.isArray(value) ? value.join("\n") : value;
  }
  return values;
}

/** A checkbox: present ("on", "true", "1") means true, absent means false. */
export const checkboxField = z.preprocess((value) => value === "on" || value === "true" || value === "1" || value === true, z.boolean());

/** A value that may arrive once (string) or several times (array): always an array. */
export function repeatedField<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}
