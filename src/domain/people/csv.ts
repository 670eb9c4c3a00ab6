/**
 * A small RFC 4180 CSV reader for HR and Entra exports: comma separated, fields optionally quoted
 * with `"` (a doubled `""` inside quotes is one quote), quoted fields may hold commas and line
 * breaks, records end with CRLF or LF, a UTF-8 byte-order mark is dropped, a final line break is
 * optional. Problems are reported with the line they start on; nothing is guessed.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted line break makes records span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  /** `csv.unterminatedQuote` | `csv.quoteInUnquotedField` | `csv.textAfterClosingQuote` */
  readonly key: string;
  readonly detail: string;
}

export interface CsvResult {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

const BOM = '\uFEFF';

export function parseCsv(input: string): CsvResult {
  const text = input.indexOf(BOM) === 0 ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;

  const endField = (): void => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    // A blank line is no record (many exports end with one or two).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  const isLineBreak = (at: number): number => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\n' || text[at] === '\r' ? 1 : 0);

  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      // Quoted field: read to the closing quote.
      const startLine = line;
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        const br = isLineBreak(i);
        if (br > 0) line++;
        field += text.slice(i, i + (br > 0 ? br : 1));
        i += br > 0 ? br : 1;
      }
      if (!closed) {
        problems.push({ line: startLine, key: 'csv.unterminatedQuote', detail: `A quoted field starting on line ${startLine} is never closed.` });
        return { records, problems };
      }
      atFieldStart = false;
      // After the closing quote only a comma, a line break or the end may follow.
      if (i < text.length && text[i] !== ',' && isLineBreak(i) === 0) {
        problems.push({ line, key: 'csv.textAfterClosingQuote', detail: `Line ${line}: text after a closing quote.` });
        while (i < text.length && text[i] !== ',' && isLineBreak(i) === 0) i++;
      }
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    const br = isLineBreak(i);
    if (br > 0) {
      endRecord();
      i += br;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') {
      problems.push({ line, key: 'csv.quoteInUnquotedField', detail: `Line ${line}: a quote inside an unquoted field.` });
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (!atFieldStart || field !== '' || fields.length > 0) endRecord();
  return { records, problems };
}

/** Writes one CSV field, quoting when needed (for exports and round-trip tests). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
