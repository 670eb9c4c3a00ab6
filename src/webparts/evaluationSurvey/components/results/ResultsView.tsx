import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { DataSite } from '../../../../data/sp';
import { SurveyRepository, type IKnownSpan, type IResultSnapshot, type IStoredResponse } from '../../../../data/SurveyRepository';
import {
  buildPublishedResults,
  parsePublishedResults,
  PUBLISHED_RESULTS_MAX_CHARS,
  serialisePublishedResults,
  type IPublishedResults
} from '../../../../domain/survey/published';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import type { ISurveyViewProps } from '../viewProps';
import { freeTextAnswers, type IFreeTextQuestion } from './freeText';
import { ResultsReport } from './ResultsReport';
import { formats } from './resultsText';
import { usePartReady } from '../../../../ui/host/readyMark';

/** The repository calls the view makes (a `SurveyRepository`; tests may pass another). */
export type ResultsRepository = Pick<SurveyRepository, 'responsesForWaves' | 'latestSnapshot' | 'publishSnapshot'>;

export interface IResultsViewProps extends ISurveyViewProps {
  /** Replaces the repository built on the site (tests). */
  repository?: (site: DataSite) => ResultsRepository;
  /**
   * Takes the responses list's Id span the part asked for as it started, if still unused (the part hands
   * it out once): an evaluation lead's first load then reads every response in one round trip.
   */
  early?: () => Promise<IKnownSpan> | undefined;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** Evaluation leads: every response of every wave that has opened, and the newest publication if any. */
  | { kind: 'live'; responses: IStoredResponse[]; lastPublished: IResultSnapshot | undefined }
  /** Everyone else: the newest published snapshot, if any. */
  | { kind: 'published'; snapshot: IResultSnapshot | undefined };

type Publish = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'publishing' } | { kind: 'done'; on: string } | { kind: 'failed'; message: string };

/**
 * Survey results. Evaluation leads (SharePoint lets them read every response) see live results worked out
 * in the browser from the responses of every wave that has opened, the free-text answers (never
 * published), and may publish the aggregates as a snapshot everyone can read. Everyone else reads the
 * newest published snapshot. Live and published results are drawn by the same `ResultsReport` from the
 * same `IPublishedResults` object: the live one is serialised and parsed exactly as a published one is.
 */
export function ResultsView(props: IResultsViewProps): React.ReactElement {
  const { survey, rights, today, locale } = props;
  const [loaded, setLoaded] = React.useState<Loaded>({ kind: 'loading' });
  // When the part opens on Results, it is ready once they are painted.
  usePartReady('evaluationSurvey', loaded.kind === 'live' || loaded.kind === 'published');
  const [publish, setPublish] = React.useState<Publish>({ kind: 'idle' });
  const [attempt, setAttempt] = React.useState(0);
  // The shell may pass new functions on every render: read the latest without reloading for it.
  const siteRef = React.useRef(props.site);
  siteRef.current = props.site;
  const repositoryRef = React.useRef(props.repository);
  repositoryRef.current = props.repository;
  const earlyRef = React.useRef(props.early);
  earlyRef.current = props.early;
  const repository = React.useCallback(async (): Promise<ResultsRepository> => {
    const site = await siteRef.current();
    return repositoryRef.current !== undefined ? repositoryRef.current(site) : new SurveyRepository(site);
  }, []);
  const lead = rights.readAllResponses;
  const openedWaves = React.useMemo(() => survey.waves.filter((w) => w.opensOn <= today), [survey.waves, today]);

  React.useEffect(() => {
    let live = true;
    setLoaded({ kind: 'loading' });
    // Taken on every load (so only the first can use it), used by a lead's.
    const early = earlyRef.current?.();
    const load = async (): Promise<Loaded> => {
      const repo = await repository();
      if (!lead) return { kind: 'published', snapshot: await repo.latestSnapshot(survey.key, 'results') };
      const waveIds = openedWaves.map((w) => w.id);
      const known = early !== undefined ? early.catch(() => undefined) : Promise.resolve(undefined);
      const [perWave, lastPublished] = await Promise.all([known.then((span) => repo.responsesForWaves(survey.key, waveIds, span)), repo.latestSnapshot(survey.key, 'results')]);
      return { kind: 'live', responses: perWave.reduce((all, rs) => all.concat(rs), [] as IStoredResponse[]), lastPublished };
    };
    load().then(
      (next) => live && setLoaded(next),
      (error: unknown) => live && setLoaded({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [repository, lead, survey.key, openedWaves, attempt]);

  const responses = loaded.kind === 'live' ? loaded.responses : undefined;
  // Built once per load (12,000 responses take a noticeable fraction of a second), never per render.
  const liveJson = React.useMemo(
    () => (responses !== undefined && survey.problem === undefined ? serialisePublishedResults(buildPublishedResults(survey.questionnaire, survey.waves, responses, survey.minGroupSize, today)) : undefined),
    [responses, survey.problem, survey.questionnaire, survey.waves, survey.minGroupSize, today]
  );
  const snapshotJson = loaded.kind === 'published' ? loaded.snapshot?.aggregatesJson : undefined;
  const results: IPublishedResults | undefined = React.useMemo(() => parsePublishedResults(liveJson ?? snapshotJson), [liveJson, snapshotJson]);
  const freeText = React.useMemo(() => {
    if (responses === undefined) return undefined;
    const cache = new Map<string, IFreeTextQuestion[]>();
    return (waveId: string): IFreeTextQuestion[] => {
      const wave = survey.waves.filter((w) => w.id === waveId)[0];
      if (wave === undefined) return [];
      if (!cache.has(waveId)) cache.set(waveId, freeTextAnswers(survey.questionnaire, wave, responses, locale));
      return cache.get(waveId) as IFreeTextQuestion[];
    };
  }, [responses, survey.waves, survey.questionnaire, locale]);

  const doPublish = async (): Promise<void> => {
    if (liveJson === undefined) return;
    if (liveJson.length > PUBLISHED_RESULTS_MAX_CHARS) {
      const f = formats(locale);
      setPublish({ kind: 'failed', message: formatText(strings.SurveyResultsTooLarge, f.count(liveJson.length), f.count(PUBLISHED_RESULTS_MAX_CHARS)) });
      return;
    }
    setPublish({ kind: 'publishing' });
    try {
      const repo = await repository();
      const snapshot = await repo.publishSnapshot(survey.key, 'results', undefined, liveJson, survey.minGroupSize, today);
      setPublish({ kind: 'done', on: snapshot.publishedOn });
      setLoaded((current) => (current.kind === 'live' ? { ...current, lastPublished: snapshot } : current));
    } catch (error: unknown) {
      setPublish({ kind: 'failed', message: formatText(strings.SurveyResultsPublishFailed, errorMessage(error)) });
    }
  };

  const headingId = `${props.idPrefix}-results`;
  let body: React.ReactNode;
  if (loaded.kind === 'loading') {
    body = <Spinner label={strings.SurveyResultsLoading} ariaLive="polite" />;
  } else if (loaded.kind === 'failed') {
    body = (
      <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.SurveyResultsRetry} onClick={() => setAttempt((a) => a + 1)} />}>
        {formatText(strings.SurveyResultsLoadFailed, loaded.message)}
      </MessageBar>
    );
  } else if (loaded.kind === 'published') {
    if (loaded.snapshot === undefined) body = <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyResultsNonePublished}</MessageBar>;
    else if (results === undefined) body = <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyResultsUnreadable}</MessageBar>;
    else
      body = (
        <>
          <Text block>{formatText(strings.SurveyResultsPublishedNote, formatDay(results.on, locale), formats(locale).count(results.min))}</Text>
          <ResultsReport results={results} survey={survey} locale={locale} idPrefix={props.idPrefix} />
        </>
      );
  } else if (survey.problem !== undefined) {
    body = <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyResultsSurveyUnreadable}</MessageBar>;
  } else if (results === undefined || results.waves.length === 0) {
    body = <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyResultsNoWaves}</MessageBar>;
  } else {
    const published = loaded.lastPublished;
    body = (
      <>
        <Text block>{formatText(strings.SurveyResultsLiveNote, formats(locale).count(survey.minGroupSize))}</Text>
        <Text block variant="small">
          {published !== undefined ? formatText(strings.SurveyResultsLastPublished, formatDay(published.publishedOn, locale)) : strings.SurveyResultsNeverPublished}
        </Text>
        {rights.publishResults ? (
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              iconProps={{ iconName: 'PublishContent' }}
              text={publish.kind === 'publishing' ? strings.SurveyResultsPublishing : strings.SurveyResultsPublish}
              disabled={publish.kind === 'publishing'}
              onClick={() => setPublish({ kind: 'confirming' })}
            />
            {publish.kind === 'publishing' ? <Spinner size={SpinnerSize.small} /> : null}
          </Stack>
        ) : null}
        <div aria-live="polite">
          {publish.kind === 'done' ? (
            <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setPublish({ kind: 'idle' })}>
              {formatText(strings.SurveyResultsPublished, formatDay(publish.on, locale))}
            </MessageBar>
          ) : null}
        </div>
        {publish.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setPublish({ kind: 'idle' })}>
            {publish.message}
          </MessageBar>
        ) : null}
        <Dialog
          hidden={publish.kind !== 'confirming'}
          onDismiss={() => setPublish({ kind: 'idle' })}
          dialogContentProps={{
            type: DialogType.normal,
            title: strings.SurveyResultsPublishConfirmTitle,
            subText: formatText(strings.SurveyResultsPublishConfirmText, formats(locale).count(survey.minGroupSize))
          }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text={strings.SurveyResultsPublishConfirm} onClick={() => doPublish().catch(() => undefined)} />
            <DefaultButton text={strings.SurveyResultsCancel} onClick={() => setPublish({ kind: 'idle' })} />
          </DialogFooter>
        </Dialog>
        <ResultsReport results={results} survey={survey} locale={locale} idPrefix={props.idPrefix} freeText={freeText} />
      </>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} role="region" aria-labelledby={headingId}>
      <Text as="h3" id={headingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.SurveyResultsTitle}
      </Text>
      {body}
    </Stack>
  );
}

export default ResultsView;
