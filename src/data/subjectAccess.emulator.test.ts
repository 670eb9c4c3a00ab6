/**
 * Subject access and removal against the emulator with the real set-up: a site owner exports everything
 * the suite holds on one person (versions included) and removes what the retention rules allow; someone
 * without the rights gets an export marked incomplete and deletes nothing (SharePoint refuses).
 */
import { emulatorSite, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { PeopleList } from '../lists/people';
import { TrainingCompletionsList } from '../lists/training';
import { SurveyResponsesList } from '../lists/survey';
import { ChampionQuestionsList, HelpfulVotesList } from '../lists/catalogue';
import { RisksList } from '../lists/risks';
import { createItem, updateItem } from './writes';
import { listOf } from './sp';
import { ForbiddenError } from './errors';
import { exportSubjectData, removeSubjectData, type ISubjectAccessExport } from './subjectAccess';

const OWNER = 'olivia.owner@essex.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const DAN = 'dan.okafor@essex.police.uk';
const LEO = 'leo.marsh@kent.police.uk';
const LEAD = 'emma.clarke@essex.police.uk';
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;
const site = (upn: string): ReturnType<typeof emulatorSite> => emulatorSite(emu, upn);

async function contributions(upn: string, force: 'Essex' | 'Kent'): Promise<void> {
  await createItem(site(upn), TrainingCompletionsList, { title: 'Acceptable use', moduleKey: 'acceptable-use', upn, completedOn: '2026-10-05' });
  const response = await createItem(site(upn), SurveyResponsesList, { title: 'copilot baseline', surveyKey: 'copilot-2026', waveId: 'baseline', upn, status: 'draft', answers: '{"frequency":"never"}' });
  await updateItem(site(upn), SurveyResponsesList, { id: response.id, etag: response.etag, patch: { status: 'submitted', answers: '{"frequency":"weekly"}' } });
  await createItem(site(upn), HelpfulVotesList, { title: 'Entry 1', entryId: 1, upn, helpful: true });
  await createItem(site(upn), ChampionQuestionsList, { title: 'Can Copilot read my case files?', question: 'Can Copilot read my case files?', askerUpn: upn, force, status: 'open' });
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: CHLOE, title: 'Chloe Barnes', groups: ['workforce'] },
    { upn: DAN, title: 'Dan Okafor', groups: ['workforce'] },
    { upn: LEO, title: 'Leo Marsh', groups: ['workforce'] },
    { upn: LEAD, title: 'Emma Clarke', groups: ['workforce', 'trainingLeads'] }
  ]);
  await createItem(site(OWNER), PeopleList, { displayName: 'Chloe Barnes', upn: CHLOE, force: 'Essex' });
  await createItem(site(OWNER), PeopleList, { displayName: 'Dan Okafor', upn: DAN, force: 'Essex' });
  await createItem(site(OWNER), PeopleList, { displayName: 'Leo Marsh', upn: LEO, force: 'Kent', leaveDate: '2019-03-31' });
  await contributions(CHLOE, 'Essex');
  await contributions(DAN, 'Essex');
  await contributions(LEO, 'Kent');
  await createItem(site(OWNER), RisksList, {
    title: 'Oversharing through Copilot',
    reference: 'R-001',
    kind: 'threat',
    category: 'copilotGovernance',
    force: 'Essex',
    ownerUpn: CHLOE,
    status: 'open',
    escalation: 'none'
  });
});

afterAll(async () => {
  await emu.close();
});

const counts = (data: ISubjectAccessExport): Record<string, number> =>
  Object.fromEntries(data.sources.filter((s) => s.items.length > 0).map((s) => [s.listKey, s.items.length]));

describe('subject access', () => {
  it('exports everything held on one person, with versions, and nobody else\u2019s', async () => {
    const data = await exportSubjectData(site(OWNER), ' Chloe.Barnes@essex.police.uk ', { today: TODAY });
    expect(data.upn).toBe(CHLOE);
    expect(counts(data)).toEqual({ people: 1, trainingCompletions: 1, surveyResponses: 1, catalogueVotes: 1, championQuestions: 1, risks: 1 });
    expect(data.sources.every((s) => s.complete && s.canRemove && s.problem === undefined)).toBe(true);
    expect(JSON.stringify(data)).not.toContain(DAN);
    const response = data.sources.find((s) => s.listKey === 'surveyResponses')?.items[0];
    expect(response?.values).toMatchObject({ upn: CHLOE, status: 'submitted', answers: '{"frequency":"weekly"}' });
    // The draft that came before is in the export too: its version.
    expect(response?.versions.map((v) => [v.label, v.values.svrStatus, v.values.svrAnswers])).toEqual([
      ['1.0', 'draft', '{"frequency":"never"}'],
      ['2.0', 'submitted', '{"frequency":"weekly"}']
    ]);
    expect(response?.versions[0].by).toBe('Chloe Barnes');
    // Still in the workforce: training records and the People row are kept; her own contributions may go.
    const decisions = Object.fromEntries(data.sources.map((s) => [s.listKey, s.decision]));
    expect(decisions).toMatchObject({
      people: { remove: false, reason: 'inWorkforce' },
      trainingCompletions: { remove: false, reason: 'inWorkforce' },
      surveyResponses: { remove: true },
      catalogueVotes: { remove: true },
      championQuestions: { remove: true },
      risks: { remove: false, reason: 'organisational' }
    });
  });

  it('marks an export incomplete where SharePoint hides items from the reader', async () => {
    const data = await exportSubjectData(site(LEAD), CHLOE, { today: TODAY });
    const responses = data.sources.find((s) => s.listKey === 'surveyResponses');
    expect(responses).toMatchObject({ complete: false, canRemove: false, items: [] });
    expect(data.sources.find((s) => s.listKey === 'trainingCompletions')).toMatchObject({ complete: true, canRemove: false });
  });

  it('lets nobody without Delete remove anything: SharePoint refuses, and each refusal is reported', async () => {
    const data = await exportSubjectData(site(OWNER), LEO, { today: TODAY });
    const outcomes = await removeSubjectData(site(LEAD), data);
    expect(outcomes.every((o) => o.removed === 0 && o.failed.every((f) => f.error instanceof ForbiddenError))).toBe(true);
    expect(counts(await exportSubjectData(site(OWNER), LEO, { today: TODAY }))).toEqual(counts(data));
    // The app asks SharePoint first; asked directly, SharePoint refuses the delete itself.
    const completion = data.sources.find((s) => s.listKey === 'trainingCompletions')?.items[0].id as number;
    await expect(listOf(site(LEAD), TrainingCompletionsList).items.getById(completion).delete()).rejects.toMatchObject({ status: 403 });
    await expect(listOf(site(LEO), TrainingCompletionsList).items.getById(completion).delete()).rejects.toMatchObject({ status: 403 });
  });

  it('removes what the retention rules allow, versions with the items, and keeps the rest', async () => {
    const data = await exportSubjectData(site(OWNER), CHLOE, { today: TODAY });
    const responseId = data.sources.find((s) => s.listKey === 'surveyResponses')?.items[0].id as number;
    const outcomes = await removeSubjectData(site(OWNER), data);
    expect(outcomes.map((o) => [o.listKey, o.removed, o.failed.length])).toEqual([
      ['surveyResponses', 1, 0],
      ['catalogueVotes', 1, 0],
      ['championQuestions', 1, 0]
    ]);
    expect(counts(await exportSubjectData(site(OWNER), CHLOE, { today: TODAY }))).toEqual({ people: 1, trainingCompletions: 1, risks: 1 });
    await expect(listOf(site(OWNER), SurveyResponsesList).items.getById(responseId).versions()).rejects.toMatchObject({ status: 404 });
    // Dan's records are untouched; running the removal again finds nothing left to do.
    expect(counts(await exportSubjectData(site(OWNER), DAN, { today: TODAY }))).toMatchObject({ surveyResponses: 1, catalogueVotes: 1, championQuestions: 1 });
    expect(await removeSubjectData(site(OWNER), await exportSubjectData(site(OWNER), CHLOE, { today: TODAY }))).toEqual([]);
  });

  it('removes a leaver\u2019s training records and People row once the retention period after leaving is over', async () => {
    const data = await exportSubjectData(site(OWNER), LEO, { today: TODAY });
    expect(data.leaveDate).toBe('2019-03-31');
    const before = await exportSubjectData(site(OWNER), LEO, { today: '2025-03-30' });
    expect(before.sources.find((s) => s.listKey === 'trainingCompletions')?.decision).toEqual({ remove: false, reason: 'retained', until: '2025-03-31' });
    const outcomes = await removeSubjectData(site(OWNER), data);
    expect(outcomes.map((o) => o.listKey)).toEqual(['trainingCompletions', 'surveyResponses', 'catalogueVotes', 'championQuestions', 'people']);
    expect(outcomes.every((o) => o.removed === 1 && o.failed.length === 0)).toBe(true);
    expect(counts(await exportSubjectData(site(OWNER), LEO, { today: TODAY }))).toEqual({});
  });
});
