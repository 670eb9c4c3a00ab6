import { templateDefinition, validateDefinition } from '../../../../domain/survey/definition';
import { QUESTION_IDS } from '../../../../domain/survey/template';
import { seededRandom } from '../../../../domain/survey/testing';
import {
  addQuestion,
  addSection,
  addWave,
  definitionFromDraft,
  draftFromDefinition,
  moveQuestion,
  moveSection,
  optionLines,
  parseNumber,
  planWaves,
  questionsBefore,
  removeQuestion,
  removeSection,
  restoreQuestion,
  restoreSection,
  unusedWaveKinds,
  updateQuestion,
  type ISurveyDraft
} from './builderDraft';

const template = templateDefinition('2026-09-07', { key: 'copilot-2027', title: 'Copilot evaluation 2027' });

function ids(draft: ISurveyDraft, section: number): string[] {
  return draft.sections[section].questions.map((q) => q.id);
}

describe('the builder draft', () => {
  it('round-trips the template exactly', () => {
    expect(definitionFromDraft(draftFromDefinition(template))).toEqual(template);
  });

  it('keeps numbers as typed and reads them only when they are numbers', () => {
    expect([parseNumber(' 10 '), parseNumber('-2.5'), parseNumber('.5'), parseNumber('+3')]).toEqual([10, -2.5, 0.5, 3]);
    for (const text of ['', ' ', '1o', '1,000', '1e3', '0x10']) expect(parseNumber(text)).toBeNaN();
    const draft = { ...draftFromDefinition(template), minGroupSize: '1o' };
    expect(draft.minGroupSize).toBe('1o');
    expect(validateDefinition(definitionFromDraft(draft), { mode: 'create', existingKeys: [] })).toEqual([{ path: 'minGroupSize', code: 'minGroupSize', min: 2, max: 100 }]);
  });

  it('reads options one per line, trimmed, blank lines dropped, duplicates kept to be reported', () => {
    expect(optionLines(' Response \n\nInvestigation\r\nResponse\n  ')).toEqual(['Response', 'Investigation', 'Response']);
  });

  it('adds a custom question with a fresh id that was never used, and an empty "any number" choice limit', () => {
    const draft = draftFromDefinition(template);
    const retired = ['q-old'];
    const { draft: next, at } = addQuestion(draft, 5, 'multiple', retired, seededRandom(2));
    const added = next.sections[5].questions[at.question];
    expect(at).toEqual({ section: 5, question: 1 });
    expect(added).toMatchObject({ kind: 'multiple', builtIn: false, text: '', optionsText: '', maxChoices: '' });
    expect(added.id).toMatch(/^q-[a-z0-9]{8}$/);
    expect(retired.concat(ids(draft, 5))).not.toContain(added.id);
    const worded = updateQuestion(next, at, { text: 'Which teams?', optionsText: 'Response\nInvestigation' });
    const question = definitionFromDraft(worded).questionnaire.sections[5].questions[1];
    expect(question).toEqual({ id: added.id, kind: 'multiple', required: true, text: 'Which teams?', options: ['Response', 'Investigation'] });
  });

  it('moves a question within its section and across into the next or previous one', () => {
    const draft = draftFromDefinition(template);
    const down = moveQuestion(draft, { section: 1, question: 0 }, 1);
    expect(down?.at).toEqual({ section: 1, question: 1 });
    expect(ids(down!.draft, 1).slice(0, 2)).toEqual([QUESTION_IDS.impactFaster, QUESTION_IDS.impactProductive]);
    // Past the bottom of "use" it becomes the first of "impact"; past the top of "impact", the last of "use".
    const across = moveQuestion(draft, { section: 0, question: 0 }, 1);
    expect(across?.at).toEqual({ section: 1, question: 0 });
    expect(ids(across!.draft, 0)).toEqual([]);
    expect(ids(across!.draft, 1)[0]).toBe(QUESTION_IDS.frequency);
    const back = moveQuestion(draft, { section: 1, question: 0 }, -1);
    expect(back?.at).toEqual({ section: 0, question: 1 });
    expect(ids(back!.draft, 0)).toEqual([QUESTION_IDS.frequency, QUESTION_IDS.impactProductive]);
    expect(moveQuestion(draft, { section: 0, question: 0 }, -1)).toBeUndefined();
    const last = draft.sections.length - 1;
    expect(moveQuestion(draft, { section: last, question: draft.sections[last].questions.length - 1 }, 1)).toBeUndefined();
  });

  it('puts a removed question or section back where it was', () => {
    const draft = draftFromDefinition(template);
    const question = draft.sections[1].questions[2];
    const removed = removeQuestion(draft, { section: 1, question: 2 });
    expect(ids(removed, 1)).not.toContain(question.id);
    expect(restoreQuestion(removed, 'impact', 2, question)).toEqual(draft);
    expect(restoreQuestion(removed, 'gone', 2, question)).toBeUndefined();
    const section = draft.sections[2];
    expect(restoreSection(removeSection(draft, 2), 2, section)).toEqual(draft);
  });

  it('adds and moves sections with fresh ids', () => {
    const draft = draftFromDefinition(template);
    const added = addSection(draft, ['s-retired'], seededRandom(4));
    const fresh = added.sections[added.sections.length - 1];
    expect(fresh.id).toMatch(/^s-[a-z0-9]{8}$/);
    expect(fresh.questions).toEqual([]);
    expect(moveSection(draft, 0, 1)?.sections.map((s) => s.id).slice(0, 2)).toEqual(['impact', 'use']);
    expect(moveSection(draft, 0, -1)).toBeUndefined();
  });

  it('adds the next unused wave from the baseline, and plans all four from it', () => {
    const draft: ISurveyDraft = { ...draftFromDefinition(template), waves: [{ id: 'baseline', kind: 'baseline', opensOn: '2027-01-04', closesOn: '2027-01-29' }] };
    expect(unusedWaveKinds(draft)).toEqual(['month1', 'month3', 'month6']);
    const added = addWave(draft, '2026-11-23');
    expect(added?.waves[1]).toEqual({ id: 'month1', kind: 'month1', opensOn: '2027-02-04', closesOn: '2027-03-03' });
    const noBaseline = addWave({ ...draft, waves: [] }, '2026-11-23');
    expect(noBaseline?.waves).toEqual([{ id: 'baseline', kind: 'baseline', opensOn: '2026-11-23', closesOn: '2026-12-20' }]);
    const planned = planWaves({ ...draft, waves: [...draft.waves, { id: 'm3-kept', kind: 'month3', opensOn: 'soon', closesOn: '' }] });
    expect(planned?.waves).toEqual([
      { id: 'baseline', kind: 'baseline', opensOn: '2027-01-04', closesOn: '2027-01-29' },
      { id: 'month1', kind: 'month1', opensOn: '2027-02-04', closesOn: '2027-03-03' },
      { id: 'm3-kept', kind: 'month3', opensOn: '2027-04-04', closesOn: '2027-05-01' },
      { id: 'month6', kind: 'month6', opensOn: '2027-07-04', closesOn: '2027-07-31' }
    ]);
    expect(planWaves({ ...draft, waves: [{ id: 'baseline', kind: 'baseline', opensOn: '4 Jan', closesOn: '' }] })).toBeUndefined();
    const full = planned as ISurveyDraft;
    expect(addWave(full, '2026-11-23')).toBeUndefined();
  });

  it('lists the questions before a place, across sections', () => {
    const draft = draftFromDefinition(template);
    expect(questionsBefore(draft, { section: 1, question: 1 }).map((q) => q.id)).toEqual([QUESTION_IDS.frequency, QUESTION_IDS.impactProductive]);
    expect(questionsBefore(draft, { section: 0, question: 0 })).toEqual([]);
  });
});
