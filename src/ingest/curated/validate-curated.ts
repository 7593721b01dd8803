import { CHIP_FACT_FIELDS } from "../../domain/chip-facts.js";
import { isCountryCode } from "../normalize/country.js";
import type { CuratedData, Located } from "./load-curated.js";
import { CuratedFileError, type ParsedYaml } from "./yaml-file.js";

interface SingleFile {
  readonly file: string;
  readonly parsed: ParsedYaml<unknown>;
}

export interface SingleFiles {
  readonly blocs: SingleFile;
  readonly countryAliases: SingleFile;
  readonly dataCenterCountries: SingleFile;
}

export function fail(at: Located, field: string, reason: string): never {
  const line = at.fieldLine?.(field.split(/[.[]/)[0]!) ?? at.line;
  throw new CuratedFileError(at.file, line, field, reason);
}

export function checkUnique<T extends Located & { id: string }>(records: readonly T[], what: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    const first = byId.get(record.id);
    if (first) fail(record, "id", `duplicate ${what} id ${record.id} (first at ${first.file}:${first.line})`);
    byId.set(record.id, record);
  }
  return byId;
}

/**
 * Checks what no single schema can: unique ids, and that every reference (source, entity, parent, bloc)
 * points at something that exists. Entities are organisation ids or ISO country codes.
 */
export function validateCurated(curated: CuratedData, singles: SingleFiles): void {
  const sources = checkUnique(curated.sources, "source");
  const organizations = checkUnique(curated.organizations, "organisation");
  checkUnique(curated.facts, "fact");

  const needSource = (at: Located, field: string, id: string | undefined) => {
    if (id !== undefined && !sources.has(id)) fail(at, field, `unknown source id ${id}: add it to data/sources/`);
  };
  const needEntity = (at: Located, field: string, id: string) => {
    const known = /^[A-Z]{2}$/.test(id) ? isCountryCode(id) : organizations.has(id);
    if (!known)
      fail(at, field, `unknown entity ${id}: not an organisation id in data/organizations/ nor an ISO country code`);
  };

  checkUnique(curated.chips, "chip");
  const epochNames = new Map<string, string>();
  for (const chip of curated.chips) {
    for (const field of CHIP_FACT_FIELDS) needSource(chip, `${field}.source`, chip[field]?.source);
    chip.epoch_names.forEach((name, index) => {
      const first = epochNames.get(name);
      if (first) fail(chip, `epoch_names[${index}]`, `"${name}" is already completed by chip ${first}`);
      epochNames.set(name, chip.id);
    });
  }

  for (const organization of curated.organizations) {
    if (!isCountryCode(organization.hq))
      fail(organization, "hq", `not an ISO 3166-1 alpha-2 country code: ${organization.hq}`);
    if (organization.parent !== undefined && !organizations.has(organization.parent)) {
      fail(organization, "parent", `unknown organisation ${organization.parent}`);
    }
    needSource(organization, "source", organization.source);
  }

  for (const fact of curated.facts) {
    needSource(fact, "source", fact.source);
    switch (fact.kind) {
      case "metric":
        needEntity(fact, "subject", fact.subject);
        if (fact.date === undefined && fact.period === undefined)
          fail(fact, "date", "a metric needs a date or a period");
        needSource(fact, "converted.rate_source", fact.converted?.rate_source);
        break;
      case "relation":
        needEntity(fact, "subject", fact.subject);
        needEntity(fact, "object", fact.object);
        needSource(fact, "converted.rate_source", fact.converted?.rate_source);
        break;
      case "event":
        fact.actors.forEach((actor, index) => needEntity(fact, `actors[${index}]`, actor));
        fact.countries.forEach((code, index) => {
          if (!isCountryCode(code))
            fail(fact, `countries[${index}]`, `not an ISO 3166-1 alpha-2 country code: ${code}`);
        });
        break;
      case "claim":
        fact.subjects.forEach((subject, index) => needEntity(fact, `subjects[${index}]`, subject));
        needSource(fact, "better_source", fact.better_source);
        if ((fact.verdict === "imprecise" || fact.verdict === "inaccurate") && fact.better_source === undefined) {
          fail(fact, "better_source", `a claim judged ${fact.verdict} needs the better source`);
        }
        if (fact.verdict !== "accurate" && fact.verdict !== "opinion" && fact.reason === undefined) {
          fail(fact, "reason", `a claim judged ${fact.verdict} needs a one-line reason`);
        }
        break;
    }
  }

  const blocIds = new Set<string>();
  const claimedBy = new Map<string, string>();
  curated.blocs.forEach((bloc, index) => {
    const at = { file: singles.blocs.file, line: singles.blocs.parsed.itemLine(index) };
    if (blocIds.has(bloc.id)) fail(at, "id", `duplicate bloc id ${bloc.id}`);
    blocIds.add(bloc.id);
    bloc.members.forEach((code, memberIndex) => {
      if (!isCountryCode(code)) fail(at, `members[${memberIndex}]`, `not an ISO 3166-1 alpha-2 country code: ${code}`);
      if (bloc.derived || bloc.rest) return;
      const other = claimedBy.get(code);
      if (other)
        fail(at, `members[${memberIndex}]`, `${code} is already in bloc ${other}; mark one of them derived: true`);
      claimedBy.set(code, bloc.id);
    });
  });
  curated.blocs.forEach((bloc, index) => {
    const at = { file: singles.blocs.file, line: singles.blocs.parsed.itemLine(index) };
    bloc.includes.forEach((included, includeIndex) => {
      if (!blocIds.has(included)) fail(at, `includes[${includeIndex}]`, `unknown bloc ${included}`);
    });
  });

  for (const [name, code] of curated.countryAliases) {
    if (code !== null && !isCountryCode(code)) {
      fail(
        { file: singles.countryAliases.file, line: singles.countryAliases.parsed.lineOf(["aliases", name]) },
        name,
        `not an ISO code: ${code}`,
      );
    }
  }
  for (const [handle, code] of curated.dataCenterCountries) {
    if (!isCountryCode(code)) {
      const at = {
        file: singles.dataCenterCountries.file,
        line: singles.dataCenterCountries.parsed.lineOf(["countries", handle]),
      };
      fail(at, handle, `not an ISO code: ${code}`);
    }
  }
}
