import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { SurveyRepository, type IEarlyOwnResponses, type IRespondent, type IStoredResponse, type ISurvey } from '../../../../data/SurveyRepository';
import { isWaveOpen, submittedOn } from '../../../../domain/survey/responses';
import type { Answers, Day, IAnswerProblem, IWave, ProblemCode } from '../../../../domain/survey/types';
import { validateAnswers } from '../../../../domain/survey/validation';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { PrivacyNotice } from './PrivacyNotice';
import { focusQuestion, SurveyForm } from './SurveyForm';
import { sentenceStart, waveName } from './surveyText';
import { usePartReady } from '../../../../ui/host/readyMark';

/** The repository calls the view makes (a `SurveyRepository`; tests pass a fake). */
export type RespondRepository = Pick<SurveyRepository, 'ownResponse' | 'saveDraft' | 'submit'>;

export interface IRespondViewProps {
  site: () => Promise<DataSite>;
  survey: ISurvey;
  wave: IWave;
  respondent: IRespondent;
  /** Today in the UK (`yyyy-mm-dd`). */
  today: Day;
  locale: string;
  idPrefix: string;
  /** How long after the last change a draft is saved (ms). */
  autosaveDelayMs?: number;
  /** Replaces the repository built on `site` (tests). */
  repository?: (site: DataSite) => RespondRepository;
  /** The clock for "Saved at" (tests). */
  now?: () => Date;
  /**
   * Takes the person's responses the part asked for as it started, if still unused (the part hands them
   * out once): the view's first load picks its wave's response from them instead of asking SharePoint.
   */
  early?: () => IEarlyOwnResponses | undefined;
}

export const AUTOSAVE_DELAY_MS: number = 1500;

type Phase = { kind: 'loading' } | { kind: 'loadFailed'; message: string } | { kind: 'form' } | { kind: 'submitted'; on: Day };
type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

const PROBLEM_CODES: readonly ProblemCode[] = ['required', 'outOfRange', 'notAWholeNumber', 'tooLong', 'notAnOption', 'tooManyChoices', 'notANumber', 'notText'];

/** The per-question problems a repository's `ValidationError` carries (field: question id; key `survey.problem.<code>`). */
export function problemsFromError(error: unknown): IAnswerProblem[] {
  if (!(error instanceof ValidationError)) return [];
  const found: IAnswerProblem[] = [];
  for (const p of error.problems) {
    const code = p.key.indexOf('survey.problem.') === 0 ? (p.key.slice('survey.problem.'.length) as ProblemCode) : undefined;
    if (p.field !== undefined && code !== undefined && PROBLEM_CODES.indexOf(code) >= 0) found.push({ questionId: p.field, code });
  }
  return found;
}

function hasKey(error: unknown, key: string): boolean {
  return error instanceof ValidationError && error.problems.some((p) => p.key === key);
}

/** A save or submit failure in words: the survey's own cases first, then the data layer's. */
export function respondErrorMessage(error: unknown): string {
  if (hasKey(error, 'survey.alreadySubmitted')) return strings.SurveyAlreadySubmittedElsewhere;
  if (hasKey(error, 'survey.unreadableQuestionnaire') || hasKey(error, 'survey.unreadableWaves')) return strings.SurveyUnreadable;
  return errorMessage(error);
}

function timeText(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/**
 * One wave of a survey for the person answering it: the privacy notice, the questions, drafts saved on
 * the server shortly after each change (one write at a time, in order), submit, and the confirmation.
 * Answers live in this component's state, so a failed save or submit never loses what was typed.
 */
export function RespondView(props: IRespondViewProps): React.ReactElement {
  const { survey, wave, respondent, locale, idPrefix } = props;
  const delay = props.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
  const open = isWaveOpen(wave, props.today);
  const wavePhrase = waveName(wave.kind);

  const [phase, setPhase] = React.useState<Phase>({ kind: 'loading' });
  // When the part opens on the answers, it is ready once the form (or the thank-you) shows.
  usePartReady('evaluationSurvey', phase.kind === 'form' || phase.kind === 'submitted');
  const [answers, setAnswers] = React.useState<Answers>({});
  const [problems, setProblems] = React.useState<readonly IAnswerProblem[]>([]);
  const [saveState, setSaveState] = React.useState<SaveState>({ kind: 'idle' });
  const [submitting, setSubmitting] = React.useState(false);
  const [submitError, setSubmitError] = React.useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = React.useState<{ questionId: string } | undefined>(undefined);
  const [loadAttempt, setLoadAttempt] = React.useState(0);

  const repoRef = React.useRef<Promise<RespondRepository> | undefined>(undefined);
  const existingRef = React.useRef<IStoredResponse | undefined>(undefined);
  const answersRef = React.useRef<Answers>({});
  const dirtyRef = React.useRef(false);
  const checkedRef = React.useRef(false);
  const queueRef = React.useRef<Promise<void>>(Promise.resolve());
  const timerRef = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mountedRef = React.useRef(true);
  const propsRef = React.useRef(props);
  propsRef.current = props;

  // Writes land in refs through these, so a write's result is recorded whatever else ran while it waited.
  const remember = (stored: IStoredResponse): void => {
    existingRef.current = stored;
  };
  const markDirty = (): void => {
    dirtyRef.current = true;
  };
  const markClean = (): void => {
    dirtyRef.current = false;
  };

  const repository = React.useCallback((): Promise<RespondRepository> => {
    if (repoRef.current === undefined) {
      const p = propsRef.current;
      repoRef.current = p.site().then((site) => (p.repository !== undefined ? p.repository(site) : new SurveyRepository(site)));
      repoRef.current.catch(() => {
        repoRef.current = undefined;
      });
    }
    return repoRef.current;
  }, []);

  React.useEffect(() => {
    if (!open) return;
    let live = true;
    setPhase({ kind: 'loading' });
    const early = propsRef.current.early?.();
    repository()
      .then((repo) => (early !== undefined ? repo.ownResponse(survey.key, wave.id, respondent.upn, early) : repo.ownResponse(survey.key, wave.id, respondent.upn)))
      .then((stored) => {
        if (!live) return;
        existingRef.current = stored;
        answersRef.current = stored?.answers ?? {};
        setAnswers(answersRef.current);
        const on = stored !== undefined ? submittedOn(stored) : undefined;
        setPhase(on !== undefined ? { kind: 'submitted', on } : { kind: 'form' });
      })
      .catch((error: unknown) => {
        if (live) setPhase({ kind: 'loadFailed', message: errorMessage(error) });
      });
    return () => {
      live = false;
    };
  }, [open, survey.key, wave.id, respondent.upn, loadAttempt, repository]);

  React.useEffect(() => {
    if (focusRequest === undefined) return;
    focusQuestion(idPrefix, focusRequest.questionId);
  }, [focusRequest, idPrefix]);

  /** Runs writes one after another: never two at once, always in the order asked. */
  const enqueue = React.useCallback(<T,>(op: () => Promise<T>): Promise<T> => {
    const run = queueRef.current.then(op, op);
    queueRef.current = run.then(
      () => undefined,
      () => undefined
    );
    return run;
  }, []);

  const saveDraft = React.useCallback((): Promise<void> => {
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = undefined;
    return enqueue(async () => {
      // Nothing new, or already submitted: a submitted response changes only by submitting again.
      if (!dirtyRef.current || existingRef.current?.status === 'submitted') return;
      const snapshot = answersRef.current;
      dirtyRef.current = false;
      if (mountedRef.current) setSaveState({ kind: 'saving' });
      try {
        const repo = await repository();
        remember(await repo.saveDraft(survey, wave, respondent, snapshot, existingRef.current));
        const now = propsRef.current.now !== undefined ? propsRef.current.now() : new Date();
        if (mountedRef.current) setSaveState({ kind: 'saved', at: now });
      } catch (error) {
        markDirty();
        if (hasKey(error, 'survey.alreadySubmitted')) {
          // Submitted from another tab or device: take that item (and its etag) so the next submit replaces it.
          const repo = await repository();
          const theirs = await repo.ownResponse(survey.key, wave.id, respondent.upn).catch(() => undefined);
          if (theirs !== undefined) remember(theirs);
        }
        if (mountedRef.current) setSaveState({ kind: 'failed', message: respondErrorMessage(error) });
      }
    });
  }, [enqueue, repository, survey, wave, respondent]);

  const saveRef = React.useRef(saveDraft);
  saveRef.current = saveDraft;

  React.useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      // Leaving the page before the delay ran out: save what was typed now rather than drop it.
      if (timerRef.current !== undefined) saveRef.current().catch(() => undefined);
    };
  }, []);

  const change = (next: Answers): void => {
    answersRef.current = next;
    dirtyRef.current = true;
    setAnswers(next);
    // After a submit found problems, keep the list current so fixed answers lose their message.
    if (checkedRef.current) setProblems(validateAnswers(survey.questionnaire, next));
    if (existingRef.current?.status === 'submitted') return;
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => {
      timerRef.current = undefined;
      saveDraft().catch(() => undefined);
    }, delay);
  };

  const showProblems = (found: IAnswerProblem[]): void => {
    checkedRef.current = true;
    setProblems(found);
    setFocusRequest({ questionId: found[0].questionId });
  };

  const submit = async (): Promise<void> => {
    const current = answersRef.current;
    const found = validateAnswers(survey.questionnaire, current);
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = undefined;
    setProblems([]);
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      const stored = await enqueue(async () => {
        const repo = await repository();
        const answered = answersRef.current;
        const result = await repo.submit(survey, wave, respondent, answered, existingRef.current);
        remember(result);
        if (answersRef.current === answered) markClean();
        return result;
      });
      if (!mountedRef.current) return;
      setSaveState({ kind: 'idle' });
      setPhase({ kind: 'submitted', on: submittedOn(stored) ?? props.today });
    } catch (error) {
      if (!mountedRef.current) return;
      const serverProblems = problemsFromError(error);
      if (serverProblems.length > 0) showProblems(serverProblems);
      else setSubmitError(respondErrorMessage(error));
    } finally {
      if (mountedRef.current) setSubmitting(false);
    }
  };

  const title = (
    <Text as="h2" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
      {survey.title}
    </Text>
  );

  if (!open) {
    const text = props.today < wave.opensOn ? strings.SurveyNotOpen : strings.SurveyClosed;
    const day = props.today < wave.opensOn ? wave.opensOn : wave.closesOn;
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {title}
        <MessageBar messageBarType={MessageBarType.info}>{formatText(text, sentenceStart(wavePhrase), formatDay(day, locale))}</MessageBar>
      </Stack>
    );
  }

  if (phase.kind === 'loading') {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {title}
        <Spinner size={SpinnerSize.medium} label={strings.SurveyLoading} ariaLive="polite" />
      </Stack>
    );
  }

  if (phase.kind === 'loadFailed') {
    return (
      <Stack tokens={{ childrenGap: 12 }} horizontalAlign="start">
        {title}
        <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.SurveyLoadFailed, phase.message)}</MessageBar>
        <DefaultButton text={strings.SurveyRetry} onClick={() => setLoadAttempt((n) => n + 1)} />
      </Stack>
    );
  }

  if (phase.kind === 'submitted') {
    return (
      <Stack tokens={{ childrenGap: 12 }} horizontalAlign="start">
        {title}
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {formatText(strings.SurveyThankYou, wavePhrase, formatDay(phase.on, locale), formatDay(wave.closesOn, locale))}
        </MessageBar>
        <DefaultButton text={strings.SurveyChangeAnswers} onClick={() => setPhase({ kind: 'form' })} />
      </Stack>
    );
  }

  const alreadySubmitted = existingRef.current?.status === 'submitted';
  const saveText =
    saveState.kind === 'saving' ? strings.SurveySaving : saveState.kind === 'saved' ? formatText(strings.SurveySavedAt, timeText(saveState.at, locale)) : '';
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {title}
      <PrivacyNotice closesOn={wave.closesOn} minGroupSize={survey.minGroupSize} locale={locale} idPrefix={idPrefix} />
      {alreadySubmitted ? <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyChangingSubmitted}</MessageBar> : null}
      <form
        aria-label={strings.SurveyFormLabel}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit().catch(() => undefined);
        }}
      >
        <Stack tokens={{ childrenGap: 16 }} horizontalAlign="start">
          <SurveyForm
            questionnaire={survey.questionnaire}
            answers={answers}
            problems={problems}
            disabled={submitting}
            idPrefix={idPrefix}
            locale={locale}
            onChange={change}
          />
          <div role="status" aria-live="polite">
            <Text variant="small">{saveText}</Text>
          </div>
          {saveState.kind === 'failed' ? (
            <MessageBar
              messageBarType={MessageBarType.error}
              actions={<DefaultButton text={strings.SurveyRetrySave} onClick={() => saveDraft().catch(() => undefined)} />}
            >
              {formatText(strings.SurveySaveFailed, saveState.message)}
            </MessageBar>
          ) : null}
          {problems.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.SurveyFixProblems, problems.length)}</MessageBar>
          ) : null}
          {submitError !== undefined ? <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.SurveySubmitFailed, submitError)}</MessageBar> : null}
          {submitting ? <Spinner size={SpinnerSize.small} label={strings.SurveySubmitting} ariaLive="polite" labelPosition="right" /> : null}
          <PrimaryButton type="submit" text={strings.SurveySubmit} disabled={submitting} />
        </Stack>
      </form>
    </Stack>
  );
}
