import type { IQuestionnaire, IShowIf, Question } from './types';

/** Tasks whose time saved (net of checking) the evaluation measures. Order is the order shown. */
export const COPILOT_TASKS = [
  'drafting',
  'summarising',
  'meetingNotes',
  'searching',
  'email',
  'scheduling',
  'spreadsheetAnalysis',
  'presentations'
] as const;
export type CopilotTask = (typeof COPILOT_TASKS)[number];

export const FREQUENCY_OPTIONS: readonly string[] = ['daily', 'severalTimesAWeek', 'weekly', 'lessThanWeekly', 'never'];

/** Upper bound of minutes per task per week (10 hours): beyond that the answer is more likely a typo. */
export const MAX_TASK_MINUTES_PER_WEEK: number = 600;
/** Upper bound of times a week someone uses Copilot for one task (20 a working day). */
export const MAX_TASK_USES_PER_WEEK: number = 100;
export const COMMENT_MAX_LENGTH: number = 2000;

export const QUESTION_IDS = {
  frequency: 'frequency',
  impactProductive: 'impactProductive',
  impactFaster: 'impactFaster',
  impactLessEffort: 'impactLessEffort',
  impactQuality: 'impactQuality',
  wellbeingWorkload: 'wellbeingWorkload',
  wellbeingSatisfaction: 'wellbeingSatisfaction',
  usabilityEase: 'usabilityEase',
  usabilityConfidence: 'usabilityConfidence',
  usabilityBarriers: 'usabilityBarriers',
  comment: 'comment'
} as const;

export function minutesSavedId(task: CopilotTask): string {
  return `minutesSaved.${task}`;
}

export function minutesCheckingId(task: CopilotTask): string {
  return `minutesChecking.${task}`;
}

/** How many times in a typical week the person used Copilot for the task: turns the weekly minutes into minutes per use. */
export function usesPerWeekId(task: CopilotTask): string {
  return `usesPerWeek.${task}`;
}

export function taskCommentId(task: CopilotTask): string {
  return `taskComment.${task}`;
}

// Everything about using Copilot is asked only of people who use it (baseline respondents may not yet).
const usesCopilot: IShowIf = { questionId: QUESTION_IDS.frequency, anyOf: FREQUENCY_OPTIONS.filter((o) => o !== 'never') };

function likert(id: string, required: boolean = true): Question {
  return { id, kind: 'likert', required, showIf: usesCopilot };
}

function taskQuestions(task: CopilotTask): Question[] {
  const minutes = { kind: 'number' as const, required: false, min: 0, max: MAX_TASK_MINUTES_PER_WEEK, integer: true, showIf: usesCopilot };
  return [
    { id: minutesSavedId(task), ...minutes },
    { id: minutesCheckingId(task), ...minutes },
    { id: usesPerWeekId(task), kind: 'number', required: false, min: 0, max: MAX_TASK_USES_PER_WEEK, integer: true, showIf: usesCopilot },
    { id: taskCommentId(task), kind: 'text', required: false, maxLength: COMMENT_MAX_LENGTH, showIf: usesCopilot }
  ];
}

/** The ready-made Copilot evaluation questionnaire. Question and option ids are stable: never rename them. */
export function copilotTemplate(id: string = 'copilot-evaluation'): IQuestionnaire {
  return {
    id,
    sections: [
      { id: 'use', questions: [{ id: QUESTION_IDS.frequency, kind: 'single', required: true, options: FREQUENCY_OPTIONS }] },
      {
        id: 'impact',
        questions: [likert(QUESTION_IDS.impactProductive), likert(QUESTION_IDS.impactFaster), likert(QUESTION_IDS.impactLessEffort), likert(QUESTION_IDS.impactQuality)]
      },
      { id: 'wellbeing', questions: [likert(QUESTION_IDS.wellbeingWorkload), likert(QUESTION_IDS.wellbeingSatisfaction)] },
      {
        id: 'usability',
        questions: [
          likert(QUESTION_IDS.usabilityEase),
          likert(QUESTION_IDS.usabilityConfidence),
          {
            id: QUESTION_IDS.usabilityBarriers,
            kind: 'multiple',
            required: false,
            options: ['accuracy', 'training', 'time', 'access', 'trust', 'other'],
            maxChoices: 3,
            showIf: usesCopilot
          }
        ]
      },
      { id: 'tasks', questions: COPILOT_TASKS.map(taskQuestions).reduce((all, qs) => all.concat(qs), [] as Question[]) },
      { id: 'comments', questions: [{ id: QUESTION_IDS.comment, kind: 'text', required: false, maxLength: COMMENT_MAX_LENGTH }] }
    ]
  };
}
