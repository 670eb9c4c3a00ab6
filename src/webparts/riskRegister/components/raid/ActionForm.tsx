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
import type { ActionStatus, IActionContent, IRisk, IRiskAction } from '../../../../domain/risks';
import { KNOWN_FORCES } from '../../../../lists/people';
import { ACTION_STATUSES } from '../../../../lists/risks';
import { DayField } from '../../../../ui/form/DayField';
import { formatText } from '../../../../ui/format/text';
import { actionContentOf, actionDraftOf, actionDraftProblems, blankActionDraft, resolveAction, sameActionDraft, type ConflictResolution, type IActionDraft, type IFieldProblem } from './raidModel';
import { ConflictNotice, Heading, ProblemSummary, RiskLinksField, useFocusRequest, useMounted, type IConflictInfo } from './RaidParts';
import { actionStatusName, fieldName, forceName, problemsOfKeys, problemText, writeFailure } from './raidText';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IActionFormProps {
  idPrefix: string;
  repo: IRiskStore;
  /** The action being edited (as read: its etag guards the write); undefined to add one. */
  action?: IRiskAction;
  risks: readonly IRisk[];
  defaultOwner: string;
  today: string;
  locale: string;
  onSaved: (action: IRiskAction, created: boolean) => void;
  onCancel: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; info: IConflictInfo; error: EditConflictError<IRiskAction, IActionContent> }
  | { kind: 'resolved'; how: ConflictResolution };

/**
 * Adds or edits a mitigating action on one or more risks: problems at their fields and in a summary,
 * nothing typed lost to a failure, and a conflict shown with what changed before anything is saved again.
 */
export function ActionForm(props: IActionFormProps): React.ReactElement {
  const { idPrefix, today, locale } = props;
  const [initial] = React.useState<IActionDraft>(() => (props.action !== undefined ? actionDraftOf(props.action) : blankActionDraft(props.defaultOwner)));
  const [draft, setDraft] = React.useState<IActionDraft>(initial);
  const [saved, setSaved] = React.useState<IActionDraft>(initial);
  const [base, setBase] = React.useState<IRiskAction | undefined>(props.action);
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const clientId = React.useRef(randomClientId());
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const dirty = !sameActionDraft(draft, saved);
  useLeaveWarning(dirty);

  const change = (patch: Partial<IActionDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      if (patch.status === 'done' && d.status !== 'done' && next.completedOn.trim() === '') next.completedOn = today;
      if (patch.status !== undefined && patch.status !== 'done') next.completedOn = '';
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
    const found = actionDraftProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      focus(summaryId);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const content = actionContentOf(draft);
      const result = base === undefined ? await props.repo.createAction(content, clientId.current) : await props.repo.updateAction(base, content);
      if (!mounted.current) return;
      setStatus({ kind: 'idle' });
      props.onSaved(result, base === undefined);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof EditConflictError) {
        const e = error as EditConflictError<IRiskAction, IActionContent>;
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
    const resolved = resolveAction(e.latest, e.merged, actionContentOf(draft), e.conflicts, how);
    setDraft(actionDraftOf(resolved));
    setSaved(actionDraftOf(e.latest));
    setBase(e.latest);
    setProblems([]);
    setStatus({ kind: 'resolved', how });
    focus(statusId);
  };

  const forces = [...KNOWN_FORCES, ...(draft.force !== '' && (KNOWN_FORCES as readonly string[]).indexOf(draft.force) < 0 ? [draft.force] : [])];
  const forceOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidNoForce }, ...forces.map((f) => ({ key: f, text: forceName(f) }))];
  const statusOptions: IDropdownOption[] = ACTION_STATUSES.map((s) => ({ key: s, text: actionStatusName(s) }));
  const summary = problems.map((p) => ({ id: fieldId(p.field), text: `${fieldName(p.field)}: ${problemText(p)}` }));

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720 } }}>
      <Heading as="h4" id={`${idPrefix}-heading`}>
        {base === undefined ? strings.RiskRaidActionAddHeading : formatText(strings.RiskRaidActionEditHeading, base.title)}
      </Heading>
      <Text variant="small" block>
        {strings.RiskRaidRequiredNote}
      </Text>
      {status.kind === 'invalid' ? <ProblemSummary id={summaryId} problems={summary} onGo={focus} /> : null}

      <TextField id={fieldId('title')} label={strings.RiskRaidFieldAction} required value={draft.title} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={messageAt('title')} disabled={busy} autoComplete="off" />
      <RiskLinksField id={fieldId('riskIds')} label={strings.RiskRaidFieldMitigates} required risks={props.risks} value={draft.riskIds} onChange={(ids) => change({ riskIds: ids })} errorMessage={messageAt('riskIds')} disabled={busy} />
      <TextField
        id={fieldId('ownerUpn')}
        label={strings.RiskRaidFieldOwner}
        description={strings.RiskRaidOwnerHelp}
        required
        value={draft.ownerUpn}
        onChange={(_e, v) => change({ ownerUpn: v ?? '' })}
        errorMessage={messageAt('ownerUpn')}
        disabled={busy}
        autoComplete="off"
      />
      <Dropdown id={fieldId('force')} label={strings.RiskRaidFieldForce} options={forceOptions} selectedKey={draft.force} onChange={(_e, o) => o !== undefined && change({ force: String(o.key) })} disabled={busy} />
      <DayField id={fieldId('dueDate')} label={strings.RiskRaidFieldDue} value={draft.dueDate} onChange={(v) => change({ dueDate: v })} locale={locale} errorMessage={messageAt('dueDate')} disabled={busy} />
      <Dropdown
        id={fieldId('status')}
        label={strings.RiskRaidFieldStatus}
        required
        options={statusOptions}
        selectedKey={draft.status}
        onChange={(_e, o) => o !== undefined && change({ status: o.key as ActionStatus })}
        disabled={busy}
      />
      {draft.status === 'done' ? (
        <DayField id={fieldId('completedOn')} label={strings.RiskRaidFieldCompletedOn} required value={draft.completedOn} onChange={(v) => change({ completedOn: v })} locale={locale} errorMessage={messageAt('completedOn')} disabled={busy} />
      ) : null}
      <TextField id={fieldId('notes')} label={strings.RiskRaidFieldNotes} multiline autoAdjustHeight rows={3} value={draft.notes} onChange={(_e, v) => change({ notes: v ?? '' })} disabled={busy} />

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
