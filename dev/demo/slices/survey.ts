import { BenefitInputsList, SurveyResponsesList, SurveyResultsList, SurveysList, toWire, type NewSurvey, type NewSurveyResponse } from '../../../src/lists';
import { buildPublishedBenefits, serialisePublishedBenefits } from '../../../src/domain/benefits/published';
import { benefitAnswers, valueForMoneyByForce } from '../../../src/domain/benefits/perForce';
import { buildPublishedResults, serialisePublishedResults } from '../../../src/domain/survey/published';
import { countedResponses } from '../../../src/domain/survey/responses';
import { responseClientId } from '../../../src/data/SurveyRepository';
import { ESSEX_LICENCE_EXAMPLE } from '../../../src/domain/benefits/benchmarks';
import type { IAssumptions, ICostEntry, ILicencePurchase, ILicensedGroup } from '../../../src/domain/benefits/types';
import { addDays, daysBetween } from '../../../src/domain/training/days';
import { FREQUENCY_OPTIONS, MAX_TASK_USES_PER_WEEK, QUESTION_IDS, copilotTemplate, minutesCheckingId, minutesSavedId, usesPerWeekId, type CopilotTask } from '../../../src/domain/survey/template';
import type { AnswerValue, IResponse, IWave, WaveKind } from '../../../src/domain/survey/types';
import { visibleAnswers } from '../../../src/domain/survey/validation';
import type { IDemoPerson, WorkerType } from '../people';
import { PERSONAS } from '../personas';
import type { Rng } from '../rng';
import type { IDemoContext, IDemoSlice } from './index';

/**
 * The Copilot evaluation both forces run: one questionnaire (the ready-made template), four waves
 * (baseline and month 1 closed, month 3 open now, month 6 to come), each person's answers per wave and the
 * value-for-money inputs the evaluation lead entered. Self-reported minutes are shaped to sit near the UK
 * cross-government benchmark (26 minutes a day), growing as people get used to Copilot.
 */
export const DEMO_SURVEY_KEY: string = 'copilot-evaluation';
export const DEMO_MIN_GROUP_SIZE: number = 10;

export const DEMO_WAVES: readonly IWave[] = [
  { id: 'baseline', questionnaireId: DEMO_SURVEY_KEY, kind: 'baseline', opensOn: '2026-09-07', closesOn: '2026-09-25' },
  { id: 'month1', questionnaireId: DEMO_SURVEY_KEY, kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' },
  { id: 'month3', questionnaireId: DEMO_SURVEY_KEY, kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' },
  { id: 'month6', questionnaireId: DEMO_SURVEY_KEY, kind: 'month6', opensOn: '2027-03-01', closesOn: '2027-03-19' }
];

/** People the browser journeys need without a response in a wave, whatever the dice say. */
const JOURNEY_NOT_RESPONDED: Readonly<Record<string, readonly string[]>> = {
  'essex.callhandler@policing.example': ['month3']
};

interface IWaveShape {
  /** Share of eligible people who submit (the open wave: by today). */
  turnout: number;
  /** Share of eligible non-respondents holding a draft (open wave only). */
  drafts: number;
  /** Cumulative shares of frequency, most frequent first (daily, several a week, weekly, less than weekly; the rest never). */
  frequency: readonly number[];
  /** Net minutes a week by frequency are scaled by this: people get better at using Copilot. */
  skill: number;
}

const SHAPES: Readonly<Partial<Record<WaveKind, IWaveShape>>> = {
  baseline: { turnout: 0.32, drafts: 0, frequency: [0.08, 0.2, 0.38, 0.62], skill: 0.65 },
  month1: { turnout: 0.29, drafts: 0, frequency: [0.17, 0.44, 0.68, 0.88], skill: 0.9 },
  month3: { turnout: 0.26, drafts: 0.015, frequency: [0.25, 0.56, 0.79, 0.93], skill: 1.05 }
};

/** Typical net minutes a week by frequency (daily … less than weekly) before the skill factor. */
const WEEKLY_NET: Readonly<Record<string, number>> = { daily: 215, severalTimesAWeek: 125, weekly: 60, lessThanWeekly: 22 };

/**
 * How likely each task is to be answered, and how much of the saving it takes. Per the DBT evaluation,
 * drafting, summarising, meeting notes, searching and email save time; scheduling and presentations
 * barely do, and spreadsheet analysis often takes longer to check than it saves.
 */
const TASK_WEIGHT: Readonly<Record<CopilotTask, number>> = {
  drafting: 30, email: 22, summarising: 18, meetingNotes: 14, searching: 12, scheduling: 5, presentations: 4, spreadsheetAnalysis: 6
};
const LOSS_MAKING: ReadonlySet<CopilotTask> = new Set<CopilotTask>(['spreadsheetAnalysis', 'presentations', 'scheduling']);

/** Typical minutes saved by one use, before checking: how many uses a week's saving took. */
const MINUTES_PER_USE: Readonly<Record<CopilotTask, number>> = {
  drafting: 12, email: 6, summarising: 10, meetingNotes: 15, searching: 5, scheduling: 4, presentations: 15, spreadsheetAnalysis: 12
};

/**
 * Times a week someone used Copilot for a task, from the minutes they saved (no random draw, so adding
 * the question left every other demo answer as it was); about one in seven leaves it blank.
 */
function demoUses(task: CopilotTask, saved: number, checking: number): number | undefined {
  if ((saved + checking) % 7 === 3) return undefined;
  return Math.min(MAX_TASK_USES_PER_WEEK, Math.max(1, Math.round(saved / MINUTES_PER_USE[task])));
}

const BARRIERS: Readonly<Record<string, number>> = { accuracy: 30, time: 25, training: 22, trust: 12, access: 8, other: 3 };

const COMMENTS: readonly string[] = [
  'Meeting notes and actions are the biggest time saver for me.',
  'Good for first drafts of emails, but I always have to check the tone.',
  'It made up a policy reference once, so I check everything it says.',
  'I would use it more if I knew what I am allowed to put into it.',
  'Summarising long email chains after a rest day saves me a lot of time.',
  'Spreadsheet answers were wrong twice; I now do those myself.',
  'The training helped; prompt writing was the most useful module.',
  'Not much use on shift: most of my work is in the command and control system.',
  'Searching for the latest version of a procedure is much quicker.',
  'Slide decks take as long to fix as to write from scratch.'
];

function cumulativePick(rng: Rng, cumulative: readonly number[], options: readonly string[]): string {
  const r = rng.next();
  const i = cumulative.findIndex((c) => r < c);
  return options[i < 0 ? cumulative.length : i];
}

function likert(rng: Rng, mean: number): number {
  // Two uniforms give a triangular spread of ±1.5 around the mean.
  const v = Math.round(mean + (rng.next() + rng.next() - 1) * 1.5);
  return Math.min(5, Math.max(1, v));
}

function weightedSample<T extends string>(rng: Rng, weights: Readonly<Record<T, number>>, count: number): T[] {
  const left: Record<string, number> = { ...weights };
  const out: T[] = [];
  for (let i = 0; i < count && Object.keys(left).length > 0; i++) {
    const key = rng.weighted(left) as T;
    out.push(key);
    delete left[key];
  }
  return out;
}

const clampMinutes = (m: number): number => Math.min(600, Math.max(0, Math.round(m)));

/** One person's answers to one wave. `heavy` people save about twice as much as others who use it as often. */
export function demoAnswers(rng: Rng, shape: IWaveShape, heavy: boolean): Record<string, AnswerValue> {
  const frequency = heavy && rng.next() < 0.8 ? 'daily' : cumulativePick(rng, shape.frequency, FREQUENCY_OPTIONS);
  const answers: Record<string, AnswerValue> = { [QUESTION_IDS.frequency]: frequency };
  if (frequency !== 'never') {
    const level = FREQUENCY_OPTIONS.indexOf(frequency);
    const mean = 4.2 - level * 0.4 + (shape.skill - 1) * 0.5;
    answers[QUESTION_IDS.impactProductive] = likert(rng, mean);
    answers[QUESTION_IDS.impactFaster] = likert(rng, mean + 0.1);
    answers[QUESTION_IDS.impactLessEffort] = likert(rng, mean + 0.1);
    answers[QUESTION_IDS.impactQuality] = likert(rng, mean - 0.4);
    answers[QUESTION_IDS.wellbeingWorkload] = likert(rng, mean - 0.3);
    answers[QUESTION_IDS.wellbeingSatisfaction] = likert(rng, mean);
    answers[QUESTION_IDS.usabilityEase] = likert(rng, mean + 0.1);
    answers[QUESTION_IDS.usabilityConfidence] = likert(rng, mean - 0.2);
    const barriers = weightedSample(rng, BARRIERS, Math.floor(rng.next() * (level >= 2 ? 4 : 3)));
    if (barriers.length > 0) answers[QUESTION_IDS.usabilityBarriers] = barriers;

    // Some users leave the minutes blank; the rest spread their weekly net saving over two to five tasks.
    if (rng.next() < 0.9) {
      const net = WEEKLY_NET[frequency] * shape.skill * (heavy ? 2 : 1) * (0.55 + rng.next() * 0.9);
      const tasks = weightedSample(rng, TASK_WEIGHT, rng.int(2, 5));
      const shares = tasks.map((t) => (LOSS_MAKING.has(t) ? 0 : TASK_WEIGHT[t] * (0.5 + rng.next())));
      const total = shares.reduce((a, b) => a + b, 0) || 1;
      tasks.forEach((task, i) => {
        let saved: number;
        let checking: number;
        if (LOSS_MAKING.has(task)) {
          saved = clampMinutes(10 + rng.next() * 30);
          checking = clampMinutes(saved * (0.7 + rng.next() * 0.7));
        } else {
          const taskNet = (net * shares[i]) / total;
          const checkShare = 0.12 + rng.next() * 0.25;
          saved = clampMinutes(taskNet / (1 - checkShare));
          checking = clampMinutes(saved * checkShare);
        }
        answers[minutesSavedId(task)] = saved;
        answers[minutesCheckingId(task)] = checking;
        const uses = demoUses(task, saved, checking);
        if (uses !== undefined) answers[usesPerWeekId(task)] = uses;
      });
    }
  }
  if (rng.next() < 0.12) answers[QUESTION_IDS.comment] = rng.pick(COMMENTS);
  return answers;
}

/**
 * Example hourly costs, loaded (pay plus employer pension and NI, over productive hours), in pence, the
 * same for both forces (officer pay is national; staff pay is local but DEMO_DATA gives no per-force
 * figures). Where DEMO_DATA.md gives a loaded figure it is used as is (PCSO £23, mid-grade staff £29 for
 * Bands 4–5, top-scale constable £42, sergeant £46, inspector £56). Other officer ranks are worked out the
 * same way DEMO_DATA describes: pay × 1.353 (pension 35.3 %) + 15 % NI above £5,000, over 1,760 hours
 * (chief inspector £73,150 = £67,017 uplifted 4.75 % and 4.2 % → £62; superintendent £95,000 est. → £81;
 * chief superintendent £110,000 est. → £93). Other staff bands take the £29-at-£29,000 ratio (hourly ≈
 * annual pay ÷ 1,000, i.e. × 1.61 on-cost over 1,610 hours) on estimated band pay: Band 3 £23k, 6 £36k,
 * 7 £42k, 8 £50k, 9 £58k, 10 £66k. Worker-type averages catch anyone else. Specials are volunteers and
 * have no row (they are not surveyed).
 */
const HOURLY_POUNDS: ReadonlyArray<[WorkerType, string | undefined, number]> = [
  ['Officer', 'Constable', 42], ['Officer', 'Sergeant', 46], ['Officer', 'Inspector', 56], ['Officer', 'Chief Inspector', 62],
  ['Officer', 'Superintendent', 81], ['Officer', 'Chief Superintendent', 93], ['Officer', undefined, 45],
  ['Staff', 'Band 3', 23], ['Staff', 'Band 4', 29], ['Staff', 'Band 5', 29], ['Staff', 'Band 6', 36], ['Staff', 'Band 7', 42],
  ['Staff', 'Band 8', 50], ['Staff', 'Band 9', 58], ['Staff', 'Band 10', 66], ['Staff', undefined, 30],
  ['PCSO', 'PCSO', 23], ['PCSO', undefined, 23]
];

export const DEMO_COSTS: readonly ICostEntry[] = (['Kent', 'Essex'] as const).flatMap((force) =>
  HOURLY_POUNDS.map(([workerType, grade, pounds]): ICostEntry => (grade === undefined ? { force, workerType, hourlyCostPence: pounds * 100 } : { force, workerType, grade, hourlyCostPence: pounds * 100 }))
);

/**
 * Licences per force. Essex: the source document's 500 for £119,000 a year. Kent: DEMO_DATA.md gives no
 * figure, so the demo ASSUMES the same purchase (500 at £238 each, £119,000 a year).
 */
export const DEMO_LICENCES: ReadonlyArray<ILicencePurchase & { note: string }> = [
  { force: 'Essex', ...ESSEX_LICENCE_EXAMPLE, note: 'Essex Police purchase: 500 licences for £119,000 a year (£238 each).' },
  { force: 'Kent', ...ESSEX_LICENCE_EXAMPLE, note: 'Demo assumption: no Kent figure is published; same purchase as Essex (500 at £238 a year).' }
];

/** The programme's stated assumptions: the basis of the cross-government "26 minutes a day ≈ 13 days a year". */
export const DEMO_ASSUMPTIONS: Readonly<IAssumptions> = Object.freeze({
  label: 'Kent and Essex programme assumptions',
  workingDaysPerWeek: 5,
  workingDaysPerYear: 225,
  hoursPerWorkingDay: 7.5,
  sensitivityPercent: 20
});

/**
 * Who holds the licences (demo assumption: DEMO_DATA gives no split): each force's purchase shared across
 * its surveyed workforce (not specials) by force, worker type and grade in proportion to headcount,
 * rounded by largest remainder so each force's groups add up to its licences exactly.
 */
export function demoLicensedGroups(people: readonly IDemoPerson[], today: string): ILicensedGroup[] {
  const groups: ILicensedGroup[] = [];
  for (const purchase of DEMO_LICENCES) {
    const counts = new Map<string, { workerType: WorkerType; grade: string; people: number }>();
    for (const p of people) {
      if (p.force !== purchase.force || p.workerType === 'Special' || (p.leaveDate !== undefined && p.leaveDate <= today)) continue;
      const key = `${p.workerType}|${p.grade}`;
      const g = counts.get(key) ?? { workerType: p.workerType, grade: p.grade, people: 0 };
      g.people++;
      counts.set(key, g);
    }
    const all = Array.from(counts.values()).sort((a, b) => (a.workerType + a.grade).localeCompare(b.workerType + b.grade));
    const total = all.reduce((n, g) => n + g.people, 0);
    if (total === 0) continue;
    const shares = all.map((g) => ({ g, exact: (purchase.licences * g.people) / total }));
    const floors = shares.map((x) => Math.floor(x.exact));
    let left = purchase.licences - floors.reduce((a, b) => a + b, 0);
    const order = shares.map((x, i) => ({ i, rest: x.exact - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
    for (const { i } of order) {
      if (left-- <= 0) break;
      floors[i]++;
    }
    shares.forEach((x, i) => {
      if (floors[i] > 0) groups.push({ force: purchase.force, workerType: x.g.workerType, grade: x.g.grade, licensedUsers: floors[i] });
    });
  }
  return groups;
}

type Row = { values: Record<string, unknown>; authorId: number; created: string; modified?: string };

function instant(day: string, rng: Rng): Date {
  // Working hours, UK time (UTC in these months give or take an hour; 08:00–18:00 UTC stays on the day).
  const minutes = 8 * 60 + Math.floor(rng.next() * 10 * 60);
  return new Date(`${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`);
}

/**
 * A response item as the app writes it. `primary` items carry the app's client id for the person's one
 * item per wave (`responseClientId`), so the app finds and updates it rather than making another; the
 * occasional second item (made outside the app: SharePoint cannot prevent it) has none.
 */
function responseItem(person: IDemoPerson, wave: IWave, answers: Record<string, AnswerValue>, submittedAt: Date | undefined, primary: boolean = true): NewSurveyResponse {
  return {
    clientId: primary ? responseClientId(DEMO_SURVEY_KEY, wave.id, person.upn) : undefined,
    title: `Copilot evaluation | ${wave.id}`,
    surveyKey: DEMO_SURVEY_KEY,
    waveId: wave.id,
    upn: person.upn,
    status: submittedAt ? 'submitted' : 'draft',
    submittedAt,
    answers: JSON.stringify(answers),
    force: person.force,
    department: person.department,
    grade: person.grade,
    workerType: person.workerType,
    role: person.jobTitle
  };
}

export const surveySlice: IDemoSlice = {
  name: 'survey',
  seed(ctx: IDemoContext) {
    const web = ctx.dataWeb;
    const list = (url: string): NonNullable<ReturnType<typeof web.getListByUrl>> => {
      const found = web.getListByUrl(`${web.serverRelativeUrl}/${url}`);
      if (!found) throw new Error('The survey lists do not exist: run provisioning before seeding');
      return found;
    };
    const surveys = list(SurveysList.url);
    const responses = list(SurveyResponsesList.url);
    const benefitInputs = list(BenefitInputsList.url);
    if (surveys.itemCount > 0) return { items: 0 };

    const site = ctx.security.site(web.serverRelativeUrl);
    const lead = PERSONAS.find((p) => p.role === 'evaluationLead' && p.force === 'Essex');
    const leadId = (lead && site.userByUpn(lead.upn)?.id) ?? ctx.ownerId;
    const questionnaire = copilotTemplate(DEMO_SURVEY_KEY);

    const survey: NewSurvey = {
      title: 'Copilot evaluation',
      key: DEMO_SURVEY_KEY,
      description: 'How Microsoft 365 Copilot is changing our work: time saved net of checking, quality, wellbeing and ease of use. Baseline, then 1, 3 and 6 months after rollout.',
      questionnaire: JSON.stringify(questionnaire),
      waves: JSON.stringify(DEMO_WAVES),
      minGroupSize: DEMO_MIN_GROUP_SIZE
    };
    surveys.bulkInsert([{ values: { ...toWire(SurveysList, survey) }, authorId: leadId, created: '2026-08-24T10:00:00Z' }]);

    const rows: Row[] = [];
    /** The same responses as the domain sees them, for the published snapshots below. */
    const domain: IResponse[] = [];
    const asResponse = (item: NewSurveyResponse): IResponse => ({
      respondentUpn: item.upn.toLowerCase(),
      waveId: item.waveId,
      status: item.status === 'submitted' ? 'submitted' : 'draft',
      submittedAt: item.submittedAt ? item.submittedAt.toISOString() : undefined,
      answers: JSON.parse(item.answers ?? '{}') as Record<string, AnswerValue>,
      unit: { force: item.force ?? '', department: item.department ?? '', grade: item.grade ?? '', workerType: item.workerType ?? 'Other', role: item.role ?? '' }
    });
    const eligible = ctx.people.filter((p) => p.workerType !== 'Special' && (p.leaveDate === undefined || p.leaveDate > ctx.today));
    // About one in twenty uses Copilot heavily in every wave.
    const heavy = new Set(eligible.filter(() => ctx.rng.next() < 0.05).map((p) => p.upn));
    for (const wave of DEMO_WAVES) {
      const shape = SHAPES[wave.kind];
      if (!shape || wave.opensOn > ctx.today) continue;
      // The open wave has answers up to yesterday (today's clock may still be early morning).
      const yesterday = addDays(ctx.today, -1);
      const last = wave.closesOn < yesterday ? wave.closesOn : yesterday;
      const span = daysBetween(wave.opensOn, last) + 1;
      for (const person of eligible) {
        const turnout = ctx.rng.next();
        const dayOffset = Math.floor(ctx.rng.next() * span);
        if (person.startDate > wave.opensOn || JOURNEY_NOT_RESPONDED[person.upn]?.includes(wave.id)) continue;
        const author = site.userByUpn(person.upn);
        if (!author) continue;
        const day = addDays(wave.opensOn, dayOffset);
        if (turnout < shape.turnout) {
          const at = instant(day, ctx.rng);
          // A handful answered twice before the wave closed: the later answers count.
          if (wave.closesOn < ctx.today && dayOffset > 0 && ctx.rng.next() < 0.01) {
            const first = instant(addDays(wave.opensOn, Math.floor(ctx.rng.next() * dayOffset)), ctx.rng);
            const item = responseItem(person, wave, demoAnswers(ctx.rng, shape, heavy.has(person.upn)), first, false);
            domain.push(asResponse(item));
            rows.push({ values: { ...toWire(SurveyResponsesList, item) }, authorId: author.id, created: new Date(first.getTime() - 6 * 60000).toISOString(), modified: first.toISOString() });
          }
          const item = responseItem(person, wave, demoAnswers(ctx.rng, shape, heavy.has(person.upn)), at);
          domain.push(asResponse(item));
          rows.push({ values: { ...toWire(SurveyResponsesList, item) }, authorId: author.id, created: new Date(at.getTime() - 6 * 60000).toISOString(), modified: at.toISOString() });
        } else if (turnout < shape.turnout + shape.drafts) {
          // Started, saved, not yet submitted: only the first questions answered.
          const full = demoAnswers(ctx.rng, shape, heavy.has(person.upn));
          const partial: Record<string, AnswerValue> = {};
          for (const [id, value] of Object.entries(visibleAnswers(questionnaire, full)).slice(0, ctx.rng.int(1, 5))) partial[id] = value;
          const item = responseItem(person, wave, partial, undefined);
          rows.push({ values: { ...toWire(SurveyResponsesList, item) }, authorId: author.id, created: instant(day, ctx.rng).toISOString() });
        }
      }
    }
    rows.sort((a, b) => a.created.localeCompare(b.created));
    for (let i = 0; i < rows.length; i += 1000) responses.bulkInsert(rows.slice(i, i + 1000));

    // The Essex evaluation lead entered the value-for-money inputs when month 1 closed.
    const inputs = {
      title: DEMO_SURVEY_KEY,
      surveyKey: DEMO_SURVEY_KEY,
      assumptions: JSON.stringify(DEMO_ASSUMPTIONS),
      costs: JSON.stringify(DEMO_COSTS),
      licences: JSON.stringify({ groups: demoLicensedGroups(ctx.people, ctx.today), purchases: DEMO_LICENCES.map(({ force, licences, annualCostPence }) => ({ force, licences, annualCostPence })) })
    };
    benefitInputs.bulkInsert([{ values: { ...toWire(BenefitInputsList, inputs) }, authorId: leadId, created: '2026-10-20T11:00:00Z' }]);

    // And published the results and value for money of the closed waves for everyone to read.
    const published = list(SurveyResultsList.url);
    const closed = DEMO_WAVES.filter((w) => w.closesOn < ctx.today);
    const last = closed[closed.length - 1];
    let snapshots = 0;
    if (last !== undefined) {
      const publishedOn = addDays(last.closesOn, 3);
      const results = buildPublishedResults(questionnaire, closed, domain, DEMO_MIN_GROUP_SIZE, publishedOn);
      const counted = countedResponses(domain.filter((r) => r.waveId === last.id), last, questionnaire);
      const benefitsInputs = { assumptions: DEMO_ASSUMPTIONS, costs: [...DEMO_COSTS], licences: JSON.parse(inputs.licences) as { groups: ILicensedGroup[]; purchases: ILicencePurchase[] } };
      const benefits = buildPublishedBenefits(valueForMoneyByForce(benefitAnswers(counted), benefitsInputs), benefitsInputs, {
        surveyKey: DEMO_SURVEY_KEY,
        waveId: last.id,
        provisional: false,
        computedOn: publishedOn,
        minGroupSize: DEMO_MIN_GROUP_SIZE
      });
      const snapshot = (kind: 'results' | 'benefits', waveId: string | null, aggregates: string): Row => ({
        values: { ...toWire(SurveyResultsList, { title: `${DEMO_SURVEY_KEY} ${kind} ${waveId ?? 'all'} ${publishedOn}`, surveyKey: DEMO_SURVEY_KEY, kind, waveId, publishedOn, minGroupSize: DEMO_MIN_GROUP_SIZE, aggregates }) },
        authorId: leadId,
        created: `${publishedOn}T10:00:00Z`
      });
      published.bulkInsert([snapshot('results', null, serialisePublishedResults(results)), snapshot('benefits', last.id, serialisePublishedBenefits(benefits))]);
      snapshots = 2;
    }
    return { items: 2 + snapshots + rows.length };
  }
};
