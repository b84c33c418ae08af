import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getStaffUser } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl, locale);
  if (await getStaffUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
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
      {query.error && (
        <p className="notice notice--error" role="alert">
          {query.error === "SessionRequired" ? t("signIn.sessionEnded") : t("errors.invalidCredentials")}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
