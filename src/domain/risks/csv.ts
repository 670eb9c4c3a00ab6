/**
 * Reading a register exported from Excel or another tool: RFC 4180 fields (quoted with `"`, a doubled
 * `""` inside quotes is one quote, quoted fields may hold separators and line breaks), CRLF or LF, a
 * UTF-8 byte-order mark dropped, and the separator Excel actually used: `,`, `;` (Excel in locales whose
 * decimal mark is a comma) or a tab ("Unicode text"). Excel's `sep=;` first line names it; otherwise it is
 * the one of the three that occurs most often, outside quotes, in the header line.
 *
 * `src/domain/people/csv.ts` reads comma-only HR exports; this reader adds the separators registers
 * arrive in and reports problems in the same shape.
 */

export type Separator = ',' | ';' | '\t';

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

export interface DelimitedResult {
  readonly separator: Separator;
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

const BOM = '\uFEFF';
const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

/** The separator of a text: Excel's `sep=` line, else the most frequent one outside quotes on the first line. */
export function detectSeparator(text: string): Separator {
  const hint = /^sep=(.)\r?(\n|$)/.exec(text);
  if (hint !== null && (SEPARATORS as readonly string[]).indexOf(hint[1]) >= 0) return hint[1] as Separator;
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return SEPARATORS.reduce((best, s) => (counts[s] > counts[best] ? s : best), ',' as Separator);
}

/** Parses delimited text (separator detected unless given). Problems are reported with their line; nothing is guessed. */
export function parseDelimited(input: string, separator?: Separator): DelimitedResult {
  let text = input.indexOf(BOM) === 0 ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  let line = 1;
  const hint = /^sep=.\r?\n/.exec(text);
  if (hint !== null) {
    text = text.slice(hint[0].length);
    line = 2;
  }
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let recordLine = line;
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
    // A blank line (or a line of empty cells, as Excel writes below a table) is no record.
    if (!fields.every((f) => f.trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  const lineBreak = (at: number): number => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\n' || text[at] === '\r' ? 1 : 0);

  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
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
        const br = lineBreak(i);
        if (br > 0) line++;
        field += text.slice(i, i + (br > 0 ? br : 1));
        i += br > 0 ? br : 1;
      }
      if (!closed) {
        problems.push({ line: startLine, key: 'csv.unterminatedQuote', detail: `A quoted field starting on line ${startLine} is never closed.` });
        return { separator: sep, records, problems };
      }
      atFieldStart = false;
      if (i < text.length && text[i] !== sep && lineBreak(i) === 0) {
        problems.push({ line, key: 'csv.textAfterClosingQuote', detail: `Line ${line}: text after a closing quote.` });
        while (i < text.length && text[i] !== sep && lineBreak(i) === 0) i++;
      }
      continue;
    }
    if (c === sep) {
      endField();
      i++;
      continue;
    }
    const br = lineBreak(i);
    if (br > 0) {
      endRecord();
      i += br;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') problems.push({ line, key: 'csv.quoteInUnquotedField', detail: `Line ${line}: a quote inside an unquoted field.` });
    field += c;
    atFieldStart = false;
    i++;
  }
  if (!atFieldStart || field !== '' || fields.length > 0) endRecord();
  return { separator: sep, records, problems };
}
