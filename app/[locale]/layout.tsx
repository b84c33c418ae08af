import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BilingualNotFound } from "../_components/bilingual-not-found";
import { pageLocale } from "@/i18n/page-locale";
import { isAppLocale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { NotFoundInHtml } from "./_components/not-found-in-html";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import "../globals.css";

/**
 * Nothing is prerendered at build time (the build never opens the database): each public page is
 * rendered on its first request, then served from the page cache until the data changes
 * (lib/page-cache/page-cache-handler.cjs). Staff pages read the session and render per request.
 */
export function generateStaticParams() {
  return [];
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!isAppLocale((await params).locale)) return {};
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    // Makes the pages' alternate-language links absolute, as search engines require of hreflang.
    metadataBase: new URL(publicBaseUrl()),
    title: { default: t("siteTitle"), template: `%s | ${t("siteTitle")}` },
    description: t("siteSubtitle"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  // "/favicon.ico" and other addresses with a dot reach this segment (proxy.ts does not run for them).
  if (!isAppLocale((await params).locale)) {
    return (
      <html lang="en">
        <body>
          <NotFoundInHtml>
            <BilingualNotFound />
          </NotFoundInHtml>
        </body>
      </html>
    );
  }
  const locale = await pageLocale(params);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        {/* No NextIntlClientProvider: public pages format everything on the server and ship no
            next-intl code. The staff layout and the sign-in page add one for their forms. */}
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
