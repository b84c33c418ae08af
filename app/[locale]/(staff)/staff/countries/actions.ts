"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { updateCountryFacts } from "@/db/queries/country-facts";
import { currentLocale } from "@/i18n/current-locale";
import { staffAction } from "@/lib/actions/staff-action";
import { countryFactsUpdateSchema } from "@/lib/validation/country-facts";

/**
 * Admins edit a country's facts: parsed with the shared zod schema, saved with its audit entry if
 * the facts are still at the version the form was opened at. The write moves the data version,
 * so the public country page is generated afresh. After a save the page is reloaded (works
 * without JavaScript), with the new version in its form.
 */
export const updateCountryFactsAction = staffAction("admin", countryFactsUpdateSchema, async (args, { user }) => {
  const locale = await currentLocale();
  const result = updateCountryFacts(args, { userId: user.id });
  if (!result.changed) return { ok: true, message: (await getTranslations({ locale, namespace: "countries.staff" }))("unchanged") };
  redirect(`/${locale}/staff/countries/${args.code.toLowerCase()}/edit?saved=${result.facts.version}`);
});
