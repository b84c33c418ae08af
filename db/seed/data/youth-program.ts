import type { SeedEvent, SeedProgram } from "../types";

/**
 * The 50th-anniversary youth exchange program and its itinerary, from the briefing's program
 * slide (日時・プログラム・内容). Where its weekday labels disagree with the calendar
 * (「11月30日(金)」, 「12月1日(水)～4日(土)」, 「12月４日(土)」), the dates win and a source note
 * says so, on the entry a subscriber sees for that day. The in-person parts are in Japan (the
 * participants arrive in and leave Japan: 来日/離日); no city is given. The online exchange is two
 * sessions, 12 and 19 November: no phase spans the week between them.
 */
export const YOUTH_PROGRAM: SeedProgram = {
  key: "youth-2023",
  slug: "youth-exchange-program-2023",
  nameJa: "日本ASEAN友好協力50周年記念 青年交流事業",
  nameEn: "Youth Exchange Program for the 50th Year of ASEAN-Japan Friendship and Cooperation",
  descriptionJa:
    "日本及びASEAN諸国の青年が、オンライン交流と対面交流による各種の交流活動を行うことにより、青年相互の友好と理解の促進、青年の国際的視野の拡大、国際協調精神のかん養及び国際協力における実践力の向上を図り、国際化の進展する社会の各分野で指導性を発揮することができる次世代リーダーを育成する。\nこれまで実施してきた「東南アジア青年の船」事業の特徴を生かしながら、オンライン交流と対面交流を組み合わせたプログラムとともに、日本ASEAN友好協力50周年記念行事を実施する。",
  descriptionEn:
    "Young people from Japan and the ASEAN countries take part in exchanges online and in person, to deepen friendship and understanding among them, broaden their international outlook, foster a spirit of international cooperation and practical skills for it, and so develop next-generation leaders for every field of an increasingly international society.\nBuilding on the Ship for Southeast Asian and Japanese Youth Program, it combines online and in-person exchanges with events commemorating the 50th year of ASEAN-Japan friendship and cooperation.",
  participantsJapan: 20,
  participantsAsean: 90,
  nationalLeaders: 10,
  participantsNoteJa:
    "外国参加青年はASEAN９か国から各10名、ナショナル・リーダーは各国1名。各国招待者（政府代表等、事後活動組織代表）として、50周年記念交流会等に出席する政府代表者及び事後活動組織代表者を招待。",
  participantsNoteEn:
    "The ASEAN participants are 10 from each of nine ASEAN countries; one national leader per country. Government representatives and representatives of alumni (follow-up activity) organisations are invited to attend the 50th anniversary exchange gathering and related events.",
  themeJa: "「日本ASEAN友好協力50周年を迎えた新たな協力の時代に、青年ができること」の下、SDGsを内容とした5つのディスカッションテーマ",
  themeEn:
    "Under “What youth can do in a new era of cooperation as ASEAN and Japan mark 50 years of friendship and cooperation”, five discussion themes drawn from the SDGs:",
  themes: [
    { ja: "質の高い教育", en: "Quality education" },
    { ja: "ジェンダー平等、女性活躍の推進", en: "Gender equality and women's empowerment" },
    { ja: "経済成長と住み続けられるまちづくり", en: "Economic growth and sustainable communities" },
    { ja: "エネルギー、気候変動対策、循環型社会", en: "Energy, climate action and a circular society" },
    { ja: "健康とウェルビーイング", en: "Health and well-being" },
  ],
};

const SOURCE = { sourceTitleJa: "青年交流事業の実施概要（表題なし、-1-頁）", sourceTitleEn: "Outline of the youth exchange program (untitled, page 1)" };
const inJapan = {
  host: "JP",
  hostNoteJa: "日程に外国参加青年の来日（11月29日）と離日（12月8日）が記載されている。都市・会場の記載はない。",
  hostNoteEn: "The itinerary has the ASEAN participants arrive in Japan on 29 November and leave on 8 December. It names no city or venue.",
} as const;
const youth = { kind: "program", sector: "youth", isSpecial: false, programKey: YOUTH_PROGRAM.key, ...SOURCE } as const;
const days = (startDate: string, endDate = startDate) => ({ allDay: true as const, startDate, endDate });
const wrongLabel = (dateJa: string, labelJa: string, realJa: string, dateEn: string, labelEn: string, realEn: string) => ({
  ja: `資料は${dateJa}を(${labelJa})としているが、2023年${dateJa}は${realJa}曜日。`,
  en: `The briefing labels ${dateEn} as ${labelEn}; ${dateEn} 2023 was a ${realEn}.`,
});
const NOV_30 = wrongLabel("11月30日", "金", "木", "30 November", "Friday", "Thursday");
const DEC_1 = wrongLabel("12月1日", "水", "金", "1 December", "Wednesday", "Friday");
const DEC_4 = wrongLabel("12月4日", "土", "月", "4 December", "Saturday", "Monday");

const ONLINE_CONTENT_JA = "開会、オリエンテーション、基調講演、グループ・ディスカッション、セミナー等";
const ONLINE_CONTENT_EN = "Opening, orientation, keynote speech, group discussions, seminars and more.";

/** Phases (no parent) each followed by their items; sortOrder keeps the briefing's order. */
export const YOUTH_ITINERARY: SeedEvent[] = [
  {
    ...youth,
    key: "program-2023-youth-2023-11-12-online",
    slug: "youth-exchange-2023-online-session-nov-12",
    host: "online",
    titleJa: "オンライン交流（1日目）",
    titleEn: "Online Exchange, day 1",
    descriptionJa: ONLINE_CONTENT_JA,
    descriptionEn: ONLINE_CONTENT_EN,
    timeZone: "Asia/Tokyo",
    time: { allDay: false, start: "2023-11-12T14:00", end: "2023-11-12T18:00" },
    sortOrder: 1,
  },
  {
    ...youth,
    key: "program-2023-youth-2023-11-19-online",
    slug: "youth-exchange-2023-online-session-nov-19",
    host: "online",
    titleJa: "オンライン交流（2日目）",
    titleEn: "Online Exchange, day 2",
    descriptionJa: ONLINE_CONTENT_JA,
    descriptionEn: ONLINE_CONTENT_EN,
    timeZone: "Asia/Tokyo",
    time: { allDay: false, start: "2023-11-19T14:00", end: "2023-11-19T18:00" },
    sortOrder: 2,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-central-1",
    slug: "youth-exchange-2023-central-program-1",
    titleJa: "対面交流プログラム〈中央プログラム①〉",
    titleEn: "In-person Exchange: Central Program I",
    time: days("2023-11-29", "2023-11-30"),
    sortOrder: 2,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-11-29-arrival",
    slug: "youth-exchange-2023-arrival-orientation",
    parentKey: "program-2023-youth-central-1",
    titleJa: "外国参加青年来日、日本参加青年集合、オリエンテーション",
    titleEn: "ASEAN participants arrive in Japan, Japanese participants assemble, orientation",
    time: days("2023-11-29"),
    sortOrder: 1,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-11-29-opening",
    slug: "youth-exchange-2023-opening-ceremony",
    parentKey: "program-2023-youth-central-1",
    titleJa: "参集式、国別・SG別ミーティング等",
    titleEn: "Opening ceremony, meetings by country and by SG, etc.",
    sourceNoteJa: NOV_30.ja,
    sourceNoteEn: NOV_30.en,
    time: days("2023-11-29", "2023-11-30"),
    sortOrder: 2,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-local",
    slug: "youth-exchange-2023-local-program",
    titleJa: "地方プログラム",
    titleEn: "Local Program",
    descriptionJa: "オリエンテーション、表敬訪問、ホームステイ、地元青年との交流",
    descriptionEn: "Orientation, courtesy calls, homestays and exchanges with local young people.",
    sourceNoteJa: `${DEC_1.ja}\n${DEC_4.ja}`,
    sourceNoteEn: `${DEC_1.en}\n${DEC_4.en}`,
    time: days("2023-12-01", "2023-12-04"),
    sortOrder: 3,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-central-2",
    slug: "youth-exchange-2023-central-program-2",
    titleJa: "対面交流プログラム〈中央プログラム②〉",
    titleEn: "In-person Exchange: Central Program II",
    time: days("2023-12-04", "2023-12-07"),
    sortOrder: 4,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-12-04-discussions",
    slug: "youth-exchange-2023-discussions-exchange-gathering",
    parentKey: "program-2023-youth-central-2",
    titleJa: "グループ・ディスカッション、課題別視察、成果発表、日本ASEAN友好協力50周年交流会等",
    titleEn: "Group discussions, thematic visits, presentations of results, 50th anniversary exchange gathering",
    sourceNoteJa: DEC_4.ja,
    sourceNoteEn: DEC_4.en,
    time: days("2023-12-04", "2023-12-07"),
    sortOrder: 1,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-12-06-guests-arrive",
    slug: "youth-exchange-2023-government-representatives-arrive",
    parentKey: "program-2023-youth-central-2",
    titleJa: "ASEAN政府代表者、事後活動組織代表者来日",
    titleEn: "ASEAN government representatives and alumni organisation representatives arrive in Japan",
    time: days("2023-12-06"),
    sortOrder: 2,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-meetings",
    slug: "youth-exchange-2023-program-meetings",
    titleJa: "事業に関する会議等",
    titleEn: "Program-related Meetings",
    time: days("2023-12-08", "2023-12-09"),
    sortOrder: 5,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-12-08-departure",
    slug: "youth-exchange-2023-departure-follow-up-meetings",
    parentKey: "program-2023-youth-meetings",
    titleJa: "外国参加青年離日、関係各国連絡会議、事後活動推進会議",
    titleEn: "ASEAN participants leave Japan; liaison meeting of the participating countries; follow-up activities meeting",
    time: days("2023-12-08"),
    sortOrder: 1,
  },
  {
    ...youth,
    ...inJapan,
    key: "program-2023-youth-2023-12-09-guests-depart",
    slug: "youth-exchange-2023-government-representatives-depart",
    parentKey: "program-2023-youth-meetings",
    titleJa: "ASEAN政府代表者、事後活動組織代表者離日",
    titleEn: "ASEAN government representatives and alumni organisation representatives leave Japan",
    time: days("2023-12-09"),
    sortOrder: 2,
  },
];
