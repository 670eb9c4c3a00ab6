import { describeAssumptions, validateAssumptions, type IAssumptionLine } from './assumptions';
import { groupLabel, indexCostTable, resolveHourlyCost, sameGroupKey, validateCostTable, type CostTable } from './costs';
import { abs, add, div, fromDecimal, isExactDecimal, mul, ratio, round, sign, sub, sum, toNumber, type IRational } from './rational';
import type {
  AssumptionKey,
  FigureUnit,
  IAssumptions,
  IBenefitResponse,
  ICostEntry,
  IFigure,
  IGroupKey,
  ILicenceCost,
  ILicensedGroup,
  IProblem,
  IResolvedCost
} from './types';

/**
 * Value for money from a wave's raw responses.
 *
 *   net minutes per user per day = mean(net minutes per week) ÷ working days per week
 *   hours per year               = minutes per day × working days per year ÷ 60
 *   working days per year        = hours per year ÷ hours per working day
 *   £ per user per year          = hours per year × hourly cost (the group's, from the cost table)
 *   £ per group per year         = £ per user per year × the group's licensed users
 *   cost per licence             = annual licence cost ÷ licences
 *   net value                    = £ per year − annual licence cost
 *   return ratio                 = £ per year ÷ annual licence cost (a benefit–cost ratio; 1 = break-even)
 *   payback (months)             = 12 × annual licence cost ÷ £ per year (only when the value is positive)
 *   break-even minutes per day   = cost per licence × 60 ÷ (hourly cost × working days per year)
 *
 * Everything is exact (fractions of integers, money in pence) and rounded once, at the end, half away from
 * zero: money to the whole penny, every other figure to 2 decimal places. Totals are rounded from the
 * exact sum, so the rounded group figures may add up to a penny or so more or less than the total.
 *
 * Respondents are grouped by force + worker type + grade; each group's average is scaled up to that
 * group's licensed users. A group with licensed users but no respondents, or without an hourly cost, is
 * left out of the £ value and reported as a problem (never valued at zero, never guessed).
 *
 * Sensitivity: low and high scenarios move every group's net minutes by the stated percentage of their
 * size (low = m − |m| × p %, high = m + |m| × p %), so low ≤ central ≤ high even for a net loss. A
 * stated percentage rather than a confidence interval: it needs no assumption about the distribution of
 * self-reported answers and reads plainly beside the figures.
 */

const MINUTES_PER_HOUR = ratio(60);
const MONTHS_PER_YEAR = ratio(12);

const DECIMALS: Record<FigureUnit, number> = {
  minutesPerDay: 2,
  hoursPerYear: 2,
  workingDaysPerYear: 2,
  pence: 0,
  ratio: 2,
  months: 2
};

function figure(exact: IRational, unit: FigureUnit, assumptions: readonly AssumptionKey[]): IFigure {
  const decimals = DECIMALS[unit];
  return { value: round(exact, decimals), exact: toNumber(exact), decimals, unit, assumptions };
}

const A_MINUTES: readonly AssumptionKey[] = ['responses', 'workingDaysPerWeek'];
const A_HOURS: readonly AssumptionKey[] = [...A_MINUTES, 'workingDaysPerYear'];
const A_DAYS: readonly AssumptionKey[] = [...A_HOURS, 'hoursPerWorkingDay'];
const A_VALUE_PER_USER: readonly AssumptionKey[] = [...A_HOURS, 'hourlyCost'];
const A_VALUE: readonly AssumptionKey[] = [...A_VALUE_PER_USER, 'licensedUsers'];
const A_NET: readonly AssumptionKey[] = [...A_VALUE, 'licenceCost'];
const A_BREAK_EVEN: readonly AssumptionKey[] = ['licenceCost', 'hourlyCost', 'workingDaysPerYear'];

/** Exact net minutes per working day from a week's net minutes. */
export function minutesPerDayFromWeek(netMinutesPerWeek: IRational, assumptions: IAssumptions): IRational {
  return div(netMinutesPerWeek, fromDecimal(assumptions.workingDaysPerWeek));
}

export interface IYearlyTime {
  netMinutesPerDay: IFigure;
  hoursPerYear: IFigure;
  workingDaysPerYear: IFigure;
}

/** Minutes a day → hours and working days a year, under the stated working year. */
export function yearlyTime(netMinutesPerDay: IRational, assumptions: IAssumptions): IYearlyTime {
  const hours = div(mul(netMinutesPerDay, fromDecimal(assumptions.workingDaysPerYear)), MINUTES_PER_HOUR);
  return {
    netMinutesPerDay: figure(netMinutesPerDay, 'minutesPerDay', A_MINUTES),
    hoursPerYear: figure(hours, 'hoursPerYear', A_HOURS),
    workingDaysPerYear: figure(div(hours, fromDecimal(assumptions.hoursPerWorkingDay)), 'workingDaysPerYear', A_DAYS)
  };
}

/** Whole licences (≥ 0) and a positive whole number of pence; anything else is `invalidLicenceCost`. */
export function validateLicenceCost(licence: ILicenceCost): IProblem[] {
  const ok =
    Number.isSafeInteger(licence.licences) &&
    licence.licences >= 0 &&
    Number.isSafeInteger(licence.annualCostPence) &&
    licence.annualCostPence > 0;
  if (!ok) return [{ code: 'invalidLicenceCost' }];
  return licence.licences === 0 ? [{ code: 'noLicences' }] : [];
}

function costPerLicenceExact(licence: ILicenceCost): IRational {
  return ratio(licence.annualCostPence, licence.licences);
}

/** £ per licence per year, in pence (500 licences at £119,000 → 23,800p). Undefined for no licences. */
export function costPerLicence(licence: ILicenceCost): IFigure | undefined {
  if (validateLicenceCost(licence).length) return undefined;
  return figure(costPerLicenceExact(licence), 'pence', ['licenceCost']);
}

function breakEvenExact(licenceCostPerUser: IRational, hourlyCostPence: IRational, assumptions: IAssumptions): IRational {
  return div(mul(licenceCostPerUser, MINUTES_PER_HOUR), mul(hourlyCostPence, fromDecimal(assumptions.workingDaysPerYear)));
}

/**
 * The net minutes per user per day at which a year's time saved is worth the licence:
 * cost per licence × 60 ÷ (hourly cost × working days per year). Undefined when it cannot be worked out
 * (invalid or no licences, hourly cost not a positive whole number of pence, invalid assumptions).
 */
export function breakEvenMinutesPerDay(licence: ILicenceCost, hourlyCostPence: number, assumptions: IAssumptions): IFigure | undefined {
  if (validateLicenceCost(licence).length || validateAssumptions(assumptions).length) return undefined;
  if (!Number.isSafeInteger(hourlyCostPence) || hourlyCostPence <= 0) return undefined;
  return figure(breakEvenExact(costPerLicenceExact(licence), ratio(hourlyCostPence), assumptions), 'minutesPerDay', A_BREAK_EVEN);
}

export interface IGroupResult {
  group: IGroupKey;
  respondents: number;
  licensedUsers: number;
  /** Undefined with no respondents in the group. */
  time: IYearlyTime | undefined;
  /** Undefined when the cost table has no row for the group (a `missingCost` problem). */
  cost: IResolvedCost | undefined;
  hourlyCost: IFigure | undefined;
  valuePerUserPerYear: IFigure | undefined;
  /** Undefined unless the group has respondents, licensed users and a cost. */
  valuePerYear: IFigure | undefined;
  breakEvenMinutesPerDay: IFigure | undefined;
}

export interface IScenario {
  /** The respondents' average net minutes per user per day in this scenario. */
  netMinutesPerUserPerDay: IFigure;
  valuePerYear: IFigure;
  netValue: IFigure;
  returnRatio: IFigure;
  /** Undefined when the value is not positive: it never pays back. */
  paybackMonths: IFigure | undefined;
}

export interface ITotals {
  annualLicenceCost: IFigure;
  /** Undefined with no licences. */
  costPerLicence: IFigure | undefined;
  valuePerLicence: IFigure | undefined;
  /**
   * For all licences at the licensed users' own hourly costs: annual licence cost × 60 ÷ (working days ×
   * Σ licensed users × hourly cost). Undefined when a licensed group has no cost, or no users are listed.
   */
  breakEvenMinutesPerDay: IFigure | undefined;
  central: IScenario;
  low: IScenario;
  high: IScenario;
}

export interface IValueForMoneyInput {
  responses: readonly IBenefitResponse[];
  costs: readonly ICostEntry[];
  licensedGroups: readonly ILicensedGroup[];
  licence: ILicenceCost;
  assumptions: IAssumptions;
}

export interface IValueForMoneyResult {
  /** Echoed for display beside every figure. */
  assumptionsUsed: IAssumptionLine[];
  problems: IProblem[];
  /**
   * True when no input is missing or invalid and every figure could be worked out. A wave that saves
   * nothing (`noNetSaving`) is a finding, not a gap, and can still be complete.
   */
  complete: boolean;
  /** Responses that counted (valid ones). */
  respondents: number;
  /** Average over all counted respondents; undefined with none. */
  perUser: IYearlyTime | undefined;
  groups: IGroupResult[];
  /** Undefined when the assumptions or the licence cost are invalid. */
  totals: ITotals | undefined;
}

/** At most a week of minutes either way (7 × 24 × 60), a finite decimal, and a force. */
function isValidResponse(r: IBenefitResponse): boolean {
  return typeof r.netMinutesPerWeek === 'number' && r.netMinutesPerWeek >= -10080 && r.netMinutesPerWeek <= 10080 && isExactDecimal(r.netMinutesPerWeek) && r.force.trim() !== '';
}

interface IGroupAccumulator {
  group: IGroupKey;
  minutesPerWeek: IRational[];
  licensedUsers: number;
}

function accumulate(responses: readonly IBenefitResponse[], licensedGroups: readonly ILicensedGroup[], problems: IProblem[]): Map<string, IGroupAccumulator> {
  const groups = new Map<string, IGroupAccumulator>();
  const at = (g: IGroupKey): IGroupAccumulator => {
    const key = sameGroupKey(g);
    let acc = groups.get(key);
    if (!acc) {
      acc = { group: { force: g.force, workerType: g.workerType, grade: g.grade }, minutesPerWeek: [], licensedUsers: 0 };
      groups.set(key, acc);
    }
    return acc;
  };
  responses.forEach((r, i) => {
    if (isValidResponse(r)) at(r).minutesPerWeek.push(fromDecimal(r.netMinutesPerWeek));
    else problems.push({ code: 'invalidResponse', subject: String(i) });
  });
  for (const g of licensedGroups) {
    if (Number.isSafeInteger(g.licensedUsers) && g.licensedUsers >= 0 && g.force.trim() !== '') at(g).licensedUsers += g.licensedUsers;
    else problems.push({ code: 'invalidLicensedGroup', subject: groupLabel(g) });
  }
  return groups;
}

interface IGroupExact {
  result: IGroupResult;
  /** Exact £ per year in pence, when valued. */
  value: IRational | undefined;
  /** Exact Σ users × hourly pence, when priced. */
  userCost: IRational | undefined;
}

function valueGroup(acc: IGroupAccumulator, table: CostTable, licence: ILicenceCost, licenceOk: boolean, assumptions: IAssumptions, problems: IProblem[]): IGroupExact {
  const respondents = acc.minutesPerWeek.length;
  const label = groupLabel(acc.group);
  const minutes = respondents ? minutesPerDayFromWeek(div(sum(acc.minutesPerWeek), ratio(respondents)), assumptions) : undefined;
  const cost = resolveHourlyCost(table, acc.group);
  if (!cost) problems.push({ code: 'missingCost', subject: label });
  if (!respondents) problems.push({ code: 'noResponses', subject: label });
  if (respondents && !acc.licensedUsers) problems.push({ code: 'noLicensedUsers', subject: label });

  const hourly = cost ? ratio(cost.hourlyCostPence) : undefined;
  const perUser = minutes && hourly ? div(mul(mul(minutes, fromDecimal(assumptions.workingDaysPerYear)), hourly), MINUTES_PER_HOUR) : undefined;
  const value = perUser && acc.licensedUsers ? mul(perUser, ratio(acc.licensedUsers)) : undefined;
  return {
    value,
    userCost: hourly ? mul(hourly, ratio(acc.licensedUsers)) : undefined,
    result: {
      group: acc.group,
      respondents,
      licensedUsers: acc.licensedUsers,
      time: minutes ? yearlyTime(minutes, assumptions) : undefined,
      cost,
      hourlyCost: hourly ? figure(hourly, 'pence', ['hourlyCost']) : undefined,
      valuePerUserPerYear: perUser ? figure(perUser, 'pence', A_VALUE_PER_USER) : undefined,
      valuePerYear: value ? figure(value, 'pence', A_VALUE) : undefined,
      breakEvenMinutesPerDay: hourly && licenceOk ? figure(breakEvenExact(costPerLicenceExact(licence), hourly, assumptions), 'minutesPerDay', A_BREAK_EVEN) : undefined
    }
  };
}

function scenario(minutes: IRational, value: IRational, licence: ILicenceCost, extra: readonly AssumptionKey[]): IScenario {
  const cost = ratio(licence.annualCostPence);
  const with_ = (keys: readonly AssumptionKey[]): AssumptionKey[] => [...keys, ...extra];
  return {
    netMinutesPerUserPerDay: figure(minutes, 'minutesPerDay', with_(A_MINUTES)),
    valuePerYear: figure(value, 'pence', with_(A_VALUE)),
    netValue: figure(sub(value, cost), 'pence', with_(A_NET)),
    returnRatio: figure(div(value, cost), 'ratio', with_(A_NET)),
    paybackMonths: sign(value) > 0 ? figure(div(mul(cost, MONTHS_PER_YEAR), value), 'months', with_(A_NET)) : undefined
  };
}

/** Moves x by `direction` × |x| × percent ÷ 100. */
function shift(x: IRational, percent: IRational, direction: -1 | 1): IRational {
  return add(x, mul(abs(x), mul(percent, ratio(direction, 100))));
}

/** The whole benefits view from a wave's raw responses and the lead's stated inputs. */
export function valueForMoney(input: IValueForMoneyInput): IValueForMoneyResult {
  const { assumptions, licence } = input;
  const problems: IProblem[] = [...validateAssumptions(assumptions), ...validateCostTable(input.costs), ...validateLicenceCost(licence)];
  const assumptionsUsed = describeAssumptions(assumptions);
  if (problems.some((p) => p.code === 'invalidAssumption')) {
    return { assumptionsUsed, problems, complete: false, respondents: 0, perUser: undefined, groups: [], totals: undefined };
  }
  const licenceOk = !problems.some((p) => p.code === 'invalidLicenceCost' || p.code === 'noLicences');
  const table = indexCostTable(input.costs);
  const accumulated = [...accumulate(input.responses, input.licensedGroups, problems).values()].sort((a, b) =>
    groupLabel(a.group).localeCompare(groupLabel(b.group))
  );
  const exact = accumulated.map((acc) => valueGroup(acc, table, licence, licenceOk, assumptions, problems));

  const allMinutes = accumulated.reduce<IRational[]>((all, acc) => all.concat(acc.minutesPerWeek), []);
  const respondents = allMinutes.length;
  if (!respondents) problems.push({ code: 'noRespondents' });
  const meanMinutes = respondents ? minutesPerDayFromWeek(div(sum(allMinutes), ratio(respondents)), assumptions) : ratio(0);

  let totals: ITotals | undefined;
  if (!problems.some((p) => p.code === 'invalidLicenceCost')) {
    const values = exact.map((g) => g.value).filter((v): v is IRational => v !== undefined);
    const central = sum(values);
    const percent = fromDecimal(assumptions.sensitivityPercent);
    const low = sum(values.map((v) => shift(v, percent, -1)));
    const high = sum(values.map((v) => shift(v, percent, 1)));
    const priced = exact.every((g) => g.userCost !== undefined || g.result.licensedUsers === 0);
    const userCost = sum(exact.map((g) => g.userCost ?? ratio(0)));
    if (sign(central) <= 0) problems.push({ code: 'noNetSaving' });
    totals = {
      annualLicenceCost: figure(ratio(licence.annualCostPence), 'pence', ['licenceCost']),
      costPerLicence: licenceOk ? figure(costPerLicenceExact(licence), 'pence', ['licenceCost']) : undefined,
      valuePerLicence: licenceOk ? figure(div(central, ratio(licence.licences)), 'pence', A_NET) : undefined,
      breakEvenMinutesPerDay:
        priced && sign(userCost) > 0
          ? figure(breakEvenExact(ratio(licence.annualCostPence), userCost, assumptions), 'minutesPerDay', [...A_BREAK_EVEN, 'licensedUsers'])
          : undefined,
      central: scenario(meanMinutes, central, licence, []),
      low: scenario(shift(meanMinutes, percent, -1), low, licence, ['sensitivityPercent']),
      high: scenario(shift(meanMinutes, percent, 1), high, licence, ['sensitivityPercent'])
    };
  }
  const complete = problems.every((p) => p.code === 'noNetSaving') && totals !== undefined && totals.breakEvenMinutesPerDay !== undefined;
  return {
    assumptionsUsed,
    problems,
    complete,
    respondents,
    perUser: respondents ? yearlyTime(meanMinutes, assumptions) : undefined,
    groups: exact.map((g) => g.result),
    totals
  };
}
