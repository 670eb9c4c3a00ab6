import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { MeetingClosedError, type MeetingConflictError } from '../../../../data/BoardRepository';
import { ValidationError } from '../../../../data/errors';
import { EditConflictError } from '../../../../data/RiskRepository';
import { randomClientId } from '../../../../data/writes';
import { PROTECTIVE_MARKINGS, type IBoardMeeting, type IBoardStore, type ProtectiveMarking } from '../../../../domain/board/types';
import { parsePeople, upnKey } from '../../../../domain/risks/fields';
import type { FieldValue } from '../../../../domain/risks/fields';
import { DayField } from '../../../../ui/form/DayField';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Heading, ProblemSummary, useFocusRequest, useMounted } from '../raid/RaidParts';
import { formatInstant, personName } from '../risk/riskText';
import { blankMeetingDraft, meetingContentOf, meetingDraftOf, meetingDraftProblems, memberChoices, personTitle, sameMeetingDraft, type IBoardMember, type IFieldProblem, type IMeetingDraft } from './boardModel';
import { boardWriteFailure, meetingFieldName, meetingProblemText } from './boardText';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IMeetingFormProps {
  idPrefix: string;
  store: IBoardStore;
  /** The meeting to edit (as read: its etag guards the write); undefined to create the week's meeting. */
  meeting?: IBoardMeeting;
  meetings: readonly IBoardMeeting[];
  members: readonly IBoardMember[];
  today: string;
  me: string;
  locale: string;
  onSaved: (meeting: IBoardMeeting, created: boolean) => void;
  /** Someone closed the meeting while it was being edited: the list learns its state. */
  onClosedMeanwhile: (meeting: IBoardMeeting) => void;
  onCancel: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'closed'; meeting: IBoardMeeting }
  | { kind: 'conflict'; error: MeetingConflictError }
  | { kind: 'resolved'; message: string };

/** Field problems from the repository's `ValidationError` (keys `board.problem.<code>`). */
function problemsOf(error: ValidationError): IFieldProblem[] {
  const out: IFieldProblem[] = [];
  for (const p of error.problems) {
    const m = /^board\.problem\.(\w+)$/.exec(p.key);
    if (m !== null && p.field !== undefined) out.push({ field: p.field, code: m[1] });
  }
  return out;
}

/**
 * Creates the week's meeting or edits an open one: its day (the next Thursday to start with), chair and
 * attendees chosen from the programme board, the protective marking the paper will carry, and notes.
 * Problems are named at their fields and in a summary that takes focus; nothing typed is lost to a failure,
 * a conflict (who changed what, and a choice) or the meeting being closed meanwhile.
 */
export function MeetingForm(props: IMeetingFormProps): React.ReactElement {
  const { idPrefix, locale, members } = props;
  const theme = useTheme();
  const [initial] = React.useState<IMeetingDraft>(() => (props.meeting !== undefined ? meetingDraftOf(props.meeting) : blankMeetingDraft(props.today, props.me, members)));
  const [draft, setDraft] = React.useState<IMeetingDraft>(initial);
  const [saved, setSaved] = React.useState<IMeetingDraft>(initial);
  const [base, setBase] = React.useState<IBoardMeeting | undefined>(props.meeting);
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const clientId = React.useRef(randomClientId());
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const headingId = `${idPrefix}-heading`;
  const choices = memberChoices(members, draft);
  const dirty = !sameMeetingDraft(draft, saved);
  useLeaveWarning(dirty);

  React.useEffect(() => {
    focus(headingId);
  }, [focus, headingId]);

  const change = (patch: Partial<IMeetingDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    const fields = Object.keys(patch);
    setProblems((ps) => ps.filter((p) => fields.indexOf(p.field) < 0));
  };

  const messageAt = (field: string): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p !== undefined ? meetingProblemText(p) : undefined;
  };

  const save = async (): Promise<void> => {
    const found = meetingDraftProblems(draft, props.meetings, base?.id ?? null);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      focus(summaryId);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const content = meetingContentOf(draft);
      const result = base === undefined ? await props.store.createMeeting(content, clientId.current) : await props.store.updateMeeting(base, content);
      if (!mounted.current) return;
      setStatus({ kind: 'idle' });
      props.onSaved(result, base === undefined);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof MeetingClosedError) {
        setStatus({ kind: 'closed', meeting: error.meeting });
        props.onClosedMeanwhile(error.meeting);
        focus(statusId);
      } else if (error instanceof EditConflictError) {
        setStatus({ kind: 'conflict', error: error as MeetingConflictError });
        focus(statusId);
      } else if (error instanceof ValidationError && problemsOf(error).length > 0) {
        setProblems(problemsOf(error));
        setStatus({ kind: 'invalid' });
        focus(summaryId);
      } else {
        setStatus({ kind: 'failed', message: boardWriteFailure(error) });
        focus(statusId);
      }
    }
  };

  /** After a conflict: carry on from their version, theirs with my other changes, or mine over theirs. */
  const resolve = (how: 'theirs' | 'merged' | 'mine'): void => {
    if (status.kind !== 'conflict') return;
    const e = status.error;
    const theirs = meetingDraftOf(e.latest);
    if (how === 'theirs') setDraft(theirs);
    else if (how === 'merged') setDraft(meetingDraftOf(e.merged));
    setSaved(theirs);
    setBase(e.latest);
    setProblems([]);
    setStatus({ kind: 'resolved', message: how === 'theirs' ? strings.BoardConflictTookTheirs : how === 'merged' ? strings.BoardConflictTookMerged : strings.BoardConflictKeptMine });
    focus(statusId);
  };

  const valueText = (field: string, v: FieldValue): string => {
    if (v === null || v === '') return strings.BoardEmptyValue;
    const text = String(v);
    if (field === 'meetingDate') return formatDay(text, locale);
    if (field === 'chairUpn') return personTitle(text, members);
    if (field === 'attendeeUpns') return parsePeople(text).map((u) => personTitle(u, members)).join(', ');
    return text;
  };

  const summary = problems.map((p) => ({ id: fieldId(p.field), text: `${meetingFieldName(p.field)}: ${meetingProblemText(p)}` }));
  const chair = upnKey(draft.chairUpn);
  const attending = (upn: string): boolean => upn === chair || draft.attendeeUpns.map(upnKey).indexOf(upn) >= 0;
  const toggle = (upn: string, on: boolean): void => change({ attendeeUpns: on ? [...draft.attendeeUpns.filter((u) => upnKey(u) !== upn), upn] : draft.attendeeUpns.filter((u) => upnKey(u) !== upn) });
  const markingText = (m: ProtectiveMarking): string => (m === 'OFFICIAL' ? strings.BoardMarkingOfficialHelp : strings.BoardMarkingSensitiveHelp);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720 } }}>
      <Heading as="h3" id={headingId}>
        {base === undefined ? strings.BoardNewMeetingHeading : formatText(strings.BoardEditMeetingHeading, formatDay(base.meetingDate, locale))}
      </Heading>
      <Text variant="small" block>
        {strings.BoardRequiredNote}
      </Text>
      {status.kind === 'invalid' ? <ProblemSummary id={summaryId} problems={summary} onGo={focus} /> : null}

      <DayField
        id={fieldId('meetingDate')}
        label={strings.BoardFieldDate}
        description={strings.BoardDateHelp}
        required
        value={draft.meetingDate}
        onChange={(v) => change({ meetingDate: v })}
        locale={locale}
        errorMessage={messageAt('meetingDate')}
        disabled={busy}
      />
      {choices.length > 0 ? (
        <Dropdown
          id={fieldId('chairUpn')}
          label={strings.BoardFieldChair}
          required
          placeholder={strings.BoardChoosePerson}
          options={choices.map((m) => ({ key: m.upn, text: m.title === m.upn ? m.upn : `${m.title} (${m.upn})` }))}
          selectedKey={chair === '' ? null : chair}
          onChange={(_e, o) => o !== undefined && change({ chairUpn: String(o.key) })}
          errorMessage={messageAt('chairUpn')}
          disabled={busy}
        />
      ) : (
        <TextField
          id={fieldId('chairUpn')}
          label={strings.BoardFieldChair}
          description={strings.BoardChairTypeHelp}
          required
          value={draft.chairUpn}
          onChange={(_e, v) => change({ chairUpn: v ?? '' })}
          errorMessage={messageAt('chairUpn')}
          disabled={busy}
          autoComplete="off"
        />
      )}
      {choices.length > 0 ? (
        <fieldset id={fieldId('attendeeUpns')} tabIndex={-1} style={{ border: 'none', margin: 0, padding: 0, minWidth: 0, outline: 'none' }} aria-describedby={`${fieldId('attendeeUpns')}-help`}>
          <legend style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>{strings.BoardFieldAttendees}</legend>
          <Text id={`${fieldId('attendeeUpns')}-help`} variant="small" block styles={{ root: { marginBottom: 6 } }}>
            {strings.BoardAttendeesHelp}
          </Text>
          <Stack tokens={{ childrenGap: 6 }}>
            {choices.map((m) => (
              <Checkbox
                key={m.upn}
                label={m.upn === chair ? formatText(strings.BoardAttendeeChair, m.title) : m.title}
                checked={attending(m.upn)}
                disabled={busy || m.upn === chair}
                onChange={(_e, on) => toggle(m.upn, on === true)}
              />
            ))}
          </Stack>
          {messageAt('attendeeUpns') !== undefined ? (
            <Text block role="alert" styles={{ root: { color: theme.semanticColors.errorText, fontWeight: 600, marginTop: 4 } }}>
              {messageAt('attendeeUpns')}
            </Text>
          ) : null}
        </fieldset>
      ) : (
        <TextField
          id={fieldId('attendeeUpns')}
          label={strings.BoardFieldAttendees}
          description={strings.BoardAttendeesTypeHelp}
          multiline
          rows={3}
          value={draft.attendeeUpns.join('\n')}
          onChange={(_e, v) => change({ attendeeUpns: (v ?? '').split(/\r?\n/) })}
          errorMessage={messageAt('attendeeUpns')}
          disabled={busy}
        />
      )}
      <ChoiceGroup
        id={fieldId('marking')}
        label={strings.BoardFieldMarking}
        required
        selectedKey={draft.marking}
        options={PROTECTIVE_MARKINGS.map((m) => ({ key: m, text: `${m} \u2014 ${markingText(m)}` }))}
        onChange={(_e, o) => o !== undefined && change({ marking: o.key as ProtectiveMarking })}
        disabled={busy}
      />
      <TextField id={fieldId('notes')} label={strings.BoardFieldNotes} description={strings.BoardNotesHelp} multiline autoAdjustHeight rows={3} value={draft.notes} onChange={(_e, v) => change({ notes: v ?? '' })} disabled={busy} />

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.BoardSaveFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'closed' ? (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {strings.BoardClosedWhileEditing}
          </MessageBar>
        ) : null}
        {status.kind === 'conflict' ? (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            <Stack tokens={{ childrenGap: 8 }}>
              <Text block styles={{ root: { fontWeight: 600 } }}>
                {formatText(strings.BoardConflictIntro, personName(status.error.changedBy), formatInstant(status.error.changedAt, locale))}
              </Text>
              <ul style={{ margin: 0, paddingLeft: 20 }} aria-label={strings.BoardConflictTheyChanged}>
                {status.error.theirChanges.map((c) => (
                  <li key={c.field} style={{ overflowWrap: 'anywhere' }}>
                    {formatText(strings.BoardChangeFromTo, meetingFieldName(c.field), valueText(c.field, c.from), valueText(c.field, c.to))}
                  </li>
                ))}
              </ul>
              <Text block>{strings.BoardConflictNothingLost}</Text>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <DefaultButton text={strings.BoardConflictMerged} onClick={() => resolve('merged')} />
                <DefaultButton text={strings.BoardConflictMine} onClick={() => resolve('mine')} />
                <DefaultButton text={strings.BoardConflictTheirs} onClick={() => resolve('theirs')} />
              </Stack>
            </Stack>
          </MessageBar>
        ) : null}
        {status.kind === 'resolved' ? (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {status.message}
          </MessageBar>
        ) : null}
      </div>

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {status.kind !== 'closed' ? (
          <PrimaryButton text={busy ? strings.BoardSaving : base === undefined ? strings.BoardCreate : strings.BoardSave} disabled={busy} onClick={() => save().catch(() => undefined)} />
        ) : null}
        <DefaultButton text={status.kind === 'closed' ? strings.BoardBackToMeeting : strings.BoardCancel} disabled={busy} onClick={props.onCancel} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.BoardSaving} labelPosition="right" ariaLive="polite" /> : null}
        {dirty && !busy ? (
          <Text variant="small" role="status">
            {strings.BoardUnsaved}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}

