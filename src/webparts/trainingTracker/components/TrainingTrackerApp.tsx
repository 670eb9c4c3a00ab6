import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import type { DataSite } from '../../../data/sp';
import { trainingRights, type ITrainingRights } from '../../../data/trainingDashboard';
import { dayInLondon } from '../../../domain/training/days';
import type { ITrainingModule } from '../../../domain/training/types';
import { errorMessage } from '../../../ui/data/errorMessage';
import { usePartServices } from '../../../ui/data/PartServices';
import { formatText } from '../../../ui/format/text';
import { upnOf, useHostContext } from '../../../ui/host/hostContext';
import { usePartReady } from '../../../ui/host/readyMark';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import { moduleCodes, type ITrainingSettings, type TrainingView } from '../settings';
import { useMyTraining } from '../useMyTraining';
import type { IComplianceDashboardProps } from './dashboard/ComplianceDashboard';
import type { IModuleManagerProps } from './modules/ModuleManager';
import type { ISubjectAccessProps } from './subjectAccess/SubjectAccess';
import { MyTraining } from './MyTraining';
import type { IRecordCompletionDialogProps } from './RecordCompletionDialog';
import type { IMyTeamProps } from './team/MyTeam';
import { ReminderBanner } from './team/ReminderBanner';
import { VIEW_TABS_STYLES } from '../../../ui/tabs/viewTabs';
import { lazyView } from '../../../ui/lazy/lazyView';

// "My training" comes with the part. The other tabs are chunks of their own (the dashboard's preloaded when
// the part opens on it), and so is the completion dialog, fetched once "my training" is showing.
const DASHBOARD = lazyView<IComplianceDashboardProps>(() => import(/* webpackChunkName: 'training-dashboard' */ './dashboard/ComplianceDashboard').then((m) => m.ComplianceDashboard));
const TEAM = lazyView<IMyTeamProps>(() => import(/* webpackChunkName: 'training-team' */ './team/MyTeam').then((m) => m.MyTeam));
const MODULES = lazyView<IModuleManagerProps>(() => import(/* webpackChunkName: 'training-modules' */ './modules/ModuleManager').then((m) => m.ModuleManager));
const SUBJECT_ACCESS = lazyView<ISubjectAccessProps>(() => import(/* webpackChunkName: 'training-subject-access' */ './subjectAccess/SubjectAccess').then((m) => m.SubjectAccess));
const RECORD = lazyView<IRecordCompletionDialogProps>(() => import(/* webpackChunkName: 'training-record' */ './RecordCompletionDialog').then((m) => m.RecordCompletionDialog));
const { Component: ComplianceDashboard } = DASHBOARD;
const { Component: MyTeam } = TEAM;
const { Component: ModuleManager } = MODULES;
const { Component: RecordCompletionDialog } = RECORD;
const { Component: SubjectAccess } = SUBJECT_ACCESS;

/** The views: those a page can open on, and subject access (never a page's first view). */
type AppView = TrainingView | 'subjectAccess';

type RightsState = { kind: 'loading' } | { kind: 'ready'; rights: ITrainingRights } | { kind: 'failed'; message: string };

/**
 * What the person may do, from SharePoint's effective permissions on the training lists (read in parallel
 * with "my training"). It decides which tabs are offered; SharePoint still enforces every read and write.
 */
function useRights(dataSite: () => Promise<DataSite>): RightsState {
  const [state, setState] = React.useState<RightsState>({ kind: 'loading' });
  React.useEffect(() => {
    let live = true;
    dataSite()
      .then(trainingRights)
      .then(
        (rights) => live && setState({ kind: 'ready', rights }),
        (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
      );
    return () => {
      live = false;
    };
  }, [dataSite]);
  return state;
}

export default function TrainingTrackerApp(props: IPartAppProps): React.ReactElement {
  const settings = props.settings as ITrainingSettings;
  const host = useHostContext();
  const services = usePartServices();
  const me = upnOf(host.user);
  const { state, record, attemptsUsed } = useMyTraining(services, me);
  const rights = useRights(services.dataSite);
  const [recording, setRecording] = React.useState<ITrainingModule | undefined>(undefined);
  const [view, setView] = React.useState<AppView>(settings.defaultView ?? 'my');
  // A page editor (or whoever sets up a Teams tab) who changes the view it opens on sees it at once.
  React.useEffect(() => setView(settings.defaultView ?? 'my'), [settings.defaultView]);
  const today = dayInLondon(new Date());
  const shownCodes = moduleCodes(settings.modulesShown);
  const forceScope = settings.forceScope?.trim() ? settings.forceScope.trim() : undefined;
  const allowed = rights.kind === 'ready' ? rights.rights : { readAllRecords: false, manageModules: false, rebuild: false, subjectAccess: false };
  const modules = state.kind === 'ready' ? state.data.modules.filter((m) => shownCodes.length === 0 || shownCodes.includes(m.key)) : [];

  const tabs: Array<{ key: AppView; text: string; show: boolean }> = [
    { key: 'my', text: strings.TrainingTabMine, show: true },
    { key: 'team', text: strings.TrainingTabTeam, show: allowed.readAllRecords },
    { key: 'dashboard', text: strings.TrainingTabDashboard, show: true },
    { key: 'modules', text: strings.TrainingTabModules, show: allowed.manageModules },
    { key: 'subjectAccess', text: strings.TrainingTabSubjectAccess, show: allowed.subjectAccess }
  ];
  const visible = tabs.filter((t) => t.show);
  const current = visible.some((t) => t.key === view) ? view : 'my';
  // "My training" is painted with the app's own data; the dashboard judges its own (ComplianceDashboard).
  usePartReady('trainingTracker', current === 'my' && state.kind !== 'loading' && state.kind !== 'failed');
  React.useEffect(() => {
    if (settings.defaultView === 'dashboard') DASHBOARD.preload();
  }, [settings.defaultView]);
  React.useEffect(() => {
    if (state.kind === 'ready') RECORD.preload();
  }, [state.kind]);

  const mine = (
    <Stack tokens={{ childrenGap: 16 }}>
      {state.kind === 'loading' ? <Spinner size={SpinnerSize.medium} label={strings.TrainingLoading} ariaLive="polite" /> : null}
      {state.kind === 'notInDirectory' ? <MessageBar messageBarType={MessageBarType.warning}>{strings.TrainingNotInDirectory}</MessageBar> : null}
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      {state.kind === 'ready' ? (
        <>
          <ReminderBanner statuses={state.data.statuses.filter((s) => modules.some((m) => m.key === s.moduleKey))} modules={modules} locale={host.locale} />
          <MyTraining
            modules={modules}
            statuses={state.data.statuses.filter((s) => modules.some((m) => m.key === s.moduleKey))}
            readiness={state.data.readiness}
            locale={host.locale}
            theme={host.theme}
            idPrefix={host.instanceId}
            onRecord={setRecording}
          />
        </>
      ) : null}
    </Stack>
  );

  const body = (key: AppView): React.ReactNode => {
    switch (key) {
      case 'team':
        return <MyTeam site={services.dataSite} managerUpn={me} modules={modules} today={today} locale={host.locale} idPrefix={`${host.instanceId}-team`} />;
      case 'dashboard':
        return (
          <ComplianceDashboard
            services={services}
            today={today}
            locale={host.locale}
            theme={host.theme}
            idPrefix={`${host.instanceId}-dash`}
            me={me}
            forceScope={forceScope}
            moduleKeys={shownCodes}
          />
        );
      case 'subjectAccess':
        return <SubjectAccess site={services.dataSite} today={today} locale={host.locale} />;
      case 'modules':
        return <ModuleManager site={services.dataSite} today={today} locale={host.locale} idPrefix={`${host.instanceId}-modules`} />;
      default:
        return mine;
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <PartIntro title={strings.TrainingTrackerTitle} description={strings.TrainingTrackerDescription} />
      {rights.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.TrainingRightsFailed, rights.message)}</MessageBar> : null}
      {visible.length > 1 ? (
        <Pivot aria-label={strings.TrainingTabsLabel} selectedKey={current} onLinkClick={(item) => item?.props.itemKey && setView(item.props.itemKey as AppView)} overflowBehavior="menu" styles={VIEW_TABS_STYLES} overflowAriaLabel={strings.TrainingTabsMore}>
          {visible.map((t) => (
            <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
              <div style={{ paddingTop: 16 }}>
                {t.key === current ? <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.TrainingLoading} ariaLive="polite" />}>{body(t.key)}</React.Suspense> : null}
              </div>
            </PivotItem>
          ))}
        </Pivot>
      ) : (
        mine
      )}
      {recording ? (
        <React.Suspense fallback={null}>
          <RecordCompletionDialog
            module={recording}
            attemptsUsed={attemptsUsed(recording)}
            onSubmit={async (input) => {
              await record(recording, input.attestation, input.score, input.clientId);
              if (input.passed) setRecording(undefined);
            }}
            onDismiss={() => setRecording(undefined)}
          />
        </React.Suspense>
      ) : null}
    </Stack>
  );
}
