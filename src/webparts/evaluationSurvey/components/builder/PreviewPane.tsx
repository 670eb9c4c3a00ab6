import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { Answers, IAnswerProblem, IQuestionnaire } from '../../../../domain/survey/types';
import { allQuestions, validateAnswers, visibleQuestionIds } from '../../../../domain/survey/validation';
import { formatText } from '../../../../ui/format/text';
import { SurveyForm } from '../respond/SurveyForm';

export interface IPreviewPaneProps {
  questionnaire: IQuestionnaire;
  idPrefix: string;
  locale: string;
  /** The questionnaire has problems still to fix: the preview shows it as it stands. */
  hasProblems: boolean;
}

/**
 * The questionnaire in the respondents' own form, to try branching and validation. Answers live only in
 * this component: nothing is saved anywhere, and they are gone when the preview closes.
 */
export function PreviewPane(props: IPreviewPaneProps): React.ReactElement {
  const [answers, setAnswers] = React.useState<Answers>({});
  const [problems, setProblems] = React.useState<IAnswerProblem[]>([]);
  const [checked, setChecked] = React.useState<string | undefined>(undefined);
  const total = allQuestions(props.questionnaire).length;
  const shown = visibleQuestionIds(props.questionnaire, answers).size;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {strings.SurveyBuilderPreviewNote}
      </MessageBar>
      {props.hasProblems ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.SurveyBuilderPreviewHasProblems}
        </MessageBar>
      ) : null}
      <Text block role="status" aria-live="polite">
        {formatText(strings.SurveyBuilderPreviewShown, shown, total)}
      </Text>
      <SurveyForm
        questionnaire={props.questionnaire}
        answers={answers}
        problems={problems}
        disabled={false}
        idPrefix={`${props.idPrefix}-preview`}
        locale={props.locale}
        onChange={(next) => {
          setAnswers(next);
          setChecked(undefined);
          setProblems((p) => p.filter((x) => x.code !== 'required' || next[x.questionId] === undefined));
        }}
      />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={strings.SurveyBuilderPreviewCheck}
          onClick={() => {
            const found = validateAnswers(props.questionnaire, answers);
            setProblems(found);
            setChecked(found.length === 0 ? strings.SurveyBuilderPreviewCheckOk : formatText(strings.SurveyBuilderPreviewCheckProblems, found.length));
          }}
        />
        <DefaultButton
          text={strings.SurveyBuilderPreviewClear}
          onClick={() => {
            setAnswers({});
            setProblems([]);
            setChecked(undefined);
          }}
        />
      </Stack>
      <Text block role="status" aria-live="polite">
        {checked ?? ''}
      </Text>
    </Stack>
  );
}
