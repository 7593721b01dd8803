import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../src/api/app.js";
import { sqliteKysely } from "../src/db/connect.js";
import { REPO_ROOT, tempDir } from "./support/paths.js";

/** Documentation is part of the product: a route or command without it fails the build. */
describe("documentation", () => {
  it("docs/api.md names every API route", async () => {
    const db = sqliteKysely(join(tempDir("docs"), "empty.sqlite"));
    const app = await buildApp({
      db,
      codeVersion: "test",
      snapshotId: "none",
      snapshotDate: null,
      attribution: "",
      storeVersion: "none",
    });
    const paths = Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths);
    await app.close();
    await db.destroy();
    const doc = readFileSync(join(REPO_ROOT, "docs", "api.md"), "utf8");
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !doc.includes(`\`${path}`))).toEqual([]);
  });

  it("the README names every CLI command", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    for (const command of [
      "wedloop build",
      "wedloop data pull",
      "wedloop serve",
      "wedloop quarantine",
      "wedloop sources",
      "wedloop export-check",
      "wedloop obligations",
      "wedloop simulate",
      "wedloop prices",
      "wedloop read",
    ])
      expect(readme).toContain(command);
  });
});
