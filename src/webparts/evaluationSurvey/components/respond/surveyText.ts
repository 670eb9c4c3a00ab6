import * as strings from 'SuiteStrings';
import { COPILOT_TASKS, QUESTION_IDS, minutesCheckingId, minutesSavedId, taskCommentId, usesPerWeekId, type CopilotTask } from '../../../../domain/survey/template';
import type { IAnswerProblem, Question, WaveKind } from '../../../../domain/survey/types';
import { formatText } from '../../../../ui/format/text';

const TASK_NAMES: Readonly<Record<CopilotTask, string>> = {
  drafting: strings.SurveyTaskDrafting,
  summarising: strings.SurveyTaskSummarising,
  meetingNotes: strings.SurveyTaskMeetingNotes,
  searching: strings.SurveyTaskSearching,
  email: strings.SurveyTaskEmail,
  scheduling: strings.SurveyTaskScheduling,
  spreadsheetAnalysis: strings.SurveyTaskSpreadsheetAnalysis,
  presentations: strings.SurveyTaskPresentations
};

const QUESTIONS: Record<string, string> = ((): Record<string, string> => {
  const texts: Record<string, string> = {
    [QUESTION_IDS.frequency]: strings.SurveyQFrequency,
    [QUESTION_IDS.impactProductive]: strings.SurveyQImpactProductive,
    [QUESTION_IDS.impactFaster]: strings.SurveyQImpactFaster,
    [QUESTION_IDS.impactLessEffort]: strings.SurveyQImpactLessEffort,
    [QUESTION_IDS.impactQuality]: strings.SurveyQImpactQuality,
    [QUESTION_IDS.wellbeingWorkload]: strings.SurveyQWellbeingWorkload,
    [QUESTION_IDS.wellbeingSatisfaction]: strings.SurveyQWellbeingSatisfaction,
    [QUESTION_IDS.usabilityEase]: strings.SurveyQUsabilityEase,
    [QUESTION_IDS.usabilityConfidence]: strings.SurveyQUsabilityConfidence,
    [QUESTION_IDS.usabilityBarriers]: strings.SurveyQUsabilityBarriers,
    [QUESTION_IDS.comment]: strings.SurveyQComment
  };
  for (const task of COPILOT_TASKS) {
    texts[minutesSavedId(task)] = formatText(strings.SurveyQMinutesSaved, TASK_NAMES[task]);
    texts[minutesCheckingId(task)] = formatText(strings.SurveyQMinutesChecking, TASK_NAMES[task]);
    texts[usesPerWeekId(task)] = formatText(strings.SurveyQUsesPerWeek, TASK_NAMES[task]);
    texts[taskCommentId(task)] = formatText(strings.SurveyQTaskComment, TASK_NAMES[task]);
  }
  return texts;
})();

const OPTIONS: Record<string, Record<string, string>> = {
  [QUESTION_IDS.frequency]: {
    daily: strings.SurveyOptFrequencyDaily,
    severalTimesAWeek: strings.SurveyOptFrequencySeveralTimesAWeek,
    weekly: strings.SurveyOptFrequencyWeekly,
    lessThanWeekly: strings.SurveyOptFrequencyLessThanWeekly,
    never: strings.SurveyOptFrequencyNever
  },
  [QUESTION_IDS.usabilityBarriers]: {
    accuracy: strings.SurveyOptBarrierAccuracy,
    training: strings.SurveyOptBarrierTraining,
    time: strings.SurveyOptBarrierTime,
    access: strings.SurveyOptBarrierAccess,
    trust: strings.SurveyOptBarrierTrust,
    other: strings.SurveyOptBarrierOther
  }
};

const SECTIONS: Record<string, string> = {
  use: strings.SurveySectionUse,
  impact: strings.SurveySectionImpact,
  wellbeing: strings.SurveySectionWellbeing,
  usability: strings.SurveySectionUsability,
  tasks: strings.SurveySectionTasks,
  comments: strings.SurveySectionComments
};

const LIKERT: Record<number, string> = {
  1: strings.SurveyLikert1,
  2: strings.SurveyLikert2,
  3: strings.SurveyLikert3,
  4: strings.SurveyLikert4,
  5: strings.SurveyLikert5
};

const WAVES: Record<WaveKind, string> = {
  baseline: strings.SurveyWaveBaseline,
  month1: strings.SurveyWaveMonth1,
  month3: strings.SurveyWaveMonth3,
  month6: strings.SurveyWaveMonth6
};

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** A Copilot task's localised name, e.g. "Drafting documents". */
export function taskName(task: CopilotTask): string {
  return TASK_NAMES[task] ?? task;
}

/** A template question's localised wording by its stable id; a custom question's own text; else its id. */
export function questionText(questionId: string, ownText?: string): string {
  if (has(QUESTIONS, questionId)) return QUESTIONS[questionId];
  return ownText !== undefined && ownText.trim() !== '' ? ownText : questionId;
}

/** A template option's localised wording; a custom option shows its id (leads write ids as wording). */
export function optionText(questionId: string, optionId: string): string {
  const options = has(OPTIONS, questionId) ? OPTIONS[questionId] : undefined;
  return options !== undefined && has(options, optionId) ? options[optionId] : optionId;
}

/** A section heading: the template's by id, otherwise "Section n" (1-based). */
export function sectionTitle(sectionId: string, index: number): string {
  return has(SECTIONS, sectionId) ? SECTIONS[sectionId] : formatText(strings.SurveySectionNumbered, index + 1);
}

/** An introduction under a section heading, where the template has one. */
export function sectionIntro(sectionId: string): string | undefined {
  return sectionId === 'tasks' ? strings.SurveySectionTasksIntro : undefined;
}

export function likertText(value: number): string {
  return LIKERT[value] ?? String(value);
}

/** A wave as a noun phrase: "the one-month survey". */
export function waveName(kind: WaveKind): string {
  return WAVES[kind] ?? kind;
}

/** Upper-cases the first letter, for a wave name starting a sentence. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/** The specific message for a problem with an answer, e.g. "Enter a whole number from 0 to 600.". */
export function problemText(problem: IAnswerProblem, question: Question | undefined, value: unknown, locale: string): string {
  const n = (v: number): string => formatNumber(v, locale);
  switch (problem.code) {
    case 'required':
      return strings.SurveyProblemRequired;
    case 'outOfRange':
    case 'notAWholeNumber':
    case 'notANumber': {
      const min = question?.kind === 'number' ? question.min : problem.min ?? 0;
      const max = question?.kind === 'number' ? question.max : problem.max ?? 0;
      const integer = question?.kind === 'number' ? question.integer : true;
      return formatText(integer ? strings.SurveyProblemWholeNumberRange : strings.SurveyProblemNumberRange, n(min), n(max));
    }
    case 'tooLong': {
      const max = question?.kind === 'text' ? question.maxLength : problem.max ?? 0;
      return formatText(strings.SurveyProblemTooLong, n(max), n(typeof value === 'string' ? value.length : 0));
    }
    case 'tooManyChoices':
      return formatText(strings.SurveyProblemTooManyChoices, n(problem.max ?? (question?.kind === 'multiple' ? question.maxChoices ?? 0 : 0)));
    case 'notText':
      return strings.SurveyProblemNotText;
    default:
      return strings.SurveyProblemNotAnOption;
  }
}
