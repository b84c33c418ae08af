/**
 * RFC 5545 §3.1 line folding: content lines longer than 75 octets (UTF-8, excluding CRLF) are
 * split with CRLF + one space. A break never falls inside a UTF-8 character: surrogate pairs
 * (emoji) count as one 4-octet character. Linear in the input, with a fast path for short lines.
 */
const MAX_OCTETS = 75;

function charOctets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

export function foldLine(line: string): string {
  // Every UTF-16 code unit is at most 3 octets, so short lines cannot need folding.
  if (line.length * 3 <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let size = charOctets(code);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        size = 4;
        units = 2;
      }
    }
    if (octets + size > MAX_OCTETS) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 1; // the leading space of the continuation line
    }
    octets += size;
    i += units - 1;
  }
  if (parts.length === 0) return line;
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/**
 * Folds every line of CRLF-separated content; a trailing CRLF is kept. Lines that need no
 * folding (nearly all) are copied as they are, in slices, without splitting the content.
 */
export function foldContent(content: string): string {
  let folded = "";
  let copiedUpTo = 0;
  for (let start = 0; start < content.length; ) {
    let end = content.indexOf("\r\n", start);
    if (end < 0) end = content.length;
    const length = end - start;
    if (length * 3 > MAX_OCTETS && (length > MAX_OCTETS || Buffer.byteLength(content.slice(start, end)) > MAX_OCTETS)) {
      folded += content.slice(copiedUpTo, start) + foldLine(content.slice(start, end));
      copiedUpTo = end;
    }
    start = end + 2;
  }
  return copiedUpTo === 0 ? content : folded + content.slice(copiedUpTo);
}

/** Undoes folding (for tests and parsers): removes every CRLF followed by one space or tab. */
export function unfoldContent(content: string): string {
  return content.replace(/\r\n[ \t]/g, "");
}
