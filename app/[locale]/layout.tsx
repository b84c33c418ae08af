import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
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
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("siteTitle"), template: `%s | ${t("siteTitle")}` },
    description: t("siteSubtitle"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        {/* Public pages have no translated client components: ship no messages to the browser.
            Staff pages and the sign-in form add a provider with the messages they need. */}
        <NextIntlClientProvider messages={null}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
