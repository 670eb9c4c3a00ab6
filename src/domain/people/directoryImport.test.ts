import { readDirectoryExport, parseExportDate } from './directoryImport';

const HEADER = 'userPrincipalName,displayName,companyName,department,jobTitle,employeeType,manager,employeeHireDate,employeeLeaveDateTime,id';

describe('readDirectoryExport', () => {
  it('reads an Entra-style export with aliases, BOM and CRLF into normalised records', () => {
    const text =
      `\uFEFF${HEADER}\r\n` +
      'Jo.Bloggs@Kent.Police.UK,"Bloggs, Jo",kent,CID,Detective Constable,Police Officer,SGT.Smith@kent.police.uk,2019-09-02T00:00:00Z,,6f9619ff-8b86-d011-b42d-00c04fc964ff\r\n' +
      'a.n.other@essex.police.uk,A N Other,Essex,Contact management,Call handler,Police Staff,,02/03/2021,,\r\n';
    const r = readDirectoryExport(text);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.mapping).toMatchObject({ userPrincipalName: 'upn', companyName: 'force', employeeType: 'workerType', manager: 'managerUpn' });
    expect(r.records).toEqual([
      {
        line: 2,
        upn: 'jo.bloggs@kent.police.uk',
        displayName: 'Bloggs, Jo',
        force: 'Kent',
        department: 'CID',
        jobTitle: 'Detective Constable',
        grade: null,
        workerType: 'Officer',
        managerUpn: 'sgt.smith@kent.police.uk',
        startDate: '2019-09-02',
        leaveDate: null,
        entraObjectId: '6f9619ff-8b86-d011-b42d-00c04fc964ff'
      },
      expect.objectContaining({ line: 3, upn: 'a.n.other@essex.police.uk', force: 'Essex', workerType: 'Staff', startDate: '2021-03-02', managerUpn: null })
    ]);
  });

  it('reports every problem with its line and column, and then accepts nothing', () => {
    const text = [
      'upn,name,force,department,start date,leave date,favourite colour',
      'good@kent.police.uk,Good,Kent,CID,2020-01-01,,blue',
      'not-an-upn,Bad Upn,Kent,,,,',
      'x@kent.police.uk,,Kentt,,31/02/2020,,',
      'y@essex.police.uk,Y,Essex,,2022-01-01,2021-01-01,',
      'GOOD@kent.police.uk,Twice,Kent,,,,',
      'short@kent.police.uk,Short'
    ].join('\n');
    const r = readDirectoryExport(text);
    expect(r.ok).toBe(false);
    expect(r.unknownColumns).toEqual(['favourite colour']);
    expect(r.problems.map((p) => [p.line, p.column, p.key])).toEqual([
      [1, 'favourite colour', 'import.unknownColumn'],
      [3, 'upn', 'import.invalidUpn'],
      [4, 'displayName', 'import.required'],
      [4, 'force', 'import.unknownForce'],
      [4, 'startDate', 'import.invalidDate'],
      [5, 'leaveDate', 'import.leaveBeforeStart'],
      [6, 'upn', 'import.duplicateUpn'],
      [7, undefined, 'import.wrongFieldCount']
    ]);
    expect(r.problems[6].detail).toBe('Line 6, upn: good@kent.police.uk already appears on line 2');
  });

  it('skips ignored columns and uses a default force for single-force exports', () => {
    const r = readDirectoryExport('upn,display name,mobilePhone\nz@essex.police.uk,Z,07700 900000\n', {
      defaultForce: 'Essex',
      ignoreColumns: ['mobile phone']
    });
    expect(r.ok).toBe(true);
    expect(r.records[0]).toMatchObject({ upn: 'z@essex.police.uk', force: 'Essex' });
  });

  it('accepts extra forces for a national rollout', () => {
    expect(readDirectoryExport('upn,name,force\nq@met.police.uk,Q,Metropolitan\n').ok).toBe(false);
    expect(readDirectoryExport('upn,name,force\nq@met.police.uk,Q,metropolitan\n', { extraForces: ['Metropolitan'] }).records[0].force).toBe('Metropolitan');
  });

  it('refuses missing required columns, duplicate columns, empty files and CSV errors', () => {
    expect(readDirectoryExport('name,force\nA,Kent\n').problems.map((p) => p.key)).toEqual(['import.missingColumn']);
    expect(readDirectoryExport('upn,userPrincipalName,name,force\n').problems.map((p) => p.key)).toEqual(['import.duplicateColumn', 'import.noRows']);
    expect(readDirectoryExport('').problems.map((p) => p.key)).toEqual(['import.empty']);
    expect(readDirectoryExport('upn,name,force\n"a@kent.police.uk,A,Kent\n').problems[0]).toMatchObject({ line: 2, key: 'csv.unterminatedQuote' });
  });

  it('refuses over-long values, unknown types, bad manager and object ids, self-management', () => {
    const long = 'D'.repeat(256);
    const r = readDirectoryExport(`upn,name,force,department,employeeType,manager,objectId\na@kent.police.uk,A,Kent,${long},Wizard,a@kent.police.uk,nope\n`);
    expect(r.problems.map((p) => p.key)).toEqual(['import.tooLong', 'import.unknownWorkerType', 'import.selfManager', 'import.invalidObjectId']);
    expect(r.records).toEqual([]);
  });
});

describe('parseExportDate', () => {
  it.each<[string, string | null]>([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2021-03-01T00:00:00Z', '2021-03-01'],
    ['2021-03-01T23:30:00+01:00', '2021-03-01'],
    ['1/3/2021', '2021-03-01'],
    ['31/12/2020', '2020-12-31'],
    ['12/31/2020', null],
    ['March 1 2021', null]
  ])('%s → %s', (text, expected) => {
    expect(parseExportDate(text)).toBe(expected);
  });
});
