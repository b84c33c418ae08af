import fs from "node:fs";
import path from "node:path";
import type { AppLocale } from "./routing";

type Messages = Record<string, unknown>;
const cache = new Map<AppLocale, Messages>();

/**
 * Messages live in i18n/messages/<locale>/<namespace>.json, one file per part of the app, so that
 * each area (schedule, feeds, staff…) owns its own file. Read once per process.
 */
export function loadMessages(locale: AppLocale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const dir = path.join(process.cwd(), "i18n", "messages", locale);
    messages = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      messages[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    }
    cache.set(locale, messages);
  }
  return messages;
}
