import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { markCheck } from '../../../domain/training/knowledgeCheck';
import type { ITrainingModule } from '../../../domain/training/types';
import { formatText } from '../../../ui/format/text';
import { randomClientId } from '../../../data/writes';

export interface ICompletionInput {
  /** The exact sentence the learner confirmed. */
  attestation: string;
  /** Knowledge check score, when the module has one. */
  score: number | undefined;
  passed: boolean;
  /** This submission's id: the same while it is sent again after a failure, a new one after it is saved. */
  clientId: string;
}

export interface IRecordCompletionDialogProps {
  module: ITrainingModule;
  /** Failed attempts already used in this cycle. */
  attemptsUsed: number;
  /** Saves the completion (or a failed attempt); rejects with a message to show. */
  onSubmit: (input: ICompletionInput) => Promise<void>;
  onDismiss: () => void;
  /** Set while the data layer waits for SharePoint (e.g. "retrying in 5 s"). */
  busyMessage?: string;
}

/**
 * Records a completion: the attestation ("I have read and understood version N of …") and, where the
 * module has one, the knowledge check. Answers stay as typed when saving fails, so nothing is lost.
 */
export function RecordCompletionDialog(props: IRecordCompletionDialogProps): React.ReactElement {
  const { module } = props;
  const check = module.knowledgeCheck;
  const [confirmed, setConfirmed] = React.useState(false);
  const [answers, setAnswers] = React.useState<Record<string, number | undefined>>({});
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [failedScore, setFailedScore] = React.useState<number | undefined>(undefined);
  const [attemptsUsed, setAttemptsUsed] = React.useState(props.attemptsUsed);
  const [clientId, setClientId] = React.useState(() => randomClientId());
  const [saving, setSaving] = React.useState(false);

  const attestation = module.policy
    ? formatText(strings.TrainingAttestVersion, module.policy.version, module.title)
    : formatText(strings.TrainingAttestModule, module.title);
  const attemptsLeft = check && check.maxAttempts !== undefined ? Math.max(0, check.maxAttempts - attemptsUsed) : undefined;
  const outOfAttempts = attemptsLeft === 0;

  const submit = async (): Promise<void> => {
    if (!confirmed) {
      setProblem(strings.TrainingAttestRequired);
      return;
    }
    let score: number | undefined;
    let passed = true;
    if (check) {
      const result = markCheck(check, answers);
      if (result.unanswered.length > 0) {
        const numbers = result.unanswered.map((id) => check.questions.findIndex((q) => q.id === id) + 1);
        setProblem(formatText(strings.TrainingCheckAnswerAll, numbers.join(', ')));
        return;
      }
      score = result.score;
      passed = result.passed;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      await props.onSubmit({ attestation, score, passed, clientId });
      setClientId(randomClientId());
      if (!passed) {
        setFailedScore(score);
        setAttemptsUsed((n) => n + 1);
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const handleSubmit = (): void => {
    submit().catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={saving ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.TrainingDialogTitle, module.title) }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={640}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {check ? (
          <>
            <Text block>
              {formatText(strings.TrainingCheckIntro, check.passMark)}
              {attemptsLeft !== undefined ? ` ${formatText(strings.TrainingCheckAttemptsLeft, attemptsLeft)}` : ''}
            </Text>
            {check.questions.map((q, i) => (
              <ChoiceGroup
                key={q.id}
                label={`${i + 1}. ${q.text}`}
                required
                disabled={saving || outOfAttempts}
                selectedKey={answers[q.id] === undefined ? null : String(answers[q.id])}
                options={q.options.map((text, index) => ({ key: String(index), text }))}
                onChange={(_, option) => option && setAnswers((a) => ({ ...a, [q.id]: Number(option.key) }))}
              />
            ))}
          </>
        ) : null}
        <Checkbox label={attestation} checked={confirmed} disabled={saving || outOfAttempts} onChange={(_, c) => setConfirmed(!!c)} />
        {failedScore !== undefined ? (
          <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.TrainingCheckFailed, failedScore, check ? check.passMark : 100)}</MessageBar>
        ) : null}
        {outOfAttempts ? <MessageBar messageBarType={MessageBarType.blocked}>{strings.TrainingCheckNoAttemptsLeft}</MessageBar> : null}
        {problem ? <MessageBar messageBarType={MessageBarType.error}>{problem}</MessageBar> : null}
        {saving ? <Spinner size={SpinnerSize.small} label={props.busyMessage ?? strings.TrainingSaving} ariaLive="polite" labelPosition="right" /> : null}
      </Stack>
      <DialogFooter>
        <PrimaryButton text={strings.TrainingSubmit} disabled={saving || outOfAttempts} onClick={handleSubmit} />
        <DefaultButton text={strings.TrainingCancel} disabled={saving} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
