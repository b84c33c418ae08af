import { getLocale, getTranslations } from "next-intl/server";
import { eventAuditEntryOfVersion } from "@/db/queries/audit";
import type { Event } from "@/db/schema";
import { changedFields, CONTENT_FIELDS } from "@/lib/events/event-edit";
import { changePublication } from "@/lib/events/public-fields";

const DONE = ["created", "saved", "published", "unpublished", "cancelled", "uncancelled", "deleted", "duplicated", "restored", "moved", "redacted"] as const;

type Props = { done?: string; event?: Event; version?: string; savedFirst?: boolean };

/**
 * The confirmation after an action redirected here (?done=saved&v=5). After a save it says what
 * became public and what did not (lib/events/public-fields.ts), read from the audit entry of the
 * version written: a draft's changes and the private note are not public.
 */
export async function DoneNotice({ done, event, version, savedFirst = false }: Props) {
  if (!done || !(DONE as readonly string[]).includes(done)) return null;
  const t = await getTranslations("editor");
  const text = done === "saved" && event ? await savedText(event, Number(version)) : t(`actions.done.${done as (typeof DONE)[number]}`);
  return (
    <p className="notice notice--success" role="status">
      {savedFirst && `${t("actions.done.savedFirst")} `}
      {text}
    </p>
  );
}

async function savedText(event: Event, version: number): Promise<string> {
  const t = await getTranslations("editor");
  const entry = Number.isSafeInteger(version) ? eventAuditEntryOfVersion(event.id, version) : undefined;
  if (!entry?.before || !entry.after) return t("actions.done.saved");
  const publication = changePublication(event, changedFields(entry.before, entry.after, CONTENT_FIELDS));
  const format = new Intl.ListFormat(await getLocale(), { type: "conjunction" });
  const list = (fields: string[]) => format.format(fields.map((f) => t(`fields.${f}`)));
  if (!publication.eventIsPublic) return t("actions.done.savedNotPublic");
  const parts = [publication.madePublic.length > 0 ? t("actions.done.savedPublic", { fields: list(publication.madePublic) }) : t("actions.done.savedNothingPublic")];
  if (publication.keptPrivate.length > 0) parts.push(t("actions.done.savedPrivate", { fields: list(publication.keptPrivate) }));
  return parts.join(" ");
}
