import { describe, expect, it } from "vitest";
import { publicEventColumns } from "@/db/queries/public-events";
import { FEED_EVENT_FIELDS } from "@/lib/feeds/feed-event";
import { CONTENT_FIELDS } from "./event-edit";
import { changePublication, isPublicEventField, PRIVATE_EVENT_FIELDS } from "./public-fields";

describe("public event fields", () => {
  it("classes every field a person can change, and no public reader selects a private one", () => {
    for (const field of CONTENT_FIELDS) expect(isPublicEventField(field) !== (PRIVATE_EVENT_FIELDS as readonly string[]).includes(field), field).toBe(true);
    for (const field of PRIVATE_EVENT_FIELDS) {
      expect(Object.keys(publicEventColumns)).not.toContain(field);
      expect(FEED_EVENT_FIELDS).not.toContain(field);
    }
  });

  it("says what a save made public: public fields of a public event only", () => {
    const published = { status: "published" as const, deletedAt: null };
    expect(changePublication(published, ["titleEn", "staffNote"])).toEqual({ madePublic: ["titleEn"], keptPrivate: ["staffNote"], eventIsPublic: true });
    expect(changePublication(published, ["staffNote"])).toEqual({ madePublic: [], keptPrivate: ["staffNote"], eventIsPublic: true });
    expect(changePublication({ ...published, status: "cancelled" }, ["startDate"]).madePublic).toEqual(["startDate"]);
    expect(changePublication({ status: "draft", deletedAt: null }, ["titleEn", "staffNote"])).toEqual({ madePublic: [], keptPrivate: ["titleEn", "staffNote"], eventIsPublic: false });
    expect(changePublication({ ...published, deletedAt: new Date() }, ["titleEn"]).eventIsPublic).toBe(false);
  });
});
