import {
  audienceLines,
  blankQuestion,
  cleanList,
  draftFromModule,
  emptyModuleDraft,
  InvalidModuleDraftError,
  isHttpsUrl,
  modulePatch,
  moduleToItem,
  newQuestionId,
  parseWhole,
  problemAt,
  questionsToStore,
  removeOption,
  validateModuleDraft,
  type DraftPath,
  type IDraftProblem,
  type IModuleDraft
} from './moduleDraft';
import { moduleFromItem } from '../../data/TrainingRepository';
import { trainingModule } from './testing';
import type { TrainingModuleItem } from '../../lists/training';

const TODAY = '2026-11-23';

function draft(overrides: Partial<IModuleDraft> = {}): IModuleDraft {
  return { ...emptyModuleDraft(TODAY), title: 'How to use Copilot', key: 'copilot-basics', ...overrides };
}

function withCheck(overrides: Partial<IModuleDraft> = {}): IModuleDraft {
  return draft({
    knowledgeCheck: true,
    passMark: '80',
    questions: [{ id: 'q1', text: 'Copilot can invent facts.', options: ['True', 'False'], answer: 0 }],
    ...overrides
  });
}

function codes(problems: readonly IDraftProblem[]): string[] {
  return problems.map((p) => `${p.path}:${p.code}`);
}

describe('validating a module draft', () => {
  it('accepts a complete draft', () => {
    expect(validateModuleDraft(draft(), [])).toEqual([]);
    expect(validateModuleDraft(withCheck(), [])).toEqual([]);
  });

  it.each<[string, Partial<IModuleDraft>, string[]]>([
    ['title missing', { title: '   ' }, ['title:required']],
    ['title too long', { title: 'x'.repeat(256) }, ['title:tooLong']],
    ['title at the limit', { title: 'x'.repeat(255) }, []],
    ['code missing', { key: '' }, ['key:required']],
    ['code with capitals', { key: 'Copilot' }, ['key:keyFormat']],
    ['code with a space', { key: 'copilot basics' }, ['key:keyFormat']],
    ['code of one character', { key: 'c' }, ['key:keyFormat']],
    ['code of 65 characters', { key: 'c'.repeat(65) }, ['key:keyFormat']],
    ['code of 64 characters', { key: 'c'.repeat(64) }, []],
    ['code with digits and hyphens', { key: 'aup-2026-v2' }, []],
    ['code with an underscore', { key: 'aup_2026' }, ['key:keyFormat']],
    ['link over http', { contentUrl: 'http://learning.example/x' }, ['contentUrl:httpsUrl']],
    ['link that is not a URL', { contentUrl: 'learning.example/x' }, ['contentUrl:httpsUrl']],
    // eslint-disable-next-line no-script-url -- RATIONALE: proves a script URL is refused.
    ['script link', { contentUrl: 'javascript:alert(1)' }, ['contentUrl:httpsUrl']],
    ['link too long', { contentUrl: `https://learning.example/${'x'.repeat(240)}` }, ['contentUrl:tooLong']],
    ['no link', { contentUrl: '  ' }, []],
    ['https link with spaces around', { contentUrl: ' https://learning.example/x ' }, []],
    ['duration 0', { durationMinutes: '0' }, ['durationMinutes:wholeNumber']],
    ['duration 601', { durationMinutes: '601' }, ['durationMinutes:wholeNumber']],
    ['duration 1', { durationMinutes: '1' }, []],
    ['duration 600', { durationMinutes: '600' }, []],
    ['duration with decimals', { durationMinutes: '12.5' }, ['durationMinutes:wholeNumber']],
    ['duration in words', { durationMinutes: 'thirty' }, ['durationMinutes:wholeNumber']],
    ['no duration', { durationMinutes: '' }, []],
    ['due within missing', { dueWithinDays: '' }, ['dueWithinDays:required']],
    ['due within 0 days', { dueWithinDays: '0' }, []],
    ['due within 730 days', { dueWithinDays: '730' }, []],
    ['due within 731 days', { dueWithinDays: '731' }, ['dueWithinDays:wholeNumber']],
    ['due within -1 days', { dueWithinDays: '-1' }, ['dueWithinDays:wholeNumber']],
    ['refresh empty (once is enough)', { refreshMonths: '' }, []],
    ['refresh 0 months', { refreshMonths: '0' }, ['refreshMonths:wholeNumber']],
    ['refresh 60 months', { refreshMonths: '60' }, []],
    ['refresh 61 months', { refreshMonths: '61' }, ['refreshMonths:wholeNumber']],
    ['order empty', { sortOrder: '' }, []],
    ['order negative', { sortOrder: '-1' }, ['sortOrder:wholeNumber']],
    ['assigned on missing', { assignedOn: '' }, ['assignedOn:required']],
    ['assigned on typed wrongly', { assignedOn: '31/02/2026' }, ['assignedOn:date']],
    ['assigned on not a real day', { assignedOn: '2026-02-30' }, ['assignedOn:date']],
    ['a force name over 255 characters', { forces: ['Kent', 'x'.repeat(256)] }, ['forces:tooLong']],
    ['a check turned off ignores its fields', { knowledgeCheck: false, passMark: 'x', questions: [] }, []]
  ])('%s', (_name, overrides, expected) => {
    expect(codes(validateModuleDraft(draft(overrides), []))).toEqual(expected);
  });

  it('refuses a code already used, ignoring case and spaces', () => {
    expect(codes(validateModuleDraft(draft({ key: 'copilot-basics' }), ['aup', ' Copilot-Basics ']))).toEqual(['key:keyTaken']);
    expect(validateModuleDraft(draft({ key: 'copilot-basics' }), ['aup'])).toEqual([]);
  });

  it('does not check the code of a module being edited (it cannot change, and may predate the rule)', () => {
    expect(validateModuleDraft(draft({ key: 'Legacy_Code' }), ['Legacy_Code'], 'edit')).toEqual([]);
  });

  it('states the range of a number problem so the message can say it', () => {
    expect(problemAt(validateModuleDraft(draft({ durationMinutes: '0' }), []), 'durationMinutes')).toEqual({
      path: 'durationMinutes',
      code: 'wholeNumber',
      min: 1,
      max: 600
    });
  });

  it.each<[string, Partial<IModuleDraft>, string[]]>([
    ['pass mark missing', { passMark: '' }, ['passMark:required']],
    ['pass mark 0', { passMark: '0' }, ['passMark:wholeNumber']],
    ['pass mark 101', { passMark: '101' }, ['passMark:wholeNumber']],
    ['pass mark 100', { passMark: '100' }, []],
    ['attempts empty (unlimited)', { maxAttempts: '' }, []],
    ['attempts 0', { maxAttempts: '0' }, ['maxAttempts:wholeNumber']],
    ['attempts 21', { maxAttempts: '21' }, ['maxAttempts:wholeNumber']],
    ['attempts 20', { maxAttempts: '20' }, []],
    ['no questions', { questions: [] }, ['questions:noQuestions']],
    ['question without text', { questions: [{ id: 'q1', text: ' ', options: ['a', 'b'], answer: 0 }] }, ['questions.0.text:required']],
    ['one option', { questions: [{ id: 'q1', text: 'Q', options: ['a'], answer: 0 }] }, ['questions.0.options:tooFewOptions']],
    ['empty option', { questions: [{ id: 'q1', text: 'Q', options: ['a', ''], answer: 0 }] }, ['questions.0.options.1:required']],
    ['no correct answer', { questions: [{ id: 'q1', text: 'Q', options: ['a', 'b'], answer: undefined }] }, ['questions.0.answer:noAnswer']],
    ['answer out of range', { questions: [{ id: 'q1', text: 'Q', options: ['a', 'b'], answer: 2 }] }, ['questions.0.answer:noAnswer']],
    [
      'problems in the second question are placed on it',
      {
        questions: [
          { id: 'q1', text: 'Q', options: ['a', 'b'], answer: 1 },
          { id: 'q2', text: '', options: [], answer: undefined }
        ]
      },
      ['questions.1.text:required', 'questions.1.options:tooFewOptions', 'questions.1.answer:noAnswer']
    ]
  ])('knowledge check: %s', (_name, overrides, expected) => {
    expect(codes(validateModuleDraft(withCheck(overrides), []))).toEqual(expected);
  });

  it('lists every problem, top to bottom', () => {
    const problems = validateModuleDraft(withCheck({ title: '', key: 'X', dueWithinDays: 'soon', passMark: '', questions: [] }), []);
    expect(problems.map((p) => p.path)).toEqual<DraftPath[]>(['title', 'key', 'dueWithinDays', 'passMark', 'questions']);
  });
});

describe('small rules', () => {
  it.each<[string, number | undefined]>([
    ['30', 30],
    [' 30 ', 30],
    ['+5', 5],
    ['-5', -5],
    ['3o', undefined],
    ['1e2', undefined],
    ['', undefined],
    ['1.0', undefined],
    ['9999999999', undefined]
  ])('reads %j as a whole number: %j', (text, expected) => {
    expect(parseWhole(text)).toBe(expected);
  });

  it('trims audience lines, drops empty ones and repeats', () => {
    expect(audienceLines('  Contact management \r\n\n Crime\ncontact management\n   ')).toEqual(['Contact management', 'Crime']);
    expect(audienceLines('')).toEqual([]);
    expect(cleanList([' Kent', 'kent', '', 'Essex '])).toEqual(['Kent', 'Essex']);
  });

  it('accepts only https addresses', () => {
    expect(isHttpsUrl('https://learning.example/a?b=c')).toBe(true);
    expect(isHttpsUrl('HTTPS://learning.example/')).toBe(true);
    expect(isHttpsUrl('http://learning.example/')).toBe(false);
    expect(isHttpsUrl('ftp://learning.example/')).toBe(false);
    expect(isHttpsUrl('/sites/learning')).toBe(false);
  });

  it('gives new questions ids not already used', () => {
    expect(newQuestionId([])).toBe('q1');
    expect(newQuestionId([{ id: 'q1' }, { id: 'q2' }])).toBe('q3');
    expect(newQuestionId([{ id: 'q3' }, { id: 'x' }, { id: 'q4' }])).toBe('q5');
    expect(blankQuestion([{ id: 'q1' }])).toEqual({ id: 'q2', text: '', options: ['', ''], answer: undefined });
  });

  it('keeps the correct answer on its option when another option is removed', () => {
    const q = { id: 'q1', text: 'Q', options: ['a', 'b', 'c'], answer: 2 };
    expect(removeOption(q, 0)).toEqual({ ...q, options: ['b', 'c'], answer: 1 });
    expect(removeOption(q, 2)).toEqual({ ...q, options: ['a', 'b'], answer: undefined });
    expect(removeOption({ ...q, answer: 0 }, 1)).toEqual({ ...q, options: ['a', 'c'], answer: 0 });
  });

  it('stores questions trimmed, and never two with one id', () => {
    const stored = questionsToStore([
      { id: 'q1', text: ' A ', options: [' x ', 'y'], answer: 1 },
      { id: 'q1', text: 'B', options: ['x', 'y'], answer: 0 },
      { id: '', text: 'C', options: ['x', 'y'], answer: 0 }
    ]);
    expect(stored.map((q) => [q.text, q.options.join('|'), q.answer])).toEqual([
      ['A', 'x|y', 1],
      ['B', 'x|y', 0],
      ['C', 'x|y', 0]
    ]);
    expect(stored[0].id).toBe('q1');
    expect(new Set(stored.map((q) => q.id)).size).toBe(3);
    expect(stored.every((q) => q.id !== '')).toBe(true);
  });
});

describe('turning a draft into list values', () => {
  it('writes a new module with its audience cleaned, active, and no check or policy', () => {
    const item = moduleToItem(
      draft({
        title: '  How to use Copilot ',
        key: ' copilot-basics ',
        description: ' Step by step. ',
        contentUrl: ' https://learning.example/copilot ',
        durationMinutes: '30',
        forces: ['Kent', ' kent ', 'Joint'],
        workerTypes: ['Officer', 'Staff'],
        departments: ' Contact management \n\n Crime ',
        grades: '',
        jobTitles: 'Call handler',
        dueWithinDays: '14',
        refreshMonths: '12'
      })
    );
    expect(item).toEqual({
      title: 'How to use Copilot',
      key: 'copilot-basics',
      description: 'Step by step.',
      contentUrl: { url: 'https://learning.example/copilot', description: '' },
      durationMinutes: 30,
      mandatory: true,
      active: true,
      sortOrder: null,
      forces: ['Kent', 'Joint'],
      workerTypes: ['Officer', 'Staff'],
      departments: 'Contact management\nCrime',
      grades: null,
      jobTitles: 'Call handler',
      dueWithinDays: 14,
      assignedOn: TODAY,
      refreshMonths: 12,
      policyVersion: null,
      policyPublishedOn: null,
      passMark: null,
      maxAttempts: null,
      questions: null
    });
  });

  it('starts a policy module at version 1, published the day it is assigned', () => {
    expect(moduleToItem(draft({ policy: true, assignedOn: '2026-12-01' }))).toMatchObject({ policyVersion: 1, policyPublishedOn: '2026-12-01' });
  });

  it('writes the knowledge check as JSON the learner\u2019s side reads back', () => {
    const item = moduleToItem(withCheck({ maxAttempts: '3' }));
    expect(item).toMatchObject({ passMark: 80, maxAttempts: 3 });
    expect(JSON.parse(item.questions ?? '')).toEqual([{ id: 'q1', text: 'Copilot can invent facts.', options: ['True', 'False'], answer: 0 }]);
  });

  it('never writes the code, the active flag or the policy version when editing', () => {
    const patch = modulePatch(draft({ policy: true }));
    expect(Object.keys(patch)).not.toEqual(expect.arrayContaining(['key']));
    expect('key' in patch || 'active' in patch || 'policyVersion' in patch || 'policyPublishedOn' in patch || 'clientId' in patch).toBe(false);
  });

  it('clears the check\u2019s columns when the check is turned off', () => {
    expect(modulePatch(withCheck({ knowledgeCheck: false }))).toMatchObject({ passMark: null, maxAttempts: null, questions: null });
  });

  it('refuses to convert a draft that does not validate', () => {
    expect(() => moduleToItem(draft({ title: '' }))).toThrow(InvalidModuleDraftError);
    expect(() => modulePatch(draft({ dueWithinDays: 'x' }))).toThrow(InvalidModuleDraftError);
  });

  it('round-trips a module through the draft and the list item', () => {
    const module = trainingModule({
      audience: { forces: ['Kent'], workerTypes: ['Officer'], departments: ['Crime'], grades: ['Sergeant', 'Inspector'], jobTitles: [] },
      refreshMonths: 12,
      policy: { version: 1, publishedOn: '2026-10-01' },
      knowledgeCheck: { passMark: 100, maxAttempts: undefined, questions: [{ id: 'a', text: 'Q?', options: ['Yes', 'No'], answer: 1 }] }
    });
    const values = moduleToItem(draftFromModule(module, 3));
    const item = { ...values, id: 1, etag: '"1"', created: new Date(), modified: new Date(), author: null, editor: null, moderationStatus: null, clientId: null } as TrainingModuleItem;
    expect(moduleFromItem(item)).toEqual(module);
    expect(values.sortOrder).toBe(3);
  });

  it('makes a draft of a module with no check that validates as it is', () => {
    const d = draftFromModule(trainingModule({ durationMinutes: undefined, contentUrl: undefined }), null);
    expect(d).toMatchObject({ durationMinutes: '', contentUrl: '', sortOrder: '', knowledgeCheck: false, passMark: '80', questions: [] });
    expect(validateModuleDraft(d, [], 'edit')).toEqual([]);
  });
});
