import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/events/countries";
import { weekday } from "@/lib/time/calendar-date";
import { COUNTRY_FACTS } from "./data/country-facts";
import { SEED_EVENTS } from "./seed";
import type { SeedEvent } from "./types";

/**
 * Every seeded fact against the briefing's own wording. Each event lists where the briefing
 * writes its title, its date and its host (and ★, city, venue), as [line, quotation]; the test
 * checks that each quotation is on that line of the source, and that the seeded values are the
 * ones the quotations give. An event without a host quotation is one whose host the briefing
 * does not state: its seeded host must be "unstated".
 */
const SOURCE = fs.readFileSync(path.join(__dirname, "source", "briefing-2023.txt"), "utf8").split("\n");

/** Compared as text: full-width digits and brackets as half-width, no spaces. */
const norm = (s: string) => s.normalize("NFKC").replace(/〈/g, "<").replace(/〉/g, ">").replace(/²/g, "2").replace(/\s/g, "");

type Quote = readonly [line: number, text: string];
type Fact = {
  key: string;
  title: Quote[];
  /** The date as written; the year comes from the same quotations (2023, 本年, 令和５年 or the table's title). */
  date: Quote[];
  host?: Quote[];
  special?: Quote;
  /** Words of the title that are ours, not the briefing's (they tell two sessions apart). */
  ourLabel?: string;
};

const TABLE: Quote = [579, "日ASEAN首脳・閣僚級会合（2023年）"];
const row = (line: number, text: string, extra: Partial<Fact> = {}): Omit<Fact, "key"> => ({
  title: [[line, text]],
  date: [[line, text], TABLE],
  host: [[line, text]],
  ...(text.includes("★") ? { special: [line, text] as Quote } : {}),
  ...extra,
});

const YOUTH_YEAR: Quote = [876, "日 時 ： 2023年11月～2023年12月"];
const IN_JAPAN: Quote[] = [[903, "外国参加青年来日"], [916, "外国参加青年離日"]];

const FACTS: Fact[] = [
  { key: "meeting-2023-02-10-digital", ...row(543, "2月10日 フィリピン 日ASEANデジタル大臣会合") },
  { key: "meeting-2023-05-02-finance", ...row(546, "5月2日 韓国 日ASEAN特別財務大臣・中央銀行総裁会議 ★", { host: [[546, "5月2日 韓国"], [1957, "本年5月2日、韓国・仁川において開催。"]] }) },
  { key: "meeting-2023-07-06-justice", ...row(548, "7月6日 日本（東京） 日ASEAN特別法務大臣会合 ★") },
  { key: "meeting-2023-07-13-foreign", ...row(550, "7月13日 インドネシア 日ASEAN外相会議") },
  { key: "meeting-2023-08-22-economy", ...row(553, "8月22日 インドネシア 日ASEAN経済大臣会合") },
  { key: "meeting-2023-08-22-transnational-crime", ...row(555, "8月22日 インドネシア 日ASEAN国際犯罪閣僚会議") },
  { key: "meeting-2023-08-24-environment", ...row(557, "8月24日 ラオス 日ASEAN環境気候変動閣僚級対話") },
  { key: "meeting-2023-09-01-sports", ...row(559, "9月1日 タイ 日ASEANスポーツ大臣会合") },
  { key: "meeting-2023-09-06-summit", ...row(562, "9月6日 インドネシア 日ASEAN首脳会議") },
  { key: "meeting-2023-10-04-agriculture", ...row(565, "10月４日 マレーシア 日ASEAN農林大臣会合 ★") },
  { key: "meeting-2023-10-12-disaster", ...row(567, "10月12日 ベトナム 日ASEAN防災閣僚級会合 ★") },
  {
    key: "meeting-2023-10-27-tourism",
    // The dialogue's own slide gives the dates; the table's 10月28日 is in the source note.
    ...row(571, "10月28日 日本（東京） 日ASEAN観光大臣特別対話 ★", {
      date: [[1005, "【開催日程】 2023年10月27日（金）～29日（日）"]],
      host: [[571, "日本（東京）"], [1007, "【開催地】 東京"]],
    }),
  },
  { key: "meeting-2023-11-10-transport", ...row(573, "11月10日 ラオス 日ASEAN交通大臣会合") },
  { key: "meeting-2023-12-17-commemorative-summit", ...row(576, "12月17日 日本（東京） 日ASEAN友好協力50周年特別首脳会議 ★") },
  {
    key: "event-2023-01-06-economic-co-creation-interim-summary",
    title: [[520, "•日ASEAN経済共創シリーズ"], [524, "本年1月6日に中間整理を発表。"]],
    date: [[524, "本年1月6日に中間整理を発表。"]],
  },
  {
    key: "event-2023-02-03-experts-council-report",
    title: [[508, "•日本ASEAN友好協力50周年有識者会議"], [513, "➢２月3日に報告書を内閣官房副長官に提出。"]],
    // No year on the line: the same item calls the council's founding 「昨年5月」 (source note).
    date: [[513, "➢２月3日に報告書を内閣官房副長官に提出。"], [510, "➢昨年5月に内閣官房に設置（外務省が事務局）"]],
  },
  {
    key: "event-2023-02-07-inter-ministerial-council",
    title: [[515, "•日本ASEAN友好協力50周年関係府省会議"], [517, "➢本年２月７日に内閣官房に設置"]],
    date: [[517, "➢本年２月７日に内閣官房に設置"]],
  },
  {
    key: "event-2023-02-13-symposium",
    title: [[586, "ジャカルタでの日ASEAN友好協力50周年記念シンポジウム"]],
    date: [[586, "⇒2023年2月13日、ジャカルタでの"]],
    host: [[586, "ジャカルタでの"], [2361, "本部はインドネシア・ジャカル"]],
  },
  {
    key: "meeting-2023-03-04-azec-ministerial",
    title: [[1744, "AZEC閣僚会合を開催"]],
    date: [[1744, "⚫ 2023年３月４日、経済産業省は以下のパートナー国・参加閣僚等と共にAZEC閣僚会合を開催。"]],
  },
  {
    key: "event-2023-03-20-foip-plan",
    title: [[618, "岸田総理は"], [619, "自由で開かれたインド太平洋（FOIP）のための新たなプランを発表。"]],
    // The year is on another slide (source note).
    date: [[618, "◆ 3月20日、岸田総理は"], [757, "➢ 2023年３月 新FOIPプラン演説"]],
  },
  {
    key: "event-2023-06-05-business-week",
    title: [[1435, "日ASEANビジネスウィーク2023"]],
    date: [[1459, "✓ 2023年6月5～9日の5日間にかけて"]],
  },
  {
    key: "meeting-2023-07-07-asean-g7-justice",
    title: [[2617, "７月７日 ASEAN・G7法務大臣特別対話"]],
    date: [[2617, "７月７日 ASEAN・G7法務大臣特別対話"], [2650, "・特別イベントに両日延べ４５２名が来場参加"], TABLE],
  },
  {
    key: "meeting-2023-07-transport-vice-ministers",
    title: [[2262, "日ASEAN  次官級交通政策会合 ＜日本＞"]],
    date: [[2304, "21 札幌（2023年7月）"]],
    host: [[2262, "次官級交通政策会合 ＜日本＞"], [2304, "21 札幌（2023年7月）"]],
  },
  {
    key: "event-2023-09-e-disc-visit",
    title: [[1734, "インドネシア及びマレーシアの外務"], [1735, "大臣がE-DISCを視察"]],
    date: [[1734, "本年９月に、インドネシア及びマレーシアの外務"]],
  },
  {
    key: "event-2023-10-26-smart-city",
    title: [[1967, "第５回日ASEANスマートシティ・ネットワーク ハイレベル会合 結果概要"]],
    date: [[1973, "（１）日 程 令和５年10月26日・27日"], [2185, "➢ 2023年10月26日～27日"]],
    host: [[1974, "（２）会 場 茨城県つくば市（つくば国際会議場）"]],
  },
  {
    key: "event-2023-12-economic-co-creation-forum",
    title: [[1438, "✓ 日ASEAN経済共創フォーラム"]],
    date: [[1442, "【12月】"], [1473, "2023年12月の日ASEAN特別首脳会議のサイドイベ"]],
    host: [[1474, "ントとして日本で開催。"]],
  },
  {
    key: "event-2023-12-young-business-leaders-summit",
    title: [[1439, "✓ ヤング・ビジネスリーダーズ・サミット"], [1440, "／Z世代ビジネスリーダーズサミット"]],
    date: [[1442, "【12月】"], [1473, "2023年12月の日ASEAN特別首脳会議のサイドイベ"]],
    host: [[1474, "ントとして日本で開催。"], [1479, "Z世代サミットを併せて開催。"]],
  },
  {
    key: "program-2023-youth-2023-11-12-online",
    title: [[897, "オンライン交流"]],
    ourLabel: "（1日目）",
    date: [[894, "11月12日(日)、19日(日)"], [895, "14:00～18:00（※JST/UTC+9）"], YOUTH_YEAR],
    host: [[897, "オンライン交流"]],
  },
  {
    key: "program-2023-youth-2023-11-19-online",
    title: [[897, "オンライン交流"]],
    ourLabel: "（2日目）",
    date: [[894, "11月12日(日)、19日(日)"], [895, "14:00～18:00（※JST/UTC+9）"], YOUTH_YEAR],
    host: [[897, "オンライン交流"]],
  },
  { key: "program-2023-youth-central-1", title: [[900, "対面交流プログラム"], [901, "<中央プログラム①>"]], date: [[900, "11月29日(水)、30日(金)"], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-2023-11-29-arrival", title: [[903, "外国参加青年来日、日本参加青年集合、オリエンテーション"]], date: [[903, "11月29日："], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-2023-11-29-opening", title: [[904, "参集式、国別・SG別ミーティング等"]], date: [[904, "11月29日～30日："], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-local", title: [[906, "地方プログラム"]], date: [[906, "12月1日(水)～4日(土)"], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-central-2", title: [[908, "対面交流プログラム"], [909, "<中央プログラム②>"]], date: [[908, "12月４日(土)～7日(木)"], YOUTH_YEAR], host: IN_JAPAN },
  {
    key: "program-2023-youth-2023-12-04-discussions",
    title: [[911, "グループ・ディスカッション、課題別視察、成果発表、"], [912, "日本ASEAN友好協力50周年交流会等"]],
    date: [[911, "12月4日～7日："], YOUTH_YEAR],
    host: IN_JAPAN,
  },
  { key: "program-2023-youth-2023-12-06-guests-arrive", title: [[914, "ASEAN政府代表者、事後活動組織代表者来日"]], date: [[914, "(12月6日："], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-meetings", title: [[916, "事業に関する会議等"]], date: [[916, "12月8日(金)～9日(土)"], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-2023-12-08-departure", title: [[916, "外国参加青年離日、関係各国連絡会議、事後活動推進会議"]], date: [[916, "12月8日："], YOUTH_YEAR], host: IN_JAPAN },
  { key: "program-2023-youth-2023-12-09-guests-depart", title: [[917, "ASEAN政府代表者、事後活動組織代表者離日"]], date: [[917, "12月9日："], YOUTH_YEAR], host: IN_JAPAN },
];

/** The quotation, checked to start on its line (it may run on over the next lines, as slides wrap). */
function quoted([line, text]: Quote): string {
  const q = norm(text);
  const around = norm(SOURCE.slice(line - 1, line + 3).join(""));
  const at = around.indexOf(q);
  if (at < 0 || at >= norm(SOURCE[line - 1]).length) throw new Error(`Line ${line} does not have 「${text}」: 「${SOURCE[line - 1]}」`);
  return q;
}

const numbers = (text: string) => new Set([...text.matchAll(/\d+/g)].map((m) => Number(m[0])));

/** The months and days a seeded time claims: [month, day…] per end; a month alone claims no day. */
function claimed(e: SeedEvent): { months: number[]; days: number[]; hours: number[] } {
  const t = e.time;
  if ("month" in t) return { months: [Number(t.month.slice(5))], days: [], hours: [] };
  const [start, end] = t.allDay ? [t.startDate, t.endDate] : [t.start, t.end];
  const hours = t.allDay ? [] : [Number(t.start.slice(11, 13)), Number(t.end.slice(11, 13))];
  return { months: [Number(start.slice(5, 7)), Number(end.slice(5, 7))], days: [Number(start.slice(8, 10)), Number(end.slice(8, 10))], hours };
}

/** How the briefing names a host: Japan also by arrival in it (来日) and by its own prefectures. */
const HOST_WORDS: Record<string, RegExp> = { JP: /日本|来日|離日|茨城県/, online: /オンライン/ };

describe("every seeded event against the briefing's wording", () => {
  const byKey = new Map(SEED_EVENTS.map((e) => [e.key, e]));

  it("lists every seeded event, and nothing else", () => {
    expect(FACTS.map((f) => f.key).sort()).toEqual([...byKey.keys()].sort());
  });

  it.each(FACTS.map((f) => [f.key, f] as const))("%s", (key, fact) => {
    const e = byKey.get(key)!;
    // Title: each part (between ：and 、) is the briefing's wording.
    const titleText = fact.title.map(quoted).join("");
    for (const part of norm(e.titleJa.replace(fact.ourLabel ?? "", "")).split(/[:、]/)) expect(titleText, e.titleJa).toContain(part);
    // Date: year 2023, and every month, day and hour the seed holds is written in the quotations.
    const dateText = fact.date.map(quoted).join("|");
    expect(dateText).toMatch(/2023|本年|令和5年|昨年/);
    const written = numbers(dateText);
    const { months, days, hours } = claimed(e);
    for (const n of [...months, ...days, ...hours]) expect(written, `${key}: ${n} in ${dateText}`).toContain(n);
    // Host: the country (or "online") is named in the quotations, and city and venue too; none stated: "unstated".
    if (!fact.host) {
      expect(e.host).toBe("unstated");
    } else {
      const hostText = fact.host.map(quoted).join("|");
      const country = COUNTRIES.find((c) => c.code === e.host);
      expect(hostText).toMatch(HOST_WORDS[e.host] ?? new RegExp(country!.nameJa));
      for (const place of [e.cityJa, e.venueJa]) if (place) expect(hostText).toContain(norm(place));
    }
    // ★ exactly where the table has it.
    expect(e.isSpecial).toBe(fact.special !== undefined);
    if (fact.special) expect(quoted(fact.special)).toContain("★");
    // The source slide is named as the briefing titles it (the youth program's slide has no title).
    if (!e.sourceTitleJa.includes("表題なし")) expect(norm(SOURCE.join("\n"))).toContain(norm(e.sourceTitleJa));
  });

  it("dates every event in 2023, by day only where the briefing gives the day", () => {
    for (const e of SEED_EVENTS) {
      const t = e.time;
      const first = "month" in t ? t.month : t.allDay ? t.startDate : t.start;
      expect(first.slice(0, 4), e.key).toBe("2023");
    }
    expect(SEED_EVENTS.filter((e) => "month" in e.time).map((e) => e.key).sort()).toEqual([
      "event-2023-09-e-disc-visit",
      "event-2023-12-economic-co-creation-forum",
      "event-2023-12-young-business-leaders-summit",
      "meeting-2023-07-transport-vice-ministers",
    ]);
    // The online exchange is two sessions: no seeded span covers the week between them.
    expect(byKey.has("program-2023-youth-online")).toBe(false);
  });

  it("notes each weekday label of the youth itinerary that 2023's calendar contradicts, on the entry for that day", () => {
    const labels: [Quote, string, string][] = [
      [[900, "30日(金)"], "2023-11-30", "program-2023-youth-2023-11-29-opening"],
      [[906, "12月1日(水)"], "2023-12-01", "program-2023-youth-local"],
      [[906, "4日(土)"], "2023-12-04", "program-2023-youth-local"],
      [[908, "12月４日(土)"], "2023-12-04", "program-2023-youth-2023-12-04-discussions"],
    ];
    const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const labelDays: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
    for (const [quote, date, key] of labels) {
      const label = quoted(quote).match(/\((.)\)/)![1];
      const real = weekday(date);
      expect(real).not.toBe(labelDays[label]);
      const [, month, day] = date.split("-").map(Number);
      const when = `${day} ${month === 11 ? "November" : "December"}`;
      expect(byKey.get(key)!.sourceNoteEn).toContain(`The briefing labels ${when} as ${names[labelDays[label]]}; ${when} 2023 was a ${names[real]}.`);
    }
    // Every other label of the itinerary fits 2023.
    for (const [date, label] of [["2023-11-12", "日"], ["2023-11-19", "日"], ["2023-11-29", "水"], ["2023-12-07", "木"], ["2023-12-08", "金"], ["2023-12-09", "土"]] as const) {
      expect(weekday(date)).toBe(labelDays[label]);
    }
  });

  it("shows the briefing's disagreements about the tourism and transport dates", () => {
    expect(quoted([571, "10月28日 日本（東京） 日ASEAN観光大臣特別対話"])).toBeTruthy();
    expect(byKey.get("meeting-2023-10-27-tourism")!.sourceNoteEn).toBe("The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.");
    expect(quoted([2334, "21 ラオス(2023年11月予定)"])).toBeTruthy();
    expect(byKey.get("meeting-2023-11-10-transport")!.sourceNoteJa).toContain("ラオス(2023年11月予定)");
  });
});

/** The country boxes of 「（参考）ＡＳＥＡＮ各国と日本の比較」: [line of the figure] per country. */
const COUNTRY_LINES: Record<string, { population: number; gdp: number; gdpPerHead: number; area: number; comparison?: number; leader: number; note?: number }> = {
  KH: { population: 66, gdp: 67, gdpPerHead: 68, area: 69, comparison: 71, leader: 72 },
  BN: { population: 75, gdp: 76, gdpPerHead: 77, area: 78, comparison: 80, leader: 81 },
  MY: { population: 84, gdp: 85, gdpPerHead: 86, area: 87, comparison: 89, leader: 90 },
  TH: { population: 93, gdp: 94, gdpPerHead: 95, area: 96, comparison: 98, leader: 99 },
  JP: { population: 103, gdp: 104, gdpPerHead: 105, area: 106, leader: 108 },
  MM: { population: 129, gdp: 130, gdpPerHead: 131, area: 132, comparison: 134, leader: 135, note: 137 },
  VN: { population: 141, gdp: 142, gdpPerHead: 143, area: 144, comparison: 146, leader: 147 },
  PH: { population: 150, gdp: 151, gdpPerHead: 152, area: 153, comparison: 155, leader: 156 },
  SG: { population: 159, gdp: 160, gdpPerHead: 161, area: 162, comparison: 164, leader: 165 },
  LA: { population: 173, gdp: 174, gdpPerHead: 175, area: 176, comparison: 178, leader: 179 },
  ID: { population: 182, gdp: 183, gdpPerHead: 184, area: 185, comparison: 187, leader: 188 },
};

describe("every country fact against the briefing's wording", () => {
  it.each(Object.entries(COUNTRY_LINES))("%s", (code, lines) => {
    const facts = COUNTRY_FACTS.find((f) => f.code === code)!;
    const at = (line: number) => norm(SOURCE[line - 1] + (SOURCE[line] ?? ""));
    expect(at(lines.population)).toContain(norm(facts.populationJa!));
    expect(at(lines.gdp)).toContain(norm(facts.gdpJa!));
    expect(at(lines.gdpPerHead)).toContain(norm(facts.gdpPerHeadJa!));
    expect(at(lines.area)).toContain(norm(facts.areaJa!));
    expect(at(lines.leader)).toContain(norm(facts.leaderJa!));
    if (lines.comparison) expect(at(lines.comparison)).toContain(`(${norm(facts.comparisonJa!)})`);
    else expect(facts.comparisonJa).toBeUndefined();
    if (lines.note) expect(at(lines.note)).toContain(norm(facts.noteJa!).slice(0, 12));
  });

  it("states no year for the country figures (the briefing dates only the ASEAN total), and nothing about Korea", () => {
    expect(norm(SOURCE[57])).toBe(norm("ＡＳＥＡＮ基本データ（２０２１年）"));
    expect(COUNTRY_FACTS.find((f) => f.code === "KR")).toEqual({ code: "KR", sourceJa: "", sourceEn: "" });
    expect(COUNTRY_FACTS.map((f) => f.code).sort()).toEqual(COUNTRIES.map((c) => c.code).sort());
  });
});
