import * as strings from 'SuiteStrings';
import type { IBenchmark } from '../../../../domain/benefits/benchmarks';
import type { IPublishedProblem } from '../../../../domain/benefits/published';
import type { AssumptionKey, CostLevel, FigureUnit, IAssumptions, IFigure, IGroupKey, ILicenceCost, WorkerType } from '../../../../domain/benefits/types';
import { formatText } from '../../../../ui/format/text';
import type { FieldProblemCode, IFieldProblem, NumericAssumption } from './inputsForm';

/** Words and numbers for the benefits view: money in £ with pence, figures with the decimals the engine rounded to. */

export function decimal(value: number, decimals: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  } catch {
    return value.toFixed(decimals);
  }
}

/** Whole pence as pounds and pence: 23800 → "£238.00". */
export function money(pence: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(pence / 100);
  } catch {
    return `£${(pence / 100).toFixed(2)}`;
  }
}

/** The pound's symbol as the user's locale writes it ("£"; "£GB" in French), for money fields' prefixes. */
export function poundSymbol(locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? '£';
  } catch {
    return '£';
  }
}

/** Who published a benchmark, in the user's language (the domain keeps the English citation). */
export function benchmarkSource(b: IBenchmark): string {
  return b.publisher === 'crossGovernment' ? strings.SurveyBenefitsSourceCrossGovernment : strings.SurveyBenefitsSourceDbt;
}

/** A plain count or assumption as typed ("7.5", "225"). */
export function plain(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 9 }).format(value);
  } catch {
    return String(value);
  }
}

const UNIT_TEMPLATES: Record<Exclude<FigureUnit, 'pence'>, () => string> = {
  minutesPerDay: () => strings.SurveyBenefitsMinutes,
  hoursPerYear: () => strings.SurveyBenefitsHours,
  workingDaysPerYear: () => strings.SurveyBenefitsWorkingDays,
  ratio: () => strings.SurveyBenefitsRatio,
  months: () => strings.SurveyBenefitsMonths
};

/** A figure with its unit ("13.00 working days", "£238.00"); "Not available" when it could not be worked out. */
export function figureText(figure: IFigure | undefined, locale: string): string {
  if (figure === undefined) return strings.SurveyBenefitsNotAvailable;
  if (figure.unit === 'pence') return money(figure.value, locale);
  return formatText(UNIT_TEMPLATES[figure.unit](), decimal(figure.value, figure.decimals, locale));
}

/** The unit words a CSV column carries, and the figure's value in that unit (pounds, not pence). */
export function csvValue(figure: IFigure | undefined): { value: number | undefined; unit: string } {
  if (figure === undefined) return { value: undefined, unit: '' };
  const units: Record<FigureUnit, string> = {
    pence: strings.SurveyBenefitsUnitPounds,
    minutesPerDay: strings.SurveyBenefitsUnitMinutesPerDay,
    hoursPerYear: strings.SurveyBenefitsUnitHoursPerYear,
    workingDaysPerYear: strings.SurveyBenefitsUnitDaysPerYear,
    ratio: strings.SurveyBenefitsUnitRatio,
    months: strings.SurveyBenefitsUnitMonths
  };
  return { value: figure.unit === 'pence' ? figure.value / 100 : figure.value, unit: units[figure.unit] };
}

const WORKER_TYPES: Record<WorkerType, () => string> = {
  Officer: () => strings.SurveyBenefitsWorkerOfficer,
  Staff: () => strings.SurveyBenefitsWorkerStaff,
  PCSO: () => strings.SurveyBenefitsWorkerPCSO,
  Special: () => strings.SurveyBenefitsWorkerSpecial,
  Other: () => strings.SurveyBenefitsWorkerOther
};

export function workerTypeText(type: WorkerType | ''): string {
  if (type === '') return strings.SurveyBenefitsWorkerAny;
  return WORKER_TYPES[type] ? WORKER_TYPES[type]() : type;
}

/** "Essex · Staff · Band 4". */
export function groupText(group: IGroupKey): string {
  return [group.force, workerTypeText(group.workerType), group.grade.trim() !== '' ? group.grade : strings.SurveyBenefitsNoGrade].join(' · ');
}

/** A problem's subject as the engine writes it ("Essex/Staff/Band 4", "Essex/*\/*") in words. */
function labelText(label: string): string {
  const [force, type, ...rest] = label.split('/');
  if (type === undefined) return label;
  const grade = rest.join('/');
  const typeText = type === '*' ? strings.SurveyBenefitsWorkerAny : WORKER_TYPES[type as WorkerType] ? WORKER_TYPES[type as WorkerType]() : type;
  const gradeText = grade === '*' ? strings.SurveyBenefitsAnyGrade : grade.trim() !== '' ? grade : strings.SurveyBenefitsNoGrade;
  return [force, typeText, gradeText].join(' · ');
}

const LEVELS: Record<CostLevel, () => string> = {
  grade: () => strings.SurveyBenefitsCostLevelGrade,
  workerType: () => strings.SurveyBenefitsCostLevelWorkerType,
  force: () => strings.SurveyBenefitsCostLevelForce
};

export function costLevelText(level: CostLevel): string {
  return LEVELS[level]();
}

export function assumptionLabel(key: NumericAssumption | 'label'): string {
  return {
    label: strings.SurveyBenefitsLabel,
    workingDaysPerWeek: strings.SurveyBenefitsDaysPerWeek,
    workingDaysPerYear: strings.SurveyBenefitsDaysPerYear,
    hoursPerWorkingDay: strings.SurveyBenefitsHoursPerDay,
    sensitivityPercent: strings.SurveyBenefitsSensitivity
  }[key];
}

/** What a figure's "based on" text can draw on: the stated assumptions and, where known, the scope's or group's own inputs. */
export interface IBasis {
  assumptions: IAssumptions;
  locale: string;
  respondents?: number;
  licence?: ILicenceCost;
  hourlyCost?: { pence: number; level: CostLevel | undefined };
  licensedUsers?: number;
}

export function assumptionText(key: AssumptionKey, basis: IBasis): string {
  const { assumptions: a, locale } = basis;
  switch (key) {
    case 'responses':
      return basis.respondents !== undefined ? formatText(strings.SurveyBenefitsAssumeResponses, plain(basis.respondents, locale)) : strings.SurveyBenefitsAssumeCountedResponses;
    case 'workingDaysPerWeek':
      return formatText(strings.SurveyBenefitsAssumeDaysPerWeek, plain(a.workingDaysPerWeek, locale));
    case 'workingDaysPerYear':
      return formatText(strings.SurveyBenefitsAssumeDaysPerYear, plain(a.workingDaysPerYear, locale));
    case 'hoursPerWorkingDay':
      return formatText(strings.SurveyBenefitsAssumeHoursPerDay, plain(a.hoursPerWorkingDay, locale));
    case 'sensitivityPercent':
      return formatText(strings.SurveyBenefitsAssumeSensitivity, plain(a.sensitivityPercent, locale));
    case 'hourlyCost':
      return basis.hourlyCost !== undefined
        ? formatText(strings.SurveyBenefitsAssumeHourlyCostOf, money(basis.hourlyCost.pence, locale), basis.hourlyCost.level ? costLevelText(basis.hourlyCost.level) : '')
        : strings.SurveyBenefitsAssumeHourlyCost;
    case 'licensedUsers':
      return basis.licensedUsers !== undefined ? formatText(strings.SurveyBenefitsAssumeLicensedUsersOf, plain(basis.licensedUsers, locale)) : strings.SurveyBenefitsAssumeLicensedUsers;
    default:
      return basis.licence !== undefined
        ? formatText(strings.SurveyBenefitsAssumeLicenceCost, plain(basis.licence.licences, locale), money(basis.licence.annualCostPence, locale))
        : strings.SurveyBenefitsAssumeLicenceCostNone;
  }
}

/** The assumptions a figure rests on, in one line: "counted responses, 5-day week, 225 working days a year, 7.5-hour day". */
export function basedOn(figure: IFigure | undefined, basis: IBasis, fallback: readonly AssumptionKey[] = []): string {
  const keys = figure ? figure.assumptions : fallback;
  return keys.map((k) => assumptionText(k, basis)).join(', ');
}

function groupsCount(n: number, locale: string): string {
  return n === 1 ? strings.SurveyBenefitsOneGroup : formatText(strings.SurveyBenefitsGroupsCount, plain(n, locale));
}

/** A problem in plain words. Unnamed group problems (withheld groups) say how many groups. */
export function problemText(problem: IPublishedProblem, assumptions: IAssumptions, locale: string): string {
  const s = problem.subject;
  const n = problem.count ?? 1;
  const hidden = groupsCount(n, locale);
  switch (problem.code) {
    case 'invalidAssumption':
      return formatText(strings.SurveyBenefitsPInvalidAssumption, s !== undefined && s !== 'label' ? assumptionLabel(s as NumericAssumption) ?? s : '');
    case 'invalidResponse':
      return formatText(strings.SurveyBenefitsPInvalidResponse, plain(n, locale));
    case 'invalidCostEntry':
      return formatText(strings.SurveyBenefitsPInvalidCostEntry, s !== undefined ? labelText(s) : '');
    case 'duplicateCostEntry':
      return formatText(strings.SurveyBenefitsPDuplicateCostEntry, s !== undefined ? labelText(s) : '');
    case 'invalidLicensedGroup':
      return formatText(strings.SurveyBenefitsPInvalidLicensedGroup, s !== undefined ? labelText(s) : '');
    case 'invalidLicenceCost':
      return strings.SurveyBenefitsPInvalidLicenceCost;
    case 'missingCost':
      return s !== undefined ? formatText(strings.SurveyBenefitsPMissingCost, labelText(s)) : formatText(strings.SurveyBenefitsPMissingCostHidden, hidden);
    case 'noResponses':
      return s !== undefined ? formatText(strings.SurveyBenefitsPNoResponses, labelText(s)) : formatText(strings.SurveyBenefitsPNoResponsesHidden, hidden);
    case 'noLicensedUsers':
      return s !== undefined ? formatText(strings.SurveyBenefitsPNoLicensedUsers, labelText(s)) : formatText(strings.SurveyBenefitsPNoLicensedUsersHidden, hidden);
    case 'noRespondents':
      return strings.SurveyBenefitsPNoRespondents;
    case 'noLicences':
      return strings.SurveyBenefitsPNoLicences;
    case 'noNetSaving':
      return strings.SurveyBenefitsPNoNetSaving;
    case 'noLicencePurchase':
      return s !== undefined ? formatText(strings.SurveyBenefitsPNoLicencePurchase, s) : strings.SurveyBenefitsPNoLicencePurchaseAll;
    case 'duplicateLicencePurchase':
      return formatText(strings.SurveyBenefitsPDuplicateLicencePurchase, s ?? '');
    case 'forceLeftOut':
      return formatText(strings.SurveyBenefitsPForceLeftOut, s ?? '');
    default:
      return formatText(strings.SurveyBenefitsPResponsesWithoutForce, s ?? plain(n, locale));
  }
}

const RANGE: Record<NumericAssumption, () => string> = {
  workingDaysPerWeek: () => strings.SurveyBenefitsErrDaysPerWeek,
  workingDaysPerYear: () => strings.SurveyBenefitsErrDaysPerYear,
  hoursPerWorkingDay: () => strings.SurveyBenefitsErrHoursPerDay,
  sensitivityPercent: () => strings.SurveyBenefitsErrSensitivity
};

const FIELD_MESSAGES: Record<Exclude<FieldProblemCode, 'outOfRange' | 'required'>, () => string> = {
  notANumber: () => strings.SurveyBenefitsErrNumber,
  notMoney: () => strings.SurveyBenefitsErrMoney,
  notPositive: () => strings.SurveyBenefitsErrPositive,
  notWhole: () => strings.SurveyBenefitsErrWhole,
  atLeastOne: () => strings.SurveyBenefitsErrAtLeastOne,
  gradeNeedsWorkerType: () => strings.SurveyBenefitsErrGradeNeedsType,
  duplicateCost: () => strings.SurveyBenefitsErrDuplicateCost,
  duplicatePurchase: () => strings.SurveyBenefitsErrDuplicatePurchase,
  duplicateGroup: () => strings.SurveyBenefitsErrDuplicateGroup
};

/** The specific message for a field of the inputs editor. */
export function fieldProblemText(problem: IFieldProblem): string {
  const last = problem.field.split('.').pop() as string;
  if (problem.code === 'outOfRange') return RANGE[problem.field as NumericAssumption] ? RANGE[problem.field as NumericAssumption]() : strings.SurveyBenefitsErrNumber;
  if (problem.code === 'required') {
    if (problem.field === 'label') return strings.SurveyBenefitsErrLabel;
    if (last === 'workerType') return strings.SurveyBenefitsErrChooseType;
    if (last === 'force') return strings.SurveyBenefitsErrForce;
    return strings.SurveyBenefitsErrRequired;
  }
  return FIELD_MESSAGES[problem.code]();
}
