/**
 * What kind of entry an event row is:
 * - meeting: a summit or ministerial meeting (the year's meeting table and similar);
 * - event: another dated event of the year (symposium, business week, high-level forum);
 * - program: a phase or item of the youth exchange program's itinerary.
 */
export const EVENT_KINDS = ["meeting", "event", "program"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, { ja: string; en: string }> = {
  meeting: { ja: "首脳・閣僚級会合", en: "Summit and ministerial meetings" },
  event: { ja: "その他の行事", en: "Other events" },
  program: { ja: "青年交流事業", en: "Youth exchange program" },
};

export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
