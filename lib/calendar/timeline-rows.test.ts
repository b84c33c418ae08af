import { describe, expect, it } from "vitest";
import { timelineRows } from "./timeline-rows";

const event = (id: number, sector: string, host: string, extra: { parentId?: number; programId?: number } = {}) => ({
  id,
  sector,
  hostKind: (host.length === 2 ? "country" : host) as "country",
  countryCode: host.length === 2 ? host : null,
  parentId: extra.parentId ?? null,
  programId: extra.programId ?? null,
});

const events = [
  event(1, "tourism", "JP"),
  event(2, "summit", "ID"),
  event(3, "youth", "online", { programId: 9 }),
  event(4, "youth", "JP", { programId: 9 }),
  event(5, "youth", "JP", { programId: 9, parentId: 4 }),
  event(6, "economy", "unstated"),
  event(7, "summit", "JP"),
];

describe("timelineRows", () => {
  it("makes a program one band of its phases, their items under them, before the rows by sector in sector order", () => {
    const rows = timelineRows(events, "sector");
    expect(rows[0]).toEqual({ kind: "program", programId: 9, phases: [{ phase: events[2], items: [] }, { phase: events[3], items: [events[4]] }] });
    expect(rows.slice(1).map((r) => (r.kind === "program" ? "" : `${r.key}:${r.events.map((e) => e.id)}`))).toEqual(["summit:2,7", "economy:6", "tourism:1"]);
  });

  it("rows by host: countries in their order (Japan first, as the site lists them), then hosts that are no country", () => {
    const rows = timelineRows(events, "host");
    expect(rows.slice(1).map((r) => (r.kind === "program" ? "" : r.key))).toEqual(["JP", "ID", "unstated"]);
  });
});
