import Papa from "papaparse";

/** One CSV record with the line it starts on, kept verbatim for traceability. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A record the parser could not read as a row (wrong number of fields, broken quoting). */
export interface CsvRejected {
  readonly line: number;
  readonly reason: string;
  /** The fields as far as they could be read, joined by commas. */
  readonly raw: string;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly rejected: readonly CsvRejected[];
}

/** Newlines inside a record's quoted fields: the record spans that many more lines. */
function extraLines(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields)
    for (let index = field.indexOf("\n"); index !== -1; index = field.indexOf("\n", index + 1)) count++;
  return count;
}

/**
 * Parses a CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and newlines). Records whose
 * field count differs from the header, and records with broken quoting, are returned in `rejected` (never
 * dropped), so rows read = rows + rejected. Blank lines are skipped but counted, so every line number is the
 * line the record starts on in the file.
 */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ",",
  });
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && !problems.has(error.row)) problems.set(error.row, error.message);
  }
  const records = parsed.data;
  let line = 1;
  let header: string[] = [];
  const rows: CsvRow[] = [];
  const rejected: CsvRejected[] = [];
  records.forEach((record, index) => {
    const startLine = line;
    line += 1 + extraLines(record);
    if (record.length === 1 && record[0] === "") return; // a blank line
    if (header.length === 0) {
      header = record.map((name) => name.trim());
      return;
    }
    const problem =
      problems.get(index) ??
      (record.length !== header.length ? `expected ${header.length} fields, found ${record.length}` : undefined);
    if (problem !== undefined) {
      rejected.push({ line: startLine, reason: problem, raw: record.join(",") });
      return;
    }
    const values: Record<string, string> = {};
    for (let column = 0; column < header.length; column++) values[header[column]!] = record[column]!;
    rows.push({ line: startLine, values });
  });
  return { header, rows, rejected };
}
