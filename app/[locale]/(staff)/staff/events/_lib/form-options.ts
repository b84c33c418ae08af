import { listPhaseOptions, listProgramOptions } from "@/db/queries/staff-events-list";
import type { AppLocale } from "@/i18n/routing";
import { localized } from "@/i18n/localized";
import { cancelEventFields } from "@/lib/validation/event-actions";
import { eventFieldsSchema } from "@/lib/validation/event-input";
import { textLimits } from "@/lib/validation/text-fields";

/** The choices of the form's program and phase selects, labelled in the page's language, and its text limits. */
export function eventFormOptions(locale: AppLocale, excludeId?: number) {
  const phases = listPhaseOptions()
    .filter((p) => p.id !== excludeId)
    .map((p) => ({ value: String(p.id), label: `${localized(p.titleJa, p.titleEn, locale).text} (${p.startDate})` }));
  const programs = listProgramOptions().map((p) => ({ value: String(p.id), label: locale === "ja" ? p.nameJa : p.nameEn }));
  return { phases, programs, limits: { ...textLimits(eventFieldsSchema.shape), ...textLimits(cancelEventFields.shape) } };
}
