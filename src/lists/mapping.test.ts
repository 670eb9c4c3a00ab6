import { Demo } from './testing/demoList';
import { fromWire, toWire, selectFor, isoDateInZone, isIsoDate, WireShapeError, internalNameOf } from './mapping';
import { PeopleList } from './people';

const wireDemo = {
  'odata.type': 'SP.Data.DemoListItem',
  'odata.etag': '"3"',
  Id: 7,
  Created: '2025-06-01T08:00:00Z',
  Modified: '2025-06-02T09:30:00Z',
  Author: { 'odata.type': 'SP.Data.UserInfoItem', Id: 13, Title: 'Alex Example', EMail: 'alex@kent.police.uk' },
  Editor: { Id: 14, Title: 'Sam Example', EMail: 'sam@essex.police.uk' },
  OData__ModerationStatus: 2,
  OData__ModerationComments: 'Please add the steps',
  Title: 'Widget',
  demCode: "O'Brien",
  demNotes: null,
  demQty: 3.0,
  demCost: 12.5,
  // A date-only value set in the SharePoint UI during BST: local midnight, stored as 23:00Z the day before.
  demDue: '2025-06-30T23:00:00Z',
  demAt: '2025-07-01T10:15:00Z',
  demDone: true,
  demStatus: 'Done',
  demOpen: 'Anything',
  demTags: ['x', 'y'],
  demOwner: { Id: 21, Title: 'Owner Person', EMail: 'owner@kent.police.uk' },
  demPerson: { Id: 5, Title: 'A Person' },
  demLink: { Url: 'https://example.org/', Description: 'Example' },
  demClientId: 'c-1'
};

describe('selectFor', () => {
  it('selects system columns, expands users and lookups, and the client id', () => {
    const s = selectFor(Demo);
    expect(s.select).toEqual([
      'Id', 'Created', 'Modified',
      'Author/Id', 'Author/Title', 'Author/EMail', 'Editor/Id', 'Editor/Title', 'Editor/EMail',
      'OData__ModerationStatus', 'OData__ModerationComments',
      'Title', 'demCode', 'demNotes', 'demQty', 'demCost', 'demDue', 'demAt', 'demDone', 'demStatus', 'demOpen', 'demTags',
      'demOwner/Id', 'demOwner/Title', 'demOwner/EMail', 'demPerson/Id', 'demPerson/Title', 'demLink', 'demClientId'
    ]);
    expect(s.expand).toEqual(['Author', 'Editor', 'demOwner', 'demPerson']);
  });

  it('can narrow to some keys but always keeps the client id', () => {
    expect(selectFor(PeopleList, ['upn']).select.slice(9)).toEqual(['pplUpn', 'pplClientId']);
  });
});

describe('fromWire', () => {
  it('reads every kind into the domain shape', () => {
    const item = fromWire(Demo, wireDemo);
    expect(item).toEqual({
      id: 7,
      etag: '"3"',
      created: new Date('2025-06-01T08:00:00Z'),
      modified: new Date('2025-06-02T09:30:00Z'),
      author: { id: 13, title: 'Alex Example', email: 'alex@kent.police.uk' },
      editor: { id: 14, title: 'Sam Example', email: 'sam@essex.police.uk' },
      moderationStatus: 'pending',
      moderationComments: 'Please add the steps',
      name: 'Widget',
      code: "O'Brien",
      notes: null,
      qty: 3,
      cost: 12.5,
      due: '2025-07-01',
      at: new Date('2025-07-01T10:15:00Z'),
      done: true,
      status: 'Done',
      open: 'Anything',
      tags: ['x', 'y'],
      owner: { id: 21, title: 'Owner Person', email: 'owner@kent.police.uk' },
      person: { id: 5, title: 'A Person' },
      link: { url: 'https://example.org/', description: 'Example' },
      clientId: 'c-1'
    });
  });

  it('accepts unexpanded ids, verbose multi-choice and empty values', () => {
    const item = fromWire(Demo, {
      ...wireDemo,
      demOwner: undefined,
      demOwnerId: 21,
      demPerson: null,
      demTags: { results: ['y'] },
      demDone: null,
      demLink: null,
      OData__ModerationStatus: undefined,
      OData__ModerationComments: ''
    });
    expect(item.owner).toEqual({ id: 21, title: '', email: '' });
    expect(item.person).toBeNull();
    expect(item.tags).toEqual(['y']);
    expect(item.done).toBe(false);
    expect(item.link).toBeNull();
    expect(item.moderationStatus).toBeNull();
    expect(item.moderationComments).toBeNull();
  });

  it('reads approver comments only on lists with content approval', () => {
    expect(selectFor(PeopleList).select).not.toContain('OData__ModerationComments');
    const person = fromWire(PeopleList, { Id: 1, Created: wireDemo.Created, Modified: wireDemo.Modified, Title: 'P', pplUpn: 'p@x', OData__ModerationComments: 'ignored' });
    expect(person).not.toHaveProperty('moderationComments');
  });

  it.each([
    ['demQty', 'three'],
    ['demCode', 5],
    ['demDue', 'not a date'],
    ['demTags', 'x'],
    ['demOwner', { Title: 'no id' }]
  ])('names the column when %s has the wrong shape', (column, value) => {
    expect(() => fromWire(Demo, { ...wireDemo, [column]: value })).toThrow(WireShapeError);
    expect(() => fromWire(Demo, { ...wireDemo, [column]: value })).toThrow(column);
  });

  it('refuses a row without an id', () => {
    expect(() => fromWire(Demo, { ...wireDemo, Id: undefined })).toThrow('Id');
  });
});

describe('toWire', () => {
  it('writes only the given keys, references as <Name>Id and dates as noon UTC', () => {
    expect(
      toWire(Demo, {
        name: 'n',
        code: "O'Brien",
        at: new Date('2025-07-01T10:15:00Z'),
        status: 'New',
        due: '2025-06-01',
        owner: { id: 21 },
        person: null,
        tags: ['x'],
        link: { url: 'https://example.org/', description: 'd' },
        done: false
      })
    ).toEqual({
      Title: 'n',
      demCode: "O'Brien",
      demAt: '2025-07-01T10:15:00.000Z',
      demStatus: 'New',
      demDue: '2025-06-01T12:00:00Z',
      demOwnerId: 21,
      demPersonId: null,
      demTags: ['x'],
      demLink: { Url: 'https://example.org/', Description: 'd' },
      demDone: false
    });
    expect(toWire(Demo, { qty: null, notes: undefined })).toEqual({ demQty: null });
  });

  it('refuses values that do not fit the column', () => {
    expect(() => toWire(Demo, { qty: Infinity })).toThrow('demQty');
    expect(() => toWire(Demo, { due: '2025-02-30' })).toThrow('YYYY-MM-DD');
    expect(() => toWire(Demo, { at: new Date(NaN) })).toThrow('valid Date');
  });

  it('round-trips a date-only value through noon UTC in the UK time zone', () => {
    const body = toWire(PeopleList, { startDate: '2025-03-30' });
    expect(fromWire(PeopleList, { ...wireDemo, pplStartDate: body.pplStartDate }).startDate).toBe('2025-03-30');
  });
});

describe('date helpers', () => {
  it.each([
    ['2025-06-30T23:00:00Z', 'Europe/London', '2025-07-01'],
    ['2025-01-15T00:00:00Z', 'Europe/London', '2025-01-15'],
    ['2025-06-01T12:00:00Z', 'Europe/London', '2025-06-01'],
    ['2025-06-01T12:00:00Z', 'Pacific/Honolulu', '2025-06-01']
  ])('isoDateInZone(%s, %s) is %s', (iso, zone, expected) => {
    expect(isoDateInZone(new Date(iso), zone)).toBe(expected);
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('finds internal names by key', () => {
    expect(internalNameOf(PeopleList, 'managerUpn')).toBe('pplManagerUpn');
  });
});
