/**
 * Slugs for new events when staff leave the field empty, and for duplicates: derived from the
 * English title (ASCII only), made unique by the caller with a numeric suffix.
 */
const MAX_BASE = 80;

export function slugFromTitle(titleEn: string, fallbackId: string): string {
  const ascii = titleEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = ascii.slice(0, MAX_BASE).replace(/-+$/g, "");
  return base || `event-${fallbackId.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8) || "new"}`;
}

/**
 * Whether `slug` is the code slugFromTitle makes up for an event without an English title (with a
 * uniqueness suffix or not): an address nobody can read, which the form asks the editor to replace.
 */
export function isPlaceholderSlug(slug: string, uid: string): boolean {
  const code = slugFromTitle("", uid);
  return slug === code || new RegExp(`^${code}-\\d+$`).test(slug);
}

/** base, base-2, base-3, … (never longer than the 100-character slug limit). */
export function slugCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, 100 - suffix.length).replace(/-+$/g, "")}${suffix}`;
}

/** The slug of a copy: "<slug>-copy", then "-copy-2"… via slugCandidate. */
export function duplicateSlugBase(slug: string): string {
  return `${slug.slice(0, 90).replace(/-+$/g, "")}-copy`;
}
