import type apiEn from "@/i18n/messages/en/api.json";
import type apiJa from "@/i18n/messages/ja/api.json";
import type authEn from "@/i18n/messages/en/auth.json";
import type authJa from "@/i18n/messages/ja/auth.json";
import type editorEn from "@/i18n/messages/en/editor.json";
import type editorJa from "@/i18n/messages/ja/editor.json";
import type feedsEn from "@/i18n/messages/en/feeds.json";
import type feedsJa from "@/i18n/messages/ja/feeds.json";
import type importEn from "@/i18n/messages/en/import.json";
import type importJa from "@/i18n/messages/ja/import.json";
import type staffEn from "@/i18n/messages/en/staff.json";
import type staffJa from "@/i18n/messages/ja/staff.json";
import type usersEn from "@/i18n/messages/en/users.json";
import type usersJa from "@/i18n/messages/ja/users.json";

/**
 * Errors shown to a person travel as codes: the key of their text in the message files
 * ("editor.errors.lineBreak"). The union below is read from the `errors` objects of those files,
 * so a code is valid only once it has a text in both languages; i18n/error-messages.ts translates.
 */
type ErrorTexts = {
  api: [typeof apiEn.errors, typeof apiJa.errors];
  auth: [typeof authEn.errors, typeof authJa.errors];
  editor: [typeof editorEn.errors, typeof editorJa.errors];
  feeds: [typeof feedsEn.errors, typeof feedsJa.errors];
  import: [typeof importEn.errors, typeof importJa.errors];
  staff: [typeof staffEn.errors, typeof staffJa.errors];
  users: [typeof usersEn.errors, typeof usersJa.errors];
};

type ErrorName<A extends keyof ErrorTexts> = keyof ErrorTexts[A][0] & keyof ErrorTexts[A][1] & string;

export type ErrorCode = { [A in keyof ErrorTexts]: `${A}.errors.${ErrorName<A>}` }[keyof ErrorTexts];

/** The part of the message files that holds the errors' texts, the same in both languages. */
export type ErrorMessages = { [A in keyof ErrorTexts]: { errors: Record<ErrorName<A>, string> } };

/** The name of an editor error ("lineBreak" in "editor.errors.lineBreak"). */
export type EditorErrorName = ErrorName<"editor">;

/** The name of an import error ("formula" in "import.errors.formula"). */
export type ImportErrorName = ErrorName<"import">;

/** Values for a message's {placeholders} (auth.errors.rateLimited takes time and minutes). */
export type ErrorValues = Record<string, string | number>;

/** A code checked by the compiler where a plain string would be accepted (zod's `error` option). */
export const errorCode = <C extends ErrorCode>(code: C): C => code;

/** No session (401) or a session without the required role (403). */
export class AuthorizationError extends Error {
  readonly status: 401 | 403;

  constructor(status: 401 | 403, message = status === 401 ? "Sign-in required" : "Forbidden") {
    super(message);
    this.name = "AuthorizationError";
    this.status = status;
  }

  /** What the person is told. */
  get code(): ErrorCode {
    return this.status === 401 ? "staff.errors.signInRequired" : "staff.errors.forbidden";
  }
}

/** A signed-in user who must first replace the password an administrator set (403): only "My account" works. */
export class PasswordChangeRequiredError extends AuthorizationError {
  constructor() {
    super(403, "Password change required");
    this.name = "PasswordChangeRequiredError";
  }

  override get code(): ErrorCode {
    return "staff.errors.passwordChangeRequired";
  }
}

/** Input that passed parsing but breaks a rule checked later (e.g. last active admin): a 4xx with a message. */
export class UserInputError extends Error {
  readonly code: ErrorCode;
  readonly values: ErrorValues | undefined;
  readonly status: 400 | 409 | 422;
  readonly fieldErrors: Record<string, ErrorCode[]>;

  constructor(code: ErrorCode, options: { status?: 400 | 409 | 422; fieldErrors?: Record<string, ErrorCode[]>; values?: ErrorValues } = {}) {
    super(code);
    this.name = "UserInputError";
    this.code = code;
    this.values = options.values;
    this.status = options.status ?? 422;
    this.fieldErrors = options.fieldErrors ?? {};
  }
}

/** A mutating request that fails the same-origin/CSRF checks (403). */
export class CsrfError extends Error {
  readonly status = 403 as const;

  constructor(message = "Cross-site request refused") {
    super(message);
    this.name = "CsrfError";
  }
}
