import { readerTimeRow } from "@/lib/time/reader-time";

/**
 * What a public page adds in the browser to what the server rendered: its copy buttons and the
 * reader's own time of a timed event. The server renders both hidden (without JavaScript they
 * would be a dead button and an empty row); this shows them where they work. Public pages run it
 * from their one script (public-page-script.ts), the staff preview of an event page from React.
 * Running it again changes nothing.
 */
export function enhancePublicPage(doc: Document): void {
  for (const holder of doc.querySelectorAll<HTMLElement>("[data-copy-text]")) showCopyButton(holder);
  for (const row of doc.querySelectorAll<HTMLElement>("dd[data-reader-time]")) showReaderTime(row);
  doc.documentElement.dataset.enhanced = "true";
}

function showCopyButton(holder: HTMLElement): void {
  const button = holder.querySelector("button");
  const status = holder.querySelector('[role="status"]');
  if (!holder.hidden || !button || !status) return;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(holder.dataset.copyText ?? "");
      status.textContent = holder.dataset.copied ?? "";
    } catch {
      // No clipboard (an insecure origin, a refused permission): the address stays there to select.
      status.textContent = holder.dataset.failed ?? "";
    }
  });
  holder.hidden = false;
}

function showReaderTime(dd: HTMLElement): void {
  const dt = dd.previousElementSibling;
  const { startAt, endAt, venueZone, locale, label } = dd.dataset;
  if (!dd.hidden || !(dt instanceof HTMLElement) || !startAt || !endAt || !venueZone || !label) return;
  const row = readerTimeRow({ startAt, endAt, venueZone, locale: locale === "ja" ? "ja" : "en", label }, Intl.DateTimeFormat().resolvedOptions().timeZone);
  if (!row) return;
  dt.textContent = row.label;
  dd.textContent = row.time;
  dt.hidden = false;
  dd.hidden = false;
}
