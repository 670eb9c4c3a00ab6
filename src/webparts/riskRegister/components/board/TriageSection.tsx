import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ConflictError, ValidationError } from '../../../../data/errors';
import type { IBoardMeeting, IBoardStore, IOutputReport } from '../../../../domain/board/types';
import type { IRegisterData, RiskCategory } from '../../../../domain/risks/types';
import { KNOWN_FORCES } from '../../../../lists/people';
import { RISK_CATEGORIES } from '../../../../lists/risks';
import { formatText } from '../../../../ui/format/text';
import { Heading, ProblemSummary, useFocusRequest, useMounted } from '../raid/RaidParts';
import { categoryName, forceName, problemsOfKeys } from '../raid/raidText';
import { formatInstant } from '../risk/riskText';
import { blankTriageDraft, changeTriage, triageOutcomeOf, triageProblems, type IFieldProblem, type ITriageDraft, type TriageKind } from './boardModel';
import { boardWriteFailure, reportCategoryName, triageFieldName, triageProblemText } from './boardText';
import { useLoad } from './useLoad';

export interface ITriageSectionProps {
  idPrefix: string;
  store: IBoardStore;
  meeting: IBoardMeeting;
  register: IRegisterData;
  me: string;
  locale: string;
  /** A report became a risk or an issue: the register is read again. */
  onRegisterChanged: () => void;
}

/**
 * Reports of poor Copilot outputs from the catalogue that nobody has triaged yet, newest first, each to be
 * made a (proposed) risk, an issue logged against this meeting, or closed with "no action" and a note.
 */
export function TriageSection(props: ITriageSectionProps): React.ReactElement {
  const { idPrefix, store, locale } = props;
  const [reports, retry] = useLoad(() => store.reportsToTriage(), `${props.meeting.id}`);
  const [done, setDone] = React.useState<number[]>([]);
  const [open, setOpen] = React.useState<number | undefined>(undefined);
  const [notice, setNotice] = React.useState('');
  const focus = useFocusRequest();
  const noticeId = `${idPrefix}-notice`;

  if (reports.kind === 'loading') return <Spinner size={SpinnerSize.small} label={strings.BoardTriageLoading} labelPosition="right" ariaLive="polite" />;
  if (reports.kind === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text={strings.BoardTryAgain} onClick={retry} />}>
        {formatText(strings.BoardTriageLoadFailed, reports.message)}
      </MessageBar>
    );
  }
  const waiting = reports.value.filter((r) => done.indexOf(r.id) < 0);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Text block>{strings.BoardTriageIntro}</Text>
      <div id={noticeId} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
        {notice !== '' ? <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar> : null}
      </div>
      {waiting.length === 0 ? <Text block>{strings.BoardTriageNone}</Text> : <Text block>{formatText(waiting.length === 1 ? strings.BoardTriageCountOne : strings.BoardTriageCount, waiting.length)}</Text>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {waiting.map((r) => (
          <li key={r.id} style={{ marginBottom: 16 }}>
            <ReportCard report={r} locale={locale} />
            {open === r.id ? (
              <TriageForm
                idPrefix={`${idPrefix}-${r.id}`}
                store={store}
                report={r}
                meeting={props.meeting}
                register={props.register}
                me={props.me}
                locale={locale}
                onDone={(message, changedRegister) => {
                  setDone((d) => [...d, r.id]);
                  setOpen(undefined);
                  setNotice(message);
                  focus(noticeId);
                  if (changedRegister) props.onRegisterChanged();
                }}
                onStale={() => {
                  setOpen(undefined);
                  setNotice(strings.BoardTriageStale);
                  focus(noticeId);
                  retry();
                }}
                onCancel={() => {
                  setOpen(undefined);
                  focus(`${idPrefix}-${r.id}-open`);
                }}
              />
            ) : (
              <DefaultButton
                id={`${idPrefix}-${r.id}-open`}
                text={strings.BoardTriageOpen}
                ariaLabel={formatText(strings.BoardTriageOpenOf, r.summary)}
                onClick={() => {
                  setNotice('');
                  setOpen(r.id);
                  focus(`${idPrefix}-${r.id}-kind`);
                }}
                styles={{ root: { marginTop: 8 } }}
              />
            )}
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function ReportCard(props: { report: IOutputReport; locale: string }): React.ReactElement {
  const theme = useTheme();
  const r = props.report;
  const facts = [
    formatText(strings.BoardReportEntry, r.entryTitle !== '' ? r.entryTitle : formatText(strings.BoardReportEntryId, r.entryId)),
    formatText(strings.BoardReportWhat, reportCategoryName(r.category)),
    ...(r.product !== '' ? [formatText(strings.BoardReportProduct, r.product)] : []),
    formatText(strings.BoardReportForce, r.force !== null && r.force !== '' ? forceName(r.force) : strings.BoardReportNoForce),
    ...(r.department !== '' ? [formatText(strings.BoardReportDepartment, r.department)] : []),
    formatText(strings.BoardReportReported, formatInstant(r.reportedAt, props.locale))
  ];
  return (
    <article style={{ borderLeft: `4px solid ${theme.semanticColors.bodyDivider}`, paddingLeft: 12 }} aria-label={r.summary}>
      <Heading as="h5">{r.summary}</Heading>
      <Text block variant="small" styles={{ root: { overflowWrap: 'anywhere' } }}>
        {facts.join(' \u00b7 ')}
      </Text>
      <Text block styles={{ root: { overflowWrap: 'anywhere', whiteSpace: 'pre-line', marginTop: 4 } }}>
        {r.details}
      </Text>
    </article>
  );
}

interface ITriageFormProps {
  idPrefix: string;
  store: IBoardStore;
  report: IOutputReport;
  meeting: IBoardMeeting;
  register: IRegisterData;
  me: string;
  locale: string;
  onDone: (message: string, changedRegister: boolean) => void;
  /** Someone triaged or changed the report meanwhile. */
  onStale: () => void;
  onCancel: () => void;
}

type FormStatus = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'saving' } | { kind: 'failed'; message: string };

function TriageForm(props: ITriageFormProps): React.ReactElement {
  const { idPrefix, report, register } = props;
  const [draft, setDraft] = React.useState<ITriageDraft>(() => blankTriageDraft(report, props.me));
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<FormStatus>({ kind: 'idle' });
  const focus = useFocusRequest();
  const mounted = useMounted();
  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;

  const change = (patch: Partial<ITriageDraft>): void => {
    setDraft((d) => changeTriage(d, patch, register.risks, register.raid));
    const fields = Object.keys(patch);
    setProblems((ps) => ps.filter((p) => fields.indexOf(p.field) < 0 && !(p.field === 'reference' && (fields.indexOf('kind') >= 0 || fields.indexOf('force') >= 0 || fields.indexOf('category') >= 0))));
  };
  const messageAt = (field: string): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p !== undefined ? triageProblemText(p) : undefined;
  };

  const save = async (): Promise<void> => {
    const found = triageProblems(draft, register.risks, register.raid);
    setProblems(found);
    if (found.length > 0) {
      setStatus({ kind: 'invalid' });
      focus(summaryId);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const outcome = triageOutcomeOf(draft, report, props.meeting);
      await props.store.triageReport(report, outcome);
      if (!mounted.current) return;
      const message =
        outcome.kind === 'risk'
          ? formatText(strings.BoardTriagedRisk, outcome.content.reference)
          : outcome.kind === 'issue'
            ? formatText(strings.BoardTriagedIssue, outcome.content.reference)
            : strings.BoardTriagedNoAction;
      props.onDone(message, outcome.kind !== 'noAction');
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError) {
        props.onStale();
        return;
      }
      if (error instanceof ValidationError && problemsOfKeys(error.problems).length > 0) {
        setProblems(problemsOfKeys(error.problems));
        setStatus({ kind: 'invalid' });
        focus(summaryId);
        return;
      }
      setStatus({ kind: 'failed', message: boardWriteFailure(error) });
      focus(statusId);
    }
  };

  const summary = problems.map((p) => ({ id: fieldId(p.field), text: `${triageFieldName(p.field)}: ${triageProblemText(p)}` }));
  const forces = [...KNOWN_FORCES, ...(draft.force !== '' && (KNOWN_FORCES as readonly string[]).indexOf(draft.force) < 0 ? [draft.force] : [])];
  const kinds: Array<{ key: TriageKind; text: string }> = [
    { key: 'risk', text: strings.BoardTriageAsRisk },
    { key: 'issue', text: strings.BoardTriageAsIssue },
    { key: 'noAction', text: strings.BoardTriageAsNoAction }
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720, marginTop: 8 } }}>
      {status.kind === 'invalid' ? <ProblemSummary id={summaryId} problems={summary} onGo={focus} /> : null}
      <ChoiceGroup
        id={fieldId('kind')}
        label={strings.BoardTriageOutcome}
        required
        selectedKey={draft.kind === '' ? null : draft.kind}
        options={kinds}
        onChange={(_e, o) => o !== undefined && change({ kind: o.key as TriageKind })}
        disabled={busy}
      />
      {messageAt('kind') !== undefined ? <MessageBar messageBarType={MessageBarType.error}>{messageAt('kind')}</MessageBar> : null}
      {draft.kind === 'risk' || draft.kind === 'issue' ? (
        <>
          {draft.kind === 'risk' ? <Text block variant="small">{strings.BoardTriageRiskHelp}</Text> : <Text block variant="small">{strings.BoardTriageIssueHelp}</Text>}
          <Dropdown
            id={fieldId('category')}
            label={strings.BoardTriageTopic}
            required
            options={RISK_CATEGORIES.map((c) => ({ key: c, text: categoryName(c) }))}
            selectedKey={draft.category}
            onChange={(_e, o) => o !== undefined && change({ category: o.key as RiskCategory })}
            disabled={busy}
          />
          <Dropdown
            id={fieldId('force')}
            label={strings.BoardTriageForce}
            required
            options={forces.map((f) => ({ key: f, text: forceName(f) }))}
            selectedKey={draft.force === '' ? null : draft.force}
            onChange={(_e, o) => o !== undefined && change({ force: String(o.key) })}
            errorMessage={messageAt('force')}
            disabled={busy}
          />
          <TextField
            id={fieldId('reference')}
            label={strings.BoardTriageReference}
            required
            value={draft.reference}
            onChange={(_e, v) => change({ reference: v ?? '' })}
            errorMessage={messageAt('reference')}
            disabled={busy}
            autoComplete="off"
            styles={{ root: { maxWidth: 240 } }}
          />
          <TextField id={fieldId('title')} label={strings.BoardTriageTitle} required value={draft.title} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={messageAt('title')} disabled={busy} />
          <TextField
            id={fieldId('ownerUpn')}
            label={strings.BoardTriageOwner}
            description={strings.RiskRaidOwnerHelp}
            required
            value={draft.ownerUpn}
            onChange={(_e, v) => change({ ownerUpn: v ?? '' })}
            errorMessage={messageAt('ownerUpn')}
            disabled={busy}
            autoComplete="off"
          />
        </>
      ) : null}
      {draft.kind === 'noAction' ? (
        <TextField
          id={fieldId('note')}
          label={strings.BoardTriageNote}
          description={strings.BoardTriageNoteHelp}
          required
          multiline
          rows={3}
          value={draft.note}
          onChange={(_e, v) => change({ note: v ?? '' })}
          errorMessage={messageAt('note')}
          disabled={busy}
        />
      ) : null}
      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.BoardTriageFailed, status.message)}
          </MessageBar>
        ) : null}
      </div>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? strings.BoardSaving : strings.BoardTriageSave} disabled={busy} onClick={() => save().catch(() => undefined)} />
        <DefaultButton text={strings.BoardCancel} disabled={busy} onClick={props.onCancel} />
        {busy ? <Spinner size={SpinnerSize.small} label={strings.BoardSaving} labelPosition="right" ariaLive="polite" /> : null}
      </Stack>
    </Stack>
  );
}

