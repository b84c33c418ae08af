"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import type { UserSummary } from "@/db/queries/users";
import { FormMessage } from "../../_components/auth-field";
import { resetPasswordAction, setDisabledAction, setRoleAction } from "../actions";
import styles from "../users.module.css";

/** `own`: the admin's own account, whose reset password is theirs for good (someone else's is temporary). */
type Props = { user: Pick<UserSummary, "id" | "email" | "role" | "disabled">; own: boolean };

/** The admin actions on one user (its page), each its own form, working without JavaScript too; disabling asks first. */
export function UserActions({ user, own }: Props) {
  const t = useTranslations("users");
  const roles = useTranslations("staff.roles");
  const [roleState, roleAction, rolePending] = useActionState(setRoleAction, null);
  const [enableState, enableAction, enablePending] = useActionState(setDisabledAction, null);
  const [resetState, resetAction, resetPending] = useActionState(resetPasswordAction, null);
  const resetErrors = resetState && !resetState.ok ? resetState.fieldErrors.password : undefined;
  const resetErrorId = `reset-${user.id}-error`;
  const resetHintId = `reset-${user.id}-hint`;
  const resetDescribedBy = [own ? null : resetHintId, resetErrors ? resetErrorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.actions}>
      <form action={roleAction} className={styles.inline}>
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`role-${user.id}`} className="visually-hidden">
          {t("role.label", { email: user.email })}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.role}>
          <option value="editor">{roles("editor")}</option>
          <option value="admin">{roles("admin")}</option>
        </select>
        <button type="submit" className="secondary" disabled={rolePending} aria-label={`${t("role.submit")}: ${user.email}`}>
          {t("role.submit")}
        </button>
      </form>
      <FormMessage state={roleState} />

      {user.disabled ? (
        <form action={enableAction} className={styles.inline}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value="false" />
          <button type="submit" className="secondary" disabled={enablePending} aria-label={`${t("enable.submit")}: ${user.email}`}>
            {t("enable.submit")}
          </button>
        </form>
      ) : (
        // Disabling signs the person out: a confirmation page first.
        <p className={styles.inline}>
          <Link className="button danger" href={`/staff/users/${user.id}/disable`} aria-label={`${t("disable.submit")}: ${user.email}`}>
            {t("disable.submit")}
          </Link>
        </p>
      )}
      <FormMessage state={enableState} />

      <form action={resetAction} className={styles.inline} noValidate>
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`reset-${user.id}`}>{t(own ? "reset.fieldLabelOwn" : "reset.fieldLabel")}</label>
        <input
          id={`reset-${user.id}`}
          aria-label={own ? t("reset.labelOwn") : t("reset.label", { email: user.email })}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={1024}
          required
          aria-invalid={resetErrors ? true : undefined}
          aria-describedby={resetDescribedBy}
        />
        <button type="submit" className="secondary" disabled={resetPending} aria-label={`${t("reset.submit")}: ${user.email}`}>
          {t("reset.submit")}
        </button>
      </form>
      {!own && (
        <p className="hint" id={resetHintId}>
          {t("reset.hint")}
        </p>
      )}
      {resetErrors && (
        <p className="field-error" id={resetErrorId}>
          {resetErrors.join(" ")}
        </p>
      )}
      <FormMessage state={resetState && !resetState.ok && resetErrors ? null : resetState} />
    </div>
  );
}
