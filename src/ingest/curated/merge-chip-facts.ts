import { CHIP_FACT_FIELDS, type ChipFactField, type ChipFactsSpec, type FactOrigin } from "../../domain/chip-facts.js";
import type { Located } from "./load-curated.js";
import { fail } from "./validate-curated.js";

type Entry = ChipFactsSpec & Located;

/** A chip's curated facts after merging every entry that completes its Epoch row, with where each came from. */
export type MergedChipFacts = ChipFactsSpec & {
  readonly file: string;
  readonly line: number;
  readonly origins?: Readonly<Partial<Record<ChipFactField, FactOrigin>>>;
};

type Range = { readonly at_least?: number | undefined; readonly at_most?: number | undefined };

const isBound = (area: number | Range): area is Range => typeof area !== "number";
const inside = (value: number, bound: Range) =>
  (bound.at_least === undefined || value >= bound.at_least) && (bound.at_most === undefined || value <= bound.at_most);

/** Whether an entry's field is a bound (numeric facts with at_least/at_most, dies with a bounded area). */
function boundOf(entry: Entry, field: ChipFactField): boolean {
  if (field === "dies") return entry.dies!.value.some((die) => isBound(die.area_mm2));
  if (field === "interconnect_bidir_gbps" || field === "dram_bandwidth_gbps") return entry[field]!.value === undefined;
  return false;
}

/** Whether a value entry lies inside a bound entry's bound (dies: die by die, in order, counts expanded). */
function valueInsideBound(value: Entry, bound: Entry, field: ChipFactField): boolean {
  if (field === "interconnect_bidir_gbps" || field === "dram_bandwidth_gbps")
    return inside(value[field]!.value!, bound[field]!);
  const expand = (entry: Entry) =>
    entry.dies!.value.flatMap((die) =>
      Array.from({ length: die.count }, () => ({ kind: die.kind, area: die.area_mm2 })),
    );
  const points = expand(value);
  const bounds = expand(bound);
  return (
    points.length === bounds.length &&
    points.every((die, index) => {
      const other = bounds[index]!;
      return (
        die.kind === other.kind &&
        typeof die.area === "number" &&
        (isBound(other.area) ? inside(die.area, other.area) : die.area === other.area)
      );
    })
  );
}

const origin = (entry: Entry, field: string): FactOrigin => ({
  file: entry.file,
  line: entry.fieldLine?.(field) ?? entry.line,
});
const at = (entry: Entry, field: string) => `${origin(entry, field).file}:${origin(entry, field).line}`;

/** The one entry whose `field` the chip uses; throws (file:line) when two entries disagree. */
function pick(entries: readonly Entry[], field: ChipFactField): Entry | undefined {
  const giving = entries.filter((entry) => entry[field] !== undefined);
  if (giving.length <= 1) return giving[0];
  const values = giving.filter((entry) => !boundOf(entry, field));
  const bounds = giving.filter((entry) => boundOf(entry, field));
  if (values.length > 1) fail(values[1]!, field, `given twice for the same chip (also at ${at(values[0]!, field)})`);
  if (bounds.length > 1)
    fail(bounds[1]!, field, `bound given twice for the same chip (also at ${at(bounds[0]!, field)})`);
  const [value, bound] = [values[0]!, bounds[0]!];
  if (!valueInsideBound(value, bound, field))
    fail(value, field, `the value lies outside the bound given at ${at(bound, field)}`);
  return value;
}

/**
 * The curated chips as the store keeps them: an entry alone on its Epoch rows stays as written; an Epoch row
 * completed by several entries (in several files) gets one chip with each field from the entry that gives it,
 * a value winning over a bound it lies in. Throws CuratedFileError when two entries disagree.
 */
export function mergeChipFacts(chips: readonly Entry[]): MergedChipFacts[] {
  const byName = new Map<string, Entry[]>();
  for (const chip of chips) for (const name of chip.epoch_names) byName.set(name, [...(byName.get(name) ?? []), chip]);
  const shared = (name: string) => byName.get(name)!.length > 1;
  const alone = chips.flatMap(({ fieldLine: _fieldLine, ...chip }) => {
    const names = chip.epoch_names.filter((name) => !shared(name));
    return names.length > 0 ? [{ ...chip, epoch_names: names }] : [];
  });
  const merged = [...byName].flatMap(([name, entries]) => {
    if (entries.length === 1) return [];
    const first = entries[0]!;
    const fields = CHIP_FACT_FIELDS.flatMap((field) => {
      const entry = pick(entries, field);
      return entry ? [[field, entry] as const] : [];
    });
    return [
      {
        id: first.id,
        name: first.name,
        epoch_names: [name],
        file: first.file,
        line: first.line,
        ...Object.fromEntries(fields.map(([field, entry]) => [field, entry[field]])),
        origins: Object.fromEntries(fields.map(([field, entry]) => [field, origin(entry, field)])),
      } as MergedChipFacts,
    ];
  });
  return [...alone, ...merged];
}
