/**
 * The survey repository against the emulator, with the real set-up: item-level security on the responses
 * (respondents see only their own; evaluation leads override), drafts kept on the server, idempotent
 * creates after a lost answer, etags, a wave past the list view threshold, and writes only leads may make.
 */
import { emulatorList, emulatorSite, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { SurveyResponsesList, SurveysList } from '../lists/survey';
import { toWire } from '../lists/mapping';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors';
import { filterFor } from './odata';
import { listOf, type DataSite } from './sp';
import { createItem } from './writes';
import { RoundTripMeter, slowLink } from './testing/roundTrips';
import {
  responseClientId,
  SurveyRepository,
  surveyRights,
  type IRespondent,
  type IStoredBenefitInputs,
  type IStoredResponse,
  type ISurvey,
  type ISurveyDefinition
} from './SurveyRepository';
import { copilotTemplate, QUESTION_IDS } from '../domain/survey/template';
import { copilotAnswers, unit } from '../domain/survey/testing';
import { countedResponses } from '../domain/survey/responses';
import type { IWave } from '../domain/survey/types';
import { visibleAnswers } from '../domain/survey/validation';

const OWNER = 'olivia.owner@essex.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const DAN = 'dan.okafor@essex.police.uk';
const LEAD = 'emma.clarke@essex.police.uk';
const NOW = new Date('2026-11-23T10:00:00Z');

const questionnaire = copilotTemplate();
const WAVES: IWave[] = [
  { id: 'baseline', questionnaireId: questionnaire.id, kind: 'baseline', opensOn: '2026-11-02', closesOn: '2026-11-30' },
  { id: 'month1', questionnaireId: questionnaire.id, kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-30' }
];

/** Where round trips are counted, answers come this late (see `slowLink`): a busy test machine does not blur the rounds. */
const LATENCY_MS = 25;
let emu: RunningEmulatorLike;

function repo(upn: string, site?: DataSite): SurveyRepository {
  return new SurveyRepository(site ?? emulatorSite(emu, upn), { now: () => NOW });
}

function respondent(upn: string): IRespondent {
  return { upn, unit: unit() };
}

/** A site whose next POST to `…/items` commits but loses its answer; faults are off again after it. */
function dropNextCreate(upn: string): { site: DataSite; dropped: () => boolean } {
  const state = { armed: true };
  emu.faults.set({ dropAfterCommitRate: 1, pathPattern: '/items$' });
  const site = emulatorSite(emu, upn, {
    transport: (url, init) => {
      const hit = state.armed && (init?.method ?? 'GET').toUpperCase() === 'POST' && /\/items$/.test(new URL(url).pathname);
      if (hit) state.armed = false;
      const answer = fetch(url, init);
      return hit ? answer.finally(() => emu.faults.reset()) : answer;
    }
  });
  return { site, dropped: () => !state.armed };
}

/** Raw REST: the ids of the items the user can see for a person and wave. */
async function idsFor(asUpn: string, ofUpn: string, waveId: string): Promise<number[]> {
  const f = filterFor(SurveyResponsesList);
  const rows = (await listOf(emulatorSite(emu, asUpn), SurveyResponsesList)
    .items.select('Id')
    .filter(f.and(f.eq('upn', ofUpn), f.eq('surveyKey', 'copilot-2026'), f.eq('waveId', waveId)).text)()) as Array<{ Id: number }>;
  return rows.map((r) => r.Id);
}

async function survey(): Promise<ISurvey> {
  const found = (await repo(CHLOE).surveys()).filter((s) => s.key === 'copilot-2026')[0];
  if (found === undefined) throw new Error('survey not provisioned');
  return found;
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: CHLOE, title: 'Chloe Barnes', groups: ['workforce'] },
    { upn: DAN, title: 'Dan Okafor', groups: ['workforce'] },
    { upn: LEAD, title: 'Emma Clarke', groups: ['workforce', 'evaluationLeads'] }
  ]);
  const site = emulatorSite(emu, OWNER);
  await createItem(site, SurveysList, {
    title: 'Copilot evaluation 2026',
    key: 'copilot-2026',
    questionnaire: JSON.stringify(questionnaire),
    waves: JSON.stringify(WAVES),
    minGroupSize: 10
  });
  await createItem(site, SurveysList, { title: 'Broken', key: 'broken', questionnaire: '{"id": "x", "sections": [', waves: '[]', minGroupSize: 10 });
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
});

describe('survey repository', () => {
  it('reads every survey, parsed; a malformed one comes back flagged, not thrown', async () => {
    const all = await repo(DAN).surveys();
    expect(all.map((s) => s.key).sort()).toEqual(['broken', 'copilot-2026']);
    const good = all.filter((s) => s.key === 'copilot-2026')[0];
    expect(good).toMatchObject({ problem: undefined, minGroupSize: 10, waves: WAVES, forces: [] });
    expect(good.questionnaire).toEqual(questionnaire);
    expect(all.filter((s) => s.key === 'broken')[0]).toMatchObject({ problem: 'unreadableQuestionnaire', questionnaire: { sections: [] } });
  });

  it('refuses to save against a survey it could not read', async () => {
    const broken = (await repo(DAN).surveys()).filter((s) => s.key === 'broken')[0];
    await expect(repo(DAN).saveDraft(broken, WAVES[0], respondent(DAN), {})).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps each respondent\u2019s draft on the server, visible answers only, and submits it as one item', async () => {
    const s = await survey();
    for (const upn of [CHLOE, DAN]) {
      // "never" hides the impact questions: the impact answer is not stored.
      const draft = await repo(upn).saveDraft(s, WAVES[1], respondent(upn), { [QUESTION_IDS.frequency]: 'never', [QUESTION_IDS.impactFaster]: 5 });
      expect(draft).toMatchObject({ status: 'draft', respondentUpn: upn, answers: { [QUESTION_IDS.frequency]: 'never' } });

      // A new repository (another page load) reads it back from the server.
      const again = await repo(upn).ownResponse('copilot-2026', 'month1', upn);
      expect(again).toMatchObject({ id: draft.id, status: 'draft', answers: { [QUESTION_IDS.frequency]: 'never' }, unit: unit() });
      expect(again?.answers).not.toHaveProperty(QUESTION_IDS.impactFaster);

      const submitted = await repo(upn).submit(s, WAVES[1], respondent(upn), copilotAnswers(), again);
      expect(submitted).toMatchObject({ id: draft.id, status: 'submitted', submittedAt: NOW.toISOString() });
      // A submit retried from scratch (no item in hand) finds the same item.
      await repo(upn).submit(s, WAVES[1], respondent(upn), copilotAnswers());
      expect(await idsFor(upn, upn, 'month1')).toEqual([draft.id]);
      expect(await repo(upn).ownResponse('copilot-2026', 'month1', upn)).toMatchObject({ id: draft.id, status: 'submitted', answers: copilotAnswers() });
    }
  });

  it('lets neither respondent read the other\u2019s response through the REST API', async () => {
    const chloes = await repo(CHLOE).ownResponse('copilot-2026', 'month1', CHLOE);
    expect(chloes).toBeDefined();
    expect(await repo(DAN).ownResponse('copilot-2026', 'month1', CHLOE)).toBeUndefined();
    expect(await idsFor(DAN, CHLOE, 'month1')).toEqual([]);
    expect(await idsFor(CHLOE, DAN, 'month1')).toEqual([]);
    // By id, a hidden item answers exactly like a missing one (404), so its existence does not leak.
    const byId = listOf(emulatorSite(emu, DAN), SurveyResponsesList).items.getById((chloes as IStoredResponse).id)();
    await expect(byId).rejects.toMatchObject({ status: 404 });
    // Nor may Dan write it, even holding its id and etag: through the data layer it is simply not found.
    await expect(repo(DAN).submit(await survey(), WAVES[1], respondent(DAN), copilotAnswers(), chloes)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repo(CHLOE).ownResponse('copilot-2026', 'month1', CHLOE)).toMatchObject({ id: chloes?.id, etag: chloes?.etag });
  });

  it('refuses a submit with invalid answers, carrying the problems', async () => {
    const error = await repo(CHLOE)
      .submit(await survey(), WAVES[0], respondent(CHLOE), { [QUESTION_IDS.frequency]: 'daily', [QUESTION_IDS.impactFaster]: 9 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: QUESTION_IDS.impactFaster, key: 'survey.problem.notAnOption' })]));
    expect(await idsFor(CHLOE, CHLOE, 'baseline')).toEqual([]);
  });

  it('makes exactly one item when a create\u2019s answer is lost and the create is retried', async () => {
    const s = await survey();
    const lossy = dropNextCreate(CHLOE);
    const first = await repo(CHLOE, lossy.site).saveDraft(s, WAVES[0], respondent(CHLOE), { [QUESTION_IDS.frequency]: 'weekly' });
    expect(lossy.dropped()).toBe(true);
    expect(first.status).toBe('draft');
    // The caller never saw an answer, so it sends the same create again: same client id, same item.
    const retried = await repo(CHLOE).saveDraft(s, WAVES[0], respondent(CHLOE), { [QUESTION_IDS.frequency]: 'weekly' });
    expect(retried.id).toBe(first.id);
    expect(await idsFor(CHLOE, CHLOE, 'baseline')).toEqual([first.id]);
    const raw = (await listOf(emulatorSite(emu, CHLOE), SurveyResponsesList).items.getById(first.id).select('svrClientId')()) as { svrClientId: string };
    expect(raw.svrClientId).toBe(responseClientId('copilot-2026', 'baseline', CHLOE));
  });

  it('keeps one response when the browser sends the submit\u2019s create twice (its first answer lost), and sends nothing more', async () => {
    const s = await survey();
    const sent: string[] = [];
    let resend = true;
    const site = emulatorSite(emu, DAN, {
      transport: async (url, init) => {
        const method = (init?.method ?? 'GET').toUpperCase();
        const path = new URL(url).pathname;
        sent.push(`${init?.headers !== undefined && new Headers(init.headers).get('X-HTTP-Method') !== null ? new Headers(init.headers).get('X-HTTP-Method') : method} ${path.replace(/^.*\/_api\//, '')}`);
        if (resend && method === 'POST' && /\/items$/.test(path)) {
          resend = false;
          await fetch(url, init);
        }
        return fetch(url, init);
      }
    });
    const submitted = await repo(DAN, site).submit(s, WAVES[0], respondent(DAN), copilotAnswers());
    const ids = await idsFor(DAN, DAN, 'baseline');
    // The answer is the first item; the copy is asked to go, but respondents hold no Delete (responses are
    // evidence), so it stays, with the same answers, and the person counts once.
    expect(ids).toEqual([submitted.id, submitted.id + 1]);
    expect(submitted.status).toBe('submitted');
    const writes = sent.filter((r) => !r.startsWith('GET') && !r.endsWith('contextinfo'));
    expect(writes[1]).toMatch(`/items(${submitted.id + 1})`);
    expect(writes).toEqual([
      expect.stringMatching(/^POST .*\/items$/),
      expect.stringMatching(/^DELETE .*\/items\(\d+\)$/)
    ]);
    const all = await repo(LEAD).responsesForWave('copilot-2026', 'baseline');
    expect(countedResponses(all, WAVES[0], questionnaire).filter((r) => r.respondentUpn === DAN)).toHaveLength(1);
    expect((await repo(DAN).ownResponse('copilot-2026', 'baseline', DAN))?.id).toBe(submitted.id);
  });

  it('gives ConflictError on a stale etag and overwrites nothing', async () => {
    const s = await survey();
    const read = (await repo(CHLOE).ownResponse('copilot-2026', 'baseline', CHLOE)) as IStoredResponse;
    const saved = await repo(CHLOE).saveDraft(s, WAVES[0], respondent(CHLOE), { [QUESTION_IDS.frequency]: 'daily' }, read);
    expect(saved.etag).not.toBe(read.etag);
    await expect(repo(CHLOE).saveDraft(s, WAVES[0], respondent(CHLOE), { [QUESTION_IDS.frequency]: 'never' }, read)).rejects.toBeInstanceOf(ConflictError);
    expect(await repo(CHLOE).ownResponse('copilot-2026', 'baseline', CHLOE)).toMatchObject({ etag: saved.etag, answers: { [QUESTION_IDS.frequency]: 'daily' } });
  });

  it('counts a submit sent again after a failure whose first submit landed as submitted, not as a conflict', async () => {
    const s = await survey();
    const read = (await repo(CHLOE).ownResponse('copilot-2026', 'baseline', CHLOE)) as IStoredResponse;
    const answers = visibleAnswers(s.questionnaire, copilotAnswers({ [QUESTION_IDS.frequency]: 'weekly' }));
    // The first submit landed (its answer was lost); the page still holds the etag it read.
    const first = await repo(CHLOE).submit(s, WAVES[0], respondent(CHLOE), answers, read);
    const again = await repo(CHLOE).submit(s, WAVES[0], respondent(CHLOE), answers, read);
    expect(again).toMatchObject({ status: 'submitted', etag: first.etag, answers });
    // Different answers against the stale etag are still a conflict.
    await expect(repo(CHLOE).submit(s, WAVES[0], respondent(CHLOE), copilotAnswers({ [QUESTION_IDS.frequency]: 'daily' }), read)).rejects.toBeInstanceOf(ConflictError);
  });

  it('does not turn a submitted response back into a draft', async () => {
    const s = await survey();
    const mine = (await repo(DAN).ownResponse('copilot-2026', 'month1', DAN)) as IStoredResponse;
    await expect(repo(DAN).saveDraft(s, WAVES[1], respondent(DAN), {}, mine)).rejects.toMatchObject({ problems: [expect.objectContaining({ key: 'survey.alreadySubmitted' })] });
    await expect(repo(DAN).saveDraft(s, WAVES[1], respondent(DAN), {})).rejects.toBeInstanceOf(ValidationError);
    expect(await repo(DAN).ownResponse('copilot-2026', 'month1', DAN)).toMatchObject({ status: 'submitted', etag: mine.etag });
  });

  it('lets an evaluation lead read every response of a wave past 5,000 items; each person counts once', async () => {
    const PEOPLE = 5200;
    const rows: Array<{ values: Record<string, unknown>; authorId: number; created: string }> = [];
    const row = (upn: string, waveId: string, status: 'draft' | 'submitted', submittedAt: string | null, frequency: string): void => {
      rows.push({
        values: toWire(SurveyResponsesList, {
          title: `copilot-2026 ${waveId}`,
          surveyKey: 'copilot-2026',
          waveId,
          upn,
          status,
          submittedAt: submittedAt !== null ? new Date(submittedAt) : null,
          answers: JSON.stringify(copilotAnswers({ [QUESTION_IDS.frequency]: frequency })),
          force: 'Essex',
          workerType: 'Staff'
        }),
        authorId: 1,
        created: '2026-11-10T08:00:00Z'
      });
    };
    for (let i = 0; i < PEOPLE; i++) {
      const upn = `person${i}@essex.police.uk`;
      row(upn, 'month1', i % 10 === 0 ? 'draft' : 'submitted', i % 10 === 0 ? null : '2026-11-10T09:00:00Z', 'weekly');
      // Every 25th person submitted twice (a second item): the later one counts.
      if (i % 25 === 1) row(upn, 'month1', 'submitted', '2026-11-12T09:00:00Z', 'daily');
      // Every 50th answered the other wave too: not this wave's.
      if (i % 50 === 2) row(upn, 'baseline', 'submitted', '2026-11-05T09:00:00Z', 'daily');
    }
    emulatorList(emu, SurveyResponsesList).bulkInsert(rows);
    expect(emulatorList(emu, SurveyResponsesList).itemCount).toBeGreaterThan(5000);

    const all = await repo(LEAD).responsesForWave('copilot-2026', 'month1');
    const inWave = rows.filter((r) => r.values.svrWaveId === 'month1').length;
    expect(all).toHaveLength(inWave + 2); // plus Chloe's and Dan's
    expect(all.every((r) => r.waveId === 'month1')).toBe(true);

    const counted = countedResponses(all, WAVES[1], questionnaire);
    const submitters = Array.from({ length: PEOPLE }, (_x, i) => i).filter((i) => i % 10 !== 0).length;
    expect(counted).toHaveLength(submitters + 2);
    expect(new Set(counted.map((r) => r.respondentUpn)).size).toBe(counted.length);
    expect(counted.filter((r) => r.respondentUpn === 'person1@essex.police.uk')[0]?.answers[QUESTION_IDS.frequency]).toBe('daily');

    // A respondent still sees only their own, however large the list.
    expect((await repo(CHLOE).responsesForWave('copilot-2026', 'month1')).map((r) => r.respondentUpn)).toEqual([CHLOE]);
    expect(await repo(CHLOE).ownResponse('copilot-2026', 'month1', CHLOE)).toMatchObject({ status: 'submitted' });
  }, 120000);

  it('reads several waves in one read, each as its own read gives it; with the list\u2019s span known, in one round trip', async () => {
    expect(emulatorList(emu, SurveyResponsesList).itemCount).toBeGreaterThan(5000);
    const waves = ['baseline', 'month1', 'MONTH1', 'month6'];
    for (const upn of [LEAD, CHLOE]) {
      const each = await Promise.all(waves.map((w) => repo(upn).responsesForWave('copilot-2026', w)));
      expect(each[1].length).toBeGreaterThan(0);
      const meter = new RoundTripMeter(slowLink(LATENCY_MS));
      const metered = repo(upn, emulatorSite(emu, upn, { transport: meter.transport }));
      // As the part opening on its results does: the span beside the surveys, then every window at once.
      const [, known] = await Promise.all([metered.surveys(), metered.responseSpan()]);
      expect(await metered.responsesForWaves('copilot-2026', waves, known)).toEqual(each);
      expect(meter.sequential()).toBe(2);
      // Without it: the list's ends and first window, then (for the lead, who sees Ids past the first window) the rest.
      meter.reset();
      expect(await metered.responsesForWaves('copilot-2026', waves)).toEqual(each);
      expect(meter.sequential()).toBe(upn === LEAD ? 2 : 1);
    }
    expect(await repo(LEAD).responsesForWaves('copilot-2026', [])).toEqual([]);
    expect(await repo(LEAD).responsesForWaves('copilot-2026', ['month1'], { span: undefined })).toEqual([[]]);
  }, 60000);

  it('picks a person\u2019s response to any wave from their responses read early, with no round trip of its own', async () => {
    const cases: Array<[string, string]> = [
      ['copilot-2026', 'baseline'],
      ['copilot-2026', 'month1'],
      ['COPILOT-2026', 'month1'],
      ['copilot-2026', 'Month1'],
      ['copilot-2026', 'month6'],
      ['broken', 'baseline']
    ];
    for (const upn of [CHLOE, DAN, LEAD]) {
      const meter = new RoundTripMeter(slowLink(LATENCY_MS));
      const metered = repo(upn, emulatorSite(emu, upn, { transport: meter.transport }));
      // As the part opening on "Your answers" does: the person's responses beside the surveys.
      const early = metered.earlyOwnResponses(` ${upn.toUpperCase()} `);
      await Promise.all([metered.surveys(), early.responses]);
      for (const [key, wave] of cases) expect(await metered.ownResponse(key, wave, upn, early)).toEqual(await repo(upn).ownResponse(key, wave, upn));
      expect(meter.sequential()).toBe(1);
      expect(meter.requests).toBe(2);
    }
    expect(await repo(CHLOE).ownResponse('copilot-2026', 'month1', CHLOE)).toBeDefined();

    // Someone else's early read, or one that failed, is not used: the response is asked for.
    const meter = new RoundTripMeter(slowLink(LATENCY_MS));
    const metered = repo(DAN, emulatorSite(emu, DAN, { transport: meter.transport }));
    const chloes = repo(CHLOE).earlyOwnResponses(CHLOE);
    expect(await metered.ownResponse('copilot-2026', 'month1', DAN, chloes)).toEqual(await repo(DAN).ownResponse('copilot-2026', 'month1', DAN));
    const failed = { upn: DAN, responses: Promise.reject(new Error('lost')) };
    failed.responses.catch(() => undefined);
    expect(await metered.ownResponse('copilot-2026', 'month1', DAN, failed)).toEqual(await repo(DAN).ownResponse('copilot-2026', 'month1', DAN));
    expect(meter.requests).toBe(2);
  });

  it('lets a lead publish a snapshot and enter benefit inputs; a workforce member can read but not write them', async () => {
    await expect(repo(CHLOE).publishSnapshot('copilot-2026', 'results', 'month1', '{}', 10, '2026-11-23')).rejects.toBeInstanceOf(ForbiddenError);
    expect(await repo(CHLOE).latestSnapshot('copilot-2026', 'results')).toBeUndefined();

    await repo(LEAD).publishSnapshot('copilot-2026', 'results', 'baseline', '{"n":1}', 10, '2026-11-20');
    const published = await repo(LEAD).publishSnapshot('copilot-2026', 'results', 'month1', '{"n":2}', 10, '2026-11-23');
    expect(await repo(CHLOE).latestSnapshot('copilot-2026', 'results')).toEqual(published);
    expect(await repo(CHLOE).latestSnapshot('copilot-2026', 'results', 'baseline')).toMatchObject({ waveId: 'baseline', aggregatesJson: '{"n":1}', publishedOn: '2026-11-20' });

    const inputs = {
      assumptions: { label: 'Essex, month 1', workingDaysPerWeek: 5, workingDaysPerYear: 225, hoursPerWorkingDay: 7.5, sensitivityPercent: 20 },
      costs: [{ force: 'Essex', hourlyCostPence: 3000 }],
      licences: { groups: [{ force: 'Essex', workerType: 'Staff' as const, grade: 'Band 4', licensedUsers: 300 }], purchases: [{ force: 'Essex', licences: 300, annualCostPence: 9000000 }] }
    };
    await expect(repo(CHLOE).saveBenefitInputs('copilot-2026', inputs)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await repo(CHLOE).benefitInputs('copilot-2026')).toBeUndefined();

    const saved = await repo(LEAD).saveBenefitInputs('copilot-2026', inputs);
    expect(await repo(CHLOE).benefitInputs('copilot-2026')).toEqual(saved);
    expect(saved).toMatchObject({ problem: undefined, inputs });

    const current = (await repo(CHLOE).benefitInputs('copilot-2026')) as IStoredBenefitInputs;
    await expect(repo(CHLOE).saveBenefitInputs('copilot-2026', { ...inputs, costs: [] }, current)).rejects.toBeInstanceOf(ForbiddenError);
    const updated = await repo(LEAD).saveBenefitInputs('copilot-2026', { ...inputs, costs: [{ force: 'Essex', hourlyCostPence: 3200 }] }, current);
    await expect(repo(LEAD).saveBenefitInputs('copilot-2026', { ...inputs, costs: [] }, current)).rejects.toBeInstanceOf(ConflictError);
    expect(await repo(LEAD).benefitInputs('copilot-2026')).toMatchObject({ etag: updated.etag, inputs: { costs: [{ hourlyCostPence: 3200 }] } });
  });

  it('reads rights from SharePoint: a lead may read all responses, build, publish and enter inputs; a workforce member none of these', async () => {
    expect(await surveyRights(emulatorSite(emu, LEAD))).toEqual({ readAllResponses: true, buildSurveys: true, publishResults: true, editBenefitInputs: true });
    expect(await surveyRights(emulatorSite(emu, CHLOE))).toEqual({ readAllResponses: false, buildSurveys: false, publishResults: false, editBenefitInputs: false });
  });

  it('saves a survey once even when the create loses its answer, updates with its etag, and never takes over another survey\'s code', async () => {
    const definition: ISurveyDefinition = {
      key: 'pulse-2027',
      title: 'Pulse 2027',
      description: 'A short pulse.',
      questionnaire: copilotTemplate('pulse-2027'),
      waves: [{ id: 'baseline', questionnaireId: 'pulse-2027', kind: 'baseline', opensOn: '2027-01-04', closesOn: '2027-01-29' }],
      forces: ['Kent'],
      minGroupSize: 12
    };
    await expect(repo(CHLOE).saveSurvey(definition)).rejects.toBeInstanceOf(ForbiddenError);

    const lossy = dropNextCreate(LEAD);
    const created = await repo(LEAD, lossy.site).saveSurvey(definition);
    expect(lossy.dropped()).toBe(true);
    const stored = (await repo(DAN).surveys()).filter((s) => s.key === 'pulse-2027');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual(created);
    expect(created).toMatchObject({ title: 'Pulse 2027', forces: ['Kent'], minGroupSize: 12, problem: undefined, questionnaire: definition.questionnaire });

    const renamed = await repo(LEAD).saveSurvey({ ...definition, key: 'ignored', title: 'Pulse 2027 (Kent)' }, created);
    expect(renamed).toMatchObject({ key: 'pulse-2027', title: 'Pulse 2027 (Kent)' });
    expect((await repo(DAN).surveys()).filter((s) => s.id === created.id)[0]).toEqual(renamed);
    await expect(repo(LEAD).saveSurvey({ ...definition, title: 'Stale' }, created)).rejects.toBeInstanceOf(ConflictError);

    const taken = repo(LEAD).saveSurvey({ ...definition, title: 'Someone else\'s pulse' });
    await expect(taken).rejects.toBeInstanceOf(ValidationError);
    await expect(taken).rejects.toMatchObject({ problems: [{ field: 'key', key: 'survey.keyTaken' }] });
    expect((await repo(DAN).surveys()).filter((s) => s.key === 'pulse-2027').map((s) => s.title)).toEqual(['Pulse 2027 (Kent)']);
    // A survey made without the app (no client id of ours) holds its code just the same.
    await expect(repo(LEAD).saveSurvey({ ...definition, key: 'copilot-2026' })).rejects.toMatchObject({ problems: [{ key: 'survey.keyTaken' }] });
    expect((await repo(DAN).surveys()).filter((s) => s.key === 'copilot-2026')).toHaveLength(1);
  });
});
