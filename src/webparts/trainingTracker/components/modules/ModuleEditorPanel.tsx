import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { DuplicateModuleKeyError, draftOf, type IModuleRecord } from '../../../../data/TrainingModuleRepository';
import { emptyModuleDraft, problemAt, validateModuleDraft, type DraftPath, type IDraftProblem, type IModuleDraft } from '../../../../domain/training/moduleDraft';
import type { WorkerType } from '../../../../domain/training/types';
import { WORKER_TYPES } from '../../../../lists/people';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { DayField, formatBritish, dateOfDay } from '../../../../ui/form/DayField';
import { fieldId, problemMessage, problemPlace, workerTypeLabel } from './moduleText';
import { QuestionEditor } from './QuestionEditor';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IModuleEditorPanelProps {
  /** The module being edited, or undefined to add one. */
  record: IModuleRecord | undefined;
  today: string;
  locale: string;
  idPrefix: string;
  /** Codes of every other module, retired ones too (a code is never reused). */
  existingKeys: readonly string[];
  /** Forces offered as tick boxes; others can be typed. */
  forceChoices: readonly string[];
  /** Saves the draft against `base` (its etag); rejects with a data error, keeping the panel open. */
  onSave: (draft: IModuleDraft, base: IModuleRecord | undefined) => Promise<void>;
  /** The latest version of a module (after a conflict). */
  onReload: (id: number) => Promise<IModuleRecord>;
  onDismiss: () => void;
}

type SaveProblem =
  | { kind: 'invalid' }
  | { kind: 'conflict'; changedBy: string | undefined }
  | { kind: 'failed'; message: string }
  | { kind: 'reloaded' };

/** Moves focus to the control of a problem (or the first focusable control inside it). */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches('input, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input:not([disabled]), textarea, button, [tabindex]');
  (target ?? el).focus();
}

function Section(props: { id: string; title: string; description?: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-labelledby={props.id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h4" id={props.id} variant="mediumPlus" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {props.title}
        </Text>
        {props.description ? (
          <Text variant="small" block>
            {props.description}
          </Text>
        ) : null}
        {props.children}
      </Stack>
    </section>
  );
}

/** A group of tick boxes with a legend (a fieldset, so screen readers announce the group). */
function CheckGroup(props: { id: string; legend: string; children: React.ReactNode; error?: string }): React.ReactElement {
  const theme = useTheme();
  return (
    <fieldset id={props.id} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ padding: '5px 0', fontSize: theme.fonts.medium.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText }}>{props.legend}</legend>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        {props.children}
      </Stack>
      {props.error ? (
        <Text role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
          {props.error}
        </Text>
      ) : null}
    </fieldset>
  );
}

/** The draft's whole-number fields. */
type NumberKey = 'durationMinutes' | 'sortOrder' | 'dueWithinDays' | 'refreshMonths' | 'passMark' | 'maxAttempts';

/**
 * Adds or edits a training module. Nothing typed is ever lost to an error: validation, a conflict with
 * another lead, a refusal, throttling or a lost connection all leave the draft as it was, with the
 * reason at the top and on the fields. Saving disables Save (no double submit) and shows progress.
 */
export function ModuleEditorPanel(props: IModuleEditorPanelProps): React.ReactElement {
  const { record, idPrefix, locale, today } = props;
  const creating = record === undefined;
  const [base, setBase] = React.useState<IModuleRecord | undefined>(record);
  const initial = React.useMemo(() => (record ? draftOf(record) : emptyModuleDraft(today)), [record, today]);
  const [draft, setDraft] = React.useState<IModuleDraft>(initial);
  const [saved, setSaved] = React.useState<IModuleDraft>(initial);
  const [showProblems, setShowProblems] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [reloading, setReloading] = React.useState(false);
  const [problem, setProblem] = React.useState<SaveProblem | undefined>(undefined);
  /** A code SharePoint says is taken (another lead created it since the list was read). */
  const [taken, setTaken] = React.useState<{ key: string; heldBy: string } | undefined>(undefined);
  const [newForce, setNewForce] = React.useState('');
  /** Forces typed in this session stay offered after being unticked, so a slip is undone with one tick. */
  const [typedForces, setTypedForces] = React.useState<string[]>([]);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  // A successful save closes (unmounts) the panel before its own bookkeeping finishes.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const exampleDay = formatBritish(dateOfDay(today));
  const mode = creating ? 'create' : 'edit';
  const existingKeys = React.useMemo(() => (taken !== undefined ? [...props.existingKeys, taken.key] : props.existingKeys), [props.existingKeys, taken]);
  const problems = React.useMemo(() => validateModuleDraft(draft, existingKeys, mode), [draft, existingKeys, mode]);
  const shown = showProblems ? problems : [];
  const message = (p: IDraftProblem | undefined): string | undefined => {
    if (!p) return undefined;
    // SharePoint named the module holding the code: say which.
    if (p.code === 'keyTaken' && taken !== undefined && taken.key === draft.key.trim().toLowerCase()) return formatText(strings.TrainingModulesProblemKeyTakenBy, taken.heldBy);
    return problemMessage(p, exampleDay);
  };
  const at = (path: DraftPath): string | undefined => message(problemAt(shown, path));
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  useLeaveWarning(dirty);
  const busy = saving || reloading;

  const set = <K extends keyof IModuleDraft>(key: K, value: IModuleDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));
  /** A whole-number field: typed as text so nothing the user types is lost before it is checked. */
  const numberField = (key: NumberKey, label: string, options: { required?: boolean; description?: string } = {}): React.ReactElement => (
    <TextField
      id={fieldId(idPrefix, key)}
      label={label}
      required={options.required}
      description={options.description}
      inputMode="numeric"
      disabled={busy}
      value={draft[key]}
      errorMessage={at(key)}
      onChange={(_e, v) => set(key, v ?? '')}
    />
  );

  React.useEffect(() => {
    if (problem !== undefined) summaryRef.current?.focus();
  }, [problem]);

  const save = async (): Promise<void> => {
    setShowProblems(true);
    if (problems.length > 0) {
      setProblem({ kind: 'invalid' });
      return;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      await props.onSave(draft, base);
    } catch (error) {
      if (error instanceof DuplicateModuleKeyError) {
        setTaken({ key: error.moduleKey.toLowerCase(), heldBy: error.heldBy });
        setProblem({ kind: 'invalid' });
      } else if (error instanceof ConflictError) {
        const current = error.current as IModuleRecord | null;
        setProblem({ kind: 'conflict', changedBy: current?.item?.editor?.title || undefined });
      } else if (error instanceof ValidationError && error.problems.some((p) => p.field !== undefined)) {
        setProblem({ kind: 'invalid' });
      } else {
        setProblem({ kind: 'failed', message: errorMessage(error) });
      }
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const reload = async (): Promise<void> => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await props.onReload(base.id);
      const next = draftOf(latest);
      setBase(latest);
      setDraft(next);
      setSaved(next);
      setShowProblems(false);
      setProblem({ kind: 'reloaded' });
    } catch (error) {
      setProblem({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setReloading(false);
    }
  };

  const run =
    (task: () => Promise<void>): (() => void) =>
    (): void => {
      task().catch((error: unknown) => setProblem({ kind: 'failed', message: errorMessage(error) }));
    };

  /** Closing with unsaved changes asks first; the panel stays open (Fluent closes it unless prevented). */
  const dismiss = (ev?: { preventDefault: () => void }): void => {
    if (busy || dirty) ev?.preventDefault();
    if (busy) return;
    if (dirty) setConfirmDiscard(true);
    else props.onDismiss();
  };

  const addForce = (): void => {
    const name = newForce.trim();
    if (name === '') return;
    const known = draft.forces.some((f) => f.toLowerCase() === name.toLowerCase());
    if (!known) set('forces', [...draft.forces, name]);
    setTypedForces((t) => [...t, name]);
    setNewForce('');
  };

  const forceChoices = [...props.forceChoices];
  [...draft.forces, ...typedForces].forEach((f) => {
    if (!forceChoices.some((c) => c.toLowerCase() === f.toLowerCase())) forceChoices.push(f);
  });
  const toggleIn = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const title = creating ? strings.TrainingModulesAddTitle : formatText(strings.TrainingModulesEditTitle, record.module.title);
  const sectionId = (name: string): string => fieldId(idPrefix, `section-${name}`);
  const policy = record?.module.policy;

  const footer = (): React.ReactElement => (
    <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={strings.TrainingModulesSave} disabled={busy} onClick={run(save)} />
      <DefaultButton text={strings.TrainingCancel} disabled={busy} onClick={() => dismiss()} />
      {saving ? <Spinner size={SpinnerSize.small} label={strings.TrainingModulesSaving} ariaLive="polite" labelPosition="right" /> : null}
    </Stack>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={title}
      isBlocking
      isLightDismiss={false}
      closeButtonAriaLabel={strings.TrainingModulesClose}
      onDismiss={dismiss}
      onRenderFooterContent={footer}
      isFooterAtBottom
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <div ref={summaryRef} tabIndex={-1} style={{ outline: 'none' }}>
          {problem?.kind === 'invalid' && problems.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              <Text block>{formatText(problems.length === 1 ? strings.TrainingModulesProblemsOne : strings.TrainingModulesProblemsMany, problems.length)}</Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={p.path}>
                    <Link onClick={() => focusField(fieldId(idPrefix, p.path))}>{`${problemPlace(p.path)}: ${message(p) ?? ''}`}</Link>
                  </li>
                ))}
              </ul>
            </MessageBar>
          ) : null}
          {problem?.kind === 'conflict' ? (
            <MessageBar
              messageBarType={MessageBarType.severeWarning}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.TrainingModulesReloadLatest} disabled={busy} onClick={run(reload)} />
                </div>
              }
            >
              {problem.changedBy ? formatText(strings.TrainingModulesConflictBy, problem.changedBy) : strings.TrainingModulesConflict}
            </MessageBar>
          ) : null}
          {problem?.kind === 'reloaded' ? <MessageBar messageBarType={MessageBarType.info}>{strings.TrainingModulesReloaded}</MessageBar> : null}
          {problem?.kind === 'failed' ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {problem.message}
            </MessageBar>
          ) : null}
          {reloading ? <Spinner size={SpinnerSize.small} label={strings.TrainingModulesReloading} ariaLive="polite" labelPosition="right" /> : null}
        </div>

        <Section id={sectionId('about')} title={strings.TrainingModulesSectionAbout}>
          <TextField
            id={fieldId(idPrefix, 'title')}
            label={strings.TrainingModulesFieldTitle}
            required
            disabled={busy}
            value={draft.title}
            errorMessage={at('title')}
            onChange={(_e, v) => set('title', v ?? '')}
          />
          <TextField
            id={fieldId(idPrefix, 'key')}
            label={strings.TrainingModulesFieldKey}
            required={creating}
            readOnly={!creating}
            disabled={busy}
            description={creating ? strings.TrainingModulesKeyHelp : strings.TrainingModulesKeyFixed}
            value={draft.key}
            errorMessage={at('key')}
            autoComplete="off"
            spellCheck={false}
            onChange={(_e, v) => set('key', v ?? '')}
          />
          <TextField
            id={fieldId(idPrefix, 'description')}
            label={strings.TrainingModulesFieldDescription}
            multiline
            autoAdjustHeight
            rows={3}
            disabled={busy}
            value={draft.description}
            onChange={(_e, v) => set('description', v ?? '')}
          />
          <TextField
            id={fieldId(idPrefix, 'contentUrl')}
            label={strings.TrainingModulesFieldContentUrl}
            type="url"
            inputMode="url"
            disabled={busy}
            description={strings.TrainingModulesContentUrlHelp}
            value={draft.contentUrl}
            errorMessage={at('contentUrl')}
            onChange={(_e, v) => set('contentUrl', v ?? '')}
          />
          {numberField('durationMinutes', strings.TrainingModulesFieldDuration)}
          <Toggle
            id={fieldId(idPrefix, 'mandatory')}
            label={strings.TrainingModulesFieldMandatory}
            onText={strings.TrainingModulesYes}
            offText={strings.TrainingModulesNo}
            disabled={busy}
            checked={draft.mandatory}
            onChange={(_e, v) => set('mandatory', !!v)}
          />
          {numberField('sortOrder', strings.TrainingModulesFieldSortOrder, { description: strings.TrainingModulesSortOrderHelp })}
        </Section>

        <Section id={sectionId('audience')} title={strings.TrainingModulesSectionAudience} description={strings.TrainingModulesAudienceHelp}>
          <CheckGroup id={fieldId(idPrefix, 'forces')} legend={strings.TrainingModulesFieldForces} error={at('forces')}>
            {forceChoices.map((force) => (
              <Checkbox
                key={force}
                label={force}
                disabled={busy}
                checked={draft.forces.some((f) => f.toLowerCase() === force.toLowerCase())}
                onChange={(_e, on) => set('forces', on ? [...draft.forces, force] : draft.forces.filter((f) => f.toLowerCase() !== force.toLowerCase()))}
              />
            ))}
          </CheckGroup>
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
              <TextField
                id={fieldId(idPrefix, 'newForce')}
                label={strings.TrainingModulesOtherForce}
                disabled={busy}
                value={newForce}
                onChange={(_e, v) => setNewForce(v ?? '')}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addForce();
                  }
                }}
              />
            </Stack.Item>
            <DefaultButton text={strings.TrainingModulesAddForce} disabled={busy || newForce.trim() === ''} onClick={addForce} />
          </Stack>
          <CheckGroup id={fieldId(idPrefix, 'workerTypes')} legend={strings.TrainingModulesFieldWorkerTypes}>
            {WORKER_TYPES.map((type) => (
              <Checkbox
                key={type}
                label={workerTypeLabel(type)}
                disabled={busy}
                checked={draft.workerTypes.indexOf(type) >= 0}
                onChange={(_e, on) => set('workerTypes', toggleIn<WorkerType>(draft.workerTypes, type, !!on))}
              />
            ))}
          </CheckGroup>
          {(
            [
              ['departments', strings.TrainingModulesFieldDepartments],
              ['grades', strings.TrainingModulesFieldGrades],
              ['jobTitles', strings.TrainingModulesFieldRoles]
            ] as const
          ).map(([key, label]) => (
            <TextField
              key={key}
              id={fieldId(idPrefix, key)}
              label={label}
              description={strings.TrainingModulesOnePerLine}
              multiline
              autoAdjustHeight
              rows={3}
              disabled={busy}
              value={draft[key]}
              onChange={(_e, v) => set(key, v ?? '')}
            />
          ))}
        </Section>

        <Section id={sectionId('due')} title={strings.TrainingModulesSectionDue}>
          <DayField
            id={fieldId(idPrefix, 'assignedOn')}
            label={strings.TrainingModulesFieldAssignedOn}
            required
            disabled={busy}
            locale={locale}
            value={draft.assignedOn}
            description={formatText(strings.TrainingModulesDateHelp, exampleDay)}
            errorMessage={at('assignedOn')}
            onChange={(v) => set('assignedOn', v)}
          />
          {numberField('dueWithinDays', strings.TrainingModulesFieldDueWithinDays, { required: true })}
          {numberField('refreshMonths', strings.TrainingModulesFieldRefreshMonths, { description: strings.TrainingModulesRefreshHelp })}
        </Section>

        <Section id={sectionId('policy')} title={strings.TrainingModulesSectionPolicy}>
          <Toggle
            id={fieldId(idPrefix, 'policy')}
            label={strings.TrainingModulesFieldPolicy}
            onText={strings.TrainingModulesYes}
            offText={strings.TrainingModulesNo}
            disabled={busy || !creating}
            checked={draft.policy}
            onChange={(_e, v) => set('policy', !!v)}
          />
          <Text variant="small" block>
            {creating
              ? strings.TrainingModulesPolicyHelpNew
              : policy
                ? formatText(strings.TrainingModulesPolicyHelpExisting, policy.version, formatDay(policy.publishedOn, locale))
                : strings.TrainingModulesPolicyHelpNone}
          </Text>
        </Section>

        <Section id={sectionId('check')} title={strings.TrainingModulesSectionCheck}>
          <Toggle
            id={fieldId(idPrefix, 'knowledgeCheck')}
            label={strings.TrainingModulesFieldCheck}
            onText={strings.TrainingModulesYes}
            offText={strings.TrainingModulesNo}
            disabled={busy}
            checked={draft.knowledgeCheck}
            onChange={(_e, v) => set('knowledgeCheck', !!v)}
          />
          {draft.knowledgeCheck ? (
            <>
              {numberField('passMark', strings.TrainingModulesFieldPassMark, { required: true })}
              {numberField('maxAttempts', strings.TrainingModulesFieldMaxAttempts, { description: strings.TrainingModulesAttemptsHelp })}
              <Text as="h5" variant="medium" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
                {strings.TrainingModulesQuestionsHeading}
              </Text>
              <QuestionEditor
                idPrefix={idPrefix}
                questions={draft.questions}
                onChange={(questions) => set('questions', questions)}
                problems={shown}
                message={message}
                disabled={busy}
              />
            </>
          ) : null}
        </Section>
      </Stack>

      {confirmDiscard ? (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirmDiscard(false)}
          dialogContentProps={{ type: DialogType.normal, title: strings.TrainingModulesDiscardTitle, subText: strings.TrainingModulesDiscardText }}
          modalProps={{ isBlocking: true }}
          minWidth={280}
          maxWidth={480}
        >
          <DialogFooter>
            <PrimaryButton text={strings.TrainingModulesKeepEditing} onClick={() => setConfirmDiscard(false)} />
            <DefaultButton text={strings.TrainingModulesDiscard} onClick={props.onDismiss} />
          </DialogFooter>
        </Dialog>
      ) : null}
    </Panel>
  );
}
