import { csvCell, csvFileName, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes what needs quoting and nothing else', () => {
    expect(csvCell('Essex')).toBe('Essex');
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+44 1234')).toBe("'+44 1234");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['UPN', 'Force'], [['a@essex.police.uk', 'Essex'], ['b@kent.police.uk', 'Kent']])).toBe(
      'UPN,Force\r\na@essex.police.uk,Essex\r\nb@kent.police.uk,Kent\r\n'
    );
  });

  it('names files safely', () => {
    expect(csvFileName('Licence ready', 'Essex / Contact Management')).toBe('licence-ready-essex-contact-management.csv');
    expect(csvFileName('../../etc', '')).toBe('etc.csv');
    expect(csvFileName('')).toBe('export.csv');
  });
});
