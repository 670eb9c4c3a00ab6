import { LIKERT_VALUES } from './types';
import type { AnswerValue, Answers, IAnswerProblem, IQuestionnaire, Question } from './types';

/** Every question in order. */
export function allQuestions(questionnaire: IQuestionnaire): Question[] {
  return questionnaire.sections.reduce((all, s) => all.concat(s.questions), [] as Question[]);
}

export function findQuestion(questionnaire: IQuestionnaire, questionId: string): Question | undefined {
  return allQuestions(questionnaire).filter((q) => q.id === questionId)[0];
}

/** Unanswered: missing, blank text or no choices. */
export function isBlank(value: AnswerValue | undefined): value is undefined {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function matches(value: AnswerValue | undefined, anyOf: readonly (string | number)[]): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => anyOf.indexOf(v) >= 0);
  return anyOf.indexOf(value as string | number) >= 0;
}

/**
 * Ids of the questions shown for these answers. A question is hidden when its condition is not met, or
 * when the question it depends on is itself hidden (so hiding cascades); conditions on later or unknown
 * questions are never met.
 */
export function visibleQuestionIds(questionnaire: IQuestionnaire, answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const q of allQuestions(questionnaire)) {
    if (!q.showIf || (visible.has(q.showIf.questionId) && matches(answers[q.showIf.questionId], q.showIf.anyOf))) visible.add(q.id);
  }
  return visible;
}

/** The answers to store and count: only those to visible questions of this questionnaire, blanks dropped. */
export function visibleAnswers(questionnaire: IQuestionnaire, answers: Answers): Record<string, AnswerValue> {
  const visible = visibleQuestionIds(questionnaire, answers);
  const kept: Record<string, AnswerValue> = {};
  for (const q of allQuestions(questionnaire)) {
    const value = answers[q.id];
    if (visible.has(q.id) && !isBlank(value)) kept[q.id] = value;
  }
  return kept;
}

function problemFor(q: Question, value: AnswerValue): IAnswerProblem | undefined {
  const problem = (code: IAnswerProblem['code'], extra: Partial<IAnswerProblem> = {}): IAnswerProblem => ({ questionId: q.id, code, ...extra });
  switch (q.kind) {
    case 'likert':
      return typeof value === 'number' && LIKERT_VALUES.indexOf(value) >= 0 ? undefined : problem('notAnOption');
    case 'single':
      return typeof value === 'string' && q.options.indexOf(value) >= 0 ? undefined : problem('notAnOption');
    case 'multiple': {
      if (!Array.isArray(value)) return problem('notAnOption');
      const chosen = value as readonly string[];
      if (chosen.some((v, i) => q.options.indexOf(v) < 0 || chosen.indexOf(v) !== i)) return problem('notAnOption');
      return q.maxChoices !== undefined && chosen.length > q.maxChoices ? problem('tooManyChoices', { max: q.maxChoices }) : undefined;
    }
    case 'number':
      if (typeof value !== 'number' || !isFinite(value)) return problem('notANumber');
      if (q.integer && Math.floor(value) !== value) return problem('notAWholeNumber');
      return value < q.min || value > q.max ? problem('outOfRange', { min: q.min, max: q.max }) : undefined;
    case 'text':
      if (typeof value !== 'string') return problem('notText');
      return value.length > q.maxLength ? problem('tooLong', { max: q.maxLength }) : undefined;
  }
}

/** Problems with a set of answers, at most one per question, in question order; hidden questions are ignored. */
export function validateAnswers(questionnaire: IQuestionnaire, answers: Answers): IAnswerProblem[] {
  const visible = visibleQuestionIds(questionnaire, answers);
  const problems: IAnswerProblem[] = [];
  for (const q of allQuestions(questionnaire)) {
    if (!visible.has(q.id)) continue;
    const value = answers[q.id];
    if (isBlank(value)) {
      if (q.required) problems.push({ questionId: q.id, code: 'required' });
      continue;
    }
    const problem = problemFor(q, value);
    if (problem) problems.push(problem);
  }
  return problems;
}
