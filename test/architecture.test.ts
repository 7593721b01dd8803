import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/paths.js";

/**
 * The layers of docs/architecture.md, checked: each may import only the layers listed for it.
 * domain <- indicators, rules, simulate, text (pure); domain <- db <- ingest; contract (the HTTP seam's zod
 * schemas) reads domain, the indicators' row types, the simulator's quantities and scenario schema, and the
 * engines' input schemas (a request body is the engine's input); api and cli wire
 * everything; web talks to the API only (it may share domain types and the indicator series type, and
 * imports the contract's types with `import type`), except that the scenario simulator's pure engine runs in
 * a Web Worker in the browser (not its worker-thread pool).
 */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  indicators: ["domain"],
  rules: ["domain"],
  simulate: ["domain"],
  text: ["domain"],
  contract: ["domain", "indicators", "rules", "simulate"],
  db: ["domain"],
  ingest: ["domain", "db"],
  api: ["domain", "db", "ingest", "indicators", "rules", "simulate", "text", "contract"],
  cli: ["domain", "db", "ingest", "indicators", "rules", "simulate", "text", "api", "contract"],
};
const PURE = ["domain", "indicators", "rules", "simulate", "text", "contract"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !name.includes("node_modules") && !name.startsWith("dist"))
    .map((name) => join(dir, name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g),
    ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!);
}

/** "src/db/queries/list.ts" -> "db". */
function layerOf(file: string): string | null {
  const parts = relative(join(REPO_ROOT, "src"), file).split("/");
  return parts.length > 1 && parts[0] !== ".." ? parts[0]! : null;
}

describe("architecture", () => {
  const files = sourceFiles(join(REPO_ROOT, "src"));

  it.each(Object.keys(ALLOWED))("%s imports only the layers it may", (layer) => {
    const violations = files
      .filter((file) => layerOf(file) === layer && !file.endsWith(".test.ts"))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => layerOf(resolve(dirname(file), specifier)))
          .filter(
            (target): target is string => target !== null && target !== layer && !ALLOWED[layer]!.includes(target),
          )
          .map((target) => `${relative(REPO_ROOT, file)} -> ${target}`),
      );
    expect(violations).toEqual([]);
  });

  it("the CLI takes the export answer from the rules, not from an API route file", () => {
    const offenders = files
      .filter((file) => layerOf(file) === "cli" && !file.endsWith(".test.ts"))
      .filter((file) =>
        importsOf(file).some(
          (specifier) =>
            specifier.startsWith(".") &&
            relative(REPO_ROOT, resolve(dirname(file), specifier)).startsWith("src/api/routes/export-control"),
        ),
      )
      .map((file) => relative(REPO_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it.each(PURE)("%s does no I/O, reads no clock and draws no unseeded random numbers", (layer) => {
    const offenders = files
      .filter((file) => layerOf(file) === layer && !file.endsWith(".test.ts"))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        const forbiddenImport = importsOf(file).some(
          (specifier) =>
            /^(node:)?(fs|http|https|net|child_process|fs\/promises|worker_threads|os)$/.test(specifier) ||
            specifier === "pg" ||
            specifier === "better-sqlite3",
        );
        return forbiddenImport || /Math\.random\(|Date\.now\(|new Date\(\)/.test(text);
      })
      .map((file) => relative(REPO_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it("the CLI takes no answer from a route module: answers live in the engines, routes only wire HTTP", () => {
    const importers = files
      .filter((file) => layerOf(file) === "cli" && !file.endsWith(".test.ts"))
      .filter((file) =>
        importsOf(file).some(
          (specifier) =>
            specifier.startsWith(".") &&
            resolve(dirname(file), specifier).startsWith(join(REPO_ROOT, "src", "api", "routes")),
        ),
      )
      .map((file) => relative(REPO_ROOT, file));
    expect(importers).toEqual([]);
  });

  it("the API takes every parameter, body and answer schema from the contract: src/api builds none", () => {
    const builders = files
      .filter((file) => layerOf(file) === "api" && !file.endsWith(".test.ts"))
      .filter((file) => /(?:^|\n)import \{[^}]*\bz\b[^}]*\} from "zod"/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPO_ROOT, file));
    // openapi.ts only turns the contract's CSV answers into JSON Schema.
    expect(builders).toEqual(["src/api/openapi.ts"]);
  });

  it("web talks to the API only", () => {
    const violations = sourceFiles(join(REPO_ROOT, "web"))
      .filter((file) => !file.includes(`${join("web", "dist")}`))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => resolve(dirname(file), specifier))
          .filter(
            (target) =>
              target.startsWith(join(REPO_ROOT, "src")) &&
              !/src\/(domain|indicators\/series|simulate\/|contract\/)/.test(target),
          )
          .map((target) => `${relative(REPO_ROOT, file)} -> ${relative(REPO_ROOT, target)}`),
      );
    expect(violations).toEqual([]);
  });

  it("web takes the contract's types only, never its schemas (zod stays on the server)", () => {
    const valueImports = sourceFiles(join(REPO_ROOT, "web"))
      .filter((file) => !file.includes(`${join("web", "dist")}`))
      .flatMap((file) =>
        [
          ...readFileSync(file, "utf8").matchAll(
            /(?:^|\n)\s*(import|export)(\s+type)?\s[^'"]*?from\s+["']([^"']+)["']/g,
          ),
        ]
          .filter(([, , typeOnly, specifier]) => !typeOnly && /\/src\/contract\//.test(`/${specifier}`))
          .map(([, , , specifier]) => `${relative(REPO_ROOT, file)} -> ${specifier}`),
      );
    expect(valueImports).toEqual([]);
  });
});
