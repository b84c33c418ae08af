import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { publicBaseUrl } from "@/lib/env";
import { configuredOrigins } from "@/lib/security/csrf";

type Props = { params: Promise<{ locale: string }> };

/** Rendered once, then served from the page cache (docs/CACHING.md); no client JavaScript. */
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "developers.page" });
  return { title: t("title"), alternates: { languages: { ja: "/ja/developers", en: "/en/developers" } } };
}

/** The public API, the exports and the staff API, for people who write programs: what there is, and examples to copy. */
export default async function DevelopersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("developers.page");
  const base = publicBaseUrl();
  const origin = configuredOrigins()[0] ?? base;
  const curl = [
    `curl '${base}/api/v1/events?country=TH&limit=20'`,
    "",
    `# ${locale === "ja" ? "次のページ（応答の next または nextCursor）" : "the next page (the answer's next, or nextCursor)"}`,
    `curl '${base}/api/v1/events?country=TH&limit=20&cursor=…'`,
    "",
    `# ${locale === "ja" ? "変更がなければ 304（本文なし）" : "304 without a body while nothing changed"}`,
    `curl -i -H 'If-None-Match: "…"' '${base}/api/v1/events?country=TH&limit=20'`,
    "",
    `curl '${base}/api/v1/events/special-tourism-ministers-dialogue-2023'`,
  ].join("\n");
  const fetchExample = [
    `const response = await fetch("${base}/api/v1/events?month=2023-12&limit=100");`,
    "const { data, next } = await response.json();",
    "for (const event of data) {",
    `  const when = event.time.allDay ? \`\${event.time.startDate}–\${event.time.endDate}\` : new Date(event.time.startAt).toLocaleString("${locale}", { timeZone: event.time.timeZone });`,
    `  console.log(event.title.${locale} || event.title.${locale === "ja" ? "en" : "ja"}, when, event.status);`,
    "}",
  ].join("\n");
  const exportsExample = [`${base}/export/events.csv?country=JP&lang=${locale}`, `${base}/export/events.json?program=youth-exchange-program-2023`, `${base}/export/events.ics?sector=tourism&lang=${locale}`].join("\n");
  const staffExample = [
    `curl -b cookies.txt -X POST '${base}/api/staff/events/42/cancel' \\`,
    `  -H 'Origin: ${origin}' -H 'X-Requested-With: fetch' -H 'Content-Type: application/json' \\`,
    `  -d '{"version": 3, "cancelReason": "台風のため延期", "cancelReasonEn": "Postponed because of the typhoon"}'`,
    "",
    `curl -b cookies.txt -X POST '${base}/api/staff/import' -H 'Origin: ${origin}' -H 'X-Requested-With: fetch' -F file=@events.csv`,
  ].join("\n");
  return (
    <article className="developers">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="dev-api">
        <h2 id="dev-api">{t("endpointsTitle")}</h2>
        <p>
          {t("endpointsIntro")} <a href="/api/v1/openapi.json">{t("openapi")}</a> (<code>/api/v1/openapi.json</code>)
        </p>
        <dl>
          <dt><code>GET /api/v1/events</code></dt>
          <dd>{t("endpoints.events")}</dd>
          <dt><code>GET /api/v1/events/{"{slug}"}</code></dt>
          <dd>{t("endpoints.event")}</dd>
          <dt><code>GET /api/v1/changes</code></dt>
          <dd>{t("endpoints.changes")}</dd>
          <dt><code>GET /api/v1/countries</code></dt>
          <dd>{t("endpoints.countries")}</dd>
          <dt><code>GET /api/v1/programs</code></dt>
          <dd>{t("endpoints.programs")}</dd>
        </dl>
        <h3>{t("timeTitle")}</h3>
        <p>{t("time")}</p>
        <h3>{t("cachingTitle")}</h3>
        <p>{t("caching")}</p>
        <h3>{t("curlTitle")}</h3>
        <pre><code>{curl}</code></pre>
        <h3>{t("fetchTitle")}</h3>
        <pre><code>{fetchExample}</code></pre>
      </section>
      <section aria-labelledby="dev-exports">
        <h2 id="dev-exports">{t("exportsTitle")}</h2>
        <p>{t("exports")}</p>
        <pre><code>{exportsExample}</code></pre>
      </section>
      <section aria-labelledby="dev-staff">
        <h2 id="dev-staff">{t("staffTitle")}</h2>
        <p>{t("staff")}</p>
        <pre><code>{`Origin: ${origin}\nX-Requested-With: fetch`}</code></pre>
        <p>{t("origin", { origin })}</p>
        <pre><code>{staffExample}</code></pre>
      </section>
    </article>
  );
}
