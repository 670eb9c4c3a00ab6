/**
 * CSV for Excel and for Entra/licensing-group imports: RFC 4180 quoting, CRLF line ends, a UTF-8 byte
 * order mark (so Excel reads accents and curly quotes), and cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return first) neutralised with a leading apostrophe — a
 * name or department typed as `=HYPERLINK(...)` must stay text when a lead opens the export.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Numbers are data, not formulas: a negative count stays a number.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: header row then rows, CRLF-separated, without the byte order mark. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_BOM = '\ufeff';

/** A file name safe on Windows, macOS and in Teams: letters, digits, dashes; `.csv` added. */
export function csvFileName(...parts: readonly string[]): string {
  const base = parts
    .map((p) => p.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((p) => p !== '')
    .join('-')
    .toLowerCase()
    .slice(0, 100);
  return `${base || 'export'}.csv`;
}
