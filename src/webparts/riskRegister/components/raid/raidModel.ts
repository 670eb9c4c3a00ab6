/**
 * The RAID, actions, appetite and import views' pure logic: form drafts (what is typed, kept as typed)
 * and their problems by field, the log's filters and overdue flags, the next free reference, conflict
 * resolution on drafts, and reading a dry run's cells back out of the file for the messages.
 *
 * Decisions:
 * - A draft keeps dates exactly as typed (`DayField` hands back `yyyy-mm-dd` once the text reads as a
 *   day); a date that does not read is the field's problem, never silently dropped.
 * - RAID references are unique by the app's check only (`src/lists/risks.ts`): the form checks the log it
 *   has read, case-insensitively, and suggests the next number for the type (`A-07`, `I-03`…, the prefixes
 *   the demo register uses).
 * - Closing an item (or completing an action) fills the day with today when it is empty, so the rule
 *   "closed needs a day" rarely has to be shown; it is still checked.
 */
import {
  actionFromFields,
  actionProblems,
  actionToFields,
  blocking,
  compareReferences,
  isActionOverdue,
  isRaidOverdue,
  parseDelimited,
  raidFromFields,
  raidProblems,
  raidToFields,
  type ActionStatus,
  type IActionContent,
  type IConflictField,
  type IImportProblem,
  type IRaidContent,
  type IRaidItem,
  type IRisk,
  type IRiskAction,
  type IRiskImportPlan,
  type RaidPriority,
  type RaidStatus,
  type RaidType,
  type RiskCategory
} from '../../../../domain/risks';
import { isDay } from '../../../../domain/training/days';

/** A problem at one field of a form: its code picks the message (`problemText`). */
export interface IFieldProblem {
  field: string;
  code: string;
}

// ---------------------------------------------------------------------------------------------------
// RAID items

export interface IRaidDraft {
  type: RaidType;
  reference: string;
  title: string;
  description: string;
  category: RiskCategory | '';
  force: string;
  ownerUpn: string;
  raisedOn: string;
  dueDate: string;
  status: RaidStatus;
  closedOn: string;
  priority: RaidPriority | '';
  riskIds: number[];
  meetingId: number | null;
  meetingDate: string;
  resolution: string;
}

export const RAID_PREFIXES: Readonly<Record<RaidType, string>> = { action: 'A', issue: 'I', assumption: 'AS', dependency: 'DP', decision: 'D' };

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The next free reference for a type: its prefix and one more than the highest number held (`A-07`). */
export function nextRaidReference(type: RaidType, items: ReadonlyArray<Pick<IRaidContent, 'reference'>>): string {
  const prefix = RAID_PREFIXES[type];
  const highest = items.reduce((max, i) => {
    const m = /^([A-Za-z]+)-(\d+)$/.exec(i.reference.trim());
    return m !== null && m[1].toUpperCase() === prefix ? Math.max(max, Number(m[2])) : max;
  }, 0);
  return `${prefix}-${pad2(highest + 1)}`;
}

export function blankRaidDraft(type: RaidType, items: readonly IRaidContent[], ownerUpn: string, today: string): IRaidDraft {
  return {
    type,
    reference: nextRaidReference(type, items),
    title: '',
    description: '',
    category: '',
    force: '',
    ownerUpn,
    raisedOn: today,
    dueDate: '',
    status: 'open',
    closedOn: '',
    priority: '',
    riskIds: [],
    meetingId: null,
    meetingDate: '',
    resolution: ''
  };
}

export function raidDraftOf(c: IRaidContent): IRaidDraft {
  return {
    type: c.type,
    reference: c.reference,
    title: c.title,
    description: c.description,
    category: c.category,
    force: c.force,
    ownerUpn: c.ownerUpn,
    raisedOn: c.raisedOn ?? '',
    dueDate: c.dueDate ?? '',
    status: c.status,
    closedOn: c.closedOn ?? '',
    priority: c.priority ?? '',
    riskIds: c.riskIds.slice(),
    meetingId: c.meetingId,
    meetingDate: c.meetingDate ?? '',
    resolution: c.resolution
  };
}

const dayOrNull = (text: string): string | null => (isDay(text.trim()) ? text.trim() : null);

/** The content a draft writes (a date that does not read is left out: `raidDraftProblems` names it). */
export function raidContentOf(d: IRaidDraft): IRaidContent {
  return {
    reference: d.reference.trim(),
    type: d.type,
    title: d.title.trim(),
    description: d.description.trim(),
    category: d.category === '' ? 'copilotGovernance' : d.category,
    force: d.force,
    ownerUpn: d.ownerUpn.trim().toLowerCase(),
    raisedOn: dayOrNull(d.raisedOn),
    dueDate: dayOrNull(d.dueDate),
    status: d.status,
    closedOn: dayOrNull(d.closedOn),
    priority: d.priority === '' ? null : d.priority,
    riskIds: d.riskIds.slice(),
    meetingId: d.meetingId,
    meetingDate: dayOrNull(d.meetingDate),
    resolution: d.resolution.trim()
  };
}

function dateProblems<T extends object>(draft: T, fields: ReadonlyArray<keyof T & string>): IFieldProblem[] {
  return fields.filter((f) => {
    const v = String((draft as Record<string, unknown>)[f] ?? '').trim();
    return v !== '' && !isDay(v);
  }).map((field) => ({ field, code: 'invalidDate' }));
}

export const RAID_FORM_ORDER: readonly string[] = ['type', 'reference', 'title', 'description', 'category', 'force', 'ownerUpn', 'priority', 'raisedOn', 'dueDate', 'status', 'closedOn', 'riskIds', 'meetingDate', 'resolution'];

/** Every problem that stops the draft being written, in the order of the form's fields. */
export function raidDraftProblems(d: IRaidDraft, items: readonly IRaidItem[], editingId: number | null): IFieldProblem[] {
  const dates = dateProblems(d, ['raisedOn', 'dueDate', 'closedOn', 'meetingDate']);
  const out: IFieldProblem[] = [...dates];
  if (d.category === '') out.push({ field: 'category', code: 'required' });
  const content = raidContentOf(d);
  for (const p of blocking(raidProblems(content))) {
    if (out.some((x) => x.field === p.field)) continue;
    out.push({ field: p.field, code: p.code });
  }
  const ref = content.reference.toLowerCase();
  if (ref !== '' && !out.some((p) => p.field === 'reference') && items.some((i) => i.id !== editingId && i.reference.trim().toLowerCase() === ref)) {
    out.push({ field: 'reference', code: 'referenceTaken' });
  }
  return orderBy(out, RAID_FORM_ORDER);
}

function orderBy(problems: readonly IFieldProblem[], order: readonly string[]): IFieldProblem[] {
  const rank = (f: string): number => (order.indexOf(f) < 0 ? order.length : order.indexOf(f));
  return problems.slice().sort((a, b) => rank(a.field) - rank(b.field));
}

export function sameRaidDraft(a: IRaidDraft, b: IRaidDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------------
// Mitigating actions

export interface IActionDraft {
  title: string;
  riskIds: number[];
  ownerUpn: string;
  force: string;
  dueDate: string;
  status: ActionStatus;
  completedOn: string;
  notes: string;
  meetingId: number | null;
}

export const ACTION_FORM_ORDER: readonly string[] = ['title', 'riskIds', 'ownerUpn', 'force', 'dueDate', 'status', 'completedOn', 'notes'];

export function blankActionDraft(ownerUpn: string, riskIds: readonly number[] = []): IActionDraft {
  return { title: '', riskIds: riskIds.slice(), ownerUpn, force: '', dueDate: '', status: 'notStarted', completedOn: '', notes: '', meetingId: null };
}

export function actionDraftOf(c: IActionContent): IActionDraft {
  return {
    title: c.title,
    riskIds: c.riskIds.slice(),
    ownerUpn: c.ownerUpn,
    force: c.force ?? '',
    dueDate: c.dueDate ?? '',
    status: c.status,
    completedOn: c.completedOn ?? '',
    notes: c.notes,
    meetingId: c.meetingId
  };
}

export function actionContentOf(d: IActionDraft): IActionContent {
  return {
    title: d.title.trim(),
    riskIds: d.riskIds.slice(),
    ownerUpn: d.ownerUpn.trim().toLowerCase(),
    force: d.force === '' ? null : d.force,
    dueDate: dayOrNull(d.dueDate),
    status: d.status,
    completedOn: dayOrNull(d.completedOn),
    notes: d.notes.trim(),
    meetingId: d.meetingId
  };
}

export function actionDraftProblems(d: IActionDraft): IFieldProblem[] {
  const out: IFieldProblem[] = dateProblems(d, ['dueDate', 'completedOn']);
  for (const p of blocking(actionProblems(actionContentOf(d)))) {
    if (out.some((x) => x.field === p.field)) continue;
    out.push({ field: p.field, code: p.code });
  }
  return orderBy(out, ACTION_FORM_ORDER);
}

export function sameActionDraft(a: IActionDraft, b: IActionDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------------
// Conflicts

export type ConflictResolution = 'theirs' | 'mergeTheirs' | 'mergeMine';

/**
 * The RAID content to carry on editing after a conflict: their version as it is (`theirs`), or both
 * people's changes with theirs (`mergeTheirs`) or yours (`mergeMine`) where you both changed a column.
 */
export function resolveRaid(latest: IRaidContent, merged: IRaidContent, mine: IRaidContent, conflicts: readonly IConflictField[], how: ConflictResolution): IRaidContent {
  if (how === 'theirs') return raidFromFields(raidToFields(latest));
  if (how === 'mergeTheirs') return raidFromFields(raidToFields(merged));
  const fields = raidToFields(merged) as unknown as Record<string, unknown>;
  const mineFields = raidToFields(mine) as unknown as Record<string, unknown>;
  conflicts.forEach((c) => (fields[c.field] = mineFields[c.field]));
  return raidFromFields(fields as unknown as ReturnType<typeof raidToFields>);
}

export function resolveAction(latest: IActionContent, merged: IActionContent, mine: IActionContent, conflicts: readonly IConflictField[], how: ConflictResolution): IActionContent {
  if (how === 'theirs') return actionFromFields(actionToFields(latest));
  if (how === 'mergeTheirs') return actionFromFields(actionToFields(merged));
  const fields = actionToFields(merged) as unknown as Record<string, unknown>;
  const mineFields = actionToFields(mine) as unknown as Record<string, unknown>;
  conflicts.forEach((c) => (fields[c.field] = mineFields[c.field]));
  return actionFromFields(fields as unknown as ReturnType<typeof actionToFields>);
}

// ---------------------------------------------------------------------------------------------------
// The log's filters

export interface IRaidFilter {
  type: RaidType | '';
  /** `active`: open or in progress. */
  status: RaidStatus | 'active' | '';
  owner: string;
  overdueOnly: boolean;
}

export const ALL_RAID: IRaidFilter = { type: '', status: '', owner: '', overdueOnly: false };

export function filterRaid(items: readonly IRaidItem[], f: IRaidFilter, today: string): IRaidItem[] {
  return items
    .filter((i) => f.type === '' || i.type === f.type)
    .filter((i) => f.status === '' || (f.status === 'active' ? i.status !== 'closed' : i.status === f.status))
    .filter((i) => f.owner === '' || i.ownerUpn === f.owner)
    .filter((i) => !f.overdueOnly || isRaidOverdue(i, today))
    .sort((a, b) => compareReferences(a.reference, b.reference) || a.id - b.id);
}

export interface IActionFilter {
  /** `active`: not started or in progress. */
  status: ActionStatus | 'active' | '';
  owner: string;
  overdueOnly: boolean;
}

export const ALL_ACTIONS: IActionFilter = { status: '', owner: '', overdueOnly: false };

export function filterActions(actions: readonly IRiskAction[], f: IActionFilter, today: string): IRiskAction[] {
  return actions
    .filter((a) => f.status === '' || (f.status === 'active' ? a.status === 'notStarted' || a.status === 'inProgress' : a.status === f.status))
    .filter((a) => f.owner === '' || a.ownerUpn === f.owner)
    .filter((a) => !f.overdueOnly || isActionOverdue(a, today))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
}

/** The distinct owners of some items, sorted. */
export function ownersOf(items: ReadonlyArray<{ ownerUpn: string }>): string[] {
  return Array.from(new Set(items.map((i) => i.ownerUpn).filter((o) => o !== ''))).sort();
}

// ---------------------------------------------------------------------------------------------------
// Linked risks

/** The risks matching a search by reference or title (reference matches first), without those already linked. */
export function matchingRisks(risks: readonly IRisk[], query: string, exclude: readonly number[], limit: number = 8): IRisk[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const free = risks.filter((r) => exclude.indexOf(r.id) < 0);
  const byRef = free.filter((r) => r.reference.toLowerCase().indexOf(q) >= 0);
  const byTitle = free.filter((r) => byRef.indexOf(r) < 0 && r.title.toLowerCase().indexOf(q) >= 0);
  return [...byRef.sort((a, b) => compareReferences(a.reference, b.reference)), ...byTitle.sort((a, b) => compareReferences(a.reference, b.reference))].slice(0, limit);
}

/** The references of linked risks (`#id` for a risk not found, e.g. hidden or removed). */
export function riskReferences(ids: readonly number[], risks: readonly IRisk[]): string[] {
  return ids.map((id) => risks.filter((r) => r.id === id)[0]?.reference ?? `#${id}`);
}

// ---------------------------------------------------------------------------------------------------
// Import

/**
 * The cells dry-run problems are about, read back out of the file once: the plan reports the column as
 * headed in the file and the line, so a message can quote the value in the user's language.
 */
export function cellReader(text: string, plan: IRiskImportPlan): (problem: Pick<IImportProblem, 'line' | 'column'>) => string | undefined {
  const records = new Map(parseDelimited(text, plan.separator).records.map((r) => [r.line, r.fields] as const));
  return (problem) => {
    if (problem.column === undefined) return undefined;
    const column = plan.columns.filter((c) => c.header === problem.column)[0];
    const fields = records.get(problem.line);
    return column === undefined || fields === undefined ? undefined : fields[column.index];
  };
}

/** The line on which a reference first appears in a plan (for "also on line 4"). */
export function firstLineOf(plan: IRiskImportPlan, reference: string, before: number): number | undefined {
  const key = reference.trim().toLowerCase();
  return plan.rows.filter((r) => r.line < before && r.reference.trim().toLowerCase() === key).map((r) => r.line)[0];
}

/**
 * The template's headers: the names the import reads (`IMPORT_COLUMN_ALIASES`). They are the file format,
 * not interface text, so they are not localised: a localised header would not be read back.
 */
export const IMPORT_TEMPLATE_HEADERS: readonly string[] = [
  'Reference',
  'Title',
  'Threat or opportunity',
  'Cause',
  'Event',
  'Effect',
  'Topic',
  'Force',
  'Owner',
  'Actionees',
  'Inherent likelihood',
  'Inherent impact',
  'Current likelihood',
  'Current impact',
  'Target likelihood',
  'Target impact',
  'Kent owner',
  'Kent current likelihood',
  'Kent current impact',
  'Essex owner',
  'Essex current likelihood',
  'Essex current impact',
  'Proximity',
  'Response',
  'Controls',
  'Review date',
  'Status',
  'Escalated to',
  'Escalated on',
  'Why escalated'
];

/** A file that is an Excel workbook (a zip) or other binary, not text: it has to be saved as CSV first. */
export function looksBinary(text: string): boolean {
  return text.indexOf('PK\u0003\u0004') === 0 || text.indexOf('\u0000') >= 0 || text.indexOf('\u00d0\u00cf\u0011\u00e0') === 0;
}
