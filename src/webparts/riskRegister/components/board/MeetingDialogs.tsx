import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import type { IBoardMeeting, IBoardStore } from '../../../../domain/board/types';
import { formatDay, formatText } from '../../../../ui/format/text';
import { useMounted } from '../raid/RaidParts';
import { boardWriteFailure, markingName } from './boardText';

/** What closing freezes, counted from the register as the view read it. */
export interface IFreezeSummary {
  risks: number;
  raid: number;
  loggedHere: number;
  indicators: string[];
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

export interface ICloseDialogProps {
  meeting: IBoardMeeting;
  store: IBoardStore;
  freeze: IFreezeSummary;
  locale: string;
  idPrefix: string;
  onDone: (meeting: IBoardMeeting) => void;
  onDismiss: () => void;
}

/**
 * Confirms closing the meeting, saying what will be frozen (the register, the RAID log with what was logged
 * here, the indicators) and that the paper is generated from it and carries the marking; an optional note.
 * A failure says why and leaves the meeting open; the note typed is kept.
 */
export function CloseDialog(props: ICloseDialogProps): React.ReactElement {
  const { meeting, freeze, locale, idPrefix } = props;
  const [note, setNote] = React.useState('');
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const mounted = useMounted();
  const busy = state.kind === 'busy';
  const day = formatDay(meeting.meetingDate, locale);

  const close = (): void => {
    setState({ kind: 'busy' });
    props.store.closeMeeting(meeting, note.trim()).then(
      (closed) => mounted.current && props.onDone(closed),
      (error: unknown) => mounted.current && setState({ kind: 'failed', message: boardWriteFailure(error) })
    );
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.BoardCloseTitle, day) }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={640}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{strings.BoardCloseFreezes}</Text>
        <ul style={{ margin: 0, paddingLeft: 20 }} aria-label={strings.BoardCloseFreezesList}>
          <li>{formatText(freeze.risks === 1 ? strings.BoardFreezeRisksOne : strings.BoardFreezeRisks, freeze.risks)}</li>
          <li>{formatText(freeze.raid === 1 ? strings.BoardFreezeRaidOne : strings.BoardFreezeRaid, freeze.raid, freeze.loggedHere)}</li>
          <li>{freeze.indicators.length === 0 ? strings.BoardFreezeNoIndicators : formatText(strings.BoardFreezeIndicators, freeze.indicators.join(', '))}</li>
          <li>{formatText(strings.BoardFreezeMeeting, markingName(meeting.marking))}</li>
        </ul>
        <Text block>{strings.BoardCloseAfter}</Text>
        <TextField id={`${idPrefix}-note`} label={strings.BoardCloseNote} multiline rows={2} value={note} onChange={(_e, v) => setNote(v ?? '')} disabled={busy} />
        {state.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.BoardCloseFailed, state.message)}
          </MessageBar>
        ) : null}
      </Stack>
      <DialogFooter>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.BoardClosing} labelPosition="right" ariaLive="polite" /> : null}
        <PrimaryButton text={strings.BoardCloseConfirm} disabled={busy} onClick={close} />
        <DefaultButton text={strings.BoardCancel} disabled={busy} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

export interface IReopenDialogProps {
  meeting: IBoardMeeting;
  store: IBoardStore;
  locale: string;
  idPrefix: string;
  onDone: (meeting: IBoardMeeting) => void;
  onDismiss: () => void;
}

/** Re-opens a closed meeting; the reason is required and recorded with who and when. */
export function ReopenDialog(props: IReopenDialogProps): React.ReactElement {
  const { meeting, locale, idPrefix } = props;
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const mounted = useMounted();
  const busy = state.kind === 'busy';
  const reasonId = `${idPrefix}-reason`;
  const missing = tried && reason.trim() === '';

  const reopen = (): void => {
    setTried(true);
    if (reason.trim() === '') {
      document.getElementById(reasonId)?.focus();
      return;
    }
    setState({ kind: 'busy' });
    props.store.reopenMeeting(meeting, reason.trim()).then(
      (opened) => mounted.current && props.onDone(opened),
      (error: unknown) => mounted.current && setState({ kind: 'failed', message: boardWriteFailure(error) })
    );
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.BoardReopenTitle, formatDay(meeting.meetingDate, locale)), subText: strings.BoardReopenIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={600}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <TextField
          id={reasonId}
          label={strings.BoardReopenReason}
          description={strings.BoardReopenReasonHelp}
          required
          multiline
          rows={3}
          value={reason}
          onChange={(_e, v) => setReason(v ?? '')}
          errorMessage={missing ? strings.BoardReopenReasonRequired : undefined}
          disabled={busy}
        />
        {state.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.BoardReopenFailed, state.message)}
          </MessageBar>
        ) : null}
      </Stack>
      <DialogFooter>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.BoardReopening} labelPosition="right" ariaLive="polite" /> : null}
        <PrimaryButton text={strings.BoardReopenConfirm} disabled={busy} onClick={reopen} />
        <DefaultButton text={strings.BoardCancel} disabled={busy} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
