import { fakeSp, SITE } from './testing/fakeServer';
import { FakeList, listHandler } from './testing/fakeList';
import { dataSite } from './sp';
import { PeopleRepository } from './PeopleRepository';
import { ValidationError } from './errors';

function setup(threshold = 50): { list: FakeList; repo: PeopleRepository; requests: () => number } {
  const list = new FakeList({ threshold, indexed: ['pplUpn', 'pplForce', 'pplDepartment', 'pplManagerUpn', 'pplClientId'] });
  const { sp, transport } = fakeSp(listHandler(list));
  return { list, repo: new PeopleRepository(dataSite(sp, SITE), { pageSize: 50 }), requests: () => transport.requests.length };
}

function seed(list: FakeList, count: number): void {
  for (let i = 0; i < count; i++) {
    list.add({
      Title: `Person ${i}`,
      pplUpn: `p${i}@kent.police.uk`,
      pplForce: 'Kent',
      pplDepartment: i % 2 === 0 ? 'Response' : 'CID',
      pplManagerUpn: 'boss@kent.police.uk',
      pplLeaveDate: null
    });
  }
}

const today = '2026-11-23';

describe('PeopleRepository reads', () => {
  it('reads everyone past the threshold and finds by UPN, department and manager', async () => {
    const { list, repo } = setup();
    seed(list, 120);
    expect(await repo.readAll()).toHaveLength(120);
    expect(await repo.findByUpn(' P7@Kent.Police.UK ')).toMatchObject({ upn: 'p7@kent.police.uk', id: 8 });
    expect(await repo.findByUpn('nobody@kent.police.uk')).toBeNull();
    // 60 in CID is over this fake's threshold of 50: the read falls back to Id windows.
    let cid = 0;
    for await (const page of repo.inDepartment('Kent', 'CID')) cid += page.length;
    expect(cid).toBe(60);
  });
});

describe('PeopleRepository import', () => {
  const csv = [
    'userPrincipalName,displayName,companyName,department,manager',
    'p0@kent.police.uk,Person 0,Kent,Response,boss@kent.police.uk',
    'p1@kent.police.uk,Person 1,Kent,Response,boss@kent.police.uk',
    'new1@kent.police.uk,New One,Kent,CID,boss@kent.police.uk',
    'new2@kent.police.uk,"Two, New",Kent,CID,'
  ].join('\r\n');

  it('plans and applies: joiners created, movers updated, absent people given a leave date', async () => {
    const { list, repo } = setup();
    seed(list, 3);
    const plan = await repo.planImport(csv, { today });
    expect(plan.report.ok).toBe(true);
    expect(plan.diff?.joiners.map((j) => j.upn)).toEqual(['new1@kent.police.uk', 'new2@kent.police.uk']);
    expect(plan.diff?.movers.map((m) => m.upn)).toEqual(['p1@kent.police.uk']);
    expect(plan.diff?.leavers.map((m) => m.upn)).toEqual(['p2@kent.police.uk']);
    const result = await repo.applyPlan(plan);
    expect(result).toEqual({ created: 2, updated: 2, failures: [] });
    expect(list.rows).toHaveLength(5);
    expect(list.rows[1].pplDepartment).toBe('Response');
    expect(list.rows[2].pplLeaveDate).toBe('2026-11-23T12:00:00Z');
    expect(list.rows[4]).toMatchObject({ Title: 'Two, New', pplUpn: 'new2@kent.police.uk', pplForce: 'Kent' });
    // Planning again finds nothing left to do.
    const again = await repo.planImport(csv, { today });
    expect(again.diff?.joiners).toEqual([]);
    expect(again.diff?.unchanged).toBe(4);
  });

  it('changes nothing when the export has any error', async () => {
    const { list, repo, requests } = setup();
    seed(list, 2);
    const plan = await repo.planImport(`${csv}\r\nbroken,,Kent,,`, { today });
    expect(plan.report.ok).toBe(false);
    expect(plan.diff).toBeNull();
    expect(requests()).toBe(0);
    await expect(repo.applyPlan(plan)).rejects.toBeInstanceOf(ValidationError);
    expect(list.rows).toHaveLength(2);
  });

  it('lists people whose update met someone else\'s edit, and applies the rest', async () => {
    const { list, repo } = setup();
    seed(list, 3);
    const plan = await repo.planImport(csv, { today });
    list.rows[1]['odata.etag'] = '"9"';
    const result = await repo.applyPlan(plan);
    expect(result.created).toBe(2);
    expect(result.updated).toBe(1);
    expect(result.failures.map((f) => [f.upn, f.error.key])).toEqual([['p1@kent.police.uk', 'errors.conflict']]);
  });
});
