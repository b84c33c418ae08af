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
    include: ["next.config.test.ts", "i18n/**/*.test.ts", "lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    // Feed worker threads run the production build's bundled worker; unit tests generate feeds
    // in their own thread (lib/feeds/worker-pool.test.ts tests the pool with fake workers).
    env: { FEED_WORKERS: "0" },
  },
});
