/**
 * The compliance dashboard's data: what the signed-in person may do, and the summary with the
 * completions made since its rebuild — in at most three sequential round trips after the data site
 * is known, whatever the number of records:
 *
 *   1. modules, the newest summary items, the newest completion id and the person's rights (side by side);
 *   2. the completions between the summary's last id and the newest one, in Id windows side by side.
 *
 * And the training lead's rebuild: every person and completion read in Id windows (threshold-safe at any
 * size), counted, written under a new rebuild id, then older rebuilds pruned. It shows progress and is
 * resumable: after a failure (throttling, a lost connection) `run()` carries on from the window or write
 * that failed, keeping what it had read.
 */
import { PermissionKind } from '@pnp/sp/security';
import { applyDeltas, buildSummary, type ITrainingSummary } from '../domain/training/summary';
import type { ICompletion, ILearner, ITrainingModule } from '../domain/training/types';
import { PeopleList, type Person } from '../lists/people';
import { TrainingCompletionsList, TrainingModulesList, TrainingSummaryList } from '../lists/training';
import { edgeId, readIdSpan, MAX_PAGE_SIZE } from './paging';
import { hasPermission, type DataSite } from './sp';
import { learnerFromPerson } from './teamTraining';
import { completionFromItem, TrainingRepository, type IStoredSummary } from './TrainingRepository';

export interface ITrainingRights {
  /** SharePoint lets them read every completion (Override List Behaviors: managers and training leads). */
  readAllRecords: boolean;
  /** They can edit modules (training leads). */
  manageModules: boolean;
  /** They can write the summary (training leads). */
  rebuild: boolean;
  /** They can delete People rows (site owners): who answers subject access requests and removes records. */
  subjectAccess: boolean;
}

export async function trainingRights(site: DataSite): Promise<ITrainingRights> {
  const [readAllRecords, manageModules, rebuild, subjectAccess] = await Promise.all([
    hasPermission(site, TrainingCompletionsList, PermissionKind.CancelCheckout),
    hasPermission(site, TrainingModulesList, PermissionKind.EditListItems),
    hasPermission(site, TrainingSummaryList, PermissionKind.AddListItems),
    hasPermission(site, PeopleList, PermissionKind.DeleteListItems)
  ]);
  return { readAllRecords, manageModules, rebuild, subjectAccess };
}

export interface IDashboardData {
  modules: ITrainingModule[];
  rights: ITrainingRights;
  /** The summary of every force in scope with the completions since applied; undefined when never rebuilt. */
  summary: ITrainingSummary | undefined;
  /** Each force's rebuild. */
  rebuilds: IStoredSummary[];
  /** Completions read since the rebuilds (only the person's own when they cannot read all records). */
  deltasApplied: number;
  /** Sequential round trips this load took (after the data site was known). */
  roundTrips: number;
}

/** Merges per-force summaries (each already brought up to date) into one for the tables and charts. */
export function mergeSummaries(list: readonly ITrainingSummary[]): ITrainingSummary | undefined {
  if (list.length === 0) return undefined;
  return {
    asOf: list.map((s) => s.asOf).sort()[0],
    maxRecordId: Math.max(...list.map((s) => s.maxRecordId)),
    cells: list.flatMap((s) => s.cells)
  };
}

export async function loadDashboard(site: DataSite, options: { force?: string } = {}): Promise<IDashboardData> {
  const training = new TrainingRepository(site);
  const [modules, rebuilds, newestId, rights] = await Promise.all([
    training.modules(),
    training.latestSummaries(options.force),
    training.newestRecordId(),
    trainingRights(site)
  ]);
  if (rebuilds.length === 0) return { modules, rights, summary: undefined, rebuilds, deltasApplied: 0, roundTrips: 1 };
  const from = Math.min(...rebuilds.map((r) => r.summary.maxRecordId)) + 1;
  const deltas = await training.deltasBetween(from, newestId, options.force);
  const updated = rebuilds.map((r) =>
    applyDeltas(
      r.summary,
      deltas.filter((d) => d.unit.force === r.force)
    )
  );
  const applied = deltas.filter((d) => rebuilds.some((r) => r.force === d.unit.force && d.id > r.summary.maxRecordId)).length;
  return { modules, rights, summary: mergeSummaries(updated), rebuilds, deltasApplied: applied, roundTrips: newestId >= from ? 2 : 1 };
}

export type RebuildPhase = 'people' | 'records' | 'writing' | 'tidying' | 'done';

export interface IRebuildProgress {
  phase: RebuildPhase;
  /** Steps done and in all for the phase (Id windows read, items written). */
  done: number;
  total: number;
}

export interface IRebuildResult {
  rebuildId: string;
  people: number;
  records: number;
  cells: number;
  pruned: number;
}

/** Windows read side by side per step of a rebuild scan: fast, yet gentle enough not to be throttled. */
const WINDOWS_PER_STEP = 4;

interface IScan {
  first: number;
  next: number;
  last: number;
}

/**
 * A training lead's rebuild of the summary for some forces (all when none are given). Create one per
 * rebuild; call `run` again after it fails to resume where it stopped.
 */
export class SummaryRebuild {
  private readonly repo: TrainingRepository;
  private readonly rebuildId: string;
  private modules: ITrainingModule[] | undefined;
  private peopleScan: IScan | undefined;
  private recordScan: IScan | undefined;
  private readonly learners: ILearner[] = [];
  private readonly records = new Map<string, ICompletion[]>();
  private recordCount = 0;
  private summary: ITrainingSummary | undefined;
  private saved = false;
  private result: IRebuildResult | undefined;

  public constructor(
    private readonly site: DataSite,
    private readonly today: string,
    private readonly forces: readonly string[] = [],
    rebuildId?: string
  ) {
    this.repo = new TrainingRepository(site);
    this.rebuildId = rebuildId ?? `${today}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  }

  public async run(onProgress: (p: IRebuildProgress) => void = () => undefined): Promise<IRebuildResult> {
    if (this.result) return this.result;
    const inScope = (force: string): boolean => this.forces.length === 0 || this.forces.some((f) => f.toLowerCase() === force.toLowerCase());
    this.modules ??= await this.repo.modules();

    this.peopleScan ??= await this.startScan(PeopleList);
    await this.scan(PeopleList, this.peopleScan, 'people', onProgress, (people: Person[]) => {
      for (const p of people) if (inScope(p.force)) this.learners.push(learnerFromPerson(p));
    });

    this.recordScan ??= await this.startScan(TrainingCompletionsList);
    const upns = new Set(this.learners.map((l) => l.upn));
    await this.scan(TrainingCompletionsList, this.recordScan, 'records', onProgress, (items) => {
      for (const item of items) {
        const c = completionFromItem(item);
        if (!upns.has(c.upn)) continue;
        this.recordCount += 1;
        const mine = this.records.get(c.upn);
        if (mine) mine.push(c);
        else this.records.set(c.upn, [c]);
      }
    }, ['upn', 'moduleKey', 'completedOn', 'policyVersion', 'score']);

    this.summary ??= buildSummary(this.learners, this.modules, this.records, this.today, this.recordScan.last);
    if (!this.saved) {
      await this.repo.saveSummary(this.summary, this.rebuildId, (done, total) => onProgress({ phase: 'writing', done, total }));
      this.saved = true;
    }
    onProgress({ phase: 'tidying', done: 0, total: 1 });
    const pruned = await this.repo.pruneSummaries();
    onProgress({ phase: 'done', done: 1, total: 1 });
    this.result = { rebuildId: this.rebuildId, people: this.learners.length, records: this.recordCount, cells: this.summary.cells.length, pruned };
    return this.result;
  }

  private async startScan(def: typeof PeopleList | typeof TrainingCompletionsList): Promise<IScan> {
    const [first, last] = await Promise.all([edgeId(this.site, def, true), edgeId(this.site, def, false)]);
    return { first: first ?? 1, next: first ?? 1, last: last ?? 0 };
  }

  private async scan<L extends typeof PeopleList | typeof TrainingCompletionsList>(
    def: L,
    state: IScan,
    phase: RebuildPhase,
    onProgress: (p: IRebuildProgress) => void,
    take: (items: Awaited<ReturnType<typeof readIdSpan<L>>>) => void,
    keys?: readonly string[]
  ): Promise<void> {
    if (state.next > state.last && state.next !== state.first) return;
    const step = MAX_PAGE_SIZE * WINDOWS_PER_STEP;
    const total = Math.max(1, Math.ceil((state.last - state.first + 1) / step));
    let done = Math.ceil((state.next - state.first) / step);
    onProgress({ phase, done, total });
    for (let from = state.next; from <= state.last; from += step) {
      const to = Math.min(from + step - 1, state.last);
      const items = await readIdSpan(this.site, def, from, to, { concurrency: WINDOWS_PER_STEP, keys });
      take(items);
      // Only after the step was taken: a failure above leaves the cursor here, to read the same windows again.
      // eslint-disable-next-line require-atomic-updates -- RATIONALE: one rebuild runs at a time (the UI disables the button while it runs).
      state.next = to + 1;
      onProgress({ phase, done: ++done, total });
    }
  }
}
