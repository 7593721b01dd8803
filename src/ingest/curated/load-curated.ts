import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { blocFileSchema, type BlocSpec } from "../../domain/bloc.js";
import { chipFactsFileSchema, type ChipFactsSpec } from "../../domain/chip-facts.js";
import { factFileSchema, type Fact } from "../../domain/fact.js";
import { organizationFileSchema, type OrganizationSpec } from "../../domain/organization.js";
import { exchangeRateFileSchema, priceFileSchema, type ExchangeRate, type PriceSpec } from "../../domain/price.js";
import { sourceFileSchema, type Source } from "../../domain/source.js";
import { parseYamlFile, type ParsedYaml } from "./yaml-file.js";
import { validateCurated } from "./validate-curated.js";
import { validatePrices } from "./validate-prices.js";
import { mergeChipFacts } from "./merge-chip-facts.js";

/** Where a curated record was written: for error messages and for the store's provenance. */
export interface Located {
  readonly file: string;
  readonly line: number;
  /** Line of one of the record's top-level fields, so a cross-check can point at the field itself. */
  readonly fieldLine?: (field: string) => number;
}

export interface CuratedData {
  readonly sources: readonly (Source & Located)[];
  readonly facts: readonly (Fact & Located)[];
  readonly organizations: readonly (OrganizationSpec & Located)[];
  /** Curated chip facts (data/chips/), merged with Epoch's hardware rows by the store. */
  readonly chips: readonly (ChipFactsSpec & Located)[];
  readonly blocs: readonly BlocSpec[];
  readonly countryAliases: ReadonlyMap<string, string | null>;
  readonly dataCenterCountries: ReadonlyMap<string, string>;
  /** API list prices (data/prices/) and the reference rates that convert them (data/exchange-rates.yaml). */
  readonly prices: readonly (PriceSpec & Located)[];
  readonly exchangeRates: readonly (ExchangeRate & Located)[];
  /** Every file read, with its checksum: the build is re-run when one changes. */
  readonly files: readonly { path: string; sha256: string }[];
}

const countryAliasFileSchema = z.strictObject({
  aliases: z.record(
    z.string(),
    z
      .string()
      .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code or null")
      .nullable(),
  ),
});
const dataCenterCountryFileSchema = z.strictObject({
  countries: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code")),
});

function locate(file: string, parsed: ParsedYaml<unknown>, listKey: string, index: number): Located {
  return { file, line: parsed.itemLine(index), fieldLine: (field) => parsed.lineOf([listKey, index, field]) };
}

function yamlFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .map((name) => join(folder, name))
    .sort();
}

/**
 * Reads every curated file under `dataDir` (data/ in the repository), validates each against its schema and
 * all of them against each other. Throws CuratedFileError (file:line: field: reason) on the first problem.
 */
export function loadCurated(dataDir: string): CuratedData {
  const files: { path: string; sha256: string }[] = [];
  const read = <Schema extends z.ZodType>(path: string, schema: Schema, listKey: string) => {
    const text = readFileSync(path, "utf8");
    const name = relative(join(dataDir, ".."), path);
    files.push({ path: name, sha256: createHash("sha256").update(text).digest("hex") });
    return { name, parsed: parseYamlFile(name, text, schema, listKey) };
  };

  const sources = yamlFilesUnder(join(dataDir, "sources")).flatMap((path) => {
    const { name, parsed } = read(path, sourceFileSchema, "sources");
    return parsed.value.sources.map((source, index) => ({ ...source, ...locate(name, parsed, "sources", index) }));
  });
  const facts = yamlFilesUnder(join(dataDir, "facts")).flatMap((path) => {
    const { name, parsed } = read(path, factFileSchema, "facts");
    return parsed.value.facts.map((fact, index) => ({ ...fact, ...locate(name, parsed, "facts", index) }));
  });
  const organizations = yamlFilesUnder(join(dataDir, "organizations")).flatMap((path) => {
    const { name, parsed } = read(path, organizationFileSchema, "organizations");
    return parsed.value.organizations.map((organization, index) => ({
      ...organization,
      ...locate(name, parsed, "organizations", index),
    }));
  });
  const prices = yamlFilesUnder(join(dataDir, "prices")).flatMap((path) => {
    const { name, parsed } = read(path, priceFileSchema, "prices");
    return parsed.value.prices.map((price, index) => ({ ...price, ...locate(name, parsed, "prices", index) }));
  });
  const ratesPath = join(dataDir, "exchange-rates.yaml");
  const rateFile = existsSync(ratesPath) ? read(ratesPath, exchangeRateFileSchema, "rates") : null;
  const exchangeRates = (rateFile?.parsed.value.rates ?? []).map((rate, index) => ({
    ...rate,
    ...locate(rateFile!.name, rateFile!.parsed, "rates", index),
  }));
  const chips = yamlFilesUnder(join(dataDir, "chips")).flatMap((path) => {
    const { name, parsed } = read(path, chipFactsFileSchema, "chips");
    return parsed.value.chips.map((chip, index) => ({ ...chip, ...locate(name, parsed, "chips", index) }));
  });
  const blocs = read(join(dataDir, "blocs.yaml"), blocFileSchema, "blocs");
  const aliases = read(join(dataDir, "country-aliases.yaml"), countryAliasFileSchema, "aliases");
  const dataCenters = read(join(dataDir, "epoch-data-center-countries.yaml"), dataCenterCountryFileSchema, "countries");

  const curated: CuratedData = {
    sources,
    facts,
    organizations,
    chips,
    blocs: blocs.parsed.value.blocs,
    countryAliases: new Map(Object.entries(aliases.parsed.value.aliases)),
    dataCenterCountries: new Map(Object.entries(dataCenters.parsed.value.countries)),
    prices,
    exchangeRates,
    files,
  };
  validateCurated(curated, {
    blocs: { file: blocs.name, parsed: blocs.parsed },
    countryAliases: { file: aliases.name, parsed: aliases.parsed },
    dataCenterCountries: { file: dataCenters.name, parsed: dataCenters.parsed },
  });
  validatePrices(curated);
  mergeChipFacts(curated.chips);
  return curated;
}
