import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import type { ITrainingModule } from '../../../domain/training/types';
import { usePartServices } from '../../../ui/data/PartServices';
import { upnOf, useHostContext } from '../../../ui/host/hostContext';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import { useMyTraining } from '../useMyTraining';
import { MyTraining } from './MyTraining';
import { RecordCompletionDialog } from './RecordCompletionDialog';

export default function TrainingTrackerApp(props: IPartAppProps): React.ReactElement {
  const host = useHostContext();
  const services = usePartServices();
  const { state, record, attemptsUsed } = useMyTraining(services, upnOf(host.user));
  const [recording, setRecording] = React.useState<ITrainingModule | undefined>(undefined);

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <PartIntro title={strings.TrainingTrackerTitle} description={strings.TrainingTrackerDescription} />
      {state.kind === 'loading' ? <Spinner size={SpinnerSize.medium} label={strings.TrainingLoading} ariaLive="polite" /> : null}
      {state.kind === 'notInDirectory' ? <MessageBar messageBarType={MessageBarType.warning}>{strings.TrainingNotInDirectory}</MessageBar> : null}
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      {state.kind === 'ready' ? (
        <MyTraining
          modules={state.data.modules}
          statuses={state.data.statuses}
          readiness={state.data.readiness}
          locale={host.locale}
          theme={host.theme}
          idPrefix={host.instanceId}
          onRecord={setRecording}
        />
      ) : null}
      {recording ? (
        <RecordCompletionDialog
          module={recording}
          attemptsUsed={attemptsUsed(recording)}
          onSubmit={async (input) => {
            await record(recording, input.attestation, input.score);
            if (input.passed) setRecording(undefined);
          }}
          onDismiss={() => setRecording(undefined)}
        />
      ) : null}
    </Stack>
  );
}
