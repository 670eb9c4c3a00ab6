/**
 * The champions' desk without React: which questions a view shows, the FAQ a question and its answer
 * prefill, the directory's grouping, and the limits of what people type.
 */
import { contentProblems, MAX_TITLE_LENGTH, personKey } from '../../../../domain/catalogue/entry';
import { dayInLondon } from '../../../../domain/training/days';
import type { HandlingLabel, IChampionQuestion, IEntryContent } from '../../../../domain/catalogue/types';
import { CATALOGUE_DEPARTMENTS, CATALOGUE_PRODUCTS, HANDLING_LABELS } from '../../../../lists/catalogue';
import { KNOWN_FORCES } from '../../../../lists/people';
import type { IChampion } from '../../../../data/championsDirectory';

/** Longest question, answer and summary people may send (characters). */
export const MAX_QUESTION_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 4000;
export const MAX_SUMMARY_LENGTH = 500;
export { MAX_TITLE_LENGTH };

/** Questions shown at first in a long list; "show more" adds as many again. */
export const PAGE_SIZE = 20;

export interface IQuestionFilter {
  /** Empty: every force. */
  force: string;
  /** Empty: every department. */
  department: string;
}

export const NO_FILTER: IQuestionFilter = { force: '', department: '' };

function matches(q: IChampionQuestion, filter: IQuestionFilter): boolean {
  return (filter.force === '' || q.force === filter.force) && (filter.department === '' || q.department === filter.department);
}

/** The champions' queue: open questions, oldest first (ties by id), filtered by force and department. */
export function openQueue(questions: readonly IChampionQuestion[], filter: IQuestionFilter, keep: ReadonlySet<number> = new Set()): IChampionQuestion[] {
  return questions
    .filter((q) => (q.status === 'open' || keep.has(q.id)) && matches(q, filter))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

/** Answered questions, most recently answered first, filtered by force and department. */
export function answeredList(questions: readonly IChampionQuestion[], filter: IQuestionFilter, leave: ReadonlySet<number> = new Set()): IChampionQuestion[] {
  return questions
    .filter((q) => q.status === 'answered' && !leave.has(q.id) && matches(q, filter))
    .sort((a, b) => (b.answeredAt ?? b.createdAt).localeCompare(a.answeredAt ?? a.createdAt) || b.id - a.id);
}

/** The person's own questions, newest first. */
export function myQuestions(questions: readonly IChampionQuestion[], upn: string): IChampionQuestion[] {
  const me = personKey(upn);
  return questions.filter((q) => q.askerUpn === me).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/** The forces and departments a set of questions comes from, sorted, for the filters (departments of one force when given). */
export function filterOptions(questions: readonly IChampionQuestion[], force: string): { forces: string[]; departments: string[] } {
  const sorted = (values: string[]): string[] => values.filter((v, i, all) => v !== '' && all.indexOf(v) === i).sort((a, b) => a.localeCompare(b));
  return {
    forces: sorted(questions.map((q) => q.force)),
    departments: sorted(questions.filter((q) => force === '' || q.force === force).map((q) => q.department))
  };
}

/** Replaces a question by id (or adds it), keeping the others as they are. */
export function withQuestion(questions: readonly IChampionQuestion[], changed: IChampionQuestion): IChampionQuestion[] {
  return questions.some((q) => q.id === changed.id) ? questions.map((q) => (q.id === changed.id ? changed : q)) : [changed, ...questions];
}

/** The London day of an instant, for "asked on". */
export function dayOf(instant: string): string {
  return dayInLondon(new Date(instant));
}

// ---- The FAQ a question becomes ------------------------------------------------------------------

/** What the promote form edits. `handling` is empty until the champion chooses one. */
export interface IFaqDraft {
  title: string;
  summary: string;
  /** Plain text: paragraphs separated by blank lines (saved with `textToHtml`). */
  answer: string;
  products: string[];
  departments: string[];
  force: string;
  handling: HandlingLabel | '';
  whenNotToUse: string;
}

export type FaqField = keyof IFaqDraft;
export type FaqProblem = 'required' | 'tooLong';

/** The first sentence of a text (or its first line), at most `max` characters. */
export function firstSentence(text: string, max: number = 300): string {
  const line = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
  const end = /[.!?](\s|$)/.exec(line);
  const sentence = end !== null ? line.slice(0, end.index + 1) : line;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/** Products named in a text (case-insensitive), in the catalogue's order. */
export function productsNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return CATALOGUE_PRODUCTS.filter((p) => lower.indexOf(p.toLowerCase()) >= 0);
}

/** The FAQ form as a question and its answer (typed or stored) prefill it. */
export function faqDraftFrom(question: IChampionQuestion, answer: string, championForce: string): IFaqDraft {
  const text = answer.trim();
  const title = question.question.trim().split(/\r?\n/)[0].trim();
  return {
    title: title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`,
    summary: firstSentence(text),
    answer: text,
    products: productsNamed(`${question.question}\n${text}`),
    departments: question.department !== '' ? [question.department] : [],
    force: championForce !== '' ? championForce : question.force,
    handling: '',
    whenNotToUse: ''
  };
}

/** What is wrong with the form, field by field, in the form's order. */
export function faqProblems(draft: IFaqDraft): Array<{ field: FaqField; problem: FaqProblem }> {
  const out: Array<{ field: FaqField; problem: FaqProblem }> = [];
  const need = (field: FaqField, value: string, max?: number): void => {
    if (value.trim() === '') out.push({ field, problem: 'required' });
    else if (max !== undefined && value.length > max) out.push({ field, problem: 'tooLong' });
  };
  need('title', draft.title, MAX_TITLE_LENGTH);
  need('summary', draft.summary, MAX_SUMMARY_LENGTH);
  need('answer', draft.answer, MAX_ANSWER_LENGTH);
  need('force', draft.force);
  need('handling', draft.handling);
  return out;
}

/** The entry content the form describes; `toHtml` turns the answer's paragraphs into the how-to. */
export function faqContent(draft: IFaqDraft, ownerUpn: string, toHtml: (text: string) => string): IEntryContent {
  return {
    type: 'faq',
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    problem: '',
    howToHtml: toHtml(draft.answer),
    prompts: [],
    products: [...draft.products],
    departments: [...draft.departments],
    roles: [],
    force: draft.force,
    ownerUpn: personKey(ownerUpn),
    handling: draft.handling === '' ? 'red' : draft.handling,
    whenNotToUse: draft.whenNotToUse.trim(),
    trainingModuleKey: '',
    estimatedMinutesPerUse: null,
    measuredTask: null
  };
}

/** A repository's content field as the form's field (for problems SharePoint or the domain name). */
export function faqFieldOf(contentField: string): FaqField | undefined {
  const map: Record<string, FaqField> = { title: 'title', summary: 'summary', howToHtml: 'answer', products: 'products', departments: 'departments', force: 'force', handling: 'handling', whenNotToUse: 'whenNotToUse' };
  return map[contentField];
}

/** Domain problems of the content the form would send (a second check, e.g. lengths the form does not know). */
export function contentFieldProblems(content: IEntryContent): FaqField[] {
  return contentProblems(content, false)
    .map((p) => faqFieldOf(p.field))
    .filter((f): f is FaqField => f !== undefined);
}

/** Choices for a multi-select: the catalogue's known values, then any others already chosen. */
export function choicesWith(known: readonly string[], chosen: readonly string[]): string[] {
  return [...known, ...chosen.filter((c) => known.indexOf(c) < 0)];
}

export const FAQ_PRODUCTS: readonly string[] = CATALOGUE_PRODUCTS;
export const FAQ_DEPARTMENTS: readonly string[] = CATALOGUE_DEPARTMENTS;
export const FAQ_FORCES: readonly string[] = KNOWN_FORCES;
export const FAQ_LABELS: readonly HandlingLabel[] = HANDLING_LABELS;

// ---- The directory -------------------------------------------------------------------------------

export interface IDepartmentGroup {
  department: string;
  champions: IChampion[];
}

export interface IForceGroup {
  /** Empty: champions the People list does not place in a force. */
  force: string;
  count: number;
  departments: IDepartmentGroup[];
}

/**
 * Champions by force, then department, then name. The person's own force comes first, other forces
 * alphabetically, and those without a force last; within a force, those without a department last.
 */
export function groupChampions(champions: readonly IChampion[], myForce: string): IForceGroup[] {
  const byName = (a: IChampion, b: IChampion): number => a.displayName.localeCompare(b.displayName) || a.upn.localeCompare(b.upn);
  const order = (mine: string): ((a: string, b: string) => number) => (a: string, b: string): number => {
    const rank = (v: string): number => (v === '' ? 2 : v === mine ? 0 : 1);
    return rank(a) - rank(b) || a.localeCompare(b);
  };
  const forces = champions.map((c) => c.force).filter((f, i, all) => all.indexOf(f) === i).sort(order(myForce));
  return forces.map((force) => {
    const inForce = champions.filter((c) => c.force === force);
    const departments = inForce
      .map((c) => c.department)
      .filter((d, i, all) => all.indexOf(d) === i)
      .sort(order(''))
      .map((department) => ({ department, champions: inForce.filter((c) => c.department === department).sort(byName) }));
    return { force, count: inForce.length, departments };
  });
}

/** A Teams chat with one person (works in Teams and in the browser). */
export function teamsChatLink(upn: string): string {
  // The sign-in name as Teams documents it (`users=joe@contoso.com`), anything else in it escaped.
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn).replace(/%40/g, '@')}`;
}
