import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { SurveyRepository, type IResultSnapshot, type IStoredBenefitInputs } from '../../../../data/SurveyRepository';
import { benefitAnswers, valueForMoneyByForce } from '../../../../domain/benefits/perForce';
import { buildPublishedBenefits, parsePublishedBenefits, serialisePublishedBenefits, type IPublishedBenefits } from '../../../../domain/benefits/published';
import type { IGroupKey } from '../../../../domain/benefits/types';
import { sameGroupKey } from '../../../../domain/benefits/costs';
import { countedResponses, isWaveOpen } from '../../../../domain/survey/responses';
import type { IResponse, IWave } from '../../../../domain/survey/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { sentenceStart, waveName } from '../respond/surveyText';
import type { ISurveyViewProps } from '../viewProps';
import { BenefitInputsEditor } from './BenefitInputsEditor';
import { BenefitsFigures } from './BenefitsFigures';
import { InputsSummary } from './InputsSummary';

/** The repository calls the benefits view makes. */
export type BenefitsRepository = Pick<SurveyRepository, 'benefitInputs' | 'saveBenefitInputs' | 'responsesForWave' | 'publishSnapshot' | 'latestSnapshot'>;

type Load<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; value: T };

interface IWaveData {
  waveId: string;
  counted: IResponse[];
  /** The newest publication of this wave's figures, if any. */
  lastPublished: IResultSnapshot | undefined;
}

type Published = { kind: 'none' } | { kind: 'unreadable'; snapshot: IResultSnapshot } | { kind: 'ready'; snapshot: IResultSnapshot; figures: IPublishedBenefits };

type PublishState = { kind: 'idle' } | { kind: 'publishing' } | { kind: 'done'; on: string } | { kind: 'failed'; message: string };

/** Waves that have opened, oldest first; the default is the newest closed one (else the newest open one). */
export function wavesToValue(waves: readonly IWave[], today: string): { waves: IWave[]; preferred: IWave | undefined } {
  const opened = waves.filter((w) => w.opensOn <= today).sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : 0));
  const closed = opened.filter((w) => w.closesOn < today).sort((a, b) => (a.closesOn < b.closesOn ? 1 : a.closesOn > b.closesOn ? -1 : 0));
  return { waves: opened, preferred: closed[0] ?? opened[opened.length - 1] };
}

function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList, enabled: boolean): [Load<T>, () => void] {
  const [state, setState] = React.useState<Load<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState({ kind: 'loading' });
    load().then(
      (value) => live && setState({ kind: 'ready', value }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: reloads on the listed inputs and on retry only; `load` is rebuilt every render.
  }, [...deps, attempt, enabled]);
  return [state, () => setAttempt((n) => n + 1)];
}

function Failed(props: { message: string; onRetry: () => void }): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.SurveyBenefitsRetry} onClick={props.onRetry} />}>
      {formatText(strings.SurveyBenefitsLoadFailed, props.message)}
    </MessageBar>
  );
}

function Heading(props: { id: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Text as="h4" id={props.id} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
      {props.children}
    </Text>
  );
}

/**
 * Benefits and value for money. Evaluation leads (who may read every response) work the figures out live
 * from the chosen wave's counted responses and the saved inputs, and may publish them; everyone else sees
 * the latest published figures. Both are rendered by `BenefitsFigures` from the one published format, and
 * groups too small to show are withheld from that format itself.
 */
export function BenefitsView(props: ISurveyViewProps): React.ReactElement {
  const { survey, rights, today, locale, idPrefix } = props;
  const live = rights.readAllResponses;
  const needInputs = live || rights.editBenefitInputs;
  // The shell may hand a new site function on each render: keep the latest without reloading for it.
  const siteRef = React.useRef(props.site);
  siteRef.current = props.site;
  const repository = React.useCallback(async (): Promise<BenefitsRepository> => new SurveyRepository(await siteRef.current()), []);

  const { waves, preferred } = React.useMemo(() => wavesToValue(survey.waves, today), [survey.waves, today]);
  const [waveId, setWaveId] = React.useState<string | undefined>(preferred?.id);
  const [editing, setEditing] = React.useState(false);
  const wave = waves.filter((w) => w.id === waveId)[0] ?? preferred;
  const [inputsEdited, setInputsEdited] = React.useState<{ stored: IStoredBenefitInputs } | undefined>(undefined);
  const [publish, setPublish] = React.useState<PublishState>({ kind: 'idle' });

  const [inputsLoad, retryInputs] = useLoad(async () => (await repository()).benefitInputs(survey.key), [survey.key], needInputs);
  const [waveLoad, retryWave] = useLoad(
    async (): Promise<IWaveData> => {
      const repo = await repository();
      const w = wave as IWave;
      const [all, lastPublished] = await Promise.all([repo.responsesForWave(survey.key, w.id), repo.latestSnapshot(survey.key, 'benefits', w.id)]);
      return { waveId: w.id, counted: countedResponses(all, w, survey.questionnaire), lastPublished };
    },
    [survey.key, wave?.id],
    live && wave !== undefined
  );
  const [publishedLoad, retryPublished] = useLoad(
    async (): Promise<Published> => {
      const snapshot = await (await repository()).latestSnapshot(survey.key, 'benefits');
      if (!snapshot) return { kind: 'none' };
      const figures = parsePublishedBenefits(snapshot.aggregatesJson);
      return figures ? { kind: 'ready', snapshot, figures } : { kind: 'unreadable', snapshot };
    },
    [survey.key],
    !live
  );

  const stored: IStoredBenefitInputs | undefined = inputsEdited?.stored ?? (inputsLoad.kind === 'ready' ? inputsLoad.value : undefined);
  const inputs = stored?.inputs;
  const waveData = waveLoad.kind === 'ready' && waveLoad.value.waveId === wave?.id ? waveLoad.value : undefined;
  const provisional = wave !== undefined && isWaveOpen(wave, today);

  const build = React.useCallback(
    (reveal: boolean): IPublishedBenefits | undefined => {
      if (!waveData || !inputs || !wave) return undefined;
      const byForce = valueForMoneyByForce(benefitAnswers(waveData.counted), inputs);
      return buildPublishedBenefits(byForce, inputs, {
        surveyKey: survey.key,
        waveId: wave.id,
        provisional,
        computedOn: today,
        minGroupSize: survey.minGroupSize,
        revealProblemSubjects: reveal
      });
    },
    [waveData, inputs, wave, survey.key, survey.minGroupSize, provisional, today]
  );
  // What a lead sees goes through the published format and back, so it is exactly what publishing would show.
  const liveFigures = React.useMemo(() => {
    const built = build(true);
    return built ? parsePublishedBenefits(serialisePublishedBenefits(built)) ?? built : undefined;
  }, [build]);

  const respondentGroups = React.useMemo((): { waveLabel: string; groups: IGroupKey[] } | undefined => {
    if (!waveData || !wave) return undefined;
    const seen = new Map<string, IGroupKey>();
    waveData.counted.forEach((r) => {
      const g = { force: r.unit.force, workerType: r.unit.workerType, grade: r.unit.grade };
      if (!seen.has(sameGroupKey(g))) seen.set(sameGroupKey(g), g);
    });
    return { waveLabel: waveName(wave.kind), groups: Array.from(seen.values()) };
  }, [waveData, wave]);

  const onPublish = async (): Promise<void> => {
    const figures = build(false);
    if (!figures || !wave) return;
    setPublish({ kind: 'publishing' });
    try {
      const snapshot = await (await repository()).publishSnapshot(survey.key, 'benefits', wave.id, serialisePublishedBenefits(figures), survey.minGroupSize, today);
      setPublish({ kind: 'done', on: snapshot.publishedOn });
    } catch (error) {
      setPublish({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const waveOptions: IDropdownOption[] = waves.map((w) => ({
    key: w.id,
    text: formatText(isWaveOpen(w, today) ? strings.SurveyBenefitsWaveOpen : strings.SurveyBenefitsWaveClosed, sentenceStart(waveName(w.kind)), formatDay(w.closesOn, locale))
  }));

  const inputsSection = (): React.ReactNode => {
    if (needInputs) {
      if (inputsLoad.kind === 'loading') return <Spinner label={strings.SurveyBenefitsLoadingInputs} ariaLive="polite" />;
      if (inputsLoad.kind === 'failed') return <Failed message={inputsLoad.message} onRetry={retryInputs} />;
      if (rights.editBenefitInputs) {
        // The editor stays mounted while closed, so closing it never loses what was typed.
        const open = editing || !inputs;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            {!open && inputs ? (
              <>
                <InputsSummary assumptions={inputs.assumptions} costs={inputs.costs} purchases={inputs.licences.purchases} groups={inputs.licences.groups} locale={locale} />
                <DefaultButton text={strings.SurveyBenefitsEditInputs} onClick={() => setEditing(true)} styles={{ root: { alignSelf: 'flex-start' } }} />
              </>
            ) : null}
            {open && inputs ? <DefaultButton text={strings.SurveyBenefitsCloseEditor} onClick={() => setEditing(false)} styles={{ root: { alignSelf: 'flex-start' } }} /> : null}
            <div hidden={!open}>
              <BenefitInputsEditor
                surveyKey={survey.key}
                stored={stored}
                repository={repository}
                respondentGroups={respondentGroups}
                idPrefix={idPrefix}
                locale={locale}
                onStoredChange={(next) => setInputsEdited({ stored: next })}
              />
            </div>
          </Stack>
        );
      }
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block variant="small">
            {strings.SurveyBenefitsReadOnly}
          </Text>
          {inputs ? (
            <InputsSummary assumptions={inputs.assumptions} costs={inputs.costs} purchases={inputs.licences.purchases} groups={inputs.licences.groups} locale={locale} />
          ) : (
            <Text block>{stored?.problem ? strings.SurveyBenefitsUnreadableInputsReadOnly : strings.SurveyBenefitsNoInputsReadOnly}</Text>
          )}
        </Stack>
      );
    }
    if (publishedLoad.kind === 'ready' && publishedLoad.value.kind === 'ready') {
      const f = publishedLoad.value.figures;
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block variant="small">
            {strings.SurveyBenefitsReadOnly}
          </Text>
          <InputsSummary assumptions={f.assumptions} costs={f.costs} purchases={f.purchases} locale={locale} />
        </Stack>
      );
    }
    return null;
  };

  const liveSection = (): React.ReactNode => {
    if (!wave) return <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyBenefitsNoWaveYet}</MessageBar>;
    const label = waveName(wave.kind);
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.SurveyBenefitsWave}
          options={waveOptions}
          selectedKey={wave.id}
          onChange={(_e, o) => {
            if (!o) return;
            setWaveId(String(o.key));
            setPublish({ kind: 'idle' });
          }}
          styles={{ root: { maxWidth: 420 } }}
        />
        {survey.problem === 'unreadableQuestionnaire' ? <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyBenefitsUnreadableSurvey}</MessageBar> : null}
        {provisional ? (
          <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SurveyBenefitsProvisional, sentenceStart(label), formatDay(wave.closesOn, locale))}</MessageBar>
        ) : null}
        {waveLoad.kind === 'failed' ? <Failed message={waveLoad.message} onRetry={retryWave} /> : null}
        {waveLoad.kind === 'loading' || (waveLoad.kind === 'ready' && !waveData) ? <Spinner label={formatText(strings.SurveyBenefitsLoadingResponses, label)} ariaLive="polite" /> : null}
        {waveData ? (
          <Text block variant="small">
            {formatText(strings.SurveyBenefitsLiveNote, label)}
          </Text>
        ) : null}
        {waveData && inputsLoad.kind === 'ready' && !inputs ? (
          <MessageBar messageBarType={MessageBarType.info}>{rights.editBenefitInputs ? strings.SurveyBenefitsNeedInputs : strings.SurveyBenefitsNeedInputsReadOnly}</MessageBar>
        ) : null}
        {liveFigures ? <BenefitsFigures figures={liveFigures} waveLabel={label} locale={locale} idPrefix={`${idPrefix}-live`} /> : null}
        {liveFigures && rights.publishResults ? (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text block>{formatText(strings.SurveyBenefitsPublishExplain, survey.minGroupSize)}</Text>
            {waveData?.lastPublished && publish.kind !== 'done' ? (
              <Text block variant="small">
                {formatText(strings.SurveyBenefitsLastPublished, label, formatDay(waveData.lastPublished.publishedOn, locale))}
              </Text>
            ) : null}
            {provisional ? (
              <Text block>{formatText(strings.SurveyBenefitsPublishOpenWave, sentenceStart(label))}</Text>
            ) : (
              <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <PrimaryButton
                  text={publish.kind === 'publishing' ? strings.SurveyBenefitsPublishing : strings.SurveyBenefitsPublish}
                  onClick={() => onPublish().catch(() => undefined)}
                  disabled={publish.kind === 'publishing'}
                />
                {publish.kind === 'publishing' ? <Spinner size={SpinnerSize.small} /> : null}
              </Stack>
            )}
            <div role="status" aria-live="polite">
              {publish.kind === 'done' ? <MessageBar messageBarType={MessageBarType.success}>{formatText(strings.SurveyBenefitsPublished, formatDay(publish.on, locale))}</MessageBar> : null}
            </div>
            {publish.kind === 'failed' ? (
              <MessageBar messageBarType={MessageBarType.error} role="alert">
                {formatText(strings.SurveyBenefitsPublishFailed, publish.message)}
              </MessageBar>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    );
  };

  const publishedSection = (): React.ReactNode => {
    if (publishedLoad.kind === 'loading') return <Spinner label={strings.SurveyBenefitsLoadingPublished} ariaLive="polite" />;
    if (publishedLoad.kind === 'failed') return <Failed message={publishedLoad.message} onRetry={retryPublished} />;
    const p = publishedLoad.value;
    if (p.kind === 'none') return <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyBenefitsNothingPublished}</MessageBar>;
    if (p.kind === 'unreadable') return <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyBenefitsUnreadablePublished}</MessageBar>;
    const publishedWave = survey.waves.filter((w) => w.id === p.figures.waveId)[0];
    const label = publishedWave ? waveName(publishedWave.kind) : p.figures.waveId;
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{formatText(strings.SurveyBenefitsPublishedOn, sentenceStart(label), formatDay(p.snapshot.publishedOn, locale))}</Text>
        {p.figures.provisional ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SurveyBenefitsProvisionalPublished, sentenceStart(label))}</MessageBar> : null}
        <BenefitsFigures figures={p.figures} waveLabel={label} locale={locale} idPrefix={`${idPrefix}-published`} />
      </Stack>
    );
  };

  return (
    <Stack tokens={{ childrenGap: 20 }}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyBenefitsTitle}
        </Text>
        <Text block>{strings.SurveyBenefitsIntro}</Text>
      </Stack>
      <section aria-labelledby={`${idPrefix}-benefits-figures`}>
        <Stack tokens={{ childrenGap: 12 }}>
          <Heading id={`${idPrefix}-benefits-figures`}>{strings.SurveyBenefitsFiguresTitle}</Heading>
          {live ? liveSection() : publishedSection()}
        </Stack>
      </section>
      {needInputs || (publishedLoad.kind === 'ready' && publishedLoad.value.kind === 'ready') ? (
        <section aria-labelledby={`${idPrefix}-benefits-inputs`}>
          <Stack tokens={{ childrenGap: 12 }}>
            <Heading id={`${idPrefix}-benefits-inputs`}>{strings.SurveyBenefitsInputsTitle}</Heading>
            {inputsSection()}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
