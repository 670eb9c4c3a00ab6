/**
 * The words of the survey builder: problems of a definition and where they are, question kinds, wave
 * states, and the element ids the problem summary links to. Pure functions of the localised strings.
 */
import * as strings from 'SuiteStrings';
import { NOTE_COLUMN_LIMIT, placeOf, type IDefinitionProblem, type ISurveyDefinition } from '../../../../domain/survey/definition';
import { addDays } from '../../../../domain/training/days';
import type { IWave, Question, QuestionKind, WaveKind } from '../../../../domain/survey/types';
import { allQuestions } from '../../../../domain/survey/validation';
import { formatDay, formatText } from '../../../../ui/format/text';
import { likertText, optionText, questionText, sectionTitle, sentenceStart, waveName } from '../respond/surveyText';

/** The element id of the control a problem path belongs to (no dots: ids are used in selectors). */
export function builderFieldId(idPrefix: string, path: string): string {
  return `${idPrefix}-svb-${path.replace(/\./g, '-')}`;
}

const KINDS: Record<QuestionKind, string> = {
  likert: strings.SurveyBuilderKindLikert,
  single: strings.SurveyBuilderKindSingle,
  multiple: strings.SurveyBuilderKindMultiple,
  number: strings.SurveyBuilderKindNumber,
  text: strings.SurveyBuilderKindText
};

export const QUESTION_KINDS: readonly QuestionKind[] = ['likert', 'single', 'multiple', 'number', 'text'];

export function kindLabel(kind: QuestionKind): string {
  return KINDS[kind] ?? kind;
}

/** A question's wording as respondents see it, or a placeholder while a new question has none. */
export function questionLabel(id: string, text: string | undefined): string {
  const shown = questionText(id, text);
  return shown === id && (text ?? '').trim() === '' ? strings.SurveyBuilderNoWording : shown;
}

/** A wave for a heading or list: "Baseline survey". */
export function waveTitle(kind: WaveKind): string {
  return sentenceStart(waveName(kind));
}

export type WaveState = 'open' | 'closed' | 'upcoming';

export function waveState(wave: Pick<IWave, 'opensOn' | 'closesOn'>, today: string): WaveState {
  if (today < wave.opensOn) return 'upcoming';
  return today > wave.closesOn ? 'closed' : 'open';
}

export function waveStateText(state: WaveState): string {
  return state === 'open' ? strings.SurveyBuilderWaveOpen : state === 'closed' ? strings.SurveyBuilderWaveClosed : strings.SurveyBuilderWaveUpcoming;
}

function day(value: string | undefined, locale: string): string {
  return value !== undefined ? formatDay(value, locale) : '';
}

/** A branching value in words: a Likert point's label or an option's text. */
function branchValueText(definition: ISurveyDefinition, path: string, value: string): string {
  const place = placeOf(path);
  const question = place.section !== undefined && place.question !== undefined ? definition.questionnaire.sections[place.section]?.questions[place.question] : undefined;
  const target = question?.showIf !== undefined ? allQuestions(definition.questionnaire).filter((q) => q.id === question.showIf?.questionId)[0] : undefined;
  if (target?.kind === 'likert' && /^\d+$/.test(value)) return likertText(Number(value));
  return target !== undefined ? optionText(target.id, value) : value;
}

function questionById(definition: ISurveyDefinition, id: string | undefined): Question | undefined {
  return allQuestions(definition.questionnaire).filter((q) => q.id === id)[0];
}

function required(path: string): string {
  const place = placeOf(path);
  if (place.field === 'title') return strings.SurveyBuilderProblemTitleRequired;
  if (place.field === 'key') return strings.SurveyBuilderProblemKeyRequired;
  if (place.field === 'forces') return strings.SurveyBuilderProblemForceBlank;
  if (place.part === 'text') return strings.SurveyBuilderProblemTextRequired;
  if (place.part === 'opensOn') return strings.SurveyBuilderProblemOpensRequired;
  if (place.part === 'closesOn') return strings.SurveyBuilderProblemClosesRequired;
  return strings.SurveyBuilderProblemRequired;
}

/** The specific message of a problem, as shown on its field and in the summary. */
export function problemMessage(problem: IDefinitionProblem, definition: ISurveyDefinition, locale: string, exampleDay: string): string {
  const n = (v: number | undefined): string => (v ?? 0).toLocaleString(locale);
  const label = (id: string | undefined): string => {
    const q = questionById(definition, id);
    return q !== undefined ? questionLabel(q.id, q.text) : (id ?? '');
  };
  switch (problem.code) {
    case 'required':
      return required(problem.path);
    case 'tooLong':
      return formatText(placeOf(problem.path).part === 'options' ? strings.SurveyBuilderProblemOptionTooLong : strings.SurveyBuilderProblemTooLong, n(problem.max));
    case 'keyFormat':
      return formatText(strings.SurveyBuilderProblemKeyFormat, n(problem.min), n(problem.max));
    case 'keyTaken':
      return strings.SurveyBuilderProblemKeyTaken;
    case 'noSections':
      return strings.SurveyBuilderProblemNoSections;
    case 'emptySection':
      return strings.SurveyBuilderProblemEmptySection;
    case 'duplicateId':
      return formatText(strings.SurveyBuilderProblemDuplicateId, problem.value ?? '');
    case 'blankOption':
      return strings.SurveyBuilderProblemBlankOption;
    case 'duplicateOption':
      return formatText(strings.SurveyBuilderProblemDuplicateOption, problem.value ?? '');
    case 'tooFewOptions':
      return formatText(strings.SurveyBuilderProblemTooFewOptions, n(problem.min));
    case 'maxChoicesRange':
      return formatText(strings.SurveyBuilderProblemMaxChoices, n(problem.min), n(problem.max));
    case 'notANumber':
      return placeOf(problem.path).part === 'min' ? strings.SurveyBuilderProblemMinNumber : strings.SurveyBuilderProblemMaxNumber;
    case 'notWhole':
      return strings.SurveyBuilderProblemNotWhole;
    case 'minNotBelowMax':
      return formatText(strings.SurveyBuilderProblemMinNotBelowMax, n(problem.min));
    case 'maxLengthRange':
      return formatText(strings.SurveyBuilderProblemMaxLength, n(problem.min), n(problem.max));
    case 'answersTooLarge':
      return formatText(strings.SurveyBuilderProblemAnswersTooLarge, n(NOTE_COLUMN_LIMIT), n(problem.size), n(problem.max));
    case 'questionnaireTooLarge':
      return formatText(strings.SurveyBuilderProblemQuestionnaireTooLarge, n(problem.max));
    case 'branchUnknown':
      return strings.SurveyBuilderProblemBranchUnknown;
    case 'branchLater':
      return formatText(strings.SurveyBuilderProblemBranchLater, label(problem.value));
    case 'branchKind':
      return formatText(strings.SurveyBuilderProblemBranchKind, label(problem.value));
    case 'branchNoValues':
      return strings.SurveyBuilderProblemBranchNoValues;
    case 'branchValue':
      return formatText(strings.SurveyBuilderProblemBranchValue, branchValueText(definition, problem.path, problem.value ?? ''));
    case 'noWaves':
      return strings.SurveyBuilderProblemNoWaves;
    case 'waveKind':
      return strings.SurveyBuilderProblemWaveKind;
    case 'duplicateWave':
      return formatText(strings.SurveyBuilderProblemDuplicateWave, waveName(problem.value as WaveKind));
    case 'date':
      return formatText(strings.SurveyBuilderProblemDate, exampleDay);
    case 'closesBeforeOpens':
      return formatText(strings.SurveyBuilderProblemClosesBeforeOpens, day(problem.day, locale));
    case 'waveOrder':
      return formatText(strings.SurveyBuilderProblemWaveOrder, sentenceStart(waveName(problem.value as WaveKind)), day(problem.day, locale));
    case 'waveOverlap':
      return formatText(
        strings.SurveyBuilderProblemWaveOverlap,
        waveName(problem.value as WaveKind),
        day(problem.day, locale),
        problem.day !== undefined ? formatDay(addDays(problem.day, 1), locale) : ''
      );
    case 'minGroupSize':
      return formatText(strings.SurveyBuilderProblemMinGroupSize, n(problem.min), n(problem.max));
    case 'duplicateForce':
      return formatText(strings.SurveyBuilderProblemDuplicateForce, problem.value ?? '');
  }
}

const FIELDS: Record<string, string> = {
  title: strings.SurveyBuilderFieldTitle,
  key: strings.SurveyBuilderFieldKey,
  description: strings.SurveyBuilderFieldDescription,
  forces: strings.SurveyBuilderFieldForces,
  minGroupSize: strings.SurveyBuilderFieldMinGroupSize,
  sections: strings.SurveyBuilderSectionsHeading,
  waves: strings.SurveyBuilderWavesHeading
};

const QUESTION_PARTS: Record<string, string> = {
  text: strings.SurveyBuilderFieldQuestionText,
  options: strings.SurveyBuilderFieldOptions,
  maxChoices: strings.SurveyBuilderFieldMaxChoices,
  min: strings.SurveyBuilderFieldMin,
  max: strings.SurveyBuilderFieldMax,
  maxLength: strings.SurveyBuilderFieldMaxLength,
  showIf: strings.SurveyBuilderBranchHeading
};

const WAVE_PARTS: Record<string, string> = {
  kind: strings.SurveyBuilderFieldWaveKind,
  opensOn: strings.SurveyBuilderFieldOpensOn,
  closesOn: strings.SurveyBuilderFieldClosesOn
};

/** Where a problem is, in words: "Impact on your work, question 3: Options", "One-month survey: Closes on". */
export function problemPlace(path: string, definition: ISurveyDefinition): string {
  const place = placeOf(path);
  if (place.section !== undefined) {
    const section = definition.questionnaire.sections[place.section];
    const title = sectionTitle(section?.id ?? '', place.section);
    if (place.question === undefined) return title;
    const where = formatText(strings.SurveyBuilderQuestionPlace, title, place.question + 1);
    return place.part !== undefined ? `${where}: ${QUESTION_PARTS[place.part] ?? place.part}` : where;
  }
  if (place.wave !== undefined) {
    const wave = definition.waves[place.wave];
    const name = wave !== undefined ? waveTitle(wave.kind) : formatText(strings.SurveyBuilderWaveNumbered, place.wave + 1);
    return place.part !== undefined ? `${name}: ${WAVE_PARTS[place.part] ?? place.part}` : name;
  }
  return FIELDS[place.field ?? ''] ?? path;
}
