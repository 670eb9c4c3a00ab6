/**
 * The champions directory and the once-only question and report against the emulator with the suite's
 * real set-up: the champions are whoever SharePoint's champions group holds, placed by the People list;
 * a group whose membership is hidden, or missing, is said so; a retried question or report is one item.
 */
import '@pnp/sp/site-groups/web';
import { PeopleList } from '../lists/people';
import { emulatorSite, type RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator, type ISuitePerson } from './testing/suiteEmulator';
import { championsGroupTitle, memberUpn, readChampionsDirectory, type IChampion } from './championsDirectory';
import { askOnce, reportPoorOutputOnce } from './catalogueRequests';
import { CatalogueRepository } from './CatalogueRepository';
import { createItems } from './writes';
import type { DataSite } from './sp';
import type { Transport } from './sendStage';

const OWNER = 'essex.owner@policing.example';
const PC = 'essex.pc@policing.example';
const ESSEX_CHAMPION = 'essex.champion@policing.example';
const KENT_CHAMPION = 'kent.champion@policing.example';
const NEW_CHAMPION = 'joint.champion@policing.example';
const LEFT_CHAMPION = 'kent.leaver@policing.example';
const TODAY = '2026-11-23';
/** Enough champions that the People list is read in more than one query (twenty UPNs each). */
const BULK = Array.from({ length: 23 }, (_x, i) => `kent.bulk${String(i).padStart(2, '0')}@policing.example`);

let emu: RunningEmulatorLike;

const site = (upn: string, transport?: Transport): DataSite => emulatorSite(emu, upn, transport !== undefined ? { transport } : {});

beforeAll(async () => {
  const people: ISuitePerson[] = [
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] },
    { upn: ESSEX_CHAMPION, title: 'Aisha Rahman', groups: ['workforce', 'champions'] },
    { upn: KENT_CHAMPION, title: 'Liam Foster', groups: ['workforce', 'champions'] },
    { upn: NEW_CHAMPION, title: 'Sam Patel', groups: ['workforce', 'champions'] },
    { upn: LEFT_CHAMPION, title: 'Gone Away', groups: ['workforce', 'champions'] },
    ...BULK.map((upn, i) => ({ upn, title: `Bulk Champion ${i}`, groups: ['workforce', 'champions'] as const }))
  ];
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, people);
  const owner = site(OWNER);
  // SharePoint makes whoever creates a group its first member: the owner who ran set-up leaves the
  // champions group, as a site owner who is no champion must (otherwise they are listed, and approve).
  await owner.sp.web.siteGroups.getByName(championsGroupTitle()).users.removeByLoginName(`i:0#.f|membership|${OWNER}`);
  await createItems(owner, PeopleList, [
    { displayName: 'Daniel Okafor', upn: PC, force: 'Essex', department: 'Response', jobTitle: 'Police constable' },
    { displayName: 'Aisha Rahman', upn: ESSEX_CHAMPION, force: 'Essex', department: 'Criminal justice and custody', jobTitle: 'Case officer' },
    { displayName: 'Liam Foster', upn: KENT_CHAMPION, force: 'Kent', department: 'CID / local investigation', jobTitle: 'Detective constable' },
    { displayName: 'Gone Away', upn: LEFT_CHAMPION, force: 'Kent', department: 'Response', jobTitle: 'Sergeant', leaveDate: '2026-10-31' },
    ...BULK.map((upn, i) => ({ displayName: `Bulk Champion ${i}`, upn, force: 'Kent', department: i % 2 === 0 ? 'Response' : 'Contact management', jobTitle: 'Constable' }))
  ]);
}, 60000);

afterAll(async () => {
  await emu.close();
});

describe('the champions directory', () => {
  it('lists the champions group\u2019s members with their force, department and job title, leavers left out', async () => {
    const directory = await readChampionsDirectory(site(PC), { today: TODAY });
    expect(directory.status).toBe('ok');
    if (directory.status !== 'ok') return;
    expect(directory.groupTitle).toBe('M365 Suite Champions');
    expect(directory.nestedGroups).toBe(0);
    const byUpn = new Map<string, IChampion>(directory.champions.map((c) => [c.upn, c]));
    expect(byUpn.get(ESSEX_CHAMPION)).toEqual({
      upn: ESSEX_CHAMPION,
      displayName: 'Aisha Rahman',
      email: ESSEX_CHAMPION,
      force: 'Essex',
      department: 'Criminal justice and custody',
      jobTitle: 'Case officer',
      inPeopleList: true
    });
    expect(byUpn.get(KENT_CHAMPION)).toMatchObject({ force: 'Kent', department: 'CID / local investigation', jobTitle: 'Detective constable' });
    // In the group, not in the People list: kept, without a force.
    expect(byUpn.get(NEW_CHAMPION)).toMatchObject({ displayName: 'Sam Patel', force: '', department: '', inPeopleList: false });
    // A leaver is no one to contact; a colleague who is not a champion is not listed.
    expect(byUpn.has(LEFT_CHAMPION)).toBe(false);
    expect(byUpn.has(PC)).toBe(false);
    // All 23 bulk champions were found in the People list (two queries of at most twenty UPNs).
    expect(BULK.every((upn) => byUpn.get(upn)?.force === 'Kent')).toBe(true);
    expect(directory.champions).toHaveLength(3 + BULK.length);
  });

  it('says the membership is hidden when SharePoint refuses it, and missing when there is no such group', async () => {
    const owner = site(OWNER);
    await owner.sp.web.siteGroups.getByName(championsGroupTitle()).update({ OnlyAllowMembersViewMembership: true });
    try {
      expect(await readChampionsDirectory(site(PC), { today: TODAY })).toEqual({ status: 'hidden', groupTitle: 'M365 Suite Champions' });
      // Its members still see it.
      expect((await readChampionsDirectory(site(KENT_CHAMPION), { today: TODAY })).status).toBe('ok');
    } finally {
      await owner.sp.web.siteGroups.getByName(championsGroupTitle()).update({ OnlyAllowMembersViewMembership: false });
    }
    expect(await readChampionsDirectory(site(PC), { today: TODAY, groupPrefix: 'Other Suite' })).toEqual({ status: 'missing', groupTitle: 'Other Suite Champions' });
  });

  it('reads a member\u2019s sign-in name from its UPN, else its claims login, else its e-mail', () => {
    expect(memberUpn({ UserPrincipalName: 'A.B@X.example', LoginName: 'i:0#.f|membership|c@x.example', Email: 'd@x.example' })).toBe('a.b@x.example');
    expect(memberUpn({ UserPrincipalName: null, LoginName: 'i:0#.f|membership|C@x.example', Email: 'd@x.example' })).toBe('c@x.example');
    expect(memberUpn({ LoginName: 'c:0t.c|tenant|1234', Email: 'D@x.example' })).toBe('d@x.example');
  });
});

describe('once-only questions and reports', () => {
  /** A site recording the methods and paths it sends. */
  function recording(upn: string): { site: DataSite; sent: string[] } {
    const sent: string[] = [];
    const transport: Transport = (url, init) => {
      const method = new Headers(init.headers).get('X-HTTP-Method') ?? init.method ?? 'GET';
      sent.push(`${method.toUpperCase()} ${decodeURIComponent(new URL(url).pathname)}`);
      return fetch(url, init);
    };
    return { site: site(upn, transport), sent };
  }

  it('makes one question however often the same one is retried', async () => {
    const asker = { upn: PC, force: 'Essex', department: 'Response' };
    const first = await askOnce(site(PC), 'Can Copilot draft my witness statement?', asker, { clientId: 'ask-1', mayExist: false });
    const { site: recorded, sent } = recording(PC);
    const again = await askOnce(recorded, 'Can Copilot draft my witness statement?', asker, { clientId: 'ask-1', mayExist: true });
    expect(again).toMatchObject({ id: first.id, status: 'open', force: 'Essex', department: 'Response' });
    expect(sent.filter((s) => s.startsWith('POST') && s.endsWith('/items'))).toEqual([]);
    // A retry whose first attempt never arrived creates it, under the same client id.
    const late = await askOnce(site(PC), 'Is Copilot allowed on my force phone?', asker, { clientId: 'ask-2', mayExist: true });
    expect(late.id).not.toBe(first.id);
    expect((await new CatalogueRepository(site(PC)).questions()).map((q) => q.id).sort()).toEqual([first.id, late.id].sort());
  });

  it('makes one report however often the same one is retried', async () => {
    const input = {
      entry: { id: 41, title: 'Summarise a published inspection report' },
      category: 'madeUp' as const,
      details: 'It quoted a recommendation the report does not make.',
      product: 'Copilot in Word',
      reporter: { upn: PC, force: 'Essex', department: 'Response' }
    };
    const first = await reportPoorOutputOnce(site(PC), input, { clientId: 'report-1', mayExist: false });
    const again = await reportPoorOutputOnce(site(PC), input, { clientId: 'report-1', mayExist: true });
    expect(again).toMatchObject({ id: first.id, entryId: 41, category: 'madeUp', product: 'Copilot in Word', status: 'new' });
    expect((await new CatalogueRepository(site(PC)).poorOutputReports()).map((r) => r.id)).toEqual([first.id]);
  });
});
