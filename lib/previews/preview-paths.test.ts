import { describe, expect, it } from "vitest";
import { parsePreviewPath, previewImagePath, type PreviewSubject } from "./preview-paths";

describe("preview image paths", () => {
  it.each<PreviewSubject>([
    { kind: "page", page: "schedule" },
    { kind: "page", page: "year" },
    { kind: "page", page: "changes" },
    { kind: "month", month: "2023-11" },
    { kind: "country", code: "JP" },
    { kind: "event", slug: "asean-japan-summit-2023" },
  ])("round-trip %o", (subject) => {
    const path = previewImagePath("ja", subject);
    expect(parsePreviewPath(path.split("/").slice(2))).toEqual({ locale: "ja", subject });
  });

  it("refuse anything else", () => {
    for (const bad of ["fr/schedule.png", "en/schedule", "en/other.png", "en/calendar/2023-13.png", "en/countries/JP.png", "en/countries/xx.png", "en/events/Bad_Slug.png", "en/events/a/b.png", "en"]) {
      expect(parsePreviewPath(bad.split("/")), bad).toBeNull();
    }
  });
});
