import { detectSeparator, parseDelimited } from './csv';

const fields = (text: string): string[][] => parseDelimited(text).records.map((r) => [...r.fields]);

describe('separators', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2,5;3', ';'],
    ['a\tb\tc', '\t'],
    ['"x;y",b,c', ','],
    ['sep=;\na,b;c', ';'],
    ['single', ',']
  ] as const)('detects %j as %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it('reads semicolon files with decimal commas as Excel writes them in many locales', () => {
    expect(fields('Ref;Score\nR-1;2,5\n')).toEqual([
      ['Ref', 'Score'],
      ['R-1', '2,5']
    ]);
  });

  it('drops Excel\u2019s sep= line and counts lines after it', () => {
    const parsed = parseDelimited('sep=;\r\nRef;Title\r\nR-1;One');
    expect(parsed.separator).toBe(';');
    expect(parsed.records.map((r) => [r.line, ...r.fields])).toEqual([
      [2, 'Ref', 'Title'],
      [3, 'R-1', 'One']
    ]);
  });

  it('honours a separator it is given', () => {
    expect(parseDelimited('a;b,c', ',').records[0].fields).toEqual(['a;b', 'c']);
  });
});

describe('RFC 4180', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and reports where records start', () => {
    const parsed = parseDelimited('\uFEFFRef,Title,Notes\r\nR-1,"Oversharing, HR ""files""","line one\r\nline two"\r\nR-2,Plain,\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(parsed.records[1].fields).toEqual(['R-1', 'Oversharing, HR "files"', 'line one\r\nline two']);
    expect(parsed.records[2].fields).toEqual(['R-2', 'Plain', '']);
  });

  it('skips blank lines and rows of empty cells Excel leaves below a table', () => {
    expect(fields('a,b\n\n1,2\n,,\n;\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      [';']
    ]);
    expect(fields('a;b\n1;2\n;;\n')).toEqual([
      ['a', 'b'],
      ['1', '2']
    ]);
  });

  it('keeps a final field after a trailing separator', () => {
    expect(fields('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('reports problems with their line and never guesses', () => {
    expect(parseDelimited('a,b\n1,"open').problems).toEqual([{ line: 2, key: 'csv.unterminatedQuote', detail: 'A quoted field starting on line 2 is never closed.' }]);
    const stray = parseDelimited('a,b\n1,x"y\n"q"z,2');
    expect(stray.problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'csv.quoteInUnquotedField'],
      [3, 'csv.textAfterClosingQuote']
    ]);
  });
});
