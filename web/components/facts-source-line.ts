/** The source line of charts built from curated facts: each row carries its own source. */
import type { Translate } from "../i18n/lang.js";
import type { Reference } from "../state/reference.js";

export function curatedSourceLine(reference: Reference, t: Translate): string {
  return t("chart.curatedCitation", { snapshot: reference.version.snapshot_id });
}
