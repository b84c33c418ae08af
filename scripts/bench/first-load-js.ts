import zlib from "node:zlib";
import { isDataBlock } from "@/lib/caching/without-client-runtime";

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The JavaScript a page's HTML makes the browser load before the page is interactive:
 * `<script src>` (not `nomodule`: modern browsers skip it), `<link rel="modulepreload">` and
 * `<link rel="preload" as="script">`, and the client-component chunks named in the inline React
 * Server Components payload (`self.__next_f.push(…)`), which React loads while hydrating.
 * Returned as paths or URLs as written, each once, in document order. Inline code: inlineScriptCode.
 */
export function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    const src = attribute(attributes, "src");
    if (src !== null) {
      if (!/\bnomodule\b/i.test(attributes)) found.add(src);
    } else if (body.includes("self.__next_f")) {
      for (const [chunk] of body.matchAll(/\/_next\/static\/[^"'\\\s]+\.js/g)) found.add(chunk);
    }
  }
  for (const [, attributes] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const rel = attribute(attributes, "rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(attributes, "href");
    if (href !== null && (rel.includes("modulepreload") || (rel.includes("preload") && attribute(attributes, "as")?.toLowerCase() === "script"))) found.add(href);
  }
  return [...found];
}

/**
 * The JavaScript written inline in `html`, joined: not the RSC payload (data React reads; the
 * chunks it names are counted by firstLoadScripts), nor data blocks such as JSON-LD.
 */
export function inlineScriptCode(html: string): string {
  const code: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    if (attribute(attributes, "src") === null && !isDataBlock(attributes) && body.trim() && !body.includes("self.__next_f")) code.push(body);
  }
  return code.join("\n");
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, "&") : null;
}

export const formatKb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** A difference in kB with its sign: "+1.2 kB", "−134.2 kB". */
export const signedKb = (bytes: number) => `${bytes < 0 ? "\u2212" : "+"}${formatKb(Math.abs(bytes))}`;

export type FirstLoadJs = {
  path: string;
  /** Sum of each script's size gzipped (zlib's default level, as a compressing server sends it). */
  gzipBytes: number;
  scripts: { url: string; gzipBytes: number }[];
};

/** The first-load JavaScript of `html`, a page served at `path`: every script it loads, fetched from `baseUrl`. */
export async function firstLoadJsOf(baseUrl: string, path: string, html: string): Promise<FirstLoadJs> {
  const scripts = await Promise.all(
    firstLoadScripts(html).map(async (src) => {
      const url = new URL(src, new URL(path, baseUrl));
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(`GET ${url.pathname} (loaded by ${path}): ${res.status}`);
      return { url: url.pathname, gzipBytes: zlib.gzipSync(Buffer.from(await res.arrayBuffer())).length };
    }),
  );
  const inline = inlineScriptCode(html);
  if (inline) scripts.push({ url: "(inline)", gzipBytes: zlib.gzipSync(Buffer.from(inline)).length });
  return { path, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), scripts };
}

/** Fetches the page at `path` (it must answer 200) and measures its first-load JavaScript. */
export async function measureFirstLoadJs(baseUrl: string, path: string): Promise<FirstLoadJs> {
  const page = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(60_000) });
  const html = await page.text();
  if (page.status !== 200 || !(page.headers.get("content-type") ?? "").includes("text/html")) throw new Error(`GET ${path}: ${page.status} ${page.headers.get("content-type")}, not an HTML page`);
  return firstLoadJsOf(baseUrl, path, html);
}
