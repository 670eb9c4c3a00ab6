import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { MeetingClosedError } from '../../../../data/BoardRepository';
import { ValidationError } from '../../../../data/errors';
import { randomClientId } from '../../../../data/writes';
import type { IBoardMeeting, IBoardStore } from '../../../../domain/board/types';
import type { IRaidItem, IRegisterData } from '../../../../domain/risks/types';
import { DayField } from '../../../../ui/form/DayField';
import { formatDay, formatText } from '../../../../ui/format/text';
import type { IRaidDraft } from '../raid/raidModel';
import { Heading, ProblemSummary, RaidItemFields, RiskLinksField, useFocusRequest, useMounted } from '../raid/RaidParts';
import { fieldName, problemsOfKeys, problemText, raidTypeName } from '../raid/raidText';
import { blankLogDraft, changeLogType, knownItems, logContentOf, logDraftProblems, setDecided, LOG_TYPES, type IFieldProblem, type LogType } from './boardModel';
import { boardWriteFailure } from './boardText';

export interface ILogItemFormProps {
  idPrefix: string;
  store: IBoardStore;
  /** The open meeting the item is logged against. */
  meeting: IBoardMeeting;
  /** The register as read: RAID references to number from, risks to link. */
  register: IRegisterData;
  me: string;
  locale: string;
  /** A RAID item logged against the meeting (the register is read again). */
  onLogged: (item: IRaidItem) => void;
  /** The meeting was closed meanwhile: nothing was logged. */
  onClosedMeanwhile: (meeting: IBoardMeeting) => void;
}

type Status = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'closed' } | { kind: 'logged'; reference: string };

const LOG_ORDER: readonly LogType[] = LOG_TYPES;

const SAVE_TEXT: Record<LogType, string> = { decision: strings.BoardLogSaveDecision, action: strings.BoardLogSaveAction, issue: strings.BoardLogSaveIssue };

/**
 * Logs a decision, an action or an issue against the open meeting: a RAID item with the meeting's id and
 * day, linked to the risks it concerns. A decision made at the meeting is recorded as made (closed) with its
 * rationale; one still to decide stays pending for the next agenda. Problems are named at their fields and
 * in a summary that takes focus; what was typed stays after any failure.
 */
export function LogItemForm(props: ILogItemFormProps): React.ReactElement {
  const { idPrefix, meeting, register, locale } = props;
  // What this form logged, until the register read again holds it: references number on from it.
  const [logged, setLogged] = React.useState<IRaidItem[]>([]);
  const items = React.useMemo(() => knownItems(register.raid, logged), [register.raid, logged]);
  const [draft, setDraft] = React.useState<IRaidDraft>(() => blankLogDraft('decision', meeting, register.raid, props.me));
  const [referenceTyped, setReferenceTyped] = React.useState(false);
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  // One client id per item typed: a retried save after a failure makes one item, the next item a new one.
  const [clientId, setClientId] = React.useState<string>(() => randomClientId());
  const focus = useFocusRequest();
  const mounted = useMounted();
  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const type = draft.type as LogType;
  const decided = type === 'decision' && draft.status === 'closed';

  const change = (patch: Partial<IRaidDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    const fields = Object.keys(patch);
    setProblems((ps) => ps.filter((p) => fields.indexOf(p.field) < 0));
    if (status.kind === 'logged') setStatus({ kind: 'idle' });
  };

  const messageAt = (field: string): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p !== undefined ? problemText(p) : undefined;
  };

  const save = async (): Promise<void> => {
    const found = logDraftProblems(draft, items);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      focus(summaryId);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const item = await props.store.logRaid(meeting, logContentOf(draft), clientId);
      if (!mounted.current) return;
      setClientId(randomClientId());
      setLogged((l) => [...l, item]);
      setDraft(blankLogDraft(type, meeting, [...items, item], props.me));
      setReferenceTyped(false);
      setStatus({ kind: 'logged', reference: item.reference });
      focus(statusId);
      props.onLogged(item);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof MeetingClosedError) {
        setStatus({ kind: 'closed' });
        props.onClosedMeanwhile(error.meeting);
      } else if (error instanceof ValidationError && problemsOfKeys(error.problems).length > 0) {
        setProblems(problemsOfKeys(error.problems));
        setStatus({ kind: 'invalid' });
        focus(summaryId);
        return;
      } else {
        setStatus({ kind: 'failed', message: boardWriteFailure(error) });
      }
      focus(statusId);
    }
  };

  const summary = problems.map((p) => ({ id: fieldId(p.field), text: `${fieldName(p.field)}: ${problemText(p)}` }));
  const dueLabel = type === 'decision' ? strings.BoardLogDecideBy : type === 'issue' ? strings.BoardLogResolveBy : strings.RiskRaidFieldDue;

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720 } }}>
      <Heading as="h4">{formatText(strings.BoardLogHeading, formatDay(meeting.meetingDate, locale))}</Heading>
      <Text variant="small" block>
        {strings.RiskRaidRequiredNote}
      </Text>
      {status.kind === 'invalid' ? <ProblemSummary id={summaryId} problems={summary} onGo={focus} /> : null}
      <ChoiceGroup
        id={fieldId('type')}
        label={strings.BoardLogType}
        required
        selectedKey={type}
        options={LOG_ORDER.map((t) => ({ key: t, text: raidTypeName(t) }))}
        onChange={(_e, o) => o !== undefined && setDraft((d) => changeLogType(d, o.key as LogType, meeting, items, referenceTyped))}
        disabled={busy}
      />
      <TextField
        id={fieldId('reference')}
        label={strings.RiskRaidFieldReference}
        description={strings.RiskRaidReferenceHelp}
        required
        value={draft.reference}
        onChange={(_e, v) => {
          setReferenceTyped(true);
          change({ reference: v ?? '' });
        }}
        errorMessage={messageAt('reference')}
        disabled={busy}
        autoComplete="off"
        styles={{ root: { maxWidth: 240 } }}
      />
      <TextField id={fieldId('title')} label={strings.RiskRaidFieldTitle} required value={draft.title} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={messageAt('title')} disabled={busy} autoComplete="off" />
      {type === 'decision' ? (
        <ChoiceGroup
          id={fieldId('status')}
          label={strings.BoardLogDecided}
          selectedKey={decided ? 'made' : 'pending'}
          options={[
            { key: 'made', text: strings.BoardLogDecisionMade },
            { key: 'pending', text: strings.BoardLogDecisionPending }
          ]}
          onChange={(_e, o) => o !== undefined && setDraft((d) => setDecided(d, o.key === 'made', meeting))}
          disabled={busy}
        />
      ) : null}
      {decided ? (
        <TextField
          id={fieldId('resolution')}
          label={strings.BoardLogRationale}
          description={strings.BoardLogRationaleHelp}
          multiline
          autoAdjustHeight
          rows={3}
          value={draft.resolution}
          onChange={(_e, v) => change({ resolution: v ?? '' })}
          disabled={busy}
        />
      ) : null}
      <RaidItemFields draft={draft} change={change} fieldId={fieldId} messageAt={messageAt} disabled={busy} />
      {!decided ? (
        <DayField id={fieldId('dueDate')} label={dueLabel} value={draft.dueDate} onChange={(v) => change({ dueDate: v })} locale={locale} errorMessage={messageAt('dueDate')} disabled={busy} />
      ) : null}
      <RiskLinksField id={fieldId('riskIds')} label={strings.RiskRaidFieldRisks} risks={register.risks} value={draft.riskIds} onChange={(ids) => change({ riskIds: ids })} errorMessage={messageAt('riskIds')} disabled={busy} />

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }} role="status" aria-live="polite">
        {status.kind === 'logged' ? <MessageBar messageBarType={MessageBarType.success}>{formatText(strings.BoardLogged, status.reference)}</MessageBar> : null}
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.BoardLogFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'closed' ? (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {strings.BoardLogClosedMeanwhile}
          </MessageBar>
        ) : null}
      </div>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? strings.BoardSaving : SAVE_TEXT[type]} disabled={busy || status.kind === 'closed'} onClick={() => save().catch(() => undefined)} />
        <DefaultButton text={strings.BoardLogClear} disabled={busy} onClick={() => {
            setDraft(blankLogDraft(type, meeting, items, props.me));
            setReferenceTyped(false);
            setClientId(randomClientId());
            setProblems([]);
            setStatus({ kind: 'idle' });
          }} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.BoardSaving} labelPosition="right" ariaLive="polite" /> : null}
      </Stack>
    </Stack>
  );
}
