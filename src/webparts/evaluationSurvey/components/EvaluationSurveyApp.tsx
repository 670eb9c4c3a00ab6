import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { PeopleRepository } from '../../../data/PeopleRepository';
import {
  SurveyRepository,
  surveyRights,
  type IEarlyOwnResponses,
  type IKnownSpan,
  type IRespondent,
  type ISurvey,
  type ISurveyRights
} from '../../../data/SurveyRepository';
import { learnerFromPerson } from '../../../data/teamTraining';
import { dayInLondon } from '../../../domain/training/days';
import { isWaveOpen } from '../../../domain/survey/responses';
import type { IWave } from '../../../domain/survey/types';
import { errorMessage } from '../../../ui/data/errorMessage';
import { usePartServices } from '../../../ui/data/PartServices';
import { formatText } from '../../../ui/format/text';
import { upnOf, useHostContext } from '../../../ui/host/hostContext';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';
import type { ISurveySettings, SurveyMode } from '../settings';
import type { ISurveyViewProps } from './viewProps';
import type { IRespondViewProps } from './respond/RespondView';
import type { IResultsViewProps } from './results/ResultsView';
import type { ISurveyBuilderProps } from './builder/SurveyBuilder';
import { VIEW_TABS_STYLES } from '../../../ui/tabs/viewTabs';
import { lazyView } from '../../../ui/lazy/lazyView';

type View = SurveyMode | 'surveys';

// Each tab is its own chunk: a respondent downloads the form, not the results tables, the value-for-money
// editor or the survey builder. The tab the part opens on is preloaded as it starts.
const VIEWS = {
  respond: lazyView<IRespondViewProps>(() => import(/* webpackChunkName: 'survey-respond' */ './respond/RespondView').then((m) => m.RespondView)),
  results: lazyView<IResultsViewProps>(() => import(/* webpackChunkName: 'survey-results' */ './results/ResultsView').then((m) => m.ResultsView)),
  benefits: lazyView<ISurveyViewProps>(() => import(/* webpackChunkName: 'survey-benefits' */ './benefits/BenefitsView').then((m) => m.BenefitsView)),
  surveys: lazyView<ISurveyBuilderProps>(() => import(/* webpackChunkName: 'survey-builder' */ './builder/SurveyBuilder').then((m) => m.SurveyBuilder))
};
const { Component: RespondView } = VIEWS.respond;
const { Component: ResultsView } = VIEWS.results;
const { Component: BenefitsView } = VIEWS.benefits;
const { Component: SurveyBuilder } = VIEWS.surveys;

const NO_RIGHTS: ISurveyRights = { readAllResponses: false, buildSurveys: false, publishResults: false, editBenefitInputs: false };

interface ILoaded {
  surveys: ISurvey[];
  /** Undefined when the person is not in the People directory (they can still read published results). */
  respondent: IRespondent | undefined;
  rights: ISurveyRights;
  /** Set when the rights could not be read: the part then offers only what everyone may do. */
  rightsProblem: string | undefined;
}

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'ready' } & ILoaded);

/**
 * What the tab the part opens on needs besides the survey, asked for as the part starts, side by side with
 * the survey and the person (so it costs no round trip of its own): "Your answers" the person's responses,
 * "Results" the responses list's Id span. Each is used once, by that tab's first load, and dropped as soon
 * as the person changes tab or survey: a view opened later reads afresh.
 */
interface IEarlyReads {
  own?: IEarlyOwnResponses;
  span?: Promise<IKnownSpan>;
}

function offeredTo(survey: ISurvey, force: string | undefined): boolean {
  return force === undefined || survey.forces.length === 0 || survey.forces.some((f) => f.toLowerCase() === force.toLowerCase());
}

/**
 * The survey a part shows when none is chosen: the newest offered to the person's force with a wave open
 * today, else the newest with a wave that has opened, else the newest. Surveys whose stored JSON cannot be
 * read are offered to nobody (the builder lists them for leads to fix).
 */
export function defaultSurvey(surveys: readonly ISurvey[], force: string | undefined, today: string): ISurvey | undefined {
  const usable = surveys.filter((s) => s.problem === undefined && offeredTo(s, force)).sort((a, b) => b.id - a.id);
  return usable.find((s) => s.waves.some((w) => isWaveOpen(w, today))) ?? usable.find((s) => s.waves.some((w) => w.opensOn <= today)) ?? usable[0];
}

/** The wave to answer: the one open today, else the next to open, else the last to close. */
export function respondWave(survey: ISurvey, today: string): IWave | undefined {
  const byOpening = [...survey.waves].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  return byOpening.find((w) => isWaveOpen(w, today)) ?? byOpening.find((w) => w.opensOn > today) ?? byOpening[byOpening.length - 1];
}

/**
 * The evaluation survey part: everyone answers the open wave and reads published results and value for
 * money; evaluation leads (by SharePoint permissions, not by a group name in the app) see live results,
 * publish them, enter benefit inputs and build surveys.
 */
export default function EvaluationSurveyApp(props: IPartAppProps): React.ReactElement {
  const settings = props.settings as ISurveySettings;
  const host = useHostContext();
  const services = usePartServices();
  const upn = upnOf(host.user);
  const today = dayInLondon(new Date());
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [view, setView] = React.useState<View>(settings.mode ?? 'respond');
  // A page editor (or whoever sets up a Teams tab) who changes the view it opens on sees it at once.
  React.useEffect(() => setView(settings.mode ?? 'respond'), [settings.mode]);
  const [chosenKey, setChosenKey] = React.useState<string | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);

  // The opening tab's code arrives while the survey and the person's details are being read.
  React.useEffect(() => VIEWS[settings.mode ?? 'respond'].preload(), [settings.mode]);

  const opening = React.useRef<SurveyMode>(settings.mode ?? 'respond');
  const early = React.useRef<IEarlyReads>({});
  // Opening on another tab now (a page editor changed it): what was asked for the first one is not used.
  React.useEffect(() => {
    if ((settings.mode ?? 'respond') !== opening.current) early.current = {};
  }, [settings.mode]);
  const takeOwnResponses = React.useCallback((): IEarlyOwnResponses | undefined => {
    const own = early.current.own;
    early.current = { ...early.current, own: undefined };
    return own;
  }, []);
  const takeResponseSpan = React.useCallback((): Promise<IKnownSpan> | undefined => {
    const span = early.current.span;
    early.current = { ...early.current, span: undefined };
    return span;
  }, []);

  React.useEffect(() => {
    let live = true;
    const load = async (): Promise<ILoaded> => {
      const site = await services.dataSite();
      const repository = new SurveyRepository(site);
      // Only for the part's first load: a reload (after the builder saved) is not the opening tab's.
      if (generation === 0 && opening.current === 'respond') early.current = { own: repository.earlyOwnResponses(upn) };
      if (generation === 0 && opening.current === 'results') {
        const span = repository.responseSpan();
        span.catch(() => undefined);
        early.current = { span };
      }
      const [person, surveys, rights] = await Promise.all([
        new PeopleRepository(site).findByUpn(upn),
        repository.surveys(),
        surveyRights(site).then(
          (r) => ({ rights: r, problem: undefined }),
          (error: unknown) => ({ rights: NO_RIGHTS, problem: errorMessage(error) })
        )
      ]);
      const learner = person ? learnerFromPerson(person) : undefined;
      const respondent: IRespondent | undefined = learner
        ? { upn: learner.upn, unit: { force: learner.force, department: learner.department, grade: learner.grade, workerType: learner.workerType, role: learner.jobTitle } }
        : undefined;
      return { surveys, respondent, rights: rights.rights, rightsProblem: rights.problem };
    };
    load().then(
      (next) => live && setState({ kind: 'ready', ...next }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [services, upn, generation]);

  const intro = <PartIntro title={strings.EvaluationSurveyTitle} description={strings.EvaluationSurveyDescription} />;
  if (state.kind !== 'ready') {
    return (
      <Stack tokens={{ childrenGap: 16 }}>
        {intro}
        {state.kind === 'loading' ? <Spinner label={strings.SurveyAppLoading} ariaLive="polite" /> : null}
        {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      </Stack>
    );
  }

  const { surveys, respondent, rights } = state;
  const force = respondent?.unit.force;
  const configuredKey = settings.surveyKey?.trim() ? settings.surveyKey.trim() : undefined;
  const offered = surveys.filter((s) => s.problem === undefined && (rights.readAllResponses || offeredTo(s, force))).sort((a, b) => b.id - a.id);
  const wantedKey = chosenKey ?? configuredKey;
  const survey = wantedKey !== undefined ? surveys.find((s) => s.key === wantedKey && s.problem === undefined) : defaultSurvey(surveys, force, today);

  const tabs: Array<{ key: View; text: string; show: boolean }> = [
    { key: 'respond', text: strings.SurveyTabRespond, show: true },
    { key: 'results', text: strings.SurveyTabResults, show: true },
    { key: 'benefits', text: strings.SurveyTabBenefits, show: true },
    { key: 'surveys', text: strings.SurveyTabSurveys, show: rights.buildSurveys }
  ];
  const visible = tabs.filter((t) => t.show);
  const current = visible.some((t) => t.key === view) ? view : 'respond';

  const missing =
    wantedKey !== undefined && survey === undefined ? (
      <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SurveyAppKeyNotFound, wantedKey)}</MessageBar>
    ) : (
      <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyAppNoSurvey}</MessageBar>
    );

  const body = (key: View): React.ReactNode => {
    if (key === 'surveys') {
      return (
        <SurveyBuilder
          site={services.dataSite}
          surveys={surveys}
          today={today}
          locale={host.locale}
          idPrefix={`${host.instanceId}-builder`}
          onSaved={() => setGeneration((g) => g + 1)}
        />
      );
    }
    if (survey === undefined) return missing;
    const viewProps: ISurveyViewProps = { site: services.dataSite, survey, rights, today, locale: host.locale, idPrefix: `${host.instanceId}-${key}` };
    if (key === 'results') return <ResultsView key={survey.key} {...viewProps} early={takeResponseSpan} />;
    if (key === 'benefits') return <BenefitsView key={survey.key} {...viewProps} />;
    if (respondent === undefined) return <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyAppNotInDirectory}</MessageBar>;
    if (!offeredTo(survey, force)) return <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyAppNothingOpen}</MessageBar>;
    const wave = respondWave(survey, today);
    if (wave === undefined) return <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyAppNothingOpen}</MessageBar>;
    return (
      <RespondView
        key={`${survey.key}-${wave.id}`}
        site={services.dataSite}
        survey={survey}
        wave={wave}
        respondent={respondent}
        today={today}
        locale={host.locale}
        idPrefix={`${host.instanceId}-survey`}
        early={takeOwnResponses}
      />
    );
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {intro}
      {state.rightsProblem !== undefined ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SurveyAppRightsFailed, state.rightsProblem)}</MessageBar> : null}
      {offered.length > 1 && current !== 'surveys' ? (
        <Dropdown
          label={strings.SurveyAppChooseSurvey}
          selectedKey={survey?.key}
          options={offered.map((s) => ({ key: s.key, text: s.title }))}
          onChange={(_e, option) => {
            if (!option) return;
            early.current = {};
            setChosenKey(String(option.key));
          }}
          styles={{ root: { maxWidth: 480 } }}
        />
      ) : null}
      <Pivot
        aria-label={strings.SurveyTabsLabel}
        selectedKey={current}
        onLinkClick={(item) => {
          if (!item?.props.itemKey) return;
          early.current = {};
          setView(item.props.itemKey as View);
        }}
        overflowBehavior="menu"
        styles={VIEW_TABS_STYLES}
        overflowAriaLabel={strings.SurveyTabsMore}
      >
        {visible.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text}>
            <div style={{ paddingTop: 16 }}>
              {t.key === current ? <React.Suspense fallback={<Spinner label={strings.SurveyAppLoading} ariaLive="polite" />}>{body(t.key)}</React.Suspense> : null}
            </div>
          </PivotItem>
        ))}
      </Pivot>
    </Stack>
  );
}
