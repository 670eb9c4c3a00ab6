import { odataLiteral, filterFor, isIndexedColumn, filterColumn } from './odata';
import { ValidationError } from './errors';
import { PeopleList } from '../lists/people';
import { Demo } from '../lists/testing/demoList';
import { collection, fakeSp, SITE } from './testing/fakeServer';
import { dataSite, listOf } from './sp';

/** Reads one OData string literal starting at `start`; returns the index just after it. */
function endOfStringLiteral(text: string, start: number): number {
  if (text[start] !== "'") throw new Error(`no literal at ${start}`);
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new Error('unterminated literal');
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
}

const hostile = [
  "O'Brien & Sons #1 + 50%",
  'Zoë Łukasz Ødegård 渡辺',
  'emoji 👮‍♀️🚓 and a surrogate \uD83D\uDE00',
  'עברית مرحبا RTL \u202Eoverride',
  "x' or Title ne '",
  "'",
  "''",
  "a'b'c''d",
  'line\nbreak\ttab',
  'q'.repeat(9990) + "'''''" + 'z'.repeat(5),
  ''
];

describe('odataLiteral', () => {
  it.each(hostile.map((s) => [s.length > 40 ? `${s.slice(0, 20)}… (${s.length} chars)` : s, s]))('%s is exactly one literal', (_label, value) => {
    const lit = odataLiteral(value);
    expect(endOfStringLiteral(lit, 0)).toBe(lit.length);
    expect(lit.slice(1, -1).replace(/''/g, "'")).toBe(value);
  });

  it('formats numbers, booleans, dates and null', () => {
    expect(odataLiteral(42)).toBe('42');
    expect(odataLiteral(-1.5)).toBe('-1.5');
    expect(odataLiteral(true)).toBe('1');
    expect(odataLiteral(false)).toBe('0');
    expect(odataLiteral(null)).toBe('null');
    expect(odataLiteral(new Date('2025-06-01T09:30:15.789Z'))).toBe("datetime'2025-06-01T09:30:15Z'");
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (n) => {
    expect(() => odataLiteral(n)).toThrow(ValidationError);
  });

  it('refuses an invalid date', () => {
    expect(() => odataLiteral(new Date('nope'))).toThrow(ValidationError);
  });
});

describe('filterFor', () => {
  const p = filterFor(PeopleList);

  it('uses schema internal names and escaped literals', () => {
    expect(p.eq('upn', "o'brien@kent.police.uk").text).toBe("pplUpn eq 'o''brien@kent.police.uk'");
    expect(p.and(p.eq('force', 'Kent'), p.isNull('leaveDate')).text).toBe("(pplForce eq 'Kent') and (pplLeaveDate eq null)");
    expect(p.oneOf('department', ['CID', 'Response']).text).toBe("(pplDepartment eq 'CID') or (pplDepartment eq 'Response')");
    expect(p.startsWith('displayName', "D'A").text).toBe("startswith(Title,'D''A')");
    expect(p.contains('jobTitle', "x'y").text).toBe("substringof('x''y',pplJobTitle)");
    expect(p.ge('id', 5001).text).toBe('Id ge 5001');
    expect(p.lt('modified', new Date('2026-01-01T00:00:00Z')).text).toBe("Modified lt datetime'2026-01-01T00:00:00Z'");
  });

  it('filters users and lookups by id, booleans as 1/0', () => {
    const d = filterFor(Demo);
    expect(d.eq('owner', 12).text).toBe('demOwnerId eq 12');
    expect(d.eq('person', 3).text).toBe('demPersonId eq 3');
    expect(d.eq('done', true).text).toBe('demDone eq 1');
    expect(() => filterColumn(Demo, 'link')).toThrow('cannot be filtered');
    expect(() => filterColumn(Demo, 'nope')).toThrow('no field');
  });

  it('records the columns in order, for threshold checks', () => {
    const f = p.and(p.eq('department', 'CID'), p.eq('jobTitle', 'DC'));
    expect(f.columns).toEqual(['pplDepartment', 'pplJobTitle']);
    expect(isIndexedColumn(PeopleList, 'pplDepartment')).toBe(true);
    expect(isIndexedColumn(PeopleList, 'pplJobTitle')).toBe(false);
    expect(isIndexedColumn(PeopleList, 'Id')).toBe(true);
  });

  it('reaches SharePoint as exactly one literal through the real PnPjs URL encoding', async () => {
    const { sp, transport } = fakeSp(() => collection([]));
    const site = dataSite(sp, SITE);
    for (const value of hostile) {
      await listOf(site, PeopleList).items.filter(p.eq('upn', value).text)();
    }
    expect(transport.requests).toHaveLength(hostile.length);
    transport.requests.forEach((req, i) => {
      expect(req.path).toBe("/sites/m365/_api/web/getList('%2Fsites%2Fm365%2FLists%2FPeople')/items");
      const filter = req.query.$filter;
      const prefix = 'pplUpn eq ';
      expect(filter.indexOf(prefix)).toBe(0);
      expect(endOfStringLiteral(filter, prefix.length)).toBe(filter.length);
      expect(filter.slice(prefix.length + 1, -1).replace(/''/g, "'")).toBe(hostile[i]);
    });
  });
});
