import { readFile } from "node:fs/promises";
import { parseScenario } from "./parse-scenario.js";
import type { Scenario } from "./scenario.js";

/** The preset scenarios shipped in src/simulate/presets/, in display order. */
export const PRESET_NAMES = ["baseline", "strict-controls", "eu-invests-3x", "open-weights-everywhere", "supply-shock"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const PRESET_DIRECTORY = new URL("./presets/", import.meta.url);

/** Reads and validates one preset file (the only file I/O of the simulator; callers at the edge use it). */
export async function loadPreset(name: PresetName): Promise<Scenario> {
  const url = new URL(`${name}.yaml`, PRESET_DIRECTORY);
  return parseScenario(await readFile(url, "utf8"), `src/simulate/presets/${name}.yaml`);
}

export async function loadPresets(): Promise<Record<PresetName, Scenario>> {
  const entries = await Promise.all(PRESET_NAMES.map(async (name) => [name, await loadPreset(name)] as const));
  return Object.fromEntries(entries) as Record<PresetName, Scenario>;
}
