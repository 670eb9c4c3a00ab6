import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Icon } from '@fluentui/react/lib/Icon';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IRiskDetail, IRiskRights, IRiskStore } from '../../../../data/RiskRepository';
import {
  blankRisk,
  DEFAULT_JOINT_FORCES,
  isActionOverdue,
  isJoint,
  type IHistoryEntry,
  type IRegisterEntry,
  type IRisk,
  type IRiskAction,
  type RiskCategory
} from '../../../../domain/risks';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { ActionForm } from '../raid/ActionForm';
import { ForceScores } from './ForceScores';
import { HistorySection } from './HistorySection';
import { RagBadge } from './RagBadge';
import { assessmentDraft, draftFromContent, MEASURES } from './riskDraft';
import { focusField, RiskForm } from './RiskForm';
import { actionStatusName, categoryName, escalationName, kindName, measureName, proximityName, responseName, statusName } from './riskText';
import { StatusDialog, type StatusAction } from './StatusDialog';

export interface INewRiskDefaults {
  force: string;
  category: RiskCategory;
}

export interface IRiskPanelProps {
  /** The risk to show; undefined to create one. */
  riskId: number | undefined;
  /** The register's entry for it (appetite, overdue review), when the register holds it. */
  entry: IRegisterEntry | undefined;
  /** Every risk (an action may mitigate several). */
  risks: readonly IRisk[];
  store: () => Promise<IRiskStore>;
  rights: IRiskRights;
  newRisk: INewRiskDefaults;
  /** The forces a new risk may belong to. */
  forces: readonly string[];
  me: string;
  today: string;
  locale: string;
  idPrefix: string;
  onDismiss: () => void;
  /** After any write: the register reads again (and opens the created risk). */
  onChanged: (riskId: number) => void;
  /** A history read here, for the register's direction of travel. */
  onHistory: (history: IHistoryEntry[], detail: IRiskDetail) => void;
}

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; detail: IRiskDetail; store: IRiskStore };
type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'action'; action: IRiskAction | undefined };

/**
 * One risk in full, in a side panel: what it is (cause → event → effect), its scores (per force on a joint
 * risk, each re-scored on its own), owner and response, mitigating actions with due dates, and who changed
 * what, when. Board members edit, re-score, add and update actions, close, re-open and escalate; everyone
 * else reads. Also creates a new risk.
 */
export function RiskPanel(props: IRiskPanelProps): React.ReactElement {
  const { idPrefix, locale, today, rights } = props;
  const theme = useTheme();
  const [riskId, setRiskId] = React.useState<number | undefined>(props.riskId);
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [mode, setMode] = React.useState<Mode>(props.riskId === undefined ? { kind: 'edit' } : { kind: 'view' });
  // A force's scores half re-scored are not thrown away by a click outside the panel.
  const [forceEditing, setForceEditing] = React.useState(false);
  const [note, setNote] = React.useState<string | undefined>(undefined);
  const [dialog, setDialog] = React.useState<StatusAction | undefined>(undefined);
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const { onHistory } = props;
  const noteId = `${idPrefix}-note`;
  const editId = `${idPrefix}-edit`;
  const addActionId = `${idPrefix}-add-action`;

  // Focus follows the person: into a form they open, back to what opened it, to the outcome of a save.
  React.useEffect(() => {
    if (focusId === undefined) return;
    if (document.getElementById(focusId) === null) return;
    focusField(focusId);
    setFocusId(undefined);
  }, [focusId, load, mode]);

  React.useEffect(() => {
    if (riskId === undefined) return undefined;
    let live = true;
    const read = async (): Promise<{ detail: IRiskDetail | undefined; store: IRiskStore }> => {
      const store = await props.store();
      return { detail: await store.detail(riskId, { history: true }), store };
    };
    read().then(
      ({ detail, store }) => {
        if (!live) return;
        if (detail === undefined) setLoad({ kind: 'failed', message: strings.RiskFormGone });
        else {
          setLoad({ kind: 'ready', detail, store });
          onHistory(detail.history, detail);
        }
      },
      (error: unknown) => live && setLoad({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: read again only for another risk or after a write.
  }, [riskId, generation]);

  const classes = mergeStyleSets({
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(7rem, max-content) minmax(0, 1fr)', gap: '6px 12px', selectors: { dd: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }, dt: { fontWeight: 600 } } },
    meta: { color: theme.semanticColors.bodySubtext },
    overdue: { color: theme.semanticColors.errorText, fontWeight: 600 },
    actions: { margin: 0, padding: 0, listStyle: 'none' },
    action: { borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '6px 0', overflowWrap: 'anywhere' }
  });

  const changed = (id: number, message: string): void => {
    setNote(message);
    setFocusId(noteId);
    setMode({ kind: 'view' });
    setDialog(undefined);
    if (id !== riskId) setRiskId(id);
    else {
      // What is shown holds the etag from before the write: editing it again would meet our own change
      // as someone else's. Nothing is offered until the risk is read again.
      setLoad({ kind: 'loading' });
      setGeneration((g) => g + 1);
    }
    props.onChanged(id);
  };

  const heading = (key: string, text: string): React.ReactElement => (
    <Text as="h3" id={`${idPrefix}-${key}`} variant="large" block styles={{ root: { margin: '16px 0 6px', fontWeight: 600 } }}>
      {text}
    </Text>
  );

  const creating = riskId === undefined;
  const detail = load.kind === 'ready' ? load.detail : undefined;
  const risk = detail?.risk;
  const title = creating ? strings.RiskNewTitle : risk !== undefined ? risk.title : strings.RiskPanelLoading;

  const form = (): React.ReactElement => {
    if (creating) {
      const blank = blankRisk(props.newRisk.force, props.me, props.newRisk.category);
      return (
        <RiskForm
          idPrefix={`${idPrefix}-form`}
          store={props.store}
          initial={draftFromContent(blank)}
          initialForces={DEFAULT_JOINT_FORCES.map((f) => assessmentDraft({ force: f, ownerUpn: props.me, inherent: null, current: null, target: null, notes: '' }))}
          forces={props.forces}
          today={today}
          locale={locale}
          onSaved={(r, message) => changed(r.id, message)}
          onCancel={props.onDismiss}
        />
      );
    }
    const r = risk as IRisk;
    return (
      <RiskForm
        idPrefix={`${idPrefix}-form`}
        store={props.store}
        risk={r}
        initial={draftFromContent(r)}
        initialForces={[]}
        forces={props.forces}
        today={today}
        locale={locale}
        onSaved={(saved, message) => changed(saved.id, message)}
        onCancel={() => {
          setMode({ kind: 'view' });
          setFocusId(editId);
        }}
      />
    );
  };

  const view = (d: IRiskDetail, store: IRiskStore): React.ReactElement => {
    const r = d.risk;
    const joint = isJoint(r);
    const entry = props.entry !== undefined && props.entry.risk.id === r.id ? props.entry : undefined;
    const reviewOverdue = (r.status === 'open' || r.status === 'proposed') && r.reviewDate !== null && r.reviewDate < today;
    const actions = d.actions.slice().sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="small" block className={classes.meta}>
          {[r.reference, categoryName(r.category), r.force, kindName(r.kind), statusName(r.status)].join(' \u00b7 ')}
        </Text>
        {r.status === 'closed' ? (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {formatText(strings.RiskClosedNotice, r.closedOn !== null ? formatDay(r.closedOn, locale) : '', r.closureNote !== '' ? r.closureNote : strings.RiskNotSet)}
          </MessageBar>
        ) : null}
        {reviewOverdue ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {formatText(strings.RiskReviewOverdueNotice, formatDay(r.reviewDate as string, locale))}
          </MessageBar>
        ) : null}
        {entry !== undefined && entry.appetite.outOfAppetite ? (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {entry.appetite.perForce
              .filter((p) => p.outOfAppetite)
              .map((p) => formatText(strings.RiskOutOfAppetiteNotice, p.force, p.current ?? 0, p.maxScore ?? 0))
              .join(' ')}
            {entry.appetite.escalationDue ? ` ${strings.RiskEscalationDueNotice}` : ''}
          </MessageBar>
        ) : null}

        {rights.canEdit ? (
          <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
            <ActionButton
              id={editId}
              iconProps={{ iconName: 'Edit' }}
              onClick={() => {
                setMode({ kind: 'edit' });
                setFocusId(`${idPrefix}-form-f-title`);
              }}
            >
              {strings.RiskEdit}
            </ActionButton>
            {r.status === 'closed' ? (
              <ActionButton iconProps={{ iconName: 'Refresh' }} onClick={() => setDialog('reopen')}>
                {strings.RiskReopen}
              </ActionButton>
            ) : (
              <ActionButton iconProps={{ iconName: 'CheckboxComposite' }} onClick={() => setDialog('close')}>
                {strings.RiskClose}
              </ActionButton>
            )}
            <ActionButton iconProps={{ iconName: 'Up' }} onClick={() => setDialog('escalate')}>
              {strings.RiskEscalate}
            </ActionButton>
          </Stack>
        ) : (
          <Text variant="small" block>
            {strings.RiskReadOnly}
          </Text>
        )}

        <section aria-labelledby={`${idPrefix}-what`}>
          {heading('what', strings.RiskDetailWhat)}
          <dl className={classes.facts}>
            <dt>{strings.RiskFieldCause}</dt>
            <dd>{r.cause !== '' ? r.cause : strings.RiskNotSet}</dd>
            <dt>{strings.RiskFieldEvent}</dt>
            <dd>{r.event !== '' ? r.event : strings.RiskNotSet}</dd>
            <dt>{strings.RiskFieldEffect}</dt>
            <dd>{r.effect !== '' ? r.effect : strings.RiskNotSet}</dd>
          </dl>
        </section>

        <section aria-labelledby={`${idPrefix}-scores`}>
          {heading('scores', joint ? strings.RiskDetailScoresByForce : strings.RiskDetailScores)}
          {joint ? (
            <ForceScores
              risk={r}
              assessments={d.assessments}
              canEdit={rights.canEdit}
              canAdd={rights.canAdd}
              store={props.store}
              me={props.me}
              today={today}
              locale={locale}
              idPrefix={`${idPrefix}-force`}
              onChanged={(message) => changed(r.id, message)}
              onEditingChange={setForceEditing}
            />
          ) : (
            <dl className={classes.facts}>
              {MEASURES.map((m) => (
                <React.Fragment key={m}>
                  <dt>{measureName(m)}</dt>
                  <dd data-score={m}>
                    <RagBadge score={r[m]} />
                    {r[m] !== null ? ` (${formatText(strings.RiskLxI, r[m]?.likelihood ?? 0, r[m]?.impact ?? 0)})` : null}
                  </dd>
                </React.Fragment>
              ))}
            </dl>
          )}
        </section>

        <section aria-labelledby={`${idPrefix}-response`}>
          {heading('response', strings.RiskDetailResponse)}
          <dl className={classes.facts}>
            <dt>{strings.RiskFieldOwner}</dt>
            <dd>{r.ownerUpn}</dd>
            <dt>{strings.RiskFieldActionees}</dt>
            <dd>{r.actionees.length > 0 ? r.actionees.join(', ') : strings.RiskNotSet}</dd>
            <dt>{strings.RiskFieldProximity}</dt>
            <dd>{proximityName(r.proximity)}</dd>
            <dt>{strings.RiskFieldResponse}</dt>
            <dd>{responseName(r.response)}</dd>
            <dt>{strings.RiskFieldControls}</dt>
            <dd>{r.controls !== '' ? r.controls : strings.RiskNotSet}</dd>
            <dt>{strings.RiskFieldReviewDate}</dt>
            <dd>
              {r.reviewDate !== null ? formatDay(r.reviewDate, locale) : strings.RiskNotSet}
              {reviewOverdue ? <span className={classes.overdue}>{` ${strings.RiskFlagReviewOverdue}`}</span> : null}
            </dd>
            <dt>{strings.RiskFieldEscalation}</dt>
            <dd>
              {escalationName(r.escalation)}
              {r.escalation !== 'none' && r.escalatedOn !== null ? ` (${formatDay(r.escalatedOn, locale)})` : ''}
              {r.escalation !== 'none' && r.escalationNote !== '' ? `: ${r.escalationNote}` : ''}
            </dd>
          </dl>
        </section>

        <section aria-labelledby={`${idPrefix}-actions`}>
          {heading('actions', strings.RiskDetailActions)}
          {mode.kind === 'action' ? (
            <ActionForm
              idPrefix={`${idPrefix}-action`}
              repo={store}
              action={mode.action}
              risks={props.risks.some((x) => x.id === r.id) ? props.risks : [...props.risks, r]}
              defaultOwner={r.ownerUpn}
              today={today}
              locale={locale}
              onSaved={(a, created) => changed(r.id, formatText(created ? strings.RiskActionAddedNote : strings.RiskActionSavedNote, a.title))}
              onCancel={() => {
                setMode({ kind: 'view' });
                setFocusId(mode.action !== undefined ? `${idPrefix}-edit-action-${mode.action.id}` : addActionId);
              }}
            />
          ) : (
            <>
              {actions.length > 0 ? (
                <ul className={classes.actions} aria-label={strings.RiskDetailActions}>
                  {actions.map((a) => {
                    const overdue = isActionOverdue(a, today);
                    return (
                      <li key={a.id} className={classes.action} data-action={a.id}>
                        <Text block styles={{ root: { fontWeight: 600 } }}>
                          {a.title}
                        </Text>
                        <Text block variant="small">
                          {formatText(strings.RiskActionLine, a.ownerUpn, actionStatusName(a.status), a.dueDate !== null ? formatDay(a.dueDate, locale) : strings.RiskNotSet)}
                        </Text>
                        {overdue ? (
                          <Text block variant="small" className={classes.overdue}>
                            <Icon iconName="Clock" aria-hidden="true" styles={{ root: { marginRight: 4 } }} />
                            {strings.RiskActionOverdue}
                          </Text>
                        ) : null}
                        {rights.canEdit ? (
                          <ActionButton
                            id={`${idPrefix}-edit-action-${a.id}`}
                            iconProps={{ iconName: 'Edit' }}
                            ariaLabel={formatText(strings.RiskActionEditOf, a.title)}
                            onClick={() => {
                              setMode({ kind: 'action', action: a });
                              setFocusId(`${idPrefix}-action-heading`);
                            }}
                          >
                            {strings.RiskActionEdit}
                          </ActionButton>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <Text block>{strings.RiskActionsNone}</Text>
              )}
              {rights.canAdd ? (
                <ActionButton
                  id={addActionId}
                  iconProps={{ iconName: 'Add' }}
                  onClick={() => {
                    setMode({ kind: 'action', action: undefined });
                    setFocusId(`${idPrefix}-action-heading`);
                  }}
                >
                  {strings.RiskActionAdd}
                </ActionButton>
              ) : null}
            </>
          )}
        </section>

        <section aria-labelledby={`${idPrefix}-history`}>
          {heading('history', strings.RiskDetailHistory)}
          <HistorySection history={d.history} locale={locale} idPrefix={`${idPrefix}-history`} />
        </section>
      </Stack>
    );
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={title}
      headerTextProps={{ 'aria-level': 2, role: 'heading', style: { overflowWrap: 'anywhere' } } as React.HTMLAttributes<HTMLDivElement>}
      isLightDismiss={mode.kind === 'view' && !forceEditing}
      onDismiss={() => props.onDismiss()}
      closeButtonAriaLabel={strings.RiskPanelClose}
      isFooterAtBottom={false}
    >
      <div id={noteId} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
        {note !== undefined ? (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNote(undefined)} dismissButtonAriaLabel={strings.RiskDismiss} isMultiline>
            {note}
          </MessageBar>
        ) : null}
      </div>
      {creating || mode.kind === 'edit' ? (
        creating || risk !== undefined ? (
          form()
        ) : (
          <Spinner size={SpinnerSize.medium} label={strings.RiskPanelLoading} />
        )
      ) : load.kind === 'loading' ? (
        <Spinner size={SpinnerSize.medium} label={strings.RiskPanelLoading} ariaLive="polite" />
      ) : load.kind === 'failed' ? (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.RiskPanelFailed, load.message)}
          </MessageBar>
          <div>
            <DefaultButton
              text={strings.RiskTryAgain}
              onClick={() => {
                setLoad({ kind: 'loading' });
                setGeneration((g) => g + 1);
              }}
            />
          </div>
        </Stack>
      ) : (
        view(load.detail, load.store)
      )}
      {dialog !== undefined && risk !== undefined ? (
        <StatusDialog action={dialog} risk={risk} store={props.store} locale={locale} idPrefix={`${idPrefix}-${dialog}`} onDone={(r, message) => changed(r.id, message)} onDismiss={() => setDialog(undefined)} />
      ) : null}
    </Panel>
  );
}
