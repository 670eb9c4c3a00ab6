import { QUESTION_IDS } from '../survey/template';
import { netMinutesPerWeek } from '../survey/aggregate';
import type { IResponse } from '../survey/types';
import { indexCostTable, resolveHourlyCost, sameGroupKey } from './costs';
import { div, fromDecimal, mul, ratio, round, sum, toNumber, type IRational } from './rational';
import type {
  AssumptionKey,
  IAssumptions,
  IBenefitResponse,
  ICostEntry,
  IFigure,
  ILicenceCost,
  ILicencePurchase,
  ILicensedGroup,
  ProblemCode
} from './types';
import { validateLicenceCost, valueForMoney, type IValueForMoneyResult } from './valueForMoney';

/**
 * Value for money per force and for all forces together, composed from the exact engine
 * (`valueForMoney`): each force is worked out from its own responses, cost rows, licensed groups and its
 * own licence purchase; "all forces" from the forces that have a usable purchase, with their licences and
 * annual costs summed. Nothing here rounds except through the engine's one rounding (and the one figure
 * added here, value per licensed user, which is worked out exactly and rounded once in the same way).
 *
 * From raw responses: a counted response's net minutes a week are `netMinutesPerWeek` (saved minus
 * checking, over the tasks answered). A respondent who says they never use Copilot (the template's
 * frequency question) is counted as saving no time: a licence holder who does not use it saves nothing,
 * which is a finding, not a gap. A respondent who uses it but answered no task question gave no figure
 * and is left out of the averages; both counts are reported beside the figures.
 */

/** The lead's inputs as the data layer stores them (`IBenefitInputs`), described here without depending on it. */
export interface IBenefitInputsLike {
  assumptions: IAssumptions;
  costs: readonly ICostEntry[];
  licences: { groups: readonly ILicensedGroup[]; purchases: readonly ILicencePurchase[] };
}

/** Problems about the per-force composition itself, beside the engine's own codes. */
export type ScopeProblemCode =
  /** The force has no licence purchase entered: it has no figures against licence cost. */
  | 'noLicencePurchase'
  /** The force has more than one purchase; the first is used. */
  | 'duplicateLicencePurchase'
  /** "All forces": this force has no usable licence purchase, so it is left out of the all-forces figures. */
  | 'forceLeftOut'
  /** "All forces": counted responses with no force recorded (subject: how many); they cannot be valued. */
  | 'responsesWithoutForce';

export type BenefitProblemCode = ProblemCode | ScopeProblemCode;

export interface IBenefitProblem {
  code: BenefitProblemCode;
  subject?: string;
}

/** A wave's counted responses as the benefits arithmetic takes them. */
export interface IBenefitAnswers {
  responses: IBenefitResponse[];
  /** The force of each respondent counted as saving nothing because they never use Copilot. */
  neverUse: string[];
  /** The force of each respondent left out because they answered no task question. */
  withoutMinutes: string[];
}

/** Turns a wave's counted responses (see `countedResponses`) into benefit responses, by the rules above. */
export function benefitAnswers(counted: readonly IResponse[]): IBenefitAnswers {
  const answers: IBenefitAnswers = { responses: [], neverUse: [], withoutMinutes: [] };
  for (const r of counted) {
    const net = netMinutesPerWeek(r);
    const never = r.answers[QUESTION_IDS.frequency] === 'never';
    if (net === undefined && !never) {
      answers.withoutMinutes.push(r.unit.force);
      continue;
    }
    if (net === undefined) answers.neverUse.push(r.unit.force);
    answers.responses.push({ force: r.unit.force, workerType: r.unit.workerType, grade: r.unit.grade, netMinutesPerWeek: net ?? 0 });
  }
  return answers;
}

/** Force names compare as the cost table does: ignoring case and surrounding spaces. */
export function forceKey(force: string): string {
  return force.trim().toLowerCase();
}

export interface IScopeValue {
  /** The force as first written (a response's spelling before the inputs'); undefined for all forces. */
  force: string | undefined;
  /** The licence cost the figures are set against: the force's purchase, or the sum for all forces. */
  licence: ILicenceCost | undefined;
  /** The engine's result (its `problems` as the engine gave them). */
  result: IValueForMoneyResult;
  /**
   * £ value per licensed user per year: the valued groups' £ per year ÷ their licensed users (each group's
   * own average and hourly cost). Undefined when no group could be valued.
   */
  valuePerUserPerYear: IFigure | undefined;
  /** What the view lists: the engine's problems (a missing purchase worded as such) and the composition's own. */
  problems: IBenefitProblem[];
  /** Respondents counted as saving nothing because they never use Copilot. */
  neverUse: number;
  /** Respondents left out because they answered no task question. */
  withoutMinutes: number;
}

export interface IBenefitsByForce {
  all: IScopeValue;
  /** In name order. */
  forces: IScopeValue[];
}

const A_VALUE_PER_USER: readonly AssumptionKey[] = ['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers'];

/** Stands in for a missing purchase so the engine still values the groups; its `invalidLicenceCost` is reworded. */
const NO_LICENCE: ILicenceCost = { licences: 0, annualCostPence: 0 };

function isValidNet(r: IBenefitResponse): boolean {
  try {
    fromDecimal(r.netMinutesPerWeek);
    return r.netMinutesPerWeek >= -10080 && r.netMinutesPerWeek <= 10080;
  } catch {
    return false;
  }
}

/**
 * Σ (group £ per year) ÷ Σ licensed users over the groups the engine valued, exactly: each group's £ per
 * year is mean net minutes a week ÷ days a week × days a year ÷ 60 × hourly pence × licensed users.
 */
function valuePerLicensedUser(responses: readonly IBenefitResponse[], costs: readonly ICostEntry[], result: IValueForMoneyResult, assumptions: IAssumptions): IFigure | undefined {
  const valued = result.groups.filter((g) => g.valuePerYear !== undefined);
  if (!valued.length) return undefined;
  const table = indexCostTable(costs);
  const byGroup = new Map<string, IRational[]>();
  for (const r of responses) {
    if (!isValidNet(r) || r.force.trim() === '') continue;
    const key = sameGroupKey(r);
    byGroup.set(key, [...(byGroup.get(key) ?? []), fromDecimal(r.netMinutesPerWeek)]);
  }
  const values: IRational[] = [];
  let users = 0;
  for (const g of valued) {
    const minutes = byGroup.get(sameGroupKey(g.group)) ?? [];
    const cost = resolveHourlyCost(table, g.group);
    if (!minutes.length || !cost) return undefined;
    const perDay = div(div(sum(minutes), ratio(minutes.length)), fromDecimal(assumptions.workingDaysPerWeek));
    const perUser = div(mul(mul(perDay, fromDecimal(assumptions.workingDaysPerYear)), ratio(cost.hourlyCostPence)), ratio(60));
    values.push(mul(perUser, ratio(g.licensedUsers)));
    users += g.licensedUsers;
  }
  if (users <= 0) return undefined;
  const exact = div(sum(values), ratio(users));
  return { value: round(exact, 0), exact: toNumber(exact), decimals: 0, unit: 'pence', assumptions: A_VALUE_PER_USER };
}

interface IScopeInput {
  force: string | undefined;
  responses: IBenefitResponse[];
  costs: ICostEntry[];
  groups: ILicensedGroup[];
  licence: ILicenceCost | undefined;
  neverUse: number;
  withoutMinutes: number;
  extraProblems: IBenefitProblem[];
}

function scope(input: IScopeInput, assumptions: IAssumptions): IScopeValue {
  const result = valueForMoney({ responses: input.responses, costs: input.costs, licensedGroups: input.groups, licence: input.licence ?? NO_LICENCE, assumptions });
  const problems: IBenefitProblem[] = [
    ...input.extraProblems,
    ...result.problems
      .filter((p) => input.licence !== undefined || p.code !== 'invalidLicenceCost')
      .map((p): IBenefitProblem => (p.subject === undefined ? { code: p.code } : { code: p.code, subject: p.subject }))
  ];
  if (input.licence === undefined) problems.unshift(input.force === undefined ? { code: 'noLicencePurchase' } : { code: 'noLicencePurchase', subject: input.force });
  return {
    force: input.force,
    licence: input.licence,
    result,
    valuePerUserPerYear: valuePerLicensedUser(input.responses, input.costs, result, assumptions),
    problems,
    neverUse: input.neverUse,
    withoutMinutes: input.withoutMinutes
  };
}

function count(forces: readonly string[], key: string | undefined): number {
  return forces.filter((f) => key === undefined || forceKey(f) === key).length;
}

/** Per force and for all forces, from a wave's benefit answers and the lead's inputs. */
export function valueForMoneyByForce(answers: IBenefitAnswers, inputs: IBenefitInputsLike): IBenefitsByForce {
  const { assumptions } = inputs;
  const names = new Map<string, string>();
  const note = (force: string): void => {
    const key = forceKey(force);
    if (key !== '' && !names.has(key)) names.set(key, force.trim());
  };
  answers.responses.forEach((r) => note(r.force));
  answers.neverUse.forEach(note);
  answers.withoutMinutes.forEach(note);
  inputs.licences.purchases.forEach((p) => note(p.force));
  inputs.licences.groups.forEach((g) => note(g.force));

  const purchases = new Map<string, ILicencePurchase[]>();
  for (const p of inputs.licences.purchases) {
    const key = forceKey(p.force);
    purchases.set(key, [...(purchases.get(key) ?? []), p]);
  }
  const of = <T extends { force: string }>(rows: readonly T[], key: string): T[] => rows.filter((r) => forceKey(r.force) === key);

  const forces = Array.from(names.keys())
    .sort((a, b) => (names.get(a) as string).localeCompare(names.get(b) as string))
    .map((key) => {
      const bought = purchases.get(key) ?? [];
      const force = names.get(key) as string;
      return scope(
        {
          force,
          responses: of(answers.responses, key),
          costs: of(inputs.costs, key),
          groups: of(inputs.licences.groups, key),
          licence: bought.length ? { licences: bought[0].licences, annualCostPence: bought[0].annualCostPence } : undefined,
          neverUse: count(answers.neverUse, key),
          withoutMinutes: count(answers.withoutMinutes, key),
          extraProblems: bought.length > 1 ? [{ code: 'duplicateLicencePurchase', subject: force }] : []
        },
        assumptions
      );
    });

  const usable = forces.filter((f) => f.licence !== undefined && validateLicenceCost(f.licence).length === 0);
  const included = new Set(usable.map((f) => forceKey(f.force as string)));
  const keep = (force: string): boolean => (usable.length ? included.has(forceKey(force)) || forceKey(force) === '' : true);
  const withoutForce = answers.responses.filter((r) => forceKey(r.force) === '').length;
  const extra: IBenefitProblem[] = [
    ...forces.filter((f) => usable.length && !included.has(forceKey(f.force as string))).map((f): IBenefitProblem => ({ code: 'forceLeftOut', subject: f.force })),
    ...(withoutForce ? [{ code: 'responsesWithoutForce' as const, subject: String(withoutForce) }] : [])
  ];
  const all = scope(
    {
      force: undefined,
      // Responses without a force cannot be valued (the engine would list each by index): counted above instead.
      responses: answers.responses.filter((r) => forceKey(r.force) !== '' && keep(r.force)),
      costs: inputs.costs.filter((c) => keep(c.force)),
      groups: inputs.licences.groups.filter((g) => keep(g.force)),
      licence: usable.length
        ? {
            licences: usable.reduce((n, f) => n + (f.licence as ILicenceCost).licences, 0),
            annualCostPence: usable.reduce((n, f) => n + (f.licence as ILicenceCost).annualCostPence, 0)
          }
        : undefined,
      neverUse: answers.neverUse.filter(keep).length,
      withoutMinutes: answers.withoutMinutes.filter(keep).length,
      extraProblems: extra
    },
    assumptions
  );
  return { all, forces };
}
