import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import type { IPersona } from '../../demo/personas';
import { Workbench } from './Workbench';
import { parseState } from './workbenchState';

const USER_COOKIE = 'emu_user';

function currentUpn(): string | undefined {
  const match = document.cookie.split('; ').filter((c) => c.indexOf(`${USER_COOKIE}=`) === 0)[0];
  return match ? decodeURIComponent(match.slice(USER_COOKIE.length + 1)) : undefined;
}

/** Switching user is a new sign-in: set the cookie the emulator reads, then load the page afresh. */
function switchUser(upn: string): void {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(upn)}; path=/; SameSite=Strict`;
  window.location.reload();
}

async function start(): Promise<void> {
  // Icon fonts come from this server, never a CDN (police networks and CI have no internet).
  initializeIcons('/_workbench/fonts/');
  const config = (await (await fetch('/_workbench/config.json')).json()) as { personas: IPersona[]; siteUrl: string; defaultUpn: string };
  const upn = currentUpn();
  if (!upn) {
    switchUser(config.defaultUpn);
    return;
  }
  // Anyone in the emulator's directory may sign in (the browser tests use thousands of people); the
  // picker offers the personas, and names whoever else is signed in. An unknown name is a new sign-in.
  let directoryUser: { upn: string; displayName: string } | undefined;
  if (!config.personas.some((p) => p.upn === upn)) {
    // SharePoint may be throttling (the browser storms make it): wait and ask again rather than sign in as
    // someone else. Only an unknown name (401) is a new sign-in.
    let me = await fetch(`${config.siteUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json;odata=nometadata' } });
    for (let attempt = 1; attempt < 10 && (me.status === 429 || me.status === 503); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      me = await fetch(`${config.siteUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json;odata=nometadata' } });
    }
    if (!me.ok) {
      switchUser(config.defaultUpn);
      return;
    }
    directoryUser = { upn, displayName: ((await me.json()) as { Title: string }).Title };
  }
  // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount -- RATIONALE: the workbench root lives as long as the page.
  ReactDom.render(
    <Workbench initialState={parseState(window.location.search)} personas={config.personas} currentUpn={upn} directoryUser={directoryUser} siteUrl={config.siteUrl} onSwitchUser={switchUser} />,
    document.getElementById('workbench')
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('workbench');
  if (root) root.textContent = `The workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
});
