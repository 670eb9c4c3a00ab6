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
  type NewTrainingSummary,
  type TrainingSummaryItem
} from '../lists/training';
import { collectPages, edgeId, MAX_PAGE_SIZE, queryIndexed, readIdSpan, readNewest, scanByIdRange, type ReadOptions } from './paging';
import { chunks, MAX_BATCH_SIZE } from './batch';
import { filterFor } from './odata';
import type { DataSite } from './sp';
import { createItem, createItems, deleteItem, withoutCopies, type WriteOptions } from './writes';

const completions = filterFor(TrainingCompletionsList);

/**
 * Newest summary items read at once: two complete rebuilds for 43 forces of eight modules (683 items
 * nationally) fit, so the dashboard needs no second read.
 */
const SUMMARY_READ = 2000;
const SUMMARY_ITEM_CHARS = 60000;
const MARKER_TITLE = 'complete';
const summaries = filterFor(TrainingSummaryList);


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
  /**
   * One id per submission, kept while the learner submits it again after a failure: a first attempt
   * that landed (its answer lost) is then found instead of recorded twice.
   */
  clientId?: string;
}

export class TrainingRepository {
  public constructor(
    private readonly site: DataSite,
    private readonly options: ReadOptions & WriteOptions = {}
  ) {}

  /**
   * Every module, active or not, in the leads' order: one request (a training package has tens of modules;
   * the newest 5,000 are read, so even a list past the threshold answers).
   */
  public async modules(): Promise<ITrainingModule[]> {
    const items = await readNewest(this.site, TrainingModulesList, MAX_PAGE_SIZE, this.options);
    return items.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.title.localeCompare(b.title)).map(moduleFromItem);
  }

  /** The learner's own completions and attempts (a copy of one record counted once, so no attempt twice). */
  public async completionsOf(upn: string): Promise<ICompletion[]> {
    const items = await collectPages(queryIndexed(this.site, TrainingCompletionsList, completions.eq('upn', upn.trim().toLowerCase()), this.options));
    return withoutCopies(items).map(completionFromItem);
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
        prior: prior ? JSON.stringify(prior) : null,
        ...(input.clientId !== undefined ? { clientId: input.clientId } : {})
      },
      this.options
    );
    return completion;
  }

  /**
   * Records with `fromId ≤ Id ≤ toId`, the Id windows read side by side: the dashboard knows both ends
   * (the summary's last id, the list's newest id) so a burst of any size costs one round trip.
   */
  public async deltasBetween(fromId: number, toId: number, force?: string): Promise<ICompletionDelta[]> {
    if (toId < fromId) return [];
    // One force's view reads only its records (the Id range stays the first clause, so any size is safe).
    const filter = force !== undefined ? completions.eq('force', force) : undefined;
    const items = await readIdSpan(this.site, TrainingCompletionsList, fromId, toId, { ...this.options, filter });
    return items.map(deltaFromItem);
  }

  /** The newest completion record's id (0 when there are none): one request. */
  public async newestRecordId(): Promise<number> {
    return (await edgeId(this.site, TrainingCompletionsList)) ?? 0;
  }

  /**
   * The newest complete rebuild of every force (or of one force): one request for the newest summary
   * items, whose markers say which rebuild is complete; a second, indexed read only when a rebuild has
   * more items than the first read brought.
   */
  public async latestSummaries(force?: string, firstRead: number = SUMMARY_READ): Promise<IStoredSummary[]> {
    const filter = force !== undefined ? summaries.eq('force', force) : undefined;
    const newest = await readNewest(this.site, TrainingSummaryList, firstRead, { ...this.options, filter });
    const markers = new Map<string, TrainingSummaryItem>();
    for (const item of newest) {
      if (item.title === MARKER_TITLE && item.force !== null && !markers.has(item.force)) markers.set(item.force, item);
    }
    // A rebuild with more items than the first read brought is read whole once, by its indexed id.
    const complete = new Map<string, TrainingSummaryItem[]>();
    const incomplete = new Set<string>();
    for (const marker of markers.values()) {
      const items = newest.filter((i) => i.rebuildId === marker.rebuildId && i.force === marker.force && i.title !== MARKER_TITLE);
      if (items.length < markerItems(marker)) incomplete.add(marker.rebuildId);
      else complete.set(`${marker.rebuildId}|${marker.force}`, items);
    }
    await Promise.all(
      [...incomplete].map(async (rebuildId) => {
        const all = await collectPages(queryIndexed(this.site, TrainingSummaryList, summaries.eq('rebuildId', rebuildId), this.options));
        for (const item of all) {
          if (item.title === MARKER_TITLE) continue;
          const key = `${rebuildId}|${item.force}`;
          complete.set(key, [...(complete.get(key) ?? []), item]);
        }
      })
    );
    return [...markers.values()].map((marker) => ({
      force: marker.force ?? '',
      rebuildId: marker.rebuildId,
      rebuiltAt: marker.created,
      summary: summaryFromItems(complete.get(`${marker.rebuildId}|${marker.force}`) ?? [], marker)
    }));
  }

  /**
   * Writes a rebuilt summary: the cells of each force and module in items of at most ~60,000 characters,
   * then one marker per force saying the rebuild is complete (readers ignore a rebuild without its
   * marker, so an interrupted write never shows half a summary). Client ids derived from the rebuild id
   * make a retried write idempotent. `onProgress` counts items written.
   */
  public async saveSummary(summary: ITrainingSummary, rebuildId: string, onProgress?: (written: number, total: number) => void): Promise<void> {
    const { items, markers } = summaryItems(summary, rebuildId);
    const total = items.length + markers.length;
    let written = 0;
    for (const batch of [...chunks(items, MAX_BATCH_SIZE), markers]) {
      const outcomes = await createItems(this.site, TrainingSummaryList, batch, this.options);
      const failed = outcomes.find((o) => !o.ok);
      if (failed && !failed.ok) throw failed.error;
      written += batch.length;
      onProgress?.(written, total);
    }
  }

  /**
   * Deletes summary items older than the newest `keep` complete rebuilds of each force, so the list (and
   * the dashboard's one read of it) stays small. Leads only; a failure leaves extra items, never fewer.
   */
  public async pruneSummaries(keep: number = 2): Promise<number> {
    const all = await collectPages(scanByIdRange(this.site, TrainingSummaryList, { ...this.options, keys: ['title', 'force', 'rebuildId'] }));
    const kept = new Map<string, Set<string>>();
    for (const item of [...all].sort((a, b) => b.id - a.id)) {
      if (item.title !== MARKER_TITLE || item.force === null) continue;
      const forForce = kept.get(item.force) ?? new Set<string>();
      if (forForce.size < keep) forForce.add(item.rebuildId);
      kept.set(item.force, forForce);
    }
    const newestKept = new Map<string, number>();
    for (const item of all) {
      if (item.force !== null && kept.get(item.force)?.has(item.rebuildId)) newestKept.set(item.force, Math.max(newestKept.get(item.force) ?? 0, item.id));
    }
    // Only items below a kept rebuild go: a rebuild still being written (no marker yet) is newer and stays.
    const doomed = all.filter((i) => i.force !== null && !kept.get(i.force)?.has(i.rebuildId) && i.id < (newestKept.get(i.force) ?? 0));
    for (const item of doomed) await deleteItem(this.site, TrainingSummaryList, item.id, item.etag, this.options);
    return doomed.length;
  }
}

/** A force's summary as stored, with who-when from its marker. */
export interface IStoredSummary {
  force: string;
  rebuildId: string;
  /** When the rebuild finished (the marker's creation). */
  rebuiltAt: Date | null;
  summary: ITrainingSummary;
}

function markerItems(marker: TrainingSummaryItem): number {
  try {
    const value = JSON.parse(marker.cells) as { items?: unknown };
    return typeof value.items === 'number' ? value.items : 0;
  } catch {
    return 0;
  }
}

/** Cells as JSON arrays of at most `max` characters each (a single huge cell still gets its own item). */
function chunkByLength(cells: readonly ISummaryCell[], max: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 2;
  for (const cell of cells) {
    const json = JSON.stringify(cell);
    if (current.length > 0 && length + json.length + 1 > max) {
      out.push(`[${current.join(',')}]`);
      current = [];
      length = 2;
    }
    current.push(json);
    length += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}

/**
 * The items a rebuilt summary is saved as: per force, the cells of each module in items of at most ~60,000
 * characters, and one marker per force ('complete', no module, `{"items": n}`) written after them. Client
 * ids derived from the rebuild id make a retried save idempotent.
 */
export function summaryItems(summary: ITrainingSummary, rebuildId: string): { items: NewTrainingSummary[]; markers: NewTrainingSummary[] } {
  const byForce = new Map<string, ISummaryCell[]>();
  for (const cell of summary.cells) byForce.set(cell.force, [...(byForce.get(cell.force) ?? []), cell]);
  const items: NewTrainingSummary[] = [];
  const markers: NewTrainingSummary[] = [];
  for (const [force, cells] of byForce) {
    const before = items.length;
    const byModule = new Map<string, ISummaryCell[]>();
    for (const cell of cells) byModule.set(cell.moduleKey, [...(byModule.get(cell.moduleKey) ?? []), cell]);
    for (const [moduleKey, moduleCells] of byModule) {
      for (const chunk of chunkByLength(moduleCells, SUMMARY_ITEM_CHARS)) {
        items.push({ title: `${force} | ${moduleKey}`, force, moduleKey, asOf: summary.asOf, maxRecordId: summary.maxRecordId, rebuildId, cells: chunk, clientId: `${rebuildId}-${items.length}` });
      }
    }
    markers.push({
      title: MARKER_TITLE,
      force,
      moduleKey: null,
      asOf: summary.asOf,
      maxRecordId: summary.maxRecordId,
      rebuildId,
      cells: JSON.stringify({ items: items.length - before }),
      clientId: `${rebuildId}-marker-${markers.length}`
    });
  }
  return { items, markers };
}

export function summaryFromItems(items: readonly TrainingSummaryItem[], marker?: TrainingSummaryItem): ITrainingSummary {
  const cells: ISummaryCell[] = [];
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    try {
      const parsed = JSON.parse(item.cells) as ISummaryCell[];
      if (Array.isArray(parsed)) cells.push(...parsed);
    } catch {
      // A damaged item is skipped; the next rebuild replaces it.
    }
  }
  const first = marker ?? items[0];
  return {
    asOf: first !== undefined ? first.asOf : '',
    maxRecordId: marker !== undefined ? marker.maxRecordId : items.reduce((m, i) => Math.max(m, i.maxRecordId), 0),
    cells
  };
}
