import type { DatasetDefinition } from "./dataset.js";
import {
  aiCompanies,
  computeSpend,
  fundingRounds,
  revenueReports,
  staffReports,
  usageReports,
} from "./epoch-companies.js";
import { capabilitiesIndex } from "./epoch-capabilities.js";
import { gpuClusters } from "./epoch-clusters.js";
import { dataCenters, dataCenterTimelines } from "./epoch-data-centers.js";
import { mlHardware } from "./epoch-hardware.js";
import { frontierModels, largeScaleModels, notableModels } from "./epoch-models.js";

/** Every Epoch AI dataset Wedloop ingests, in build order. */
export const EPOCH_DATASETS: readonly DatasetDefinition[] = [
  notableModels,
  largeScaleModels,
  frontierModels,
  mlHardware,
  gpuClusters,
  dataCenters,
  dataCenterTimelines,
  aiCompanies,
  fundingRounds,
  revenueReports,
  staffReports,
  usageReports,
  computeSpend,
  capabilitiesIndex,
];
