import { markCheck } from './knowledgeCheck';
import type { IKnowledgeCheck } from './types';

const check: IKnowledgeCheck = {
  passMark: 80,
  maxAttempts: 3,
  questions: [
    { id: 'q1', text: 'May you paste a victim\u2019s details into Copilot Chat?', options: ['Yes', 'No'], answer: 1 },
    { id: 'q2', text: 'Who is responsible for checking Copilot\u2019s output?', options: ['Copilot', 'You', 'Your manager'], answer: 1 },
    { id: 'q3', text: 'Copilot can invent facts.', options: ['True', 'False'], answer: 0 }
  ]
};

describe('knowledge check marking', () => {
  it.each([
    [{ q1: 1, q2: 1, q3: 0 }, 100, true],
    [{ q1: 1, q2: 0, q3: 0 }, 66, false],
    [{ q1: 0, q2: 0, q3: 1 }, 0, false]
  ])('%j scores %i (passed: %s)', (answers, score, passed) => {
    const r = markCheck(check, answers);
    expect(r.score).toBe(score);
    expect(r.passed).toBe(passed);
    expect(r.unanswered).toEqual([]);
  });

  it('never rounds up to a pass', () => {
    const five = { ...check, passMark: 67, questions: check.questions };
    expect(markCheck(five, { q1: 1, q2: 1, q3: 1 }).passed).toBe(false); // 66.7% is 66
  });

  it('lists unanswered questions and does not pass', () => {
    const r = markCheck(check, { q1: 1, q3: 0 });
    expect(r.unanswered).toEqual(['q2']);
    expect(r.passed).toBe(false);
  });
});
