import * as React from 'react';
import { loadTeam, type ITeamData } from '../../../../data/teamTraining';
import type { DataSite } from '../../../../data/sp';
import { errorMessage } from '../../../../ui/data/errorMessage';

export type TeamState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'noReports'; leavers: number }
  | { kind: 'ready'; data: ITeamData };

export interface ITeamHook {
  state: TeamState;
  /** Reads the team again (after a failure, or to pick up new completions). */
  reload: () => void;
}

/**
 * Loads a manager's team (direct reports and their records) once per manager and day. The site getter
 * is read through a ref: callers may pass a new function each render without causing a reload.
 */
export function useTeam(site: () => Promise<DataSite>, managerUpn: string, today: string): ITeamHook {
  const [state, setState] = React.useState<TeamState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const siteRef = React.useRef(site);
  siteRef.current = site;

  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    const load = async (): Promise<TeamState> => {
      const data = await loadTeam(await siteRef.current(), managerUpn, today);
      return data.members.length === 0 ? { kind: 'noReports', leavers: data.leavers.length } : { kind: 'ready', data };
    };
    load().then(
      (next) => {
        if (live) setState(next);
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', message: errorMessage(error) });
      }
    );
    return () => {
      live = false;
    };
  }, [managerUpn, today, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
