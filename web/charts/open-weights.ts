/** Share of each group's notable models with published weights, per year. */
import type { ChartFunction } from "./registry.js";
import { yearLines } from "./year-lines.js";

const openWeights: ChartFunction = (data, options) => yearLines(data, options, "openShare");
export default openWeights;
