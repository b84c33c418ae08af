"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AuthField, FormMessage } from "../../_components/auth-field";
import { createUserAction } from "../actions";

export function CreateUserForm() {
  const t = useTranslations("users.create");
  const roles = useTranslations("staff.roles");
  const [state, action, pending] = useActionState(createUserAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  // Remount the fields after each result so that defaultValue shows what was submitted.
  const key = state ? JSON.stringify(state) : "empty";
  return (
    <form action={action} noValidate key={key}>
      <FormMessage state={state} />
      <AuthField name="email" id="new-email" type="email" label={t("email")} autoComplete="off" required defaultValue={values.email} errors={failed?.fieldErrors.email} />
      <AuthField name="name" id="new-name" label={t("name")} autoComplete="off" maxLength={100} defaultValue={values.name} errors={failed?.fieldErrors.name} />
      <div className="field">
        <label htmlFor="new-role">{t("role")}</label>
        <select id="new-role" name="role" defaultValue={values.role ?? "editor"} aria-invalid={failed?.fieldErrors.role ? true : undefined}>
          <option value="editor">{roles("editor")}</option>
          <option value="admin">{roles("admin")}</option>
        </select>
        {failed?.fieldErrors.role && <p className="field-error">{failed.fieldErrors.role.join(" ")}</p>}
      </div>
      <AuthField
        name="password"
        id="new-password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={1024}
        errors={failed?.fieldErrors.password}
      />
      <p>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </p>
    </form>
  );
}
