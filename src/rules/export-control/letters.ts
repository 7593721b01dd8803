import type { ValidChip } from "./input-schema.js";
import { intervalOf, reaches } from "./bounds.js";
import { formatAmount, formatNumber } from "./metrics.js";
import type { IsoDay } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import type { LicenceLetter } from "./tables/schema.js";

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  return haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));
}

/** The chip's vendor is the letter's addressee: by the vendor field, or the vendor's name as a word of the chip name. */
export function sameVendor(letter: LicenceLetter, chip: ValidChip): boolean {
  const vendor = letter.vendor.toLowerCase();
  if (chip.vendor) return tokens(chip.vendor).includes(vendor);
  return chip.name !== undefined && tokens(chip.name).includes(vendor);
}

/** The named product whose words appear in the chip name ("HGX H20" names H20; "H200" does not). */
export function namedProduct(letter: LicenceLetter, chip: ValidChip): string | undefined {
  if (!chip.name || !sameVendor(letter, chip)) return undefined;
  const nameTokens = tokens(chip.name);
  return letter.namedProducts.find((product) => containsSequence(nameTokens, tokens(product)));
}

export type CriterionVerdict =
  | { readonly met: true; readonly text: string; readonly nl: string }
  | { readonly met: false }
  | { readonly met: "unknown"; readonly decidingInputs: readonly string[] };

/** Whether an unnamed product of the letter's vendor reaches the letter's parameters. */
export function criterionVerdict(letter: LicenceLetter, chip: ValidChip, tpp: number | null): CriterionVerdict {
  const criterion = letter.criterion;
  if (!criterion || !sameVendor(letter, chip)) return { met: false };
  const io = chip.interconnectBidirGBps;
  const ioReaches = io === null ? null : reaches(intervalOf(io), criterion.interconnectMinGBps);
  if (criterion.kind === "reaches_all") {
    if ((tpp !== null && tpp < criterion.tppMin) || ioReaches === false) return { met: false };
    if (tpp === null || io === null || ioReaches === null) {
      return {
        met: "unknown",
        decidingInputs: [
          ...(tpp === null ? ["chip.throughputs"] : []),
          ...(ioReaches === null ? ["chip.interconnectBidirGBps"] : []),
        ],
      };
    }
    return {
      met: true,
      text: `TPP ${formatNumber(tpp)} >= ${formatNumber(criterion.tppMin)} and I/O ${formatAmount(io)} >= ${formatNumber(criterion.interconnectMinGBps)} GB/s`,
      nl: `TPP ${formatNumber(tpp, "nl")} >= ${formatNumber(criterion.tppMin, "nl")} en I/O ${formatAmount(io, "nl")} >= ${formatNumber(criterion.interconnectMinGBps, "nl")} GB/s`,
    };
  }
  const dram = chip.dramBandwidthGBps;
  const dramReaches = dram === null ? null : reaches(intervalOf(dram), criterion.dramBandwidthMinGBps);
  if (dram !== null && dramReaches === true) {
    return {
      met: true,
      text: `DRAM bandwidth ${formatAmount(dram)} >= ${formatNumber(criterion.dramBandwidthMinGBps)} GB/s`,
      nl: `DRAM-bandbreedte ${formatAmount(dram, "nl")} >= ${formatNumber(criterion.dramBandwidthMinGBps, "nl")} GB/s`,
    };
  }
  if (io !== null && ioReaches === true) {
    return {
      met: true,
      text: `I/O ${formatAmount(io)} >= ${formatNumber(criterion.interconnectMinGBps)} GB/s`,
      nl: `I/O ${formatAmount(io, "nl")} >= ${formatNumber(criterion.interconnectMinGBps, "nl")} GB/s`,
    };
  }
  if (dramReaches === null || ioReaches === null) {
    return {
      met: "unknown",
      decidingInputs: [
        ...(dramReaches === null ? ["chip.dramBandwidthGBps"] : []),
        ...(ioReaches === null ? ["chip.interconnectBidirGBps"] : []),
      ],
    };
  }
  return { met: false };
}

export function lettersInEffect(date: IsoDay): LicenceLetter[] {
  return ruleTables().licenceLetters.filter((letter) => date >= letter.effective);
}

/** The early-application notice (RV1b) that moves this chip to a later rule version on `date`, if any. */
export function earlyApplication(chip: ValidChip, date: IsoDay): LicenceLetter | undefined {
  return lettersInEffect(date).find(
    (letter) => letter.effect.kind === "early_application" && namedProduct(letter, chip) !== undefined,
  );
}
