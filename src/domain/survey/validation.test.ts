import type { Answers, IQuestionnaire } from './types';
import { isBlank, validateAnswers, visibleAnswers, visibleQuestionIds } from './validation';

const questionnaire: IQuestionnaire = {
  id: 'q',
  sections: [
    {
      id: 's1',
      questions: [
        { id: 'uses', kind: 'single', required: true, options: ['yes', 'no'] },
        { id: 'rating', kind: 'likert', required: true, showIf: { questionId: 'uses', anyOf: ['yes'] } },
        { id: 'why', kind: 'text', required: true, maxLength: 10, showIf: { questionId: 'rating', anyOf: [1, 2] } }
      ]
    },
    {
      id: 's2',
      questions: [
        { id: 'tools', kind: 'multiple', required: false, options: ['word', 'excel', 'teams'], maxChoices: 2 },
        { id: 'excelMinutes', kind: 'number', required: true, min: 0, max: 600, integer: true, showIf: { questionId: 'tools', anyOf: ['excel'] } },
        { id: 'share', kind: 'number', required: false, min: 0, max: 1, integer: false },
        { id: 'later', kind: 'likert', required: true, showIf: { questionId: 'notYet', anyOf: [1] } },
        { id: 'notYet', kind: 'likert', required: false }
      ]
    }
  ]
};

const valid: Answers = { uses: 'yes', rating: 4, tools: ['word'] };

describe('answer validation', () => {
  it('accepts a complete set of answers', () => {
    expect(validateAnswers(questionnaire, valid)).toEqual([]);
  });

  it.each<[string, Answers, unknown[]]>([
    ['a required choice left blank', { uses: undefined }, [{ questionId: 'uses', code: 'required' }]],
    ['a blank-only text counts as blank', { rating: 1, why: '   ' }, [{ questionId: 'why', code: 'required' }]],
    ['a Likert value outside 1–5', { rating: 6 }, [{ questionId: 'rating', code: 'notAnOption' }]],
    ['a Likert value that is not whole', { rating: 2.5 }, [{ questionId: 'rating', code: 'notAnOption' }]],
    ['a Likert value given as text', { rating: '4' }, [{ questionId: 'rating', code: 'notAnOption' }]],
    ['a single choice that is not an option', { uses: 'maybe' }, [{ questionId: 'uses', code: 'notAnOption' }]],
    ['a multiple choice with an unknown option', { tools: ['word', 'outlook'] }, [{ questionId: 'tools', code: 'notAnOption' }]],
    ['a multiple choice naming an option twice', { tools: ['word', 'word'] }, [{ questionId: 'tools', code: 'notAnOption' }]],
    ['a multiple choice given as one string', { tools: 'word' }, [{ questionId: 'tools', code: 'notAnOption' }]],
    ['too many choices', { tools: ['word', 'excel', 'teams'], excelMinutes: 10 }, [{ questionId: 'tools', code: 'tooManyChoices', max: 2 }]],
    ['a number above its range', { tools: ['excel'], excelMinutes: 601 }, [{ questionId: 'excelMinutes', code: 'outOfRange', min: 0, max: 600 }]],
    ['a number below its range', { tools: ['excel'], excelMinutes: -1 }, [{ questionId: 'excelMinutes', code: 'outOfRange', min: 0, max: 600 }]],
    ['a fraction where whole numbers are asked', { tools: ['excel'], excelMinutes: 1.5 }, [{ questionId: 'excelMinutes', code: 'notAWholeNumber' }]],
    ['text where a number is asked', { tools: ['excel'], excelMinutes: '20' }, [{ questionId: 'excelMinutes', code: 'notANumber' }]],
    ['NaN where a number is asked', { share: NaN }, [{ questionId: 'share', code: 'notANumber' }]],
    ['infinity where a number is asked', { share: Infinity }, [{ questionId: 'share', code: 'notANumber' }]],
    ['text over its maximum length', { rating: 2, why: 'abcdefghijk' }, [{ questionId: 'why', code: 'tooLong', max: 10 }]],
    ['a number where text is asked', { rating: 2, why: 5 }, [{ questionId: 'why', code: 'notText' }]]
  ])('reports %s', (_, change, expected) => {
    expect(validateAnswers(questionnaire, { ...valid, ...change })).toEqual(expected);
  });

  it('accepts the range ends, fractions where allowed and text of exactly the maximum length', () => {
    expect(validateAnswers(questionnaire, { ...valid, rating: 1, why: 'abcdefghij', tools: ['excel'], excelMinutes: 600, share: 0.5 })).toEqual([]);
    expect(validateAnswers(questionnaire, { ...valid, tools: ['excel'], excelMinutes: 0, share: 1 })).toEqual([]);
  });

  it('reports every problem in question order', () => {
    expect(validateAnswers(questionnaire, { uses: 'yes', tools: ['excel'], share: 2 })).toEqual([
      { questionId: 'rating', code: 'required' },
      { questionId: 'excelMinutes', code: 'required' },
      { questionId: 'share', code: 'outOfRange', min: 0, max: 1 }
    ]);
  });
});

describe('branching', () => {
  it('hides a question whose condition is not met and ignores its problems', () => {
    expect(visibleQuestionIds(questionnaire, { uses: 'no' })).toEqual(new Set(['uses', 'tools', 'share', 'notYet']));
    expect(validateAnswers(questionnaire, { uses: 'no', rating: 99 })).toEqual([]);
  });

  it('hides a question whose controlling question is unanswered', () => {
    expect(visibleQuestionIds(questionnaire, {}).has('rating')).toBe(false);
  });

  it('shows on a Likert value and on any chosen option of a multiple choice', () => {
    expect(visibleQuestionIds(questionnaire, { uses: 'yes', rating: 2 }).has('why')).toBe(true);
    expect(visibleQuestionIds(questionnaire, { uses: 'yes', rating: 3 }).has('why')).toBe(false);
    expect(visibleQuestionIds(questionnaire, { tools: ['word', 'excel'] }).has('excelMinutes')).toBe(true);
  });

  it('cascades: a question depending on a hidden question is hidden even if the stale answer matches', () => {
    expect(visibleQuestionIds(questionnaire, { uses: 'no', rating: 1 }).has('why')).toBe(false);
  });

  it('never shows a question conditioned on a later question', () => {
    expect(visibleQuestionIds(questionnaire, { notYet: 1 }).has('later')).toBe(false);
  });

  it('drops answers to hidden and unknown questions, and blanks, from what is stored', () => {
    expect(visibleAnswers(questionnaire, { uses: 'no', rating: 5, why: 'x', tools: [], share: 0.2, other: 3, notYet: undefined })).toEqual({ uses: 'no', share: 0.2 });
    expect(visibleAnswers(questionnaire, { uses: 'yes', rating: 5 })).toEqual({ uses: 'yes', rating: 5 });
  });
});

describe('blank answers', () => {
  it.each<[unknown, boolean]>([
    [undefined, true],
    ['', true],
    [' ', true],
    [[], true],
    [0, false],
    ['x', false],
    [['a'], false]
  ])('%j is blank: %s', (value, expected) => {
    expect(isBlank(value as string)).toBe(expected);
  });
});
