import type { DatasetDefinition } from "./dataset.js";
import {
  aiCompanies,
  computeSpend,
  fundingRounds,
  revenueReports,
  staffReports,
  usageReports,
} from "./epoch-companies.js";
import { gpuClusters } from "./epoch-clusters.js";
import { dataCenters, dataCenterTimelines } from "./epoch-data-centers.js";
import { epochCapabilitiesIndex } from "./epoch-capabilities.js";
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
];

/**
 * What a build reads: the datasets `data pull` downloads, plus Epoch's Capabilities Index, which the
 * benchmarking hub publishes apart (copy benchmark_data/epoch_capabilities_index.csv into the Epoch folder).
 */
export const BUILD_DATASETS: readonly DatasetDefinition[] = [...EPOCH_DATASETS, epochCapabilitiesIndex];
