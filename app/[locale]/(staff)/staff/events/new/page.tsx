import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffEvent } from "@/db/queries/staff-events";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { newEventFormValues } from "@/lib/events/event-edit-form-values";
import { createEventAction } from "../actions";
import { EventForm } from "../_components/event-form";
import { eventFormOptions } from "../_lib/form-options";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ parent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("form.newTitle") };
}

/** A new event; `?parent=<id>` starts an itinerary item under that phase. */
export default async function NewEventPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditorPage(locale, `/${locale}/staff/events/new`);
  const t = await getTranslations("editor");
  const parentId = Number((await searchParams).parent);
  const parent = Number.isInteger(parentId) && parentId > 0 ? getStaffEvent(parentId) : undefined;
  const usableParent = parent && !parent.deletedAt ? parent : undefined;
  return (
    <>
      <p>
        <Link href="/staff/events">← {t("form.backToList")}</Link>
      </p>
      <h1>{usableParent ? t("form.newItemTitle") : t("form.newTitle")}</h1>
      <EventForm mode="create" action={createEventAction} initial={newEventFormValues(usableParent)} locale={locale} slugLocked={false} {...eventFormOptions(locale)} />
    </>
  );
}
