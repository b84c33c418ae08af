import type { ReactNode } from "react";
import styles from "./editor.module.css";

type Common = {
  name: string;
  /** When one page has several forms with this field: else f-{name}. */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  requiredLabel?: string;
  className?: string;
};

export const fieldId = (name: string) => `f-${name}`;

/** Ids for aria-describedby: the hint and the error message of a field (`id`: the field's own, else f-{name}). */
function describedBy(name: string, hint?: string, errors?: string[], id = fieldId(name)) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined };
}

function Frame({ name, id, label, hint, errors, required, requiredLabel, className, hintId, errorId, children }: Common & { hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className={`field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id ?? fieldId(name)}>
        {label}
        {required && requiredLabel && <span className="hint"> ({requiredLabel})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
      {errorId && (
        <p className="field-error" id={errorId}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

type InputProps = Common & { type?: string; defaultValue?: string; readOnly?: boolean; list?: string; autoComplete?: string; inputRef?: React.Ref<HTMLInputElement> };

/** A labelled input whose hint and error are announced with it (aria-describedby, aria-invalid). */
export function TextField({ type = "text", defaultValue, readOnly, list, autoComplete = "off", inputRef, ...common }: InputProps) {
  const ids = describedBy(common.name, common.hint, common.errors);
  return (
    <Frame {...common} hintId={ids.hintId} errorId={ids.errorId}>
      <input
        ref={inputRef}
        id={fieldId(common.name)}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        readOnly={readOnly}
        list={list}
        autoComplete={autoComplete}
        aria-required={common.required || undefined}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function TextAreaField({ defaultValue, rows = 4, ...common }: Common & { defaultValue?: string; rows?: number }) {
  const ids = describedBy(common.name, common.hint, common.errors, common.id);
  return (
    <Frame {...common} hintId={ids.hintId} errorId={ids.errorId}>
      <textarea
        id={common.id ?? fieldId(common.name)}
        name={common.name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

type SelectProps = Common & { defaultValue?: string; options: { value: string; label: string }[]; onChange?: (value: string) => void };

export function SelectField({ defaultValue, options, onChange, ...common }: SelectProps) {
  const ids = describedBy(common.name, common.hint, common.errors);
  return (
    <Frame {...common} hintId={ids.hintId} errorId={ids.errorId}>
      <select
        id={fieldId(common.name)}
        name={common.name}
        defaultValue={defaultValue}
        aria-required={common.required || undefined}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ name, label, hint, errors, defaultChecked, onChange }: Omit<Common, "required"> & { defaultChecked?: boolean; onChange?: (checked: boolean) => void }) {
  const ids = describedBy(name, hint, errors);
  return (
    <div className="field">
      <div className={styles.checkbox}>
        <input
          id={fieldId(name)}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={ids.errorId ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={onChange ? (e) => onChange(e.target.checked) : undefined}
        />
        <label htmlFor={fieldId(name)}>{label}</label>
      </div>
      {hint && (
        <p className="hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {ids.errorId && (
        <p className="field-error" id={ids.errorId}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
