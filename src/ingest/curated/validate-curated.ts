import { CHIP_FACT_FIELDS } from "../../domain/chip-facts.js";
import { verdictMismatch } from "../../domain/claim-verdict.js";
import { commitmentProgress } from "../../domain/investment.js";
import { KINDS_WITH_HQ } from "../../domain/organization.js";
import { SOURCE_KIND_OF_TYPE } from "../../domain/source.js";
import { bestSourceKind, evidenceSourceIds, isLegalFact } from "../../domain/source-quality.js";
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
  const facts = checkUnique(curated.facts, "fact");

  const needSource = (at: Located, field: string, id: string | undefined) => {
    if (id !== undefined && !sources.has(id)) fail(at, field, `unknown source id ${id}: add it to data/sources/`);
  };
  const needEntity = (at: Located, field: string, id: string) => {
    const known = /^[A-Z]{2}$/.test(id) ? isCountryCode(id) : organizations.has(id);
    if (!known)
      fail(at, field, `unknown entity ${id}: not an organisation id in data/organizations/ nor an ISO country code`);
  };

  for (const source of curated.sources) {
    const kind = SOURCE_KIND_OF_TYPE[source.type];
    if (source.kind !== kind) fail(source, "kind", `a source of type ${source.type} is ${kind}, not ${source.kind}`);
    if (source.copy_of !== undefined && kind !== "tertiary")
      fail(source, "copy_of", "only a tertiary source (a mirror or aggregator) is a copy; cite the original instead");
    if (source.read_via !== undefined && kind === "tertiary")
      fail(source, "read_via", "a tertiary source is itself the copy: use copy_of for the original's address");
  }

  // A chip may appear in several files (one giving a bound, another a value): mergeChipFacts checks those agree.
  const chipFiles = new Set(curated.chips.map((chip) => chip.file));
  for (const file of chipFiles)
    checkUnique(
      curated.chips.filter((chip) => chip.file === file),
      "chip",
    );
  for (const chip of curated.chips) {
    for (const field of CHIP_FACT_FIELDS) needSource(chip, `${field}.source`, chip[field]?.source);
    chip.epoch_names.forEach((name, index) => {
      if (chip.epoch_names.indexOf(name) !== index) fail(chip, `epoch_names[${index}]`, `"${name}" is named twice`);
    });
  }

  for (const organization of curated.organizations) {
    if (organization.hq === undefined) {
      if (KINDS_WITH_HQ.has(organization.kind)) fail(organization, "hq", `a ${organization.kind} needs headquarters`);
    } else if (!isCountryCode(organization.hq))
      fail(organization, "hq", `not an ISO 3166-1 alpha-2 country code: ${organization.hq}`);
    if (organization.parent !== undefined && !organizations.has(organization.parent)) {
      fail(organization, "parent", `unknown organisation ${organization.parent}`);
    }
    needSource(organization, "source", organization.source);
  }

  const kindOf = (id: string) => sources.get(id)?.kind;
  for (const fact of curated.facts) {
    needSource(fact, "source", fact.source);
    fact.also?.forEach((support, index) => needSource(fact, `also[${index}].source`, support.source));
    if (isLegalFact(fact) && bestSourceKind(evidenceSourceIds(fact), kindOf) !== "primary")
      fail(
        fact,
        "source",
        "a legal fact needs a primary source (the law, the regulator or the official journal): add it as source or under also",
      );
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
        if (fact.tranche_of !== undefined) {
          const commitment = facts.get(fact.tranche_of);
          if (
            commitment?.kind !== "relation" ||
            commitment.relation !== "commits-to-invest-in" ||
            commitment.subject !== fact.subject ||
            commitment.object !== fact.object
          )
            fail(fact, "tranche_of", `${fact.tranche_of} is not a commits-to-invest-in between the same two entities`);
        }
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
        if (
          (fact.verdict === "mostly-accurate" || fact.verdict === "imprecise" || fact.verdict === "inaccurate") &&
          fact.better_source === undefined &&
          (fact.records ?? []).length === 0
        ) {
          fail(
            fact,
            "better_source",
            `a claim judged ${fact.verdict} needs the better source or the records that decide it`,
          );
        }
        if (fact.verdict !== "accurate" && fact.verdict !== "opinion" && fact.reason === undefined) {
          fail(fact, "reason", `a claim judged ${fact.verdict} needs a one-line reason`);
        }
        {
          const mismatch = verdictMismatch(fact);
          if (mismatch) fail(fact, mismatch.field, mismatch.reason);
        }
        break;
    }
  }

  for (const { commitment, tranches, paid } of commitmentProgress(curated.facts)) {
    const at = curated.facts.find((fact) => fact.id === commitment.id)!;
    if (commitment.value !== undefined && paid > commitment.value)
      fail(
        at,
        "value",
        `its tranches (${tranches.map((t) => t.id).join(", ")}) add up to ${paid}, more than committed`,
      );
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
