/**
 * Text for iCalendar values. RFC 5545 TEXT may not contain control characters other than
 * HTAB; line breaks exist only as the escape "\n". ical-generator escapes "\", ";", "," and
 * line breaks in event properties, but passes other control characters through and writes
 * calendar-level properties (NAME, X-WR-CALNAME, X-WR-CALDESC, URL) exactly as given.
 */

// C0 controls except HTAB and LF, and DEL. CR is handled first (CRLF and lone CR become LF).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Event text: line breaks normalised to LF (the only break iCalendar can carry), other controls removed. */
export function eventText(text: string): string {
  return text.toWellFormed().replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/**
 * A value for a calendar-level TEXT property that ical-generator writes unescaped: every line
 * break and control character becomes a space (so no value can ever add a line to a feed),
 * then the RFC 5545 TEXT escapes are applied here instead.
 */
export function calendarText(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ")
    .trim()
    .replace(/[\\;,]/g, (c) => `\\${c}`);
}

/** A URI for a calendar-level property: only printable characters, no spaces. */
export function calendarUri(uri: string): string {
  const url = new URL(uri);
  return url.href.replace(/[\u0000-\u0020\u007f]/g, "");
}
