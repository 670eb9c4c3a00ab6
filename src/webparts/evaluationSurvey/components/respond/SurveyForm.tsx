import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Label } from '@fluentui/react/lib/Label';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { LIKERT_VALUES } from '../../../../domain/survey/types';
import type { AnswerValue, Answers, IAnswerProblem, IMultipleChoiceQuestion, INumberQuestion, IQuestionnaire, ITextQuestion, Question } from '../../../../domain/survey/types';
import { validateAnswers, visibleQuestionIds } from '../../../../domain/survey/validation';
import { formatText } from '../../../../ui/format/text';
import { likertText, optionText, problemText, questionText, sectionIntro, sectionTitle } from './surveyText';

export interface ISurveyFormProps {
  questionnaire: IQuestionnaire;
  answers: Answers;
  /** Problems to show (e.g. from a submit); problems with what is typed (out of range, too long) show as it is typed. */
  problems: readonly IAnswerProblem[];
  disabled: boolean;
  /** Makes element ids unique on a page with several parts. */
  idPrefix: string;
  /** For numbers in messages ("2,000"); defaults to British English. */
  locale?: string;
  onChange: (answers: Answers) => void;
}

/** The id of the element wrapping a question (its controls, label and message). */
export function questionElementId(idPrefix: string, questionId: string): string {
  return `${idPrefix}-q-${questionId}`;
}

/** Moves focus to a question's first control (its chosen radio, else its first input); false when it is not shown. */
export function focusQuestion(idPrefix: string, questionId: string): boolean {
  const container = document.getElementById(questionElementId(idPrefix, questionId));
  const target = container?.querySelector<HTMLElement>('input:checked') ?? container?.querySelector<HTMLElement>('input, textarea') ?? null;
  if (target === null) return false;
  target.focus();
  return true;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** What a typed number is stored as: a number when it reads as one, the text as typed otherwise (nothing lost). */
export function numberAnswer(text: string): AnswerValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : text;
}

interface IQuestionProps {
  question: Question;
  value: AnswerValue | undefined;
  message: string | undefined;
  label: string;
  baseId: string;
  disabled: boolean;
  locale: string;
  onValue: (value: AnswerValue | undefined) => void;
}

function ErrorText(props: { id: string; message: string | undefined }): React.ReactElement | null {
  const theme = useTheme();
  if (props.message === undefined) return null;
  return (
    <Text id={props.id} block variant="small" styles={{ root: { color: theme.semanticColors.errorText, overflowWrap: 'anywhere' } }}>
      {props.message}
    </Text>
  );
}

function ChoiceQuestion(props: IQuestionProps & { options: { key: string; text: string }[] }): React.ReactElement {
  const errorId = `${props.baseId}-error`;
  const described = props.message !== undefined ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
  const options: IChoiceGroupOption[] = props.options.map((o) => ({ ...o, ...described }));
  const selected = props.value === undefined || Array.isArray(props.value) ? null : String(props.value);
  return (
    <>
      <ChoiceGroup
        label={props.label}
        required={props.question.required}
        disabled={props.disabled}
        selectedKey={selected}
        options={options}
        onChange={(_, option) => {
          if (!option) return;
          props.onValue(props.question.kind === 'likert' ? Number(option.key) : option.key);
        }}
      />
      <ErrorText id={errorId} message={props.message} />
    </>
  );
}

function MultipleQuestion(props: IQuestionProps & { question: IMultipleChoiceQuestion }): React.ReactElement {
  const { question } = props;
  const legendId = `${props.baseId}-legend`;
  const hintId = `${props.baseId}-hint`;
  const errorId = `${props.baseId}-error`;
  const chosen: readonly string[] = Array.isArray(props.value) ? (props.value as readonly string[]) : [];
  const describedBy = [question.maxChoices !== undefined ? hintId : '', props.message !== undefined ? errorId : ''].filter((s) => s !== '').join(' ');
  const toggle = (option: string, checked: boolean): void => {
    const next = checked ? question.options.filter((o) => o === option || chosen.indexOf(o) >= 0) : chosen.filter((o) => o !== option);
    props.onValue(next.length > 0 ? next : undefined);
  };
  return (
    <div role="group" aria-labelledby={legendId} aria-describedby={describedBy !== '' ? describedBy : undefined}>
      <Label id={legendId} required={question.required} disabled={props.disabled}>
        {props.label}
      </Label>
      {question.maxChoices !== undefined ? (
        <Text id={hintId} block variant="small">
          {formatText(strings.SurveyChooseUpTo, question.maxChoices)}
        </Text>
      ) : null}
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
        {question.options.map((option) => (
          <Checkbox
            key={option}
            label={optionText(question.id, option)}
            checked={chosen.indexOf(option) >= 0}
            disabled={props.disabled}
            onChange={(_, checked) => toggle(option, !!checked)}
          />
        ))}
      </Stack>
      <ErrorText id={errorId} message={props.message} />
    </div>
  );
}

function NumberQuestion(props: IQuestionProps & { question: INumberQuestion }): React.ReactElement {
  // The text as typed: "1.50" or "ten" stays on screen; the answer is a number only when the text is one.
  const [typed, setTyped] = React.useState<string | undefined>(undefined);
  const shown = typed ?? (props.value === undefined ? '' : String(props.value));
  return (
    <TextField
      label={props.label}
      required={props.question.required}
      disabled={props.disabled}
      inputMode={props.question.integer ? 'numeric' : 'decimal'}
      value={shown}
      errorMessage={props.message}
      validateOnLoad={false}
      styles={{ root: { maxWidth: '100%' }, fieldGroup: { maxWidth: '12em' } }}
      onChange={(_, text) => {
        const next = text ?? '';
        setTyped(next);
        props.onValue(numberAnswer(next));
      }}
    />
  );
}

function TextQuestion(props: IQuestionProps & { question: ITextQuestion }): React.ReactElement {
  const text = typeof props.value === 'string' ? props.value : '';
  return (
    <TextField
      label={props.label}
      required={props.question.required}
      disabled={props.disabled}
      multiline
      autoAdjustHeight
      rows={3}
      value={text}
      errorMessage={props.message}
      description={formatText(strings.SurveyCharacterCount, text.length.toLocaleString(props.locale), props.question.maxLength.toLocaleString(props.locale))}
      onChange={(_, next) => props.onValue(next !== undefined && next !== '' ? next : undefined)}
    />
  );
}

function QuestionField(props: IQuestionProps): React.ReactElement {
  const { question } = props;
  switch (question.kind) {
    case 'likert':
      return <ChoiceQuestion {...props} options={LIKERT_VALUES.map((v) => ({ key: String(v), text: likertText(v) }))} />;
    case 'single':
      return <ChoiceQuestion {...props} options={question.options.map((o) => ({ key: o, text: optionText(question.id, o) }))} />;
    case 'multiple':
      return <MultipleQuestion {...props} question={question} />;
    case 'number':
      return <NumberQuestion {...props} question={question} />;
    case 'text':
      return <TextQuestion {...props} question={question} />;
  }
}

/**
 * The questions of a questionnaire, section by section, showing only those visible under branching.
 * Presentational: the answers live with the caller, which saves them.
 */
export function SurveyForm(props: ISurveyFormProps): React.ReactElement {
  const { questionnaire, answers, idPrefix } = props;
  const locale = props.locale ?? 'en-GB';
  const visible = visibleQuestionIds(questionnaire, answers);
  const given = new Map<string, IAnswerProblem>();
  props.problems.forEach((p) => {
    if (!given.has(p.questionId)) given.set(p.questionId, p);
  });
  // Problems with what is typed show at once; "answer this" waits for the caller (a submit).
  validateAnswers(questionnaire, answers).forEach((p) => {
    if (p.code !== 'required' && !given.has(p.questionId)) given.set(p.questionId, p);
  });
  const change = (questionId: string, value: AnswerValue | undefined): void => {
    const next: Record<string, AnswerValue | undefined> = { ...answers };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    props.onChange(next);
  };
  return (
    <Stack tokens={{ childrenGap: 24 }}>
      <Text block variant="small">
        {strings.SurveyRequiredNote}
      </Text>
      {questionnaire.sections.map((section, index) => {
        const questions = section.questions.filter((q) => visible.has(q.id));
        if (questions.length === 0) return null;
        const headingId = `${idPrefix}-section-${section.id}`;
        const intro = sectionIntro(section.id);
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <Stack tokens={{ childrenGap: 16 }}>
              <Text as="h3" id={headingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
                {sectionTitle(section.id, index)}
              </Text>
              {intro !== undefined ? <Text block>{intro}</Text> : null}
              {questions.map((question) => {
                const problem = given.get(question.id);
                const value = answers[question.id];
                const baseId = questionElementId(idPrefix, question.id);
                return (
                  <div key={question.id} id={baseId} data-question={question.id} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <QuestionField
                      question={question}
                      value={value}
                      message={problem !== undefined ? problemText(problem, question, value, locale) : undefined}
                      label={questionText(question.id, question.text)}
                      baseId={baseId}
                      disabled={props.disabled}
                      locale={locale}
                      onValue={(v) => change(question.id, v)}
                    />
                  </div>
                );
              })}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
