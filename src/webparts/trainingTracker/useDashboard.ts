import * as React from 'react';
import { loadDashboard, SummaryRebuild, type IDashboardData, type IRebuildProgress } from '../../data/trainingDashboard';
import type { IPartServices } from '../../ui/data/PartServices';
import { errorMessage } from '../../ui/data/errorMessage';

export type DashboardState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: IDashboardData };

export type RebuildState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: IRebuildProgress | undefined }
  | { kind: 'failed'; message: string; progress: IRebuildProgress | undefined }
  | { kind: 'done'; people: number; records: number };

export interface IDashboardHook {
  state: DashboardState;
  refresh: () => void;
  rebuild: RebuildState;
  /** Starts a rebuild, or resumes the one that failed. */
  runRebuild: () => void;
}

/** The compliance dashboard's data and the lead's rebuild (resumed, not restarted, after a failure). */
export function useDashboard(services: IPartServices, today: string, force: string | undefined): IDashboardHook {
  const [state, setState] = React.useState<DashboardState>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [rebuild, setRebuild] = React.useState<RebuildState>({ kind: 'idle' });
  const running = React.useRef<SummaryRebuild | undefined>(undefined);

  React.useEffect(() => {
    let live = true;
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    services
      .dataSite()
      .then((site) => loadDashboard(site, { force }))
      .then(
        (data) => live && setState({ kind: 'ready', data }),
        (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
      );
    return () => {
      live = false;
    };
  }, [services, force, generation]);

  const refresh = React.useCallback(() => setGeneration((g) => g + 1), []);

  const runRebuild = React.useCallback(() => {
    const go = async (): Promise<void> => {
      // A failed rebuild is resumed (it keeps what it read); a finished one is not reused.
      const site = await services.dataSite();
      const rebuild = running.current ?? new SummaryRebuild(site, today, force !== undefined ? [force] : []);
      // eslint-disable-next-line require-atomic-updates -- RATIONALE: the button is disabled while a rebuild runs, so nothing else sets it meanwhile.
      running.current = rebuild;
      setRebuild({ kind: 'running', progress: undefined });
      const result = await rebuild.run((progress) => setRebuild({ kind: 'running', progress }));
      if (running.current === rebuild) running.current = undefined;
      setRebuild({ kind: 'done', people: result.people, records: result.records });
      refresh();
    };
    go().catch((error: unknown) => setRebuild((r) => ({ kind: 'failed', message: errorMessage(error), progress: r.kind === 'running' ? r.progress : undefined })));
  }, [services, today, force, refresh]);

  return { state, refresh, rebuild, runRebuild };
}
