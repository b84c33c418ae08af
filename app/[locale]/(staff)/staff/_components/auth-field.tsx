import type { InputHTMLAttributes } from "react";
import { SignInAgainLink, useSessionOutcome } from "./staff-session";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & {
  name: string;
  /** Unique per page when the same field name appears in several forms. */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input with its hint and errors announced through aria-describedby. */
export function AuthField({ name, id = name, label, hint, errors, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        type="text"
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {errorId && (
        <p className="field-error" id={errorId}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The form-level message of an action result: an alert for errors (with a way to sign in again when the session ended), a status for success. */
export function FormMessage({ state }: { state: { ok: boolean; formError?: string; message?: string; status?: number } | null }) {
  const sessionEnded = useSessionOutcome(state);
  if (!state) return null;
  if (!state.ok && state.formError) {
    return (
      <p className="notice notice--error" role="alert">
        {state.formError}
        {sessionEnded && (
          <>
            {" "}
            <SignInAgainLink />
          </>
        )}
      </p>
    );
  }
  if (state.ok && state.message) {
    return (
      <p className="notice notice--success" role="status">
        {state.message}
      </p>
    );
  }
  return null;
}
