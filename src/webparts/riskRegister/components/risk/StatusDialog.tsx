import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { EditConflictError, type IRiskStore, type RiskConflictError } from '../../../../data/RiskRepository';
import { riskToFields, type EscalationLevel, type IRisk } from '../../../../domain/risks';
import { ESCALATION_LEVELS } from '../../../../lists/risks';
import { formatText } from '../../../../ui/format/text';
import { changeRows } from './conflictModel';
import { riskWriteFailure } from './RiskForm';
import { escalationName, formatInstant, personName } from './riskText';

export type StatusAction = 'close' | 'reopen' | 'escalate';

export interface IStatusDialogProps {
  action: StatusAction;
  risk: IRisk;
  store: () => Promise<IRiskStore>;
  locale: string;
  idPrefix: string;
  onDone: (risk: IRisk, message: string) => void;
  onDismiss: () => void;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string } | { kind: 'conflict'; error: RiskConflictError };

/** The level offered first: one above where the risk is escalated now. */
function nextLevel(current: EscalationLevel): EscalationLevel {
  const i = ESCALATION_LEVELS.indexOf(current);
  return ESCALATION_LEVELS[Math.min(ESCALATION_LEVELS.length - 1, Math.max(1, i + 1))];
}

/**
 * Closes (a status: nothing is ever deleted), re-opens or escalates a risk, with a note. Written on top of
 * the risk as read; if someone changed it since, nothing is written: the dialog says who changed what, and
 * the person may do it again on top of their version.
 */
export function StatusDialog(props: IStatusDialogProps): React.ReactElement {
  const { action, risk, idPrefix, locale } = props;
  const [note, setNote] = React.useState('');
  const [level, setLevel] = React.useState<EscalationLevel>(() => nextLevel(risk.escalation));
  const [tried, setTried] = React.useState(false);
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const busy = state.kind === 'busy';
  const noteId = `${idPrefix}-note`;
  const noteRequired = action === 'close' || (action === 'escalate' && level !== 'none');
  const problem = tried && noteRequired && note.trim() === '' ? (action === 'close' ? strings.RiskCloseNoteRequired : strings.RiskEscalateNoteRequired) : undefined;

  const title = formatText(action === 'close' ? strings.RiskCloseTitle : action === 'reopen' ? strings.RiskReopenTitle : strings.RiskEscalateTitle, risk.reference);
  const intro = action === 'close' ? strings.RiskCloseIntro : action === 'reopen' ? strings.RiskReopenIntro : strings.RiskEscalateIntro;
  const button = action === 'close' ? strings.RiskClose : action === 'reopen' ? strings.RiskReopen : strings.RiskEscalate;

  const run = (against: IRisk): void => {
    setTried(true);
    if (noteRequired && note.trim() === '') {
      document.getElementById(noteId)?.focus();
      return;
    }
    setState({ kind: 'busy' });
    const task = async (): Promise<IRisk> => {
      const store = await props.store();
      if (action === 'close') return store.closeRisk(against, note.trim());
      if (action === 'reopen') return store.reopenRisk(against, note.trim());
      return store.escalateRisk(against, level, note.trim());
    };
    task().then(
      (stored) => {
        if (!mounted.current) return;
        const message =
          action === 'close'
            ? formatText(strings.RiskClosedNote, stored.reference)
            : action === 'reopen'
              ? formatText(strings.RiskReopenedNote, stored.reference)
              : formatText(strings.RiskEscalatedNote, stored.reference, escalationName(stored.escalation));
        props.onDone(stored, message);
      },
      (error: unknown) => {
        if (!mounted.current) return;
        if (error instanceof EditConflictError) setState({ kind: 'conflict', error: error as RiskConflictError });
        else setState({ kind: 'failed', message: riskWriteFailure(error) });
      }
    );
  };

  const latest = state.kind === 'conflict' ? state.error.latest : risk;

  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title, subText: intro }}
      modalProps={{ isBlocking: true }}
      minWidth={280}
      maxWidth={600}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {action === 'escalate' ? (
          <Dropdown
            label={strings.RiskFieldEscalation}
            options={ESCALATION_LEVELS.map((l) => ({ key: l, text: escalationName(l) }))}
            selectedKey={level}
            onChange={(_e, o) => o !== undefined && setLevel(o.key as EscalationLevel)}
            disabled={busy}
          />
        ) : null}
        <TextField
          id={noteId}
          label={action === 'close' ? strings.RiskFieldClosureNote : action === 'reopen' ? strings.RiskReopenNote : strings.RiskFieldEscalationNote}
          required={noteRequired}
          multiline
          rows={3}
          value={note}
          onChange={(_e, v) => setNote(v ?? '')}
          errorMessage={problem}
          disabled={busy}
        />
        {state.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.RiskFormSaveFailed, state.message)}
          </MessageBar>
        ) : null}
        {state.kind === 'conflict' ? (
          <div role="alert" data-conflict>
            <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
              {formatText(strings.RiskStatusConflict, personName(state.error.changedBy), formatInstant(state.error.changedAt, locale))}
            </MessageBar>
            <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
              {changeRows(state.error.theirChanges, riskToFields(risk), riskToFields(state.error.latest), [], locale).map((r) => (
                <li key={r.key} style={{ overflowWrap: 'anywhere' }}>
                  {formatText(strings.RiskChangeFromTo, r.label, r.from, r.to)}
                </li>
              ))}
            </ul>
            <Text block styles={{ root: { marginTop: 8 } }}>
              {strings.RiskStatusConflictAgain}
            </Text>
          </div>
        ) : null}
      </Stack>
      <DialogFooter>
        {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskFormSaving} labelPosition="right" ariaLive="polite" /> : null}
        <PrimaryButton text={state.kind === 'conflict' ? formatText(strings.RiskStatusAgain, button) : button} disabled={busy} onClick={() => run(latest)} />
        <DefaultButton text={strings.RiskFormCancel} disabled={busy} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
