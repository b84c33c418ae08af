import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listImportBatches } from "@/db/queries/import-batches";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { requireEditorPage } from "@/lib/auth/session";
import { countryName } from "@/lib/events/countries";
import { HOST_KIND_LABELS, OTHER_HOST_KINDS } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/kinds";
import { SECTOR_LABELS, SECTORS } from "@/lib/events/sectors";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import/limits";
import { COUNTRY_CODES } from "@/lib/events/countries";
import { formatStamp } from "../events/_lib/stamp";
import { ImportWorkspace } from "./_components/import-workspace";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "import.page" });
  return { title: t("title") };
}

/** Import from a CSV or an iCalendar file: the formats, the template, the upload and preview, and recent imports. */
export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditorPage(locale, `/${locale}/staff/import`);
  const t = await getTranslations("import.page");
  const recent = listImportBatches(10);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="import-files">
        <h2 id="import-files">{t("filesTitle")}</h2>
        <ul>
          <li>{t("csvHelp")}</li>
          <li>{t("valuesHelp")}</li>
          <li>{t("icsHelp")}</li>
          <li id="import-file-limit">{t("limits", { maxMb: IMPORT_MAX_BYTES / 1024 / 1024, maxRows: IMPORT_MAX_ROWS })}</li>
        </ul>
        <p>
          {t("template")} <a href="/api/staff/import/template?lang=ja" download>{t("templateJa")}</a> · <a href="/api/staff/import/template?lang=en" download>{t("templateEn")}</a>
        </p>
      </section>
      <ImportWorkspace
        maxBytes={IMPORT_MAX_BYTES}
        kinds={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k][locale] }))}
        sectors={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s][locale] }))}
        hosts={[...COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c, locale) })), ...OTHER_HOST_KINDS.map((k) => ({ value: k, label: HOST_KIND_LABELS[k][locale] }))]}
      />
      <section aria-labelledby="import-recent">
        <h2 id="import-recent">{t("recentTitle")}</h2>
        {recent.length === 0 ? (
          <p>{t("recentNone")}</p>
        ) : (
          <ul>
            {recent.map(({ batch, userName, userEmail }) => (
              <li key={batch.id}>
                <Link href={`/staff/import/${batch.id}`}>{t("batch.title", { id: batch.id })}</Link> — {batch.fileName} — {t(`batch.status.${batch.status}`)} —{" "}
                {t("batch.counts", { create: batch.created, update: batch.updated, unchanged: batch.unchanged, skipped: batch.skipped })} — {userName || userEmail || ""} {formatStamp(batch.appliedAt ?? batch.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
