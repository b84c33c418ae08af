import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PUBLIC_PAGE_SCRIPT_ID } from "@/lib/caching/without-client-runtime";
import { EnhanceOnMount } from "../_browser/enhance-on-mount";

/** Where `npm run build` (package.json "build:public-script") writes the bundle of ../_browser/public-page-script.ts. */
const BUNDLE = path.join(process.cwd(), ".next", "public-page-script.js");

/**
 * The public page's own script, inline: it costs no request, and the page's hash policy
 * (lib/security/script-policy.ts) allows it alone. Its id marks the page as one served without
 * Next's scripts (lib/caching/without-client-runtime.ts). A page reached by a client-side
 * navigation from a staff page is rendered by React, which never runs an inline script: there
 * EnhanceOnMount does the same work.
 */
export function PublicPageScript() {
  let source: string;
  try {
    source = fs.readFileSync(BUNDLE, "utf8");
  } catch {
    throw new Error(`${BUNDLE} is missing: npm run build (or npm run dev) bundles it`);
  }
  return (
    <>
      <script id={PUBLIC_PAGE_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: source }} />
      <EnhanceOnMount />
    </>
  );
}
