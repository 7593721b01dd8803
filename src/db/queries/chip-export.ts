import type { Kysely } from "kysely";
import type { CuratedChip } from "../../domain/chip-facts.js";
import type { EpochHardwareSpecs } from "../../domain/hardware-specs.js";
import type { Database } from "../schema.js";

/** A chip's specs as the store holds them, in the units of Epoch's CSV (the API maps them to chip parameters). */
export type StoreChipSpecs = Omit<EpochHardwareSpecs, "datacenter">;

export interface StoreChip {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string | null;
  readonly type: string | null;
  readonly releaseDate: string | null;
  readonly sourceId: string;
  readonly rowNumber: number;
  readonly specs: StoreChipSpecs;
  /** The curated facts (data/chips/) that complete this Epoch row, or null. */
  readonly curated: CuratedChip | null;
}

/** The meta key under which a build keeps the curated chip facts (JSON). */
export const CHIP_FACTS_META_KEY = "curated_chip_facts";

/** The curated chip facts of the store, by the Epoch row name each completes. */
async function curatedByName(db: Kysely<Database>): Promise<Map<string, CuratedChip>> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", CHIP_FACTS_META_KEY).executeTakeFirst();
  const chips = row ? (JSON.parse(row.value) as CuratedChip[]) : [];
  return new Map(chips.flatMap((chip) => chip.epoch_names.map((name) => [name, chip] as const)));
}

const COLUMNS = [
  "id",
  "name",
  "manufacturer",
  "type",
  "release_date",
  "source_id",
  "row_number",
  "tensor_fp16_flops",
  "fp16_flops",
  "fp8_flops",
  "fp4_flops",
  "int8_ops",
  "int4_ops",
  "int16_ops",
  "tf32_flops",
  "fp32_flops",
  "fp64_flops",
  "tpp_bit_ops",
  "die_size_mm2",
  "process_nm",
  "memory_bandwidth_bytes_per_s",
  "intranode_bandwidth_bytes_per_s",
] as const;

type ChipRow = Pick<Database["chips"], (typeof COLUMNS)[number]>;

// Drivers may hand numbers back as strings (PostgreSQL numeric) or bigint; the engine wants numbers or null.
function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function toStoreChip(row: ChipRow, curated: ReadonlyMap<string, CuratedChip>): StoreChip {
  return {
    curated: curated.get(row.name) ?? null,
    id: row.id,
    name: row.name,
    manufacturer: row.manufacturer,
    type: row.type,
    releaseDate: row.release_date,
    sourceId: row.source_id,
    rowNumber: Number(row.row_number),
    specs: {
      name: row.name,
      manufacturer: row.manufacturer,
      tensorFp16Bf16FlopS: numberOrNull(row.tensor_fp16_flops),
      fp16FlopS: numberOrNull(row.fp16_flops),
      fp8FlopS: numberOrNull(row.fp8_flops),
      fp4FlopS: numberOrNull(row.fp4_flops),
      int8OpS: numberOrNull(row.int8_ops),
      int4OpS: numberOrNull(row.int4_ops),
      int16OpS: numberOrNull(row.int16_ops),
      tf32FlopS: numberOrNull(row.tf32_flops),
      fp32FlopS: numberOrNull(row.fp32_flops),
      fp64FlopS: numberOrNull(row.fp64_flops),
      totalProcessingPerformanceBitOpS: numberOrNull(row.tpp_bit_ops),
      dieSizeMm2: numberOrNull(row.die_size_mm2),
      processSizeNm: numberOrNull(row.process_nm),
      memoryBandwidthByteS: numberOrNull(row.memory_bandwidth_bytes_per_s),
      intranodeBandwidthByteS: numberOrNull(row.intranode_bandwidth_bytes_per_s),
    },
  };
}

/** One chip by its id, or null. */
export async function findStoreChip(db: Kysely<Database>, id: string): Promise<StoreChip | null> {
  const row = await db.selectFrom("chips").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toStoreChip(row, await curatedByName(db)) : null;
}

// Sorted here, not in SQL: SQLite and PostgreSQL place nulls and order text differently.
function newestFirst(a: StoreChip, b: StoreChip): number {
  if (a.releaseDate !== b.releaseDate) {
    if (a.releaseDate === null) return 1;
    if (b.releaseDate === null) return -1;
    return a.releaseDate < b.releaseDate ? 1 : -1;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Every chip in the store, newest first (undated last), then by name. */
export async function allStoreChips(db: Kysely<Database>): Promise<StoreChip[]> {
  const rows = await db.selectFrom("chips").select(COLUMNS).execute();
  const curated = await curatedByName(db);
  return rows.map((row) => toStoreChip(row, curated)).sort(newestFirst);
}
