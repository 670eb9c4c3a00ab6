import {
  NOTE_COLUMN_LIMIT,
  blankDefinition,
  cleanDefinition,
  editImpact,
  evaluationWaves,
  freeKey,
  freshId,
  idsOf,
  impactHasChanges,
  inRunningOrder,
  namedByKey,
  isTemplateQuestion,
  largestAnswersLength,
  newQuestion,
  placeOf,
  problemsAt,
  templateDefinition,
  validateDefinition,
  type IDefinitionProblem,
  type ISurveyDefinition,
  type IValidationContext
} from './definition';
import { QUESTION_IDS, copilotTemplate } from './template';
import { seededRandom } from './testing';
import type { IWave, Question, QuestionKind } from './types';
import { allQuestions } from './validation';

const CREATE: IValidationContext = { mode: 'create', existingKeys: ['copilot-evaluation', 'Wellbeing-2026'] };
const EDIT: IValidationContext = { mode: 'edit', existingKeys: ['copilot-evaluation'] };

function wave(kind: IWave['kind'], opensOn: string, closesOn: string, id: string = kind): IWave {
  return { id, questionnaireId: 'custom', kind, opensOn, closesOn };
}

/** A small valid survey of custom questions, one of each kind, the last two branching. */
function custom(overrides: Partial<ISurveyDefinition> = {}, questions?: Question[]): ISurveyDefinition {
  return {
    key: 'custom-2027',
    title: 'Team survey',
    description: '',
    questionnaire: {
      id: 'custom',
      sections: [
        {
          id: 's-one',
          questions: questions ?? [
            { id: 'q-use', kind: 'single', required: true, text: 'Do you use it?', options: ['Yes', 'No'] },
            { id: 'q-agree', kind: 'likert', required: true, text: 'It helps me.' },
            { id: 'q-tools', kind: 'multiple', required: false, text: 'Which tools?', options: ['Word', 'Excel', 'Teams'], maxChoices: 2 },
            { id: 'q-minutes', kind: 'number', required: false, text: 'Minutes saved', min: 0, max: 600, integer: true, showIf: { questionId: 'q-use', anyOf: ['Yes'] } },
            { id: 'q-why', kind: 'text', required: false, text: 'Why?', maxLength: 500, showIf: { questionId: 'q-agree', anyOf: [1, 2] } }
          ]
        }
      ]
    },
    waves: [wave('baseline', '2027-01-04', '2027-01-29')],
    forces: [],
    minGroupSize: 10,
    ...overrides
  };
}

function problems(definition: ISurveyDefinition, context: IValidationContext = CREATE): IDefinitionProblem[] {
  return validateDefinition(definition, context);
}

/** The definition with the first section's question `index` changed. */
function withQuestion(index: number, change: Partial<Question>): ISurveyDefinition {
  const base = custom();
  const questions = base.questionnaire.sections[0].questions.map((q, i) => (i === index ? ({ ...q, ...change } as Question) : q));
  return custom({}, questions);
}

describe('a valid survey definition', () => {
  it('accepts the custom survey and the Copilot template with its four waves', () => {
    expect(problems(custom())).toEqual([]);
    expect(problems(templateDefinition('2026-09-07', { key: 'copilot-2027', title: 'Copilot evaluation 2027' }))).toEqual([]);
  });

  it('plans the template waves 1, 3 and 6 months after the baseline, four weeks each, never overlapping', () => {
    const waves = templateDefinition('2026-09-07', { key: 'copilot-2027' }).waves;
    expect(waves.map((w) => [w.id, w.kind, w.opensOn, w.closesOn])).toEqual([
      ['baseline', 'baseline', '2026-09-07', '2026-10-04'],
      ['month1', 'month1', '2026-10-07', '2026-11-03'],
      ['month3', 'month3', '2026-12-07', '2027-01-03'],
      ['month6', 'month6', '2027-03-07', '2027-04-03']
    ]);
    // The shortest month after a baseline on the 31st still leaves no overlap.
    for (const start of ['2027-01-31', '2027-02-01', '2027-02-28', '2028-01-29']) {
      expect(problems(templateDefinition(start, { key: 'copilot-2028', title: 'x' }))).toEqual([]);
    }
    expect(evaluationWaves('2027-01-31', 'q').map((w) => w.opensOn)).toEqual(['2027-01-31', '2027-02-28', '2027-04-30', '2027-07-31']);
  });

  it('keeps the template questions without wording of their own (they are localised by id)', () => {
    const template = templateDefinition('2026-09-07', { key: 'copilot-2027' });
    expect(allQuestions(template.questionnaire).every((q) => q.text === undefined && isTemplateQuestion(q))).toBe(true);
    expect(template.questionnaire).toEqual(copilotTemplate('copilot-2027'));
    expect(isTemplateQuestion({ id: QUESTION_IDS.frequency, kind: 'likert', required: true, text: 'Own words' })).toBe(false);
    expect(isTemplateQuestion({ id: 'q-own', kind: 'likert', required: true })).toBe(false);
  });
});

describe('the title and code', () => {
  it.each<[string, Partial<ISurveyDefinition>, IDefinitionProblem[]]>([
    ['a blank title', { title: '   ' }, [{ path: 'title', code: 'required' }]],
    ['a title over 255 characters', { title: 'x'.repeat(256) }, [{ path: 'title', code: 'tooLong', max: 255 }]],
    ['a blank code', { key: '' }, [{ path: 'key', code: 'required' }]],
    ['capitals in the code', { key: 'Custom-2027' }, [{ path: 'key', code: 'keyFormat', min: 2, max: 64 }]],
    ['a one-character code', { key: 'a' }, [{ path: 'key', code: 'keyFormat', min: 2, max: 64 }]],
    ['a code of 65 characters', { key: 'a'.repeat(65) }, [{ path: 'key', code: 'keyFormat', min: 2, max: 64 }]],
    ['a code starting with a hyphen', { key: '-custom' }, [{ path: 'key', code: 'keyFormat', min: 2, max: 64 }]],
    ['spaces or underscores in the code', { key: 'my survey_1' }, [{ path: 'key', code: 'keyFormat', min: 2, max: 64 }]],
    ['a code another survey has', { key: 'copilot-evaluation' }, [{ path: 'key', code: 'keyTaken' }]],
    ['a code another survey has in other capitals', { key: 'wellbeing-2026' }, [{ path: 'key', code: 'keyTaken' }]]
  ])('reports %s', (_, change, expected) => {
    expect(problems(custom(change))).toEqual(expected);
  });

  it('accepts a title of exactly 255 characters and codes of 2 and 64 characters', () => {
    expect(problems(custom({ title: 'x'.repeat(255) }))).toEqual([]);
    expect(problems(custom({ key: 'a1' }))).toEqual([]);
    expect(problems(custom({ key: `a${'-'.repeat(62)}z` }))).toEqual([]);
  });

  it('does not check the code of an existing survey (it never changes)', () => {
    expect(problems(custom({ key: 'copilot-evaluation' }), EDIT)).toEqual([]);
    expect(problems(custom({ key: 'Not A Code' }), EDIT)).toEqual([]);
  });

  it('limits the description to what the note column holds', () => {
    expect(problems(custom({ description: 'x'.repeat(NOTE_COLUMN_LIMIT) }))).toEqual([]);
    expect(problems(custom({ description: 'x'.repeat(NOTE_COLUMN_LIMIT + 1) }))).toEqual([{ path: 'description', code: 'tooLong', max: NOTE_COLUMN_LIMIT }]);
  });
});

describe('sections and questions', () => {
  it('needs a section, and a question in every section', () => {
    expect(problems(custom({ questionnaire: { id: 'custom', sections: [] } }))).toEqual([{ path: 'sections', code: 'noSections' }]);
    const withEmpty = custom();
    const sections = [...withEmpty.questionnaire.sections, { id: 's-two', questions: [] }];
    expect(problems({ ...withEmpty, questionnaire: { id: 'custom', sections } })).toEqual([{ path: 'sections.1', code: 'emptySection' }]);
  });

  it('reports a question or section id used twice, at the second', () => {
    const base = custom();
    const first = base.questionnaire.sections[0];
    const twice = { ...base, questionnaire: { id: 'custom', sections: [first, { id: 's-one', questions: [{ ...first.questions[1] }] }] } };
    expect(problems(twice)).toEqual([
      { path: 'sections.1', code: 'duplicateId', value: 's-one' },
      { path: 'sections.1.questions.0', code: 'duplicateId', value: 'q-agree' }
    ]);
  });

  it('needs wording for a custom question, at most 1,000 characters', () => {
    expect(problems(withQuestion(1, { text: '  ' }))).toEqual([{ path: 'sections.0.questions.1.text', code: 'required' }]);
    expect(problems(withQuestion(1, { text: undefined }))).toEqual([{ path: 'sections.0.questions.1.text', code: 'required' }]);
    expect(problems(withQuestion(1, { text: 'x'.repeat(1001) }))).toEqual([{ path: 'sections.0.questions.1.text', code: 'tooLong', max: 1000 }]);
    expect(problems(withQuestion(1, { text: 'x'.repeat(1000) }))).toEqual([]);
  });

  it.each<[string, readonly string[], IDefinitionProblem[]]>([
    ['one option', ['Yes'], [{ path: 'sections.0.questions.0.options', code: 'tooFewOptions', min: 2 }]],
    ['no options', [], [{ path: 'sections.0.questions.0.options', code: 'tooFewOptions', min: 2 }]],
    [
      'the same option twice, ignoring case and spaces',
      ['Yes', ' yes '],
      [
        { path: 'sections.0.questions.0.options', code: 'duplicateOption', value: 'yes' },
        { path: 'sections.0.questions.0.options', code: 'tooFewOptions', min: 2 }
      ]
    ],
    ['a blank option', ['Yes', ' ', 'No'], [{ path: 'sections.0.questions.0.options', code: 'blankOption' }]],
    ['an option over 255 characters', ['Yes', 'x'.repeat(256)], [{ path: 'sections.0.questions.0.options', code: 'tooLong', max: 255 }]]
  ])('reports a single choice with %s', (_, options, expected) => {
    // The branching rule on "Yes" is dropped so only the options are judged.
    const questions = custom().questionnaire.sections[0].questions.map((q, i) => (i === 0 ? ({ ...q, options } as Question) : { ...q, showIf: undefined }));
    expect(problems(custom({}, questions))).toEqual(expected);
  });

  it('judges multiple-choice options and the most choices allowed', () => {
    expect(problems(withQuestion(2, { options: ['Word'] } as Partial<Question>))).toEqual([
      { path: 'sections.0.questions.2.options', code: 'tooFewOptions', min: 2 },
      { path: 'sections.0.questions.2.maxChoices', code: 'maxChoicesRange', min: 1, max: 1 }
    ]);
    for (const maxChoices of [0, 4, 1.5, NaN, -1]) {
      expect(problems(withQuestion(2, { maxChoices } as Partial<Question>))).toEqual([{ path: 'sections.0.questions.2.maxChoices', code: 'maxChoicesRange', min: 1, max: 3 }]);
    }
    for (const maxChoices of [1, 3, undefined]) expect(problems(withQuestion(2, { maxChoices } as Partial<Question>))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, IDefinitionProblem[]]>([
    ['a smallest answer that is not a number', { min: NaN }, [{ path: 'sections.0.questions.3.min', code: 'notANumber' }]],
    ['a largest answer that is not a number', { max: Infinity }, [{ path: 'sections.0.questions.3.max', code: 'notANumber' }]],
    ['the same smallest and largest answer', { min: 5, max: 5 }, [{ path: 'sections.0.questions.3.max', code: 'minNotBelowMax', min: 5 }]],
    ['a smallest answer above the largest', { min: 10, max: 1 }, [{ path: 'sections.0.questions.3.max', code: 'minNotBelowMax', min: 10 }]],
    [
      'fractions where whole numbers are asked',
      { min: 0.5, max: 9.5 },
      [
        { path: 'sections.0.questions.3.min', code: 'notWhole' },
        { path: 'sections.0.questions.3.max', code: 'notWhole' }
      ]
    ]
  ])('reports a number question with %s', (_, change, expected) => {
    expect(problems(withQuestion(3, change as Partial<Question>))).toEqual(expected);
  });

  it('accepts fractions and negative ranges when whole numbers are not asked', () => {
    expect(problems(withQuestion(3, { min: -1.5, max: 0.5, integer: false } as Partial<Question>))).toEqual([]);
  });

  it('keeps a free-text limit from 1 to 4,000 characters', () => {
    for (const maxLength of [0, 4001, 1.5, NaN]) {
      expect(problems(withQuestion(4, { maxLength } as Partial<Question>))).toEqual([{ path: 'sections.0.questions.4.maxLength', code: 'maxLengthRange', min: 1, max: 4000 }]);
    }
    for (const maxLength of [1, 4000]) expect(problems(withQuestion(4, { maxLength } as Partial<Question>))).toEqual([]);
  });

  it('keeps every answer of a response within the SharePoint note column, naming the limit that would fit', () => {
    const texts = (lengths: number[]): Question[] => lengths.map((maxLength, i) => ({ id: `q-t${i}`, kind: 'text', required: false, text: `Text ${i}`, maxLength }));
    const tooMuch = custom({}, texts([4000, 4000, 4000, 4000, 4000, 4000, 4000, 3999]));
    expect(largestAnswersLength(tooMuch.questionnaire)).toBeGreaterThan(NOTE_COLUMN_LIMIT);
    const found = problems(tooMuch);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'sections.0.questions.0.maxLength', code: 'answersTooLarge' });
    const allowed = found[0].max as number;
    expect(allowed).toBeGreaterThan(3900);
    expect(allowed).toBeLessThan(4000);
    // Lowering that one limit to what the message says is enough; one more character is not.
    expect(problems(custom({}, texts([allowed, 4000, 4000, 4000, 4000, 4000, 4000, 3999])))).toEqual([]);
    expect(problems(custom({}, texts([allowed + 1, 4000, 4000, 4000, 4000, 4000, 4000, 3999])))[0]).toMatchObject({ code: 'answersTooLarge' });
    // The template's answers fit with room to spare.
    expect(largestAnswersLength(copilotTemplate())).toBeLessThan(NOTE_COLUMN_LIMIT / 1.5);
  });

  it('keeps the questionnaire itself within the note column', () => {
    const many: Question[] = Array.from({ length: 70 }, (_, i) => ({ id: `q-${i}`, kind: 'likert', required: true, text: 'x'.repeat(1000) }));
    expect(problems(custom({}, many))).toEqual([{ path: 'sections', code: 'questionnaireTooLarge', max: NOTE_COLUMN_LIMIT }]);
  });
});

describe('branching', () => {
  it.each<[string, number, Record<string, unknown>, IDefinitionProblem]>([
    ['a question not in the survey', 3, { showIf: { questionId: 'q-gone', anyOf: ['Yes'] } }, { path: 'sections.0.questions.3.showIf', code: 'branchUnknown', value: 'q-gone' }],
    ['a later question', 0, { showIf: { questionId: 'q-agree', anyOf: [4] } }, { path: 'sections.0.questions.0.showIf', code: 'branchLater', value: 'q-agree' }],
    ['the question itself', 1, { showIf: { questionId: 'q-agree', anyOf: [4] } }, { path: 'sections.0.questions.1.showIf', code: 'branchLater', value: 'q-agree' }],
    ['a number question', 4, { showIf: { questionId: 'q-minutes', anyOf: [1] } }, { path: 'sections.0.questions.4.showIf', code: 'branchKind', value: 'q-minutes' }],
    ['no answers chosen', 3, { showIf: { questionId: 'q-use', anyOf: [] } }, { path: 'sections.0.questions.3.showIf', code: 'branchNoValues' }],
    ['an answer that is not an option', 3, { showIf: { questionId: 'q-use', anyOf: ['Yes', 'Maybe'] } }, { path: 'sections.0.questions.3.showIf', code: 'branchValue', value: 'Maybe' }],
    ['a Likert value given as text', 4, { showIf: { questionId: 'q-agree', anyOf: ['1'] } }, { path: 'sections.0.questions.4.showIf', code: 'branchValue', value: '1' }],
    ['a Likert value outside 1–5', 4, { showIf: { questionId: 'q-agree', anyOf: [0] } }, { path: 'sections.0.questions.4.showIf', code: 'branchValue', value: '0' }]
  ])('reports a rule on %s', (_, index, change, expected) => {
    expect(problems(withQuestion(index, change as Partial<Question>))).toEqual([expected]);
  });

  it('accepts a rule on a multiple-choice question and on a question in an earlier section', () => {
    expect(problems(withQuestion(4, { showIf: { questionId: 'q-tools', anyOf: ['Excel', 'Teams'] } }))).toEqual([]);
    const template = templateDefinition('2026-09-07', { key: 'copilot-2027', title: 'x' });
    const comment = template.questionnaire.sections.length - 1;
    const sections = template.questionnaire.sections.map((s, i) =>
      i === comment ? { ...s, questions: s.questions.map((q) => ({ ...q, showIf: { questionId: QUESTION_IDS.usabilityBarriers, anyOf: ['other'] } })) } : s
    );
    expect(problems({ ...template, questionnaire: { ...template.questionnaire, sections } })).toEqual([]);
  });

  it('reports a rule made invalid by moving the question it depends on below it', () => {
    const template = templateDefinition('2026-09-07', { key: 'copilot-2027', title: 'x' });
    const [use, impact, ...rest] = template.questionnaire.sections;
    const moved = [{ ...use, questions: [] }, { ...impact, questions: [impact.questions[0], use.questions[0], ...impact.questions.slice(1)] }, ...rest];
    expect(problems({ ...template, questionnaire: { ...template.questionnaire, sections: moved } })).toEqual([
      { path: 'sections.0', code: 'emptySection' },
      { path: 'sections.1.questions.0.showIf', code: 'branchLater', value: QUESTION_IDS.frequency }
    ]);
  });
});

describe('waves', () => {
  it.each<[string, IWave[], IDefinitionProblem[]]>([
    ['no waves', [], [{ path: 'waves', code: 'noWaves' }]],
    ['an unknown kind', [wave('month2' as IWave['kind'], '2027-01-04', '2027-01-29')], [{ path: 'waves.0.kind', code: 'waveKind', value: 'month2' }]],
    [
      'the same kind twice',
      [wave('baseline', '2027-01-04', '2027-01-29'), wave('baseline', '2027-03-01', '2027-03-26', 'b2')],
      [{ path: 'waves.1.kind', code: 'duplicateWave', value: 'baseline' }]
    ],
    [
      'the same id twice',
      [wave('baseline', '2027-01-04', '2027-01-29'), wave('month1', '2027-02-04', '2027-02-26', 'baseline')],
      [{ path: 'waves.1', code: 'duplicateId', value: 'baseline' }]
    ],
    [
      'blank days',
      [wave('baseline', ' ', '')],
      [
        { path: 'waves.0.opensOn', code: 'required' },
        { path: 'waves.0.closesOn', code: 'required' }
      ]
    ],
    [
      'days that do not exist',
      [wave('baseline', '2027-02-29', '04/01/2027')],
      [
        { path: 'waves.0.opensOn', code: 'date' },
        { path: 'waves.0.closesOn', code: 'date' }
      ]
    ],
    ['a wave closing before it opens', [wave('baseline', '2027-01-29', '2027-01-04')], [{ path: 'waves.0.closesOn', code: 'closesBeforeOpens', day: '2027-01-29' }]],
    [
      'a wave opening on the day the one before closes',
      [wave('baseline', '2027-01-04', '2027-01-29'), wave('month1', '2027-01-29', '2027-02-26')],
      [{ path: 'waves.1.opensOn', code: 'waveOverlap', value: 'baseline', day: '2027-01-29' }]
    ],
    [
      'a later wave opening before the baseline',
      [wave('month6', '2026-12-01', '2026-12-20'), wave('baseline', '2027-01-04', '2027-01-29')],
      [{ path: 'waves.0.opensOn', code: 'waveOrder', value: 'baseline', day: '2027-01-29' }]
    ]
  ])('reports %s', (_, waves, expected) => {
    expect(problems(custom({ waves }))).toEqual(expected);
  });

  it('accepts a one-day wave, waves listed out of order that run in order, and the next wave opening the day after', () => {
    expect(problems(custom({ waves: [wave('baseline', '2027-01-04', '2027-01-04')] }))).toEqual([]);
    const listed = [wave('month3', '2027-04-05', '2027-04-30'), wave('baseline', '2027-01-04', '2027-01-29'), wave('month1', '2027-01-30', '2027-02-26')];
    expect(problems(custom({ waves: listed }))).toEqual([]);
    expect(inRunningOrder(custom({ waves: listed })).waves.map((w) => w.kind)).toEqual(['baseline', 'month1', 'month3']);
  });
});

describe('forces and the smallest group', () => {
  it.each<[string, Partial<ISurveyDefinition>, IDefinitionProblem[]]>([
    ['a force twice, ignoring case', { forces: ['Kent', 'kent '] }, [{ path: 'forces', code: 'duplicateForce', value: 'kent' }]],
    ['a blank force', { forces: ['Essex', ' '] }, [{ path: 'forces', code: 'required' }]],
    ['a force over 255 characters', { forces: ['x'.repeat(256)] }, [{ path: 'forces', code: 'tooLong', max: 255 }]],
    ['a smallest group of 1', { minGroupSize: 1 }, [{ path: 'minGroupSize', code: 'minGroupSize', min: 2, max: 100 }]],
    ['a smallest group of 101', { minGroupSize: 101 }, [{ path: 'minGroupSize', code: 'minGroupSize', min: 2, max: 100 }]],
    ['a smallest group that is not whole', { minGroupSize: 10.5 }, [{ path: 'minGroupSize', code: 'minGroupSize', min: 2, max: 100 }]],
    ['a smallest group that is not a number', { minGroupSize: NaN }, [{ path: 'minGroupSize', code: 'minGroupSize', min: 2, max: 100 }]]
  ])('reports %s', (_, change, expected) => {
    expect(problems(custom(change))).toEqual(expected);
  });

  it('accepts smallest groups of 2 and 100, and Kent with a typed force', () => {
    expect(problems(custom({ minGroupSize: 2, forces: ['Kent', 'Sussex'] }))).toEqual([]);
    expect(problems(custom({ minGroupSize: 100 }))).toEqual([]);
  });

  it('lists problems top to bottom as the builder shows them', () => {
    const many = custom({ title: '', minGroupSize: 0, forces: ['Kent', 'KENT'], waves: [] });
    expect(problems(many).map((p) => p.path)).toEqual(['title', 'waves', 'forces', 'minGroupSize']);
  });
});

describe('starting points and ids', () => {
  it('starts a blank survey with one empty section, a baseline wave from today and the default smallest group', () => {
    const blank = blankDefinition('2026-11-23', seededRandom(1));
    expect(blank).toMatchObject({ key: '', title: '', forces: [], minGroupSize: 10 });
    expect(blank.questionnaire.sections).toHaveLength(1);
    expect(blank.questionnaire.sections[0].id).toMatch(/^s-[a-z0-9]{8}$/);
    expect(blank.waves).toEqual([{ id: 'baseline', questionnaireId: '', kind: 'baseline', opensOn: '2026-11-23', closesOn: '2026-12-20' }]);
    expect(problems(blank).map((p) => `${p.path} ${p.code}`)).toEqual(['title required', 'key required', 'sections.0 emptySection']);
  });

  it('gives new questions fresh random ids that avoid every id taken or used before', () => {
    const random = seededRandom(7);
    const first = freshId('q', [], seededRandom(7));
    expect(first).toMatch(/^q-[a-z0-9]{8}$/);
    // The same random sequence would give the same id: with it taken, the next one is used.
    const second = freshId('q', [first], random);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^q-[a-z0-9]{8}$/);
    const ids = new Set<string>();
    const many = seededRandom(3);
    for (let i = 0; i < 2000; i++) ids.add(freshId('q', ids, many));
    expect(ids.size).toBe(2000);
  });

  it.each<QuestionKind>(['likert', 'single', 'multiple', 'number', 'text'])('makes a new %s question that is valid once worded (and given options)', (kind) => {
    const q = newQuestion(kind, idsOf(custom().questionnaire), seededRandom(5));
    expect(q.kind).toBe(kind);
    expect(q.text).toBe('');
    const worded = { ...q, text: 'Something', ...(q.kind === 'single' || q.kind === 'multiple' ? { options: ['A', 'B'] } : {}) } as Question;
    expect(problems(custom({}, [worded]))).toEqual([]);
    expect(problems(custom({}, [q])).map((p) => p.code)).toContain('required');
  });

  it('suggests a code not yet taken', () => {
    expect(freeKey('copilot-evaluation', [])).toBe('copilot-evaluation');
    expect(freeKey('copilot-evaluation', ['Copilot-Evaluation', 'copilot-evaluation-2'])).toBe('copilot-evaluation-3');
  });

  it('cleans a definition for saving: trimmed, the questionnaire named by the code, every wave naming it', () => {
    const messy = custom({ key: ' team-2027 ', title: ' Team survey ', description: ' Why ', forces: [' Kent '] });
    const questions = messy.questionnaire.sections[0].questions.map((q) => (q.kind === 'single' ? { ...q, text: ' Do you? ', options: [' Yes ', 'No '] } : q));
    const cleaned = cleanDefinition({ ...messy, questionnaire: { id: '', sections: [{ id: 's-one', questions }] } });
    expect(cleaned).toMatchObject({ key: 'team-2027', title: 'Team survey', description: 'Why', forces: ['Kent'] });
    expect(cleaned.questionnaire.id).toBe('team-2027');
    expect(cleaned.questionnaire.sections[0].questions[0]).toMatchObject({ text: 'Do you?', options: ['Yes', 'No'] });
    expect(cleaned.waves.every((w) => w.questionnaireId === 'team-2027')).toBe(true);
    // A template question stays without wording.
    expect(cleanDefinition(templateDefinition('2026-09-07')).questionnaire.sections[0].questions[0]).not.toHaveProperty('text');
  });

  it('names a new survey\u2019s questionnaire and waves by the code the lead settled on', () => {
    const renamed = namedByKey({ ...templateDefinition('2026-09-07', { key: 'copilot-evaluation-2' }), key: 'copilot-2027' });
    expect(renamed.questionnaire.id).toBe('copilot-2027');
    expect(renamed.waves.map((w) => w.questionnaireId)).toEqual(['copilot-2027', 'copilot-2027', 'copilot-2027', 'copilot-2027']);
    expect(renamed.questionnaire.sections).toEqual(copilotTemplate().sections);
  });

  it('names where a problem is', () => {
    expect(placeOf('sections.1.questions.2.options')).toEqual({ section: 1, question: 2, part: 'options' });
    expect(placeOf('sections.1.questions.2')).toEqual({ section: 1, question: 2, part: undefined });
    expect(placeOf('sections.3')).toEqual({ section: 3 });
    expect(placeOf('waves.0.closesOn')).toEqual({ wave: 0, part: 'closesOn' });
    expect(placeOf('minGroupSize')).toEqual({ field: 'minGroupSize' });
    expect(problemsAt([{ path: 'title', code: 'required' }, { path: 'key', code: 'keyTaken' }], 'key')).toEqual([{ path: 'key', code: 'keyTaken' }]);
  });
});

describe('changing a survey people have answered', () => {
  const before = custom({
    waves: [wave('baseline', '2026-11-02', '2026-11-27'), wave('month1', '2026-12-07', '2027-01-01'), wave('month3', '2027-02-01', '2027-02-26')]
  });

  it('warns only once a wave has opened', () => {
    expect(editImpact(before, before, '2026-11-01')).toMatchObject({ hasResponses: false, openedWaves: [] });
    expect(editImpact(before, before, '2026-11-02')).toMatchObject({ hasResponses: true, openedWaves: ['baseline'], keptQuestions: 5 });
    expect(impactHasChanges(editImpact(before, before, '2026-12-10'))).toBe(false);
  });

  it('says what each change does to answers already given', () => {
    const [use, agree, tools, minutes] = before.questionnaire.sections[0].questions;
    const questions: Question[] = [
      { ...use, options: ['Yes'] } as Question,
      { ...agree, kind: 'number', min: 1, max: 5, integer: true } as Question,
      { ...tools, maxChoices: 1 } as Question,
      { ...minutes, showIf: undefined, max: 300 } as Question,
      { id: 'q-new', kind: 'likert', required: true, text: 'New' },
      { id: 'q-new-optional', kind: 'likert', required: false, text: 'New, optional' }
    ];
    const after = custom({ waves: [wave('baseline', '2026-11-02', '2026-11-30'), wave('month3', '2027-02-08', '2027-02-26')] }, questions);
    const impact = editImpact(before, after, '2026-12-10');
    expect(impact).toEqual({
      openedWaves: ['baseline', 'month1'],
      hasResponses: true,
      keptQuestions: 4,
      removedQuestions: ['q-why'],
      addedRequired: ['q-new'],
      changedKind: ['q-agree'],
      removedOptions: [{ questionId: 'q-use', options: ['No'] }],
      narrowedLimits: ['q-tools', 'q-minutes'],
      changedBranching: ['q-minutes'],
      removedWaves: ['month1'],
      changedWaveDates: ['baseline']
    });
    expect(impactHasChanges(impact)).toBe(true);
  });

  it('does not count widened limits or changes to waves that have not opened', () => {
    const [use, agree, tools, minutes, why] = before.questionnaire.sections[0].questions;
    const wider: Question[] = [use, agree, { ...tools, maxChoices: undefined } as Question, { ...minutes, min: -10, max: 900 } as Question, { ...why, maxLength: 900 } as Question];
    const after = custom({ waves: [before.waves[0], before.waves[1], wave('month3', '2027-03-01', '2027-03-26')] }, wider);
    expect(impactHasChanges(editImpact(before, after, '2026-12-10'))).toBe(false);
    // Removing an option of a question with no choice limit is a removed option, not a narrower limit.
    const fewer: Question[] = [use, agree, { ...tools, maxChoices: undefined, options: ['Word', 'Excel'] } as Question, minutes, why];
    const noLimit = custom({}, [use, agree, { ...tools, maxChoices: undefined } as Question, minutes, why]);
    expect(editImpact(noLimit, custom({}, fewer), '2027-01-10')).toMatchObject({ removedOptions: [{ questionId: 'q-tools', options: ['Teams'] }], narrowedLimits: [] });
  });
});
