/**
 * The ten ASEAN members plus Japan and Korea (Korea hosted the special finance meeting).
 * Codes are ISO 3166-1 alpha-2; the time zone is the capital's, used as the default for new events.
 * This list seeds the countries table and is the set of codes the validation accepts.
 */
export const COUNTRIES = [
  { code: "JP", nameJa: "日本", nameEn: "Japan", timeZone: "Asia/Tokyo", isAsean: false },
  { code: "BN", nameJa: "ブルネイ", nameEn: "Brunei Darussalam", timeZone: "Asia/Brunei", isAsean: true },
  { code: "KH", nameJa: "カンボジア", nameEn: "Cambodia", timeZone: "Asia/Phnom_Penh", isAsean: true },
  { code: "ID", nameJa: "インドネシア", nameEn: "Indonesia", timeZone: "Asia/Jakarta", isAsean: true },
  { code: "LA", nameJa: "ラオス", nameEn: "Lao PDR", timeZone: "Asia/Vientiane", isAsean: true },
  { code: "MY", nameJa: "マレーシア", nameEn: "Malaysia", timeZone: "Asia/Kuala_Lumpur", isAsean: true },
  { code: "MM", nameJa: "ミャンマー", nameEn: "Myanmar", timeZone: "Asia/Yangon", isAsean: true },
  { code: "PH", nameJa: "フィリピン", nameEn: "Philippines", timeZone: "Asia/Manila", isAsean: true },
  { code: "SG", nameJa: "シンガポール", nameEn: "Singapore", timeZone: "Asia/Singapore", isAsean: true },
  { code: "TH", nameJa: "タイ", nameEn: "Thailand", timeZone: "Asia/Bangkok", isAsean: true },
  { code: "VN", nameJa: "ベトナム", nameEn: "Viet Nam", timeZone: "Asia/Ho_Chi_Minh", isAsean: true },
  { code: "KR", nameJa: "韓国", nameEn: "Republic of Korea", timeZone: "Asia/Seoul", isAsean: false },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];
export const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as CountryCode[];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as string[]).includes(value);
}

export function capitalTimeZone(code: CountryCode): string {
  return COUNTRIES.find((c) => c.code === code)!.timeZone;
}

export function countryName(code: string, locale: "ja" | "en"): string {
  const c = COUNTRIES.find((x) => x.code === code);
  if (!c) return code;
  return locale === "ja" ? c.nameJa : c.nameEn;
}
