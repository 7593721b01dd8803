/** The AI-regulation rule tables as shipped (data/rules/ai-regulation/), read once for the tests. */
import { loadRegulationTables } from "../../src/api/regulation-tables.js";

export const REGULATION_TABLES = loadRegulationTables();
