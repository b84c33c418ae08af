import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (in-process tests of logic, fuzz suites included) and `integration`
 * (tests that start processes: nginx, the user-create CLI, a concurrent writer during a backup,
 * the production server under anonymous hostile requests),
 * named *.integration.test.ts. `npm test` runs both.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only guards the Next.js client bundle; in unit tests every module is server code.
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["next.config.test.ts", "{app,db,i18n,lib,scripts,server}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      { extends: true, test: { name: "integration", include: ["{scripts,server}/**/*.integration.test.ts"] } },
    ],
  },
});
