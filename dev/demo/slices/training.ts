import {
  TrainingCompletionsList,
  TrainingModulesList,
  TrainingSummaryList,
  toWire,
  type NewTrainingCompletion,
  type NewTrainingModule
} from '../../../src/lists';
import { appliesTo } from '../../../src/domain/training/applicability';
import { addDays, daysBetween } from '../../../src/domain/training/days';
import { counts, validUntil } from '../../../src/domain/training/status';
import { buildSummary, priorState, unitOf } from '../../../src/domain/training/summary';
import { summaryItems } from '../../../src/data/TrainingRepository';
import type { ICompletion, ILearner, IQuestion, ITrainingModule, WorkerType } from '../../../src/domain/training/types';
import type { IDemoPerson } from '../people';
import { PERSONAS } from '../personas';
import type { IDemoContext, IDemoSlice } from './index';

/**
 * The mandatory package both forces rolled out from September 2026 (the seven topics of the practice
 * example), a role-specific module for investigators, and each person's completions: most done, some late,
 * some not started, attestations to the first acceptable-use policy version and a few to the second.
 */
const ROLLOUT = '2026-09-01';

/**
 * Modules a persona has not done yet, whatever the dice say, so the demo journeys always have something to
 * do: the Essex call handler still has the knowledge check on the limitations of AI outputs to pass.
 */
const JOURNEY_NOT_DONE: Readonly<Record<string, readonly string[]>> = {
  'essex.callhandler@policing.example': ['ai-limitations']
};

const copilotCheck: IQuestion[] = [
  { id: 'q1', text: 'Who is responsible for what you send after Copilot drafted it?', options: ['Copilot', 'You', 'The IT department'], answer: 1 },
  { id: 'q2', text: 'Where does Copilot Chat with enterprise data protection keep your prompts?', options: ['Inside our Microsoft 365 tenant', 'On a public website', 'On your laptop only'], answer: 0 },
  { id: 'q3', text: 'Copilot can only see files you already have access to.', options: ['True', 'False'], answer: 0 }
];

const limitsCheck: IQuestion[] = [
  { id: 'q1', text: 'Copilot can state things that are not true, confidently.', options: ['True', 'False'], answer: 0 },
  { id: 'q2', text: 'A Copilot summary of a witness statement can go into evidence unchecked.', options: ['True', 'False'], answer: 1 },
  { id: 'q3', text: 'What do you do when Copilot gets something wrong?', options: ['Ignore it', 'Correct it and report a poor output', 'Stop using Microsoft 365'], answer: 1 }
];

interface IModuleSeed {
  module: ITrainingModule;
  questions?: IQuestion[];
  /** Share of people it applies to who have done it. */
  uptake: number;
}

function m(key: string, title: string, description: string, extra: Partial<ITrainingModule>, uptake: number, questions?: IQuestion[]): IModuleSeed {
  const module: ITrainingModule = {
    key,
    title,
    description,
    contentUrl: `https://learning.policing.example/m365/${key}`,
    durationMinutes: 20,
    mandatory: true,
    active: true,
    audience: {},
    dueWithinDays: 30,
    assignedOn: ROLLOUT,
    refreshMonths: undefined,
    policy: undefined,
    knowledgeCheck: questions ? { passMark: 80, maxAttempts: 3, questions } : undefined,
    ...extra
  };
  return { module, questions, uptake };
}

export const DEMO_MODULES: readonly IModuleSeed[] = [
  m('copilot-basics', 'How to use Copilot', 'What Microsoft 365 Copilot and Copilot Chat can do for you, and how to start.', { durationMinutes: 30 }, 0.82, copilotCheck),
  m('acceptable-use', 'Acceptable use of Microsoft 365', 'What you may and may not do with Microsoft 365 and Copilot, and the information you must never put into them.', { policy: { version: 2, publishedOn: '2026-11-16' } }, 0.85),
  m('data-protection', 'Data protection', 'Personal data, MoPI and Copilot: what the law and force policy require.', { refreshMonths: 12 }, 0.78),
  m('information-security', 'Information security', 'Government Security Classifications, OFFICIAL-SENSITIVE handling and Copilot.', { refreshMonths: 12 }, 0.76),
  m('responsible-ai', 'Responsible AI principles', 'Fairness, accountability and human oversight when you use AI at work.', { durationMinutes: 15 }, 0.7),
  m('ai-limitations', 'Limitations of AI outputs', 'Why Copilot can be wrong, and how to check its work before you rely on it.', { durationMinutes: 15 }, 0.68, limitsCheck),
  m('prompt-writing', 'Prompt writing skills', 'Write prompts that get useful, checkable answers.', { durationMinutes: 25, dueWithinDays: 60 }, 0.6),
  m(
    'copilot-investigators',
    'Copilot for investigators',
    'Using Copilot safely with case material: disclosure, evidential integrity and what never to paste.',
    { audience: { departments: ['CID / local investigation', 'Public protection', 'Serious Crime Directorate'] }, assignedOn: '2026-10-01', dueWithinDays: 45 },
    0.55
  )
];

function learnerOf(p: IDemoPerson): ILearner {
  return { upn: p.upn, force: p.force, department: p.department, grade: p.grade, workerType: p.workerType as WorkerType, jobTitle: p.jobTitle, startDate: p.startDate, leaveDate: p.leaveDate };
}

/**
 * Completion records made after the demo's summary was rebuilt (the newest ones): a fresh demo shows the
 * dashboard applying "completions since the rebuild" on top of the summary.
 */
export const DEMO_RECORDS_SINCE_REBUILD: number = 250;

/** The rebuild id of the demo's summary (one per demo day, so a restart seeds the same items). */
export function demoRebuildId(today: string): string {
  return `${addDays(today, -1)}-demo`;
}

export const trainingSlice: IDemoSlice = {
  name: 'training',
  seed(ctx) {
    const web = ctx.dataWeb;
    const modulesList = web.getListByUrl(`${web.serverRelativeUrl}/${TrainingModulesList.url}`);
    const completionsList = web.getListByUrl(`${web.serverRelativeUrl}/${TrainingCompletionsList.url}`);
    if (!modulesList || !completionsList) throw new Error('The training lists do not exist: run provisioning before seeding');
    if (modulesList.itemCount > 0) return { items: 0 };

    const created = `${ROLLOUT}T08:00:00Z`;
    modulesList.bulkInsert(
      DEMO_MODULES.map(({ module, questions }, i) => {
        const item: NewTrainingModule = {
          title: module.title,
          key: module.key,
          description: module.description,
          contentUrl: module.contentUrl ? { url: module.contentUrl, description: module.title } : undefined,
          durationMinutes: module.durationMinutes,
          mandatory: module.mandatory,
          active: module.active,
          sortOrder: i + 1,
          departments: (module.audience.departments ?? []).join('\n') || undefined,
          dueWithinDays: module.dueWithinDays,
          assignedOn: module.assignedOn,
          refreshMonths: module.refreshMonths,
          policyVersion: module.policy?.version,
          policyPublishedOn: module.policy?.publishedOn,
          passMark: module.knowledgeCheck?.passMark,
          maxAttempts: module.knowledgeCheck?.maxAttempts,
          questions: questions ? JSON.stringify(questions) : undefined
        };
        return { values: { ...toWire(TrainingModulesList, item) }, authorId: ctx.ownerId, created };
      })
    );

    const site = ctx.security.site(web.serverRelativeUrl);
    const rows: Array<{ values: Record<string, unknown>; authorId: number; created: string }> = [];
    /** Each row's completion, for the summary (rows are sorted below, so kept beside rather than by index). */
    const completionOf = new Map<object, ICompletion>();
    for (const person of ctx.people) {
      if (person.leaveDate !== undefined && person.leaveDate <= ctx.today) continue;
      const author = site.userByUpn(person.upn);
      if (!author) continue;
      const learner = learnerOf(person);
      const mine: ICompletion[] = [];
      for (const { module, uptake } of DEMO_MODULES) {
        // The modules as they were before version 2 of the acceptable-use policy, for the early attestations.
        const asAttested: ITrainingModule = module.policy ? { ...module, policy: { version: 1, publishedOn: ROLLOUT } } : module;
        const start = module.assignedOn > (person.startDate ?? '') ? module.assignedOn : (person.startDate as string);
        if (start >= ctx.today || ctx.rng.next() > uptake) continue;
        const day = addDays(start, Math.floor(ctx.rng.next() * Math.max(1, daysBetween(start, ctx.today))));
        const recent = module.policy !== undefined && day >= module.policy.publishedOn;
        const completion: ICompletion = {
          upn: person.upn,
          moduleKey: module.key,
          completedOn: day > ctx.today ? ctx.today : day,
          policyVersion: module.policy ? (recent ? module.policy.version : 1) : undefined,
          score: module.knowledgeCheck ? 80 + Math.floor(ctx.rng.next() * 21) : undefined
        };
        const asOf = recent ? module : asAttested;
        const prior = priorState(asOf, learner, mine, completion.completedOn);
        const unit = unitOf(learner);
        const item: NewTrainingCompletion = {
          title: module.title,
          moduleKey: module.key,
          upn: person.upn,
          completedOn: completion.completedOn,
          policyVersion: completion.policyVersion,
          attestation: module.policy ? `I have read and understood version ${completion.policyVersion} of ${module.title}.` : `I have completed ${module.title}.`,
          score: completion.score,
          counts: counts(asOf, completion),
          validUntil: validUntil(module, completion),
          force: unit.force,
          department: unit.department,
          grade: unit.grade,
          workerType: unit.workerType,
          prior: prior ? JSON.stringify(prior) : undefined
        };
        // Made (so the random sequence, and everyone else's records, stay the same) but not recorded: a
        // module that does not apply to the person, or one a persona's journey still has to do.
        if (!appliesTo(module, learner, completion.completedOn) || JOURNEY_NOT_DONE[person.upn]?.includes(module.key)) continue;
        mine.push(completion);
        const row = { values: { ...toWire(TrainingCompletionsList, item) }, authorId: author.id, created: `${completion.completedOn}T10:00:00Z` };
        rows.push(row);
        completionOf.set(row, completion);
      }
    }
    // Completion records arrive in the order they were made, as ids would on a real list.
    rows.sort((a, b) => a.created.localeCompare(b.created));
    const firstId = completionsList.maxId + 1;
    for (let i = 0; i < rows.length; i += 1000) completionsList.bulkInsert(rows.slice(i, i + 1000));

    const summary = seedSummary(ctx, rows.slice(0, Math.max(0, rows.length - DEMO_RECORDS_SINCE_REBUILD)), completionOf, firstId);
    return { items: DEMO_MODULES.length + rows.length + summary };
  }
};

/**
 * The summary as a training lead would have rebuilt it the evening before: every completion except the
 * newest few (`rows`, inserted from `firstId` on), counted as of yesterday and written as the lead's
 * `saveSummary` would have written it. Returns the number of items written.
 */
function seedSummary(ctx: IDemoContext, rows: readonly object[], completionOf: ReadonlyMap<object, ICompletion>, firstId: number): number {
  const web = ctx.dataWeb;
  const summaryList = web.getListByUrl(`${web.serverRelativeUrl}/${TrainingSummaryList.url}`);
  if (!summaryList) throw new Error('The training summary list does not exist: run provisioning before seeding');
  if (summaryList.itemCount > 0) return 0;
  const byUpn = new Map<string, ICompletion[]>();
  for (const row of rows) {
    const completion = completionOf.get(row);
    if (!completion) continue;
    const mine = byUpn.get(completion.upn);
    if (mine) mine.push(completion);
    else byUpn.set(completion.upn, [completion]);
  }
  const yesterday = addDays(ctx.today, -1);
  // Ids are given in insertion order: the last record counted is `firstId + rows - 1`.
  const summary = buildSummary(ctx.people.map(learnerOf), DEMO_MODULES.map((s) => s.module), byUpn, yesterday, firstId + rows.length - 1);
  const lead = PERSONAS.find((p) => p.role === 'trainingLead');
  const authorId = (lead && ctx.security.site(web.serverRelativeUrl).userByUpn(lead.upn)?.id) ?? ctx.ownerId;
  const created = `${yesterday}T19:30:00Z`;
  const { items: cellItems, markers } = summaryItems(summary, demoRebuildId(ctx.today));
  const items = [...cellItems, ...markers];
  summaryList.bulkInsert(items.map((item) => ({ values: { ...toWire(TrainingSummaryList, item) }, authorId, created })));
  return items.length;
}
