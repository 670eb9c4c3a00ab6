import * as React from 'react';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { DataSite } from '../../../../data/sp';
import { teamStatuses } from '../../../../domain/training/team';
import type { ITrainingModule } from '../../../../domain/training/types';
import { trainingPageFrom } from './reminderText';
import { TeamView, type TeamLayout } from './TeamView';
import { useTeam } from './useTeam';

export interface IMyTeamProps {
  /** The data site (e.g. `services.dataSite`); a new function each render does not reload. */
  site: () => Promise<DataSite>;
  /** The signed-in manager's UPN: their direct reports are the People records naming it as manager. */
  managerUpn: string;
  /** The modules, as loaded for "My training". */
  modules: readonly ITrainingModule[];
  /** The calendar day (`yyyy-mm-dd`, UK) the statuses are for. */
  today: string;
  locale: string;
  /** Element id prefix, unique per web part instance. */
  idPrefix: string;
  /** Where reminders send people; by default the page this view is open on (none in a Teams tab). */
  trainingPageUrl?: string;
  layout?: TeamLayout;
}

function currentPage(): string | undefined {
  return typeof window === 'undefined' ? undefined : trainingPageFrom(window.location.href);
}

/**
 * "My team" for a line manager: their direct reports' training, who to chase and a reminder to send.
 * The app scopes a manager to their own reports; SharePoint (item-level security, Override List
 * Behaviors for the Managers group) decides whose records can be read at all.
 */
export function MyTeam(props: IMyTeamProps): React.ReactElement {
  const { state, reload } = useTeam(props.site, props.managerUpn, props.today);
  const headingId = `${props.idPrefix}-team`;
  const reports = React.useMemo(
    () => (state.kind === 'ready' ? teamStatuses(state.data.members, props.modules, state.data.completions, props.today) : []),
    [state, props.modules, props.today]
  );
  const trainingPageUrl = props.trainingPageUrl ?? currentPage();

  return (
    <Stack tokens={{ childrenGap: 16 }} role="region" aria-labelledby={headingId}>
      <Text as="h3" id={headingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.TrainingTeamTitle}
      </Text>
      {state.kind === 'loading' ? <Spinner size={SpinnerSize.medium} label={strings.TrainingTeamLoading} ariaLive="polite" /> : null}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} actions={<MessageBarButton onClick={reload}>{strings.TrainingTeamRetry}</MessageBarButton>}>
          {state.message}
        </MessageBar>
      ) : null}
      {state.kind === 'noReports' ? <MessageBar messageBarType={MessageBarType.info}>{strings.TrainingTeamNoReports}</MessageBar> : null}
      {state.kind === 'ready' ? (
        <TeamView
          reports={reports}
          modules={props.modules}
          leavers={state.data.leavers.length}
          today={props.today}
          locale={props.locale}
          idPrefix={props.idPrefix}
          trainingPageUrl={trainingPageUrl}
          layout={props.layout}
        />
      ) : null}
    </Stack>
  );
}
