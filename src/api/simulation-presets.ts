/**
 * Reads the preset scenarios from data/scenarios/ in the package (the repository, or node_modules/wedloop
 * once installed: package.json "files" ships data/). The simulator itself reads no files.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenario, PRESET_NAMES, type PresetName, type Scenario } from "../simulate/index.js";

/** src/api/ in the repository and dist/api/ once built are both two levels below the package root. */
export const PRESET_DIR = fileURLToPath(new URL("../../data/scenarios/", import.meta.url));

export interface Preset {
  readonly name: PresetName;
  /** The file as shipped (what a user copies to start their own scenario). */
  readonly yaml: string;
  readonly scenario: Scenario;
}

/** Reads and validates one preset; a broken file throws a ScenarioError naming file, line and field. */
export async function loadPreset(name: PresetName, dir = PRESET_DIR): Promise<Preset> {
  const path = join(dir, `${name}.yaml`);
  const yaml = await readFile(path, "utf8");
  return { name, yaml, scenario: parseScenario(yaml, `data/scenarios/${name}.yaml`) };
}

export async function loadPresets(dir = PRESET_DIR): Promise<Preset[]> {
  return Promise.all(PRESET_NAMES.map((name) => loadPreset(name, dir)));
}
