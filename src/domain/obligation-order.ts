/**
 * Obligations in the order a reader needs them: what binds now, what needs a person, what is coming, then
 * what does not apply. One order for the CLI's report and the dashboard's regulation check.
 */
export const OBLIGATION_STATUS_ORDER = [
  "applicable",
  "needs_review",
  "grace_period",
  "scheduled",
  "pending_legislation",
  "stayed",
  "repealed",
  "not_triggered",
] as const;
