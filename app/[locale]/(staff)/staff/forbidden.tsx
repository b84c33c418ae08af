import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Shown with status 403 when a signed-in user lacks the role for a staff page (forbidden()). */
export default async function StaffForbidden() {
  const t = await getTranslations("staff.forbidden");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/staff">{t("back")}</Link>
      </p>
    </>
  );
}
