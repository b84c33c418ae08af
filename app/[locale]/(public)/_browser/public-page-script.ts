import { rememberLocale } from "@/i18n/remember-locale";
import { enhancePublicPage } from "./enhance-public-page";

/**
 * The one script of a public page, which is served without React (lib/caching/without-client-runtime.ts).
 * `npm run build` bundles it with esbuild into .next/public-page-script.js, and the public layout
 * inlines it (../_components/public-page-script.tsx).
 */
function run(): void {
  enhancePublicPage(document);
  // The language switch is a plain link; the choice is remembered for the site's address "/".
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.language-switch") : null;
    if (link instanceof HTMLAnchorElement && link.hreflang) rememberLocale(link.hreflang);
  });
}

// A page restored whole from the back/forward cache keeps the filters chosen before leaving;
// its form shows the filters of the list below it, so it is reset to them.
addEventListener("pageshow", (event) => {
  if (event.persisted) document.querySelector<HTMLFormElement>("form#schedule-filters")?.reset();
});

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
else run();
