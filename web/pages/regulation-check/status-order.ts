/** Obligations in the order a reader needs them: what binds now, what needs a person, what is coming, what does not apply. */
import { OBLIGATION_STATUS_ORDER } from "../../../src/domain/obligation-order.js";
import type { ObligationResult, ObligationStatus } from "./types.js";

const ORDER: readonly ObligationStatus[] = OBLIGATION_STATUS_ORDER;

export function byStatus(records: readonly ObligationResult[]): ObligationResult[] {
  return [...records].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || (a.status_date ?? "").localeCompare(b.status_date ?? ""),
  );
}
