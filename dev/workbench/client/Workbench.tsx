import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { HostKind, IHostUser } from '../../../src/ui/host/hostContext';
import { isTeamsHost } from '../../../src/ui/host/hostContext';
import { teamsTheme } from '../../../src/ui/host/themes';
import { partDefinition, type PartKey } from '../../../src/webparts/shared/partCatalog';
import type { ISettingsPage } from '../../../src/webparts/shared/settings';
import { partTitle } from '../../../src/webparts/suite/partTitles';
import { settingsOnSwitch, suiteSettings } from '../../../src/webparts/suite/suiteSettings';
import type { IPersona } from '../../demo/personas';
import { PartSlot } from './PartSlot';
import { SettingsPanel } from './SettingsPanel';
import { sharePointTheme } from './sharePointTheme';
import { FullPage, SharePointPage, TeamsFrame } from './Surfaces';
import { ALL_BACKGROUNDS, ALL_HOSTS, ALL_PARTS, serializeState, type IWorkbenchState, type WorkbenchPart } from './workbenchState';

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  toolbar: { padding: '8px 16px', background: '#1b1a19', color: '#ffffff', borderBottom: '4px solid #ffaa44' },
  toolbarLabel: { color: '#ffffff' },
  canvas: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', selectors: { '& > *': { flex: 1 } } }
});

const hostLabels: Record<HostKind, string> = {
  SharePointWebPart: 'SharePoint page',
  SharePointFullPage: 'Full page app',
  TeamsTab: 'Teams channel tab',
  TeamsPersonalApp: 'Teams personal app'
};

function label(part: WorkbenchPart): string {
  return part === 'suite' ? 'Suite (channel tab part)' : partTitle(part);
}

function settingsPage(part: WorkbenchPart, values: Record<string, unknown>): ISettingsPage {
  return part === 'suite' ? suiteSettings(values.part as PartKey | undefined) : partDefinition(part).settings();
}

export interface IWorkbenchProps {
  initialState: IWorkbenchState;
  personas: IPersona[];
  currentUpn: string | undefined;
  /** Signed in as someone in the directory who is not a persona (the browser tests sign in thousands). */
  directoryUser?: { upn: string; displayName: string };
  siteUrl: string;
  onSwitchUser: (upn: string) => void;
}

/** The local workbench: a SharePoint page, a full page app or Teams, with a chosen user, theme and parts. */
export function Workbench(props: IWorkbenchProps): React.ReactElement {
  const [state, setState] = React.useState<IWorkbenchState>(props.initialState);
  const [settingsFor, setSettingsFor] = React.useState<number | undefined>(undefined);

  const update = React.useCallback((change: Partial<IWorkbenchState>): void => {
    setState((previous) => {
      const next = { ...previous, ...change };
      window.history.replaceState(null, '', serializeState(next));
      return next;
    });
  }, []);

  const persona = props.personas.filter((p) => p.upn === props.currentUpn)[0];
  const signedIn = persona ?? props.directoryUser;
  const user: IHostUser = signedIn
    ? { displayName: signedIn.displayName, email: signedIn.upn, loginName: `i:0#.f|membership|${signedIn.upn}` }
    : { displayName: 'Unknown user', email: '', loginName: '' };

  const columnCount = state.host === 'SharePointWebPart' ? state.layout : 1;
  const parts: WorkbenchPart[] = [];
  for (let i = 0; i < columnCount; i++) parts.push(state.parts[i] || state.parts[0]);

  const slot = (part: WorkbenchPart, index: number): React.ReactElement => {
    const teams = isTeamsHost(state.host);
    const theme = teams ? teamsTheme(state.teamsTheme) : sharePointTheme(state.host === 'SharePointWebPart' ? state.background : 'none');
    return (
      <PartSlot
        key={`${part}-${index}-${props.currentUpn ?? ''}`}
        part={part}
        host={state.host}
        themeName={teams ? state.teamsTheme : 'sharepoint'}
        theme={theme}
        user={user}
        pageSiteUrl={props.siteUrl}
        settings={state.settings[part] || {}}
        instanceId={`wb-${index}`}
      />
    );
  };

  let canvas: React.ReactElement;
  if (state.host === 'SharePointWebPart') {
    canvas = (
      <SharePointPage siteTitle="M365 programme" layout={state.layout} background={state.background}>
        {parts.map(slot)}
      </SharePointPage>
    );
  } else if (state.host === 'SharePointFullPage') {
    canvas = <FullPage>{slot(parts[0], 0)}</FullPage>;
  } else {
    const title = state.host === 'TeamsTab' ? `M365 programme › ${label(parts[0])}` : label(parts[0]);
    canvas = (
      <TeamsFrame themeName={state.teamsTheme} title={title}>
        {slot(parts[0], 0)}
      </TeamsFrame>
    );
  }

  const userOptions: IDropdownOption[] = [
    ...(props.directoryUser !== undefined ? [{ key: props.directoryUser.upn, text: `${props.directoryUser.displayName} — in the People directory` }] : []),
    ...props.personas.map((p) => ({ key: p.upn, text: `${p.displayName} — ${p.description}` }))
  ];
  const partOptions: IDropdownOption[] = ALL_PARTS.map((p) => ({ key: p, text: label(p) }));
  const editing = settingsFor !== undefined ? parts[settingsFor] : undefined;

  return (
    <div className={classes.root}>
      <div className={classes.toolbar} role="region" aria-label="Workbench controls">
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
          <Dropdown
            label="You are"
            styles={{ root: { minWidth: 260 }, label: { color: '#ffffff' } }}
            options={userOptions}
            selectedKey={props.currentUpn ?? null}
            onChange={(_, o) => o && props.onSwitchUser(String(o.key))}
          />
          <Dropdown
            label="Host"
            styles={{ root: { minWidth: 170 }, label: { color: '#ffffff' } }}
            options={ALL_HOSTS.map((h) => ({ key: h, text: hostLabels[h] }))}
            selectedKey={state.host}
            onChange={(_, o) => o && update({ host: o.key as HostKind })}
          />
          {isTeamsHost(state.host) ? (
            <Dropdown
              label="Teams theme"
              styles={{ root: { minWidth: 140 }, label: { color: '#ffffff' } }}
              options={[
                { key: 'default', text: 'Default' },
                { key: 'dark', text: 'Dark' },
                { key: 'contrast', text: 'High contrast' }
              ]}
              selectedKey={state.teamsTheme}
              onChange={(_, o) => o && update({ teamsTheme: o.key as IWorkbenchState['teamsTheme'] })}
            />
          ) : null}
          {state.host === 'SharePointWebPart' ? (
            <>
              <Dropdown
                label="Section"
                styles={{ root: { minWidth: 130 }, label: { color: '#ffffff' } }}
                options={[
                  { key: 1, text: 'One column' },
                  { key: 2, text: 'Two columns' },
                  { key: 3, text: 'Three columns' }
                ]}
                selectedKey={state.layout}
                onChange={(_, o) => o && update({ layout: o.key as IWorkbenchState['layout'] })}
              />
              <Dropdown
                label="Background"
                styles={{ root: { minWidth: 120 }, label: { color: '#ffffff' } }}
                options={ALL_BACKGROUNDS.map((b) => ({ key: b, text: b === 'none' ? 'None' : b[0].toUpperCase() + b.slice(1) }))}
                selectedKey={state.background}
                onChange={(_, o) => o && update({ background: o.key as IWorkbenchState['background'] })}
              />
            </>
          ) : null}
          {parts.map((part, i) => (
            <Stack key={i} horizontal verticalAlign="end" tokens={{ childrenGap: 4 }}>
              <Dropdown
                label={columnCount > 1 ? `Column ${i + 1}` : 'Part'}
                styles={{ root: { minWidth: 200 }, label: { color: '#ffffff' } }}
                options={partOptions}
                selectedKey={part}
                onChange={(_, o) => {
                  if (!o) return;
                  const next = parts.slice();
                  next[i] = o.key as WorkbenchPart;
                  update({ parts: next });
                }}
              />
              <DefaultButton text="Settings" ariaLabel={`Settings of ${label(part)}`} onClick={() => setSettingsFor(i)} />
            </Stack>
          ))}
        </Stack>
      </div>
      <main className={classes.canvas}>{canvas}</main>
      {editing !== undefined ? (
        <SettingsPanel
          title={`${label(editing)} settings`}
          page={settingsPage(editing, state.settings[editing] || {})}
          values={state.settings[editing] || {}}
          onChange={(key, value) => {
            const next = { ...(state.settings[editing] || {}), [key]: value };
            // As the Suite web part does: choosing another part keeps only that part's settings.
            update({ settings: { ...state.settings, [editing]: editing === 'suite' && key === 'part' ? settingsOnSwitch(next) : next } });
          }}
          onDismiss={() => setSettingsFor(undefined)}
        />
      ) : null}
    </div>
  );
}
