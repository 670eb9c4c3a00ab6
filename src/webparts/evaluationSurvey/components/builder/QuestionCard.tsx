import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { questionPath, type QuestionPart } from '../../../../domain/survey/definition';
import type { IShowIf, QuestionKind } from '../../../../domain/survey/types';
import { formatText } from '../../../../ui/format/text';
import { optionText } from '../respond/surveyText';
import { BranchEditor } from './BranchEditor';
import { optionLines, type IQuestionAt, type IQuestionDraft, type ISurveyDraft } from './builderDraft';
import { Card, ErrorText } from './BuilderParts';
import { builderFieldId, kindLabel, QUESTION_KINDS, questionLabel } from './builderText';

export interface IQuestionCardProps {
  idPrefix: string;
  /** The whole draft, for the branching rule; only needed (and only compared) while the question is open. */
  draft: ISurveyDraft | undefined;
  question: IQuestionDraft;
  at: IQuestionAt;
  /** Its number in the whole questionnaire (1-based): "Question 12". */
  number: number;
  expanded: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  disabled: boolean;
  /** Problems on this question are shown (after a first save attempt). */
  needsAttention: boolean;
  /** Messages of the problems shown, by part ('' for the question as a whole). */
  messages: Readonly<Record<string, string>>;
  /** Callbacks must not change meaning between renders: a card re-renders only when what it shows changes. */
  onToggle: (questionId: string) => void;
  onChange: (at: IQuestionAt, change: Partial<IQuestionDraft>) => void;
  onMove: (at: IQuestionAt, direction: -1 | 1) => void;
  onRemove: (at: IQuestionAt) => void;
}

/** Element ids of a question's heading and its move buttons (focus returns there after a move). */
export function questionElementIds(idPrefix: string, id: string): { heading: string; up: string; down: string; toggle: string; text: string } {
  const base = `${idPrefix}-svb-question-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return { heading: `${base}-heading`, up: `${base}-up`, down: `${base}-down`, toggle: `${base}-toggle`, text: `${base}-text` };
}

/**
 * One question: a heading with its wording and what kind it is, move and remove buttons, and (when opened)
 * its wording, answer type, options or limits, whether it must be answered, and its branching rule.
 * Template questions keep their wording and options (they are translated by id); their limits can change.
 */
function QuestionCardView(props: IQuestionCardProps): React.ReactElement {
  const { question: q, at, idPrefix, disabled, number } = props;
  const theme = useTheme();
  const ids = questionElementIds(idPrefix, q.id);
  const bodyId = `${ids.heading}-body`;
  const field = (part: QuestionPart): string => builderFieldId(idPrefix, questionPath(at.section, at.question, part));
  const message = (part: QuestionPart): string | undefined => props.messages[part];
  const change = (patch: Partial<IQuestionDraft>): void => props.onChange(at, patch);
  const label = questionLabel(q.id, q.builtIn ? undefined : q.text);
  const details = [kindLabel(q.kind), q.required ? strings.SurveyBuilderRequired : strings.SurveyBuilderOptional];
  if (q.showIf !== undefined) details.push(strings.SurveyBuilderBranched);
  if (q.builtIn) details.push(strings.SurveyBuilderFromTemplate);

  const optionsField = (): React.ReactElement =>
    q.builtIn ? (
      <div id={field('options')} tabIndex={-1}>
        <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
          {strings.SurveyBuilderFieldOptions}
        </Text>
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {optionLines(q.optionsText).map((o) => (
            <li key={o}>{optionText(q.id, o)}</li>
          ))}
        </ul>
        <ErrorText id={`${field('options')}-error`} message={message('options')} />
      </div>
    ) : (
      <TextField
        id={field('options')}
        label={strings.SurveyBuilderFieldOptions}
        description={strings.SurveyBuilderOptionsHelp}
        multiline
        autoAdjustHeight
        rows={4}
        required
        disabled={disabled}
        value={q.optionsText}
        errorMessage={message('options')}
        onChange={(_e, v) => change({ optionsText: v ?? '' })}
      />
    );

  return (
    <Card role="group" labelledBy={ids.heading} emphasis={props.needsAttention}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h6" id={ids.heading} tabIndex={-1} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600, outline: 'none' } }}>
          {formatText(strings.SurveyBuilderQuestionHeading, number, label)}
        </Text>
        <div id={builderFieldId(idPrefix, questionPath(at.section, at.question))} tabIndex={-1} style={{ outline: 'none' }}>
          <Text block variant="small">
            {details.join(' · ')}
          </Text>
          {props.needsAttention ? (
            <Text block variant="small" styles={{ root: { color: theme.semanticColors.errorText, fontWeight: 600 } }}>
              {strings.SurveyBuilderNeedsAttention}
            </Text>
          ) : null}
          <ErrorText id={`${builderFieldId(idPrefix, questionPath(at.section, at.question))}-error`} message={props.messages['']} />
        </div>
        <Stack horizontal wrap tokens={{ childrenGap: 4 }} verticalAlign="center">
          <DefaultButton
            id={ids.toggle}
            text={props.expanded ? strings.SurveyBuilderCloseQuestion : strings.SurveyBuilderEditQuestion}
            ariaLabel={formatText(props.expanded ? strings.SurveyBuilderCloseQuestionOf : strings.SurveyBuilderEditQuestionOf, number)}
            aria-expanded={props.expanded}
            aria-controls={props.expanded ? bodyId : undefined}
            disabled={disabled}
            onClick={() => props.onToggle(q.id)}
          />
          <IconButton
            id={ids.up}
            iconProps={{ iconName: 'Up' }}
            title={formatText(strings.SurveyBuilderMoveQuestionUp, number)}
            ariaLabel={formatText(strings.SurveyBuilderMoveQuestionUp, number)}
            disabled={disabled || !props.canMoveUp}
            onClick={() => props.onMove(at, -1)}
          />
          <IconButton
            id={ids.down}
            iconProps={{ iconName: 'Down' }}
            title={formatText(strings.SurveyBuilderMoveQuestionDown, number)}
            ariaLabel={formatText(strings.SurveyBuilderMoveQuestionDown, number)}
            disabled={disabled || !props.canMoveDown}
            onClick={() => props.onMove(at, 1)}
          />
          <IconButton
            iconProps={{ iconName: 'Delete' }}
            title={formatText(strings.SurveyBuilderRemoveQuestion, number)}
            ariaLabel={formatText(strings.SurveyBuilderRemoveQuestion, number)}
            disabled={disabled}
            onClick={() => props.onRemove(at)}
          />
        </Stack>
        {props.expanded ? (
          <div id={bodyId}>
            <Stack tokens={{ childrenGap: 10 }}>
              {q.builtIn ? (
                <Text block variant="small">
                  {strings.SurveyBuilderTemplateWordingFixed}
                </Text>
              ) : (
                <>
                  <Dropdown
                    id={`${field('text')}-kind`}
                    label={formatText(strings.SurveyBuilderFieldKindOf, number)}
                    options={QUESTION_KINDS.map((k) => ({ key: k, text: kindLabel(k) }))}
                    selectedKey={q.kind}
                    disabled={disabled}
                    onChange={(_e, option) => option && change({ kind: option.key as QuestionKind })}
                  />
                  <TextField
                    id={field('text')}
                    label={formatText(strings.SurveyBuilderFieldQuestionTextOf, number)}
                    multiline
                    autoAdjustHeight
                    rows={2}
                    required
                    disabled={disabled}
                    value={q.text}
                    errorMessage={message('text')}
                    onChange={(_e, v) => change({ text: v ?? '' })}
                  />
                </>
              )}
              {q.kind === 'single' || q.kind === 'multiple' ? optionsField() : null}
              {q.kind === 'multiple' ? (
                <TextField
                  id={field('maxChoices')}
                  label={strings.SurveyBuilderFieldMaxChoices}
                  description={strings.SurveyBuilderMaxChoicesHelp}
                  inputMode="numeric"
                  disabled={disabled}
                  value={q.maxChoices}
                  errorMessage={message('maxChoices')}
                  styles={{ fieldGroup: { maxWidth: '10em' } }}
                  onChange={(_e, v) => change({ maxChoices: v ?? '' })}
                />
              ) : null}
              {q.kind === 'number' ? (
                <>
                  <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
                    <TextField
                      id={field('min')}
                      label={strings.SurveyBuilderFieldMin}
                      inputMode="decimal"
                      required
                      disabled={disabled}
                      value={q.min}
                      errorMessage={message('min')}
                      styles={{ root: { minWidth: 0, maxWidth: '100%' }, fieldGroup: { maxWidth: '10em' } }}
                      onChange={(_e, v) => change({ min: v ?? '' })}
                    />
                    <TextField
                      id={field('max')}
                      label={strings.SurveyBuilderFieldMax}
                      inputMode="decimal"
                      required
                      disabled={disabled}
                      value={q.max}
                      errorMessage={message('max')}
                      styles={{ root: { minWidth: 0, maxWidth: '100%' }, fieldGroup: { maxWidth: '10em' } }}
                      onChange={(_e, v) => change({ max: v ?? '' })}
                    />
                  </Stack>
                  <Checkbox label={strings.SurveyBuilderFieldInteger} checked={q.integer} disabled={disabled} onChange={(_e, on) => change({ integer: !!on })} />
                </>
              ) : null}
              {q.kind === 'text' ? (
                <TextField
                  id={field('maxLength')}
                  label={strings.SurveyBuilderFieldMaxLength}
                  description={strings.SurveyBuilderMaxLengthHelp}
                  inputMode="numeric"
                  required
                  disabled={disabled}
                  value={q.maxLength}
                  errorMessage={message('maxLength')}
                  styles={{ fieldGroup: { maxWidth: '10em' } }}
                  onChange={(_e, v) => change({ maxLength: v ?? '' })}
                />
              ) : null}
              <Checkbox
                label={formatText(strings.SurveyBuilderFieldRequiredOf, number)}
                checked={q.required}
                disabled={disabled}
                onChange={(_e, on) => change({ required: !!on })}
              />
              {props.draft !== undefined ? (
                <BranchEditor
                  idPrefix={idPrefix}
                  draft={props.draft}
                  at={at}
                  question={q}
                  number={number}
                  message={message('showIf')}
                  disabled={disabled}
                  onChange={(showIf: IShowIf | undefined) => change({ showIf })}
                />
              ) : null}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

function sameCard(a: IQuestionCardProps, b: IQuestionCardProps): boolean {
  return (
    a.question === b.question &&
    a.at.section === b.at.section &&
    a.at.question === b.at.question &&
    a.number === b.number &&
    a.expanded === b.expanded &&
    a.canMoveUp === b.canMoveUp &&
    a.canMoveDown === b.canMoveDown &&
    a.disabled === b.disabled &&
    a.needsAttention === b.needsAttention &&
    a.idPrefix === b.idPrefix &&
    (!a.expanded || a.draft === b.draft) &&
    JSON.stringify(a.messages) === JSON.stringify(b.messages)
  );
}

/**
 * One question of the builder. Memoised: a survey has tens of questions and typing in one must not
 * re-render the others (the callbacks read the editor's latest state, so they never go stale).
 */
export const QuestionCard: React.NamedExoticComponent<IQuestionCardProps> = React.memo(QuestionCardView, sameCard);
