import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { PeopleRepository } from '../../../data/PeopleRepository';
import { SurveyRepository, type IRespondent, type ISurvey } from '../../../data/SurveyRepository';
import { learnerFromPerson } from '../../../data/teamTraining';
import { dayInLondon } from '../../../domain/training/days';
import { isWaveOpen } from '../../../domain/survey/responses';
import type { IWave } from '../../../domain/survey/types';
import { errorMessage } from '../../../ui/data/errorMessage';
import { usePartServices } from '../../../ui/data/PartServices';
import { upnOf, useHostContext } from '../../../ui/host/hostContext';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import { RespondView } from './respond/RespondView';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'notInDirectory' }
  | { kind: 'nothingOpen' }
  | { kind: 'ready'; survey: ISurvey; wave: IWave; respondent: IRespondent };

/** The survey wave open today for the person's force (the newest survey first), if any. */
function openWave(surveys: readonly ISurvey[], force: string, today: string): { survey: ISurvey; wave: IWave } | undefined {
  for (const survey of [...surveys].sort((a, b) => b.id - a.id)) {
    if (survey.forces.length > 0 && !survey.forces.some((f) => f.toLowerCase() === force.toLowerCase())) continue;
    const wave = survey.waves.find((w) => isWaveOpen(w, today));
    if (wave) return { survey, wave };
  }
  return undefined;
}

/**
 * The evaluation survey part (not yet released): responding to the open wave. Results, benefits and the
 * survey builder follow in issue 7.
 */
export default function EvaluationSurveyApp(props: IPartAppProps): React.ReactElement {
  const host = useHostContext();
  const services = usePartServices();
  const upn = upnOf(host.user);
  const today = dayInLondon(new Date());
  const [state, setState] = React.useState<State>({ kind: 'loading' });

  React.useEffect(() => {
    let live = true;
    const load = async (): Promise<State> => {
      const site = await services.dataSite();
      const [person, surveys] = await Promise.all([new PeopleRepository(site).findByUpn(upn), new SurveyRepository(site).surveys()]);
      if (!person) return { kind: 'notInDirectory' };
      const learner = learnerFromPerson(person);
      const open = openWave(surveys, learner.force, today);
      if (!open) return { kind: 'nothingOpen' };
      const respondent: IRespondent = {
        upn: learner.upn,
        unit: { force: learner.force, department: learner.department, grade: learner.grade, workerType: learner.workerType, role: learner.jobTitle }
      };
      return { kind: 'ready', ...open, respondent };
    };
    load().then(
      (next) => live && setState(next),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [services, upn, today]);

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <PartIntro title={strings.EvaluationSurveyTitle} description={strings.EvaluationSurveyDescription} />
      {state.kind === 'loading' ? <Spinner label={strings.SurveyAppLoading} ariaLive="polite" /> : null}
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      {state.kind === 'notInDirectory' ? <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyAppNotInDirectory}</MessageBar> : null}
      {state.kind === 'nothingOpen' ? <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyAppNothingOpen}</MessageBar> : null}
      {state.kind === 'ready' ? (
        <RespondView site={services.dataSite} survey={state.survey} wave={state.wave} respondent={state.respondent} today={today} locale={host.locale} idPrefix={`${host.instanceId}-survey`} />
      ) : null}
    </Stack>
  );
}
