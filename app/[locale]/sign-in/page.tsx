import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { errorTranslator } from "@/i18n/error-messages";
import { pageLocale } from "@/i18n/page-locale";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { formatRetryTime, retryAtFromProviderError } from "@/lib/auth/retry-time";
import { getStaffUser } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; error?: string | string[] }>;
};

/** Reads the session on every request: never served from the page cache. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  if (Array.isArray(query.error)) query.error = query.error[0];
  const callbackUrl = safeCallbackPath(Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl, locale);
  if (await getStaffUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const translate = errorTranslator(locale);
  // The credentials provider reports a throttled attempt as "RateLimited:<retry time in ms>".
  const now = Date.now();
  const retryAt = retryAtFromProviderError(query.error, now);
  const providerError = !query.error
    ? null
    : query.error === "SessionRequired"
      ? t("signIn.sessionEnded")
      : retryAt !== null
        ? translate("auth.errors.rateLimited", formatRetryTime(retryAt, now))
        : translate("auth.errors.invalidCredentials");
  return (
    <div className="auth-page">
      <h1>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.intro")}</p>
      {query.signedOut === "1" && (
        <p className="notice notice--success" role="status">
          {t("signIn.signedOut")}
        </p>
      )}
      {/* next-auth's own endpoints send failures here as ?error=… */}
      {providerError && (
        <p className="notice notice--error" role="alert">
          {providerError}
        </p>
      )}
      <NextIntlClientProvider>
        <SignInForm callbackUrl={callbackUrl} />
      </NextIntlClientProvider>
    </div>
  );
}
