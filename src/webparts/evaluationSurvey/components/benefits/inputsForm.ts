import type { IBenefitInputs } from '../../../../data/SurveyRepository';
import { validateAssumptions } from '../../../../domain/benefits/assumptions';
import { sameGroupKey, validateCostTable } from '../../../../domain/benefits/costs';
import type { IAssumptions, ICostEntry, IGroupKey, ILicencePurchase, ILicensedGroup, WorkerType } from '../../../../domain/benefits/types';
import { validateLicenceCost } from '../../../../domain/benefits/valueForMoney';

/**
 * The benefit inputs editor's form, as typed: every field a string, so a value that does not parse is
 * kept exactly as the lead typed it while they fix it. `formToInputs` turns it into inputs (pence as
 * whole numbers) or field problems worked out by the benefits domain's own validators.
 */

export type NumericAssumption = 'workingDaysPerWeek' | 'workingDaysPerYear' | 'hoursPerWorkingDay' | 'sensitivityPercent';
export const NUMERIC_ASSUMPTIONS: readonly NumericAssumption[] = ['workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay', 'sensitivityPercent'];

export interface ICostRow {
  id: string;
  force: string;
  /** '' = any worker type (the force average). */
  workerType: WorkerType | '';
  /** '' = any grade (the worker type average). */
  grade: string;
  pounds: string;
}

export interface IPurchaseRow {
  id: string;
  force: string;
  licences: string;
  pounds: string;
}

export interface IGroupRow {
  id: string;
  force: string;
  /** '' until chosen: nothing is defaulted. */
  workerType: WorkerType | '';
  grade: string;
  users: string;
}

export interface IInputsForm {
  label: string;
  workingDaysPerWeek: string;
  workingDaysPerYear: string;
  hoursPerWorkingDay: string;
  sensitivityPercent: string;
  costs: ICostRow[];
  purchases: IPurchaseRow[];
  groups: IGroupRow[];
}

export type FieldProblemCode =
  | 'required'
  | 'notANumber'
  | 'outOfRange'
  | 'notMoney'
  | 'notPositive'
  | 'notWhole'
  | 'atLeastOne'
  | 'gradeNeedsWorkerType'
  | 'duplicateCost'
  | 'duplicatePurchase'
  | 'duplicateGroup';

/** A field is `label`, an assumption key, or `<list>.<row id>.<field>` (e.g. `costs.c3.pounds`). */
export interface IFieldProblem {
  field: string;
  code: FieldProblemCode;
}

let counter = 0;
export function newRowId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function emptyForm(): IInputsForm {
  return { label: '', workingDaysPerWeek: '', workingDaysPerYear: '', hoursPerWorkingDay: '', sensitivityPercent: '', costs: [], purchases: [], groups: [] };
}

/** Pence as pounds for the form: 3000 → "30.00". */
export function penceToPounds(pence: number): string {
  if (!Number.isSafeInteger(pence)) return String(pence / 100);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "£1,234.5" → 123450 pence; undefined unless it is pounds with at most two decimals (no floating point involved). */
export function poundsToPence(text: string): number | undefined {
  const cleaned = text.trim().replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : undefined;
}

/** A decimal as typed ("7.5"); undefined when it is not a plain number. */
export function parseDecimal(text: string): number | undefined {
  const cleaned = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A whole number as typed, thousands separators allowed ("1,200"); undefined otherwise. */
export function parseWhole(text: string): number | undefined {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function formFromAssumptions(form: IInputsForm, a: IAssumptions): IInputsForm {
  return {
    ...form,
    label: a.label,
    workingDaysPerWeek: String(a.workingDaysPerWeek),
    workingDaysPerYear: String(a.workingDaysPerYear),
    hoursPerWorkingDay: String(a.hoursPerWorkingDay),
    sensitivityPercent: String(a.sensitivityPercent)
  };
}

export function formFromInputs(inputs: IBenefitInputs): IInputsForm {
  return formFromAssumptions(
    {
      ...emptyForm(),
      costs: inputs.costs.map((c) => ({ id: newRowId('c'), force: c.force, workerType: c.workerType ?? '', grade: c.grade ?? '', pounds: penceToPounds(c.hourlyCostPence) })),
      purchases: inputs.licences.purchases.map((p) => ({ id: newRowId('p'), force: p.force, licences: String(p.licences), pounds: penceToPounds(p.annualCostPence) })),
      groups: inputs.licences.groups.map((g) => ({ id: newRowId('g'), force: g.force, workerType: g.workerType, grade: g.grade, users: String(g.licensedUsers) }))
    },
    inputs.assumptions
  );
}

/**
 * Adds a row (users left empty for the lead to fill in) for every group not yet listed; returns the form
 * and how many rows were added.
 */
export function addRespondentGroups(form: IInputsForm, groups: readonly IGroupKey[]): { form: IInputsForm; added: number } {
  const listed = new Set(form.groups.filter((g) => g.workerType !== '').map((g) => sameGroupKey({ force: g.force, workerType: g.workerType as WorkerType, grade: g.grade })));
  const rows: IGroupRow[] = [];
  for (const g of groups) {
    const key = sameGroupKey(g);
    if (listed.has(key) || g.force.trim() === '') continue;
    listed.add(key);
    rows.push({ id: newRowId('g'), force: g.force, workerType: g.workerType, grade: g.grade, users: '' });
  }
  return { form: { ...form, groups: [...form.groups, ...rows] }, added: rows.length };
}

function assumptionsOf(form: IInputsForm, problems: IFieldProblem[]): IAssumptions {
  if (form.label.trim() === '') problems.push({ field: 'label', code: 'required' });
  const values = {} as Record<NumericAssumption, number>;
  for (const key of NUMERIC_ASSUMPTIONS) values[key] = parseDecimal(form[key]) ?? NaN;
  const assumptions: IAssumptions = { label: form.label.trim(), ...values };
  // The domain's own limits decide what is in range.
  const invalid = new Set(validateAssumptions(assumptions).map((p) => p.subject));
  for (const key of NUMERIC_ASSUMPTIONS) {
    if (isNaN(values[key])) problems.push({ field: key, code: form[key].trim() === '' ? 'required' : 'notANumber' });
    else if (invalid.has(key)) problems.push({ field: key, code: 'outOfRange' });
  }
  return assumptions;
}

function costsOf(form: IInputsForm, problems: IFieldProblem[]): ICostEntry[] {
  const entries: ICostEntry[] = [];
  let reported = 0;
  for (const row of form.costs) {
    const at = (field: string): string => `costs.${row.id}.${field}`;
    const pence = poundsToPence(row.pounds);
    if (pence === undefined) problems.push({ field: at('pounds'), code: row.pounds.trim() === '' ? 'required' : 'notMoney' });
    const entry: ICostEntry = { force: row.force.trim(), hourlyCostPence: pence ?? 0 };
    if (row.workerType !== '') entry.workerType = row.workerType;
    if (row.grade.trim() !== '') entry.grade = row.grade.trim();
    entries.push(entry);
    // The domain's own check over the rows so far: a new problem belongs to this row.
    const found = validateCostTable(entries);
    if (found.length === reported) continue;
    reported = found.length;
    const problem = found[found.length - 1];
    if (problem.code === 'duplicateCostEntry') {
      problems.push({ field: at('force'), code: 'duplicateCost' });
      continue;
    }
    if (entry.force === '') problems.push({ field: at('force'), code: 'required' });
    if (entry.grade !== undefined && entry.workerType === undefined) problems.push({ field: at('grade'), code: 'gradeNeedsWorkerType' });
    if (pence !== undefined && pence <= 0) problems.push({ field: at('pounds'), code: 'notPositive' });
  }
  return entries;
}

function purchasesOf(form: IInputsForm, problems: IFieldProblem[]): ILicencePurchase[] {
  const seen = new Set<string>();
  return form.purchases.map((row) => {
    const at = (field: string): string => `purchases.${row.id}.${field}`;
    const force = row.force.trim();
    if (force === '') problems.push({ field: at('force'), code: 'required' });
    else if (seen.has(force.toLowerCase())) problems.push({ field: at('force'), code: 'duplicatePurchase' });
    seen.add(force.toLowerCase());
    const licences = parseWhole(row.licences);
    const pence = poundsToPence(row.pounds);
    if (licences === undefined) problems.push({ field: at('licences'), code: row.licences.trim() === '' ? 'required' : 'notWhole' });
    if (pence === undefined) problems.push({ field: at('pounds'), code: row.pounds.trim() === '' ? 'required' : 'notMoney' });
    const purchase: ILicencePurchase = { force, licences: licences ?? 0, annualCostPence: pence ?? 0 };
    if (licences !== undefined && pence !== undefined && validateLicenceCost(purchase).length > 0) {
      if (licences === 0) problems.push({ field: at('licences'), code: 'atLeastOne' });
      if (pence <= 0) problems.push({ field: at('pounds'), code: 'notPositive' });
    }
    return purchase;
  });
}

function groupsOf(form: IInputsForm, problems: IFieldProblem[]): ILicensedGroup[] {
  const seen = new Set<string>();
  return form.groups.map((row) => {
    const at = (field: string): string => `groups.${row.id}.${field}`;
    const force = row.force.trim();
    if (force === '') problems.push({ field: at('force'), code: 'required' });
    if (row.workerType === '') problems.push({ field: at('workerType'), code: 'required' });
    const users = parseWhole(row.users);
    if (users === undefined) problems.push({ field: at('users'), code: row.users.trim() === '' ? 'required' : 'notWhole' });
    const group: ILicensedGroup = { force, workerType: (row.workerType || 'Other') as WorkerType, grade: row.grade.trim(), licensedUsers: users ?? 0 };
    if (force !== '' && row.workerType !== '') {
      const key = sameGroupKey(group);
      if (seen.has(key)) problems.push({ field: at('force'), code: 'duplicateGroup' });
      seen.add(key);
    }
    return group;
  });
}

/** The inputs to save, or the problems to fix (in the order the fields appear). */
export function formToInputs(form: IInputsForm): { inputs: IBenefitInputs | undefined; problems: IFieldProblem[] } {
  const problems: IFieldProblem[] = [];
  const assumptions = assumptionsOf(form, problems);
  const costs = costsOf(form, problems);
  const purchases = purchasesOf(form, problems);
  const groups = groupsOf(form, problems);
  if (problems.length) return { inputs: undefined, problems };
  return { inputs: { assumptions, costs, licences: { groups, purchases } }, problems };
}
