import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { formatText } from '../../../../ui/format/text';
import { questionText } from '../respond/surveyText';
import type { IFreeTextQuestion } from './freeText';
import type { IFormats } from './resultsText';

export interface IFreeTextSectionProps {
  questions: readonly IFreeTextQuestion[];
  idPrefix: string;
  f: IFormats;
}

/** Free-text answers for evaluation leads only: never published, no names or units, clearly marked. */
export function FreeTextSection(props: IFreeTextSectionProps): React.ReactElement | null {
  const theme = useTheme();
  if (props.questions.length === 0) return null;
  const headingId = `${props.idPrefix}-free-text`;
  return (
    <section
      aria-labelledby={headingId}
      style={{ border: `2px dashed ${theme.semanticColors.warningIcon ?? theme.palette.yellowDark}`, borderRadius: 4, padding: 12, marginTop: 8 }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" id={headingId} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyResultsFreeTextHeading}
        </Text>
        <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyResultsFreeTextNote}</MessageBar>
        {props.questions.map((q, i) => {
          const text = questionText(q.questionId, q.ownText);
          const listName = formatText(strings.SurveyResultsFreeTextList, text);
          const id = `${props.idPrefix}-free-text-${i}`;
          return (
            <Stack key={q.questionId} tokens={{ childrenGap: 4 }}>
              <Text as="h5" id={id} block styles={{ root: { margin: '8px 0 0', fontWeight: 600, overflowWrap: 'anywhere' } }}>
                {text}
              </Text>
              <Text block variant="small">
                {q.total === 0 ? strings.SurveyResultsFreeTextNone : formatText(strings.SurveyResultsFreeTextCount, props.f.count(q.total), props.f.count(q.answers.length))}
              </Text>
              {q.answers.length > 0 ? (
                <div role="region" aria-label={listName} tabIndex={0} style={{ maxHeight: 320, overflowY: 'auto', border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '0 8px' }}>
                  <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
                    {q.answers.map((a) => (
                      <li key={a.text} style={{ marginBottom: 6, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                        {a.text}
                        {a.count > 1 ? <span style={{ color: theme.semanticColors.bodySubtext }}>{` ${formatText(strings.SurveyResultsFreeTextTimes, props.f.count(a.count))}`}</span> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </Stack>
          );
        })}
      </Stack>
    </section>
  );
}
