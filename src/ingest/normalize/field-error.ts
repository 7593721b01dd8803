/** Why one field of an external row could not be read; the row is quarantined with it. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
    reason: string,
  ) {
    super(reason);
  }
}
