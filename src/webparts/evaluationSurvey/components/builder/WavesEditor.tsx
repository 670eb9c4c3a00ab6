import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { WAVE_KINDS, wavePath } from '../../../../domain/survey/definition';
import { isDay } from '../../../../domain/training/days';
import type { IWave, WaveKind } from '../../../../domain/survey/types';
import { formatText } from '../../../../ui/format/text';
import { DayField } from '../../../../ui/form/DayField';
import type { ISurveyDraft, IWaveDraft } from './builderDraft';
import { Card, ErrorText } from './BuilderParts';
import { builderFieldId, waveState, waveStateText, waveTitle } from './builderText';

export interface IWavesEditorProps {
  idPrefix: string;
  draft: ISurveyDraft;
  /** The waves as saved (a wave that has opened may have answers). */
  savedWaves: readonly IWave[];
  today: string;
  locale: string;
  exampleDay: string;
  disabled: boolean;
  messageAt: (path: string) => string | undefined;
  undoAt: number | undefined;
  undo: React.ReactNode;
  onChange: (index: number, change: Partial<IWaveDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onPlan: () => void;
}

/** Element id of a wave's heading (focus goes there when a wave comes back). */
export function waveHeadingId(idPrefix: string, waveId: string): string {
  return `${idPrefix}-svb-wave-${waveId.replace(/[^A-Za-z0-9_-]/g, '_')}-heading`;
}

/** The waves that reuse the questionnaire: which wave, and the days it opens and closes. */
export function WavesEditor(props: IWavesEditorProps): React.ReactElement {
  const { draft, idPrefix, disabled, locale } = props;
  const full = WAVE_KINDS.every((k) => draft.waves.some((w) => w.kind === k));
  const canPlan = draft.waves.some((w) => w.kind === 'baseline' && isDay(w.opensOn));
  const addId = builderFieldId(idPrefix, 'waves');
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {draft.waves.map((wave, i) => {
        const headingId = waveHeadingId(idPrefix, wave.id);
        const saved = props.savedWaves.filter((w) => w.id === wave.id)[0];
        const state = saved !== undefined ? waveState(saved, props.today) : undefined;
        const field = (part: 'kind' | 'opensOn' | 'closesOn'): string => builderFieldId(idPrefix, wavePath(i, part));
        const title = waveTitle(wave.kind);
        return (
          <React.Fragment key={wave.id}>
            {props.undoAt === i ? props.undo : null}
            <Card role="group" labelledBy={headingId}>
              <Stack tokens={{ childrenGap: 8 }}>
                <Text as="h5" id={headingId} tabIndex={-1} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600, outline: 'none' } }}>
                  {title}
                </Text>
                {state !== undefined ? (
                  <Text block variant="small">
                    {formatText(strings.SurveyBuilderWaveSavedState, waveStateText(state))}
                  </Text>
                ) : null}
                <div id={builderFieldId(idPrefix, wavePath(i))} tabIndex={-1} style={{ outline: 'none' }}>
                  <ErrorText id={`${builderFieldId(idPrefix, wavePath(i))}-error`} message={props.messageAt(wavePath(i))} />
                </div>
                <Dropdown
                  id={field('kind')}
                  label={formatText(strings.SurveyBuilderFieldWaveKindOf, i + 1)}
                  options={WAVE_KINDS.map((k) => ({ key: k, text: waveTitle(k) }))}
                  selectedKey={wave.kind}
                  disabled={disabled}
                  errorMessage={props.messageAt(wavePath(i, 'kind'))}
                  styles={{ root: { maxWidth: '20em' } }}
                  onChange={(_e, option) => option && props.onChange(i, { kind: option.key as WaveKind })}
                />
                <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
                  <Stack.Item styles={{ root: { minWidth: 0, maxWidth: '100%' } }}>
                    <DayField
                      id={field('opensOn')}
                      label={formatText(strings.SurveyBuilderFieldOpensOnOf, title)}
                      required
                      disabled={disabled}
                      locale={locale}
                      value={wave.opensOn}
                      description={formatText(strings.SurveyBuilderDateHelp, props.exampleDay)}
                      errorMessage={props.messageAt(wavePath(i, 'opensOn'))}
                      onChange={(v) => props.onChange(i, { opensOn: v })}
                    />
                  </Stack.Item>
                  <Stack.Item styles={{ root: { minWidth: 0, maxWidth: '100%' } }}>
                    <DayField
                      id={field('closesOn')}
                      label={formatText(strings.SurveyBuilderFieldClosesOnOf, title)}
                      required
                      disabled={disabled}
                      locale={locale}
                      value={wave.closesOn}
                      description={strings.SurveyBuilderClosesHelp}
                      errorMessage={props.messageAt(wavePath(i, 'closesOn'))}
                      onChange={(v) => props.onChange(i, { closesOn: v })}
                    />
                  </Stack.Item>
                </Stack>
                <div>
                  <DefaultButton
                    iconProps={{ iconName: 'Delete' }}
                    text={strings.SurveyBuilderRemoveWave}
                    ariaLabel={formatText(strings.SurveyBuilderRemoveWaveOf, title)}
                    disabled={disabled}
                    onClick={() => props.onRemove(i)}
                  />
                </div>
              </Stack>
            </Card>
          </React.Fragment>
        );
      })}
      {props.undoAt !== undefined && props.undoAt >= draft.waves.length ? props.undo : null}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          id={addId}
          iconProps={{ iconName: 'Add' }}
          text={strings.SurveyBuilderAddWave}
          ariaDescription={full ? strings.SurveyBuilderAllWavesUsed : props.messageAt('waves')}
          disabled={disabled || full}
          onClick={props.onAdd}
        />
        <DefaultButton text={strings.SurveyBuilderPlanWaves} ariaDescription={strings.SurveyBuilderPlanWavesHelp} disabled={disabled || !canPlan} onClick={props.onPlan} />
      </Stack>
      <Text block variant="small">
        {canPlan ? strings.SurveyBuilderPlanWavesHelp : strings.SurveyBuilderPlanWavesNeedsBaseline}
      </Text>
      <ErrorText id={`${addId}-error`} message={props.messageAt('waves')} />
    </Stack>
  );
}
