import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { EditConflictError, type IRiskStore } from '../../../../data/RiskRepository';
import { randomClientId } from '../../../../data/writes';
import type { IRaidContent, IRaidItem, IRisk, RaidPriority, RaidStatus, RaidType } from '../../../../domain/risks';
import { RAID_PRIORITIES, RAID_STATUSES, RAID_TYPES } from '../../../../lists/risks';
import { DayField } from '../../../../ui/form/DayField';
import { formatText } from '../../../../ui/format/text';
import { blankRaidDraft, nextRaidReference, raidContentOf, raidDraftOf, raidDraftProblems, resolveRaid, sameRaidDraft, type ConflictResolution, type IFieldProblem, type IRaidDraft } from './raidModel';
import { ConflictNotice, Heading, ProblemSummary, RaidItemFields, RiskLinksField, useFocusRequest, useMounted, type IConflictInfo } from './RaidParts';
import { fieldName, priorityName, problemsOfKeys, problemText, raidStatusName, raidTypeName, writeFailure } from './raidText';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IRaidItemFormProps {
  idPrefix: string;
  repo: IRiskStore;
  /** The item being edited (as read: its etag guards the write); undefined to add one. */
  item?: IRaidItem;
  /** The log as read (for the next reference and the uniqueness check). */
  items: readonly IRaidItem[];
  risks: readonly IRisk[];
  defaultOwner: string;
  today: string;
  locale: string;
  onSaved: (item: IRaidItem, created: boolean) => void;
  onCancel: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; info: IConflictInfo; error: EditConflictError<IRaidItem, IRaidContent> }
  | { kind: 'resolved'; how: ConflictResolution };

/**
 * Adds or edits one RAID item. Problems are named at their fields and in a summary that takes focus;
 * nothing typed is lost to a failure; a conflict shows what the other person changed and lets this
 * person choose before saving again.
 */
export function RaidItemForm(props: IRaidItemFormProps): React.ReactElement {
  const { idPrefix, today, locale } = props;
  const [initial] = React.useState<IRaidDraft>(() => (props.item !== undefined ? raidDraftOf(props.item) : blankRaidDraft('action', props.items, props.defaultOwner, today)));
  const [draft, setDraft] = React.useState<IRaidDraft>(initial);
  const [saved, setSaved] = React.useState<IRaidDraft>(initial);
  const [base, setBase] = React.useState<IRaidItem | undefined>(props.item);
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const clientId = React.useRef(randomClientId());
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const dirty = !sameRaidDraft(draft, saved);
  useLeaveWarning(dirty);

  const change = (patch: Partial<IRaidDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      // A new item's suggested reference follows its type until the person types their own.
      if (patch.type !== undefined && base === undefined && d.reference === nextRaidReference(d.type, props.items)) next.reference = nextRaidReference(patch.type, props.items);
      if (patch.status === 'closed' && d.status !== 'closed' && next.closedOn.trim() === '') next.closedOn = today;
      if (patch.status !== undefined && patch.status !== 'closed') next.closedOn = '';
      return next;
    });
    const fields = Object.keys(patch);
    setProblems((ps) => ps.filter((p) => fields.indexOf(p.field) < 0));
  };

  const messageAt = (field: string): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p !== undefined ? problemText(p) : undefined;
  };

  const save = async (): Promise<void> => {
    const found = raidDraftProblems(draft, props.items, base?.id ?? null);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      focus(summaryId);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const content = raidContentOf(draft);
      const result = base === undefined ? await props.repo.createRaidItem(content, clientId.current) : await props.repo.updateRaidItem(base, content);
      if (!mounted.current) return;
      setStatus({ kind: 'idle' });
      props.onSaved(result, base === undefined);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof EditConflictError) {
        const e = error as EditConflictError<IRaidItem, IRaidContent>;
        setStatus({ kind: 'conflict', error: e, info: { changedBy: e.changedBy, changedAt: e.changedAt, theirChanges: e.theirChanges, conflicts: e.conflicts } });
        focus(statusId);
      } else if (error instanceof ConflictError) {
        setStatus({ kind: 'failed', message: strings.RiskRaidConflictUnknown });
        focus(statusId);
      } else if (error instanceof ValidationError && problemsOfKeys(error.problems).length > 0) {
        setProblems(problemsOfKeys(error.problems));
        setStatus({ kind: 'invalid' });
        focus(summaryId);
      } else {
        setStatus({ kind: 'failed', message: writeFailure(error) });
        focus(statusId);
      }
    }
  };

  const choose = (how: ConflictResolution): void => {
    if (status.kind !== 'conflict') return;
    const e = status.error;
    const resolved = resolveRaid(e.latest, e.merged, raidContentOf(draft), e.conflicts, how);
    setDraft(raidDraftOf(resolved));
    setSaved(raidDraftOf(e.latest));
    setBase(e.latest);
    setProblems([]);
    setStatus({ kind: 'resolved', how });
    focus(statusId);
  };

  const typeOptions: IDropdownOption[] = RAID_TYPES.map((t) => ({ key: t, text: raidTypeName(t) }));
  const statusOptions: IDropdownOption[] = RAID_STATUSES.map((s) => ({ key: s, text: raidStatusName(s) }));
  const priorityOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidNoPriority }, ...RAID_PRIORITIES.map((p) => ({ key: p, text: priorityName(p) }))];
  const dueHelp = draft.type === 'decision' ? strings.RiskRaidDueHelpDecision : draft.type === 'issue' ? strings.RiskRaidDueHelpIssue : strings.RiskRaidDueHelp;

  const summary = problems.map((p) => ({ id: fieldId(p.field), text: `${fieldName(p.field)}: ${problemText(p)}` }));
  const heading = base === undefined ? strings.RiskRaidAddHeading : formatText(strings.RiskRaidEditHeading, base.reference);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720 } }}>
      <Heading as="h4" id={`${idPrefix}-heading`}>
        {heading}
      </Heading>
      <Text variant="small" block>
        {strings.RiskRaidRequiredNote}
      </Text>
      {status.kind === 'invalid' ? <ProblemSummary id={summaryId} problems={summary} onGo={focus} /> : null}

      <Dropdown
        id={fieldId('type')}
        label={strings.RiskRaidFieldType}
        required
        options={typeOptions}
        selectedKey={draft.type}
        onChange={(_e, o) => o !== undefined && change({ type: o.key as RaidType })}
        disabled={busy}
      />
      <TextField
        id={fieldId('reference')}
        label={strings.RiskRaidFieldReference}
        description={strings.RiskRaidReferenceHelp}
        required
        value={draft.reference}
        onChange={(_e, v) => change({ reference: v ?? '' })}
        errorMessage={messageAt('reference')}
        disabled={busy}
        autoComplete="off"
        styles={{ root: { maxWidth: 240 } }}
      />
      <TextField id={fieldId('title')} label={strings.RiskRaidFieldTitle} required value={draft.title} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={messageAt('title')} disabled={busy} autoComplete="off" />
      <RaidItemFields draft={draft} change={change} fieldId={fieldId} messageAt={messageAt} disabled={busy} />
      <Dropdown
        id={fieldId('priority')}
        label={strings.RiskRaidFieldPriority}
        options={priorityOptions}
        selectedKey={draft.priority}
        onChange={(_e, o) => o !== undefined && change({ priority: o.key as RaidPriority | '' })}
        disabled={busy}
      />
      <DayField id={fieldId('raisedOn')} label={strings.RiskRaidFieldRaisedOn} value={draft.raisedOn} onChange={(v) => change({ raisedOn: v })} locale={locale} errorMessage={messageAt('raisedOn')} disabled={busy} />
      <DayField id={fieldId('dueDate')} label={strings.RiskRaidFieldDue} description={dueHelp} value={draft.dueDate} onChange={(v) => change({ dueDate: v })} locale={locale} errorMessage={messageAt('dueDate')} disabled={busy} />
      <Dropdown
        id={fieldId('status')}
        label={strings.RiskRaidFieldStatus}
        required
        options={statusOptions}
        selectedKey={draft.status}
        onChange={(_e, o) => o !== undefined && change({ status: o.key as RaidStatus })}
        disabled={busy}
      />
      {draft.status === 'closed' ? (
        <DayField id={fieldId('closedOn')} label={strings.RiskRaidFieldClosedOn} required value={draft.closedOn} onChange={(v) => change({ closedOn: v })} locale={locale} errorMessage={messageAt('closedOn')} disabled={busy} />
      ) : null}
      <RiskLinksField id={fieldId('riskIds')} label={strings.RiskRaidFieldRisks} risks={props.risks} value={draft.riskIds} onChange={(ids) => change({ riskIds: ids })} errorMessage={messageAt('riskIds')} disabled={busy} />
      <DayField
        id={fieldId('meetingDate')}
        label={strings.RiskRaidFieldMeetingDate}
        description={strings.RiskRaidMeetingDateHelp}
        value={draft.meetingDate}
        onChange={(v) => change({ meetingDate: v })}
        locale={locale}
        errorMessage={messageAt('meetingDate')}
        disabled={busy}
      />
      <TextField
        id={fieldId('resolution')}
        label={strings.RiskRaidFieldResolution}
        description={strings.RiskRaidResolutionHelp}
        multiline
        autoAdjustHeight
        rows={3}
        value={draft.resolution}
        onChange={(_e, v) => change({ resolution: v ?? '' })}
        disabled={busy}
      />

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.RiskRaidSaveFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'conflict' ? <ConflictNotice conflict={status.info} locale={locale} risks={props.risks} onChoose={choose} /> : null}
        {status.kind === 'resolved' ? (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {status.how === 'theirs' ? strings.RiskRaidResolvedTheirs : strings.RiskRaidResolvedMerged}
          </MessageBar>
        ) : null}
      </div>

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? strings.RiskRaidSaving : strings.RiskRaidSave} disabled={busy} onClick={() => save().catch(() => undefined)} />
        <DefaultButton text={strings.RiskRaidCancel} disabled={busy} onClick={props.onCancel} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskRaidSaving} labelPosition="right" ariaLive="polite" /> : null}
        {dirty && !busy ? (
          <Text variant="small" role="status">
            {strings.RiskRaidUnsaved}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
