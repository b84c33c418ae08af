import { z } from "zod";
import type { Country, Program } from "@/db/schema";
import { countryPagePath } from "@/lib/events/country-pages";
import { feedPath } from "@/lib/feeds/feed-selection";
import type { CountryCode } from "@/lib/events/countries";
import { localizedTextSchema } from "./localized-text";

/** The countries and programs of the public API: the names and links an event's ids refer to. */
const text = localizedTextSchema;

export const apiCountrySchema = z
  .object({
    code: z.string().meta({ description: "ISO 3166-1 alpha-2, as in an event's host.country.", example: "TH" }),
    name: text,
    asean: z.boolean(),
    timeZone: z.string().meta({ description: "IANA zone of the capital." }),
    pages: text.meta({ description: "The country's page in each language." }),
    ics: z.string().meta({ description: "The feed of the events it hosts." }),
  })
  .meta({ id: "Country" });

export const apiProgramSchema = z
  .object({
    id: z.number().int().meta({ description: "As in an event's programId." }),
    slug: z.string(),
    name: text,
    description: text,
    theme: text,
    themes: z.array(text),
    participants: z.object({ japan: z.number().int(), asean: z.number().int(), nationalLeaders: z.number().int(), note: text }),
    sourceUrl: z.string().nullable(),
  })
  .meta({ id: "Program" });

export const apiCountriesSchema = z.object({ data: z.array(apiCountrySchema) }).meta({ id: "CountryList" });
export const apiProgramsSchema = z.object({ data: z.array(apiProgramSchema) }).meta({ id: "ProgramList" });

export function apiCountry(c: Country, baseUrl: string): z.infer<typeof apiCountrySchema> {
  const page = (lang: "ja" | "en") => `${baseUrl}/${lang}${countryPagePath(c.code)}`;
  return {
    code: c.code,
    name: { ja: c.nameJa, en: c.nameEn },
    asean: c.isAsean,
    timeZone: c.timeZone,
    pages: { ja: page("ja"), en: page("en") },
    ics: `${baseUrl}${feedPath({ kind: "country", country: c.code as CountryCode }, "en")}`,
  };
}

export function apiProgram(p: Program): z.infer<typeof apiProgramSchema> {
  return {
    id: p.id,
    slug: p.slug,
    name: { ja: p.nameJa, en: p.nameEn },
    description: { ja: p.descriptionJa, en: p.descriptionEn },
    theme: { ja: p.themeJa, en: p.themeEn },
    themes: p.themes.map((t) => ({ ja: t.ja, en: t.en })),
    participants: { japan: p.participantsJapan, asean: p.participantsAsean, nationalLeaders: p.nationalLeaders, note: { ja: p.participantsNoteJa, en: p.participantsNoteEn } },
    sourceUrl: p.sourceUrl,
  };
}
