import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { RiskRepository, type IRiskStore } from '../../../../data/RiskRepository';
import type { DataSite } from '../../../../data/sp';
import type { IRegisterData } from '../../../../domain/risks';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import { HostContext, upnOf } from '../../../../ui/host/hostContext';
import { ActionsLog } from './ActionsLog';
import { AppetiteView } from './AppetiteView';
import { ImportView } from './ImportView';
import { RaidLog } from './RaidLog';
import { useMounted } from './RaidParts';
import { StarterView } from './StarterView';
import { VIEW_TABS_STYLES } from '../../../../ui/tabs/viewTabs';

export interface IRaidViewRights {
  canAdd: boolean;
  canEdit: boolean;
  canDelete: boolean;
  canEditAppetite: boolean;
}

export interface IRaidViewProps {
  /** The data site (resolved once by the host). */
  site: () => Promise<DataSite>;
  /** What SharePoint lets this person do (`RiskRepository.rights`). */
  rights: IRaidViewRights;
  /** The UK calendar day, `yyyy-mm-dd`. */
  today: string;
  locale: string;
  /** Unique per part instance: element ids are built from it. */
  idPrefix: string;
  /** Called after any write that changes the register, so the shell reloads its own view. */
  onChanged: () => void;
}

type RaidTab = 'raid' | 'actions' | 'appetite' | 'starter' | 'import';

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: IRegisterData; refreshing: boolean; refreshFailed?: string };

/**
 * The register's RAID side: the RAID log, the risks' mitigating actions, risk appetite, the starter risks
 * and the import of an existing register, as sub-tabs. It reads the register itself (one `register()`
 * call, again after each write) and tells the shell after every write that changed it.
 */
export function RaidView(props: IRaidViewProps): React.ReactElement {
  const { site, rights, today, locale, idPrefix, onChanged } = props;
  const host = React.useContext(HostContext);
  const me = host !== undefined ? upnOf(host.user) : '';
  const [tab, setTab] = React.useState<RaidTab>('raid');
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const repoRef = React.useRef<Promise<IRiskStore> | undefined>(undefined);
  const [repo, setRepo] = React.useState<IRiskStore | undefined>(undefined);
  const mounted = useMounted();

  const store = React.useCallback((): Promise<IRiskStore> => {
    if (repoRef.current === undefined) {
      const made = site().then((s) => new RiskRepository(s));
      // A failed site lookup is tried again next time, not remembered.
      made.catch(() => (repoRef.current = undefined));
      repoRef.current = made;
    }
    return repoRef.current;
  }, [site]);

  const read = React.useCallback(
    async (initial: boolean): Promise<void> => {
      if (initial) setLoad({ kind: 'loading' });
      else setLoad((l) => (l.kind === 'ready' ? { ...l, refreshing: true, refreshFailed: undefined } : l));
      try {
        const r = await store();
        const data = await r.register();
        if (!mounted.current) return;
        setRepo(r);
        setLoad({ kind: 'ready', data, refreshing: false });
      } catch (error) {
        if (!mounted.current) return;
        setLoad((l) => (l.kind === 'ready' && !initial ? { ...l, refreshing: false, refreshFailed: errorMessage(error) } : { kind: 'failed', message: errorMessage(error) }));
      }
    },
    [store, mounted]
  );

  React.useEffect(() => {
    read(true).catch(() => undefined);
  }, [read]);

  const written = React.useCallback(async (): Promise<void> => {
    onChanged();
    await read(false);
  }, [onChanged, read]);

  if (load.kind === 'loading') return <Spinner size={SpinnerSize.medium} label={strings.RiskRaidLoading} ariaLive="polite" />;
  if (load.kind === 'failed' || repo === undefined) {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={
          <div>
            <DefaultButton text={strings.RiskRaidRetry} onClick={() => read(true).catch(() => undefined)} />
          </div>
        }
      >
        {formatText(strings.RiskRaidLoadFailed, load.kind === 'failed' ? load.message : strings.ErrorUnexpected)}
      </MessageBar>
    );
  }

  const { data } = load;
  const readOnly = !rights.canAdd && !rights.canEdit;
  const tabs: Array<{ key: RaidTab; text: string }> = [
    { key: 'raid', text: strings.RiskRaidTabLog },
    { key: 'actions', text: strings.RiskRaidTabActions },
    { key: 'appetite', text: strings.RiskRaidTabAppetite },
    { key: 'starter', text: strings.RiskRaidTabStarter },
    { key: 'import', text: strings.RiskRaidTabImport }
  ];

  const body = (key: RaidTab): React.ReactElement => {
    switch (key) {
      case 'raid':
        return <RaidLog idPrefix={`${idPrefix}-raid`} data={data} repo={repo} canAdd={rights.canAdd} canEdit={rights.canEdit} defaultOwner={me} today={today} locale={locale} onWritten={written} />;
      case 'actions':
        return <ActionsLog idPrefix={`${idPrefix}-actions`} data={data} repo={repo} canAdd={rights.canAdd} canEdit={rights.canEdit} defaultOwner={me} today={today} locale={locale} onWritten={written} />;
      case 'appetite':
        return <AppetiteView idPrefix={`${idPrefix}-appetite`} appetites={data.appetites} repo={repo} canEdit={rights.canEditAppetite} locale={locale} onWritten={written} />;
      case 'starter':
        return <StarterView idPrefix={`${idPrefix}-starter`} risks={data.risks} repo={repo} canAdd={rights.canAdd} defaultOwner={me} onWritten={written} />;
      case 'import':
        return <ImportView idPrefix={`${idPrefix}-import`} risks={data.risks} repo={repo} canAdd={rights.canAdd} canEdit={rights.canEdit} defaultOwner={me} locale={locale} onWritten={written} />;
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      {readOnly ? <MessageBar messageBarType={MessageBarType.info}>{strings.RiskRaidReadOnly}</MessageBar> : null}
      {load.refreshFailed !== undefined ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <DefaultButton text={strings.RiskRaidRetry} onClick={() => read(false).catch(() => undefined)} />
            </div>
          }
        >
          {formatText(strings.RiskRaidRefreshFailed, load.refreshFailed)}
        </MessageBar>
      ) : null}
      <div role="status" aria-live="polite" style={{ fontSize: 12 }}>
        {load.refreshing ? strings.RiskRaidRefreshing : ''}
      </div>
      <Pivot
        aria-label={strings.RiskRaidTabsLabel}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey !== undefined && setTab(item.props.itemKey as RaidTab)}
        overflowBehavior="menu"
        styles={VIEW_TABS_STYLES}
        overflowAriaLabel={strings.RiskRaidTabsMore}
      >
        {tabs.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
            <div style={{ paddingTop: 16 }}>{t.key === tab ? body(t.key) : null}</div>
          </PivotItem>
        ))}
      </Pivot>
    </Stack>
  );
}
