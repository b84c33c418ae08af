import { getTranslations } from "next-intl/server";
import { type CollectionSelection, feedName, feedPath } from "@/lib/feeds/feed-selection";
import type { FeedLang } from "@/lib/feeds/feed-text";
import { SubscribeChoices } from "../../_components/subscribe-choices";
import styles from "../feeds.module.css";

/** One subscribable feed: its name, how many events it holds, and its subscribe choices. */
export async function FeedCard({ selection, lang, baseUrl, count }: { selection: CollectionSelection; lang: FeedLang; baseUrl: string; count: number }) {
  const t = await getTranslations("feeds.feed");
  const id = `feed-${feedPath(selection, lang).replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <li className={styles.card} aria-labelledby={id}>
      <h3 id={id}>{feedName(selection, lang)}</h3>
      <p className="hint">{t("events", { count })}</p>
      <SubscribeChoices url={`${baseUrl}${feedPath(selection, lang)}`} name={feedName(selection, lang)} />
    </li>
  );
}
