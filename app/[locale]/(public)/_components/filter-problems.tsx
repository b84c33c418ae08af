import { getTranslations } from "next-intl/server";
import type { FilterProblem } from "@/lib/events/schedule-filters";

/** Each filter value in the URL that was not understood, named in the page's language (the view shows events without it). */
export async function FilterProblems({ problems, extra = [] }: { problems: FilterProblem[]; extra?: string[] }) {
  const t = await getTranslations("schedule");
  if (problems.length === 0 && extra.length === 0) return null;
  return (
    <div role="alert" className="notice notice--warning">
      {problems.map((p) => (
        <p key={p.param}>{t("filters.invalid", { filter: t(`filters.param.${p.param}`), value: p.value })}</p>
      ))}
      {extra.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}
