/**
 * The survey builder's form state: a survey definition with every number kept as typed (so "1o" stays on
 * screen with its message, never silently becomes nothing) and options as typed lines, plus the edits
 * the builder makes (add, move, remove and put back sections, questions and waves). Pure functions.
 */
import { addDays, addMonths, isDay } from '../../../../domain/training/days';
import {
  WAVE_KINDS,
  WAVE_MONTHS,
  WAVE_OPEN_DAYS,
  cleanDefinition,
  freshId,
  isTemplateQuestion,
  newQuestion,
  type ISurveyDefinition
} from '../../../../domain/survey/definition';
import type { IShowIf, Question, QuestionKind, WaveKind } from '../../../../domain/survey/types';

export interface IQuestionDraft {
  /** Stable: responses refer to it. Never shown, never changed. */
  id: string;
  kind: QuestionKind;
  required: boolean;
  /** A Copilot template question: its wording and options are localised by id, so they cannot be edited. */
  builtIn: boolean;
  text: string;
  /** One option per line, as typed (custom option ids are the wording). */
  optionsText: string;
  /** Empty: any number of choices. */
  maxChoices: string;
  min: string;
  max: string;
  integer: boolean;
  maxLength: string;
  showIf: IShowIf | undefined;
}

export interface ISectionDraft {
  id: string;
  questions: IQuestionDraft[];
}

export interface IWaveDraft {
  id: string;
  kind: WaveKind;
  /** `yyyy-mm-dd` when a real day was given; otherwise what was typed. */
  opensOn: string;
  closesOn: string;
}

export interface ISurveyDraft {
  key: string;
  title: string;
  description: string;
  questionnaireId: string;
  sections: ISectionDraft[];
  waves: IWaveDraft[];
  forces: string[];
  minGroupSize: string;
}

/** A number as typed (`"10"`, `" 2.5 "`, `"-3"`), or NaN for anything else, blank included. */
export function parseNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
}

/** Options typed one per line: each trimmed, blank lines dropped (duplicates are kept, to be reported). */
export function optionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function questionDraft(q: Question): IQuestionDraft {
  const draft: IQuestionDraft = {
    id: q.id,
    kind: q.kind,
    required: q.required,
    builtIn: isTemplateQuestion(q),
    text: q.text ?? '',
    optionsText: '',
    maxChoices: '',
    min: '0',
    max: '100',
    integer: true,
    maxLength: '2000',
    showIf: q.showIf !== undefined ? { questionId: q.showIf.questionId, anyOf: [...q.showIf.anyOf] } : undefined
  };
  switch (q.kind) {
    case 'single':
      return { ...draft, optionsText: q.options.join('\n') };
    case 'multiple':
      return { ...draft, optionsText: q.options.join('\n'), maxChoices: q.maxChoices !== undefined ? String(q.maxChoices) : '' };
    case 'number':
      return { ...draft, min: String(q.min), max: String(q.max), integer: q.integer };
    case 'text':
      return { ...draft, maxLength: String(q.maxLength) };
    default:
      return draft;
  }
}

export function draftFromDefinition(definition: ISurveyDefinition): ISurveyDraft {
  return {
    key: definition.key,
    title: definition.title,
    description: definition.description,
    questionnaireId: definition.questionnaire.id,
    sections: definition.questionnaire.sections.map((s) => ({ id: s.id, questions: s.questions.map(questionDraft) })),
    waves: definition.waves.map((w) => ({ id: w.id, kind: w.kind, opensOn: w.opensOn, closesOn: w.closesOn })),
    forces: [...definition.forces],
    minGroupSize: String(definition.minGroupSize)
  };
}

/** The question a draft stands for; numbers that do not read as numbers are NaN (validation names them). */
export function questionFromDraft(d: IQuestionDraft): Question {
  const base = {
    id: d.id,
    required: d.required,
    ...(d.showIf !== undefined ? { showIf: { questionId: d.showIf.questionId, anyOf: [...d.showIf.anyOf] } } : {}),
    ...(d.builtIn ? {} : { text: d.text })
  };
  switch (d.kind) {
    case 'likert':
      return { ...base, kind: 'likert' };
    case 'single':
      return { ...base, kind: 'single', options: optionLines(d.optionsText) };
    case 'multiple':
      return { ...base, kind: 'multiple', options: optionLines(d.optionsText), ...(d.maxChoices.trim() !== '' ? { maxChoices: parseNumber(d.maxChoices) } : {}) };
    case 'number':
      return { ...base, kind: 'number', min: parseNumber(d.min), max: parseNumber(d.max), integer: d.integer };
    case 'text':
      return { ...base, kind: 'text', maxLength: parseNumber(d.maxLength) };
  }
}

/** The definition a draft stands for, cleaned as it will be saved (text trimmed; waves in the order shown). */
export function definitionFromDraft(draft: ISurveyDraft): ISurveyDefinition {
  return cleanDefinition({
    key: draft.key,
    title: draft.title,
    description: draft.description,
    questionnaire: { id: draft.questionnaireId, sections: draft.sections.map((s) => ({ id: s.id, questions: s.questions.map(questionFromDraft) })) },
    waves: draft.waves.map((w) => ({ id: w.id, questionnaireId: draft.questionnaireId, kind: w.kind, opensOn: w.opensOn, closesOn: w.closesOn })),
    forces: draft.forces,
    minGroupSize: parseNumber(draft.minGroupSize)
  });
}

/** Every question and section id in the draft. */
export function draftIds(draft: ISurveyDraft): string[] {
  return [...draft.sections.map((s) => s.id), ...draft.sections.reduce((all, s) => all.concat(s.questions.map((q) => q.id)), [] as string[])];
}

/** Where a question is. */
export interface IQuestionAt {
  section: number;
  question: number;
}

function withSection(draft: ISurveyDraft, index: number, change: (s: ISectionDraft) => ISectionDraft): ISurveyDraft {
  return { ...draft, sections: draft.sections.map((s, i) => (i === index ? change(s) : s)) };
}

export function updateQuestion(draft: ISurveyDraft, at: IQuestionAt, change: Partial<IQuestionDraft>): ISurveyDraft {
  return withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.map((q, i) => (i === at.question ? { ...q, ...change } : q)) }));
}

/** Adds a new question of a kind at the end of a section; its id avoids `taken` (ids in use or ever used). */
export function addQuestion(draft: ISurveyDraft, section: number, kind: QuestionKind, taken: Iterable<string>, random?: () => number): { draft: ISurveyDraft; at: IQuestionAt } {
  const question = questionDraft(newQuestion(kind, [...draftIds(draft), ...taken], random));
  const next = withSection(draft, section, (s) => ({ ...s, questions: [...s.questions, question] }));
  return { draft: next, at: { section, question: next.sections[section].questions.length - 1 } };
}

/**
 * Moves a question one place up or down; past the top or bottom of its section it moves into the end of
 * the section before or the start of the section after. Undefined when it cannot move further.
 */
export function moveQuestion(draft: ISurveyDraft, at: IQuestionAt, direction: -1 | 1): { draft: ISurveyDraft; at: IQuestionAt } | undefined {
  const section = draft.sections[at.section];
  const question = section?.questions[at.question];
  if (question === undefined) return undefined;
  const target = at.question + direction;
  if (target >= 0 && target < section.questions.length) {
    const questions = [...section.questions];
    questions[at.question] = questions[target];
    questions[target] = question;
    return { draft: withSection(draft, at.section, (s) => ({ ...s, questions })), at: { section: at.section, question: target } };
  }
  const other = at.section + direction;
  if (other < 0 || other >= draft.sections.length) return undefined;
  const removed = withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.filter((_q, i) => i !== at.question) }));
  const moved = withSection(removed, other, (s) => ({ ...s, questions: direction < 0 ? [...s.questions, question] : [question, ...s.questions] }));
  return { draft: moved, at: { section: other, question: direction < 0 ? moved.sections[other].questions.length - 1 : 0 } };
}

export function removeQuestion(draft: ISurveyDraft, at: IQuestionAt): ISurveyDraft {
  return withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.filter((_q, i) => i !== at.question) }));
}

/** Puts a removed question back in its section (found by id) at its place, or at the end when the section is shorter now. */
export function restoreQuestion(draft: ISurveyDraft, sectionId: string, index: number, question: IQuestionDraft): ISurveyDraft | undefined {
  const s = draft.sections.map((x) => x.id).indexOf(sectionId);
  if (s < 0) return undefined;
  return withSection(draft, s, (section) => {
    const questions = [...section.questions];
    questions.splice(Math.min(index, questions.length), 0, question);
    return { ...section, questions };
  });
}

export function addSection(draft: ISurveyDraft, taken: Iterable<string>, random?: () => number): ISurveyDraft {
  return { ...draft, sections: [...draft.sections, { id: freshId('s', [...draftIds(draft), ...taken], random), questions: [] }] };
}

function swap<T>(items: readonly T[], a: number, b: number): T[] {
  const next = [...items];
  next[a] = items[b];
  next[b] = items[a];
  return next;
}

export function moveSection(draft: ISurveyDraft, index: number, direction: -1 | 1): ISurveyDraft | undefined {
  const target = index + direction;
  if (index < 0 || index >= draft.sections.length || target < 0 || target >= draft.sections.length) return undefined;
  return { ...draft, sections: swap(draft.sections, index, target) };
}

export function removeSection(draft: ISurveyDraft, index: number): ISurveyDraft {
  return { ...draft, sections: draft.sections.filter((_s, i) => i !== index) };
}

export function restoreSection(draft: ISurveyDraft, index: number, section: ISectionDraft): ISurveyDraft {
  const sections = [...draft.sections];
  sections.splice(Math.min(index, sections.length), 0, section);
  return { ...draft, sections };
}

/** The kinds not yet used by a wave, in running order. */
export function unusedWaveKinds(draft: ISurveyDraft): WaveKind[] {
  return WAVE_KINDS.filter((k) => !draft.waves.some((w) => w.kind === k));
}

/**
 * Adds the next unused wave: opening the right number of months after the baseline when the baseline has
 * a day, otherwise today; open four weeks. Its id is its kind unless a wave already has that id.
 */
export function addWave(draft: ISurveyDraft, today: string): ISurveyDraft | undefined {
  const kind = unusedWaveKinds(draft)[0];
  if (kind === undefined) return undefined;
  const baseline = draft.waves.filter((w) => w.kind === 'baseline' && isDay(w.opensOn))[0];
  const opensOn = baseline !== undefined ? addMonths(baseline.opensOn, WAVE_MONTHS[kind]) : today;
  const ids = new Set(draft.waves.map((w) => w.id));
  let id: string = kind;
  for (let n = 2; ids.has(id); n++) id = `${kind}-${n}`;
  return { ...draft, waves: [...draft.waves, { id, kind, opensOn, closesOn: addDays(opensOn, WAVE_OPEN_DAYS - 1) }] };
}

export function removeWave(draft: ISurveyDraft, index: number): ISurveyDraft {
  return { ...draft, waves: draft.waves.filter((_w, i) => i !== index) };
}

export function restoreWave(draft: ISurveyDraft, index: number, wave: IWaveDraft): ISurveyDraft {
  const waves = [...draft.waves];
  waves.splice(Math.min(index, waves.length), 0, wave);
  return { ...draft, waves };
}

/** The questions before a place, in questionnaire order (what a branching rule may depend on). */
export function questionsBefore(draft: ISurveyDraft, at: IQuestionAt): IQuestionDraft[] {
  const before: IQuestionDraft[] = [];
  draft.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      if (si < at.section || (si === at.section && qi < at.question)) before.push(q);
    })
  );
  return before;
}

export function findQuestionDraft(draft: ISurveyDraft, id: string): IQuestionDraft | undefined {
  for (const s of draft.sections) {
    for (const q of s.questions) if (q.id === id) return q;
  }
  return undefined;
}

/**
 * Plans all four waves from the baseline's opening day: each opens 1, 3 and 6 months after it and is
 * open four weeks. Waves already there keep their ids (responses refer to them); missing ones are added.
 * Undefined when there is no baseline with a real opening day.
 */
export function planWaves(draft: ISurveyDraft): ISurveyDraft | undefined {
  const baseline = draft.waves.filter((w) => w.kind === 'baseline' && isDay(w.opensOn))[0];
  if (baseline === undefined) return undefined;
  const kept = WAVE_KINDS.map((kind) => draft.waves.filter((w) => w.kind === kind)[0]);
  const ids = new Set(kept.filter((w) => w !== undefined).map((w) => (w as IWaveDraft).id));
  const waves = WAVE_KINDS.map((kind, k): IWaveDraft => {
    const opensOn = addMonths(baseline.opensOn, WAVE_MONTHS[kind]);
    let id = kept[k]?.id;
    if (id === undefined) {
      id = kind;
      for (let n = 2; ids.has(id); n++) id = `${kind}-${n}`;
      ids.add(id);
    }
    return { id, kind, opensOn, closesOn: kind === 'baseline' && isDay(baseline.closesOn) ? baseline.closesOn : addDays(opensOn, WAVE_OPEN_DAYS - 1) };
  });
  return { ...draft, waves };
}
