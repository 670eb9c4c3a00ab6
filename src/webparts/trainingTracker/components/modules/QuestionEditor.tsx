import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import {
  blankQuestion,
  optionPath,
  problemAt,
  questionPath,
  removeOption,
  type IDraftProblem,
  type IQuestionDraft
} from '../../../../domain/training/moduleDraft';
import { formatText } from '../../../../ui/format/text';
import { fieldId } from './moduleText';

export interface IQuestionEditorProps {
  idPrefix: string;
  questions: readonly IQuestionDraft[];
  onChange: (questions: IQuestionDraft[]) => void;
  /** Problems to show (empty until the lead first tries to save). */
  problems: readonly IDraftProblem[];
  message: (problem: IDraftProblem | undefined) => string | undefined;
  disabled: boolean;
}

/**
 * The knowledge check's questions: add and remove questions and options, and pick the correct option
 * of each with a radio group. Every control is named after its question for screen readers.
 */
export function QuestionEditor(props: IQuestionEditorProps): React.ReactElement {
  const { questions, onChange, idPrefix, disabled } = props;
  const theme = useTheme();
  const change = (index: number, next: IQuestionDraft): void => onChange(questions.map((q, i) => (i === index ? next : q)));
  const noQuestions = props.message(problemAt(props.problems, 'questions'));

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {questions.map((q, i) => {
        const n = i + 1;
        const headingId = fieldId(idPrefix, `questions.${i}.heading`);
        const optionsProblem = props.message(problemAt(props.problems, questionPath(i, 'options')));
        const answerProblem = props.message(problemAt(props.problems, questionPath(i, 'answer')));
        return (
          <div
            key={q.id}
            role="group"
            aria-labelledby={headingId}
            style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: theme.effects.roundedCorner2, padding: 12, minWidth: 0 }}
          >
            <Stack tokens={{ childrenGap: 8 }}>
              <Text as="h5" id={headingId} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
                {formatText(strings.TrainingModulesQuestionLabel, n)}
              </Text>
              <TextField
                id={fieldId(idPrefix, questionPath(i, 'text'))}
                label={formatText(strings.TrainingModulesQuestionText, n)}
                multiline
                autoAdjustHeight
                rows={2}
                required
                disabled={disabled}
                value={q.text}
                errorMessage={props.message(problemAt(props.problems, questionPath(i, 'text')))}
                onChange={(_e, v) => change(i, { ...q, text: v ?? '' })}
              />
              <div id={fieldId(idPrefix, questionPath(i, 'options'))} role="group" aria-label={formatText(strings.TrainingModulesOptionsOf, n)}>
                <Stack tokens={{ childrenGap: 8 }}>
                  {q.options.map((o, j) => (
                    <Stack key={j} horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
                      <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
                        <TextField
                          id={fieldId(idPrefix, optionPath(i, j))}
                          label={formatText(strings.TrainingModulesOptionLabel, j + 1, n)}
                          required
                          disabled={disabled}
                          value={o}
                          errorMessage={props.message(problemAt(props.problems, optionPath(i, j)))}
                          onChange={(_e, v) => change(i, { ...q, options: q.options.map((x, k) => (k === j ? (v ?? '') : x)) })}
                        />
                      </Stack.Item>
                      <IconButton
                        iconProps={{ iconName: 'Delete' }}
                        title={formatText(strings.TrainingModulesRemoveOption, j + 1, n)}
                        ariaLabel={formatText(strings.TrainingModulesRemoveOption, j + 1, n)}
                        disabled={disabled}
                        onClick={() => change(i, removeOption(q, j))}
                      />
                    </Stack>
                  ))}
                  {optionsProblem ? (
                    <Text role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
                      {optionsProblem}
                    </Text>
                  ) : null}
                </Stack>
              </div>
              <ChoiceGroup
                id={fieldId(idPrefix, questionPath(i, 'answer'))}
                label={formatText(strings.TrainingModulesCorrectAnswerOf, n)}
                required
                disabled={disabled || q.options.length === 0}
                selectedKey={q.answer === undefined || q.answer >= q.options.length ? null : String(q.answer)}
                options={q.options.map((o, j) => ({
                  key: String(j),
                  text: o.trim() !== '' ? o : formatText(strings.TrainingModulesOptionNumber, j + 1)
                }))}
                onChange={(_e, option) => option && change(i, { ...q, answer: Number(option.key) })}
              />
              {answerProblem ? (
                <Text role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
                  {answerProblem}
                </Text>
              ) : null}
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <DefaultButton
                  iconProps={{ iconName: 'Add' }}
                  text={strings.TrainingModulesAddOption}
                  ariaLabel={formatText(strings.TrainingModulesAddOptionTo, n)}
                  disabled={disabled}
                  onClick={() => change(i, { ...q, options: [...q.options, ''] })}
                />
                <DefaultButton
                  iconProps={{ iconName: 'Delete' }}
                  text={strings.TrainingModulesRemoveQuestion}
                  ariaLabel={formatText(strings.TrainingModulesRemoveQuestionOf, n)}
                  disabled={disabled}
                  onClick={() => onChange(questions.filter((_x, k) => k !== i))}
                />
              </Stack>
            </Stack>
          </div>
        );
      })}
      {noQuestions ? (
        <Text role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
          {noQuestions}
        </Text>
      ) : null}
      <div>
        <DefaultButton
          id={fieldId(idPrefix, 'questions')}
          iconProps={{ iconName: 'Add' }}
          text={strings.TrainingModulesAddQuestion}
          disabled={disabled}
          onClick={() => onChange([...questions, blankQuestion(questions)])}
        />
      </div>
    </Stack>
  );
}
