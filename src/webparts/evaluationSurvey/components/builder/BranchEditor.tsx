import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { BRANCHING_KINDS, questionPath } from '../../../../domain/survey/definition';
import { LIKERT_VALUES } from '../../../../domain/survey/types';
import type { IShowIf } from '../../../../domain/survey/types';
import { formatText } from '../../../../ui/format/text';
import { likertText, optionText } from '../respond/surveyText';
import { findQuestionDraft, optionLines, questionsBefore, type IQuestionAt, type IQuestionDraft, type ISurveyDraft } from './builderDraft';
import { ErrorText, FieldGroup } from './BuilderParts';
import { builderFieldId, questionLabel } from './builderText';

export interface IBranchEditorProps {
  idPrefix: string;
  draft: ISurveyDraft;
  at: IQuestionAt;
  question: IQuestionDraft;
  /** The question's number in the whole questionnaire, for names ("question 12"). */
  number: number;
  message: string | undefined;
  disabled: boolean;
  onChange: (showIf: IShowIf | undefined) => void;
}

/** The values a rule may name for a question as it stands in the draft. */
function valuesOf(q: IQuestionDraft): Array<string | number> {
  if (q.kind === 'likert') return [...LIKERT_VALUES];
  if (q.kind === 'single' || q.kind === 'multiple') return optionLines(q.optionsText);
  return [];
}

function valueText(q: IQuestionDraft | undefined, value: string | number): string {
  if (q?.kind === 'likert' && typeof value === 'number') return likertText(value);
  return q !== undefined ? optionText(q.id, String(value)) : String(value);
}

/**
 * "Show this question only if an earlier answer is one of …": the earlier Likert or choice question and
 * the answers that show it. A rule that no longer holds (its question moved below, removed, or an answer
 * gone) stays on screen as it is, with its problem, until the lead changes it.
 */
export function BranchEditor(props: IBranchEditorProps): React.ReactElement {
  const { draft, at, question, idPrefix, disabled } = props;
  const path = questionPath(at.section, at.question, 'showIf');
  const groupId = builderFieldId(idPrefix, path);
  const errorId = `${groupId}-error`;
  const hintId = `${groupId}-hint`;
  const eligible = questionsBefore(draft, at).filter((q) => BRANCHING_KINDS.indexOf(q.kind) >= 0);
  const rule = question.showIf;
  const target = rule !== undefined ? findQuestionDraft(draft, rule.questionId) : undefined;

  const options: IDropdownOption[] = eligible.map((q) => ({ key: q.id, text: questionLabel(q.id, q.builtIn ? undefined : q.text) }));
  if (rule !== undefined && !eligible.some((q) => q.id === rule.questionId)) {
    options.push({
      key: rule.questionId,
      text: target !== undefined ? formatText(strings.SurveyBuilderBranchNotEarlier, questionLabel(target.id, target.builtIn ? undefined : target.text)) : strings.SurveyBuilderBranchRemovedQuestion
    });
  }
  const values = target !== undefined ? valuesOf(target) : [];
  const stale = rule !== undefined ? rule.anyOf.filter((v) => values.indexOf(v) < 0) : [];

  const toggleValue = (value: string | number, on: boolean): void => {
    if (rule === undefined) return;
    const kept = rule.anyOf.filter((v) => v !== value);
    // Kept in the target's order, so the stored rule reads like the question.
    const anyOf = on ? values.filter((v) => v === value || kept.indexOf(v) >= 0).concat(kept.filter((v) => values.indexOf(v) < 0)) : kept;
    props.onChange({ questionId: rule.questionId, anyOf });
  };

  return (
    <div id={groupId} role="group" aria-labelledby={`${groupId}-heading`} aria-describedby={props.message !== undefined ? errorId : undefined}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text id={`${groupId}-heading`} variant="medium" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyBuilderBranchHeading}
        </Text>
        <Checkbox
          label={strings.SurveyBuilderBranchOn}
          checked={rule !== undefined}
          disabled={disabled || (rule === undefined && eligible.length === 0)}
          ariaDescribedBy={rule === undefined && eligible.length === 0 ? hintId : undefined}
          onChange={(_e, on) => {
            if (!on) props.onChange(undefined);
            else {
              const nearest = eligible[eligible.length - 1];
              if (nearest !== undefined) props.onChange({ questionId: nearest.id, anyOf: [] });
            }
          }}
        />
        {rule === undefined && eligible.length === 0 ? (
          <Text id={hintId} variant="small" block>
            {strings.SurveyBuilderBranchNoneEarlier}
          </Text>
        ) : null}
        {rule !== undefined ? (
          <>
            <Dropdown
              id={`${groupId}-question`}
              label={formatText(strings.SurveyBuilderBranchQuestion, props.number)}
              options={options}
              selectedKey={rule.questionId}
              disabled={disabled}
              onChange={(_e, option) => option && option.key !== rule.questionId && props.onChange({ questionId: String(option.key), anyOf: [] })}
            />
            {target !== undefined && values.length + stale.length > 0 ? (
              <FieldGroup legend={strings.SurveyBuilderBranchValues}>
                <Stack tokens={{ childrenGap: 6 }}>
                  {values.map((v) => (
                    <Checkbox
                      key={`v-${String(v)}`}
                      label={valueText(target, v)}
                      checked={rule.anyOf.indexOf(v) >= 0}
                      disabled={disabled}
                      onChange={(_e, on) => toggleValue(v, !!on)}
                    />
                  ))}
                  {stale.map((v) => (
                    <Checkbox
                      key={`s-${String(v)}`}
                      label={formatText(strings.SurveyBuilderBranchStaleValue, valueText(target, v))}
                      checked
                      disabled={disabled}
                      onChange={(_e, on) => toggleValue(v, !!on)}
                    />
                  ))}
                </Stack>
              </FieldGroup>
            ) : null}
          </>
        ) : null}
        <ErrorText id={errorId} message={props.message} />
      </Stack>
    </div>
  );
}
