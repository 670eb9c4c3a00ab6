import * as React from 'react';
import { PeopleRepository } from '../../data/PeopleRepository';
import { learnerFromPerson } from '../../data/teamTraining';
import { TrainingRepository } from '../../data/TrainingRepository';
import { dayInLondon } from '../../domain/training/days';
import { attempts, licenceReadiness, myTraining, type ILicenceReadiness } from '../../domain/training/status';
import type { ICompletion, ILearner, IModuleStatus, ITrainingModule } from '../../domain/training/types';
import type { IPartServices } from '../../ui/data/PartServices';
import { errorMessage } from '../../ui/data/errorMessage';

export interface IMyTrainingData {
  learner: ILearner;
  modules: ITrainingModule[];
  completions: ICompletion[];
  statuses: IModuleStatus[];
  readiness: ILicenceReadiness;
  today: string;
}

export type MyTrainingState =
  | { kind: 'loading' }
  | { kind: 'notInDirectory' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; data: IMyTrainingData };

export interface IMyTrainingHook {
  state: MyTrainingState;
  /** Records a completion (or a failed attempt) and updates the view from what was saved. */
  record: (module: ITrainingModule, attestation: string, score: number | undefined, clientId?: string) => Promise<void>;
  attemptsUsed: (module: ITrainingModule) => number;
}

function derive(learner: ILearner, modules: ITrainingModule[], completions: ICompletion[], today: string): IMyTrainingData {
  return { learner, modules, completions, statuses: myTraining(modules, learner, completions, today), readiness: licenceReadiness(modules, learner, completions, today), today };
}

/**
 * "My training" for the signed-in person: their directory entry, the modules and their own records, read
 * in parallel once the data site is known (two sequential round trips in all).
 */
export function useMyTraining(services: IPartServices, upn: string, now: () => Date = () => new Date()): IMyTrainingHook {
  const [state, setState] = React.useState<MyTrainingState>({ kind: 'loading' });

  React.useEffect(() => {
    let live = true;
    const load = async (): Promise<MyTrainingState> => {
      const site = await services.dataSite();
      const training = new TrainingRepository(site);
      const [person, modules, completions] = await Promise.all([new PeopleRepository(site).findByUpn(upn), training.modules(), training.completionsOf(upn)]);
      if (!person) return { kind: 'notInDirectory' };
      const learner = learnerFromPerson(person);
      return { kind: 'ready', data: derive(learner, modules, completions, dayInLondon(now())) };
    };
    load().then(
      (next) => live && setState(next),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
    // `now` is a clock for tests; a new function each render must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: reload only when the person or the data site changes.
  }, [services, upn]);

  const record = React.useCallback(
    async (module: ITrainingModule, attestation: string, score: number | undefined, clientId?: string): Promise<void> => {
      if (state.kind !== 'ready') return;
      const { learner, modules, completions } = state.data;
      const today = dayInLondon(now());
      try {
        const site = await services.dataSite();
        const saved = await new TrainingRepository(site).record(learner, module, { attestation, score, clientId }, completions, today);
        // The view comes from what was saved, never from a re-read that might lag behind the write.
        setState({ kind: 'ready', data: derive(learner, modules, [...completions, saved], today) });
      } catch (error) {
        throw new Error(errorMessage(error));
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: `now` is a test clock (see above).
    [services, state]
  );

  const attemptsUsed = React.useCallback(
    (module: ITrainingModule): number => (state.kind === 'ready' ? attempts(module, state.data.learner, state.data.completions).used : 0),
    [state]
  );

  return { state, record, attemptsUsed };
}
