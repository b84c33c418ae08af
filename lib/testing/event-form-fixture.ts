/**
 * What the staff form posts for a valid timed meeting (FormData values are strings; unchecked
 * boxes are absent), for unit and fuzz tests of the event schemas.
 */
export const validMeetingForm: Readonly<Record<string, string>> = {
  kind: "meeting",
  titleJa: "日ASEAN経済大臣会合",
  titleEn: "ASEAN-Japan Economic Ministers' Meeting",
  slug: "",
  descriptionJa: "",
  descriptionEn: "",
  sector: "economy",
  host: "ID",
  cityJa: "ジャカルタ",
  cityEn: "Jakarta",
  venueJa: "",
  venueEn: "",
  startDate: "2023-08-21",
  startTime: "09:00",
  endDate: "2023-08-21",
  endTime: "12:30",
  timeZone: "Asia/Jakarta",
  recurrenceJa: "",
  recurrenceEn: "",
  sourceUrl: "",
  parentId: "",
  programId: "",
  staffNote: "",
};
