import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../../data/errors';
import { EditConflictError, type IRiskStore, type RiskConflictError } from '../../../../data/RiskRepository';
import { randomClientId } from '../../../../data/writes';
import {
  isJoint,
  JOINT,
  isOwnChangeAlready,
  responsesFor,
  riskFromFields,
  riskToFields,
  SCORE_PAIRS,
  type EscalationLevel,
  type IRisk,
  type IRiskContent,
  type IRiskFields,
  type Measure,
  type Proximity,
  type RiskCategory,
  type RiskKind,
  type RiskResponse
} from '../../../../domain/risks';
import { ESCALATION_LEVELS, RISK_CATEGORIES, RISK_PROXIMITIES } from '../../../../lists/risks';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { DayField } from '../../../../ui/form/DayField';
import { formatText } from '../../../../ui/format/text';
import { ConflictResolver } from './ConflictResolver';
import { changeRows, choiceKey, conflictRows, resolveChoices } from './conflictModel';
import { assessmentFromDraft, contentFromDraft, draftFromContent, draftProblems, errorsOf, MEASURES, warningsOf, type IAssessmentDraft, type IFormProblem, type IRiskDraft, type IScoreDraft, type IScoresDraft } from './riskDraft';
import { categoryName, escalationName, fieldName, kindName, problemMessage, proximityName, responseName, statusName } from './riskText';
import { ScoreField } from './ScoreField';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IRiskFormProps {
  idPrefix: string;
  store: () => Promise<IRiskStore>;
  /** The risk as read (its etag guards the write); undefined to create one. */
  risk?: IRisk;
  initial: IRiskDraft;
  /** A new joint risk's forces (owner and scores each). */
  initialForces: IAssessmentDraft[];
  /** The forces a new risk may belong to. */
  forces: readonly string[];
  today: string;
  locale: string;
  onSaved: (risk: IRisk, message: string) => void;
  onCancel: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; error: RiskConflictError; base: IRisk }
  | { kind: 'merged' };

function withScore(measure: Measure, value: IScoreDraft): Partial<IScoresDraft> {
  return { [measure]: value } as Partial<IScoresDraft>;
}

/** Moves focus to a field by id: the element itself when it takes focus, else its first input (a radio group). */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (el === null) return;
  const focusable = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input:checked:not([disabled]), input:not([disabled]), textarea, [tabindex="0"]');
  (focusable ?? el).focus();
}

/** A problem reported by the repository (SharePoint's answer, or the reference check) on a field. */
export function problemsFromError(error: ValidationError): IFormProblem[] {
  const out: IFormProblem[] = [];
  for (const p of error.problems) {
    const m = /^risks\.problem\.(\w+)$/.exec(p.key);
    if (m !== null && p.field !== undefined) out.push({ field: p.field, code: m[1], severity: 'error' });
  }
  return out;
}

/** The message for a failed write that is not a conflict: permission, a risk gone, throttling, connection. */
export function riskWriteFailure(error: unknown): string {
  if (error instanceof ForbiddenError && !error.digestRejected) return strings.RiskFormForbidden;
  if (error instanceof NotFoundError) return strings.RiskFormGone;
  return errorMessage(error);
}

/**
 * Creates or edits a risk: every field of the register (Orange Book / PRINCE2), a new joint risk's owner
 * and scores per force, live scores with their RAG band. Problems are named at their fields and in a
 * summary that takes focus; warnings do not stop a save. A failure loses nothing typed; a concurrent save
 * by someone else is shown with what they changed, and this person chooses per field (or takes the merged
 * version into the form) before anything is written again.
 */
export function RiskForm(props: IRiskFormProps): React.ReactElement {
  const { idPrefix, today, locale } = props;
  const [draft, setDraft] = React.useState<IRiskDraft>(props.initial);
  const [forces, setForces] = React.useState<IAssessmentDraft[]>(props.initialForces);
  const [saved, setSaved] = React.useState<string>(() => JSON.stringify([props.initial, props.initialForces]));
  const [base, setBase] = React.useState<IRisk | undefined>(props.risk);
  const [problems, setProblems] = React.useState<IFormProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const [busyResolving, setBusyResolving] = React.useState(false);
  const clientId = React.useRef(randomClientId());
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const creating = base === undefined;
  const joint = isJoint(draft);
  const busy = status.kind === 'saving' || busyResolving;
  const fid = (field: string): string => `${idPrefix}-f-${field.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const conflictId = `${idPrefix}-conflict`;
  const dirty = JSON.stringify([draft, forces]) !== saved;
  useLeaveWarning(dirty);

  React.useEffect(() => {
    if (focusId === undefined || busy) return;
    focusField(focusId);
    setFocusId(undefined);
  }, [focusId, busy]);

  // The warnings show as the person types; errors only after an attempt to save (then as they are fixed).
  const live = React.useMemo(() => draftProblems(draft, forces, today), [draft, forces, today]);
  const warnings = warningsOf(live);
  const errors = errorsOf(problems);

  const change = (patch: Partial<IRiskDraft>): void => {
    const next: IRiskDraft = { ...draft, ...patch };
    if (patch.escalation !== undefined && patch.escalation !== 'none' && draft.escalation === 'none' && next.escalatedOn.trim() === '') next.escalatedOn = today;
    if (patch.kind !== undefined && next.response !== '' && responsesFor(patch.kind).indexOf(next.response) < 0) next.response = '';
    setDraft(next);
    if (problems.length > 0) {
      // A fixed field's message goes as soon as it is fixed; the others stay until the next attempt.
      const still = errorsOf(draftProblems(next, forces, today));
      setProblems((ps) => ps.filter((p) => still.some((q) => q.field === p.field && q.code === p.code) || p.code === 'referenceTaken'));
    }
    if (status.kind === 'merged' || status.kind === 'failed') setStatus({ kind: 'idle' });
  };

  const changeForce = (force: string, patch: Partial<IAssessmentDraft>): void => {
    const next = forces.map((f) => (f.force === force ? { ...f, ...patch } : f));
    setForces(next);
    if (problems.length > 0) {
      const still = errorsOf(draftProblems(draft, next, today));
      setProblems((ps) => ps.filter((p) => still.some((q) => q.field === p.field && q.code === p.code)));
    }
  };

  // A half-chosen score is said at once, at the score: it is feedback on the choice being made.
  const partialNow = live.filter((p) => p.code === 'scorePartial');
  const messageAt = (field: string): string | undefined => {
    const p = partialNow.filter((x) => x.field === field)[0] ?? errors.filter((x) => x.field === field)[0];
    return p !== undefined ? problemMessage(field.replace(/^.*\./, ''), p.code) : undefined;
  };
  const warningAt = (field: string): string | undefined => {
    const p = warnings.filter((x) => x.field === field)[0];
    return p !== undefined ? problemMessage(field.replace(/^.*\./, ''), p.code) : undefined;
  };

  const submit = async (content: IRiskContent, against: IRisk | undefined): Promise<void> => {
    setStatus({ kind: 'saving' });
    try {
      const store = await props.store();
      if (against === undefined) {
        const made = await store.createRisk(content, joint ? forces.map((f) => assessmentFromDraft(f, today)) : [], clientId.current);
        if (!mounted.current) return;
        setSaved(JSON.stringify([draft, forces]));
        props.onSaved(made.risk, formatText(strings.RiskFormCreated, made.risk.reference));
      } else {
        const stored = await store.updateRisk(against, content);
        if (!mounted.current) return;
        setBase(stored);
        setSaved(JSON.stringify([draftFromContent(stored), forces]));
        props.onSaved(stored, formatText(strings.RiskFormSaved, stored.reference));
      }
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof EditConflictError && against !== undefined && isOwnChangeAlready(error)) {
        // This person's own earlier save landed (its answer was lost): saved, nothing to choose.
        const stored = (error as RiskConflictError).latest;
        setBase(stored);
        setSaved(JSON.stringify([draftFromContent(stored), forces]));
        props.onSaved(stored, formatText(strings.RiskFormSaved, stored.reference));
      } else if (error instanceof EditConflictError && against !== undefined) {
        setStatus({ kind: 'conflict', error: error as RiskConflictError, base: against });
        setFocusId(conflictId);
      } else if (error instanceof ValidationError && problemsFromError(error).length > 0) {
        setProblems(problemsFromError(error));
        setStatus({ kind: 'invalid' });
        setFocusId(summaryId);
      } else {
        setStatus({ kind: 'failed', message: riskWriteFailure(error) });
        setFocusId(statusId);
      }
    }
  };

  const save = (): void => {
    const found = errorsOf(draftProblems(draft, forces, today));
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      setFocusId(summaryId);
      return;
    }
    submit(contentFromDraft(draft), base).catch(() => undefined);
  };

  const conflictView = (s: Extract<Status, { kind: 'conflict' }>): React.ReactElement => {
    const before = riskToFields(s.base);
    const theirs = riskToFields(s.error.latest);
    // What the form holds now: the person may have gone on typing after the conflict was shown.
    const mine = riskToFields(contentFromDraft(draft));
    const conflicting = new Set(s.error.conflicts.map((c) => choiceKey(c.field)));
    return (
      <ConflictResolver
        idPrefix={conflictId}
        subject={strings.RiskConflictSubjectRisk}
        who={s.error.changedBy}
        at={s.error.changedAt}
        locale={locale}
        theirs={changeRows(s.error.theirChanges, before, theirs, s.error.conflicts, locale)}
        conflicts={conflictRows(s.error.conflicts, before, mine, theirs, locale)}
        mineKept={changeRows(
          s.error.myChanges.filter((c) => !conflicting.has(choiceKey(c.field))),
          before,
          mine,
          [],
          locale
        )}
        busy={busy}
        onSave={(choices) => {
          const resolved = riskFromFields(resolveChoices<IRiskFields>(riskToFields(s.error.merged), mine, s.error.conflicts, choices, SCORE_PAIRS));
          setDraft(draftFromContent(resolved));
          setBase(s.error.latest);
          setBusyResolving(true);
          submit(resolved, s.error.latest).then(
            () => mounted.current && setBusyResolving(false),
            () => mounted.current && setBusyResolving(false)
          );
        }}
        onTakeMerged={() => {
          setDraft(draftFromContent(s.error.merged));
          setBase(s.error.latest);
          setProblems([]);
          setStatus({ kind: 'merged' });
          setFocusId(statusId);
        }}
      />
    );
  };

  // ----- options

  const choices = <T extends string>(values: readonly T[], name: (v: T) => string, none?: string): IDropdownOption[] => [
    ...(none !== undefined ? [{ key: '', text: none }] : []),
    ...values.map((v) => ({ key: v, text: name(v) }))
  ];
  const forceOptions: IDropdownOption[] = (creating ? props.forces : props.forces.filter((f) => !isJoint({ force: f }))).map((f) => ({ key: f, text: f === JOINT ? strings.RiskViewJoint : f }));
  if (draft.force !== '' && !forceOptions.some((o) => o.key === draft.force)) forceOptions.push({ key: draft.force, text: draft.force });
  const statusOptions: IDropdownOption[] = (['proposed', 'open'] as const).map((s) => ({ key: s, text: statusName(s) }));

  const group = (key: string, title: string, children: React.ReactNode): React.ReactElement => (
    <section aria-labelledby={`${idPrefix}-group-${key}`}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" id={`${idPrefix}-group-${key}`} variant="large" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {title}
        </Text>
        {children}
      </Stack>
    </section>
  );

  const scoreFields = (prefix: string, value: IScoresDraft, onChange: (m: Measure, v: IScoreDraft) => void): React.ReactElement[] =>
    MEASURES.map((m) => (
      <ScoreField
        key={m}
        id={fid(`${prefix}${m}`)}
        measure={m}
        value={value[m]}
        onChange={(v) => onChange(m, v)}
        required={m === 'current' && draft.status === 'open' && prefix === ''}
        errorMessage={messageAt(`${prefix}${m}`)}
        warningMessage={warningAt(`${prefix}${m}`)}
        disabled={busy}
      />
    ));

  const summary = errors.map((p) => ({ id: fid(p.field), text: `${p.field.indexOf('.') > 0 ? `${p.field.split('.')[0]}: ` : ''}${fieldName(p.field.replace(/^.*\./, ''))}: ${problemMessage(p.field.replace(/^.*\./, ''), p.code)}` }));

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { minWidth: 0 } }}>
      <Text variant="small" block>
        {strings.RiskFormRequiredNote}
      </Text>

      {status.kind === 'invalid' && summary.length > 0 ? (
        <div id={summaryId} tabIndex={-1} style={{ outline: 'none' }}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {formatText(summary.length === 1 ? strings.RiskFormProblemsOne : strings.RiskFormProblemsMany, summary.length)}
            </Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {summary.map((p, i) => (
                <li key={`${p.id}-${i}`}>
                  <Link onClick={() => setFocusId(p.id)}>{p.text}</Link>
                </li>
              ))}
            </ul>
          </MessageBar>
        </div>
      ) : null}

      {group(
        'what',
        strings.RiskFormGroupWhat,
        <>
          <TextField id={fid('reference')} label={strings.RiskFieldReference} description={strings.RiskFieldReferenceHelp} required value={draft.reference} onChange={(_e, v) => change({ reference: v ?? '' })} errorMessage={messageAt('reference')} disabled={busy} autoComplete="off" styles={{ root: { maxWidth: 240 } }} />
          <TextField id={fid('title')} label={strings.RiskFieldTitle} required value={draft.title} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={messageAt('title')} disabled={busy} autoComplete="off" />
          <ChoiceGroup
            id={fid('kind')}
            label={strings.RiskFieldKind}
            options={(['threat', 'opportunity'] as const).map((k) => ({ key: k, text: kindName(k) }))}
            selectedKey={draft.kind}
            onChange={(_e, o) => o !== undefined && change({ kind: o.key as RiskKind })}
            disabled={busy}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
          />
          <Dropdown id={fid('category')} label={strings.RiskFieldCategory} required options={choices(RISK_CATEGORIES, categoryName)} selectedKey={draft.category} onChange={(_e, o) => o !== undefined && change({ category: o.key as RiskCategory })} disabled={busy} />
          <Dropdown
            id={fid('force')}
            label={strings.RiskFieldForce}
            required
            options={forceOptions}
            selectedKey={draft.force !== '' ? draft.force : null}
            placeholder={strings.RiskFormChoose}
            onChange={(_e, o) => o !== undefined && change({ force: String(o.key) })}
            errorMessage={messageAt('force')}
            disabled={busy || (!creating && joint)}
          />
          {!creating && joint ? <Text variant="small" block>{strings.RiskFormJointFixed}</Text> : null}
          {draft.status === 'closed' ? (
            <Text block>{formatText(strings.RiskFormClosedNote, draft.closedOn, draft.closureNote)}</Text>
          ) : (
            <Dropdown id={fid('status')} label={strings.RiskFieldStatus} options={statusOptions} selectedKey={draft.status} onChange={(_e, o) => o !== undefined && change({ status: o.key as IRiskDraft['status'] })} disabled={busy} styles={{ root: { maxWidth: 240 } }} />
          )}
        </>
      )}

      {group(
        'cause',
        strings.RiskFormGroupCause,
        <>
          <Text variant="small" block>
            {strings.RiskFormCauseHelp}
          </Text>
          <TextField id={fid('cause')} label={strings.RiskFieldCause} multiline autoAdjustHeight rows={2} value={draft.cause} onChange={(_e, v) => change({ cause: v ?? '' })} disabled={busy} />
          <TextField id={fid('event')} label={strings.RiskFieldEvent} multiline autoAdjustHeight rows={2} value={draft.event} onChange={(_e, v) => change({ event: v ?? '' })} disabled={busy} />
          <TextField id={fid('effect')} label={strings.RiskFieldEffect} multiline autoAdjustHeight rows={2} value={draft.effect} onChange={(_e, v) => change({ effect: v ?? '' })} disabled={busy} />
        </>
      )}

      {group(
        'who',
        strings.RiskFormGroupWho,
        <>
          <TextField id={fid('ownerUpn')} label={strings.RiskFieldOwner} description={strings.RiskFieldOwnerHelp} required value={draft.ownerUpn} onChange={(_e, v) => change({ ownerUpn: v ?? '' })} errorMessage={messageAt('ownerUpn')} disabled={busy} autoComplete="off" />
          <TextField id={fid('actionees')} label={strings.RiskFieldActionees} description={strings.RiskFieldActioneesHelp} value={draft.actionees} onChange={(_e, v) => change({ actionees: v ?? '' })} errorMessage={messageAt('actionees')} disabled={busy} autoComplete="off" />
        </>
      )}

      {group(
        'scores',
        strings.RiskFormGroupScores,
        joint ? (
          creating ? (
            <>
              <Text variant="small" block>
                {strings.RiskFormJointScoresHelp}
              </Text>
              {forces.map((f) => (
                <fieldset key={f.force} style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }} data-force-section={f.force}>
                  <legend style={{ fontWeight: 600, fontSize: 16, padding: 0, marginBottom: 8 }}>{formatText(strings.RiskFormForceSection, f.force)}</legend>
                  <Stack tokens={{ childrenGap: 12 }}>
                    <TextField
                      id={fid(`${f.force}.ownerUpn`)}
                      label={formatText(strings.RiskFieldForceOwner, f.force)}
                      required
                      value={f.ownerUpn}
                      onChange={(_e, v) => changeForce(f.force, { ownerUpn: v ?? '' })}
                      errorMessage={messageAt(`${f.force}.ownerUpn`)}
                      disabled={busy}
                      autoComplete="off"
                    />
                    {scoreFields(`${f.force}.`, f, (m, v) => changeForce(f.force, withScore(m, v)))}
                  </Stack>
                </fieldset>
              ))}
            </>
          ) : (
            <Text block>{strings.RiskFormJointScoresElsewhere}</Text>
          )
        ) : (
          <>
            <Text variant="small" block>
              {strings.RiskFormScoresHelp}
            </Text>
            {scoreFields('', draft, (m, v) => change(withScore(m, v)))}
          </>
        )
      )}

      {group(
        'response',
        strings.RiskFormGroupResponse,
        <>
          <Dropdown id={fid('proximity')} label={strings.RiskFieldProximity} options={choices(RISK_PROXIMITIES, proximityName, strings.RiskNotSet)} selectedKey={draft.proximity} onChange={(_e, o) => o !== undefined && change({ proximity: o.key as Proximity | '' })} disabled={busy} />
          <Dropdown
            id={fid('response')}
            label={strings.RiskFieldResponse}
            options={choices(responsesFor(draft.kind), responseName, strings.RiskNotSet)}
            selectedKey={draft.response}
            onChange={(_e, o) => o !== undefined && change({ response: o.key as RiskResponse | '' })}
            errorMessage={messageAt('response')}
            disabled={busy}
          />
          <TextField id={fid('controls')} label={strings.RiskFieldControls} multiline autoAdjustHeight rows={3} value={draft.controls} onChange={(_e, v) => change({ controls: v ?? '' })} disabled={busy} />
          <DayField id={fid('reviewDate')} label={strings.RiskFieldReviewDate} value={draft.reviewDate} onChange={(v) => change({ reviewDate: v })} locale={locale} errorMessage={messageAt('reviewDate')} disabled={busy} />
        </>
      )}

      {group(
        'escalation',
        strings.RiskFormGroupEscalation,
        <>
          <Dropdown id={fid('escalation')} label={strings.RiskFieldEscalation} options={choices(ESCALATION_LEVELS, escalationName)} selectedKey={draft.escalation} onChange={(_e, o) => o !== undefined && change({ escalation: o.key as EscalationLevel })} disabled={busy} />
          {draft.escalation !== 'none' ? (
            <>
              <DayField id={fid('escalatedOn')} label={strings.RiskFieldEscalatedOn} value={draft.escalatedOn} onChange={(v) => change({ escalatedOn: v })} locale={locale} errorMessage={messageAt('escalatedOn')} description={warningAt('escalatedOn')} disabled={busy} />
              <TextField id={fid('escalationNote')} label={strings.RiskFieldEscalationNote} multiline autoAdjustHeight rows={2} value={draft.escalationNote} onChange={(_e, v) => change({ escalationNote: v ?? '' })} disabled={busy} />
            </>
          ) : null}
        </>
      )}

      {status.kind === 'conflict' ? conflictView(status) : null}

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.RiskFormSaveFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'merged' ? <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.RiskFormMerged}</MessageBar> : null}
      </div>

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {status.kind !== 'conflict' ? <PrimaryButton text={creating ? strings.RiskFormCreate : strings.RiskFormSave} disabled={busy} onClick={save} /> : null}
        <DefaultButton text={strings.RiskFormCancel} disabled={busy} onClick={props.onCancel} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskFormSaving} labelPosition="right" ariaLive="polite" /> : null}
        {dirty && !busy ? (
          <Text variant="small" role="status">
            {strings.RiskFormUnsaved}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
