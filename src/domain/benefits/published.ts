import { suppress } from '../survey/suppression';
import { groupLabel } from './costs';
import { forceKey, type BenefitProblemCode, type IBenefitInputsLike, type IBenefitProblem, type IBenefitsByForce, type IScopeValue } from './perForce';
import type {
  AssumptionKey,
  CostLevel,
  FigureUnit,
  IAssumptions,
  ICostEntry,
  IFigure,
  IGroupKey,
  ILicenceCost,
  ILicencePurchase,
  WorkerType
} from './types';
import type { IScenario, IYearlyTime } from './valueForMoney';

/**
 * The published benefits format: the value-for-money figures of one wave, per force and for all forces,
 * as plain JSON that a wider audience may read (the results list) and that the benefits view renders —
 * leads see their live figures through this same format, so what they see is what they publish.
 *
 * Small groups are withheld from the format itself, not just hidden by the view:
 * - a force/worker type/grade group with fewer respondents than the survey's minimum group size is left
 *   out (only how many were left out is kept), and so is one more group where needed so that a left-out
 *   group cannot be worked out as the force's total minus the groups shown (complementary suppression,
 *   `suppress`);
 * - a force with fewer respondents than the minimum keeps only its licence figures (which come from the
 *   lead's inputs, not from anyone's answers), with the same complementary rule against "all forces";
 * - problems that name a withheld group lose the name (a lead's live view may keep names, to fix inputs).
 * Everything comes back through `parsePublishedBenefits`, which checks every field and returns undefined
 * rather than half a result.
 */

export const PUBLISHED_BENEFITS_VERSION = 1;

export interface IPublishedGroup {
  group: IGroupKey;
  respondents: number;
  licensedUsers: number;
  time: IYearlyTime | undefined;
  /** Which row of the cost table priced the group. */
  costLevel: CostLevel | undefined;
  hourlyCost: IFigure | undefined;
  valuePerUserPerYear: IFigure | undefined;
  valuePerYear: IFigure | undefined;
  breakEvenMinutesPerDay: IFigure | undefined;
}

export interface IPublishedTotals {
  annualLicenceCost: IFigure;
  costPerLicence: IFigure | undefined;
  /** For all licences at the licensed users' own hourly costs (from the inputs alone). */
  breakEvenMinutesPerDay: IFigure | undefined;
  /** Withheld (undefined) for a suppressed scope, like every figure drawn from answers. */
  valuePerLicence: IFigure | undefined;
  central: IScenario | undefined;
  low: IScenario | undefined;
  high: IScenario | undefined;
}

/** A problem as published: identical unnamed problems are merged into one with a count. */
export interface IPublishedProblem {
  code: BenefitProblemCode;
  subject?: string;
  /** How many identical problems this stands for (more than one). */
  count?: number;
}

export interface IPublishedScope {
  /** Undefined for all forces. */
  force: string | undefined;
  /** Too few respondents (or withheld as a complement): only the licence figures are kept. */
  suppressed: boolean;
  respondents: number | undefined;
  licence: ILicenceCost | undefined;
  perUser: IYearlyTime | undefined;
  valuePerUserPerYear: IFigure | undefined;
  totals: IPublishedTotals | undefined;
  /** Groups large enough to show, in name order (none for all forces: see each force). */
  groups: IPublishedGroup[];
  /** Groups with respondents that were left out as too small (their answers still count in the totals). */
  hiddenGroups: number;
  /** Respondents counted as saving nothing because they never use Copilot. */
  neverUse: number | undefined;
  /** Respondents left out of the averages because they answered no task question. */
  withoutMinutes: number | undefined;
  problems: IPublishedProblem[];
  complete: boolean;
}

export interface IPublishedBenefits {
  version: typeof PUBLISHED_BENEFITS_VERSION;
  surveyKey: string;
  waveId: string;
  /** The wave was still open when the figures were worked out. */
  provisional: boolean;
  /** The day the figures were worked out (yyyy-mm-dd). */
  computedOn: string;
  minGroupSize: number;
  assumptions: IAssumptions;
  costs: ICostEntry[];
  purchases: ILicencePurchase[];
  all: IPublishedScope;
  forces: IPublishedScope[];
}

export interface IPublishOptions {
  surveyKey: string;
  waveId: string;
  provisional: boolean;
  computedOn: string;
  minGroupSize: number;
  /** Keep the names of withheld groups in problems (a lead's live view only; never for publishing). */
  revealProblemSubjects?: boolean;
}

/** Problems whose subject names a group of respondents. */
const GROUP_SUBJECT_CODES: readonly BenefitProblemCode[] = ['missingCost', 'noResponses', 'noLicensedUsers'];

function mergeProblems(problems: readonly IBenefitProblem[], withheld: (p: IBenefitProblem) => boolean): IPublishedProblem[] {
  const merged: IPublishedProblem[] = [];
  for (const p of problems) {
    const subject = p.code === 'invalidResponse' || withheld(p) ? undefined : p.subject;
    if (subject === undefined) {
      const same = merged.filter((m) => m.code === p.code && m.subject === undefined)[0];
      if (same) {
        same.count = (same.count ?? 1) + 1;
        continue;
      }
      merged.push({ code: p.code });
    } else merged.push({ code: p.code, subject });
  }
  return merged;
}

interface IScopeRules {
  /** The scope has enough respondents to show figures drawn from answers. */
  shown: boolean;
  minGroupSize: number;
  /** List its groups (forces); all forces lists none (each force does). */
  withGroups: boolean;
  reveal: boolean;
  /** Labels of groups withheld elsewhere (all forces: the groups each force withholds). */
  hiddenElsewhere: ReadonlySet<string>;
}

/** The groups of a scope withheld as too small or as complements: a row of counts with its total shown. */
function hiddenGroupLabels(value: IScopeValue, shown: boolean, minGroupSize: number): Set<string> {
  const withRespondents = value.result.groups.filter((g) => g.respondents > 0);
  let showGroup: boolean[] = withRespondents.map(() => false);
  if (shown && withRespondents.length) {
    const table = suppress({ counts: [withRespondents.map((g) => g.respondents)], rowTotals: false, columnTotals: false, grandTotal: true }, minGroupSize);
    showGroup = table.cells[0].map((c) => !c.suppressed);
  }
  return new Set(withRespondents.filter((_, i) => !showGroup[i]).map((g) => groupLabel(g.group)));
}

function publishScope(value: IScopeValue, rules: IScopeRules): IPublishedScope {
  const { result } = value;
  const { shown, withGroups, reveal } = rules;
  const hidden = withGroups ? hiddenGroupLabels(value, shown, rules.minGroupSize) : new Set<string>();
  const withRespondents = result.groups.filter((g) => g.respondents > 0);
  const withheld = (p: IBenefitProblem): boolean =>
    !reveal && p.subject !== undefined && GROUP_SUBJECT_CODES.indexOf(p.code) >= 0 && (hidden.has(p.subject) || rules.hiddenElsewhere.has(p.subject) || !shown);
  const totals = result.totals;
  return {
    force: value.force,
    suppressed: !shown,
    respondents: shown ? result.respondents : undefined,
    licence: value.licence ? { licences: value.licence.licences, annualCostPence: value.licence.annualCostPence } : undefined,
    perUser: shown ? result.perUser : undefined,
    valuePerUserPerYear: shown ? value.valuePerUserPerYear : undefined,
    totals: totals
      ? {
          annualLicenceCost: totals.annualLicenceCost,
          costPerLicence: totals.costPerLicence,
          breakEvenMinutesPerDay: totals.breakEvenMinutesPerDay,
          valuePerLicence: shown ? totals.valuePerLicence : undefined,
          central: shown ? totals.central : undefined,
          low: shown ? totals.low : undefined,
          high: shown ? totals.high : undefined
        }
      : undefined,
    groups: withGroups
      ? withRespondents
          .filter((g) => !hidden.has(groupLabel(g.group)))
          .map((g) => ({
            group: { force: g.group.force, workerType: g.group.workerType, grade: g.group.grade },
            respondents: g.respondents,
            licensedUsers: g.licensedUsers,
            time: g.time,
            costLevel: g.cost?.level,
            hourlyCost: g.hourlyCost,
            valuePerUserPerYear: g.valuePerUserPerYear,
            valuePerYear: g.valuePerYear,
            breakEvenMinutesPerDay: g.breakEvenMinutesPerDay
          }))
      : [],
    hiddenGroups: withGroups ? hidden.size : 0,
    neverUse: shown ? value.neverUse : undefined,
    withoutMinutes: shown ? value.withoutMinutes : undefined,
    problems: mergeProblems(value.problems, withheld),
    complete: result.complete
  };
}

/**
 * The published form of one wave's figures. Forces and "all forces" are suppressed as one table (the
 * forces in the all-forces figures add up to it); a force outside the all-forces figures (no usable
 * purchase) only by its own size.
 */
export function buildPublishedBenefits(byForce: IBenefitsByForce, inputs: IBenefitInputsLike, options: IPublishOptions): IPublishedBenefits {
  const min = options.minGroupSize;
  const reveal = options.revealProblemSubjects === true;
  const leftOut = new Set(byForce.all.problems.filter((p) => p.code === 'forceLeftOut' && p.subject !== undefined).map((p) => forceKey(p.subject as string)));
  const inAll = byForce.forces.map((f) => !leftOut.has(forceKey(f.force as string)));
  const counted = byForce.forces.filter((_, i) => inAll[i]);
  const table = suppress({ counts: [counted.map((f) => f.result.respondents)], rowTotals: false, columnTotals: false, grandTotal: true }, min);
  const allShown = !(table.grandTotal as { suppressed: boolean }).suppressed;
  let k = 0;
  const forceShown = byForce.forces.map((f, i) => {
    if (inAll[i]) return !table.cells[0][k++].suppressed;
    const n = f.result.respondents;
    return n === 0 || n >= min;
  });
  const hiddenElsewhere = new Set<string>();
  byForce.forces.forEach((f, i) => hiddenGroupLabels(f, forceShown[i], min).forEach((label) => hiddenElsewhere.add(label)));
  return {
    version: PUBLISHED_BENEFITS_VERSION,
    surveyKey: options.surveyKey,
    waveId: options.waveId,
    provisional: options.provisional,
    computedOn: options.computedOn,
    minGroupSize: min,
    assumptions: { ...inputs.assumptions },
    costs: inputs.costs.map((c) => ({ ...c })),
    purchases: inputs.licences.purchases.map((p) => ({ ...p })),
    all: publishScope(byForce.all, { shown: allShown, minGroupSize: min, withGroups: false, reveal, hiddenElsewhere }),
    forces: byForce.forces.map((f, i) => publishScope(f, { shown: forceShown[i], minGroupSize: min, withGroups: true, reveal, hiddenElsewhere: new Set<string>() }))
  };
}

export function serialisePublishedBenefits(published: IPublishedBenefits): string {
  return JSON.stringify(published);
}

// ---------------------------------------------------------------------------------------------------
// Defensive parse: every field checked; anything malformed gives undefined, never half a result.

type Rec = Readonly<Record<string, unknown>>;

class Malformed extends Error {}

function rec(v: unknown): Rec {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Malformed();
  return v as Rec;
}

function num(v: unknown): number {
  if (typeof v !== 'number' || !isFinite(v)) throw new Malformed();
  return v;
}

function whole(v: unknown): number {
  const n = num(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Malformed();
  return n;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Malformed();
  return v;
}

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new Malformed();
  return v;
}

function optional<T>(v: unknown, read: (x: unknown) => T): T | undefined {
  return v === undefined || v === null ? undefined : read(v);
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T {
  const s = str(v);
  if ((allowed as readonly string[]).indexOf(s) < 0) throw new Malformed();
  return s as T;
}

function list<T>(v: unknown, read: (x: unknown) => T): T[] {
  if (!Array.isArray(v)) throw new Malformed();
  return v.map(read);
}

const UNITS: readonly FigureUnit[] = ['minutesPerDay', 'hoursPerYear', 'workingDaysPerYear', 'pence', 'ratio', 'months'];
const ASSUMPTION_KEYS: readonly AssumptionKey[] = [
  'responses',
  'workingDaysPerWeek',
  'workingDaysPerYear',
  'hoursPerWorkingDay',
  'sensitivityPercent',
  'hourlyCost',
  'licensedUsers',
  'licenceCost'
];
const WORKER_TYPES: readonly WorkerType[] = ['Officer', 'Staff', 'PCSO', 'Special', 'Other'];
const COST_LEVELS: readonly CostLevel[] = ['grade', 'workerType', 'force'];
const PROBLEM_CODES: readonly BenefitProblemCode[] = [
  'invalidAssumption',
  'invalidResponse',
  'invalidCostEntry',
  'duplicateCostEntry',
  'invalidLicensedGroup',
  'invalidLicenceCost',
  'missingCost',
  'noResponses',
  'noLicensedUsers',
  'noRespondents',
  'noLicences',
  'noNetSaving',
  'noLicencePurchase',
  'duplicateLicencePurchase',
  'forceLeftOut',
  'responsesWithoutForce'
];

function figure(v: unknown): IFigure {
  const r = rec(v);
  const decimals = whole(r.decimals);
  if (decimals > 10) throw new Malformed();
  return { value: num(r.value), exact: num(r.exact), decimals, unit: oneOf(r.unit, UNITS), assumptions: list(r.assumptions, (a) => oneOf(a, ASSUMPTION_KEYS)) };
}

function yearly(v: unknown): IYearlyTime {
  const r = rec(v);
  return { netMinutesPerDay: figure(r.netMinutesPerDay), hoursPerYear: figure(r.hoursPerYear), workingDaysPerYear: figure(r.workingDaysPerYear) };
}

function scenario(v: unknown): IScenario {
  const r = rec(v);
  return {
    netMinutesPerUserPerDay: figure(r.netMinutesPerUserPerDay),
    valuePerYear: figure(r.valuePerYear),
    netValue: figure(r.netValue),
    returnRatio: figure(r.returnRatio),
    paybackMonths: optional(r.paybackMonths, figure)
  };
}

function licence(v: unknown): ILicenceCost {
  const r = rec(v);
  return { licences: whole(r.licences), annualCostPence: whole(r.annualCostPence) };
}

function groupKey(v: unknown): IGroupKey {
  const r = rec(v);
  return { force: str(r.force), workerType: oneOf(r.workerType, WORKER_TYPES), grade: str(r.grade) };
}

function group(v: unknown): IPublishedGroup {
  const r = rec(v);
  return {
    group: groupKey(r.group),
    respondents: whole(r.respondents),
    licensedUsers: whole(r.licensedUsers),
    time: optional(r.time, yearly),
    costLevel: optional(r.costLevel, (x) => oneOf(x, COST_LEVELS)),
    hourlyCost: optional(r.hourlyCost, figure),
    valuePerUserPerYear: optional(r.valuePerUserPerYear, figure),
    valuePerYear: optional(r.valuePerYear, figure),
    breakEvenMinutesPerDay: optional(r.breakEvenMinutesPerDay, figure)
  };
}

function totals(v: unknown): IPublishedTotals {
  const r = rec(v);
  return {
    annualLicenceCost: figure(r.annualLicenceCost),
    costPerLicence: optional(r.costPerLicence, figure),
    breakEvenMinutesPerDay: optional(r.breakEvenMinutesPerDay, figure),
    valuePerLicence: optional(r.valuePerLicence, figure),
    central: optional(r.central, scenario),
    low: optional(r.low, scenario),
    high: optional(r.high, scenario)
  };
}

function problem(v: unknown): IPublishedProblem {
  const r = rec(v);
  const p: IPublishedProblem = { code: oneOf(r.code, PROBLEM_CODES) };
  const subject = optional(r.subject, str);
  const count = optional(r.count, whole);
  if (subject !== undefined) p.subject = subject;
  if (count !== undefined) p.count = count;
  return p;
}

function scope(v: unknown): IPublishedScope {
  const r = rec(v);
  return {
    force: optional(r.force, str),
    suppressed: bool(r.suppressed),
    respondents: optional(r.respondents, whole),
    licence: optional(r.licence, licence),
    perUser: optional(r.perUser, yearly),
    valuePerUserPerYear: optional(r.valuePerUserPerYear, figure),
    totals: optional(r.totals, totals),
    groups: list(r.groups, group),
    hiddenGroups: whole(r.hiddenGroups),
    neverUse: optional(r.neverUse, whole),
    withoutMinutes: optional(r.withoutMinutes, whole),
    problems: list(r.problems, problem),
    complete: bool(r.complete)
  };
}

function assumptions(v: unknown): IAssumptions {
  const r = rec(v);
  return {
    label: str(r.label),
    workingDaysPerWeek: num(r.workingDaysPerWeek),
    workingDaysPerYear: num(r.workingDaysPerYear),
    hoursPerWorkingDay: num(r.hoursPerWorkingDay),
    sensitivityPercent: num(r.sensitivityPercent)
  };
}

function costEntry(v: unknown): ICostEntry {
  const r = rec(v);
  const entry: ICostEntry = { force: str(r.force), hourlyCostPence: num(r.hourlyCostPence) };
  const workerType = optional(r.workerType, (x) => oneOf(x, WORKER_TYPES));
  const grade = optional(r.grade, str);
  if (workerType !== undefined) entry.workerType = workerType;
  if (grade !== undefined) entry.grade = grade;
  return entry;
}

function purchase(v: unknown): ILicencePurchase {
  const r = rec(v);
  return { force: str(r.force), ...licence(r) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The published figures, or undefined when the JSON is not this format (any field missing or of the wrong kind). */
export function parsePublishedBenefits(json: string): IPublishedBenefits | undefined {
  try {
    const r = rec(JSON.parse(json) as unknown);
    if (r.version !== PUBLISHED_BENEFITS_VERSION) return undefined;
    const computedOn = str(r.computedOn);
    if (!DAY.test(computedOn)) return undefined;
    const minGroupSize = whole(r.minGroupSize);
    return {
      version: PUBLISHED_BENEFITS_VERSION,
      surveyKey: str(r.surveyKey),
      waveId: str(r.waveId),
      provisional: bool(r.provisional),
      computedOn,
      minGroupSize,
      assumptions: assumptions(r.assumptions),
      costs: list(r.costs, costEntry),
      purchases: list(r.purchases, purchase),
      all: scope(r.all),
      forces: list(r.forces, scope)
    };
  } catch {
    return undefined;
  }
}
