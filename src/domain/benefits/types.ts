/**
 * Benefits and value for money: the arithmetic behind the evaluation's benefits view. Pure data; no
 * SharePoint, no React. Money is held in integer pence; every figure carries the assumptions it rests on
 * so the UI can show them beside it. Nothing is defaulted silently: assumptions, hourly costs, licensed
 * users and licence cost are all inputs, and anything missing comes back as a problem, never as zero.
 */
import type { WorkerType } from '../training/types';

export type { WorkerType };

/**
 * The stated assumptions a lead enters (or starts from `UK_POLICING_EXAMPLE_ASSUMPTIONS` and edits).
 * Every function that needs one takes the whole object explicitly.
 */
export interface IAssumptions {
  /** Shown beside the figures, e.g. "Essex evaluation, wave 3". */
  label: string;
  /** Net minutes per week ÷ this = net minutes per working day. Usually 5. */
  workingDaysPerWeek: number;
  /** Working days a year after leave, bank holidays, training and sickness, e.g. 225. */
  workingDaysPerYear: number;
  /** Length of a working day in hours, e.g. 7.5; turns hours into working days. */
  hoursPerWorkingDay: number;
  /**
   * The sensitivity band: low and high scenarios are the net minutes minus and plus this percentage of
   * their size (e.g. 20 → ×0.8 and ×1.2 for a positive saving), 0–100.
   */
  sensitivityPercent: number;
}

/** What a figure depends on; the UI looks up the value and wording for each. */
export type AssumptionKey =
  | 'responses'
  | 'workingDaysPerWeek'
  | 'workingDaysPerYear'
  | 'hoursPerWorkingDay'
  | 'sensitivityPercent'
  | 'hourlyCost'
  | 'licensedUsers'
  | 'licenceCost';

export type FigureUnit = 'minutesPerDay' | 'hoursPerYear' | 'workingDaysPerYear' | 'pence' | 'ratio' | 'months';

/** One number for the view: rounded once, half away from zero, to `decimals` places (money: whole pence). */
export interface IFigure {
  value: number;
  /** The unrounded value (nearest double to the exact fraction), for tooltips and checks. */
  exact: number;
  decimals: number;
  unit: FigureUnit;
  assumptions: readonly AssumptionKey[];
}

/** One respondent's answer in a wave: task-level minutes saved net of checking, per week. May be ≤ 0. */
export interface IBenefitResponse {
  force: string;
  workerType: WorkerType;
  grade: string;
  netMinutesPerWeek: number;
}

/** The unit results are grouped by (and the cost table is keyed by). */
export interface IGroupKey {
  force: string;
  workerType: WorkerType;
  grade: string;
}

/**
 * One row of the lead's cost table: loaded cost of an hour, in pence. Omit `grade` for the worker type
 * average in that force, and omit both for the force average.
 */
export interface ICostEntry {
  force: string;
  workerType?: WorkerType;
  grade?: string;
  hourlyCostPence: number;
}

/** Which row of the cost table priced a group: exact grade → worker type average → force average. */
export type CostLevel = 'grade' | 'workerType' | 'force';

export interface IResolvedCost {
  hourlyCostPence: number;
  level: CostLevel;
  entry: ICostEntry;
}

/** How many licence holders a group has: what the respondents' average is scaled up to. */
export interface ILicensedGroup extends IGroupKey {
  licensedUsers: number;
}

export interface ILicenceCost {
  licences: number;
  annualCostPence: number;
}

/** One force's licence purchase: value for money is worked out per force and for all forces together. */
export interface ILicencePurchase extends ILicenceCost {
  force: string;
}

export type ProblemCode =
  | 'invalidAssumption'
  | 'invalidResponse'
  | 'invalidCostEntry'
  | 'duplicateCostEntry'
  | 'invalidLicensedGroup'
  | 'invalidLicenceCost'
  | 'missingCost'
  | 'noResponses'
  | 'noLicensedUsers'
  | 'noRespondents'
  | 'noLicences'
  | 'noNetSaving';

/** Something the lead must see; the UI words it from the code (loc files), with the detail beside it. */
export interface IProblem {
  code: ProblemCode;
  /** The field, group or row it concerns, e.g. `workingDaysPerYear` or `Essex/Staff/Band 4`. */
  subject?: string;
}
