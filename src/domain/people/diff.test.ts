import { diffDirectory, summariseDiff } from './diff';
import { DirectoryRecord, DirectoryColumn } from './directoryImport';
import { Person } from '../../lists/people';

const ALL: DirectoryColumn[] = ['upn', 'displayName', 'force', 'department', 'jobTitle', 'grade', 'workerType', 'managerUpn', 'startDate', 'leaveDate', 'entraObjectId'];

let nextId = 1;
function person(upn: string, over: Partial<Person> = {}): Person {
  const id = nextId++;
  return {
    id,
    etag: `"${id}"`,
    created: new Date('2025-01-01T00:00:00Z'),
    modified: new Date('2025-01-01T00:00:00Z'),
    author: null,
    editor: null,
    moderationStatus: null,
    displayName: upn.split('@')[0],
    upn,
    force: 'Kent',
    department: 'Response',
    jobTitle: 'PC',
    grade: null,
    workerType: 'Officer',
    managerUpn: null,
    startDate: null,
    leaveDate: null,
    entraObjectId: null,
    clientId: null,
    ...over
  };
}

function record(upn: string, over: Partial<DirectoryRecord> = {}): DirectoryRecord {
  return {
    line: 2,
    upn,
    displayName: upn.split('@')[0],
    force: 'Kent',
    department: 'Response',
    jobTitle: 'PC',
    grade: null,
    workerType: 'Officer',
    managerUpn: null,
    startDate: null,
    leaveDate: null,
    entraObjectId: null,
    ...over
  };
}

const today = '2026-11-23';

describe('diffDirectory', () => {
  it('sorts people into joiners, movers, leavers, rejoiners, updated and unchanged', () => {
    const current = [
      person('same@kent'),
      person('mover@kent'),
      person('manager@kent'),
      person('renamed@kent'),
      person('gone@kent'),
      person('left-in-file@kent'),
      person('back@kent', { leaveDate: '2025-06-30' }),
      person('long-gone@kent', { leaveDate: '2024-01-01' }),
      person('essex@essex', { force: 'Essex' })
    ];
    const incoming = [
      record('same@kent'),
      record('mover@kent', { department: 'CID', jobTitle: 'DC' }),
      record('manager@kent', { managerUpn: 'boss@kent' }),
      record('renamed@kent', { displayName: 'New Name', grade: 'Sergeant' }),
      record('left-in-file@kent', { leaveDate: '2026-10-31' }),
      record('back@kent'),
      record('new@kent', { department: 'CID', startDate: '2026-11-01' })
    ];
    const d = diffDirectory(current, incoming, { today, columns: ALL });
    expect(d.joiners).toEqual([{ displayName: 'new', upn: 'new@kent', force: 'Kent', department: 'CID', jobTitle: 'PC', workerType: 'Officer', startDate: '2026-11-01' }]);
    expect(d.movers.map((m) => [m.upn, m.patch])).toEqual([
      ['mover@kent', { department: 'CID', jobTitle: 'DC' }],
      ['manager@kent', { managerUpn: 'boss@kent' }]
    ]);
    expect(d.movers[0].changes).toEqual([
      { field: 'department', from: 'Response', to: 'CID' },
      { field: 'jobTitle', from: 'PC', to: 'DC' }
    ]);
    expect(d.updated.map((m) => [m.upn, m.patch])).toEqual([['renamed@kent', { displayName: 'New Name', grade: 'Sergeant' }]]);
    expect(d.rejoiners.map((m) => [m.upn, m.patch])).toEqual([['back@kent', { leaveDate: null }]]);
    // Essex is out of scope (not in the file): its people are untouched. A past leaver stays as is.
    expect(d.leavers.map((m) => [m.upn, m.patch])).toEqual([
      ['left-in-file@kent', { leaveDate: '2026-10-31' }],
      ['gone@kent', { leaveDate: today }]
    ]);
    expect(d.leavers[1]).toMatchObject({ id: current[4].id, etag: current[4].etag });
    expect(d.unchanged).toBe(1);
    expect(d.scope).toEqual(['Kent']);
    expect(summariseDiff(d)).toEqual({ joiners: 1, movers: 2, leavers: 2, rejoiners: 1, updated: 1, unchanged: 1 });
  });

  it('never clears a column the export did not carry', () => {
    const d = diffDirectory([person('a@kent', { entraObjectId: 'abc', grade: 'Sergeant' })], [record('a@kent')], {
      today,
      columns: ['upn', 'displayName', 'force', 'department', 'jobTitle', 'workerType', 'managerUpn']
    });
    expect(d.unchanged).toBe(1);
  });

  it('treats a partial export (empty scope) as making nobody a leaver', () => {
    const d = diffDirectory([person('a@kent'), person('b@kent')], [record('a@kent')], { today, columns: ALL, scopeForces: [] });
    expect(d.leavers).toEqual([]);
  });

  it('matches UPNs case-insensitively and reports duplicates in the list, using the oldest', () => {
    const older = person('Dup@Kent', { displayName: 'dup' });
    const newer = person('dup@kent', { department: 'CID' });
    const d = diffDirectory([newer, older], [record('dup@kent')], { today, columns: ALL });
    expect(d.duplicateUpns).toEqual(['dup@kent']);
    expect(d.unchanged).toBe(1);
  });
});
