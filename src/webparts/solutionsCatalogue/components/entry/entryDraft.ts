/**
 * The submit/edit form's working copy of an entry: text as typed (minutes as text, the how-to as the
 * editor's plain text, no label until one is chosen), and the content it becomes.
 */
import { contentProblems, isTaskKey, personKey, type IContentProblem } from '../../../../domain/catalogue/entry';
import { sanitiseHowTo } from '../../../../domain/catalogue/sanitise';
import { sensitiveKinds, type SensitiveKind } from '../../../../domain/catalogue/sensitive';
import type { EntryType, HandlingLabel, IEntryContent, TaskKey } from '../../../../domain/catalogue/types';
import { howToFromText } from './howToText';

export interface IEntryDraft {
  type: EntryType;
  title: string;
  summary: string;
  problem: string;
  /** The how-to as the editor shows it (see `howToText.ts`). */
  howToText: string;
  prompts: string[];
  products: string[];
  departments: string[];
  roles: string[];
  force: string;
  ownerUpn: string;
  /** '' until the contributor chooses one. */
  handling: HandlingLabel | '';
  whenNotToUse: string;
  trainingModuleKey: string;
  /** As typed: '' for none. */
  minutesText: string;
  measuredTask: TaskKey | '';
}

/** Where the form started from: the stored how-to, written back unchanged unless its text was edited. */
export interface IDraftOrigin {
  howToHtml: string;
  howToText: string;
}

export function emptyDraft(me: { upn: string; force: string; department: string }): IEntryDraft {
  return {
    type: 'useCase',
    title: '',
    summary: '',
    problem: '',
    howToText: '',
    prompts: [''],
    products: [],
    departments: me.department !== '' ? [me.department] : [],
    roles: [],
    force: me.force,
    ownerUpn: personKey(me.upn),
    handling: '',
    whenNotToUse: '',
    trainingModuleKey: '',
    minutesText: '',
    measuredTask: ''
  };
}

/** The form's copy of stored content; `howToText` is the editor's text of its how-to (`howToToText`). */
export function draftFromContent(content: IEntryContent, howToText: string): IEntryDraft {
  return {
    type: content.type,
    title: content.title,
    summary: content.summary,
    problem: content.problem,
    howToText,
    prompts: content.prompts.length > 0 ? [...content.prompts] : [''],
    products: [...content.products],
    departments: [...content.departments],
    roles: [...content.roles],
    force: content.force,
    ownerUpn: content.ownerUpn,
    handling: content.handling,
    whenNotToUse: content.whenNotToUse,
    trainingModuleKey: content.trainingModuleKey,
    minutesText: content.estimatedMinutesPerUse === null ? '' : String(content.estimatedMinutesPerUse),
    measuredTask: content.measuredTask ?? ''
  };
}

/** Minutes as typed: null for blank, NaN for anything but a plain number (which `contentProblems` names). */
export function minutesOf(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/**
 * The content the draft stands for. The how-to is the stored HTML as it was when its text is untouched,
 * else built from the text and sanitised (needs a DOM).
 */
export function contentFromDraft(draft: IEntryDraft, origin: IDraftOrigin | undefined): IEntryContent {
  const howToHtml = origin !== undefined && draft.howToText === origin.howToText ? origin.howToHtml : sanitiseHowTo(howToFromText(draft.howToText));
  return {
    type: draft.type,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    problem: draft.problem.trim(),
    howToHtml,
    prompts: draft.prompts.map((p) => p.trim()).filter((p) => p !== ''),
    products: [...draft.products],
    departments: [...draft.departments],
    roles: [...draft.roles],
    force: draft.force.trim(),
    ownerUpn: personKey(draft.ownerUpn),
    // Not a label yet: `contentProblems` says "choose one" (the cast is only ever checked, never stored).
    handling: draft.handling as HandlingLabel,
    whenNotToUse: draft.whenNotToUse.trim(),
    trainingModuleKey: draft.trainingModuleKey.trim(),
    estimatedMinutesPerUse: minutesOf(draft.minutesText),
    measuredTask: draft.measuredTask !== '' && isTaskKey(draft.measuredTask) ? draft.measuredTask : null
  };
}

/** The problems of a draft for saving as a draft (title, force, label) or for submitting, one per field (the first found). */
export function draftProblems(content: IEntryContent, forDraft: boolean): IContentProblem[] {
  const seen = new Set<string>();
  // The list requires a force even of a draft (a required column), so the form asks for it first.
  const found = contentProblems(content, forDraft);
  if (forDraft && content.force.trim() === '') found.push({ field: 'force', code: 'required' });
  return found.filter((p) => {
    if (seen.has(p.field)) return false;
    seen.add(p.field);
    return true;
  });
}

/** Fields whose text looks as if it holds personal or operational data, with what it looks like. */
export function sensitiveFields(draft: IEntryDraft): Array<{ field: keyof IEntryContent; kinds: SensitiveKind[] }> {
  const texts: Array<[keyof IEntryContent, string]> = [
    ['title', draft.title],
    ['summary', draft.summary],
    ['problem', draft.problem],
    ['howToHtml', draft.howToText],
    ['prompts', draft.prompts.join('\n\n')],
    ['whenNotToUse', draft.whenNotToUse]
  ];
  const out: Array<{ field: keyof IEntryContent; kinds: SensitiveKind[] }> = [];
  for (const [field, text] of texts) {
    const kinds = sensitiveKinds(text);
    if (kinds.length > 0) out.push({ field, kinds });
  }
  return out;
}

/** Whether two drafts say the same (the form's "unsaved changes"). */
export function sameDraft(a: IEntryDraft, b: IEntryDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
