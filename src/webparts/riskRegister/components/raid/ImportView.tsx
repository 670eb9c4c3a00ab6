import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IImportOutcome, IRiskStore } from '../../../../data/RiskRepository';
import { rowsToApply, type IImportProblem, type IRisk, type IRiskImportPlan, type IRiskImportRow } from '../../../../domain/risks';
import { KNOWN_FORCES } from '../../../../lists/people';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { cellReader, IMPORT_TEMPLATE_HEADERS, looksBinary } from './raidModel';
import { Heading, refsText, useFocusRequest, useMounted } from './RaidParts';
import { fieldName, forceName, importActionName, importOutcomeText, importProblemPlace, importProblemText, valueText, writeFailure } from './raidText';

export interface IImportViewProps {
  idPrefix: string;
  risks: readonly IRisk[];
  repo: IRiskStore;
  canAdd: boolean;
  canEdit: boolean;
  defaultOwner: string;
  locale: string;
  onWritten: () => Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'planning' }
  | { kind: 'applying' }
  | { kind: 'failed'; message: string };

/** A file's text in an encoding (jsdom and every browser have FileReader; not every one has `Blob.text`). */
function readAs(file: Blob, encoding: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, encoding);
  });
}

/**
 * A register exported from Excel or another tool: a dry run first (every row by its reference, what would
 * be created, updated, left alone or rejected and why; a problem with the file itself blocks everything),
 * then "Apply" writes only the rows that passed and reports each row's outcome. Applying twice changes
 * nothing; a row changed by someone since the dry run is reported, not overwritten.
 */
export function ImportView(props: IImportViewProps): React.ReactElement {
  const { idPrefix, locale } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const [text, setText] = React.useState('');
  const [fileName, setFileName] = React.useState('');
  const [fileNote, setFileNote] = React.useState<{ error: boolean; message: string } | undefined>(undefined);
  const [defaultForce, setDefaultForce] = React.useState('');
  const [defaultOwner, setDefaultOwner] = React.useState(props.defaultOwner);
  const [plan, setPlan] = React.useState<{ plan: IRiskImportPlan; text: string } | undefined>(undefined);
  const [outcomes, setOutcomes] = React.useState<IImportOutcome[] | undefined>(undefined);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'reading' || status.kind === 'planning' || status.kind === 'applying';
  const fileId = `${idPrefix}-file`;
  const pasteId = `${idPrefix}-paste`;
  const planId = `${idPrefix}-plan`;
  const resultId = `${idPrefix}-result`;
  const statusId = `${idPrefix}-status`;
  const canWrite = props.canAdd || props.canEdit;

  /** Anything that changes what would be imported makes the dry run stale. */
  const stale = (): void => {
    setPlan(undefined);
    setOutcomes(undefined);
    if (status.kind === 'failed') setStatus({ kind: 'idle' });
  };

  const pick = async (files: FileList | null): Promise<void> => {
    const file = files !== null ? files[0] : undefined;
    if (file === undefined) return;
    stale();
    setStatus({ kind: 'reading' });
    try {
      let content = await readAs(file, 'utf-8');
      if (looksBinary(content)) {
        if (!mounted.current) return;
        setFileNote({ error: true, message: formatText(strings.RiskRaidImportWorkbook, file.name) });
        setStatus({ kind: 'idle' });
        focus(`${fileId}-note`);
        return;
      }
      // Excel's plain "CSV (Comma delimited)" is Windows-1252, not UTF-8: read it so when UTF-8 fails.
      if (content.indexOf('\ufffd') >= 0) content = await readAs(file, 'windows-1252');
      if (!mounted.current) return;
      setText(content);
      setFileName(file.name);
      setFileNote({ error: false, message: formatText(strings.RiskRaidImportFileRead, file.name) });
      setStatus({ kind: 'idle' });
    } catch {
      if (!mounted.current) return;
      setFileNote({ error: true, message: formatText(strings.RiskRaidImportFileUnreadable, file.name) });
      setStatus({ kind: 'idle' });
      focus(`${fileId}-note`);
    }
  };

  const dryRun = async (): Promise<void> => {
    if (text.trim() === '') {
      setStatus({ kind: 'failed', message: strings.RiskRaidImportNothing });
      focus(statusId);
      return;
    }
    setStatus({ kind: 'planning' });
    setOutcomes(undefined);
    try {
      const made = await props.repo.planImport(text, {
        ...(defaultForce !== '' ? { defaultForce } : {}),
        ...(defaultOwner.trim() !== '' ? { defaultOwnerUpn: defaultOwner.trim().toLowerCase() } : {})
      });
      if (!mounted.current) return;
      setPlan({ plan: made, text });
      setStatus({ kind: 'idle' });
      focus(planId);
    } catch (error) {
      if (!mounted.current) return;
      setStatus({ kind: 'failed', message: writeFailure(error) });
      focus(statusId);
    }
  };

  const apply = async (): Promise<void> => {
    if (plan === undefined || !plan.plan.ok) return;
    setStatus({ kind: 'applying' });
    try {
      const done = await props.repo.applyImport(plan.plan);
      if (!mounted.current) return;
      setOutcomes(done);
      setStatus({ kind: 'idle' });
      focus(resultId);
      if (done.some((o) => o.outcome === 'created' || o.outcome === 'updated' || o.outcome === 'failed')) await props.onWritten();
    } catch (error) {
      if (!mounted.current) return;
      setStatus({ kind: 'failed', message: writeFailure(error) });
      focus(statusId);
    }
  };

  const forceOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidImportNoDefaultForce }, ...KNOWN_FORCES.map((f) => ({ key: f, text: forceName(f) }))];
  const refs = refsText(props.risks);

  const problemItems = (problems: readonly IImportProblem[], current: IRiskImportPlan, cells: ReturnType<typeof cellReader>): React.ReactElement[] =>
    problems.map((p, i) => (
      <li key={i}>
        <strong>{p.severity === 'error' ? strings.RiskRaidImportError : strings.RiskRaidImportWarning}</strong> {importProblemPlace(p)}: {importProblemText(p, cells(p), current)}
      </li>
    ));

  const details = (row: IRiskImportRow, current: IRiskImportPlan, cells: ReturnType<typeof cellReader>): React.ReactElement => {
    const changes =
      row.action === 'update'
        ? [
            ...row.changes.map((c) => formatText(strings.RiskRaidChangeFromTo, fieldName(c.field), valueText(c.field, c.from, locale, refs), valueText(c.field, c.to, locale, refs))),
            ...row.assessments.flatMap((a) =>
              a.action === 'create'
                ? [formatText(strings.RiskRaidImportAssessmentNew, forceName(a.force))]
                : a.changes
                    .filter((c) => c.field !== 'assessedOn')
                    .map((c) => formatText(strings.RiskRaidImportForceChange, forceName(a.force), formatText(strings.RiskRaidChangeFromTo, fieldName(c.field), valueText(c.field, c.from, locale, refs), valueText(c.field, c.to, locale, refs))))
            )
          ]
        : [];
    return (
      <>
        {row.content !== null && row.content.title !== '' ? <Text block>{row.content.title}</Text> : null}
        {row.action === 'create' && row.content !== null ? <Text block variant="small">{formatText(strings.RiskRaidImportNewIn, forceName(row.content.force))}</Text> : null}
        {changes.length > 0 ? (
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={strings.RiskRaidImportChanges}>
            {changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        ) : null}
        {row.problems.length > 0 ? (
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={strings.RiskRaidImportProblems}>
            {problemItems(row.problems, current, cells)}
          </ul>
        ) : null}
      </>
    );
  };

  const renderPlan = (current: IRiskImportPlan, planText: string): React.ReactElement => {
    const cells = cellReader(planText, current);
    const fileErrors = current.problems.filter((p) => p.severity === 'error');
    const fileWarnings = current.problems.filter((p) => p.severity === 'warning');
    const toApply = rowsToApply(current);
    const needsAdd = toApply.some((r) => r.action === 'create');
    const needsEdit = toApply.some((r) => r.action === 'update');
    const allowed = (!needsAdd || props.canAdd) && (!needsEdit || props.canEdit);
    const c = current.counts;
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <div id={planId} tabIndex={-1} style={{ outline: 'none' }}>
          <Heading as="h4">{strings.RiskRaidImportPlanHeading}</Heading>
        </div>
        {!current.ok ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {strings.RiskRaidImportFileBlocked}
            </Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>{problemItems(fileErrors, current, cells)}</ul>
          </MessageBar>
        ) : (
          <Text block role="status" aria-live="polite">
            {formatText(strings.RiskRaidImportPlanSummary, c.create, c.update, c.unchanged, c.rejected)}
          </Text>
        )}
        {fileWarnings.length > 0 ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <ul style={{ margin: 0, paddingLeft: 20 }}>{problemItems(fileWarnings, current, cells)}</ul>
          </MessageBar>
        ) : null}
        {current.rows.length > 0 ? (
          <TableFrame caption={strings.RiskRaidImportPlanCaption}>
            <thead>
              <tr>
                <th scope="col" style={t.head}>
                  {strings.RiskRaidImportLine}
                </th>
                <th scope="col" style={t.head}>
                  {strings.RiskRaidFieldReference}
                </th>
                <th scope="col" style={t.head}>
                  {strings.RiskRaidImportWouldDo}
                </th>
                <th scope="col" style={t.head}>
                  {strings.RiskRaidImportDetails}
                </th>
              </tr>
            </thead>
            <tbody>
              {current.rows.map((row) => (
                <tr key={row.line}>
                  <td style={t.number}>{row.line}</td>
                  <th scope="row" style={{ ...t.rowHead, whiteSpace: 'nowrap' }}>
                    {row.reference === '' ? strings.RiskRaidImportNoReference : row.reference}
                  </th>
                  <td style={{ ...t.cell, fontWeight: 600 }}>{importActionName(row.action)}</td>
                  <td style={{ ...t.cell, minWidth: 220, overflowWrap: 'anywhere' }}>{details(row, current, cells)}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        ) : null}
        {current.ok && canWrite ? (
          toApply.length === 0 ? (
            <Text block>{strings.RiskRaidImportNothingToApply}</Text>
          ) : !allowed ? (
            <MessageBar messageBarType={MessageBarType.info}>{needsAdd && !props.canAdd ? strings.RiskRaidImportCannotAdd : strings.RiskRaidImportCannotEdit}</MessageBar>
          ) : (
            <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={status.kind === 'applying' ? strings.RiskRaidImportApplying : formatText(toApply.length === 1 ? strings.RiskRaidImportApplyOne : strings.RiskRaidImportApply, toApply.length)} disabled={busy} onClick={() => apply().catch(() => undefined)} />
              {status.kind === 'applying' ? <Spinner size={SpinnerSize.small} label={strings.RiskRaidImportApplying} labelPosition="right" ariaLive="polite" /> : null}
              {c.rejected > 0 ? <Text variant="small">{formatText(c.rejected === 1 ? strings.RiskRaidImportRejectedNoteOne : strings.RiskRaidImportRejectedNote, c.rejected)}</Text> : null}
            </Stack>
          )
        ) : null}
      </Stack>
    );
  };

  const renderOutcomes = (done: readonly IImportOutcome[]): React.ReactElement => {
    const count = (k: IImportOutcome['outcome']): number => done.filter((o) => o.outcome === k).length;
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <div id={resultId} tabIndex={-1} style={{ outline: 'none' }}>
          <Heading as="h4">{strings.RiskRaidImportResultHeading}</Heading>
        </div>
        <Text block role="status" aria-live="polite">
          {formatText(strings.RiskRaidImportResultSummary, count('created'), count('updated'), count('unchanged') + count('alreadyApplied'), count('rejected'), count('conflict'), count('failed'))}
        </Text>
        {count('conflict') > 0 ? <MessageBar messageBarType={MessageBarType.warning}>{strings.RiskRaidImportConflictHint}</MessageBar> : null}
        <TableFrame caption={strings.RiskRaidImportResultCaption}>
          <thead>
            <tr>
              <th scope="col" style={t.head}>
                {strings.RiskRaidImportLine}
              </th>
              <th scope="col" style={t.head}>
                {strings.RiskRaidFieldReference}
              </th>
              <th scope="col" style={t.head}>
                {strings.RiskRaidImportOutcome}
              </th>
            </tr>
          </thead>
          <tbody>
            {done.map((o) => (
              <tr key={o.line}>
                <td style={t.number}>{o.line}</td>
                <th scope="row" style={{ ...t.rowHead, whiteSpace: 'nowrap' }}>
                  {o.reference === '' ? strings.RiskRaidImportNoReference : o.reference}
                </th>
                <td style={t.cell}>{importOutcomeText(o)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      </Stack>
    );
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3">{strings.RiskRaidImportHeading}</Heading>
      <Text block>{strings.RiskRaidImportIntro}</Text>
      {!canWrite ? <MessageBar messageBarType={MessageBarType.info}>{strings.RiskRaidImportReadOnly}</MessageBar> : null}

      <section aria-labelledby={`${idPrefix}-template`}>
        <Stack tokens={{ childrenGap: 4 }}>
          <Heading as="h4" id={`${idPrefix}-template`}>
            {strings.RiskRaidImportTemplateHeading}
          </Heading>
          <Text block>{strings.RiskRaidImportTemplateIntro}</Text>
          <ul style={{ margin: '0', paddingLeft: 20 }}>
            <li>{strings.RiskRaidImportTemplateTopics}</li>
            <li>{strings.RiskRaidImportTemplateLevels}</li>
            <li>{strings.RiskRaidImportTemplateJoint}</li>
            <li>{strings.RiskRaidImportTemplateDates}</li>
            <li>{strings.RiskRaidImportTemplateMatching}</li>
          </ul>
          <CsvActions label={strings.RiskRaidImportTemplateLabel} fileName="risk-register-import-template.csv" headers={IMPORT_TEMPLATE_HEADERS} rows={() => []} />
        </Stack>
      </section>

      <section aria-labelledby={`${idPrefix}-source`}>
        <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 720 } }}>
          <Heading as="h4" id={`${idPrefix}-source`}>
            {strings.RiskRaidImportSourceHeading}
          </Heading>
          <div>
            <label htmlFor={fileId} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
              {strings.RiskRaidImportFile}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
              aria-describedby={`${fileId}-help`}
              disabled={busy}
              onChange={(e) => {
                pick(e.currentTarget.files).catch(() => undefined);
                e.currentTarget.value = '';
              }}
              style={{ maxWidth: '100%' }}
            />
            <Text id={`${fileId}-help`} block variant="small">
              {strings.RiskRaidImportFileHelp}
            </Text>
            <div id={`${fileId}-note`} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
              {fileNote !== undefined ? <MessageBar messageBarType={fileNote.error ? MessageBarType.error : MessageBarType.info}>{fileNote.message}</MessageBar> : null}
            </div>
          </div>
          <TextField
            id={pasteId}
            label={fileName !== '' ? formatText(strings.RiskRaidImportPasteFrom, fileName) : strings.RiskRaidImportPaste}
            description={strings.RiskRaidImportPasteHelp}
            multiline
            rows={6}
            value={text}
            onChange={(_e, v) => {
              setText(v ?? '');
              stale();
            }}
            disabled={busy}
            styles={{ field: { fontFamily: 'Consolas, Menlo, monospace', whiteSpace: 'pre' } }}
          />
          <Dropdown
            label={strings.RiskRaidImportDefaultForce}
            options={forceOptions}
            selectedKey={defaultForce}
            onChange={(_e, o) => {
              if (o === undefined) return;
              setDefaultForce(String(o.key));
              stale();
            }}
            disabled={busy}
            styles={{ root: { maxWidth: 320 } }}
          />
          <TextField
            label={strings.RiskRaidImportDefaultOwner}
            description={strings.RiskRaidImportDefaultOwnerHelp}
            value={defaultOwner}
            onChange={(_e, v) => {
              setDefaultOwner(v ?? '');
              stale();
            }}
            disabled={busy}
            autoComplete="off"
          />
          <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
            {status.kind === 'failed' ? (
              <MessageBar messageBarType={MessageBarType.error} isMultiline>
                {status.message}
              </MessageBar>
            ) : null}
          </div>
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={status.kind === 'planning' ? strings.RiskRaidImportChecking : strings.RiskRaidImportCheck} disabled={busy} onClick={() => dryRun().catch(() => undefined)} />
            {status.kind === 'planning' || status.kind === 'reading' ? <Spinner size={SpinnerSize.small} label={status.kind === 'reading' ? strings.RiskRaidImportReading : strings.RiskRaidImportChecking} labelPosition="right" ariaLive="polite" /> : null}
          </Stack>
        </Stack>
      </section>

      {plan !== undefined ? renderPlan(plan.plan, plan.text) : null}
      {outcomes !== undefined ? renderOutcomes(outcomes) : null}
    </Stack>
  );
}
