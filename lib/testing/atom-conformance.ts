import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * What RFC 4287 requires of an Atom document, checked on the parsed XML (fast-xml-parser, strict
 * well-formedness first), for tests. Returns the problems found; none means conformant on these
 * points: the feed's id, title and updated (once each), an author for the feed or every entry,
 * each entry's id, title, updated (once each) and a link, ids that are absolute IRIs and unique,
 * timestamps in RFC 3339, and text constructs of a known type.
 */
export function atomProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "author", "id", "title", "updated", "content"].includes(name) });
  const doc = parser.parse(xml) as { feed?: Record<string, unknown> };
  const feed = doc.feed;
  if (!feed) return ["the root element is not <feed>"];
  const problems: string[] = [];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push("the feed is not in the Atom namespace");
  const texts = (node: Record<string, unknown>, name: string) => ((node[name] as unknown[] | undefined) ?? []).map((v) => (typeof v === "object" && v !== null ? String((v as Record<string, unknown>)["#text"] ?? "") : String(v)));
  const once = (node: Record<string, unknown>, name: string, where: string) => {
    const values = texts(node, name);
    if (values.length !== 1) problems.push(`${where} has ${values.length} <${name}> elements, not one`);
    return values[0] ?? "";
  };
  const isIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
  const isTimestamp = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
  const typeOk = (node: Record<string, unknown>, name: string, where: string) => {
    for (const v of (node[name] as unknown[] | undefined) ?? []) {
      const type = typeof v === "object" && v !== null ? (v as Record<string, unknown>)["@type"] : undefined;
      if (type !== undefined && !["text", "html", "xhtml"].includes(String(type))) problems.push(`${where} <${name}> has type "${type}"`);
    }
  };
  const feedId = once(feed, "id", "the feed");
  if (!isIri(feedId)) problems.push(`the feed's id "${feedId}" is not an absolute IRI`);
  once(feed, "title", "the feed");
  typeOk(feed, "title", "the feed");
  const feedUpdated = once(feed, "updated", "the feed");
  if (!isTimestamp(feedUpdated)) problems.push(`the feed's updated "${feedUpdated}" is not an RFC 3339 date-time`);
  const entries = (feed.entry as Record<string, unknown>[] | undefined) ?? [];
  const feedHasAuthor = ((feed.author as unknown[] | undefined) ?? []).length > 0;
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = once(entry, "id", where);
    if (!isIri(id)) problems.push(`${where}'s id "${id}" is not an absolute IRI`);
    if (ids.has(id)) problems.push(`${where}'s id "${id}" is not unique`);
    ids.add(id);
    once(entry, "title", where);
    typeOk(entry, "title", where);
    typeOk(entry, "content", where);
    const updated = once(entry, "updated", where);
    if (!isTimestamp(updated)) problems.push(`${where}'s updated "${updated}" is not an RFC 3339 date-time`);
    const links = (entry.link as Record<string, unknown>[] | undefined) ?? [];
    if (!links.some((l) => typeof l["@href"] === "string" && isIri(l["@href"]))) problems.push(`${where} has no link`);
    if (!feedHasAuthor && ((entry.author as unknown[] | undefined) ?? []).length === 0) problems.push(`${where} has no author, and the feed none`);
  });
  return problems;
}
