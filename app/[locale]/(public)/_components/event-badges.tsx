import { getTranslations } from "next-intl/server";
import type { PublicEvent } from "@/db/queries/public-events";

/** ★ and Cancelled markers, as text (not colour alone). */
export async function EventBadges({ event }: { event: Pick<PublicEvent, "isSpecial" | "status"> }) {
  const t = await getTranslations("schedule");
  if (!event.isSpecial && event.status !== "cancelled") return null;
  return (
    <p className="badges">
      {event.isSpecial && <span className="badge badge--special">{t("specialBadge")}</span>}
      {event.status === "cancelled" && (
        <span className="badge badge--cancelled" aria-hidden="true">
          {t("cancelledBadge")}
        </span>
      )}
    </p>
  );
}
