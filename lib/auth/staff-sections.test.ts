import { describe, expect, it } from "vitest";
import { staffSectionsFor } from "./staff-sections";

describe("staffSectionsFor", () => {
  it("shows editors only the sections an editor may open", () => {
    expect(staffSectionsFor({ role: "editor" }).map((s) => s.key)).toEqual(["events", "import", "account"]);
  });

  it("shows admins every section", () => {
    expect(staffSectionsFor({ role: "admin" }).map((s) => s.key)).toEqual(["events", "history", "import", "users", "countries", "account"]);
  });
});
