import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import type { ILicenceReadiness } from '../../../domain/training/status';
import type { IModuleStatus, ITrainingModule, ModuleState } from '../../../domain/training/types';
import { formatText } from '../../../ui/format/text';
import { ModuleCard } from './ModuleCard';

export interface IMyTrainingProps {
  modules: readonly ITrainingModule[];
  /** The learner's status on every module that applies to them (from `myTraining`). */
  statuses: readonly IModuleStatus[];
  readiness: ILicenceReadiness;
  locale: string;
  theme: ITheme;
  /** Element id prefix, unique per web part instance. */
  idPrefix: string;
  onRecord: (module: ITrainingModule) => void;
}

const GROUPS: ReadonlyArray<[ModuleState, string]> = [
  ['overdue', strings.TrainingGroupOverdue],
  ['dueSoon', strings.TrainingGroupDueSoon],
  ['upcoming', strings.TrainingGroupUpcoming],
  ['done', strings.TrainingGroupDone]
];

/** "My training": what applies to me, grouped as overdue, due soon, coming up and done. */
export function MyTraining(props: IMyTrainingProps): React.ReactElement {
  const { modules, statuses, readiness } = props;
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const mandatory = statuses.filter((s) => byKey.get(s.moduleKey)?.mandatory);
  const mandatoryDone = mandatory.filter((s) => s.state === 'done').length;
  const headingId = `${props.idPrefix}-my-training`;

  return (
    <Stack tokens={{ childrenGap: 16 }} aria-labelledby={headingId} role="region">
      <Text as="h3" id={headingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.TrainingMyTitle}
      </Text>
      {statuses.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{strings.TrainingNothingApplies}</MessageBar>
      ) : (
        <>
          {mandatory.length > 0 ? (
            <ProgressIndicator
              label={formatText(strings.TrainingProgress, mandatoryDone, mandatory.length)}
              percentComplete={mandatoryDone / mandatory.length}
              ariaValueText={formatText(strings.TrainingProgress, mandatoryDone, mandatory.length)}
            />
          ) : null}
          <MessageBar messageBarType={readiness.ready ? MessageBarType.success : MessageBarType.info}>
            {readiness.ready ? strings.TrainingLicenceReady : strings.TrainingLicenceNotReady}
          </MessageBar>
          {GROUPS.map(([state, label]) => {
            const inGroup = statuses.filter((s) => s.state === state);
            if (inGroup.length === 0) return null;
            const groupId = `${props.idPrefix}-${state}`;
            return (
              <Stack key={state} tokens={{ childrenGap: 8 }}>
                <Text as="h4" id={groupId} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
                  {`${label} (${inGroup.length})`}
                </Text>
                <ul aria-labelledby={groupId} style={{ margin: 0, padding: 0, display: 'grid', gap: 8 }}>
                  {inGroup.map((status) => {
                    const module = byKey.get(status.moduleKey);
                    return module ? (
                      <ModuleCard key={status.moduleKey} module={module} status={status} locale={props.locale} theme={props.theme} onRecord={props.onRecord} />
                    ) : null;
                  })}
                </ul>
              </Stack>
            );
          })}
        </>
      )}
    </Stack>
  );
}
