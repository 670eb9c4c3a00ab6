import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { isDay, addMonths, daysBetween } from '../../../../domain/training/days';
import { DEFAULT_REVIEW_MONTHS } from '../../../../domain/catalogue/lifecycle';
import { ConflictError } from '../../../../data/errors';
import { DayField } from '../../../../ui/form/DayField';
import { formatText } from '../../../../ui/format/text';
import { writeFailure } from '../entry/EntryForm';

/** Months to the next review a champion is offered (they may pick any later day). */
export const REVIEW_MONTHS_OFFERED = DEFAULT_REVIEW_MONTHS;

/** Why a review-by day cannot be used ('' when it can): a real day, after today. */
export function reviewByProblem(value: string, today: string): string {
  if (value.trim() === '') return strings.CatalogueReviewByRequired;
  if (!isDay(value)) return strings.CatalogueReviewByNotADate;
  return daysBetween(today, value) > 0 ? '' : strings.CatalogueReviewByNotInFuture;
}

export function defaultReviewBy(today: string): string {
  return addMonths(today, REVIEW_MONTHS_OFFERED);
}

type DialogState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

function useDialogRun(): { state: DialogState; run: (task: () => Promise<void>) => void } {
  const [state, setState] = React.useState<DialogState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = (task: () => Promise<void>): void => {
    setState({ kind: 'busy' });
    task().then(
      () => mounted.current && setState({ kind: 'idle' }),
      (error: unknown) => mounted.current && setState({ kind: 'failed', message: error instanceof ConflictError ? strings.CatalogueActionConflict : writeFailure(error) })
    );
  };
  return { state, run };
}

export interface IRetireDialogProps {
  title: string;
  idPrefix: string;
  onRetire: (reason: string) => Promise<void>;
  onDismiss: () => void;
}

/** A champion retires a published entry with a reason (required); it stays readable by link with the reason. */
export function RetireDialog(props: IRetireDialogProps): React.ReactElement {
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const { state, run } = useDialogRun();
  const busy = state.kind === 'busy';
  const problem = tried && reason.trim() === '' ? strings.CatalogueRetireReasonRequired : undefined;
  const reasonId = `${props.idPrefix}-retire-reason`;
  const submit = (): void => {
    setTried(true);
    if (reason.trim() === '') {
      document.getElementById(reasonId)?.focus();
      return;
    }
    run(() => props.onRetire(reason.trim()));
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.CatalogueRetireTitle, props.title), subText: strings.CatalogueRetireIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={560}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <TextField id={reasonId} label={strings.CatalogueRetireReason} required multiline rows={3} value={reason} onChange={(_e, v) => setReason(v ?? '')} errorMessage={problem} disabled={busy} />
        {state.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {state.message}
          </MessageBar>
        ) : null}
      </Stack>
      <DialogFooter>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.CatalogueFormSaving} labelPosition="right" /> : null}
        <PrimaryButton text={strings.CatalogueRetire} onClick={submit} disabled={busy} />
        <DefaultButton text={strings.CatalogueFormCancel} onClick={props.onDismiss} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}

export interface IReviewedDialogProps {
  title: string;
  idPrefix: string;
  today: string;
  locale: string;
  onReviewed: (reviewBy: string) => Promise<void>;
  onDismiss: () => void;
}

/** A champion confirms a published entry is still right and sets its next review day (six months on unless changed). */
export function ReviewedDialog(props: IReviewedDialogProps): React.ReactElement {
  const [reviewBy, setReviewBy] = React.useState(() => defaultReviewBy(props.today));
  const [tried, setTried] = React.useState(false);
  const { state, run } = useDialogRun();
  const busy = state.kind === 'busy';
  const problem = tried ? reviewByProblem(reviewBy, props.today) : '';
  const fieldId = `${props.idPrefix}-reviewed-by`;
  const submit = (): void => {
    setTried(true);
    if (reviewByProblem(reviewBy, props.today) !== '') {
      document.getElementById(fieldId)?.focus();
      return;
    }
    run(() => props.onReviewed(reviewBy));
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.CatalogueReviewedTitle, props.title) }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={560}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{strings.CatalogueReviewedIntro}</Text>
        <DayField id={fieldId} label={strings.CatalogueReviewBy} value={reviewBy} onChange={setReviewBy} locale={props.locale} required errorMessage={problem || undefined} disabled={busy} />
        {state.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {state.message}
          </MessageBar>
        ) : null}
      </Stack>
      <DialogFooter>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.CatalogueFormSaving} labelPosition="right" /> : null}
        <PrimaryButton text={strings.CatalogueMarkReviewed} onClick={submit} disabled={busy} />
        <DefaultButton text={strings.CatalogueFormCancel} onClick={props.onDismiss} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
