/**
 * The demo's Copilot evaluation: seeded straight into the store on a small demo (a tenth of the headcount)
 * and read back over REST as an evaluation lead. Every response must be one the app could have saved,
 * each wave must count one response per person, each force must clear the smallest reported group in the
 * closed waves, the minutes must sit near the benchmark and grow, and the Essex call handler's journey
 * must find the open wave unanswered.
 */
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { dataSite, spFromUrl, type DataSite } from '../../../src/data/sp';
import { collectPages, scanByIdRange } from '../../../src/data/paging';
import { responseClientId, responseFromItem, SurveyRepository } from '../../../src/data/SurveyRepository';
import { SurveyResponsesList, SurveysList, type SurveyResponseItem } from '../../../src/lists';
import { netMinutesPerWeek } from '../../../src/domain/survey/aggregate';
import { countedResponses } from '../../../src/domain/survey/responses';
import { copilotTemplate } from '../../../src/domain/survey/template';
import type { IQuestionnaire, IResponse, IWave } from '../../../src/domain/survey/types';
import { validateAnswers } from '../../../src/domain/survey/validation';
import { validateCostTable } from '../../../src/domain/benefits/costs';
import { valueForMoney } from '../../../src/domain/benefits/valueForMoney';
import { parsePublishedBenefits } from '../../../src/domain/benefits/published';
import { groupsOf, measuredTaskMinutes, parsePublishedResults } from '../../../src/domain/survey/published';
import { PERSONAS, personaUpn } from '../personas';
import { DATA_SITE_PATH, demoDirectory, demoSeed } from '../seed';
import { demoSetUp } from '../setup';
import { Rng } from '../rng';
import { seedSlices } from './index';
import { DEMO_ASSUMPTIONS, DEMO_LICENCES, DEMO_MIN_GROUP_SIZE, DEMO_SURVEY_KEY, surveySlice } from './survey';

const TODAY = '2026-11-23';
const { users, people } = demoDirectory(0.1);
const OWNER = PERSONAS[0].upn;
const LEAD = personaUpn('evaluationLead', 'Essex');
const CALL_HANDLER = personaUpn('staff', 'Essex');

let emu: RunningEmulator;
/** Items the survey slice reported seeding. */
let seededItems = 0;
let items: SurveyResponseItem[];
let responses: IResponse[];
let waves: IWave[];
let questionnaire: IQuestionnaire;
const site = (upn: string): DataSite => {
  const url = `${emu.url}${DATA_SITE_PATH}`;
  return dataSite(spFromUrl(url, { headers: { 'X-Emulator-User': upn } }), url);
};

const wave = (id: string): IWave => {
  const found = waves.find((w) => w.id === id);
  if (!found) throw new Error(`no wave ${id}`);
  return found;
};
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Average net minutes per user per day (5-day week) over the counted respondents who gave minutes. */
const minutesPerDay = (counted: readonly IResponse[]): number =>
  mean(counted.map(netMinutesPerWeek).filter((v): v is number => v !== undefined)) / 5;

beforeAll(async () => {
  emu = await startEmulator({
    users,
    defaultUser: OWNER,
    clock: { fixed: `${TODAY}T09:00:00Z` },
    seed: demoSeed,
    setUp: async (ctx) => {
      const report = await demoSetUp(ctx, people, OWNER, TODAY);
      // Seeded here too (as `seedSlices` would, same RNG), so the test holds whether or not the slice is in
      // DEMO_SLICES yet: once it is, this second run finds the survey list filled and skips.
      const web = ctx.store.getWeb(DATA_SITE_PATH);
      const owner = ctx.security.site(DATA_SITE_PATH).userByUpn(OWNER);
      if (!web || !owner) throw new Error('demo set-up did not create the data site');
      const mine = seedSlices({ store: ctx.store, security: ctx.security, dataWeb: web, people, ownerId: owner.id, today: TODAY, rng: new Rng(1) }, [surveySlice]);
      seededItems = [...report.slices, ...mine].filter((s) => s.name === 'survey').reduce((sum, s) => sum + s.items, 0);
    }
  });
  const lead = site(LEAD);
  const [surveys, rows] = await Promise.all([collectPages(scanByIdRange(lead, SurveysList)), collectPages(scanByIdRange(lead, SurveyResponsesList))]);
  expect(surveys).toHaveLength(1);
  waves = JSON.parse(surveys[0].waves) as IWave[];
  questionnaire = JSON.parse(surveys[0].questionnaire) as IQuestionnaire;
  items = rows;
  responses = rows.map(responseFromItem);
}, 60000);

afterAll(async () => {
  await emu.close();
});

describe('demo Copilot evaluation', () => {
  it('is the template survey with four waves, authored by the evaluation lead', async () => {
    const [survey] = await collectPages(scanByIdRange(site(LEAD), SurveysList));
    expect(survey.key).toBe(DEMO_SURVEY_KEY);
    expect(survey.minGroupSize).toBe(DEMO_MIN_GROUP_SIZE);
    expect(questionnaire).toEqual(copilotTemplate(DEMO_SURVEY_KEY));
    expect(waves.map((w) => w.kind)).toEqual(['baseline', 'month1', 'month3', 'month6']);
    expect(waves.map((w) => (w.closesOn < TODAY ? 'closed' : w.opensOn <= TODAY ? 'open' : 'future'))).toEqual(['closed', 'closed', 'open', 'future']);
    const lead = await site(OWNER).sp.web.siteUsers.getByEmail(LEAD)();
    expect(survey.author?.id).toBe(lead.Id);
    expect(seededItems).toBe(4 + items.length);
  });

  it('gives each person\u2019s item the app\u2019s client id for their one response per wave, so the app updates it rather than adding another', () => {
    const withId = new Map<string, number>();
    for (const item of items) {
      if (item.clientId === null || item.clientId === undefined || item.clientId === '') continue;
      expect(item.clientId).toBe(responseClientId(DEMO_SURVEY_KEY, item.waveId, item.upn));
      withId.set(item.clientId, (withId.get(item.clientId) ?? 0) + 1);
    }
    expect([...withId.values()].every((n) => n === 1)).toBe(true);
    expect(withId.size).toBe(new Set(items.map((i) => `${i.waveId}|${i.upn}`)).size);
  });

  it('holds only responses the app could have saved, each authored by its respondent with their unit', () => {
    const byUpn = new Map(people.map((p) => [p.upn, p]));
    for (const item of items) {
      const person = byUpn.get(item.upn);
      expect(person).toBeDefined();
      expect(item.author?.email).toBe(item.upn);
      expect([item.force, item.department, item.grade, item.workerType, item.role]).toEqual([person?.force, person?.department, person?.grade, person?.workerType, person?.jobTitle]);
    }
    for (const r of responses) {
      const w = wave(r.waveId);
      const problems = validateAnswers(questionnaire, r.answers);
      if (r.status === 'submitted') {
        expect(problems).toEqual([]);
        const day = (r.submittedAt as string).slice(0, 10);
        expect(day >= w.opensOn && day <= w.closesOn && day < TODAY).toBe(true);
      } else {
        // A draft may still miss required answers, but nothing in it is wrong.
        expect(problems.filter((p) => p.code !== 'required')).toEqual([]);
        expect(r.submittedAt).toBeUndefined();
        expect(w.id).toBe('month3');
      }
    }
    expect(responses.filter((r) => r.status === 'draft').length).toBeGreaterThan(0);
    expect(responses.some((r) => r.waveId === 'month6')).toBe(false);
  });

  it('counts one response per person per wave, the latest where someone answered twice', () => {
    for (const w of waves) {
      const submitted = responses.filter((r) => r.waveId === w.id && r.status === 'submitted');
      const counted = countedResponses(responses, w, questionnaire);
      const upns = new Set(submitted.map((r) => r.respondentUpn));
      expect(counted).toHaveLength(upns.size);
      for (const c of counted) {
        const latest = submitted.filter((r) => r.respondentUpn === c.respondentUpn).map((r) => r.submittedAt as string).sort().pop();
        expect(c.submittedAt).toBe(latest);
      }
    }
    const twice = ['baseline', 'month1'].map((id) => responses.filter((r) => r.waveId === id && r.status === 'submitted').length - countedResponses(responses, wave(id), questionnaire).length);
    expect(twice[0] + twice[1]).toBeGreaterThan(0);
  });

  it('leaves the open wave unanswered for the Essex call handler (the browser journey answers it)', () => {
    expect(responses.filter((r) => r.respondentUpn === CALL_HANDLER && r.waveId === 'month3')).toEqual([]);
  });

  it('has at least the smallest reported group of respondents in each force in every closed wave', () => {
    for (const id of ['baseline', 'month1']) {
      const counted = countedResponses(responses, wave(id), questionnaire);
      for (const force of ['Kent', 'Essex']) expect(counted.filter((r) => r.unit.force === force).length).toBeGreaterThanOrEqual(DEMO_MIN_GROUP_SIZE);
    }
  });

  it('reports net minutes a day near the benchmark, growing from month 1 to month 3, with some never using Copilot', () => {
    const perDay = (id: string): number => minutesPerDay(countedResponses(responses, wave(id), questionnaire));
    const [baseline, month1, month3] = [perDay('baseline'), perDay('month1'), perDay('month3')];
    expect(baseline).toBeLessThan(month1);
    expect(month1).toBeGreaterThanOrEqual(18);
    expect(month3).toBeLessThanOrEqual(32);
    expect(month3).toBeGreaterThan(month1);
    for (const id of ['month1', 'month3']) {
      const counted = countedResponses(responses, wave(id), questionnaire);
      const never = counted.filter((r) => r.answers.frequency === 'never');
      expect(never.length).toBeGreaterThan(0);
      // Branching hid everything else for them.
      for (const r of never) expect(Object.keys(r.answers).filter((k) => k !== 'frequency' && k !== 'comment')).toEqual([]);
      const impact = counted.map((r) => r.answers.impactProductive).filter((v): v is number => typeof v === 'number');
      expect(mean(impact)).toBeGreaterThan(3.3);
    }
  });

  it('has the results and value for money of the closed waves published for everyone, both forces shown and nothing small', async () => {
    const repo = new SurveyRepository(site(CALL_HANDLER));
    const [resultsSnapshot, benefitsSnapshot] = await Promise.all([repo.latestSnapshot(DEMO_SURVEY_KEY, 'results'), repo.latestSnapshot(DEMO_SURVEY_KEY, 'benefits')]);
    const results = parsePublishedResults(resultsSnapshot?.aggregatesJson ?? '');
    if (!results) throw new Error('no readable published results');
    expect(results.waves.map((w) => w.id)).toEqual(['baseline', 'month1']);
    expect(groupsOf(results, 'force').map((g) => g.name).sort()).toEqual(['Essex', 'Kent']);
    expect(measuredTaskMinutes(results, 'drafting', 'Kent')).toMatchObject({ status: 'shown' });
    const benefits = parsePublishedBenefits(benefitsSnapshot?.aggregatesJson ?? '');
    expect(benefits).toMatchObject({ waveId: 'month1', provisional: false, minGroupSize: DEMO_MIN_GROUP_SIZE });
    expect(benefits?.forces.map((f) => f.force).sort()).toEqual(['Essex', 'Kent']);
  });

  it('has the lead\u2019s value-for-money inputs: programme assumptions, a usable cost table, both forces\u2019 purchases, licences shared to the unit', async () => {
    const stored = await new SurveyRepository(site(CALL_HANDLER)).benefitInputs(DEMO_SURVEY_KEY);
    expect(stored?.problem).toBeUndefined();
    const inputs = stored?.inputs;
    if (!inputs) throw new Error('no benefit inputs seeded');
    expect(inputs.assumptions).toEqual(DEMO_ASSUMPTIONS);
    expect(validateCostTable(inputs.costs)).toEqual([]);
    expect(inputs.licences.purchases).toEqual([
      { force: 'Essex', licences: 500, annualCostPence: 11_900_000 },
      { force: 'Kent', licences: 500, annualCostPence: 11_900_000 }
    ]);
    for (const force of ['Kent', 'Essex']) {
      expect(inputs.licences.groups.filter((g) => g.force === force).reduce((n, g) => n + g.licensedUsers, 0)).toBe(500);
    }
    // Every licensed group of Essex has an hourly cost and month 1 respondents: the figures are complete.
    const counted = countedResponses(responses, wave('month1'), questionnaire).filter((r) => r.unit.force === 'Essex');
    const result = valueForMoney({
      responses: counted.map((r) => ({ force: r.unit.force, workerType: r.unit.workerType, grade: r.unit.grade, netMinutesPerWeek: netMinutesPerWeek(r) ?? 0 })),
      costs: inputs.costs.filter((c) => c.force === 'Essex'),
      licensedGroups: inputs.licences.groups.filter((g) => g.force === 'Essex'),
      licence: DEMO_LICENCES.find((l) => l.force === 'Essex') ?? { licences: 0, annualCostPence: 0 },
      assumptions: inputs.assumptions
    });
    expect(result.problems.filter((p) => p.code === 'missingCost')).toEqual([]);
    expect(result.totals?.costPerLicence?.value).toBe(23_800);
    expect(result.totals?.central.valuePerYear.value).toBeGreaterThan(11_900_000);
  });
});
