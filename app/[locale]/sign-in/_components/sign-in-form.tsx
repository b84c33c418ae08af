"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthField, FormMessage } from "../../(staff)/staff/_components/auth-field";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="auth-form">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <AuthField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={failed?.values.email ?? ""}
        key={`email-${failed?.values.email ?? ""}`}
        errors={failed?.fieldErrors.email}
      />
      <AuthField name="password" type="password" label={t("password")} autoComplete="current-password" required errors={failed?.fieldErrors.password} />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}
