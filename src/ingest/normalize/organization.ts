import type { OrganizationSpec } from "../../domain/organization.js";

/** A slug id from a name: "Google DeepMind" -> "google-deepmind", "Zhipu AI (智谱)" -> "zhipu-ai". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ") // DeepLabV3+ and DeepLabV3 are different models
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "unnamed" : slug;
}

/** Case- and space-insensitive key for matching spellings. */
function aliasKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Maps organisation spellings to canonical ids: curated organisations and their aliases first; any other
 * name gets the slug of its own spelling, so two spellings of one organisation stay two ids until someone
 * adds the alias to data/organizations/.
 */
export class OrganizationResolver {
  private readonly byAlias = new Map<string, string>();
  private readonly curatedIds: ReadonlySet<string>;

  constructor(curated: readonly OrganizationSpec[]) {
    this.curatedIds = new Set(curated.map((organization) => organization.id));
    for (const organization of curated) {
      for (const spelling of [organization.id, organization.name, ...organization.aliases]) {
        const key = aliasKey(spelling);
        const existing = this.byAlias.get(key);
        if (existing !== undefined && existing !== organization.id) {
          throw new Error(
            `organisation alias ${JSON.stringify(spelling)} names both ${existing} and ${organization.id}`,
          );
        }
        this.byAlias.set(key, organization.id);
      }
    }
  }

  /** Spellings seen per id during a build, with counts: the most frequent names an uncurated organisation. */
  readonly spellings = new Map<string, Map<string, number>>();
  /** Countries Epoch pairs with an organisation (one per model row where the lists align). */
  readonly countryEvidence = new Map<string, Map<string, number>>();

  resolve(name: string): string {
    const trimmed = name.trim();
    const id = this.byAlias.get(aliasKey(trimmed)) ?? slugify(trimmed);
    increment(this.spellings, id, trimmed);
    return id;
  }

  /**
   * Splits Epoch's comma-separated organisation list. A few names contain a comma of their own
   * ("Qilin Hesheng Network Technology Co., Ltd. (APUS)"): adjacent parts that together form a curated
   * name or alias are kept as one.
   */
  splitNames(text: string | undefined): string[] {
    const parts = (text ?? "").split(",").map((part) => part.trim());
    const names: string[] = [];
    for (let start = 0; start < parts.length; start++) {
      let end = start;
      for (let candidate = parts.length - 1; candidate > start; candidate--) {
        if (this.byAlias.has(aliasKey(parts.slice(start, candidate + 1).join(", ")))) {
          end = candidate;
          break;
        }
      }
      const name = parts.slice(start, end + 1).join(", ");
      if (name !== "") names.push(name);
      start = end;
    }
    return names;
  }

  observeCountry(id: string, country: string): void {
    increment(this.countryEvidence, id, country);
  }

  isCurated(id: string): boolean {
    return this.curatedIds.has(id);
  }
}

function increment(counts: Map<string, Map<string, number>>, id: string, key: string): void {
  const perId = counts.get(id) ?? new Map<string, number>();
  perId.set(key, (perId.get(key) ?? 0) + 1);
  counts.set(id, perId);
}

/** The most frequent key, ties broken alphabetically so builds are deterministic. */
export function mostFrequent(counts: ReadonlyMap<string, number> | undefined): string | null {
  if (!counts || counts.size === 0) return null;
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Epoch's data-centre parties carry a confidence tag: "Amazon #confident". */
export function splitConfidenceTag(text: string): { name: string; tag: string | null } {
  const match = /^(.*?)\s*#(\w+)\s*$/.exec(text.trim());
  return match ? { name: match[1]!.trim(), tag: match[2]!.toLowerCase() } : { name: text.trim(), tag: null };
}
