import { getLocale } from "next-intl/server";
import { isAppLocale, routing, type AppLocale } from "./routing";

/** The locale of the request being handled, for server actions (they have no [locale] params). */
export async function currentLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : routing.defaultLocale;
}
