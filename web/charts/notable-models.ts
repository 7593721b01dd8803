/** Notable models per group and year. */
import type { ChartFunction } from "./registry.js";
import { yearLines } from "./year-lines.js";

const notableModels: ChartFunction = (data, options) => yearLines(data, options, "models");
export default notableModels;
