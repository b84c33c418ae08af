import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./_components/locale-link";

export default async function NotFound() {
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
