"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { FormMessage } from "../../_components/auth-field";
import { setDisabledAction } from "../actions";
import styles from "../users.module.css";

type Props = { userId: number; email: string; name: string; disabled: boolean };

/**
 * What disabling does, and "Yes, disable" or keep the account; once disabled, the result and the
 * way back to the list (the page re-renders with the account disabled: the result stays).
 */
export function DisableUserForm({ userId, email, name, disabled }: Props) {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState(setDisabledAction, null);
  if (disabled && !state?.ok) return <p>{t("disable.already", { email })}</p>;
  if (state?.ok) {
    return (
      <>
        <FormMessage state={state} />
        <p>
          <Link href="/staff/users">{t("backToList")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="lead">{t("disable.effect", { name })}</p>
      <form action={action} className={styles.inline}>
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value="true" />
        <button type="submit" className="danger" disabled={pending}>
          {t("disable.confirm", { email })}
        </button>
        <Link href="/staff/users">{t("disable.keep")}</Link>
      </form>
    </>
  );
}
