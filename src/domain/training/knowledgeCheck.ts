import type { IKnowledgeCheck } from './types';

export interface ICheckResult {
  /** Percent correct, rounded down (a pass mark is never reached by rounding up). */
  score: number;
  passed: boolean;
  /** Questions left unanswered. */
  unanswered: string[];
}

/**
 * Marks a knowledge check. `answers` maps question id to the chosen option's index; every question must
 * be answered before marking (the caller shows `unanswered` instead of a score).
 */
export function markCheck(check: IKnowledgeCheck, answers: Readonly<Record<string, number | undefined>>): ICheckResult {
  const unanswered = check.questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  const correct = check.questions.filter((q) => answers[q.id] === q.answer).length;
  const score = check.questions.length === 0 ? 100 : Math.floor((correct * 100) / check.questions.length);
  return { score, passed: unanswered.length === 0 && score >= check.passMark, unanswered };
}
