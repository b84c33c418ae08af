import "server-only";
import { z } from "zod";
import { errorTranslator, issueText } from "@/i18n/error-messages";
import type { AppLocale } from "@/i18n/routing";
import type { StaffRole, StaffUser } from "@/lib/auth/staff-user";
import { hasRole } from "@/lib/auth/staff-user";
import { AuthorizationError, UserInputError } from "@/lib/errors";
import { markActionRan } from "@/server/request-facts";
import { formDataToObject, formValues } from "./form-data";

export type ActionStatus = 400 | 401 | 403 | 409 | 422 | 429;

export type ActionFailure = {
  ok: false;
  /** Message for the whole form (authorization, conflicts, rules across fields). */
  formError?: string;
  /** Messages per field; nested fields are keyed by their dotted path ("times.start"). */
  fieldErrors: Record<string, string[]>;
  /** What the user submitted (without passwords), so the form can refill itself. */
  values: Record<string, string>;
  status?: ActionStatus;
};

export type ActionSuccess = { ok: true; message?: string; data?: Record<string, unknown> };

export type ActionState = ActionSuccess | ActionFailure;

export type StaffActionContext = { user: StaffUser; formData: FormData };

/** Returning nothing means success without a message; `redirect()` inside the handler works as usual. */
export type StaffActionHandler<S extends z.ZodType> = (
  input: z.output<S>,
  context: StaffActionContext,
) => Promise<ActionState | void> | ActionState | void;

/** The server action signature `useActionState` expects. */
export type StaffAction = (previous: ActionState | null, formData: FormData) => Promise<ActionState>;

export type StaffActionOptions = {
  /** Changing one's own password: the one action open while the user must choose their own password. */
  allowWhilePasswordChangeRequired?: true;
};

export type StaffActionDeps = {
  /** The current user, re-read from the database (getStaffUser). */
  getUser: () => Promise<StaffUser | null>;
  /** The request's locale: every message of the result is in this language. */
  getLocale: () => Promise<AppLocale>;
};

const defaultDeps: StaffActionDeps = {
  getUser: async () => (await import("@/lib/auth/session")).getStaffUser(),
  getLocale: async () => (await import("@/i18n/current-locale")).currentLocale(),
};

/**
 * `formData` is what the client sent as the action's argument: a FormData from our forms, but a
 * hand-made request to the action's endpoint can send any value there.
 */
export function failure(
  formData: unknown,
  fields: { formError?: string; fieldErrors?: Record<string, string[]>; status?: ActionStatus },
): ActionFailure {
  const values = formData instanceof FormData ? formValues(formData) : {};
  return { ok: false, fieldErrors: fields.fieldErrors ?? {}, formError: fields.formError, values, status: fields.status };
}

export type ParsedForm<S extends z.ZodType> =
  | { ok: true; data: z.output<S> }
  | { ok: false; status: 400 | 422; fieldErrors: Record<string, string[]>; formErrors: string[] };

/**
 * Parses a form with `schema`, every message in `locale`: our error codes translated, zod's own
 * messages (for rules without a code) from zod's locale. Nested fields are keyed by dotted path.
 * An argument that is not a FormData at all (400) is refused before any rule runs.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: unknown, locale: AppLocale): ParsedForm<S> {
  const translate = errorTranslator(locale);
  if (!(formData instanceof FormData)) return { ok: false, status: 400, fieldErrors: {}, formErrors: [translate("staff.errors.notAForm")] };
  const parsed = schema.safeParse(formDataToObject(formData), { error: (locale === "ja" ? z.locales.ja() : z.locales.en()).localeError });
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of parsed.error.issues) {
    const message = issueText(issue.message, translate);
    if (issue.path.length === 0) formErrors.push(message);
    else (fieldErrors[issue.path.join(".")] ??= []).push(message);
  }
  return { ok: false, status: 422, fieldErrors, formErrors };
}

/**
 * Builds `staffAction(role, schema, handler, options)`. Every call checks the session and role on the
 * server (a disabled or demoted user is refused at once, and the handler never runs; so is a user who
 * must first choose their own password, unless `options` allow it), parses the FormData
 * with the schema, and turns validation and UserInputError failures into an ActionFailure with
 * translated messages and the submitted values. Other errors (bugs, redirect()) propagate.
 */
export function createStaffAction(deps: StaffActionDeps) {
  return function staffAction<S extends z.ZodType>(role: StaffRole, schema: S, handler: StaffActionHandler<S>, options: StaffActionOptions = {}): StaffAction {
    return async (_previous, formData: unknown) => {
      markActionRan();
      const locale = await deps.getLocale();
      const translate = errorTranslator(locale);
      const user = await deps.getUser();
      if (!user) return failure(formData, { formError: translate("staff.errors.signInRequired"), status: 401 });
      if (user.mustChangePassword && !options.allowWhilePasswordChangeRequired) {
        return failure(formData, { formError: translate("staff.errors.passwordChangeRequired"), status: 403 });
      }
      if (!hasRole(user, role)) return failure(formData, { formError: translate("staff.errors.forbidden"), status: 403 });

      const parsed = parseForm(schema, formData, locale);
      if (!parsed.ok) {
        const formError = parsed.formErrors.length ? parsed.formErrors.join(" ") : translate("staff.errors.invalidInput");
        return failure(formData, { fieldErrors: parsed.fieldErrors, formError, status: parsed.status });
      }

      try {
        // parseForm refused anything but a FormData.
        return (await handler(parsed.data, { user, formData: formData as FormData })) ?? { ok: true };
      } catch (error) {
        if (error instanceof UserInputError) {
          const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, codes]) => [field, codes.map((code) => translate(code))]));
          return failure(formData, { formError: translate(error.code, error.values), fieldErrors, status: error.status });
        }
        if (error instanceof AuthorizationError) return failure(formData, { formError: translate(error.code), status: error.status });
        throw error;
      }
    };
  };
}

/** The wrapper every staff server action goes through (see createStaffAction). */
export const staffAction = createStaffAction(defaultDeps);
