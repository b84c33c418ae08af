import { getTranslations } from "next-intl/server";
import { CopyButton } from "./copy-button";
import { QrCode } from "./qr-code";

/**
 * "Copy link" for a page: the address in a read-only field that can be selected and copied
 * without JavaScript (the copy button appears only where it works), its QR code, and on paper the
 * address as text.
 */
export async function ShareLink({ url, qr = false }: { url: string; qr?: boolean }) {
  const t = await getTranslations("views.share");
  return (
    <section className="share-link" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-link__heading">
        {t("heading")}
      </h2>
      <div className="share-link__row screen-only">
        <label htmlFor="share-url">{t("label")}</label>
        <input id="share-url" className="share-link__input" type="text" readOnly value={url} />
        <CopyButton text={url} label={t("copy")} accessibleLabel={t("copyLabel")} copied={t("copied")} failed={t("copyFailed")} />
      </div>
      <p className="print-only">{t("printUrl", { url })}</p>
      {qr && (
        <figure className="qr-figure">
          <QrCode value={url} label={t("qr", { url })} />
          <figcaption className="hint">{t("qrCaption")}</figcaption>
        </figure>
      )}
    </section>
  );
}
