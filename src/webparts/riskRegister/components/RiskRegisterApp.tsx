import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { RiskRepository, type IRiskRights, type IRiskStore } from '../../../data/RiskRepository';
import { buildEntry, buildRegister, type IRegisterData, type IRegisterSort, type Measure } from '../../../domain/risks';
import { dayInLondon } from '../../../domain/training/days';
import { errorMessage } from '../../../ui/data/errorMessage';
import { usePartServices } from '../../../ui/data/PartServices';
import { formatText } from '../../../ui/format/text';
import { upnOf, useHostContext } from '../../../ui/host/hostContext';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import { forceViewName, resolveRiskSettings, type IRiskRegisterSettings, type RiskStartView } from '../settings';
import { HeatMapView } from './heatmap/HeatMapView';
import { RegisterView } from './register/RegisterView';
import { emptyFilter, viewKeys, viewOf, type ICellFilter, type IRegisterFilterState } from './register/registerModel';
import { useHistories } from './register/useHistories';
import type { IRiskPanelProps } from './risk/RiskPanel';
import type { IRaidViewProps } from './raid/RaidView';
import { VIEW_TABS_STYLES } from '../../../ui/tabs/viewTabs';
import type { IBoardStore } from '../../../domain/board/types';
import { usePartReady } from '../../../ui/host/readyMark';
import { lazyView } from '../../../ui/lazy/lazyView';

type Tab = RiskStartView | 'raid' | 'board';

// The register and the heat map come with the part. The board cycle (meetings, agenda, paper) and RAID
// (with the starter content, appetite and CSV import) are chunks loaded when their tab is first opened; the
// risk panel's (the form and its history) is fetched once the register is showing, before a first click.
const BoardView = React.lazy(() => import(/* webpackChunkName: 'risk-board' */ './board/BoardView').then((m) => ({ default: m.BoardView })));
const RAID = lazyView<IRaidViewProps>(() => import(/* webpackChunkName: 'risk-raid' */ './raid/RaidView').then((m) => m.RaidView));
const PANEL = lazyView<IRiskPanelProps>(() => import(/* webpackChunkName: 'risk-panel' */ './risk/RiskPanel').then((m) => m.RiskPanel));
const { Component: RaidView } = RAID;
const { Component: RiskPanel } = PANEL;

export interface IRiskRegisterAppProps extends IPartAppProps {
  /** The board's data layer; `BoardRepository` on the data site unless a test gives another. */
  boardStore?: () => Promise<IBoardStore>;
}

const NO_RIGHTS: IRiskRights = { canAdd: false, canEdit: false, canDelete: false, canEditAppetite: false };

interface ILoaded {
  data: IRegisterData;
  rights: IRiskRights;
  /** Set when the rights could not be read: the part then offers only reading. */
  rightsProblem: string | undefined;
}

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'ready'; refreshing: boolean } & ILoaded);

/** The risk panel: a risk by id, or a new one (`opened` tells one opening from the next). */
type PanelState = { riskId: number | undefined; opened: number } | undefined;

/**
 * The governance risk register part: the register, the 5×5 heat map and the RAID log with the board's
 * set-up, in tabs, each read from one force view (the programme's, Kent's, Essex's or the joint risks).
 * What a person may do is SharePoint's answer (effective permissions): the programme board adds and edits
 * (closing is a status; nobody deletes), everyone else reads.
 */
export default function RiskRegisterApp(props: IRiskRegisterAppProps): React.ReactElement {
  const settings = React.useMemo(() => resolveRiskSettings(props.settings as IRiskRegisterSettings), [props.settings]);
  const host = useHostContext();
  const services = usePartServices();
  const me = upnOf(host.user);
  const today = dayInLondon(new Date());
  const idPrefix = `${host.instanceId}-risks`;

  // One repository per data site, made on first use (a failed resolution is tried again next time).
  const storePromise = React.useRef<Promise<IRiskStore> | undefined>(undefined);
  const store = React.useCallback((): Promise<IRiskStore> => {
    if (storePromise.current === undefined) {
      const made = services.dataSite().then((site): IRiskStore => new RiskRepository(site));
      made.catch(() => {
        storePromise.current = undefined;
      });
      storePromise.current = made;
    }
    return storePromise.current;
  }, [services]);

  // The board's repository, made the same way on first use (its code loads with the Board tab).
  const boardPromise = React.useRef<Promise<IBoardStore> | undefined>(undefined);
  const givenBoardStore = props.boardStore;
  const boardStore = React.useCallback((): Promise<IBoardStore> => {
    if (givenBoardStore !== undefined) return givenBoardStore();
    if (boardPromise.current === undefined) {
      const made = Promise.all([services.dataSite(), import(/* webpackChunkName: 'risk-board' */ '../../../data/BoardRepository')]).then(([site, m]): IBoardStore => new m.BoardRepository(site));
      made.catch(() => {
        boardPromise.current = undefined;
      });
      boardPromise.current = made;
    }
    return boardPromise.current;
  }, [services, givenBoardStore]);

  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [tab, setTab] = React.useState<Tab>(settings.startView);
  // A page editor (or whoever sets up a Teams tab) who changes the view it opens on sees it at once.
  React.useEffect(() => setTab(settings.startView), [settings.startView]);
  const [viewKey, setViewKey] = React.useState<string>(settings.forceView);
  const [filter, setFilter] = React.useState<IRegisterFilterState>(() => emptyFilter(settings.topic));
  const [cell, setCell] = React.useState<ICellFilter | undefined>(undefined);
  const [measure, setMeasure] = React.useState<Measure>('current');
  const [sort, setSort] = React.useState<IRegisterSort>({ key: 'reference' });
  const [panel, setPanel] = React.useState<PanelState>(undefined);
  const [refreshProblem, setRefreshProblem] = React.useState<string | undefined>(undefined);
  const histories = useHistories(store);

  React.useEffect(() => {
    let live = true;
    const read = async (): Promise<ILoaded> => {
      const s = await store();
      const [data, rights] = await Promise.all([
        s.register(),
        s.rights().then(
          (r) => ({ rights: r, problem: undefined }),
          (error: unknown) => ({ rights: NO_RIGHTS, problem: errorMessage(error) })
        )
      ]);
      return { data, rights: rights.rights, rightsProblem: rights.problem };
    };
    read().then(
      (next) => live && setState({ kind: 'ready', refreshing: false, ...next }),
      (error: unknown) => {
        if (!live) return;
        // A failed refresh keeps the register on screen and says so; a failed first read says why.
        const message = errorMessage(error);
        setState((s) => (s.kind === 'ready' ? { ...s, refreshing: false } : { kind: 'failed', message }));
        setRefreshProblem(message);
      }
    );
    return () => {
      live = false;
    };
  }, [store, generation]);

  const reload = React.useCallback((): void => {
    setRefreshProblem(undefined);
    setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true } : { kind: 'loading' }));
    setGeneration((g) => g + 1);
  }, []);

  const data = state.kind === 'ready' ? state.data : undefined;
  const entries = React.useMemo(() => (data === undefined ? [] : buildRegister(data, { today })), [data, today]);

  usePartReady('riskRegister', state.kind === 'ready' && (tab === 'register' || tab === 'heatMap'));
  React.useEffect(() => {
    if (state.kind === 'ready') PANEL.preload();
  }, [state.kind]);
  const intro = <PartIntro title={strings.RiskRegisterTitle} description={strings.RiskRegisterDescription} />;
  if (state.kind !== 'ready') {
    return (
      <Stack tokens={{ childrenGap: 16 }}>
        {intro}
        {state.kind === 'loading' ? <Spinner label={strings.RiskAppLoading} ariaLive="polite" /> : null}
        {state.kind === 'failed' ? (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={
              <DefaultButton text={strings.RiskTryAgain} onClick={reload} />
            }
          >
            {formatText(strings.RiskAppFailed, state.message)}
          </MessageBar>
        ) : null}
      </Stack>
    );
  }

  const { rights } = state;
  const view = viewOf(viewKey);
  const viewName = forceViewName(viewKey);
  const keys = viewKeys(entries);
  const forces = keys.filter((k) => k !== 'combined');

  const openRisk = (riskId: number): void => setPanel({ riskId, opened: Date.now() });

  const body = (key: Tab): React.ReactNode => {
    if (key === 'board') {
      return (
        <React.Suspense fallback={<Spinner label={strings.BoardLoading} ariaLive="polite" />}>
          <BoardView boardStore={boardStore} register={state.data} today={today} locale={host.locale} me={me} idPrefix={`${idPrefix}-board`} onRegisterChanged={reload} />
        </React.Suspense>
      );
    }
    if (key === 'raid') {
      return (
        <React.Suspense fallback={<Spinner label={strings.RiskAppLoading} ariaLive="polite" />}>
          <RaidView site={services.dataSite} rights={rights} today={today} locale={host.locale} idPrefix={`${idPrefix}-raid`} onChanged={reload} />
        </React.Suspense>
      );
    }
    if (key === 'heatMap') {
      return (
        <HeatMapView
          entries={entries}
          view={view}
          viewName={viewName}
          filter={filter}
          onFilterChange={setFilter}
          measure={measure}
          onMeasureChange={(m) => {
            setMeasure(m);
            if (cell !== undefined && cell.measure !== m) setCell(undefined);
          }}
          cell={cell}
          onSelectCell={setCell}
          onClearCell={() => setCell(undefined)}
          onShowInRegister={() => setTab('register')}
          sort={sort}
          onSort={setSort}
          histories={histories}
          today={today}
          locale={host.locale}
          idPrefix={`${idPrefix}-heat`}
          onOpen={openRisk}
        />
      );
    }
    return (
      <RegisterView
        entries={entries}
        view={view}
        viewName={viewName}
        filter={filter}
        onFilterChange={setFilter}
        cell={cell}
        onClearCell={() => setCell(undefined)}
        sort={sort}
        onSort={setSort}
        histories={histories}
        today={today}
        locale={host.locale}
        idPrefix={`${idPrefix}-register`}
        onOpen={openRisk}
      />
    );
  };

  const tabs: Array<{ key: Tab; text: string }> = [
    { key: 'register', text: strings.RiskTabRegister },
    { key: 'heatMap', text: strings.RiskTabHeatMap },
    { key: 'raid', text: strings.RiskTabRaid },
    { key: 'board', text: strings.BoardTab }
  ];
  const panelEntry = panel?.riskId !== undefined ? entries.filter((e) => e.risk.id === panel.riskId)[0] : undefined;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {intro}
      {state.rightsProblem !== undefined ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.RiskAppRightsFailed, state.rightsProblem)}</MessageBar> : null}
      {refreshProblem !== undefined ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text={strings.RiskTryAgain} onClick={reload} />}>
          {formatText(strings.RiskAppRefreshFailed, refreshProblem)}
        </MessageBar>
      ) : null}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        {tab !== 'raid' && tab !== 'board' ? (
          <Dropdown
            label={strings.RiskViewLabel}
            options={keys.map((k) => ({ key: k, text: forceViewName(k) }))}
            selectedKey={viewKey}
            onChange={(_e, o) => o !== undefined && setViewKey(String(o.key))}
            styles={{ root: { minWidth: 200, maxWidth: '100%' } }}
          />
        ) : null}
        {rights.canAdd ? <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.RiskNewRisk} onClick={() => setPanel({ riskId: undefined, opened: Date.now() })} /> : null}
        <Text role="status" aria-live="polite" variant="small">
          {state.refreshing ? strings.RiskAppRefreshing : ''}
        </Text>
      </Stack>
      <Pivot
        aria-label={strings.RiskTabsLabel}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)}
        overflowBehavior="menu"
        styles={VIEW_TABS_STYLES}
        overflowAriaLabel={strings.RiskTabsMore}
      >
        {tabs.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
            <div style={{ paddingTop: 16 }}>{t.key === tab ? body(t.key) : null}</div>
          </PivotItem>
        ))}
      </Pivot>
      {panel !== undefined ? (
        <React.Suspense fallback={null}>
          <RiskPanel
            key={panel.opened}
            riskId={panel.riskId}
            entry={panelEntry}
            risks={state.data.risks}
            store={store}
            rights={rights}
            newRisk={{ force: viewKey !== 'combined' ? viewKey : '', category: filter.topic !== '' ? filter.topic : 'copilotGovernance' }}
            forces={forces}
            me={me}
            today={today}
            locale={host.locale}
            idPrefix={`${idPrefix}-panel`}
            onDismiss={() => setPanel(undefined)}
            onChanged={(riskId) => {
              // A created risk: the same panel now shows it.
              setPanel((p) => (p === undefined ? p : { ...p, riskId }));
              reload();
            }}
            onHistory={(history, detail) => histories.remember(buildEntry(detail.risk, { assessments: detail.assessments, actions: detail.actions, appetites: state.data.appetites }, { today }), history)}
          />
        </React.Suspense>
      ) : null}
    </Stack>
  );
}
