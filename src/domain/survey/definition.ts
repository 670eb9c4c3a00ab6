/**
 * A survey as an evaluation lead builds it: the rules a definition must meet before it is saved, the
 * definitions a lead starts from (blank, or the Copilot template with four waves), fresh ids for new
 * questions and sections, and what changing a survey that people have already answered does.
 *
 * Pure: no SharePoint, no React, no English. A problem names where it is (`sections.1.questions.2.options`,
 * zero-based) and what is wrong (a code); the builder turns both into words. The limits come from the
 * Surveys list definition, so the builder and the list cannot disagree.
 */
import { SurveysList } from '../../lists/survey';
import { addDays, addMonths, isDay } from '../training/days';
import { DEFAULT_MIN_GROUP_SIZE } from './suppression';
import { copilotTemplate } from './template';
import type { Day, IQuestionnaire, IShowIf, ISection, IWave, Question, QuestionKind, WaveKind } from './types';
import { LIKERT_VALUES } from './types';
import { allQuestions } from './validation';

/**
 * What the builder saves: everything of a survey but its item id and etag. The same shape as the data
 * layer's `ISurveyDefinition` (declared here so the domain does not depend on the data layer).
 */
export interface ISurveyDefinition {
  key: string;
  title: string;
  description: string;
  questionnaire: IQuestionnaire;
  waves: IWave[];
  /** Forces offered the survey; empty: all. */
  forces: string[];
  minGroupSize: number;
}

const fields = SurveysList.fields;

/** SharePoint keeps at most 63,999 characters in a plain multiple-lines-of-text (note) column. */
export const NOTE_COLUMN_LIMIT: number = 63999;

export const DEFINITION_LIMITS = {
  titleLength: fields.title.maxLength,
  keyLength: fields.key.maxLength,
  /** Shown as a question's label: long enough for a real question, short enough to read. */
  questionTextLength: 1000,
  /** Option ids are the wording; they appear in results and CSV files, like a choice column's value. */
  optionLength: 255,
  /** A force is a value of the multi-choice Forces column. */
  forceLength: 255,
  minOptions: 2,
  textMaxLength: { min: 1, max: 4000 },
  minGroupSize: { min: fields.minGroupSize.min ?? 2, max: fields.minGroupSize.max ?? 100 },
  /** The description, questionnaire and waves are each stored in a note column. */
  noteLength: NOTE_COLUMN_LIMIT
} as const;

/** Lower-case letters, digits and hyphens, 2 to 64, starting with a letter or digit (as the part's settings accept). */
export const SURVEY_KEY_PATTERN: RegExp = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** Waves in the order they run. */
export const WAVE_KINDS: readonly WaveKind[] = ['baseline', 'month1', 'month3', 'month6'];

/** Months after the baseline each wave opens. */
export const WAVE_MONTHS: Readonly<Record<WaveKind, number>> = { baseline: 0, month1: 1, month3: 3, month6: 6 };

/** A new wave is open for four weeks (28 days, opening day included): shorter than a month, so waves a month apart never overlap. */
export const WAVE_OPEN_DAYS: number = 28;

/** Question kinds a branching rule may depend on (answers that are chosen, not typed). */
export const BRANCHING_KINDS: readonly QuestionKind[] = ['likert', 'single', 'multiple'];

export type DefinitionProblemCode =
  | 'required'
  | 'tooLong'
  | 'keyFormat'
  | 'keyTaken'
  | 'noSections'
  | 'emptySection'
  | 'duplicateId'
  | 'blankOption'
  | 'duplicateOption'
  | 'tooFewOptions'
  | 'maxChoicesRange'
  | 'notANumber'
  | 'notWhole'
  | 'minNotBelowMax'
  | 'maxLengthRange'
  | 'answersTooLarge'
  | 'questionnaireTooLarge'
  | 'branchUnknown'
  | 'branchLater'
  | 'branchKind'
  | 'branchNoValues'
  | 'branchValue'
  | 'noWaves'
  | 'waveKind'
  | 'duplicateWave'
  | 'date'
  | 'closesBeforeOpens'
  | 'waveOrder'
  | 'waveOverlap'
  | 'minGroupSize'
  | 'duplicateForce';

/**
 * One problem. `path` is zero-based: `title`, `key`, `description`, `forces`, `minGroupSize`, `sections`,
 * `sections.1` (a section), `sections.1.questions.2` (a question), `sections.1.questions.2.<part>` where
 * part is text, options, maxChoices, min, max, maxLength or showIf; `waves`, `waves.0.<kind|opensOn|closesOn>`.
 */
export interface IDefinitionProblem {
  readonly path: string;
  readonly code: DefinitionProblemCode;
  readonly min?: number;
  readonly max?: number;
  /** The option, force or branching value concerned; for wave order, the other wave's kind. */
  readonly value?: string;
  /** For wave order: the day the other wave closes. */
  readonly day?: Day;
  /** For `answersTooLarge`: the longest the answers could be. */
  readonly size?: number;
}

export type QuestionPart = 'text' | 'options' | 'maxChoices' | 'min' | 'max' | 'maxLength' | 'showIf';
export type WavePart = 'kind' | 'opensOn' | 'closesOn';

export function sectionPath(section: number): string {
  return `sections.${section}`;
}

export function questionPath(section: number, question: number, part?: QuestionPart): string {
  return part === undefined ? `sections.${section}.questions.${question}` : `sections.${section}.questions.${question}.${part}`;
}

export function wavePath(wave: number, part?: WavePart): string {
  return part === undefined ? `waves.${wave}` : `waves.${wave}.${part}`;
}

/** Where a path points, as indexes: `{ section: 1, question: 2, part: 'options' }`, `{ wave: 0, part: 'closesOn' }`, `{ field: 'title' }`. */
export interface IProblemPlace {
  field?: string;
  section?: number;
  question?: number;
  wave?: number;
  part?: string;
}

export function placeOf(path: string): IProblemPlace {
  const q = /^sections\.(\d+)\.questions\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (q) return { section: Number(q[1]), question: Number(q[2]), part: q[3] };
  const s = /^sections\.(\d+)$/.exec(path);
  if (s) return { section: Number(s[1]) };
  const w = /^waves\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (w) return { wave: Number(w[1]), part: w[2] };
  return { field: path };
}

/** The problems at a path. */
export function problemsAt(problems: readonly IDefinitionProblem[], path: string): IDefinitionProblem[] {
  return problems.filter((p) => p.path === path);
}

const TEMPLATE_QUESTION_IDS: ReadonlySet<string> = new Set(allQuestions(copilotTemplate()).map((q) => q.id));

/** A question of the Copilot template: no wording of its own, localised by its id. */
export function isTemplateQuestion(question: Question): boolean {
  return question.text === undefined && TEMPLATE_QUESTION_IDS.has(question.id);
}

/** The values a branching rule may name for a question: Likert 1–5 or its options. */
export function branchValues(question: Question): readonly (string | number)[] {
  if (question.kind === 'likert') return LIKERT_VALUES;
  if (question.kind === 'single' || question.kind === 'multiple') return question.options;
  return [];
}

/** The longest an option list may be counted as distinct: trimmed and ignoring case. */
function optionKey(option: string): string {
  return option.trim().toLowerCase();
}

/** JSON characters of a quoted string in the worst ordinary case: every character escaped to two (quotes, backslashes, new lines). */
function quotedLength(length: number): number {
  return 2 + 2 * length;
}

/** Longest JSON a number can take (`-1.2345678901234567e+308`). */
const NUMBER_JSON_LENGTH: number = 24;

/**
 * The longest a response's answers could be as stored (JSON in the responses' note column), for the
 * largest answer each question allows. Questions with unusable limits count as nothing.
 */
export function largestAnswersLength(questionnaire: IQuestionnaire): number {
  let total = 2;
  for (const q of allQuestions(questionnaire)) {
    total += quotedLength(q.id.length) + 2; // "id": and a comma
    switch (q.kind) {
      case 'likert':
        total += 1;
        break;
      case 'single':
        total += quotedLength(q.options.reduce((m, o) => Math.max(m, o.length), 0));
        break;
      case 'multiple': {
        const lengths = q.options.map((o) => o.length).sort((a, b) => b - a);
        const count = q.maxChoices !== undefined && isFinite(q.maxChoices) ? Math.max(0, Math.min(lengths.length, Math.floor(q.maxChoices))) : lengths.length;
        total += 2 + lengths.slice(0, count).reduce((sum, l) => sum + quotedLength(l) + 1, 0);
        break;
      }
      case 'number':
        total += NUMBER_JSON_LENGTH;
        break;
      case 'text':
        total += isFinite(q.maxLength) && q.maxLength > 0 ? quotedLength(Math.floor(q.maxLength)) : 2;
        break;
    }
  }
  return total;
}

export type DefinitionMode = 'create' | 'edit';

export interface IValidationContext {
  /** Creating checks the code; an existing survey's code never changes. */
  mode: DefinitionMode;
  /** Codes of the other surveys on the site (a new code must differ from every one). */
  existingKeys: readonly string[];
}

function validateQuestion(q: Question, s: number, i: number, add: (p: IDefinitionProblem) => void): void {
  const at = (part: QuestionPart): string => questionPath(s, i, part);
  if (!isTemplateQuestion(q)) {
    const text = (q.text ?? '').trim();
    if (text === '') add({ path: at('text'), code: 'required' });
    else if (text.length > DEFINITION_LIMITS.questionTextLength) add({ path: at('text'), code: 'tooLong', max: DEFINITION_LIMITS.questionTextLength });
  }
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const seen = new Set<string>();
      let blank = false;
      let duplicate: string | undefined;
      let tooLong = false;
      for (const o of q.options) {
        if (o.trim() === '') {
          blank = true;
          continue;
        }
        if (seen.has(optionKey(o)) && duplicate === undefined) duplicate = o.trim();
        seen.add(optionKey(o));
        if (o.trim().length > DEFINITION_LIMITS.optionLength) tooLong = true;
      }
      if (blank) add({ path: at('options'), code: 'blankOption' });
      if (duplicate !== undefined) add({ path: at('options'), code: 'duplicateOption', value: duplicate });
      if (tooLong) add({ path: at('options'), code: 'tooLong', max: DEFINITION_LIMITS.optionLength });
      if (seen.size < DEFINITION_LIMITS.minOptions) add({ path: at('options'), code: 'tooFewOptions', min: DEFINITION_LIMITS.minOptions });
      if (q.kind === 'multiple' && q.maxChoices !== undefined) {
        const max = Math.max(1, seen.size);
        if (!Number.isInteger(q.maxChoices) || q.maxChoices < 1 || q.maxChoices > max) add({ path: at('maxChoices'), code: 'maxChoicesRange', min: 1, max });
      }
      break;
    }
    case 'number': {
      const minOk = typeof q.min === 'number' && isFinite(q.min);
      const maxOk = typeof q.max === 'number' && isFinite(q.max);
      if (!minOk) add({ path: at('min'), code: 'notANumber' });
      else if (q.integer && !Number.isInteger(q.min)) add({ path: at('min'), code: 'notWhole' });
      if (!maxOk) add({ path: at('max'), code: 'notANumber' });
      else if (q.integer && !Number.isInteger(q.max)) add({ path: at('max'), code: 'notWhole' });
      if (minOk && maxOk && q.min >= q.max) add({ path: at('max'), code: 'minNotBelowMax', min: q.min });
      break;
    }
    case 'text': {
      const { min, max } = DEFINITION_LIMITS.textMaxLength;
      if (!Number.isInteger(q.maxLength) || q.maxLength < min || q.maxLength > max) add({ path: at('maxLength'), code: 'maxLengthRange', min, max });
      break;
    }
    default:
      break;
  }
}

function validateBranching(questionnaire: IQuestionnaire, add: (p: IDefinitionProblem) => void): void {
  const order = new Map<string, { index: number; question: Question }>();
  allQuestions(questionnaire).forEach((question, index) => {
    if (!order.has(question.id)) order.set(question.id, { index, question });
  });
  let index = 0;
  questionnaire.sections.forEach((section, s) => {
    section.questions.forEach((q, i) => {
      const here = index++;
      const rule: IShowIf | undefined = q.showIf;
      if (rule === undefined) return;
      const path = questionPath(s, i, 'showIf');
      const target = order.get(rule.questionId);
      if (target === undefined) {
        add({ path, code: 'branchUnknown', value: rule.questionId });
        return;
      }
      if (target.index >= here) {
        add({ path, code: 'branchLater', value: rule.questionId });
        return;
      }
      if (BRANCHING_KINDS.indexOf(target.question.kind) < 0) {
        add({ path, code: 'branchKind', value: rule.questionId });
        return;
      }
      if (rule.anyOf.length === 0) {
        add({ path, code: 'branchNoValues' });
        return;
      }
      const values = branchValues(target.question);
      const missing = rule.anyOf.filter((v) => values.indexOf(v) < 0)[0];
      if (missing !== undefined) add({ path, code: 'branchValue', value: String(missing) });
    });
  });
}

function validateWaves(waves: readonly IWave[], add: (p: IDefinitionProblem) => void): void {
  if (waves.length === 0) {
    add({ path: 'waves', code: 'noWaves' });
    return;
  }
  const kinds = new Set<string>();
  const ids = new Set<string>();
  const usable: Array<{ wave: IWave; index: number }> = [];
  waves.forEach((w, i) => {
    let ok = true;
    if (ids.has(w.id)) add({ path: wavePath(i), code: 'duplicateId', value: w.id });
    ids.add(w.id);
    if (WAVE_KINDS.indexOf(w.kind) < 0) {
      add({ path: wavePath(i, 'kind'), code: 'waveKind', value: String(w.kind) });
      ok = false;
    } else if (kinds.has(w.kind)) {
      add({ path: wavePath(i, 'kind'), code: 'duplicateWave', value: w.kind });
      ok = false;
    }
    kinds.add(w.kind);
    for (const part of ['opensOn', 'closesOn'] as const) {
      const day = (w[part] ?? '').trim();
      if (day === '') {
        add({ path: wavePath(i, part), code: 'required' });
        ok = false;
      } else if (!isDay(day)) {
        add({ path: wavePath(i, part), code: 'date' });
        ok = false;
      }
    }
    if (isDay(w.opensOn) && isDay(w.closesOn) && w.closesOn < w.opensOn) {
      add({ path: wavePath(i, 'closesOn'), code: 'closesBeforeOpens', day: w.opensOn });
      ok = false;
    }
    if (ok) usable.push({ wave: w, index: i });
  });
  usable.sort((a, b) => WAVE_KINDS.indexOf(a.wave.kind) - WAVE_KINDS.indexOf(b.wave.kind));
  for (let n = 1; n < usable.length; n++) {
    const before = usable[n - 1].wave;
    const { wave, index } = usable[n];
    if (wave.opensOn > before.closesOn) continue;
    const code = wave.opensOn < before.opensOn ? 'waveOrder' : 'waveOverlap';
    add({ path: wavePath(index, 'opensOn'), code, value: before.kind, day: before.closesOn });
  }
}

/**
 * The problems of a definition, top to bottom as the builder shows them (details, sections and their
 * questions, waves, forces, smallest group); empty when it may be saved.
 */
export function validateDefinition(definition: ISurveyDefinition, context: IValidationContext): IDefinitionProblem[] {
  const problems: IDefinitionProblem[] = [];
  const add = (p: IDefinitionProblem): void => {
    problems.push(p);
  };

  const title = definition.title.trim();
  if (title === '') add({ path: 'title', code: 'required' });
  else if (title.length > DEFINITION_LIMITS.titleLength) add({ path: 'title', code: 'tooLong', max: DEFINITION_LIMITS.titleLength });

  if (context.mode === 'create') {
    const key = definition.key.trim();
    const taken = new Set(context.existingKeys.map((k) => k.trim().toLowerCase()));
    if (key === '') add({ path: 'key', code: 'required' });
    else if (!SURVEY_KEY_PATTERN.test(key)) add({ path: 'key', code: 'keyFormat', min: 2, max: DEFINITION_LIMITS.keyLength });
    else if (taken.has(key)) add({ path: 'key', code: 'keyTaken' });
  }

  if (definition.description.length > DEFINITION_LIMITS.noteLength) add({ path: 'description', code: 'tooLong', max: DEFINITION_LIMITS.noteLength });

  const { questionnaire } = definition;
  if (questionnaire.sections.length === 0) add({ path: 'sections', code: 'noSections' });
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  questionnaire.sections.forEach((section: ISection, s) => {
    if (sectionIds.has(section.id)) add({ path: sectionPath(s), code: 'duplicateId', value: section.id });
    sectionIds.add(section.id);
    if (section.questions.length === 0) add({ path: sectionPath(s), code: 'emptySection' });
    section.questions.forEach((q, i) => {
      if (questionIds.has(q.id)) add({ path: questionPath(s, i), code: 'duplicateId', value: q.id });
      questionIds.add(q.id);
      validateQuestion(q, s, i, add);
    });
  });
  validateBranching(questionnaire, add);

  const answers = largestAnswersLength(questionnaire);
  if (answers > NOTE_COLUMN_LIMIT) {
    // On the free-text question allowing the most: lowering it helps most.
    let widest: { s: number; i: number; maxLength: number } | undefined;
    questionnaire.sections.forEach((section, s) =>
      section.questions.forEach((q, i) => {
        if (q.kind === 'text' && isFinite(q.maxLength) && (widest === undefined || q.maxLength > widest.maxLength)) widest = { s, i, maxLength: q.maxLength };
      })
    );
    if (widest !== undefined) {
      const others = answers - quotedLength(Math.floor(widest.maxLength));
      const allowed = Math.max(0, Math.floor((NOTE_COLUMN_LIMIT - others - 2) / 2));
      add({ path: questionPath(widest.s, widest.i, 'maxLength'), code: 'answersTooLarge', max: allowed, size: answers });
    } else {
      add({ path: 'sections', code: 'answersTooLarge', max: 0, size: answers });
    }
  }
  if (JSON.stringify(questionnaire).length > NOTE_COLUMN_LIMIT) add({ path: 'sections', code: 'questionnaireTooLarge', max: NOTE_COLUMN_LIMIT });

  validateWaves(definition.waves, add);

  const forces = new Set<string>();
  for (const force of definition.forces) {
    const name = force.trim();
    if (name === '') add({ path: 'forces', code: 'required' });
    else if (name.length > DEFINITION_LIMITS.forceLength) add({ path: 'forces', code: 'tooLong', max: DEFINITION_LIMITS.forceLength });
    else if (forces.has(name.toLowerCase())) add({ path: 'forces', code: 'duplicateForce', value: name });
    forces.add(name.toLowerCase());
  }

  const { min, max } = DEFINITION_LIMITS.minGroupSize;
  if (!Number.isInteger(definition.minGroupSize) || definition.minGroupSize < min || definition.minGroupSize > max) add({ path: 'minGroupSize', code: 'minGroupSize', min, max });
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Ids

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new id (`q-k3j9x0ab` for a question, `s-…` for a section) not among `taken`. Ids are random rather
 * than counted: responses refer to question ids, and a question removed and another added must never
 * share an id, even across sessions that cannot see each other's removals (36⁸ ≈ 2.8 × 10¹² ids).
 */
export function freshId(prefix: 'q' | 's', taken: Iterable<string>, random: () => number = Math.random): string {
  const used = new Set(taken);
  for (;;) {
    let id = `${prefix}-`;
    for (let n = 0; n < 8; n++) id += ID_CHARS.charAt(Math.floor(random() * ID_CHARS.length) % ID_CHARS.length);
    if (!used.has(id)) return id;
  }
}

/** Every question and section id of a questionnaire (what a fresh id must avoid). */
export function idsOf(questionnaire: IQuestionnaire): string[] {
  return [...questionnaire.sections.map((s) => s.id), ...allQuestions(questionnaire).map((q) => q.id)];
}

/** A new custom question of a kind, with sensible limits the lead can change. Choice and Likert questions start required. */
export function newQuestion(kind: QuestionKind, taken: Iterable<string>, random: () => number = Math.random): Question {
  const id = freshId('q', taken, random);
  switch (kind) {
    case 'likert':
      return { id, kind, required: true, text: '' };
    case 'single':
      return { id, kind, required: true, text: '', options: [] };
    case 'multiple':
      return { id, kind, required: true, text: '', options: [] };
    case 'number':
      return { id, kind, required: false, text: '', min: 0, max: 100, integer: true };
    case 'text':
      return { id, kind, required: false, text: '', maxLength: 2000 };
  }
}

// ---------------------------------------------------------------------------------------------------
// Starting points

/** A wave of a kind, open four weeks from a day, its id the kind (responses refer to it). */
export function waveFrom(kind: WaveKind, opensOn: Day, questionnaireId: string, id: string = kind): IWave {
  return { id, questionnaireId, kind, opensOn, closesOn: addDays(opensOn, WAVE_OPEN_DAYS - 1) };
}

/** The four waves of an evaluation: baseline from `baselineOpensOn`, then 1, 3 and 6 months after, four weeks each. */
export function evaluationWaves(baselineOpensOn: Day, questionnaireId: string): IWave[] {
  return WAVE_KINDS.map((kind) => waveFrom(kind, addMonths(baselineOpensOn, WAVE_MONTHS[kind]), questionnaireId));
}

/** A code not yet taken: `base`, else `base-2`, `base-3`… */
export function freeKey(base: string, existingKeys: readonly string[]): string {
  const taken = new Set(existingKeys.map((k) => k.trim().toLowerCase()));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A blank survey: one empty section, a baseline wave opening `today`, every force, the default smallest group. */
export function blankDefinition(today: Day, random: () => number = Math.random): ISurveyDefinition {
  const questionnaireId = '';
  return {
    key: '',
    title: '',
    description: '',
    questionnaire: { id: questionnaireId, sections: [{ id: freshId('s', [], random), questions: [] }] },
    waves: [waveFrom('baseline', today, questionnaireId)],
    forces: [],
    minGroupSize: DEFAULT_MIN_GROUP_SIZE
  };
}

export interface ITemplateOptions {
  key?: string;
  title?: string;
  description?: string;
}

/**
 * A survey on the Copilot evaluation template: its questionnaire (ids as the template has them, which the
 * results and benefits rely on) and four waves from the baseline's opening day.
 */
export function templateDefinition(baselineOpensOn: Day, options: ITemplateOptions = {}): ISurveyDefinition {
  const key = options.key ?? '';
  const questionnaire = copilotTemplate(key !== '' ? key : undefined);
  return {
    key,
    title: options.title ?? '',
    description: options.description ?? '',
    questionnaire,
    waves: evaluationWaves(baselineOpensOn, questionnaire.id),
    forces: [],
    minGroupSize: DEFAULT_MIN_GROUP_SIZE
  };
}

/**
 * The definition as saved: text trimmed, options and forces trimmed, the questionnaire's id the code when
 * it has none and every wave naming it. Waves keep their order (problems name them by place); save them
 * with `inRunningOrder`.
 */
export function cleanDefinition(definition: ISurveyDefinition): ISurveyDefinition {
  const key = definition.key.trim();
  const questionnaireId = definition.questionnaire.id !== '' ? definition.questionnaire.id : key;
  const sections = definition.questionnaire.sections.map((section) => ({
    id: section.id,
    questions: section.questions.map((q): Question => {
      const text = q.text !== undefined ? { text: q.text.trim() } : {};
      switch (q.kind) {
        case 'single':
          return { ...q, ...text, options: q.options.map((o) => o.trim()) };
        case 'multiple':
          return { ...q, ...text, options: q.options.map((o) => o.trim()) };
        default:
          return { ...q, ...text };
      }
    })
  }));
  const waves = definition.waves.map((w) => ({ ...w, questionnaireId, opensOn: w.opensOn.trim(), closesOn: w.closesOn.trim() }));
  return {
    key,
    title: definition.title.trim(),
    description: definition.description.trim(),
    questionnaire: { id: questionnaireId, sections },
    waves,
    forces: definition.forces.map((f) => f.trim()),
    minGroupSize: definition.minGroupSize
  };
}

/** A new survey's questionnaire named by its code (whatever code the lead settled on), every wave naming it. */
export function namedByKey(definition: ISurveyDefinition): ISurveyDefinition {
  const id = definition.key.trim();
  return { ...definition, questionnaire: { ...definition.questionnaire, id }, waves: definition.waves.map((w) => ({ ...w, questionnaireId: id })) };
}

/** The waves sorted as they run (baseline first), for saving. */
export function inRunningOrder(definition: ISurveyDefinition): ISurveyDefinition {
  return { ...definition, waves: [...definition.waves].sort((a, b) => WAVE_KINDS.indexOf(a.kind) - WAVE_KINDS.indexOf(b.kind)) };
}

// ---------------------------------------------------------------------------------------------------
// Changing a survey people have answered

export interface IRemovedOptions {
  questionId: string;
  options: string[];
}

/**
 * What saving `after` over `before` does to answers already given. Question ids never change, so answers
 * to kept questions still count; everything listed here is what a lead should know before saving.
 */
export interface IEditImpact {
  /** Waves of the saved survey that have opened (on or before today): people may have answered them. */
  openedWaves: WaveKind[];
  /** True when any wave has opened: show the impact before saving. */
  hasResponses: boolean;
  /** Questions kept (same id): their answers still count. */
  keptQuestions: number;
  /** Removed: answers already given stay in SharePoint but drop out of results, and new answers leave them out. */
  removedQuestions: string[];
  /** New and required: people who already responded have not answered them. */
  addedRequired: string[];
  /** Now another kind of answer: answers already given may not fit. */
  changedKind: string[];
  /** Options removed: answers that chose them count towards no option. */
  removedOptions: IRemovedOptions[];
  /** Range, length or choice limit narrowed: answers already given outside it stay as given. */
  narrowedLimits: string[];
  /** Branching changed: answers to questions now hidden are no longer counted. */
  changedBranching: string[];
  /** Opened waves removed: their responses drop out of results. */
  removedWaves: WaveKind[];
  /** Opened waves with new dates: which submissions count changes (only those by the close day count). */
  changedWaveDates: WaveKind[];
}

function sameRule(a: IShowIf | undefined, b: IShowIf | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.questionId === b.questionId && a.anyOf.length === b.anyOf.length && a.anyOf.every((v) => b.anyOf.indexOf(v) >= 0);
}

function narrowed(before: Question, after: Question): boolean {
  if (before.kind === 'number' && after.kind === 'number') return after.min > before.min || after.max < before.max || (after.integer && !before.integer);
  if (before.kind === 'text' && after.kind === 'text') return after.maxLength < before.maxLength;
  if (before.kind === 'multiple' && after.kind === 'multiple') {
    const was = before.maxChoices ?? Infinity;
    const now = after.maxChoices ?? Infinity;
    return now < was;
  }
  return false;
}

/** What changing a survey does to the answers people have already given (see `IEditImpact`). */
export function editImpact(before: ISurveyDefinition, after: ISurveyDefinition, today: Day): IEditImpact {
  const openedWaves = before.waves.filter((w) => w.opensOn <= today).map((w) => w.kind);
  const old = new Map(allQuestions(before.questionnaire).map((q) => [q.id, q] as [string, Question]));
  const now = allQuestions(after.questionnaire);
  const nowIds = new Set(now.map((q) => q.id));
  const impact: IEditImpact = {
    openedWaves,
    hasResponses: openedWaves.length > 0,
    keptQuestions: now.filter((q) => old.has(q.id)).length,
    removedQuestions: allQuestions(before.questionnaire)
      .filter((q) => !nowIds.has(q.id))
      .map((q) => q.id),
    addedRequired: now.filter((q) => !old.has(q.id) && q.required).map((q) => q.id),
    changedKind: [],
    removedOptions: [],
    narrowedLimits: [],
    changedBranching: [],
    removedWaves: [],
    changedWaveDates: []
  };
  for (const q of now) {
    const was = old.get(q.id);
    if (was === undefined) continue;
    if (was.kind !== q.kind) {
      impact.changedKind.push(q.id);
      continue;
    }
    if ((was.kind === 'single' || was.kind === 'multiple') && (q.kind === 'single' || q.kind === 'multiple')) {
      const gone = was.options.filter((o) => q.options.indexOf(o) < 0);
      if (gone.length > 0) impact.removedOptions.push({ questionId: q.id, options: gone });
    }
    if (narrowed(was, q)) impact.narrowedLimits.push(q.id);
    if (!sameRule(was.showIf, q.showIf)) impact.changedBranching.push(q.id);
  }
  for (const w of before.waves) {
    if (w.opensOn > today) continue;
    const kept = after.waves.filter((x) => x.id === w.id)[0];
    if (kept === undefined) impact.removedWaves.push(w.kind);
    else if (kept.opensOn !== w.opensOn || kept.closesOn !== w.closesOn) impact.changedWaveDates.push(w.kind);
  }
  return impact;
}

/** True when the impact lists anything beyond "answers to kept questions still count". */
export function impactHasChanges(impact: IEditImpact): boolean {
  return (
    impact.removedQuestions.length +
      impact.addedRequired.length +
      impact.changedKind.length +
      impact.removedOptions.length +
      impact.narrowedLimits.length +
      impact.changedBranching.length +
      impact.removedWaves.length +
      impact.changedWaveDates.length >
    0
  );
}
