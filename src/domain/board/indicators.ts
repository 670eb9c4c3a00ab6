/**
 * The board's live indicators, converted from what the other parts publish; pure. Each says where it comes
 * from and when that was published, and has one row per force and one for all forces together ('All').
 *
 * Decisions:
 * - **Training readiness** (topic training readiness, percent): from the training tracker's published summary
 *   (each force's latest rebuild by its training lead), evaluated on the day asked: of the mandatory module
 *   assignments (every active module when none is mandatory), the share done and in date — a completion that
 *   has run out, or an attestation to a superseded policy version, is not done. `base` is the number of
 *   assignments. Completions made since a rebuild are not counted (they are records the board cannot read):
 *   the figure is what was published. `publishedAt` is the OLDEST of the forces' rebuilds, so every row is at
 *   least that recent.
 * - **Benefits realisation** (topic benefits realisation, minutes per week): net time saved per licensed user,
 *   from the newest value-for-money figures an evaluation lead published (net of checking time, as the survey
 *   computes it): minutes a working day × working days a week of the published assumptions, to 0.1. `base` is
 *   the respondents. A force withheld as too small to publish has no value (`null`), never an estimate.
 * - **Poor outputs** (topic Copilot governance, count): reports of poor Copilot outputs from the catalogue not
 *   yet triaged (status `new`). `base` is every report of that force. A report without a force counts in
 *   'All' only. `publishedAt` is the newest report's time.
 * - The expected forces (Kent and Essex unless said otherwise) always have a row, `null` when nothing was
 *   published for them (a count is 0, not null: no report is an answer); other forces found follow them.
 */
import { compareForces, sameForce } from '../risks/exposure';
import { DEFAULT_JOINT_FORCES, type Day, type Instant, type RiskCategory } from '../risks/types';
import type { IPublishedBenefits, IPublishedScope } from '../benefits/published';
import { compliance, type ITrainingSummary } from '../training/summary';
import type { ITrainingModule } from '../training/types';
import type { IBoardIndicator, IIndicatorRow, IndicatorKey } from './types';

/** The row of the forces together. */
export const ALL_FORCES = 'All';

/** Where each indicator sits on the agenda. */
export const INDICATOR_TOPICS: Readonly<Record<IndicatorKey, RiskCategory>> = {
  trainingReadiness: 'trainingReadiness',
  benefitsRealisation: 'benefitsRealisation',
  poorOutputs: 'copilotGovernance'
};

/** A report's triage status before the board has looked at it. */
export const UNTRIAGED = 'new';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Expected forces first (in their order), then any other force found, each once. */
function forcesOf(expected: readonly string[], found: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of [...expected, ...found.slice().sort(compareForces)]) {
    if (f.trim() !== '' && !out.some((x) => sameForce(x, f))) out.push(f);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Training readiness

export interface IPublishedRebuild {
  force: string;
  rebuiltAt: Instant;
  summary: ITrainingSummary;
}

export interface ITrainingReadinessInput {
  rebuilds: readonly IPublishedRebuild[];
  modules: readonly ITrainingModule[];
  /** The day compliance is judged on. */
  today: Day;
  /** The summary list's title. */
  source: string;
  forces?: readonly string[];
}

/** The modules readiness counts: the mandatory active ones, or every active one when none is mandatory. */
export function readinessModules(modules: readonly ITrainingModule[]): ITrainingModule[] {
  const active = modules.filter((m) => m.active);
  const mandatory = active.filter((m) => m.mandatory);
  return mandatory.length > 0 ? mandatory : active;
}

export function trainingReadiness(input: ITrainingReadinessInput): IBoardIndicator {
  const modules = readinessModules(input.modules);
  const keys = new Set(modules.map((m) => m.key));
  const counts = new Map<string, { done: number; applicable: number }>();
  for (const rebuild of input.rebuilds) {
    const summary: ITrainingSummary = { ...rebuild.summary, cells: rebuild.summary.cells.filter((c) => keys.has(c.moduleKey) && sameForce(c.force, rebuild.force)) };
    const [row] = compliance(summary, modules, input.today, { groupBy: [] });
    const key = rebuild.force.trim();
    const held = counts.get(key) ?? { done: 0, applicable: 0 };
    counts.set(key, { done: held.done + (row?.done ?? 0), applicable: held.applicable + (row?.applicable ?? 0) });
  }
  const percent = (c: { done: number; applicable: number } | undefined): number | null => (c === undefined || c.applicable === 0 ? null : round1((100 * c.done) / c.applicable));
  const found = [...counts.keys()];
  const rows: IIndicatorRow[] =
    input.rebuilds.length === 0
      ? []
      : forcesOf(input.forces ?? DEFAULT_JOINT_FORCES, found).map((force) => {
          const c = found.filter((f) => sameForce(f, force)).map((f) => counts.get(f))[0];
          return { force, value: percent(c), base: c === undefined ? null : c.applicable };
        });
  if (rows.length > 0) {
    const all = [...counts.values()].reduce((s, c) => ({ done: s.done + c.done, applicable: s.applicable + c.applicable }), { done: 0, applicable: 0 });
    rows.push({ force: ALL_FORCES, value: percent(all), base: all.applicable });
  }
  const times = input.rebuilds.map((r) => r.rebuiltAt).sort();
  return {
    key: 'trainingReadiness',
    topic: INDICATOR_TOPICS.trainingReadiness,
    unit: 'percent',
    source: input.source,
    publishedAt: times[0] ?? null,
    rows
  };
}

// ---------------------------------------------------------------------------------------------------
// Benefits realisation

export interface IBenefitsInput {
  /** The newest published value-for-money figures, or undefined when none are published. */
  published: IPublishedBenefits | undefined;
  publishedAt: Instant | null;
  /** The survey's title and wave. */
  source: string;
  forces?: readonly string[];
}

/** Net minutes saved a week per licensed user in a published scope, or null when withheld or not worked out. */
export function netMinutesPerWeek(scope: IPublishedScope | undefined, workingDaysPerWeek: number): number | null {
  if (scope === undefined || scope.suppressed || scope.perUser === undefined) return null;
  return round1(scope.perUser.netMinutesPerDay.exact * workingDaysPerWeek);
}

export function benefitsRealisation(input: IBenefitsInput): IBoardIndicator {
  const p = input.published;
  const rows: IIndicatorRow[] = [];
  if (p !== undefined) {
    const days = p.assumptions.workingDaysPerWeek;
    const scoped = p.forces.filter((s) => s.force !== undefined);
    for (const force of forcesOf(input.forces ?? DEFAULT_JOINT_FORCES, scoped.map((s) => s.force as string))) {
      const scope = scoped.filter((s) => sameForce(s.force as string, force))[0];
      rows.push({ force, value: netMinutesPerWeek(scope, days), base: scope?.respondents ?? null });
    }
    rows.push({ force: ALL_FORCES, value: netMinutesPerWeek(p.all, days), base: p.all.respondents ?? null });
  }
  return {
    key: 'benefitsRealisation',
    topic: INDICATOR_TOPICS.benefitsRealisation,
    unit: 'minutesPerWeek',
    source: input.source,
    publishedAt: p === undefined ? null : input.publishedAt,
    rows
  };
}

// ---------------------------------------------------------------------------------------------------
// Poor outputs

export interface IReportForIndicator {
  force: string | null;
  status: string;
  reportedAt: Instant;
}

export interface IPoorOutputsInput {
  reports: readonly IReportForIndicator[];
  /** The reports list's title. */
  source: string;
  forces?: readonly string[];
}

export function poorOutputs(input: IPoorOutputsInput): IBoardIndicator {
  const known = input.reports.filter((r) => r.force !== null && r.force.trim() !== '').map((r) => r.force as string);
  const rows: IIndicatorRow[] = forcesOf(input.forces ?? DEFAULT_JOINT_FORCES, known).map((force) => {
    const mine = input.reports.filter((r) => r.force !== null && sameForce(r.force, force));
    return { force, value: mine.filter((r) => r.status === UNTRIAGED).length, base: mine.length };
  });
  rows.push({ force: ALL_FORCES, value: input.reports.filter((r) => r.status === UNTRIAGED).length, base: input.reports.length });
  const times = input.reports.map((r) => r.reportedAt).sort();
  return {
    key: 'poorOutputs',
    topic: INDICATOR_TOPICS.poorOutputs,
    unit: 'count',
    source: input.source,
    publishedAt: times.length === 0 ? null : times[times.length - 1],
    rows
  };
}
