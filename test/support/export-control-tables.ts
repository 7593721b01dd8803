/**
 * Installs the export-control rule tables of data/rules/export-control/ for a test file, as the API and CLI do
 * at start. Import it for its effect, first, in a test that calls the engine directly:
 * `import "../../test/support/export-control-tables.js";`
 */
import { loadExportControlTables } from "../../src/api/rule-tables.js";

loadExportControlTables();
