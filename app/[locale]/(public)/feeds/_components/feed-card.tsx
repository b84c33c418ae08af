import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { type CollectionSelection, feedName, feedPath } from "@/lib/feeds/feed-selection";
import type { FeedLang } from "@/lib/feeds/feed-text";
import { SubscribeChoices } from "../../_components/subscribe-choices";
import styles from "../feeds.module.css";

type Props = { selection: CollectionSelection; lang: FeedLang; baseUrl: string; count: number; children?: ReactNode };

/** One subscribable feed: its name, how many events it holds, and its subscribe choices (then `children`). */
export async function FeedCard({ selection, lang, baseUrl, count, children }: Props) {
  const t = await getTranslations("feeds.feed");
  const id = `feed-${feedPath(selection, lang).replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <li className={styles.card} aria-labelledby={id}>
      <h3 id={id}>{feedName(selection, lang)}</h3>
      <p className="hint">{t("events", { count })}</p>
      <SubscribeChoices url={`${baseUrl}${feedPath(selection, lang)}`} name={feedName(selection, lang)} />
      {children}
    </li>
  );
}
