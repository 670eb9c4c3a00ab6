import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ValidationError } from '../../../../data/errors';
import { EditConflictError, type AssessmentConflictError, type IRiskStore } from '../../../../data/RiskRepository';
import {
  assessmentFromFields,
  assessmentToFields,
  DEFAULT_JOINT_FORCES,
  divergenceOf,
  exposuresOf,
  sameForce,
  SCORE_PAIRS,
  type IAssessmentContent,
  type IAssessmentFields,
  type IForceAssessment,
  type IRisk
} from '../../../../domain/risks';
import { formatDay, formatText } from '../../../../ui/format/text';
import { ConflictResolver } from './ConflictResolver';
import { changeRows, choiceKey, conflictRows, resolveChoices } from './conflictModel';
import { RagBadge } from './RagBadge';
import { assessmentDraft, assessmentDraftProblems, assessmentFromDraft, errorsOf, MEASURES, warningsOf, type IAssessmentDraft, type IFormProblem } from './riskDraft';
import { focusField, problemsFromError, riskWriteFailure } from './RiskForm';
import { fieldName, measureName, problemMessage } from './riskText';
import { ScoreField } from './ScoreField';

export interface IForceScoresProps {
  risk: IRisk;
  assessments: readonly IForceAssessment[];
  canEdit: boolean;
  canAdd: boolean;
  store: () => Promise<IRiskStore>;
  /** The owner a force's first assessment is given by default. */
  me: string;
  today: string;
  locale: string;
  idPrefix: string;
  /** After a write: the assessment as stored, and what to tell the person. */
  onChanged: (message: string) => void;
  /** Whether a force's scores are being edited (the panel then keeps itself open on a click outside). */
  onEditingChange?: (editing: boolean) => void;
}

/**
 * A joint risk's scores by force: each force's owner and three scores, the difference between them
 * highlighted, and for board members "Re-score <force>", which writes that force's assessment only — the
 * other force's scores cannot change, and two forces re-scoring at once never collide.
 */
export function ForceScores(props: IForceScoresProps): React.ReactElement {
  const { risk, assessments, idPrefix, locale } = props;
  const theme = useTheme();
  const [editing, setEditing] = React.useState<string | undefined>(undefined);
  const { onEditingChange } = props;
  React.useEffect(() => {
    onEditingChange?.(editing !== undefined);
    return () => onEditingChange?.(false);
  }, [editing, onEditingChange]);
  const exposures = exposuresOf(risk, assessments);
  const divergence = divergenceOf(exposures);
  const forces = [...assessments.map((a) => a.force), ...DEFAULT_JOINT_FORCES.filter((f) => !assessments.some((a) => sameForce(a.force, f)))];
  const classes = mergeStyleSets({
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(7rem, max-content) minmax(0, 1fr)', gap: '4px 12px', selectors: { dd: { margin: 0, overflowWrap: 'anywhere' }, dt: { fontWeight: 600 } } },
    card: { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 12 }
  });

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {divergence !== null ? (
        <MessageBar messageBarType={divergence.highlighted ? MessageBarType.warning : MessageBarType.info} isMultiline>
          {divergence.highlighted
            ? formatText(strings.RiskDivergenceHighlighted, divergence.highest.force, divergence.highest.score, divergence.lowest.force, divergence.lowest.score, divergence.difference)
            : formatText(strings.RiskDivergenceSmall, divergence.difference)}
        </MessageBar>
      ) : null}
      {forces.map((force) => {
        const a = assessments.filter((x) => sameForce(x.force, force))[0];
        const sectionId = `${idPrefix}-${force.replace(/[^A-Za-z0-9]/g, '')}`;
        return (
          <section key={force} aria-labelledby={`${sectionId}-heading`} className={classes.card} data-force={force}>
            <Text as="h4" id={`${sectionId}-heading`} variant="mediumPlus" block styles={{ root: { margin: '0 0 8px', fontWeight: 600 } }}>
              {force}
            </Text>
            {editing === force ? (
              <ForceScoreEditor
                risk={risk}
                force={force}
                assessment={a}
                store={props.store}
                me={props.me}
                today={props.today}
                locale={locale}
                idPrefix={`${sectionId}-edit`}
                onCancel={() => {
                  setEditing(undefined);
                  focusField(`${sectionId}-rescore`);
                }}
                onSaved={(message) => {
                  setEditing(undefined);
                  props.onChanged(message);
                }}
              />
            ) : (
              <>
                {a !== undefined ? (
                  <dl className={classes.facts}>
                    <dt>{formatText(strings.RiskFieldForceOwner, force)}</dt>
                    <dd>{a.ownerUpn}</dd>
                    {MEASURES.map((m) => (
                      <React.Fragment key={m}>
                        <dt>{measureName(m)}</dt>
                        <dd data-force-score={`${force}-${m}`}>
                          <RagBadge score={a[m]} />
                          {a[m] !== null ? <span>{` (${formatText(strings.RiskLxI, a[m]?.likelihood ?? 0, a[m]?.impact ?? 0)})`}</span> : null}
                        </dd>
                      </React.Fragment>
                    ))}
                    <dt>{strings.RiskFieldAssessedOn}</dt>
                    <dd>{a.assessedOn !== null ? formatDay(a.assessedOn, locale) : strings.RiskNotSet}</dd>
                    {a.notes !== '' ? (
                      <>
                        <dt>{strings.RiskFieldNotes}</dt>
                        <dd style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : (
                  <Text block>{formatText(strings.RiskForceNotAssessed, force)}</Text>
                )}
                {(a !== undefined && props.canEdit) || (a === undefined && props.canAdd) ? (
                  <ActionButton id={`${sectionId}-rescore`} iconProps={{ iconName: a !== undefined ? 'Edit' : 'Add' }} onClick={() => setEditing(force)}>
                    {formatText(a !== undefined ? strings.RiskRescoreForce : strings.RiskAssessForce, force)}
                  </ActionButton>
                ) : null}
              </>
            )}
          </section>
        );
      })}
    </Stack>
  );
}

interface IForceScoreEditorProps {
  risk: IRisk;
  force: string;
  /** Undefined: the force has not assessed the risk yet (its first assessment is added). */
  assessment: IForceAssessment | undefined;
  store: () => Promise<IRiskStore>;
  me: string;
  today: string;
  locale: string;
  idPrefix: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

type EditorStatus = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'conflict'; error: AssessmentConflictError; base: IForceAssessment } | { kind: 'merged' };

function ForceScoreEditor(props: IForceScoreEditorProps): React.ReactElement {
  const { risk, force, today, locale, idPrefix } = props;
  const [draft, setDraft] = React.useState<IAssessmentDraft>(() =>
    assessmentDraft(props.assessment ?? { force, ownerUpn: props.me, inherent: null, current: null, target: null, notes: '' })
  );
  const [base, setBase] = React.useState<IForceAssessment | undefined>(props.assessment);
  const [problems, setProblems] = React.useState<IFormProblem[]>([]);
  const [status, setStatus] = React.useState<EditorStatus>({ kind: 'idle' });
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const busy = status.kind === 'saving';
  const fid = (field: string): string => `${idPrefix}-${field}`;
  const summaryId = fid('summary');
  const statusId = fid('status');
  const conflictId = fid('conflict');

  React.useEffect(() => {
    if (focusId === undefined || busy) return;
    focusField(focusId);
    setFocusId(undefined);
  }, [focusId, busy]);

  React.useEffect(() => setFocusId(fid('current')), []); // eslint-disable-line react-hooks/exhaustive-deps -- RATIONALE: focus the first score once, when the editor opens.

  const live = assessmentDraftProblems(draft, risk.kind, today);
  const warnings = warningsOf(live);
  const errors = errorsOf(problems);
  const messageAt = (field: string): string | undefined => {
    const p = live.filter((x) => x.field === field && x.code === 'scorePartial')[0] ?? errors.filter((x) => x.field === field)[0];
    return p !== undefined ? problemMessage(field, p.code) : undefined;
  };
  const warningAt = (field: string): string | undefined => {
    const p = warnings.filter((x) => x.field === field)[0];
    return p !== undefined ? problemMessage(field, p.code) : undefined;
  };

  const change = (patch: Partial<IAssessmentDraft>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (problems.length > 0) {
      const still = errorsOf(assessmentDraftProblems(next, risk.kind, today));
      setProblems((ps) => ps.filter((p) => still.some((q) => q.field === p.field && q.code === p.code)));
    }
    if (status.kind === 'failed' || status.kind === 'merged') setStatus({ kind: 'idle' });
  };

  /** One write to this force's assessment only: a re-score when only scores and commentary changed. */
  const write = async (content: IAssessmentContent, against: IForceAssessment | undefined): Promise<IForceAssessment> => {
    const store = await props.store();
    if (against === undefined) return store.addAssessment(risk, content);
    if (content.ownerUpn.trim().toLowerCase() === against.ownerUpn) {
      return store.rescoreForce(against, { inherent: content.inherent, current: content.current, target: content.target }, content.notes !== against.notes ? content.notes : undefined);
    }
    return store.updateAssessment(against, content, risk.kind);
  };

  const submit = async (content: IAssessmentContent, against: IForceAssessment | undefined): Promise<void> => {
    setStatus({ kind: 'saving' });
    try {
      await write(content, against);
      if (!mounted.current) return;
      props.onSaved(formatText(against === undefined ? strings.RiskForceAdded : strings.RiskForceRescored, force, risk.reference));
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof EditConflictError && against !== undefined) {
        setStatus({ kind: 'conflict', error: error as AssessmentConflictError, base: against });
        setFocusId(conflictId);
      } else if (error instanceof ValidationError && problemsFromError(error).length > 0) {
        setProblems(problemsFromError(error).map((p) => ({ ...p, field: p.field.replace(/^.*\./, '') })));
        setStatus({ kind: 'invalid' });
        setFocusId(summaryId);
      } else {
        setStatus({ kind: 'failed', message: riskWriteFailure(error) });
        setFocusId(statusId);
      }
    }
  };

  const save = (): void => {
    const found = errorsOf(assessmentDraftProblems(draft, risk.kind, today));
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      setFocusId(summaryId);
      return;
    }
    submit(assessmentFromDraft(draft, today), base).catch(() => undefined);
  };

  const conflictView = (s: Extract<EditorStatus, { kind: 'conflict' }>): React.ReactElement => {
    const before = assessmentToFields(risk.id, s.base);
    const theirs = assessmentToFields(risk.id, s.error.latest);
    const mine = assessmentToFields(risk.id, assessmentFromDraft(draft, today));
    const conflicting = new Set(s.error.conflicts.map((c) => choiceKey(c.field)));
    return (
      <ConflictResolver
        idPrefix={conflictId}
        subject={formatText(strings.RiskConflictSubjectForce, force)}
        who={s.error.changedBy}
        at={s.error.changedAt}
        locale={locale}
        headingAs="h4"
        theirs={changeRows(s.error.theirChanges.filter((c) => c.field !== 'assessedOn'), before, theirs, s.error.conflicts, locale)}
        conflicts={conflictRows(s.error.conflicts, before, mine, theirs, locale)}
        mineKept={changeRows(s.error.myChanges.filter((c) => c.field !== 'assessedOn' && !conflicting.has(choiceKey(c.field))), before, mine, [], locale)}
        busy={busy}
        onSave={(choices) => {
          const resolved = assessmentFromFields(resolveChoices<IAssessmentFields>(assessmentToFields(risk.id, s.error.merged), mine, s.error.conflicts, choices, SCORE_PAIRS));
          const content: IAssessmentContent = { ...resolved, force: s.error.latest.force, assessedOn: today };
          setDraft(assessmentDraft(content));
          setBase(s.error.latest);
          submit(content, s.error.latest).catch(() => undefined);
        }}
        onTakeMerged={() => {
          setDraft(assessmentDraft({ ...s.error.merged, force: s.error.latest.force }));
          setBase(s.error.latest);
          setProblems([]);
          setStatus({ kind: 'merged' });
          setFocusId(statusId);
        }}
      />
    );
  };

  const summary = errors.map((p) => ({ id: fid(p.field), text: `${fieldName(p.field)}: ${problemMessage(p.field, p.code)}` }));

  return (
    <Stack tokens={{ childrenGap: 12 }}>
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
      <Text variant="small" block>
        {formatText(strings.RiskRescoreHelp, force)}
      </Text>
      <TextField
        id={fid('ownerUpn')}
        label={formatText(strings.RiskFieldForceOwner, force)}
        required
        value={draft.ownerUpn}
        onChange={(_e, v) => change({ ownerUpn: v ?? '' })}
        errorMessage={messageAt('ownerUpn')}
        disabled={busy}
        autoComplete="off"
      />
      {MEASURES.map((m) => (
        <ScoreField key={m} id={fid(m)} measure={m} value={draft[m]} onChange={(v) => change({ [m]: v } as Partial<IAssessmentDraft>)} errorMessage={messageAt(m)} warningMessage={warningAt(m)} disabled={busy} />
      ))}
      <TextField
        id={fid('notes')}
        label={formatText(strings.RiskFieldForceNotes, force)}
        description={strings.RiskFieldForceNotesHelp}
        multiline
        autoAdjustHeight
        rows={2}
        value={draft.notes}
        onChange={(_e, v) => change({ notes: v ?? '' })}
        disabled={busy}
      />
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
        {status.kind !== 'conflict' ? <PrimaryButton text={formatText(strings.RiskRescoreSave, force)} disabled={busy} onClick={save} /> : null}
        <DefaultButton text={strings.RiskFormCancel} disabled={busy} onClick={props.onCancel} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskFormSaving} labelPosition="right" ariaLive="polite" /> : null}
      </Stack>
    </Stack>
  );
}
