import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getProgramBySlug } from "@/db/queries/programs";
import { listPublicProgramEvents } from "@/db/queries/public-events";
import { localizedField } from "@/i18n/localized";
import { pageLocale } from "@/i18n/page-locale";
import { publicBaseUrl } from "@/lib/env";
import { itineraryPhases, YOUTH_PROGRAM_SLUG } from "@/lib/events/programs";
import { feedPath } from "@/lib/feeds/feed-selection";
import { previewImagePath } from "@/lib/previews/preview-paths";
import { NotFoundInHtml } from "../../../_components/not-found-in-html";
import { NotFoundMessage } from "../../../_components/not-found-message";
import { Agenda } from "../../_components/agenda";
import { pageMetadata } from "../../_lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

/** Rendered on first request, then served from the page cache until the data changes (docs/CACHING.md). */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const program = getProgramBySlug(YOUTH_PROGRAM_SLUG);
  if (!program) return {};
  const t = await getTranslations({ locale, namespace: "views.agenda" });
  return pageMetadata({
    locale,
    path: "/youth-program/agenda",
    title: t("programTitle", { program: localizedField(program, "name", locale).text }),
    description: t("intro"),
    image: previewImagePath(locale, { kind: "page", page: "youth-program" }),
  });
}

/** The youth program's printable agenda: its phases, each with its items, reached from the program's page. */
export default async function ProgramAgendaPage({ params }: Props) {
  const locale = await pageLocale(params);
  const program = getProgramBySlug(YOUTH_PROGRAM_SLUG);
  if (!program) {
    return (
      <NotFoundInHtml>
        <NotFoundMessage />
      </NotFoundInHtml>
    );
  }
  const t = await getTranslations("views.agenda");
  return (
    <Agenda
      locale={locale}
      title={t("programTitle", { program: localizedField(program, "name", locale).text })}
      back={{ href: "/youth-program", label: t("backToProgram") }}
      feedUrl={`${publicBaseUrl()}${feedPath({ kind: "youth" }, locale)}`}
      events={itineraryPhases(listPublicProgramEvents(program.id))}
    />
  );
}
