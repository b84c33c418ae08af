import { createTranslator } from "use-intl/core";
import type { ErrorCode, ErrorMessages, ErrorValues } from "@/lib/errors";
import { loadMessages } from "./messages";
import { routing, type AppLocale } from "./routing";

/** The text of an error code in one language. */
export type TranslateError = (code: ErrorCode, values?: ErrorValues) => string;

const translators = new Map<AppLocale, TranslateError>();

/**
 * The one translation of error codes per language, used by the staff forms and actions, the
 * sign-in action, the JSON API and the scripts (English). use-intl's translator (next-intl's
 * core) reads the same message files and ICU syntax as the pages, outside a request too.
 */
export function errorTranslator(locale: AppLocale): TranslateError {
  let translate = translators.get(locale);
  if (!translate) {
    // The files are read at run time; the "error messages" unit test checks they match ErrorMessages.
    const t = createTranslator({ locale, messages: loadMessages(locale) as ErrorMessages });
    translate = (code, values) => t(code, values);
    translators.set(locale, translate);
  }
  return translate;
}

function hasText(locale: AppLocale, area: string, name: string): boolean {
  const errors = (loadMessages(locale)[area] as { errors?: Record<string, unknown> } | undefined)?.errors;
  return !!errors && Object.hasOwn(errors, name) && typeof errors[name] === "string";
}

/** True when a string that arrived untyped (a zod issue's message) is one of our codes. */
export function isErrorCode(message: string): message is ErrorCode {
  const [area, group, name, ...rest] = message.split(".");
  return group === "errors" && name !== undefined && rest.length === 0 && routing.locales.every((locale) => hasText(locale, area, name));
}

/** A zod issue's message as text: our codes translated, zod's own messages (already in the request's language) kept. */
export function issueText(message: string, translate: TranslateError): string {
  return isErrorCode(message) ? translate(message) : message;
}
