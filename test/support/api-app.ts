// Kept while branches written before test/support/harness.ts are merged: import from ./harness.js instead.
export { startTestApi, useTestApi, type TestApi } from "./harness.js";
