import { parse } from "csv-parse/sync";

/** One CSV record with the line it starts on, kept verbatim for traceability. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A record the parser could not read as a row (wrong number of fields, broken quoting). */
export interface CsvRejected {
  readonly line: number;
  readonly reason: string;
  readonly raw: string;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly rejected: readonly CsvRejected[];
}

/**
 * Parses a CSV with a header row. Records whose field count differs from the header, and other malformed records,
 * are returned in `rejected` (never dropped), so rows read = rows + rejected.
 */
export function readCsv(text: string): CsvTable {
  let header: string[] = [];
  const rows: CsvRow[] = [];
  const rejected: CsvRejected[] = [];
  const records = parse(text, {
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { message: string; lines?: number } | undefined, raw?: string) => {
      rejected.push({ line: error?.lines ?? 0, reason: error?.message ?? "unreadable record", raw: raw ?? "" });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  for (const { record, info, raw } of records) {
    if (header.length === 0) {
      header = record.map((name) => name.trim());
      continue;
    }
    // info.lines is the line the record ends on; the record starts that many newlines earlier.
    const startLine = info.lines - (raw.replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0);
    const values: Record<string, string> = {};
    header.forEach((name, index) => (values[name] = record[index]!));
    rows.push({ line: startLine, values });
  }
  return { header, rows, rejected };
}
