import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { isAppLocale, routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isAppLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
