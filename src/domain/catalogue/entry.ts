/**
 * An entry's content rules: prompts as stored, and what a submission must hold before it is sent.
 *
 * Decision: example prompts are stored as a JSON array of strings in a plain note. Prompts may contain
 * any character, line breaks and separators included, so no separator could be safe; JSON is exact and
 * the app is the only writer. A value someone typed into the SharePoint form instead (not JSON) is read
 * as one prompt per blank-line-separated block, so nothing typed there is lost.
 */
import { ENTRY_TYPES, HANDLING_LABELS, MEASURED_TASKS } from '../../lists/catalogue';
import { htmlToText } from './text';
import type { EntryType, HandlingLabel, IEntryContent, TaskKey } from './types';

export const MAX_PROMPTS = 12;
export const MAX_PROMPT_LENGTH = 4000;
export const MAX_TITLE_LENGTH = 255;
export const MAX_MINUTES_PER_USE = 600;

/** The prompts of an entry as stored: a JSON array of strings (or, typed by hand, blocks separated by blank lines). */
export function parsePrompts(stored: string | null): string[] {
  if (stored === null || stored.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (Array.isArray(parsed)) return parsed.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    if (typeof parsed === 'string') return parsed.trim() === '' ? [] : [parsed];
  } catch {
    // Not JSON: typed in the SharePoint form.
  }
  return stored
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The prompts as the app stores them: trimmed, empty ones dropped, as a JSON array. */
export function serialisePrompts(prompts: readonly string[]): string {
  return JSON.stringify(prompts.map((p) => p.trim()).filter((p) => p !== ''));
}

export function isEntryType(v: string | null | undefined): v is EntryType {
  return (ENTRY_TYPES as readonly string[]).indexOf(v ?? '') >= 0;
}

export function isHandlingLabel(v: string | null | undefined): v is HandlingLabel {
  return (HANDLING_LABELS as readonly string[]).indexOf(v ?? '') >= 0;
}

export function isTaskKey(v: string | null | undefined): v is TaskKey {
  return (MEASURED_TASKS as readonly string[]).indexOf(v ?? '') >= 0;
}

/** Why content cannot be submitted. `field` is the content key. */
export interface IContentProblem {
  field: keyof IEntryContent;
  code: 'required' | 'tooLong' | 'tooMany' | 'notAnOption' | 'outOfRange';
}

/**
 * What is wrong with an entry's content (empty: nothing). A draft may be incomplete (`forDraft`: only the
 * title is required then, and lengths and options still hold); a submission needs title, summary, the
 * how-to (steps or answer), a force, an owner and a data-handling label, and a use case says when not to
 * use it.
 */
export function contentProblems(content: IEntryContent, forDraft: boolean = false): IContentProblem[] {
  const problems: IContentProblem[] = [];
  const required = (field: keyof IEntryContent, value: string): void => {
    if (value.trim() === '') problems.push({ field, code: 'required' });
  };
  required('title', content.title);
  if (!forDraft) {
    required('summary', content.summary);
    required('howToHtml', htmlToText(content.howToHtml));
    required('force', content.force);
    required('ownerUpn', content.ownerUpn);
    // A use case says when not to use it (the situations and information it must not be used with); an
    // FAQ answers a question and may have nothing to add.
    if (content.type === 'useCase') required('whenNotToUse', content.whenNotToUse);
  }
  if (content.title.length > MAX_TITLE_LENGTH) problems.push({ field: 'title', code: 'tooLong' });
  if (!isEntryType(content.type)) problems.push({ field: 'type', code: 'notAnOption' });
  if (!isHandlingLabel(content.handling)) problems.push({ field: 'handling', code: 'notAnOption' });
  if (content.measuredTask !== null && !isTaskKey(content.measuredTask)) problems.push({ field: 'measuredTask', code: 'notAnOption' });
  if (content.prompts.length > MAX_PROMPTS) problems.push({ field: 'prompts', code: 'tooMany' });
  if (content.prompts.some((p) => p.length > MAX_PROMPT_LENGTH)) problems.push({ field: 'prompts', code: 'tooLong' });
  const m = content.estimatedMinutesPerUse;
  if (m !== null && (!isFinite(m) || m < 0 || m > MAX_MINUTES_PER_USE || Math.round(m) !== m)) problems.push({ field: 'estimatedMinutesPerUse', code: 'outOfRange' });
  return problems;
}

/** A person key: sign-in names compare trimmed and lower case. */
export function personKey(upn: string): string {
  return upn.trim().toLowerCase();
}

/** Every content field, in the form's order. */
export const CONTENT_FIELDS: ReadonlyArray<keyof IEntryContent> = [
  'type',
  'title',
  'summary',
  'problem',
  'howToHtml',
  'prompts',
  'products',
  'departments',
  'roles',
  'force',
  'ownerUpn',
  'handling',
  'whenNotToUse',
  'trainingModuleKey',
  'estimatedMinutesPerUse',
  'measuredTask'
];

/** The content fields whose values differ between two versions of an entry, in the form's order. */
export function changedContent(before: IEntryContent, after: IEntryContent): Array<keyof IEntryContent> {
  return CONTENT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
