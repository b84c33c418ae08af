import { getTranslations } from "next-intl/server";

const DONE = ["created", "saved", "published", "unpublished", "cancelled", "uncancelled", "deleted", "duplicated", "restored", "moved", "redacted"] as const;

/** The confirmation after an action redirected here (?done=saved). */
export async function DoneNotice({ done }: { done?: string }) {
  if (!done || !(DONE as readonly string[]).includes(done)) return null;
  const t = await getTranslations("editor.actions.done");
  return (
    <p className="notice notice--success" role="status">
      {t(done as (typeof DONE)[number])}
    </p>
  );
}
