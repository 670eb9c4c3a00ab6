import { parseCsv, csvField } from './csv';

describe('parseCsv', () => {
  it('reads plain records with LF or CRLF and an optional final line break', () => {
    expect(parseCsv('a,b\n1,2').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] }
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n').records.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('drops a UTF-8 BOM and blank lines', () => {
    const r = parseCsv('\uFEFFupn,name\r\n\r\nx@y,Zoë\r\n\r\n');
    expect(r.records).toEqual([
      { line: 1, fields: ['upn', 'name'] },
      { line: 3, fields: ['x@y', 'Zoë'] }
    ]);
  });

  it('reads quoted commas, quotes and line breaks, keeping the starting line', () => {
    const r = parseCsv('name,notes\n"O\'Brien, Pat","said ""hi""\nand left"\nnext,""\n');
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      { line: 1, fields: ['name', 'notes'] },
      { line: 2, fields: ["O'Brien, Pat", 'said "hi"\nand left'] },
      { line: 4, fields: ['next', ''] }
    ]);
  });

  it('keeps CRLF inside quotes as it was', () => {
    expect(parseCsv('"a\r\nb",c').records[0].fields).toEqual(['a\r\nb', 'c']);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(parseCsv('a,,\n,,').records.map((r) => r.fields)).toEqual([['a', '', ''], ['', '', '']]);
  });

  it('keeps spaces and unicode as given', () => {
    expect(parseCsv(' a , 渡辺 ,עברית,👮').records[0].fields).toEqual([' a ', ' 渡辺 ', 'עברית', '👮']);
  });

  it('reports an unterminated quote with the line it started on', () => {
    const r = parseCsv('a,b\n1,"open\n2,3\n');
    expect(r.problems).toEqual([{ line: 2, key: 'csv.unterminatedQuote', detail: 'A quoted field starting on line 2 is never closed.' }]);
  });

  it('reports stray quotes and text after a closing quote', () => {
    expect(parseCsv('a,b"c\n').problems.map((p) => [p.line, p.key])).toEqual([[1, 'csv.quoteInUnquotedField']]);
    expect(parseCsv('x\n"a"b,c\n').problems.map((p) => [p.line, p.key])).toEqual([[2, 'csv.textAfterClosingQuote']]);
  });

  it('reads an empty input as no records', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
  });

  it('round-trips through csvField', () => {
    const values = ['plain', 'a,b', 'say "x"', 'two\nlines', ' padded ', ''];
    const line = values.map(csvField).join(',');
    expect(parseCsv(line).records[0].fields).toEqual(values);
  });
});
