/**
 * The evaluation survey domain: questionnaires, waves, responses and the aggregates they add up to.
 * Pure data; no SharePoint, no React, no English: questions, options and problems are stable ids and
 * codes that the UI localises. Dates are calendar days (`yyyy-mm-dd`, UK local) unless named *At
 * (ISO instants, as SharePoint stamps them).
 */
import type { Day, WorkerType } from '../training/types';

export type { Day, WorkerType };

/** "Show this question only if an earlier question's answer is one of these" (choice or Likert answers). */
export interface IShowIf {
  questionId: string;
  /** Option ids (single or multiple choice: any chosen matches) or Likert values. */
  anyOf: readonly (string | number)[];
}

interface IQuestionBase {
  /** Stable id (never renamed): answers and the loc keys refer to it. */
  id: string;
  required: boolean;
  showIf?: IShowIf;
  /** Wording written by an evaluation lead for a custom question; template questions are localised by id. */
  text?: string;
}

export interface ILikertQuestion extends IQuestionBase {
  kind: 'likert';
}

export interface ISingleChoiceQuestion extends IQuestionBase {
  kind: 'single';
  /** Stable option ids. */
  options: readonly string[];
}

export interface IMultipleChoiceQuestion extends IQuestionBase {
  kind: 'multiple';
  options: readonly string[];
  /** At most this many choices; undefined means any number. */
  maxChoices?: number;
}

export interface INumberQuestion extends IQuestionBase {
  kind: 'number';
  min: number;
  max: number;
  /** Whole numbers only (minutes, counts). */
  integer: boolean;
}

export interface ITextQuestion extends IQuestionBase {
  kind: 'text';
  maxLength: number;
}

export type Question = ILikertQuestion | ISingleChoiceQuestion | IMultipleChoiceQuestion | INumberQuestion | ITextQuestion;
export type QuestionKind = Question['kind'];

export const LIKERT_VALUES: readonly number[] = [1, 2, 3, 4, 5];

export interface ISection {
  id: string;
  questions: readonly Question[];
}

export interface IQuestionnaire {
  id: string;
  sections: readonly ISection[];
}

export type WaveKind = 'baseline' | 'month1' | 'month3' | 'month6';

/** One run of a questionnaire; every wave of an evaluation reuses the same questionnaire. */
export interface IWave {
  id: string;
  questionnaireId: string;
  kind: WaveKind;
  opensOn: Day;
  /** Last day responses count (inclusive). */
  closesOn: Day;
}

/** Likert value, option id, chosen option ids, number or text. */
export type AnswerValue = number | string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export type ProblemCode = 'required' | 'outOfRange' | 'notAWholeNumber' | 'tooLong' | 'notAnOption' | 'tooManyChoices' | 'notANumber' | 'notText';

export interface IAnswerProblem {
  questionId: string;
  code: ProblemCode;
  min?: number;
  max?: number;
}

/** Where a respondent is counted. */
export interface IRespondentUnit {
  force: string;
  department: string;
  grade: string;
  workerType: WorkerType;
  role: string;
}

export type ResponseStatus = 'draft' | 'submitted';

/** One list item. SharePoint cannot stop a second item per person per wave; `countedResponses` decides. */
export interface IResponse {
  respondentUpn: string;
  waveId: string;
  status: ResponseStatus;
  /** ISO instant; undefined for drafts. */
  submittedAt: string | undefined;
  answers: Answers;
  unit: IRespondentUnit;
}
