import { getTranslations } from "next-intl/server";
import type { PublicEvent } from "@/db/queries/public-events";

/** ★, Cancelled and "Note on the source" markers, as text (not colour alone). */
export async function EventBadges({ event }: { event: Pick<PublicEvent, "isSpecial" | "status" | "sourceNoteJa" | "sourceNoteEn"> }) {
  const t = await getTranslations("schedule");
  const noted = `${event.sourceNoteJa}${event.sourceNoteEn}`.trim() !== "";
  if (!event.isSpecial && event.status !== "cancelled" && !noted) return null;
  return (
    <p className="badges">
      {event.isSpecial && <span className="badge badge--special">{t("specialBadge")}</span>}
      {noted && <span className="badge">{t("sourceNoteBadge")}</span>}
      {event.status === "cancelled" && (
        <span className="badge badge--cancelled" aria-hidden="true">
          {t("cancelledBadge")}
        </span>
      )}
    </p>
  );
}
