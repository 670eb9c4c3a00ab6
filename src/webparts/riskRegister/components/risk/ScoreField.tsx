import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { LEVELS, type Level, type Measure } from '../../../../domain/risks';
import { formatText } from '../../../../ui/format/text';
import { RagBadge } from './RagBadge';
import { scoreOfDraft, type IScoreDraft } from './riskDraft';
import { fieldName, impactName, likelihoodName, measureName } from './riskText';

export interface IScoreFieldProps {
  /** The DOM id of the likelihood choice (problems move focus there). */
  id: string;
  measure: Measure;
  value: IScoreDraft;
  onChange: (value: IScoreDraft) => void;
  disabled?: boolean;
  required?: boolean;
  errorMessage?: string;
  warningMessage?: string;
  /** Shown under the legend (e.g. what the measure means). */
  description?: string;
}

const NONE = 'none';

/**
 * One score on the 5×5 scale: likelihood and impact, each a named point, with the score and its RAG band
 * worked out as they are chosen (announced politely, in words).
 */
export function ScoreField(props: IScoreFieldProps): React.ReactElement {
  const { id, measure, value } = props;
  const theme = useTheme();
  const score = scoreOfDraft(value);
  const option =
    (name: (l: number) => string): ((l: Level) => IDropdownOption) =>
    (l: Level): IDropdownOption => ({ key: String(l), text: name(l) });
  const likelihoodOptions: IDropdownOption[] = [{ key: NONE, text: strings.RiskNotScoredOption }, ...LEVELS.map(option(likelihoodName))];
  const impactOptions: IDropdownOption[] = [{ key: NONE, text: strings.RiskNotScoredOption }, ...LEVELS.map(option(impactName))];
  const level = (key: string | number): Level | null => (key === NONE ? null : (Number(key) as Level));
  const legendId = `${id}-legend`;
  const outputId = `${id}-output`;
  const messageId = `${id}-message`;

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }} aria-describedby={props.errorMessage !== undefined || props.warningMessage !== undefined ? messageId : undefined}>
      <legend id={legendId} style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>
        {measureName(measure)}
        {props.required === true ? <span aria-hidden="true" style={{ color: theme.semanticColors.errorText }}>{' *'}</span> : null}
      </legend>
      {props.description !== undefined ? (
        <Text variant="small" block>
          {props.description}
        </Text>
      ) : null}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Dropdown
          id={id}
          label={fieldName(`${measure}Likelihood`)}
          options={likelihoodOptions}
          selectedKey={value.likelihood === null ? NONE : String(value.likelihood)}
          onChange={(_e, o) => o !== undefined && props.onChange({ ...value, likelihood: level(o.key) })}
          disabled={props.disabled}
          styles={{ root: { minWidth: 150, flex: '1 1 150px' } }}
        />
        <Dropdown
          id={`${id}-impact`}
          label={fieldName(`${measure}Impact`)}
          options={impactOptions}
          selectedKey={value.impact === null ? NONE : String(value.impact)}
          onChange={(_e, o) => o !== undefined && props.onChange({ ...value, impact: level(o.key) })}
          disabled={props.disabled}
          styles={{ root: { minWidth: 150, flex: '1 1 150px' } }}
        />
      </Stack>
      <div id={outputId} role="status" aria-live="polite" style={{ marginTop: 6 }} data-score-output={measure}>
        <span>{formatText(strings.RiskScoreOutput, measureName(measure))} </span>
        <RagBadge score={score} />
      </div>
      {props.errorMessage !== undefined || props.warningMessage !== undefined ? (
        <Text id={messageId} variant="small" block styles={{ root: { color: props.errorMessage !== undefined ? theme.semanticColors.errorText : theme.semanticColors.bodyText, marginTop: 4 } }}>
          {props.errorMessage ?? props.warningMessage}
        </Text>
      ) : null}
    </fieldset>
  );
}
