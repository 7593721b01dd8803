/**
 * Test set-up (vitest setupFiles): installs the export-control rule tables of data/rules/export-control/ before
 * each test file, as the API and CLI do at start, so engine tests call the engine as its users do.
 */
import { loadExportControlTables } from "../../src/api/rule-tables.js";

loadExportControlTables();
