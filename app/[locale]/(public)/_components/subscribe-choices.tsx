import { getTranslations } from "next-intl/server";
import { googleCalendarSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "@/lib/feeds/subscribe-links";
import { CopyButton } from "./copy-button";
import { QrCode } from "./qr-code";

/**
 * How to subscribe to one feed, the same on every page that offers one: its https address as
 * text (it prints, and can be copied without JavaScript), a copy button, and links that hand it
 * to calendar apps, Google Calendar, Outlook.com and Microsoft 365, and its QR code (for slides
 * and printed handouts).
 */
export async function SubscribeChoices({ url, name }: { url: string; name: string }) {
  const t = await getTranslations("feeds.feed");
  const tShare = await getTranslations("views.share");
  const label = (client: string) => t("linkLabel", { client, feed: name });
  const links = [
    { client: t("webcal"), href: webcalUrl(url) },
    { client: t("google"), href: googleCalendarSubscribeUrl(url) },
    { client: t("outlook"), href: outlookSubscribeUrl(url, name, "outlook.com") },
    { client: t("microsoft365"), href: outlookSubscribeUrl(url, name, "microsoft365") },
  ];
  return (
    <div className="subscribe-choices">
      <p className="subscribe-choices__address">
        <span className="subscribe-choices__label">{t("address")}</span>{" "}
        <a className="url" href={url}>
          {url}
        </a>
      </p>
      <CopyButton text={url} label={t("copy")} accessibleLabel={label(t("copy"))} copied={t("copied")} failed={t("copyFailed")} />
      <ul className="subscribe-choices__links" aria-label={label(t("subscribeWith"))}>
        {links.map(({ client, href }) => (
          <li key={client}>
            <a href={href} rel="noopener noreferrer" aria-label={label(client)}>
              {client}
            </a>
          </li>
        ))}
      </ul>
      <figure className="qr-figure">
        <QrCode value={url} label={tShare("qr", { url })} />
        <figcaption className="hint">{tShare("qrCaption")}</figcaption>
      </figure>
    </div>
  );
}
