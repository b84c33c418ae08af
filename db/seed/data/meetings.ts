import type { SeedEvent } from "../types";

/**
 * The 14 rows of the briefing's table 「日ASEAN首脳・閣僚級会合（2023年）」, in its order:
 * date, host (and city where the table or a slide gives it), ★ and the recurrence note, with
 * what the briefing's other slides say about each meeting. Cities it does not give stay empty.
 * English titles and texts are ours.
 */
const TABLE = { sourceTitleJa: "日ASEAN首脳・閣僚級会合（2023年）", sourceTitleEn: "ASEAN-Japan summit and ministerial meetings (2023)" };

function meeting(e: Omit<SeedEvent, "kind" | "time" | "sourceTitleJa" | "sourceTitleEn"> & { date: string; endDate?: string }): SeedEvent {
  const { date, endDate, ...rest } = e;
  return { kind: "meeting", ...TABLE, ...rest, time: { allDay: true, startDate: date, endDate: endDate ?? date } };
}

export const MEETINGS: SeedEvent[] = [
  meeting({
    key: "meeting-2023-02-10-digital",
    slug: "digital-ministers-meeting-2023",
    date: "2023-02-10",
    sector: "digital",
    host: "PH",
    titleJa: "日ASEANデジタル大臣会合",
    titleEn: "ASEAN-Japan Digital Ministers' Meeting",
    isSpecial: false,
    recurrenceJa: "2021年から毎年開催",
    recurrenceEn: "Held every year since 2021",
  }),
  meeting({
    key: "meeting-2023-05-02-finance",
    slug: "special-finance-ministers-central-bank-governors-meeting-2023",
    date: "2023-05-02",
    sector: "finance",
    host: "KR",
    cityJa: "仁川",
    cityEn: "Incheon",
    titleJa: "日ASEAN特別財務大臣・中央銀行総裁会議",
    titleEn: "ASEAN-Japan Special Finance Ministers' and Central Bank Governors' Meeting",
    descriptionJa:
      "韓国・仁川において開催。①域内金融協力の深化、②金融のデジタル化への対応、③サステナブルファイナンスにおける連携、④サプライチェーンの強靭化について認識を共有。",
    descriptionEn:
      "Held in Incheon, Republic of Korea. The participants shared views on (1) deepening regional financial cooperation, (2) responding to the digitalisation of finance, (3) cooperation on sustainable finance and (4) strengthening the resilience of supply chains.",
    isSpecial: true,
  }),
  meeting({
    key: "meeting-2023-07-06-justice",
    slug: "special-justice-ministers-meeting-2023",
    date: "2023-07-06",
    sector: "justice",
    host: "JP",
    cityJa: "東京",
    cityEn: "Tokyo",
    titleJa: "日ASEAN特別法務大臣会合",
    titleEn: "ASEAN-Japan Special Meeting of Justice Ministers",
    descriptionJa:
      "テーマ：「法の支配を推進するための日ASEANの連携強化：友好協力関係50周年後の新たなフェーズへ」。ASEANが域外国との間で初めて開催する法務・司法分野の閣僚級会合。",
    descriptionEn:
      "Theme: “Strengthening ASEAN-Japan cooperation to promote the rule of law: a new phase after 50 years of friendship and cooperation”. The first ministerial meeting on law and justice that ASEAN has held with a country outside the region.",
    isSpecial: true,
  }),
  meeting({
    key: "meeting-2023-07-13-foreign",
    slug: "foreign-ministers-meeting-2023",
    date: "2023-07-13",
    sector: "foreign-affairs",
    host: "ID",
    titleJa: "日ASEAN外相会議",
    titleEn: "ASEAN-Japan Foreign Ministers' Meeting",
    isSpecial: false,
    recurrenceJa: "1978年から毎年開催",
    recurrenceEn: "Held every year since 1978",
  }),
  meeting({
    key: "meeting-2023-08-22-economy",
    slug: "economic-ministers-meeting-2023",
    date: "2023-08-22",
    sector: "economy",
    host: "ID",
    titleJa: "日ASEAN経済大臣会合",
    titleEn: "ASEAN-Japan Economic Ministers' Meeting",
    descriptionJa: "会合の際に「日ASEAN経済共創ビジョン」の最終版を発表。",
    descriptionEn: "The final version of the ASEAN-Japan Economic Co-Creation Vision was published at the meeting.",
    isSpecial: false,
  }),
  meeting({
    key: "meeting-2023-08-22-transnational-crime",
    slug: "transnational-crime-ministerial-meeting-2023",
    date: "2023-08-22",
    sector: "transnational-crime",
    host: "ID",
    titleJa: "日ASEAN国際犯罪閣僚会議",
    titleEn: "ASEAN-Japan Ministerial Meeting on Transnational Crime",
    isSpecial: false,
  }),
  meeting({
    key: "meeting-2023-08-24-environment",
    slug: "environment-climate-change-ministerial-dialogue-2023",
    date: "2023-08-24",
    sector: "environment",
    host: "LA",
    titleJa: "日ASEAN環境気候変動閣僚級対話",
    titleEn: "ASEAN-Japan Ministerial Dialogue on Environment and Climate Change",
    descriptionJa:
      "西村環境大臣から気候変動・汚染・生物多様性損失という３つの危機に対処するため、日ASEAN気候環境戦略プログラム（SPACE）が提唱され、ASEAN諸国の歓迎を受け、発足。",
    descriptionEn:
      "Environment Minister Nishimura proposed the Strategic Program for ASEAN Climate and Environment (SPACE) to tackle three crises: climate change, pollution and biodiversity loss. The ASEAN countries welcomed it, and it was launched.",
    isSpecial: false,
  }),
  meeting({
    key: "meeting-2023-09-01-sports",
    slug: "sports-ministers-meeting-2023",
    date: "2023-09-01",
    sector: "sports",
    host: "TH",
    titleJa: "日ASEANスポーツ大臣会合",
    titleEn: "ASEAN-Japan Sports Ministers' Meeting",
    isSpecial: false,
    recurrenceJa: "2017年から隔年開催",
    recurrenceEn: "Held every other year since 2017",
  }),
  meeting({
    key: "meeting-2023-09-06-summit",
    slug: "summit-2023",
    date: "2023-09-06",
    sector: "summit",
    host: "ID",
    titleJa: "日ASEAN首脳会議",
    titleEn: "ASEAN-Japan Summit",
    descriptionJa:
      "岸田首相から「日ASEAN気候環境戦略プログラム（SPACE）を通じた気候変動・環境問題への対処に取り組む」旨、言及。9月のASEAN関連首脳会議に際して、日本は「日ASEAN包括的連結性イニシアティブ」を発表。",
    descriptionEn:
      "Prime Minister Kishida said that Japan would tackle climate change and environmental problems through the Strategic Program for ASEAN Climate and Environment (SPACE). On the occasion of the ASEAN-related summits in September, Japan announced the Japan-ASEAN Comprehensive Connectivity Initiative.",
    isSpecial: false,
    recurrenceJa: "1977年から毎年開催",
    recurrenceEn: "Held every year since 1977",
  }),
  meeting({
    key: "meeting-2023-10-04-agriculture",
    slug: "agriculture-forestry-ministers-meeting-2023",
    date: "2023-10-04",
    sector: "agriculture",
    host: "MY",
    titleJa: "日ASEAN農林大臣会合",
    titleEn: "ASEAN-Japan Agriculture and Forestry Ministers' Meeting",
    descriptionJa: "「日ASEANみどり協力プラン」が全会一致で採択された。",
    descriptionEn: "The ASEAN-Japan MIDORI Cooperation Plan was adopted unanimously.",
    isSpecial: true,
  }),
  meeting({
    key: "meeting-2023-10-12-disaster",
    slug: "disaster-management-ministerial-meeting-2023",
    date: "2023-10-12",
    sector: "disaster-management",
    host: "VN",
    titleJa: "日ASEAN防災閣僚級会合",
    titleEn: "ASEAN-Japan Ministerial Meeting on Disaster Management",
    isSpecial: true,
    recurrenceJa: "閣僚級会合は2021年から毎年開催",
    recurrenceEn: "Held at ministerial level every year since 2021",
  }),
  meeting({
    key: "meeting-2023-10-27-tourism",
    slug: "special-tourism-ministers-dialogue-2023",
    // The dialogue's own slide: 27–29 October. The table's 28 October is kept in the source note.
    date: "2023-10-27",
    endDate: "2023-10-29",
    sector: "tourism",
    host: "JP",
    cityJa: "東京",
    cityEn: "Tokyo",
    titleJa: "日ASEAN観光大臣特別対話",
    titleEn: "ASEAN-Japan Special Dialogue of Tourism Ministers",
    descriptionJa:
      "参加者：日ASEAN観光大臣、ASEAN事務総長、国際機関等。テーマ：日ASEANにおける持続可能な観光のあり方、日ASEANの相互交流の促進。",
    descriptionEn:
      "Participants: the tourism ministers of ASEAN and Japan, the Secretary-General of ASEAN and international organisations. Themes: sustainable tourism in ASEAN and Japan; promoting exchanges between ASEAN and Japan.",
    sourceNoteJa: "会合一覧表の日付は10月28日、観光大臣特別対話の資料の開催日程は2023年10月27日（金）～29日（日）。ここでは後者を掲載。",
    sourceNoteEn: "The summary table gives 28 October; the dialogue's own slide gives 27–29 October, used here.",
    isSpecial: true,
  }),
  meeting({
    key: "meeting-2023-11-10-transport",
    slug: "transport-ministers-meeting-2023",
    date: "2023-11-10",
    sector: "transport",
    host: "LA",
    titleJa: "日ASEAN交通大臣会合",
    titleEn: "ASEAN-Japan Transport Ministers' Meeting",
    sourceNoteJa: "会合一覧表の日付は11月10日（ここで掲載）。交通連携の資料は第21回を「ラオス(2023年11月予定)」とし、日を記載していない。",
    sourceNoteEn: "The summary table gives 10 November, used here; the transport slide lists this 21st meeting as “Laos (November 2023, planned)”, without a day.",
    isSpecial: false,
    recurrenceJa: "2003年から毎年開催",
    recurrenceEn: "Held every year since 2003",
  }),
  meeting({
    key: "meeting-2023-12-17-commemorative-summit",
    slug: "commemorative-summit-2023",
    date: "2023-12-17",
    sector: "summit",
    host: "JP",
    cityJa: "東京",
    cityEn: "Tokyo",
    titleJa: "日ASEAN友好協力50周年特別首脳会議",
    titleEn: "Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation",
    isSpecial: true,
    recurrenceJa: "2003年から10年毎に開催",
    recurrenceEn: "Held every ten years since 2003",
  }),
];
