/**
 * A training module as a lead edits it: the form's state, validated and turned into list values here,
 * without SharePoint or React, so every rule is tested on its own.
 *
 * Numbers and the date stay text in the draft: what the lead typed is kept exactly as typed (a "3o" in
 * the duration is shown back with its message, never silently turned into nothing). The limits come
 * from the list definition, so the form and the list cannot disagree.
 */
import type { ItemPatchOf } from '../../lists/define';
import { TrainingModulesList, type NewTrainingModule } from '../../lists/training';
import { isDay } from './days';
import type { IQuestion, ITrainingModule, WorkerType } from './types';

export interface IQuestionDraft {
  /** Stable within the module; answers and attempts refer to it. */
  id: string;
  text: string;
  options: string[];
  /** Index of the correct option; undefined until the lead picks one. */
  answer: number | undefined;
}

export interface IModuleDraft {
  title: string;
  /** The module code; fixed once the module exists. */
  key: string;
  description: string;
  contentUrl: string;
  durationMinutes: string;
  mandatory: boolean;
  sortOrder: string;
  forces: string[];
  workerTypes: WorkerType[];
  /** One per line. */
  departments: string;
  grades: string;
  jobTitles: string;
  dueWithinDays: string;
  /** `yyyy-mm-dd` when the lead gave a real day; otherwise what they typed. */
  assignedOn: string;
  refreshMonths: string;
  /** A policy module (people attest to a version). Set on creation; later versions are published. */
  policy: boolean;
  knowledgeCheck: boolean;
  passMark: string;
  maxAttempts: string;
  questions: IQuestionDraft[];
}

/** Creating a module checks its code; editing never changes it. */
export type DraftMode = 'create' | 'edit';

export type DraftField =
  | 'title'
  | 'key'
  | 'contentUrl'
  | 'durationMinutes'
  | 'sortOrder'
  | 'forces'
  | 'dueWithinDays'
  | 'assignedOn'
  | 'refreshMonths'
  | 'passMark'
  | 'maxAttempts'
  | 'questions';

export type QuestionPart = 'text' | 'options' | 'answer';

/** Where a problem is: a field, a part of a question, or one option of a question. */
export type DraftPath = DraftField | `questions.${number}.${QuestionPart}` | `questions.${number}.options.${number}`;

export type DraftProblemCode =
  | 'required'
  | 'tooLong'
  | 'keyFormat'
  | 'keyTaken'
  | 'httpsUrl'
  | 'wholeNumber'
  | 'date'
  | 'noQuestions'
  | 'tooFewOptions'
  | 'noAnswer';

export interface IDraftProblem {
  readonly path: DraftPath;
  readonly code: DraftProblemCode;
  /** For `wholeNumber` and `tooFewOptions`. */
  readonly min?: number;
  /** For `wholeNumber` and `tooLong`. */
  readonly max?: number;
}

export function questionPath(index: number, part: QuestionPart): DraftPath {
  return `questions.${index}.${part}`;
}

export function optionPath(question: number, option: number): DraftPath {
  return `questions.${question}.options.${option}`;
}

/** The problem at a path, if any. */
export function problemAt(problems: readonly IDraftProblem[], path: DraftPath): IDraftProblem | undefined {
  return problems.filter((p) => p.path === path)[0];
}

const fields = TrainingModulesList.fields;

interface IRange {
  readonly min: number;
  readonly max: number;
}

function rangeOf(field: { readonly min: number | undefined; readonly max: number | undefined }, fallback: IRange): IRange {
  return { min: field.min ?? fallback.min, max: field.max ?? fallback.max };
}

/** The limits the form enforces, read from the list definition. */
export const MODULE_LIMITS = {
  titleLength: fields.title.maxLength,
  keyLength: fields.key.maxLength,
  /** SharePoint keeps at most 255 characters of a hyperlink column's address. */
  contentUrlLength: 255,
  choiceLength: 255,
  durationMinutes: rangeOf(fields.durationMinutes, { min: 1, max: 600 }),
  sortOrder: rangeOf(fields.sortOrder, { min: 0, max: 9999 }),
  dueWithinDays: rangeOf(fields.dueWithinDays, { min: 0, max: 730 }),
  refreshMonths: rangeOf(fields.refreshMonths, { min: 1, max: 60 }),
  passMark: rangeOf(fields.passMark, { min: 1, max: 100 }),
  maxAttempts: rangeOf(fields.maxAttempts, { min: 1, max: 20 }),
  minOptions: 2
} as const;

/** Lower-case letters, digits and hyphens: safe in a URL, a CSV and an OData literal. */
export const MODULE_KEY_PATTERN: RegExp = /^[a-z0-9-]{2,64}$/;

/** A whole number as typed (`"30"`, `" 30 "`), or undefined for anything else. */
export function parseWhole(text: string): number | undefined {
  const t = text.trim();
  return /^[+-]?\d{1,9}$/.test(t) ? Number(t) : undefined;
}

/** Trimmed, empty dropped, each kept once (ignoring case: matching ignores case too). */
export function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t === '' || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/** Audience lines as typed (one per line) to the values matched. */
export function audienceLines(text: string): string[] {
  return cleanList(text.split(/\r?\n/));
}

/** True for an absolute `https://` address with a host. */
export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The problems of a draft, top to bottom as the form shows them; empty when it may be saved. */
export function validateModuleDraft(draft: IModuleDraft, existingKeys: readonly string[], mode: DraftMode = 'create'): IDraftProblem[] {
  const problems: IDraftProblem[] = [];
  const add = (path: DraftPath, code: DraftProblemCode, limits: { min?: number; max?: number } = {}): void => {
    problems.push({ path, code, ...limits });
  };
  const whole = (path: DraftField, text: string, range: IRange, required: boolean): void => {
    if (text.trim() === '') {
      if (required) add(path, 'required');
      return;
    }
    const n = parseWhole(text);
    if (n === undefined || n < range.min || n > range.max) add(path, 'wholeNumber', { min: range.min, max: range.max });
  };

  const title = draft.title.trim();
  if (title === '') add('title', 'required');
  else if (title.length > MODULE_LIMITS.titleLength) add('title', 'tooLong', { max: MODULE_LIMITS.titleLength });

  if (mode === 'create') {
    const key = draft.key.trim();
    const taken = new Set(existingKeys.map((k) => k.trim().toLowerCase()));
    if (key === '') add('key', 'required');
    else if (!MODULE_KEY_PATTERN.test(key)) add('key', 'keyFormat', { max: MODULE_LIMITS.keyLength });
    else if (taken.has(key.toLowerCase())) add('key', 'keyTaken');
  }

  const url = draft.contentUrl.trim();
  if (url !== '') {
    if (!isHttpsUrl(url)) add('contentUrl', 'httpsUrl');
    else if (url.length > MODULE_LIMITS.contentUrlLength) add('contentUrl', 'tooLong', { max: MODULE_LIMITS.contentUrlLength });
  }

  whole('durationMinutes', draft.durationMinutes, MODULE_LIMITS.durationMinutes, false);
  whole('sortOrder', draft.sortOrder, MODULE_LIMITS.sortOrder, false);
  if (draft.forces.some((f) => f.trim().length > MODULE_LIMITS.choiceLength)) add('forces', 'tooLong', { max: MODULE_LIMITS.choiceLength });
  whole('dueWithinDays', draft.dueWithinDays, MODULE_LIMITS.dueWithinDays, true);

  const assigned = draft.assignedOn.trim();
  if (assigned === '') add('assignedOn', 'required');
  else if (!isDay(assigned)) add('assignedOn', 'date');

  whole('refreshMonths', draft.refreshMonths, MODULE_LIMITS.refreshMonths, false);

  if (draft.knowledgeCheck) {
    whole('passMark', draft.passMark, MODULE_LIMITS.passMark, true);
    whole('maxAttempts', draft.maxAttempts, MODULE_LIMITS.maxAttempts, false);
    if (draft.questions.length === 0) add('questions', 'noQuestions');
    draft.questions.forEach((q, i) => {
      if (q.text.trim() === '') add(questionPath(i, 'text'), 'required');
      q.options.forEach((o, j) => {
        if (o.trim() === '') add(optionPath(i, j), 'required');
      });
      if (q.options.length < MODULE_LIMITS.minOptions) add(questionPath(i, 'options'), 'tooFewOptions', { min: MODULE_LIMITS.minOptions });
      if (q.answer === undefined || q.answer < 0 || q.answer >= q.options.length) add(questionPath(i, 'answer'), 'noAnswer');
    });
  }
  return problems;
}

/** Thrown when a draft that does not validate is turned into list values: a programming error. */
export class InvalidModuleDraftError extends Error {
  public constructor(public readonly problems: readonly IDraftProblem[]) {
    super(`The module draft is not valid: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
    this.name = 'InvalidModuleDraftError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A question id not used by any of `questions` (`q1`, `q2`…). */
export function newQuestionId(questions: ReadonlyArray<{ readonly id: string }>): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

/** The questions as stored: trimmed, each with an id of its own. */
export function questionsToStore(drafts: readonly IQuestionDraft[]): IQuestion[] {
  const out: IQuestion[] = [];
  for (const q of drafts) {
    const id = q.id.trim() === '' || out.some((o) => o.id === q.id) ? newQuestionId([...drafts, ...out]) : q.id;
    out.push({ id, text: q.text.trim(), options: q.options.map((o) => o.trim()), answer: q.answer ?? 0 });
  }
  return out;
}

function optionalWhole(text: string): number | null {
  return text.trim() === '' ? null : (parseWhole(text) ?? null);
}

function linesOrNull(text: string): string | null {
  const lines = audienceLines(text);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** The columns a lead edits (everything but the code, the active flag and the policy version). */
export type ModulePatch = ItemPatchOf<typeof TrainingModulesList>;

/** The editable columns of a valid draft. */
export function modulePatch(draft: IModuleDraft): ModulePatch {
  const problems = validateModuleDraft(draft, [], 'edit');
  if (problems.length > 0) throw new InvalidModuleDraftError(problems);
  const url = draft.contentUrl.trim();
  const check = draft.knowledgeCheck;
  return {
    title: draft.title.trim(),
    description: draft.description.trim() === '' ? null : draft.description.trim(),
    contentUrl: url === '' ? null : { url, description: '' },
    durationMinutes: optionalWhole(draft.durationMinutes),
    mandatory: draft.mandatory,
    sortOrder: optionalWhole(draft.sortOrder),
    forces: cleanList(draft.forces),
    workerTypes: cleanList(draft.workerTypes) as WorkerType[],
    departments: linesOrNull(draft.departments),
    grades: linesOrNull(draft.grades),
    jobTitles: linesOrNull(draft.jobTitles),
    dueWithinDays: parseWhole(draft.dueWithinDays) ?? 0,
    assignedOn: draft.assignedOn.trim(),
    refreshMonths: optionalWhole(draft.refreshMonths),
    passMark: check ? (parseWhole(draft.passMark) ?? null) : null,
    maxAttempts: check ? optionalWhole(draft.maxAttempts) : null,
    questions: check ? JSON.stringify(questionsToStore(draft.questions)) : null
  };
}

/**
 * The list values of a new module from a valid draft: active, and, for a policy module, at version 1
 * published on the day it is assigned.
 */
export function moduleToItem(draft: IModuleDraft): NewTrainingModule {
  const problems = validateModuleDraft(draft, [], 'create');
  if (problems.length > 0) throw new InvalidModuleDraftError(problems);
  const patch = modulePatch(draft);
  return {
    ...patch,
    title: draft.title.trim(),
    key: draft.key.trim(),
    dueWithinDays: parseWhole(draft.dueWithinDays) ?? 0,
    assignedOn: draft.assignedOn.trim(),
    active: true,
    policyVersion: draft.policy ? 1 : null,
    policyPublishedOn: draft.policy ? draft.assignedOn.trim() : null
  };
}

/** A blank draft for a new module, assigned today and due within the list's default. */
export function emptyModuleDraft(today: string): IModuleDraft {
  return {
    title: '',
    key: '',
    description: '',
    contentUrl: '',
    durationMinutes: '',
    mandatory: fields.mandatory.defaultValue,
    sortOrder: '',
    forces: [],
    workerTypes: [],
    departments: '',
    grades: '',
    jobTitles: '',
    dueWithinDays: String(fields.dueWithinDays.defaultValue ?? 30),
    assignedOn: today,
    refreshMonths: '',
    policy: false,
    knowledgeCheck: false,
    passMark: '80',
    maxAttempts: '',
    questions: []
  };
}

function text(n: number | undefined | null): string {
  return n === undefined || n === null ? '' : String(n);
}

/** The draft of an existing module, for editing. `sortOrder` is the list's order column. */
export function draftFromModule(module: ITrainingModule, sortOrder: number | null): IModuleDraft {
  const check = module.knowledgeCheck;
  return {
    title: module.title,
    key: module.key,
    description: module.description,
    contentUrl: module.contentUrl ?? '',
    durationMinutes: text(module.durationMinutes),
    mandatory: module.mandatory,
    sortOrder: text(sortOrder),
    forces: [...(module.audience.forces ?? [])],
    workerTypes: [...(module.audience.workerTypes ?? [])],
    departments: (module.audience.departments ?? []).join('\n'),
    grades: (module.audience.grades ?? []).join('\n'),
    jobTitles: (module.audience.jobTitles ?? []).join('\n'),
    dueWithinDays: String(module.dueWithinDays),
    assignedOn: module.assignedOn,
    refreshMonths: text(module.refreshMonths),
    policy: module.policy !== undefined,
    knowledgeCheck: check !== undefined,
    passMark: check ? String(check.passMark) : '80',
    maxAttempts: check ? text(check.maxAttempts) : '',
    questions: check ? check.questions.map((q) => ({ id: q.id, text: q.text, options: [...q.options], answer: q.answer })) : []
  };
}

/** A new question with two empty options, ready to fill in. */
export function blankQuestion(existing: ReadonlyArray<{ readonly id: string }>): IQuestionDraft {
  return { id: newQuestionId(existing), text: '', options: ['', ''], answer: undefined };
}

/** Removes an option, keeping the correct answer on the same option (or clearing it if that one went). */
export function removeOption(question: IQuestionDraft, index: number): IQuestionDraft {
  const options = question.options.filter((_o, i) => i !== index);
  const a = question.answer;
  const answer = a === undefined || a === index ? undefined : a > index ? a - 1 : a;
  return { ...question, options, answer };
}
