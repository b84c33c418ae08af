import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { type CollectionSelection, feedName, feedPath } from "@/lib/feeds/feed-selection";
import type { FeedLang } from "@/lib/feeds/feed-text";
import { googleCalendarSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "@/lib/feeds/subscribe-links";
import styles from "../feeds.module.css";
import { CopyButton } from "./copy-button";

type Props = { selection: CollectionSelection; lang: FeedLang; baseUrl: string; count: number; children?: ReactNode };

/** One subscribable feed: its https URL as visible text, a copy button and the subscribe links (then `children`). */
export async function FeedCard({ selection, lang, baseUrl, count, children }: Props) {
  const t = await getTranslations("feeds.feed");
  const name = feedName(selection, lang);
  const url = `${baseUrl}${feedPath(selection, lang)}`;
  const id = `feed-${feedPath(selection, lang).replace(/[^a-z0-9]+/gi, "-")}`;
  const label = (client: string) => t("linkLabel", { client, feed: name });
  return (
    <li className={styles.card} aria-labelledby={id}>
      <h3 id={id}>{name}</h3>
      <p className="hint">{t("events", { count })}</p>
      <p className={styles.address}>
        <span className={styles.addressLabel}>{t("address")}</span>{" "}
        <a className="url" href={url}>
          {url}
        </a>
      </p>
      <CopyButton text={url} label={t("copy")} accessibleLabel={label(t("copy"))} copied={t("copied")} failed={t("copyFailed")} />
      <ul className={styles.links} aria-label={label(t("subscribeWith"))}>
        <li>
          <a href={webcalUrl(url)} aria-label={label(t("webcal"))}>
            {t("webcal")}
          </a>
        </li>
        <li>
          <a href={googleCalendarSubscribeUrl(url)} rel="noopener noreferrer" aria-label={label(t("google"))}>
            {t("google")}
          </a>
        </li>
        <li>
          <a href={outlookSubscribeUrl(url, name)} rel="noopener noreferrer" aria-label={label(t("outlook"))}>
            {t("outlook")}
          </a>
        </li>
      </ul>
      {children}
    </li>
  );
}
