import type { Event } from "@/db/schema";

/** A published timed meeting (09:00–12:30 in Jakarta), version 5, for unit tests of the edit rules. */
export const sampleEvent: Event = {
  id: 7, uid: "abc@japan-asean-2023", seedKey: null, slug: "econ-ministers", kind: "meeting",
  titleJa: "経済大臣会合", titleEn: "Economic Ministers' Meeting", descriptionJa: "", descriptionEn: "",
  sector: "economy", hostKind: "country", countryCode: "ID", hostNoteJa: "", hostNoteEn: "", cityJa: "ジャカルタ", cityEn: "Jakarta",
  venueJa: "", venueEn: "", isSpecial: false, recurrenceJa: "", recurrenceEn: "", sourceUrl: null, sourceTitleJa: "", sourceTitleEn: "",
  sourceNoteJa: "", sourceNoteEn: "", status: "published", cancelReason: "", cancelReasonEn: "", staffNote: "", datePrecision: "day", isTentative: false, allDay: false, startDate: "2023-08-21", endDate: "2023-08-21",
  startAt: new Date("2023-08-21T02:00:00Z"), endAt: new Date("2023-08-21T05:30:00Z"), timeZone: "Asia/Jakarta",
  sequence: 3, version: 5, parentId: null, programId: null, sortOrder: 0,
  createdAt: new Date("2023-01-01T00:00:00Z"), updatedAt: new Date("2023-01-02T00:00:00Z"), deletedAt: null, updatedBy: null,
};
