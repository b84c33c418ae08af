import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { EventList } from "./events/_components/event-list";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("list.title") };
}

/** The staff home: the event list, with drafts, search and filters. */
export default async function StaffHomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditorPage(locale, `/${locale}/staff`);
  const t = await getTranslations("editor");
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.intro")}</p>
      <p>
        <Link className="button" href="/staff/events/new">
          {t("list.newEvent")}
        </Link>
      </p>
      <EventList locale={locale} basePath="/staff" query={await searchParams} />
    </>
  );
}
