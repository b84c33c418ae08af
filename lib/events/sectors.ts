/** Policy sectors a meeting or event belongs to. The slug is used in URLs and feed paths. */
export const SECTORS = [
  "summit",
  "foreign-affairs",
  "economy",
  "finance",
  "justice",
  "digital",
  "environment",
  "sports",
  "agriculture",
  "disaster-management",
  "tourism",
  "transport",
  "transnational-crime",
  "energy",
  "urban-development",
  "culture",
  "youth",
  "other",
] as const;

export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { ja: string; en: string }> = {
  summit: { ja: "首脳", en: "Summit" },
  "foreign-affairs": { ja: "外交", en: "Foreign affairs" },
  economy: { ja: "経済", en: "Economy" },
  finance: { ja: "財務・金融", en: "Finance" },
  justice: { ja: "法務", en: "Justice" },
  digital: { ja: "デジタル", en: "Digital" },
  environment: { ja: "環境・気候変動", en: "Environment and climate" },
  sports: { ja: "スポーツ", en: "Sports" },
  agriculture: { ja: "農林", en: "Agriculture and forestry" },
  "disaster-management": { ja: "防災", en: "Disaster management" },
  tourism: { ja: "観光", en: "Tourism" },
  transport: { ja: "交通", en: "Transport" },
  "transnational-crime": { ja: "国際犯罪", en: "Transnational crime" },
  energy: { ja: "エネルギー", en: "Energy" },
  "urban-development": { ja: "都市開発・スマートシティ", en: "Urban development and smart cities" },
  culture: { ja: "文化・交流", en: "Culture and exchange" },
  youth: { ja: "青少年交流", en: "Youth exchange" },
  other: { ja: "その他", en: "Other" },
};

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export function sectorLabel(sector: string, locale: "ja" | "en"): string {
  return isSector(sector) ? SECTOR_LABELS[sector][locale] : sector;
}
