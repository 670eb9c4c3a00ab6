import { addDays, laterOf, weekStart } from './days';
import { assignedOn, latestCounting, moduleStatus, stateFor, validUntil, DEFAULT_DUE_SOON_DAYS } from './status';
import type { Day, ICompletion, ILearner, ITrainingModule, ModuleState, WorkerType } from './types';

/**
 * Compliance at force and national scale without scanning the records.
 *
 * A lead rebuilds a small summary from the raw records: for every unit (force, department, grade, worker
 * type) and module, how many people it applies to, and — instead of a "done" or "overdue" count that would
 * go stale overnight — histograms: people without a completion by the day they joined (their due day
 * follows from the module as it is *now*, so a policy version published after the rebuild moves it), and
 * people with one by the day it runs out and the policy version they attested to. Overdue and due-soon
 * figures are then worked out for any day without a write. Completions made since the rebuild are read as deltas (records
 * with a higher id, in id ranges that never meet the list view threshold) and moved between histogram
 * cells on screen; nobody writes a shared counter, so concurrent completions cannot conflict.
 */

export interface IUnit {
  force: string;
  department: string;
  grade: string;
  workerType: WorkerType;
}

export type UnitDimension = keyof IUnit;

export interface ISummaryCell extends IUnit {
  moduleKey: string;
  applicable: number;
  /**
   * No counting completion at the rebuild: people by their start day (`''` when not recorded). Their due
   * day is the later of that and the module's (or current policy version's) assignment, plus its days.
   */
  pending: Record<string, number>;
  /** A counting completion at the rebuild (current or run out): people by `<until or never>@<policy version or 0>`. */
  done: Record<string, number>;
  /** Those completions by the day they were made (the weekly trend). */
  completedOn: Record<Day, number>;
}

export interface ITrainingSummary {
  /** The calendar day the summary was computed for. */
  asOf: Day;
  /** Highest completion record id included; later ids are deltas. */
  maxRecordId: number;
  cells: ISummaryCell[];
}

const NEVER = 'never';

function doneKey(until: Day | undefined, policyVersion: number | undefined): string {
  return `${until ?? NEVER}@${policyVersion ?? 0}`;
}

function parseDoneKey(key: string): { until: Day | undefined; version: number } {
  const at = key.lastIndexOf('@');
  const until = key.slice(0, at);
  return { until: until === NEVER ? undefined : until, version: Number(key.slice(at + 1)) };
}

export function unitOf(learner: ILearner): IUnit {
  return { force: learner.force, department: learner.department, grade: learner.grade, workerType: learner.workerType };
}

function cellKey(unit: IUnit, moduleKey: string): string {
  return JSON.stringify([unit.force, unit.department, unit.grade, unit.workerType, moduleKey]);
}

function bump(record: Record<string, number>, key: string, by: number): void {
  const next = (record[key] ?? 0) + by;
  if (next === 0) delete record[key];
  else record[key] = next;
}

class CellIndex {
  private readonly map = new Map<string, ISummaryCell>();

  public constructor(cells: readonly ISummaryCell[] = []) {
    for (const c of cells) this.map.set(cellKey(c, c.moduleKey), { ...c, pending: { ...c.pending }, done: { ...c.done }, completedOn: { ...c.completedOn } });
  }

  public cell(unit: IUnit, moduleKey: string): ISummaryCell {
    const key = cellKey(unit, moduleKey);
    let c = this.map.get(key);
    if (!c) {
      c = { ...unit, moduleKey, applicable: 0, pending: {}, done: {}, completedOn: {} };
      this.map.set(key, c);
    }
    return c;
  }

  public cells(): ISummaryCell[] {
    return [...this.map.values()].filter((c) => c.applicable > 0);
  }
}

/** Rebuilds the summary from the directory and every completion record (the lead's "rebuild"). */
export function buildSummary(
  learners: readonly ILearner[],
  modules: readonly ITrainingModule[],
  completionsByUpn: ReadonlyMap<string, readonly ICompletion[]>,
  asOf: Day,
  maxRecordId: number
): ITrainingSummary {
  const index = new CellIndex();
  for (const learner of learners) {
    const records = completionsByUpn.get(learner.upn) ?? [];
    for (const module of modules) {
      const status = moduleStatus(module, learner, records, asOf);
      if (!status) continue;
      const cell = index.cell(unitOf(learner), module.key);
      cell.applicable += 1;
      if (status.completion) {
        // Done, or done and since run out (due again from that day: `compliance` works it out).
        bump(cell.done, doneKey(status.validUntil, status.completion.policyVersion), 1);
        bump(cell.completedOn, status.completion.completedOn, 1);
      } else {
        bump(cell.pending, startKey(learner.startDate), 1);
      }
    }
  }
  return { asOf, maxRecordId, cells: index.cells() };
}

/**
 * Where the learner stood on a module before a completion, as the app records it on the completion item
 * (the learner's own records are at hand when they complete), so the dashboard can move them between
 * histogram cells without reading anyone's history.
 */
export interface IPriorState {
  done: boolean;
  /** When not done: the day it was due. */
  dueOn: Day | undefined;
  /** The learner's start day (`''` when not recorded): where the summary holds them while not done. */
  start?: string;
  /** The latest passed completion, current or not (it may have run out, or be for an older policy version). */
  previous: { until: Day | undefined; policyVersion: number | undefined; completedOn: Day } | undefined;
}

export interface ICompletionDelta {
  /** List item id: deltas are the records above the summary's maxRecordId. */
  id: number;
  completion: ICompletion;
  unit: IUnit;
  prior: IPriorState;
  /** Whether this completion counts (passed check, current policy version) and until when. */
  counts: boolean;
  validUntil: Day | undefined;
}

/**
 * Applies completions made since the rebuild. Per learner and module only the earliest delta's prior
 * state and the latest counting delta matter, so two completions racing each other (two tabs, a retry)
 * move a learner once, never twice.
 */
export function applyDeltas(summary: ITrainingSummary, deltas: readonly ICompletionDelta[]): ITrainingSummary {
  const index = new CellIndex(summary.cells);
  const groups = new Map<string, ICompletionDelta[]>();
  for (const d of deltas) {
    if (d.id <= summary.maxRecordId) continue;
    const key = `${d.completion.upn}\u0000${d.completion.moduleKey}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  let maxRecordId = summary.maxRecordId;
  for (const group of groups.values()) {
    group.sort((a, b) => a.id - b.id);
    maxRecordId = Math.max(maxRecordId, group[group.length - 1].id);
    const latest = group.filter((d) => d.counts).pop();
    if (!latest) continue;
    const first = group[0];
    const cell = index.cell(latest.unit, latest.completion.moduleKey);
    const prior = first.prior;
    const takePrevious = (): boolean =>
      !!prior.previous && take(cell.done, doneKey(prior.previous.until, prior.previous.policyVersion)) && take(cell.completedOn, prior.previous.completedOn);
    // A learner with an earlier completion was counted by it at the rebuild (it may have run out, or be
    // for an older policy version, since); one without is held by their start day.
    const takePending = (): boolean => (prior.start !== undefined ? take(cell.pending, prior.start) : takeAny(cell.pending));
    const removed = prior.done ? takePrevious() : takePrevious() || takePending();
    // Someone the summary did not count (a joiner since the rebuild) is added to the module's people.
    if (!removed) cell.applicable += 1;
    bump(cell.done, doneKey(latest.validUntil, latest.completion.policyVersion), 1);
    bump(cell.completedOn, latest.completion.completedOn, 1);
  }
  return { asOf: summary.asOf, maxRecordId, cells: index.cells() };
}

/** A record written without the start day (older app versions): any pending person of the unit makes way. */
function takeAny(record: Record<string, number>): boolean {
  const key = Object.keys(record).find((k) => record[k] > 0);
  return key !== undefined && take(record, key);
}

function startKey(start: Day | undefined): string {
  return start ?? '';
}

function take(record: Record<string, number>, key: string): boolean {
  if ((record[key] ?? 0) <= 0) return false;
  bump(record, key, -1);
  return true;
}

export interface IComplianceRow {
  /** The grouping values, e.g. { force: 'Essex', moduleKey: 'copilot-basics' }. */
  group: Record<string, string>;
  applicable: number;
  done: number;
  dueSoon: number;
  overdue: number;
  upcoming: number;
}

export interface IComplianceQuery {
  groupBy: ReadonlyArray<UnitDimension | 'moduleKey'>;
  /** Only cells matching every given value. */
  where?: Partial<IUnit & { moduleKey: string }>;
  dueSoonDays?: number;
}

/**
 * Compliance on `today` from a summary (with deltas applied): done, due soon, overdue and upcoming counts
 * per group. A completion that has run out is due from the day it ran out; an attestation to an old
 * policy version is due from the new version's publication.
 */
export function compliance(summary: ITrainingSummary, modules: readonly ITrainingModule[], today: Day, query: IComplianceQuery): IComplianceRow[] {
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const soon = query.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const rows = new Map<string, IComplianceRow>();
  const where = query.where ?? {};
  for (const cell of summary.cells) {
    const module = byKey.get(cell.moduleKey);
    if (!module || !module.active) continue;
    if ((Object.keys(where) as Array<keyof typeof where>).some((k) => where[k] !== undefined && where[k] !== cell[k])) continue;
    const group: Record<string, string> = {};
    for (const dim of query.groupBy) group[dim] = cell[dim];
    const key = JSON.stringify(group);
    let row = rows.get(key);
    if (!row) {
      row = { group, applicable: 0, done: 0, dueSoon: 0, overdue: 0, upcoming: 0 };
      rows.set(key, row);
    }
    row.applicable += cell.applicable;
    const count = (state: Exclude<ModuleState, 'done'>, n: number): void => {
      row![state] += n;
    };
    const firstDue = addDays(assignedOn(module), module.dueWithinDays);
    for (const [start, n] of Object.entries(cell.pending)) {
      count(stateFor(start === '' ? firstDue : addDays(laterOf(start, assignedOn(module)) as Day, module.dueWithinDays), today, soon), n);
    }
    for (const [key2, n] of Object.entries(cell.done)) {
      const { until, version } = parseDoneKey(key2);
      if (module.policy && version < module.policy.version) {
        count(stateFor(addDays(assignedOn(module), module.dueWithinDays), today, soon), n);
      } else if (until !== undefined && until <= today) {
        count(stateFor(until, today, soon), n);
      } else {
        row.done += n;
      }
    }
  }
  return [...rows.values()].sort((a, b) => JSON.stringify(a.group).localeCompare(JSON.stringify(b.group)));
}

/** Completions per week (Monday) over the last `weeks` weeks up to `today`, cumulative, from the summary. */
export function weeklyTrend(summary: ITrainingSummary, today: Day, weeks: number, where: Partial<IUnit & { moduleKey: string }> = {}): Array<{ week: Day; completed: number }> {
  const byWeek = new Map<Day, number>();
  let before = 0;
  const first = addDays(weekStart(today), -7 * (weeks - 1));
  for (const cell of summary.cells) {
    if ((Object.keys(where) as Array<keyof typeof where>).some((k) => where[k] !== undefined && where[k] !== cell[k])) continue;
    for (const [day, n] of Object.entries(cell.completedOn)) {
      if (day > today) continue;
      const week = weekStart(day);
      if (week < first) before += n;
      else byWeek.set(week, (byWeek.get(week) ?? 0) + n);
    }
  }
  const out: Array<{ week: Day; completed: number }> = [];
  let running = before;
  for (let i = 0; i < weeks; i++) {
    const week = addDays(first, 7 * i);
    running += byWeek.get(week) ?? 0;
    out.push({ week, completed: running });
  }
  return out;
}

/** The prior state to record on a new completion, from the learner's own records. */
export function priorState(module: ITrainingModule, learner: ILearner, records: readonly ICompletion[], today: Day): IPriorState | undefined {
  const status = moduleStatus(module, learner, records, today);
  if (!status) return undefined;
  // Passed completions of this module whatever their policy version: the one the rebuild may have counted.
  const anyVersion: ITrainingModule = { ...module, policy: undefined };
  const previous = latestCounting(anyVersion, records.filter((r) => r.upn === learner.upn));
  return {
    done: status.state === 'done',
    dueOn: status.state === 'done' ? undefined : status.dueOn,
    start: startKey(learner.startDate),
    previous: previous ? { until: validUntil(module, previous), policyVersion: previous.policyVersion, completedOn: previous.completedOn } : undefined
  };
}
