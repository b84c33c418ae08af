/**
 * Errors that map to an HTTP status in one place (route handlers, server actions, pages).
 * Anything else that escapes is a bug and becomes a 500 without details.
 */

/** No session (401) or a session without the required role (403). */
export class AuthorizationError extends Error {
  readonly status: 401 | 403;

  constructor(status: 401 | 403, message = status === 401 ? "Sign-in required" : "Forbidden") {
    super(message);
    this.name = "AuthorizationError";
    this.status = status;
  }
}

/** Input that passed parsing but breaks a rule checked later (e.g. last active admin): a 4xx with a message. */
export class UserInputError extends Error {
  readonly status: 400 | 409 | 422;
  readonly fieldErrors: Record<string, string[]>;

  constructor(message: string, options: { status?: 400 | 409 | 422; fieldErrors?: Record<string, string[]> } = {}) {
    super(message);
    this.name = "UserInputError";
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

/** The HTTP status for an error thrown by app code, or 500 for anything unexpected. */
export function errorStatus(error: unknown): number {
  if (error instanceof AuthorizationError || error instanceof UserInputError || error instanceof CsrfError) {
    return error.status;
  }
  return 500;
}
