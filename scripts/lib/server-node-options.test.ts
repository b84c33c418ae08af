import { describe, expect, it } from "vitest";
import { SERVER_MAX_OLD_SPACE_MB, serverNodeOptions } from "./server-node-options";

describe("serverNodeOptions", () => {
  it("adds the heap cap when NODE_OPTIONS is unset or empty", () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`);
    expect(serverNodeOptions("  ")).toBe(`--max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`);
  });

  it("keeps the operator's options and appends the cap", () => {
    expect(serverNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`);
  });

  it("never overrides a cap the operator chose", () => {
    expect(serverNodeOptions("--max-old-space-size=2048")).toBe("--max-old-space-size=2048");
    expect(serverNodeOptions("--trace-gc --max-old-space-size 1024")).toBe("--trace-gc --max-old-space-size 1024");
  });

  it("is not fooled by a similar option", () => {
    expect(serverNodeOptions("--max-old-space-size-percentage=50")).toContain(`--max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`);
  });
});
