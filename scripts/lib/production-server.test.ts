import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { productionServerArgs, serverHeapCapMb } from "./production-server";

describe("productionServerArgs", () => {
  it("is npm start's command: the heap caps, then server/main.mjs", () => {
    const args = productionServerArgs();
    expect(args.at(-1)).toBe("server/main.mjs");
    expect(fs.existsSync(args.at(-1)!)).toBe(true);
    // The caps keep V8 collecting garbage before RSS grows (docs/DEPLOYMENT.md).
    expect(serverHeapCapMb()).toBe(512);
    expect(args).toContain("--max-semi-space-size=16");
  });
});
