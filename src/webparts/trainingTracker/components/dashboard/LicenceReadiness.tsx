import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { IPersonTraining } from '../../../../data/trainingPeople';
import type { ITrainingModule } from '../../../../domain/training/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatText } from '../../../../ui/format/text';

export interface ILicenceReadinessProps {
  /** Whose readiness: "Essex", "your direct reports"… */
  scopeLabel: string;
  modules: readonly ITrainingModule[];
  load: () => Promise<IPersonTraining[]>;
  locale: string;
  idPrefix: string;
}

/** The header Entra ID's bulk "add members" upload expects, after its `version:v1.0` line. */
export const ENTRA_MEMBER_HEADER = 'Member object ID or user principal name [memberObjectIdOrUpn] Required';

/**
 * Who has completed every mandatory module that applies to them (and may be given a Copilot licence) and
 * who is waiting, worked out on request because it needs each person's records. The ready list downloads
 * in the format of Entra ID's bulk import of group members, for a licensing group.
 */
export function LicenceReadiness(props: ILicenceReadinessProps): React.ReactElement {
  const [state, setState] = React.useState<{ kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; people: IPersonTraining[] }>({
    kind: 'idle'
  });
  const number = new Intl.NumberFormat(props.locale);
  const titles = new Map(props.modules.map((m) => [m.key, m.title]));
  const run = (): void => {
    setState({ kind: 'loading' });
    props.load().then(
      (people) => setState({ kind: 'ready', people }),
      (error: unknown) => setState({ kind: 'failed', message: errorMessage(error) })
    );
  };
  const ready = state.kind === 'ready' ? state.people.filter((p) => p.readiness.ready) : [];
  const waiting = state.kind === 'ready' ? state.people.filter((p) => !p.readiness.ready) : [];
  const headingId = `${props.idPrefix}-licence`;
  return (
    <Stack tokens={{ childrenGap: 8 }} role="region" aria-labelledby={headingId}>
      <Text as="h4" id={headingId} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.TrainingDashLicenceTitle}
      </Text>
      <Text block>{formatText(strings.TrainingDashLicenceIntro, props.scopeLabel)}</Text>
      <Stack horizontal>
        <DefaultButton text={state.kind === 'ready' ? strings.TrainingDashLicenceAgain : strings.TrainingDashLicenceRun} onClick={run} disabled={state.kind === 'loading'} />
      </Stack>
      {state.kind === 'loading' ? <Spinner label={strings.TrainingDashLoadingPeople} ariaLive="polite" /> : null}
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      {state.kind === 'ready' ? (
        <>
          <Text block role="status">
            {formatText(strings.TrainingDashLicenceResult, number.format(ready.length), number.format(waiting.length))}
          </Text>
          <Text block variant="small">
            {strings.TrainingDashLicenceReadyCsv}
          </Text>
          <CsvActions
            label={formatText(strings.TrainingDashLicenceReadyLabel, props.scopeLabel)}
            fileName={csvFileName('licence-ready', props.scopeLabel)}
            headers={['version:v1.0']}
            rows={() => [[ENTRA_MEMBER_HEADER], ...ready.map((p) => [p.learner.upn])]}
          />
          <Text block variant="small">
            {strings.TrainingDashLicenceWaitingCsv}
          </Text>
          <CsvActions
            label={formatText(strings.TrainingDashLicenceWaitingLabel, props.scopeLabel)}
            fileName={csvFileName('licence-waiting', props.scopeLabel)}
            headers={[strings.TrainingDashColName, strings.TrainingDashColUpn, strings.TrainingDashColForce, strings.TrainingDashColDepartment, strings.TrainingDashColOutstanding]}
            rows={() => waiting.map((p) => [p.displayName, p.learner.upn, p.learner.force, p.learner.department, p.readiness.outstanding.map((k) => titles.get(k) ?? k).join('; ')])}
          />
        </>
      ) : null}
    </Stack>
  );
}
