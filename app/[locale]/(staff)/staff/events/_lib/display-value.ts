import type { DisplayValue } from "@/lib/audit/audit-diff";
import { countryName } from "@/lib/events/countries";
import { HOST_KIND_LABELS, isOtherHostKind } from "@/lib/events/hosts";
import { EVENT_KIND_LABELS, type EventKind } from "@/lib/events/kinds";
import { sectorLabel } from "@/lib/events/sectors";
import type { AppLocale } from "@/i18n/routing";

type Translate = (key: string) => string;

/** A stored value as staff read it in the history and conflict views, with codes turned into labels. */
export function formatDisplayValue(field: string, value: DisplayValue, locale: AppLocale, t: Translate): string {
  if (value.type === "empty") return t("history.empty");
  if (value.type === "boolean") return value.value ? t("history.yes") : t("history.no");
  const text = value.text;
  switch (field) {
    case "kind":
      return EVENT_KIND_LABELS[text as EventKind]?.[locale] ?? text;
    case "sector":
      return sectorLabel(text, locale);
    case "countryCode":
      return `${countryName(text, locale)} (${text})`;
    case "hostKind":
      return isOtherHostKind(text) ? HOST_KIND_LABELS[text][locale] : t("fields.countryCode");
    case "datePrecision":
      return text === "month" ? t("form.precisionMonth") : text === "day" ? t("form.precisionDay") : text;
    case "status":
      return ["draft", "published", "cancelled"].includes(text) ? t(`status.${text}`) : text;
    case "parentId":
    case "programId":
      return `#${text}`;
    default:
      return text;
  }
}
