import { ZxcvbnFactory, type DictionaryMatch } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import type { ErrorCode } from "@/lib/errors";

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the cap only bounds hashing work per request. */
export const PASSWORD_MAX_LENGTH = 1024;
/** zxcvbn score (0–4) below which a password is refused as too easy to guess. */
export const PASSWORD_MIN_SCORE = 3;

/** Error codes, translated where the form is shown. */
export const passwordErrors = {
  tooShort: "auth.errors.passwordTooShort",
  tooLong: "auth.errors.passwordTooLong",
  tooCommon: "auth.errors.passwordTooCommon",
  tooWeak: "auth.errors.passwordTooWeak",
} as const satisfies Record<string, ErrorCode>;

export type PasswordProblem = keyof typeof passwordErrors;

let factory: ZxcvbnFactory | undefined;

/** An email's local part and its pieces ("tanaka.hiroshi@…" → "tanaka.hiroshi", "tanaka", "hiroshi"). */
function guessableWords(context: string[]): string[] {
  const words = new Set<string>();
  for (const item of context.map((c) => c.trim().toLowerCase()).filter(Boolean)) {
    words.add(item);
    const local = item.split("@")[0];
    words.add(local);
    for (const piece of local.split(/[^\p{L}\p{N}]+/u)) if (piece.length >= 3) words.add(piece);
  }
  return [...words];
}

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return factory;
}

/**
 * Why `password` is not acceptable, or null. `context` (email, name) counts as guessable words.
 * "Common" means the whole password is a common password, allowing case changes, l33t and reversal;
 * a passphrase that merely contains a common word is judged by its overall score instead.
 */
export function passwordProblem(password: string, context: string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const result = zxcvbn().check(password, guessableWords(context));
  const wholeIsCommon = result.sequence.some(
    (match) =>
      match.pattern === "dictionary" &&
      (match as DictionaryMatch).dictionaryName === "passwords-common" &&
      match.i === 0 &&
      match.j === password.length - 1,
  );
  if (wholeIsCommon) return "tooCommon";
  if (result.score < PASSWORD_MIN_SCORE) return "tooWeak";
  return null;
}

/** A new password (sign-up by an admin, reset, change). Use `.superRefine` context for email/name. */
export function newPasswordSchema(context: () => string[] = () => []) {
  return z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password, context());
    if (problem) ctx.addIssue({ code: "custom", message: passwordErrors[problem] });
  });
}
