/**
 * The preset scenarios shipped with Wedloop, in display order. The YAML files live in data/scenarios/ (the
 * package ships data/, not the TypeScript sources); the edge reads them (src/api/simulation-presets.ts).
 */
export const PRESET_NAMES = [
  "baseline",
  "strict-controls",
  "eu-invests-3x",
  "open-weights-everywhere",
  "supply-shock",
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
