/**
 * Public pages are sent without Next's client runtime: no React in the browser, no hydration.
 * Reading needs no JavaScript and their links are plain <a>, so hydration bought nothing but
 * main-thread time (about 0.8-1.9 s of Lighthouse's blocking time on a phone; docs/CACHING.md).
 * The public layout marks a page by rendering its one script with PUBLIC_PAGE_SCRIPT_ID (copy
 * buttons, the reader's own time, the remembered language); every other script and script preload
 * is taken out of the HTML as the page enters the page cache, before Next sends it (data blocks
 * such as JSON-LD stay). Pages without the mark (staff, sign-in, 404s) are left as they are. The
 * RSC payload Next keeps beside the HTML is untouched.
 */
export const PUBLIC_PAGE_SCRIPT_ID = "public-page-script";

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const LINK = /<link\b([^>]*)>/gi;
const OWN_SCRIPT = new RegExp(`\\sid="${PUBLIC_PAGE_SCRIPT_ID}"`);

/** `html` without Next's scripts and script preloads, if it carries the public page's own script. */
export function htmlWithoutClientRuntime(html: string): string {
  if (!OWN_SCRIPT.test(html)) return html;
  return html.replace(SCRIPT, (script, attributes: string) => (OWN_SCRIPT.test(attributes) || isDataBlock(attributes) ? script : "")).replace(LINK, (link, attributes: string) => (preloadsScript(attributes) ? "" : link));
}

/** Whether a script element with these attributes holds data, not code (JSON-LD structured data). */
export function isDataBlock(attributes: string): boolean {
  const type = /\btype="([^"]*)"/i.exec(attributes)?.[1].trim().toLowerCase();
  return type !== undefined && type !== "" && type !== "module" && !/^(text|application)\/(javascript|ecmascript)$/.test(type);
}

function preloadsScript(attributes: string): boolean {
  const rel = /\brel="([^"]*)"/i.exec(attributes)?.[1].toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && /\bas="script"/i.test(attributes));
}

/** The page cache's step for a rendered page (Next's APP_PAGE entry, whose HTML Next then sends). */
export function withoutClientRuntime(value: unknown): void {
  const page = value as { kind?: unknown; html?: unknown } | null;
  if (page?.kind === "APP_PAGE" && typeof page.html === "string") page.html = htmlWithoutClientRuntime(page.html);
}
