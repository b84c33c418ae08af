import { describe, expect, it } from "vitest";
import { staffSectionsFor } from "./staff-sections";

describe("staffSectionsFor", () => {
  it("shows editors only the sections an editor may open", () => {
    expect(staffSectionsFor({ role: "editor", mustChangePassword: false }).map((s) => s.key)).toEqual(["events", "import", "account"]);
  });

  it("shows admins every section", () => {
    expect(staffSectionsFor({ role: "admin", mustChangePassword: false }).map((s) => s.key)).toEqual(["events", "history", "import", "users", "countries", "account"]);
  });

  it("shows only “My account” to someone who must first choose their own password, whatever their role", () => {
    expect(staffSectionsFor({ role: "admin", mustChangePassword: true }).map((s) => s.key)).toEqual(["account"]);
    expect(staffSectionsFor({ role: "editor", mustChangePassword: true }).map((s) => s.key)).toEqual(["account"]);
  });
});
