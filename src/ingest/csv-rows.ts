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

/** No Epoch field comes near this (the longest, a note in frontier_ai_models.csv, has about 5,200). */
export const MAX_FIELD_CHARS = 100_000;
// A rejected record is kept for the quarantine up to this many characters: enough to recognise it.
const MAX_RAW_CHARS = 2_000;
// Each re-synchronisation reads the rest of the file again; past this many, broken records are set aside whole.
const MAX_RESYNCS = 1_000;

const clip = (text: string) =>
  text.length <= MAX_RAW_CHARS ? text : `${text.slice(0, MAX_RAW_CHARS)}... (${text.length} characters)`;

/** Offsets at which each physical line starts (line n at index n - 1). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

function fieldProblem(record: readonly string[], header: readonly string[]): string | undefined {
  if (record.length !== header.length) return `expected ${header.length} fields, found ${record.length}`;
  const long = record.findIndex((field) => field.length > MAX_FIELD_CHARS);
  if (long !== -1)
    return `field ${JSON.stringify(header[long])} is ${record[long]!.length} characters long; the limit is ${MAX_FIELD_CHARS}`;
  if (record.every((field, column) => field.trim() === header[column])) return "the header line repeated";
  return undefined;
}

/**
 * Parses a CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and newlines). Records whose
 * field count differs from the header, with broken quoting, with a field longer than MAX_FIELD_CHARS, or that
 * repeat the header, are returned in `rejected` (never dropped), so rows read = rows + rejected. A broken record
 * that ran into the lines after it (an unterminated quote) costs only its own first line: reading starts again
 * on the next line, so a good row after it is kept. Blank lines are skipped but counted, so every line number
 * is the line the record starts on in the file.
 */
export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineStarts = lineStartsOf(body);
  const physicalLine = (line: number) =>
    body.slice(lineStarts[line - 1], (lineStarts[line] ?? body.length + 1) - 1).replace(/\r$/, "");
  let header: string[] = [];
  const rows: CsvRow[] = [];
  const rejected: CsvRejected[] = [];
  let resyncs = 0;
  for (let firstLine: number | null = 1; firstLine !== null && firstLine <= lineStarts.length;) {
    const parsed = Papa.parse<string[]>(body.slice(lineStarts[firstLine - 1]), {
      header: false,
      skipEmptyLines: false,
      delimiter: ",",
    });
    const problems = new Map<number, string>();
    for (const error of parsed.errors) {
      if (error.row !== undefined && !problems.has(error.row)) problems.set(error.row, error.message);
    }
    let line: number = firstLine;
    firstLine = null;
    for (let index = 0; index < parsed.data.length; index++) {
      const record = parsed.data[index]!;
      const startLine = line;
      const span = extraLines(record);
      line += 1 + span;
      if (record.length === 1 && record[0] === "") continue; // a blank line
      if (header.length === 0) {
        header = record.map((name) => name.trim());
        continue;
      }
      const quoting = problems.get(index);
      const problem = quoting ?? fieldProblem(record, header);
      if (problem === undefined) {
        const values: Record<string, string> = {};
        for (let column = 0; column < header.length; column++) values[header[column]!] = record[column]!;
        rows.push({ line: startLine, values });
        continue;
      }
      const ranOn = span > 0 && (quoting !== undefined || record.length !== header.length);
      if (ranOn && resyncs < MAX_RESYNCS) {
        resyncs++;
        rejected.push({
          line: startLine,
          reason: `${problem}; the lines after it were read on their own`,
          raw: clip(physicalLine(startLine)),
        });
        firstLine = startLine + 1;
        break;
      }
      rejected.push({ line: startLine, reason: problem, raw: clip(record.join(",")) });
    }
  }
  return { header, rows, rejected };
}
