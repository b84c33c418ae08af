"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import styles from "../staff.module.css";

/**
 * Whether the staff session is known to have ended on this page: a form's action answered 401
 * (signed out on another device, disabled, timed out). The layout's bar then stops saying
 * "Signed in as …" and offers a sign-in link like the form's; a later success clears it.
 */
const SessionEnded = createContext<{ ended: boolean; setEnded: (ended: boolean) => void } | null>(null);

export function StaffSessionProvider({ children }: { children: ReactNode }) {
  const [ended, setEnded] = useState(false);
  // A staff page reached (after a save's redirect, say) was rendered for a signed-in user.
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => setEnded(false), [pathname, search]);
  return <SessionEnded.Provider value={{ ended, setEnded }}>{children}</SessionEnded.Provider>;
}

/**
 * Reports an action result's session outcome to the bar, and whether the form should offer signing
 * in again: only in the staff area (the sign-in form's own 401 is a wrong password).
 */
export function useSessionOutcome(state: { ok: boolean; status?: number } | null): boolean {
  const session = useContext(SessionEnded);
  const ended = state !== null && !state.ok && state.status === 401;
  const setEnded = session?.setEnded;
  useEffect(() => {
    if (state && setEnded) setEnded(ended);
  }, [state, ended, setEnded]);
  return session !== null && ended;
}

/** The bar's signed-in part (navigation, "Signed in as …"), or, once the session ended, the way to sign in again. */
export function StaffSessionBar({ children }: { children: ReactNode }) {
  const session = useContext(SessionEnded);
  const t = useTranslations("staff.session");
  if (!session?.ended) return children;
  return (
    <p className={styles.who} role="status">
      {t("signedOut")} <SignInAgainLink />
    </p>
  );
}

/**
 * Sign in again in a new tab, back to this page: this tab keeps the form with what was typed,
 * to submit again once signed in. A plain link, so it works without JavaScript too.
 */
export function SignInAgainLink() {
  const t = useTranslations("staff.session");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const callback = `${pathname}${search ? `?${search}` : ""}`;
  return (
    <>
      <a href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(callback)}`} target="_blank" rel="noopener">
        {t("signIn")}
      </a>{" "}
      <span className="hint">{t("keep")}</span>
    </>
  );
}
