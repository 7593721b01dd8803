/**
 * OWASP's rule against CSV (formula) injection: a text cell that starts with =, +, -, @, tab or carriage
 * return is prefixed with a single quote, so a spreadsheet shows it as text instead of running it
 * (Epoch's clusters file really has a cell `=261*4+31*8+351*4`). Numbers are not text and stay as they are.
 * Shared by the API's CSV twins and the dashboard's downloads.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
