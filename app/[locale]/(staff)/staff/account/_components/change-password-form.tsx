"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthField, FormMessage } from "../../_components/auth-field";
import { changeOwnPasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  const [state, action, pending] = useActionState(changeOwnPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <AuthField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={errors.currentPassword} />
      <AuthField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={1024}
        errors={errors.newPassword}
      />
      <AuthField name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required errors={errors.confirmPassword} />
      <p>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </p>
    </form>
  );
}
