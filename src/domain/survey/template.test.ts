import { COPILOT_TASKS, MAX_TASK_MINUTES_PER_WEEK, MAX_TASK_USES_PER_WEEK, copilotTemplate, minutesCheckingId, minutesSavedId, taskCommentId, usesPerWeekId } from './template';
import { allQuestions, findQuestion, validateAnswers } from './validation';
import { copilotAnswers } from './testing';

describe('the Copilot evaluation template', () => {
  const template = copilotTemplate();
  const ids = allQuestions(template).map((q) => q.id);

  it('has stable, unique question ids in a fixed order', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 11)).toEqual([
      'frequency',
      'impactProductive',
      'impactFaster',
      'impactLessEffort',
      'impactQuality',
      'wellbeingWorkload',
      'wellbeingSatisfaction',
      'usabilityEase',
      'usabilityConfidence',
      'usabilityBarriers',
      'minutesSaved.drafting'
    ]);
    expect(ids[ids.length - 1]).toBe('comment');
    expect(ids).toHaveLength(11 + COPILOT_TASKS.length * 4);
  });

  it('asks about the eight tasks', () => {
    expect(COPILOT_TASKS).toEqual(['drafting', 'summarising', 'meetingNotes', 'searching', 'email', 'scheduling', 'spreadsheetAnalysis', 'presentations']);
  });

  it.each(COPILOT_TASKS.map((t) => [t]))('asks minutes saved and checking for %s as optional whole numbers 0–600, times used 0–100, and a comment', (task) => {
    for (const id of [minutesSavedId(task), minutesCheckingId(task)]) {
      expect(findQuestion(template, id)).toMatchObject({ kind: 'number', min: 0, max: MAX_TASK_MINUTES_PER_WEEK, integer: true, required: false });
    }
    expect(findQuestion(template, taskCommentId(task))).toMatchObject({ kind: 'text', required: false, maxLength: 2000 });
    // How often, so the weekly minutes become minutes per use (the solutions catalogue's measured figure).
    expect(findQuestion(template, usesPerWeekId(task))).toMatchObject({ kind: 'number', min: 0, max: MAX_TASK_USES_PER_WEEK, integer: true, required: false });
  });

  it('asks the four impact statements as required Likert items', () => {
    for (const id of ['impactProductive', 'impactFaster', 'impactLessEffort', 'impactQuality']) {
      expect(findQuestion(template, id)).toMatchObject({ kind: 'likert', required: true });
    }
  });

  it('only makes frequency required of someone who never uses Copilot', () => {
    expect(validateAnswers(template, {})).toEqual([{ questionId: 'frequency', code: 'required' }]);
    expect(validateAnswers(template, { frequency: 'never' })).toEqual([]);
  });

  it('requires the Likert items of a user', () => {
    expect(validateAnswers(template, { frequency: 'weekly' }).map((p) => p.questionId)).toEqual([
      'impactProductive',
      'impactFaster',
      'impactLessEffort',
      'impactQuality',
      'wellbeingWorkload',
      'wellbeingSatisfaction',
      'usabilityEase',
      'usabilityConfidence'
    ]);
    expect(validateAnswers(template, copilotAnswers())).toEqual([]);
  });

  it('takes its id from the caller', () => {
    expect(copilotTemplate('kent-2027').id).toBe('kent-2027');
  });
});
