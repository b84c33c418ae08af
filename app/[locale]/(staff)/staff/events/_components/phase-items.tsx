import { getTranslations } from "next-intl/server";
import type { Event } from "@/db/schema";
import type { listStaffChildren } from "@/db/queries/staff-events-list";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { reorderMoves } from "@/lib/events/event-edit-order";
import { localized } from "@/i18n/localized";
import { eventDateFromRow } from "@/lib/time/date-precision";
import { formatEventDate } from "@/lib/time/format";
import { moveEventAction } from "../actions";
import { ActionButtonForm } from "./action-button-form";
import styles from "./editor.module.css";
import { StatusBadge } from "./status-badge";

type Props = { parent: Event; items: ReturnType<typeof listStaffChildren>; locale: AppLocale };

/** A phase's itinerary items with up/down buttons (server actions: they work without JavaScript). */
export async function PhaseItems({ parent, items, locale }: Props) {
  const t = await getTranslations("editor");
  const moves = reorderMoves(items);
  return (
    <section className={styles.panel} aria-labelledby="phase-items">
      <h2 id="phase-items">{t("items.title")}</h2>
      <p className="hint">{t("items.orderHint")}</p>
      {items.length === 0 ? (
        <p>{t("items.none")}</p>
      ) : (
        <ol>
          {items.map((item) => {
            const title = localized(item.titleJa, item.titleEn, locale).text || t("list.untitled");
            const move = moves.get(item.id)!;
            return (
              <li key={item.id} className={styles.entry}>
                <Link href={`/staff/events/${item.id}/edit`}>{title}</Link> <StatusBadge status={item.status} deleted={false} />
                <br />
                <span className={styles.meta}>{formatEventDate(eventDateFromRow(item), locale)}</span>
                <div className={styles.inline}>
                  {move.up && (
                    <ActionButtonForm action={moveEventAction} hidden={{ id: item.id, version: item.version, direction: "up" }} label={t("items.moveUp")} ariaLabel={t("items.moveUpLabel", { title })} />
                  )}
                  {move.down && (
                    <ActionButtonForm action={moveEventAction} hidden={{ id: item.id, version: item.version, direction: "down" }} label={t("items.moveDown")} ariaLabel={t("items.moveDownLabel", { title })} />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p>
        <Link href={`/staff/events/new?parent=${parent.id}`}>{t("items.add")}</Link>
      </p>
    </section>
  );
}
