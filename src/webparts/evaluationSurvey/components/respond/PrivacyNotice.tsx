import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { Day } from '../../../../domain/survey/types';
import { formatDay, formatText } from '../../../../ui/format/text';

export interface IPrivacyNoticeProps {
  /** Last day answers can be changed. */
  closesOn: Day;
  /** Groups smaller than this are left out of published results. */
  minGroupSize: number;
  locale: string;
  idPrefix: string;
}

/** What happens to a respondent's answers, stated plainly: confidential, not anonymous. */
export function PrivacyNotice(props: IPrivacyNoticeProps): React.ReactElement {
  const theme = useTheme();
  const headingId = `${props.idPrefix}-privacy`;
  const points = [
    strings.SurveyPrivacyConfidential,
    strings.SurveyPrivacyWhoReads,
    formatText(strings.SurveyPrivacyAggregate, props.minGroupSize),
    strings.SurveyPrivacyDraft,
    formatText(strings.SurveyPrivacyChange, formatDay(props.closesOn, props.locale))
  ];
  return (
    <section
      aria-labelledby={headingId}
      style={{ padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyStandoutBackground, minWidth: 0 }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" id={headingId} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyPrivacyTitle}
        </Text>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {points.map((point) => (
            <li key={point}>
              <Text>{point}</Text>
            </li>
          ))}
        </ul>
      </Stack>
    </section>
  );
}
