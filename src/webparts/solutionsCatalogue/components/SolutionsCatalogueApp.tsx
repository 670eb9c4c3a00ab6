import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../data/CatalogueRepository';
import { reviewsForOwner } from '../../../domain/catalogue/lifecycle';
import type { FacetSelection } from '../../../domain/catalogue/search';
import type { ICatalogueEntry } from '../../../domain/catalogue/types';
import { helpfulCounts } from '../../../domain/catalogue/votes';
import { dayInLondon } from '../../../domain/training/days';
import { errorMessage } from '../../../ui/data/errorMessage';
import { usePartServices } from '../../../ui/data/PartServices';
import { formatText } from '../../../ui/format/text';
import { isTeamsHost, upnOf, useHostContext } from '../../../ui/host/hostContext';
import { usePartReady } from '../../../ui/host/readyMark';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import { resolveCatalogueSettings, type ICatalogueSettings } from '../settings';
import { BrowseView } from './browse/BrowseView';
import { entryIdFrom, entryIdInSearch } from './browse/deepLink';
import type { ICatalogueMe, IEntryDetailPanelProps } from './browse/EntryDetailPanel';
import { useCatalogueData } from './browse/useCatalogueData';
import type { IMySubmissionsProps } from './entry/MySubmissions';
import type { ISubmitViewProps } from './entry/SubmitView';
import type { IReviewQueueProps } from './review/ReviewQueue';
import type { IChampionsDeskProps } from './desk/ChampionsDesk';
import { VIEW_TABS_STYLES } from '../../../ui/tabs/viewTabs';
import { lazyView } from '../../../ui/lazy/lazyView';

// Browse is the catalogue's main view and comes with the part; the other tabs and the entry panel (with
// its editor) are chunks of their own. The panel's is fetched once Browse is showing, before a first click.
const SUBMIT = lazyView<ISubmitViewProps>(() => import(/* webpackChunkName: 'catalogue-submit' */ './entry/SubmitView').then((m) => m.SubmitView));
const MINE = lazyView<IMySubmissionsProps>(() => import(/* webpackChunkName: 'catalogue-mine' */ './entry/MySubmissions').then((m) => m.MySubmissions));
const REVIEW = lazyView<IReviewQueueProps>(() => import(/* webpackChunkName: 'catalogue-review' */ './review/ReviewQueue').then((m) => m.ReviewQueue));
const DESK = lazyView<IChampionsDeskProps>(() => import(/* webpackChunkName: 'catalogue-desk' */ './desk/ChampionsDesk').then((m) => m.ChampionsDesk));
const DETAIL = lazyView<IEntryDetailPanelProps>(() => import(/* webpackChunkName: 'catalogue-entry' */ './browse/EntryDetailPanel').then((m) => m.EntryDetailPanel));
const { Component: SubmitView } = SUBMIT;
const { Component: MySubmissions } = MINE;
const { Component: ReviewQueue } = REVIEW;
const { Component: ChampionsDesk } = DESK;
const { Component: EntryDetailPanel } = DETAIL;

export type CatalogueView = 'browse' | 'submit' | 'review' | 'mine' | 'desk';

type Opened = { entry: ICatalogueEntry; editing: boolean };
type DeepLink = { kind: 'none' } | { kind: 'pending'; id: number } | { kind: 'missing'; id: number } | { kind: 'failed'; message: string };

/** The page's address (for deep links and "Copy link"); empty outside a browser. */
function pageHref(): string {
  return typeof window !== 'undefined' ? window.location.href : '';
}

/**
 * The solutions catalogue: browse and find, submit, the champions' review queue, one's own submissions
 * and the champions' desk. Data is read once per load; the search index is built from it once and kept
 * until an entry changes. A deep link (`?entry=<id>` on the page address) opens that entry.
 */
export default function SolutionsCatalogueApp(props: IPartAppProps): React.ReactElement {
  const settings = React.useMemo(() => resolveCatalogueSettings(props.settings as ICatalogueSettings), [props.settings]);
  const host = useHostContext();
  const services = usePartServices();
  const upn = upnOf(host.user);
  const { state, reload, entryChanged, voteChanged } = useCatalogueData(services.dataSite, upn, host.locale);
  const [view, setView] = React.useState<CatalogueView>('browse');
  const [opened, setOpened] = React.useState<Opened | undefined>(undefined);
  const [changes, setChanges] = React.useState(0);
  const [deepLink, setDeepLink] = React.useState<DeepLink>(() => {
    // Teams passes the deep link's sub-page id; a SharePoint page carries ?entry= in its address.
    const id = entryIdFrom(host.subPageId) ?? (typeof window !== 'undefined' ? entryIdInSearch(window.location.search) : undefined);
    return id !== undefined ? { kind: 'pending', id } : { kind: 'none' };
  });
  const today = dayInLondon(new Date());
  const idPrefix = `${host.instanceId}-catalogue`;

  const data = state.kind === 'ready' ? state.data : undefined;
  const me: ICatalogueMe | undefined = React.useMemo(
    () => (data !== undefined ? { upn, userId: data.viewer.userId, isChampion: data.rights.canApprove, force: data.viewer.force, department: data.viewer.department } : undefined),
    [data, upn]
  );
  const helpful = React.useMemo(() => helpfulCounts(data?.votes ?? []), [data?.votes]);
  const browsable = React.useMemo(() => data?.published ?? [], [data?.published]);
  const initialFacets = React.useMemo((): FacetSelection => ({ department: settings.departments, product: settings.products }), [settings]);
  // Browse, the first view, renders the loaded entries in the same commit.
  usePartReady('solutionsCatalogue', data !== undefined);
  React.useEffect(() => {
    if (data !== undefined) DETAIL.preload();
  }, [data]);

  /** Finds an entry to open: the loaded copy, else SharePoint (a submission its author or a champion may see). */
  const openById = React.useCallback(
    async (id: number): Promise<ICatalogueEntry | undefined> => {
      const loaded = data?.published.filter((e) => e.id === id)[0];
      if (loaded !== undefined) return loaded;
      return new CatalogueRepository(await services.dataSite()).entry(id);
    },
    [data, services]
  );

  // A deep link opens its entry once the catalogue is loaded.
  React.useEffect(() => {
    if (deepLink.kind !== 'pending' || data === undefined) return;
    let live = true;
    openById(deepLink.id).then(
      (entry) => {
        if (!live) return;
        if (entry === undefined) setDeepLink({ kind: 'missing', id: deepLink.id });
        else {
          setOpened({ entry, editing: false });
          setDeepLink({ kind: 'none' });
        }
      },
      (error: unknown) => live && setDeepLink({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [deepLink, data, openById]);

  const changed = React.useCallback(
    (entry: ICatalogueEntry) => {
      entryChanged(entry);
      setChanges((n) => n + 1);
      setOpened((o) => (o !== undefined && o.entry.id === entry.id ? { ...o, entry } : o));
    },
    [entryChanged]
  );

  const promoted = React.useCallback(
    (entryId: number) => {
      openById(entryId).then(
        (entry) => {
          if (entry === undefined) return;
          changed(entry);
          setOpened({ entry, editing: false });
        },
        () => undefined
      );
    },
    [openById, changed]
  );

  if (state.kind === 'loading' || me === undefined || data === undefined) {
    return (
      <Stack tokens={{ childrenGap: 16 }}>
        <PartIntro title={strings.SolutionsCatalogueTitle} description={strings.SolutionsCatalogueDescription} />
        {state.kind === 'failed' ? (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={
              <div>
                <DefaultButton text={strings.CatalogueTryAgain} onClick={reload} />
              </div>
            }
          >
            {formatText(strings.CatalogueLoadFailed, state.message)}
          </MessageBar>
        ) : (
          <Spinner size={SpinnerSize.large} label={strings.CatalogueLoading} ariaLive="polite" />
        )}
      </Stack>
    );
  }

  const ownReviews = reviewsForOwner(data.published, upn, today).filter((r) => r.status === 'overdue');
  const tabs: Array<{ key: CatalogueView; text: string; show: boolean }> = [
    { key: 'browse', text: strings.CatalogueTabBrowse, show: true },
    { key: 'submit', text: strings.CatalogueTabSubmit, show: settings.submissionsOpen },
    { key: 'review', text: strings.CatalogueTabReview, show: me.isChampion },
    { key: 'mine', text: strings.CatalogueTabMine, show: true },
    { key: 'desk', text: strings.CatalogueTabDesk, show: true }
  ];
  const visible = tabs.filter((t) => t.show);
  const current = visible.some((t) => t.key === view) ? view : 'browse';
  const open = (entry: ICatalogueEntry): void => setOpened({ entry, editing: false });

  const body = (key: CatalogueView): React.ReactNode => {
    switch (key) {
      case 'submit':
        return (
          <SubmitView
            site={services.dataSite}
            actor={me}
            me={me}
            modules={data.modules}
            policyUrl={settings.policyUrl}
            locale={host.locale}
            idPrefix={`${idPrefix}-submit`}
            onSaved={changed}
            onShowMine={() => setView('mine')}
          />
        );
      case 'review':
        return (
          <ReviewQueue
            site={services.dataSite}
            actor={me}
            published={data.published}
            modules={data.modules}
            policyUrl={settings.policyUrl}
            today={today}
            locale={host.locale}
            idPrefix={`${idPrefix}-queue`}
            onEntryChanged={changed}
            onOpen={open}
          />
        );
      case 'mine':
        return (
          <MySubmissions
            site={services.dataSite}
            upn={upn}
            userId={me.userId}
            published={data.published}
            today={today}
            locale={host.locale}
            idPrefix={`${idPrefix}-mine`}
            refreshKey={changes}
            onOpen={open}
            onEdit={(entry) => setOpened({ entry, editing: true })}
          />
        );
      case 'desk':
        return (
          <ChampionsDesk
            site={services.dataSite}
            me={me}
            today={today}
            locale={host.locale}
            idPrefix={`${idPrefix}-desk`}
            questionsOpen={settings.questionsOpen}
            onPromoted={promoted}
          />
        );
      default:
        return (
          <BrowseView
            entries={browsable}
            helpful={helpful}
            measured={data.measured}
            initialFacets={initialFacets}
            layout={settings.layout}
            locale={host.locale}
            idPrefix={`${idPrefix}-browse`}
            onOpen={open}
          />
        );
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <PartIntro title={strings.SolutionsCatalogueTitle} description={strings.SolutionsCatalogueDescription} />
      {!data.rightsChecked ? <MessageBar messageBarType={MessageBarType.warning}>{strings.CatalogueRightsFailed}</MessageBar> : null}
      {ownReviews.length > 0 ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            current !== 'mine' ? (
              <div>
                <DefaultButton text={strings.CatalogueOverdueBannerAction} onClick={() => setView('mine')} />
              </div>
            ) : undefined
          }
        >
          {formatText(ownReviews.length === 1 ? strings.CatalogueOverdueBannerOne : strings.CatalogueOverdueBannerMany, ownReviews.length)}
        </MessageBar>
      ) : null}
      {deepLink.kind === 'missing' ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setDeepLink({ kind: 'none' })} dismissButtonAriaLabel={strings.CatalogueDismiss}>
          {formatText(strings.CatalogueDeepLinkMissing, deepLink.id)}
        </MessageBar>
      ) : null}
      {deepLink.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={() => setDeepLink({ kind: 'none' })} dismissButtonAriaLabel={strings.CatalogueDismiss}>
          {formatText(strings.CatalogueDeepLinkFailed, deepLink.message)}
        </MessageBar>
      ) : null}
      <Pivot
        aria-label={strings.CatalogueTabsLabel}
        selectedKey={current}
        onLinkClick={(item) => item?.props.itemKey !== undefined && setView(item.props.itemKey as CatalogueView)}
        overflowBehavior="menu"
        styles={VIEW_TABS_STYLES}
        overflowAriaLabel={strings.CatalogueTabsMore}
      >
        {visible.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
            <div style={{ paddingTop: 16 }}>
              {t.key === current ? <React.Suspense fallback={<Spinner label={strings.CatalogueLoading} ariaLive="polite" />}>{body(t.key)}</React.Suspense> : null}
            </div>
          </PivotItem>
        ))}
      </Pivot>
      {opened !== undefined ? (
        <React.Suspense fallback={null}>
          <EntryDetailPanel
            key={opened.entry.id}
            entry={opened.entry}
            site={services.dataSite}
            me={me}
            votes={data.votes}
            helpfulCount={helpful.get(opened.entry.id) ?? 0}
            measured={data.measured}
            modules={data.modules}
            policyUrl={settings.policyUrl}
            today={today}
            locale={host.locale}
            idPrefix={`${idPrefix}-detail`}
            pageHref={pageHref()}
            teamsEntity={isTeamsHost(host.host) ? host.teamsEntity : undefined}
            startEditing={opened.editing}
            onDismiss={() => setOpened(undefined)}
            onEntryChanged={changed}
            onVoteChanged={voteChanged}
          />
        </React.Suspense>
      ) : null}
    </Stack>
  );
}
