import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeedRequest } from "./feed-request";

const q = (s = "") => new URLSearchParams(s);

describe("parseFeedRequest", () => {
  it("defaults to Japanese and accepts ja and en", () => {
    expect(parseFeedRequest({ kind: "all" }, q())).toEqual({ ok: true, lang: "ja", range: "window", selection: { kind: "all" } });
    expect(parseFeedRequest({ kind: "youth" }, q("lang=en"))).toEqual({ ok: true, lang: "en", range: "window", selection: { kind: "youth" } });
  });

  it("refuses another language with 400 and a message in both languages", () => {
    const r = parseFeedRequest({ kind: "all" }, q("lang=fr"));
    expect(r).toMatchObject({ ok: false, status: 400 });
    expect(!r.ok && r.message).toContain("lang=ja or lang=en");
    expect(!r.ok && r.message).toContain("「fr」");
  });

  it("defaults to the window and takes range=all on every feed", () => {
    expect(parseFeedRequest({ kind: "all" }, q("range=all"))).toMatchObject({ ok: true, range: "all" });
    expect(parseFeedRequest({ kind: "filter" }, q("sector=tourism&range=all&lang=en"))).toMatchObject({ ok: true, range: "all", lang: "en" });
    expect(parseFeedRequest({ kind: "country", file: "JP.ics" }, q("range=all"))).toMatchObject({ ok: true, range: "all" });
    expect(parseFeedRequest({ kind: "special" }, q("lang=en"))).toMatchObject({ ok: true, range: "window" });
  });

  it("refuses any other range with 400 and a message in both languages", () => {
    for (const bad of ["ALL", "", "window", "1000", "all ", "x".repeat(300)]) {
      const r = parseFeedRequest({ kind: "all" }, new URLSearchParams({ range: bad }));
      expect(r).toMatchObject({ ok: false, status: 400 });
      expect(!r.ok && r.message).toContain("range=all");
      expect(!r.ok && r.message).toContain(`“${bad.slice(0, 50)}”`);
      expect(!r.ok && r.message).toContain(`「${bad.slice(0, 50)}」`);
    }
    expect(parseFeedRequest({ kind: "filter" }, q("sector=tourism&range=everything"))).toMatchObject({ ok: false, status: 400 });
  });

  it("takes the schedule filters for filter.ics and refuses any invalid one", () => {
    expect(parseFeedRequest({ kind: "filter" }, q("sector=tourism&country=jp&special=1&q=ASEAN&lang=en&utm_source=x"))).toEqual({
      ok: true,
      lang: "en",
      range: "window",
      selection: { kind: "filter", filters: { sector: "tourism", country: "JP", special: true, q: "ASEAN" } },
    });
    for (const bad of ["sector=space", "country=XX", "type=party", "special=maybe", `q=${"x".repeat(101)}`]) {
      expect(parseFeedRequest({ kind: "filter" }, q(bad))).toMatchObject({ ok: false, status: 400 });
    }
  });

  it("finds sector, country and event feeds by their .ics file name, 404 otherwise", () => {
    expect(parseFeedRequest({ kind: "sector", file: "tourism.ics" }, q())).toMatchObject({ ok: true, selection: { kind: "sector", sector: "tourism" } });
    expect(parseFeedRequest({ kind: "country", file: "jp.ics" }, q())).toMatchObject({ ok: true, selection: { kind: "country", country: "JP" } });
    expect(parseFeedRequest({ kind: "event", file: "a-b-2023.ics" }, q())).toMatchObject({ ok: true, selection: { kind: "event", slug: "a-b-2023" } });
    for (const route of [
      { kind: "sector", file: "space.ics" },
      { kind: "sector", file: "tourism" },
      { kind: "country", file: "XX.ics" },
      { kind: "event", file: "../x.ics" },
      { kind: "event", file: "Upper.ics" },
    ] as const) {
      expect(parseFeedRequest(route, q())).toMatchObject({ ok: false, status: 404 });
    }
  });
});
