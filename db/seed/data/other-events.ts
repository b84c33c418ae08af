import type { SeedEvent } from "../types";

/**
 * Other dated events of 2023 that the briefing's slides describe. Only what the slides state:
 * a host or city they do not give stays empty. (Japan-ASEAN Business Week, 5–9 June, is left
 * out: the briefing gives no host country, and every event needs one.)
 */
export const OTHER_EVENTS: SeedEvent[] = [
  {
    key: "event-2023-02-13-symposium",
    slug: "commemorative-symposium-2023",
    kind: "event",
    sector: "foreign-affairs",
    countryCode: "ID",
    cityJa: "ジャカルタ",
    cityEn: "Jakarta",
    titleJa: "日ASEAN友好協力50周年記念シンポジウム",
    titleEn: "Symposium for the 50th Year of ASEAN-Japan Friendship and Cooperation",
    descriptionJa:
      "林外務大臣がビデオメッセージで、インド太平洋に関するASEANアウトルック（AOIP）の主流化を支援する対ASEAN協力を表明。",
    descriptionEn:
      "In a video message, Foreign Minister Hayashi set out Japan's cooperation with ASEAN to support mainstreaming the ASEAN Outlook on the Indo-Pacific (AOIP).",
    isSpecial: false,
    time: { allDay: true, startDate: "2023-02-13", endDate: "2023-02-13" },
  },
  {
    key: "meeting-2023-03-04-azec-ministerial",
    slug: "azec-ministerial-meeting-2023",
    kind: "meeting",
    sector: "energy",
    countryCode: "JP",
    titleJa: "AZEC閣僚会合",
    titleEn: "Asia Zero Emission Community (AZEC) Ministerial Meeting",
    descriptionJa:
      "経済産業省がパートナー国の閣僚等とともに開催。共同声明に合意し、協力枠組みとしてアジア・ゼロエミッション共同体（AZEC）を立ち上げた。",
    descriptionEn:
      "Hosted by Japan's Ministry of Economy, Trade and Industry with ministers of the partner countries. They agreed a joint statement and launched the Asia Zero Emission Community (AZEC) as a framework for cooperation.",
    isSpecial: false,
    time: { allDay: true, startDate: "2023-03-04", endDate: "2023-03-04" },
  },
  {
    key: "meeting-2023-07-07-asean-g7-justice",
    slug: "asean-g7-justice-ministers-special-dialogue-2023",
    kind: "meeting",
    sector: "justice",
    countryCode: "JP",
    titleJa: "ASEAN・G7法務大臣特別対話",
    titleEn: "ASEAN-G7 Special Dialogue of Justice Ministers",
    descriptionJa: "7月6日の日ASEAN特別法務大臣会合の翌日に開催。",
    descriptionEn: "Held the day after the ASEAN-Japan Special Meeting of Justice Ministers on 6 July.",
    isSpecial: false,
    time: { allDay: true, startDate: "2023-07-07", endDate: "2023-07-07" },
  },
  {
    key: "event-2023-10-26-smart-city",
    slug: "smart-city-network-high-level-meeting-2023",
    kind: "event",
    sector: "urban-development",
    countryCode: "JP",
    cityJa: "茨城県つくば市",
    cityEn: "Tsukuba, Ibaraki",
    venueJa: "つくば国際会議場",
    venueEn: "Tsukuba International Congress Center",
    titleJa: "第5回日ASEANスマートシティ・ネットワーク ハイレベル会合",
    titleEn: "5th ASEAN-Japan Smart Cities Network High Level Meeting",
    descriptionJa:
      "ASEANスマートシティ・ネットワーク（ASCN）への協力を推進するため、国土交通省が関係府省と連携して開催。出席者約250名（オンライン参加者含む）。10月26日午後にはビジネスマッチングを実施。",
    descriptionEn:
      "Held by the Ministry of Land, Infrastructure, Transport and Tourism with other ministries to advance cooperation with the ASEAN Smart Cities Network (ASCN). About 250 participants, including those online. Business matching on the afternoon of 26 October.",
    isSpecial: false,
    recurrenceJa: "2019年から毎年開催",
    recurrenceEn: "Held every year since 2019",
    time: { allDay: true, startDate: "2023-10-26", endDate: "2023-10-27" },
  },
];
