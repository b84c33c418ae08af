import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only guards the Next.js client bundle; in unit tests every module is server code.
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["next.config.test.ts", "{app,db,i18n,lib,scripts,server}/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});
