/**
 * Training modules, completions and the compliance summary on the data site.
 *
 * - A learner's view needs their modules and their own completions: two indexed reads. Item-level
 *   security (ReadSecurity 2) means SharePoint returns nobody else's records whatever the filter says;
 *   the `upn` filter only keeps a manager's or lead's own view to their own records.
 * - Completions are created by the learner (SharePoint stamps the author) with the unit they belonged to
 *   and their state before, so the dashboard can apply them to the summary without reading history.
 * - The summary is rebuilt by a training lead from every record (Id-range reads, safe at any size) and
 *   written as one item per force and module under a new rebuild id; readers take the newest rebuild.
 */
import { priorState, unitOf, type ICompletionDelta, type IPriorState, type ISummaryCell, type ITrainingSummary } from '../domain/training/summary';
import { counts, validUntil } from '../domain/training/status';
import type { IAudience, ICompletion, IKnowledgeCheck, ILearner, IQuestion, ITrainingModule, WorkerType } from '../domain/training/types';
import {
  TrainingCompletionsList,
  TrainingModulesList,
  TrainingSummaryList,
  type TrainingCompletionItem,
  type TrainingModuleItem,
  type TrainingSummaryItem
} from '../lists/training';
import { collectPages, queryIndexed, scanByIdRange, type ReadOptions } from './paging';
import { filterFor } from './odata';
import type { DataSite } from './sp';
import { createItem, createItems, type WriteOptions } from './writes';

const completions = filterFor(TrainingCompletionsList);

function lines(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function isQuestion(value: unknown): value is IQuestion {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Record<string, unknown>;
  return (
    typeof q.id === 'string' &&
    typeof q.text === 'string' &&
    Array.isArray(q.options) &&
    q.options.every((o) => typeof o === 'string') &&
    typeof q.answer === 'number' &&
    q.answer >= 0 &&
    q.answer < q.options.length
  );
}

/** Questions as stored (JSON written by the web part); anything malformed is left out, not thrown. */
export function parseQuestions(json: string | null): IQuestion[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isQuestion) : [];
  } catch {
    return [];
  }
}

/** A module item as the domain sees it. */
export function moduleFromItem(item: TrainingModuleItem): ITrainingModule {
  const audience: IAudience = {
    forces: item.forces,
    workerTypes: item.workerTypes as WorkerType[],
    departments: lines(item.departments),
    grades: lines(item.grades),
    jobTitles: lines(item.jobTitles)
  };
  const knowledgeCheck: IKnowledgeCheck | undefined =
    item.passMark !== null ? { passMark: item.passMark, maxAttempts: item.maxAttempts ?? undefined, questions: parseQuestions(item.questions) } : undefined;
  return {
    key: item.key,
    title: item.title,
    description: item.description ?? '',
    contentUrl: item.contentUrl?.url,
    durationMinutes: item.durationMinutes ?? undefined,
    mandatory: item.mandatory,
    active: item.active,
    audience,
    dueWithinDays: item.dueWithinDays,
    assignedOn: item.assignedOn,
    refreshMonths: item.refreshMonths ?? undefined,
    policy: item.policyVersion !== null ? { version: item.policyVersion, publishedOn: item.policyPublishedOn ?? item.assignedOn } : undefined,
    knowledgeCheck
  };
}

export function completionFromItem(item: TrainingCompletionItem): ICompletion {
  return {
    upn: item.upn.toLowerCase(),
    moduleKey: item.moduleKey,
    completedOn: item.completedOn,
    policyVersion: item.policyVersion ?? undefined,
    score: item.score ?? undefined
  };
}

function parsePrior(json: string | null): IPriorState {
  try {
    const value = JSON.parse(json ?? '') as IPriorState;
    if (typeof value === 'object' && value !== null && typeof value.done === 'boolean') return value;
  } catch {
    // A record without a readable prior state counts as a joiner: added, never moved.
  }
  return { done: false, dueOn: undefined, previous: undefined };
}

export function deltaFromItem(item: TrainingCompletionItem): ICompletionDelta {
  return {
    id: item.id,
    completion: completionFromItem(item),
    unit: { force: item.force ?? '', department: item.department ?? '', grade: item.grade ?? '', workerType: (item.workerType ?? 'Other') as WorkerType },
    prior: parsePrior(item.prior),
    counts: item.counts,
    validUntil: item.validUntil ?? undefined
  };
}

export interface IRecordInput {
  attestation: string;
  score: number | undefined;
}

export class TrainingRepository {
  public constructor(
    private readonly site: DataSite,
    private readonly options: ReadOptions & WriteOptions = {}
  ) {}

  /** Every module, active or not, in the leads' order. */
  public async modules(): Promise<ITrainingModule[]> {
    const items = await collectPages(scanByIdRange(this.site, TrainingModulesList, this.options));
    return items.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.title.localeCompare(b.title)).map(moduleFromItem);
  }

  /** The learner's own completions and attempts. */
  public async completionsOf(upn: string): Promise<ICompletion[]> {
    const items = await collectPages(queryIndexed(this.site, TrainingCompletionsList, completions.eq('upn', upn.trim().toLowerCase()), this.options));
    return items.map(completionFromItem);
  }

  /**
   * Records a completion (or a failed knowledge check attempt) by the learner, with their unit and prior
   * state for the dashboard. Safe to repeat after a lost answer: the client id makes it one item.
   */
  public async record(learner: ILearner, module: ITrainingModule, input: IRecordInput, mine: readonly ICompletion[], today: string): Promise<ICompletion> {
    const completion: ICompletion = {
      upn: learner.upn.toLowerCase(),
      moduleKey: module.key,
      completedOn: today,
      policyVersion: module.policy?.version,
      score: input.score
    };
    const prior = priorState(module, learner, mine, today);
    const unit = unitOf(learner);
    await createItem(
      this.site,
      TrainingCompletionsList,
      {
        title: module.title,
        moduleKey: module.key,
        upn: completion.upn,
        completedOn: today,
        policyVersion: completion.policyVersion ?? null,
        attestation: input.attestation,
        score: input.score ?? null,
        counts: counts(module, completion),
        validUntil: validUntil(module, completion) ?? null,
        force: unit.force,
        department: unit.department,
        grade: unit.grade,
        workerType: unit.workerType,
        prior: prior ? JSON.stringify(prior) : null
      },
      this.options
    );
    return completion;
  }

  /** Every completion record (for a rebuild): Id windows, safe at any list size. */
  public allCompletions(): AsyncGenerator<TrainingCompletionItem[], void, undefined> {
    return scanByIdRange(this.site, TrainingCompletionsList, this.options);
  }

  /** Records above the summary's last id: the completions made since the rebuild. */
  public async deltasSince(maxRecordId: number): Promise<ICompletionDelta[]> {
    const items = await collectPages(scanByIdRange(this.site, TrainingCompletionsList, { ...this.options, fromId: maxRecordId + 1 }));
    return items.map(deltaFromItem);
  }

  /** The newest rebuilt summary, or undefined when none has been built. */
  public async latestSummary(): Promise<ITrainingSummary | undefined> {
    const items = await collectPages(scanByIdRange(this.site, TrainingSummaryList, this.options));
    if (items.length === 0) return undefined;
    const newest = items.reduce((a, b) => (b.id > a.id ? b : a));
    const rebuild = items.filter((i) => i.rebuildId === newest.rebuildId);
    return summaryFromItems(rebuild);
  }

  /** Writes a rebuilt summary as one item per force and module under a new rebuild id. */
  public async saveSummary(summary: ITrainingSummary, rebuildId: string): Promise<void> {
    const groups = new Map<string, ISummaryCell[]>();
    for (const cell of summary.cells) {
      const key = `${cell.force}|${cell.moduleKey}`;
      groups.set(key, [...(groups.get(key) ?? []), cell]);
    }
    const outcomes = await createItems(
      this.site,
      TrainingSummaryList,
      [...groups.entries()].map(([key, cells]) => ({
        title: key,
        force: cells[0].force,
        moduleKey: cells[0].moduleKey,
        asOf: summary.asOf,
        maxRecordId: summary.maxRecordId,
        rebuildId,
        cells: JSON.stringify(cells)
      })),
      this.options
    );
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0 && !failed[0].ok) throw failed[0].error;
  }
}

export function summaryFromItems(items: readonly TrainingSummaryItem[]): ITrainingSummary {
  const cells: ISummaryCell[] = [];
  for (const item of items) {
    try {
      const parsed = JSON.parse(item.cells) as ISummaryCell[];
      if (Array.isArray(parsed)) cells.push(...parsed);
    } catch {
      // A damaged item is skipped; the next rebuild replaces it.
    }
  }
  return {
    asOf: items.length > 0 ? items[0].asOf : '',
    maxRecordId: items.reduce((m, i) => Math.max(m, i.maxRecordId), 0),
    cells
  };
}
