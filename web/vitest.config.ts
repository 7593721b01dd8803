import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the dashboard's pure modules (formats, exports, colour scale); the e2e tests drive the pages.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["web/**/*.test.ts"],
    exclude: ["web/dist/**"],
    pool: "forks",
  },
});
