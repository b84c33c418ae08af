import { createHash, randomBytes } from "node:crypto";
import { contentSecurityPolicy } from "./content-security-policy.cjs";

/**
 * Strict script policies, narrowing the site-wide Content-Security-Policy of next.config.js (whose
 * script-src keeps 'unsafe-inline' for the few responses that get neither, such as the catch-all 404):
 * - Pages kept in the page cache (the public pages) are rendered once per data version: their
 *   inline scripts are known when the page is stored, and a second policy lists their hashes
 *   (withHashPolicy). A browser enforces every policy it is given, so only those scripts run. No
 *   nonce, so the cached bytes can be served to everyone.
 * - Pages rendered per request (staff, sign-in, sign-out) get a fresh nonce from proxy.ts, whose
 *   policy replaces the site-wide one there; Next puts the nonce on every script it writes (noncePolicy).
 */

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The sha256 sources of the inline scripts in `html`, each once, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  return [...hashes];
}

/** The script policy for a stored page: its own inline scripts and scripts from this origin, nothing else. */
export function hashPolicy(html: string): string {
  return ["script-src 'self'", ...inlineScriptHashes(html)].join(" ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The whole policy for a page rendered per request: scripts from this origin, inline ones only with the nonce. */
export function noncePolicy(nonce: string): string {
  return contentSecurityPolicy(`'self' 'nonce-${nonce}'`);
}

/**
 * A rendered page on its way into the page cache (Next's APP_PAGE entry, whose headers Next sends
 * with it, on the render that stored it as on every later hit) gets its hash policy.
 */
export function withHashPolicy(value: unknown): void {
  const page = value as { kind?: unknown; html?: unknown; headers?: Record<string, unknown> } | null;
  if (!page || page.kind !== "APP_PAGE" || typeof page.html !== "string") return;
  page.headers = { ...page.headers, "content-security-policy": hashPolicy(page.html) };
}
