import { parse } from 'csv-parse/sync';

/** A CSV row with the line it started on (1 = header), for precise error reports. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
}

/** Parses CSV text with a header row; reports missing or unknown columns against the header. */
export function readCsv(text: string, columns: readonly string[], required: readonly string[]): { rows: CsvRow[]; problems: RowProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, field: '*', reason: `malformed CSV: ${(error as Error).message}` }] };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]?.split(',').map((h) => h.trim().replace(/^"|"$/g, '')) ?? [];
  const problems: RowProblem[] = [];
  for (const name of required) if (!header.includes(name)) problems.push({ line: 1, field: name, reason: 'missing column' });
  for (const name of header) if (!columns.includes(name)) problems.push({ line: 1, field: name, reason: 'unknown column' });
  // csv-parse counts the line a record ends on; records here are single-line unless quoted.
  const rows = records.map(({ record, info }) => ({ line: info.lines, values: record }));
  return { rows, problems };
}
