import { parseSegments, splitApiPath, argBoolean, argNumber, argString } from './path';

describe('REST path parsing', () => {
  const q = (s: string): URLSearchParams => new URLSearchParams(s);

  it('splits the web path from the _api part, case-insensitively', () => {
    expect(splitApiPath('/sites/dev/_API/web/lists')).toEqual({ webPath: '/sites/dev', rest: 'web/lists' });
    expect(splitApiPath('/_api/web')).toEqual({ webPath: '', rest: 'web' });
    expect(splitApiPath('/sites/dev/page.aspx')).toBeUndefined();
  });

  it('decodes doubled quotes and %20 in getByTitle', () => {
    const [, seg] = parseSegments("web/getByTitle('Bob''s%20List')", q(''));
    expect(seg.name).toBe('getbytitle');
    expect(argString(seg, 0)).toBe("Bob's List");
  });

  it('accepts an undoubled apostrophe (siteGroups.getByName does not double quotes)', () => {
    const segs = parseSegments("web/siteGroups/getByName('Bob's%20group')/users", q(''));
    expect(segs.map((s) => s.name)).toEqual(['web', 'sitegroups', 'getbyname', 'users']);
    expect(argString(segs[2], 0)).toBe("Bob's group");
    expect(argString(parseSegments("getByTitle('it''s')", q(''))[0], 0)).toBe("it's");
  });

  it('keeps encoded and raw slashes inside getList arguments', () => {
    expect(argString(parseSegments("getList('%2Fsites%2Fdev%2FLists%2FMy%20Tasks')", q(''))[0], 0)).toBe('/sites/dev/Lists/My Tasks');
    const segs = parseSegments("GetList('/sites/dev/Lists/x')/items", q(''));
    expect(segs.map((s) => s.name)).toEqual(['getlist', 'items']);
    expect(argString(segs[0], 0)).toBe('/sites/dev/Lists/x');
  });

  it('resolves @aliases from the query (the alias name arrives as %40v)', () => {
    const query = q('%40v=%27i%3A0%23.f%7Cmembership%7Cjane%40contoso.com%27');
    expect(argString(parseSegments('siteUsers(@v)', query)[0], 0)).toBe('i:0#.f|membership|jane@contoso.com');
  });

  it('reads named arguments with spaces, quoted or not, and guid literals', () => {
    const seg = parseSegments('breakroleinheritance(copyroleassignments=false,%20clearsubscopes=true)', q(''))[0];
    expect([argBoolean(seg, 0, 'copyroleassignments', true), argBoolean(seg, 1, 'clearsubscopes', false)]).toEqual([false, true]);
    const cli = parseSegments("addroleassignment(principalid='12',roledefid='1073741827')", q(''))[0];
    expect([argNumber(cli, 0, 'principalid'), argNumber(cli, 1, 'roledefid')]).toEqual([12, 1073741827]);
    expect(argString(parseSegments("lists(guid'6f6c6388-3b31-45f6-b1d4-b77cddb6202b')", q(''))[0], 0)).toBe('6f6c6388-3b31-45f6-b1d4-b77cddb6202b');
  });
});
