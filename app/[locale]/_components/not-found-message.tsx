import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";

/** "Page not found" in the page's language, with the way back to the schedule. */
export async function NotFoundMessage() {
  const t = await getTranslations("common.notFound");
  return (
    <div>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <LocaleLink href="/">{t("back")}</LocaleLink>
      </p>
    </div>
  );
}
