import type { Classification } from "./classify.js";
import type { ValidExportCheckInput } from "./input-schema.js";
import type { ChipMetrics } from "./metrics.js";
import type { IsoDay } from "./types.js";

/** Everything the licence logic needs about one question, resolved once. */
export interface CheckContext {
  readonly input: ValidExportCheckInput;
  readonly date: IsoDay;
  /** Destination after aliases (Hong Kong read as China). */
  readonly destination: string;
  /** Headquarters and ultimate-parent countries given, after aliases. */
  readonly headquarters: readonly { readonly field: "endUserHq" | "ultimateParentHq"; readonly country: string }[];
  readonly metrics: ChipMetrics;
  readonly classification: Classification;
}
