import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { IEditImpact, ISurveyDefinition } from '../../../../domain/survey/definition';
import type { WaveKind } from '../../../../domain/survey/types';
import { allQuestions } from '../../../../domain/survey/validation';
import { formatText } from '../../../../ui/format/text';
import { optionText, waveName } from '../respond/surveyText';
import { questionLabel } from './builderText';

export interface IImpactDialogProps {
  impact: IEditImpact;
  before: ISurveyDefinition;
  after: ISurveyDefinition;
  onSave: () => void;
  onCancel: () => void;
}

/** The lines of the warning, each a complete sentence (exported for tests). */
export function impactLines(impact: IEditImpact, before: ISurveyDefinition, after: ISurveyDefinition): string[] {
  const questions = new Map(allQuestions(before.questionnaire).map((q) => [q.id, q] as const));
  allQuestions(after.questionnaire).forEach((q) => questions.set(q.id, q));
  const name = (id: string): string => {
    const q = questions.get(id);
    return `“${questionLabel(id, q?.text)}”`;
  };
  const names = (ids: readonly string[]): string => ids.map(name).join('; ');
  const waves = (kinds: readonly WaveKind[]): string => kinds.map(waveName).join(', ');
  const lines: string[] = [formatText(strings.SurveyBuilderImpactOpened, waves(impact.openedWaves)), formatText(strings.SurveyBuilderImpactKept, impact.keptQuestions)];
  if (impact.removedQuestions.length > 0) lines.push(formatText(strings.SurveyBuilderImpactRemoved, names(impact.removedQuestions)));
  if (impact.addedRequired.length > 0) lines.push(formatText(strings.SurveyBuilderImpactAddedRequired, names(impact.addedRequired)));
  if (impact.changedKind.length > 0) lines.push(formatText(strings.SurveyBuilderImpactChangedKind, names(impact.changedKind)));
  if (impact.removedOptions.length > 0) {
    const list = impact.removedOptions.map((r) => `${name(r.questionId)}: ${r.options.map((o) => optionText(r.questionId, o)).join(', ')}`).join('; ');
    lines.push(formatText(strings.SurveyBuilderImpactRemovedOptions, list));
  }
  if (impact.narrowedLimits.length > 0) lines.push(formatText(strings.SurveyBuilderImpactNarrowed, names(impact.narrowedLimits)));
  if (impact.changedBranching.length > 0) lines.push(formatText(strings.SurveyBuilderImpactBranching, names(impact.changedBranching)));
  if (impact.removedWaves.length > 0) lines.push(formatText(strings.SurveyBuilderImpactRemovedWaves, waves(impact.removedWaves)));
  if (impact.changedWaveDates.length > 0) lines.push(formatText(strings.SurveyBuilderImpactWaveDates, waves(impact.changedWaveDates)));
  return lines;
}

/** "People may already have answered this survey": what saving these changes does to their answers. */
export function ImpactDialog(props: IImpactDialogProps): React.ReactElement {
  const lines = impactLines(props.impact, props.before, props.after);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.normal, title: strings.SurveyBuilderImpactTitle }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={560}
    >
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {lines.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <DialogFooter>
        <PrimaryButton text={strings.SurveyBuilderImpactKeepEditing} onClick={props.onCancel} />
        <DefaultButton text={strings.SurveyBuilderImpactSave} onClick={props.onSave} />
      </DialogFooter>
    </Dialog>
  );
}
