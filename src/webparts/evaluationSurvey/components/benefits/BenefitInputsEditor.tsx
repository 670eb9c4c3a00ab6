import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ConflictError } from '../../../../data/errors';
import type { IBenefitInputs, IStoredBenefitInputs } from '../../../../data/SurveyRepository';
import { UK_POLICING_EXAMPLE_ASSUMPTIONS } from '../../../../domain/benefits/assumptions';
import type { IGroupKey, WorkerType } from '../../../../domain/benefits/types';
import { WORKER_TYPES } from '../../../../lists/people';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import { assumptionLabel, fieldProblemText, poundSymbol, workerTypeText } from './benefitsText';
import {
  addRespondentGroups,
  emptyForm,
  formFromAssumptions,
  formFromInputs,
  formToInputs,
  newRowId,
  NUMERIC_ASSUMPTIONS,
  type ICostRow,
  type IFieldProblem,
  type IGroupRow,
  type IInputsForm,
  type IPurchaseRow,
  type NumericAssumption
} from './inputsForm';
import type { BenefitsRepository } from './BenefitsView';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IBenefitInputsEditorProps {
  surveyKey: string;
  /** The saved inputs (with their etag), or undefined when none are saved yet. */
  stored: IStoredBenefitInputs | undefined;
  repository: () => Promise<BenefitsRepository>;
  /** The groups among the chosen wave's respondents, for "fill groups"; undefined when they cannot be read. */
  respondentGroups: { waveLabel: string; groups: readonly IGroupKey[] } | undefined;
  idPrefix: string;
  /** The host's locale, for the pound sign's form in money fields. */
  locale: string;
  onStoredChange: (stored: IStoredBenefitInputs) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; busy: boolean; message?: string; changed?: string[] }
  | { kind: 'loadedTheirs' };

const HELP: Record<NumericAssumption, () => string> = {
  workingDaysPerWeek: () => strings.SurveyBenefitsDaysPerWeekHelp,
  workingDaysPerYear: () => strings.SurveyBenefitsDaysPerYearHelp,
  hoursPerWorkingDay: () => strings.SurveyBenefitsHoursPerDayHelp,
  sensitivityPercent: () => strings.SurveyBenefitsSensitivityHelp
};

function fieldDomId(idPrefix: string, field: string): string {
  return `${idPrefix}-in-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Moves focus to a field's control (a text box, or the button a dropdown opens from). */
function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches('input, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, button, [tabindex]');
  (target ?? el).focus();
}

function Section(props: { id: string; title: string; help?: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-labelledby={props.id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h5" id={props.id} variant="medium" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {props.title}
        </Text>
        {props.help ? <Text block variant="small">{props.help}</Text> : null}
        {props.children}
      </Stack>
    </section>
  );
}

/** Which of the inputs (assumptions, hourly costs, licence purchases, licensed users) differ between two saves, by their headings. */
export function changedInputs(before: IBenefitInputs | undefined, after: IBenefitInputs | undefined): string[] {
  const parts: Array<[string, (i: IBenefitInputs | undefined) => unknown]> = [
    [strings.SurveyBenefitsAssumptionsTitle, (i) => i?.assumptions],
    [strings.SurveyBenefitsCostsTitle, (i) => i?.costs],
    [strings.SurveyBenefitsPurchasesTitle, (i) => i?.licences.purchases],
    [strings.SurveyBenefitsGroupsTitle, (i) => i?.licences.groups]
  ];
  return parts.filter(([, of]) => JSON.stringify(of(before)) !== JSON.stringify(of(after))).map(([name]) => name);
}

/**
 * The lead's inputs: stated assumptions, hourly costs, licence purchases and licensed users. Everything
 * typed stays on the page until it is saved (or the lead chooses to load another lead's save); problems
 * are shown on the fields with specific messages, and focus moves to the first.
 */
export function BenefitInputsEditor(props: IBenefitInputsEditorProps): React.ReactElement {
  const theme = useTheme();
  const { idPrefix, stored } = props;
  const [form, setForm] = React.useState<IInputsForm>(() => (stored?.inputs ? formFromInputs(stored.inputs) : emptyForm()));
  const [problems, setProblems] = React.useState<IFieldProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [dirty, setDirty] = React.useState(false);
  useLeaveWarning(dirty);
  const [note, setNote] = React.useState('');
  const [focusRequest, setFocusRequest] = React.useState<string | undefined>(undefined);
  const nothingSaved = stored === undefined || stored.inputs === undefined;

  React.useEffect(() => {
    if (focusRequest !== undefined) {
      focusField(fieldDomId(idPrefix, focusRequest));
      setFocusRequest(undefined);
    }
  }, [focusRequest, idPrefix]);

  const problemAt = (field: string): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p ? fieldProblemText(p) : undefined;
  };

  const change = (next: IInputsForm, clear?: string): void => {
    setForm(next);
    setDirty(true);
    if (clear !== undefined) setProblems((ps) => ps.filter((p) => p.field !== clear));
    if (status.kind === 'saved' || status.kind === 'loadedTheirs') setStatus({ kind: 'idle' });
  };

  const save = async (base: IStoredBenefitInputs | undefined): Promise<void> => {
    const { inputs, problems: found } = formToInputs(form);
    setProblems(found);
    if (!inputs) {
      setStatus({ kind: 'invalid', count: found.length });
      setFocusRequest(found[0].field);
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const repository = await props.repository();
      const saved = await repository.saveBenefitInputs(props.surveyKey, inputs, base);
      setDirty(false);
      setNote('');
      setStatus({ kind: 'saved' });
      props.onStoredChange(saved);
    } catch (error) {
      if (!(error instanceof ConflictError)) {
        setStatus({ kind: 'failed', message: errorMessage(error) });
        return;
      }
      setStatus({ kind: 'conflict', busy: false });
      // Say what the other lead changed before the choice: which of the three sets of inputs differ.
      props
        .repository()
        .then((r) => r.benefitInputs(props.surveyKey))
        .then(
          (latest) => setStatus((s) => (s.kind === 'conflict' && !s.busy ? { ...s, changed: changedInputs(base?.inputs, latest?.inputs) } : s)),
          () => undefined
        );
    }
  };

  /** After a conflict: read the other lead's save, then either show it or save over it. */
  const resolve = async (how: 'load' | 'overwrite'): Promise<void> => {
    setStatus({ kind: 'conflict', busy: true });
    let latest: IStoredBenefitInputs | undefined;
    try {
      latest = await (await props.repository()).benefitInputs(props.surveyKey);
    } catch (error) {
      setStatus({ kind: 'conflict', busy: false, message: errorMessage(error) });
      return;
    }
    if (how === 'overwrite') {
      await save(latest);
      return;
    }
    if (latest?.inputs) {
      setForm(formFromInputs(latest.inputs));
      setProblems([]);
      setDirty(false);
    }
    if (latest) props.onStoredChange(latest);
    setStatus({ kind: 'loadedTheirs' });
  };

  const useExample = (): void => {
    change(formFromAssumptions(form, UK_POLICING_EXAMPLE_ASSUMPTIONS));
    setProblems((ps) => ps.filter((p) => p.field !== 'label' && NUMERIC_ASSUMPTIONS.indexOf(p.field as NumericAssumption) < 0));
    setNote(strings.SurveyBenefitsExampleFilled);
  };

  const fillGroups = (): void => {
    if (!props.respondentGroups) return;
    const { form: next, added } = addRespondentGroups(form, props.respondentGroups.groups);
    if (added > 0) change(next);
    setNote(formatText(added > 0 ? strings.SurveyBenefitsFilledGroups : strings.SurveyBenefitsNothingToFill, added, props.respondentGroups.waveLabel));
  };

  const text = (field: string, label: string, value: string, onValue: (v: string) => IInputsForm, extra: Partial<React.ComponentProps<typeof TextField>> = {}): React.ReactElement => (
    <TextField
      key={field}
      id={fieldDomId(idPrefix, field)}
      label={label}
      value={value}
      onChange={(_e, v) => change(onValue(v ?? ''), field)}
      errorMessage={problemAt(field)}
      {...extra}
    />
  );

  const typeOptions = (withAny: boolean): IDropdownOption[] => [
    ...(withAny ? [{ key: 'any', text: strings.SurveyBenefitsWorkerAny }] : []),
    ...WORKER_TYPES.map((w) => ({ key: w, text: workerTypeText(w) }))
  ];

  const updateRow = <K extends 'costs' | 'purchases' | 'groups'>(list: K, id: string, patch: Partial<IInputsForm[K][number]>): IInputsForm => ({
    ...form,
    [list]: (form[list] as Array<IInputsForm[K][number]>).map((r) => (r.id === id ? { ...r, ...patch } : r))
  });
  const removeRow = (list: 'costs' | 'purchases' | 'groups', id: string): void => {
    change({ ...form, [list]: (form[list] as Array<{ id: string }>).filter((r) => r.id !== id) });
    setProblems((ps) => ps.filter((p) => p.field.indexOf(`${list}.${id}.`) !== 0));
  };
  const rowStyles = { root: { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 8, margin: 0, minWidth: 0 } };
  const fieldWidth = { root: { width: 170 } };

  const costRow = (row: ICostRow, i: number): React.ReactElement => {
    const name = formatText(strings.SurveyBenefitsCostRow, i + 1);
    const at = (f: string): string => `costs.${row.id}.${f}`;
    return (
      <fieldset key={row.id} style={rowStyles.root}>
        <legend>{name}</legend>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          {text(at('force'), strings.SurveyBenefitsForce, row.force, (v) => updateRow('costs', row.id, { force: v }), { styles: fieldWidth })}
          <Dropdown
            id={fieldDomId(idPrefix, at('workerType'))}
            label={strings.SurveyBenefitsWorkerType}
            options={typeOptions(true)}
            selectedKey={row.workerType === '' ? 'any' : row.workerType}
            onChange={(_e, o) => o && change(updateRow('costs', row.id, { workerType: o.key === 'any' ? '' : (o.key as WorkerType) }), at('grade'))}
            styles={fieldWidth}
          />
          {text(at('grade'), strings.SurveyBenefitsGrade, row.grade, (v) => updateRow('costs', row.id, { grade: v }), {
            styles: fieldWidth,
            description: strings.SurveyBenefitsGradeEmptyHelp
          })}
          {text(at('pounds'), strings.SurveyBenefitsHourlyPounds, row.pounds, (v) => updateRow('costs', row.id, { pounds: v }), { prefix: poundSymbol(props.locale), inputMode: 'decimal', styles: fieldWidth })}
          <IconButton iconProps={{ iconName: 'Delete' }} title={formatText(strings.SurveyBenefitsRemoveRow, name)} ariaLabel={formatText(strings.SurveyBenefitsRemoveRow, name)} onClick={() => removeRow('costs', row.id)} />
        </Stack>
      </fieldset>
    );
  };

  const purchaseRow = (row: IPurchaseRow, i: number): React.ReactElement => {
    const name = formatText(strings.SurveyBenefitsPurchaseRow, i + 1);
    const at = (f: string): string => `purchases.${row.id}.${f}`;
    return (
      <fieldset key={row.id} style={rowStyles.root}>
        <legend>{name}</legend>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          {text(at('force'), strings.SurveyBenefitsForce, row.force, (v) => updateRow('purchases', row.id, { force: v }), { styles: fieldWidth })}
          {text(at('licences'), strings.SurveyBenefitsLicences, row.licences, (v) => updateRow('purchases', row.id, { licences: v }), { inputMode: 'numeric', styles: fieldWidth })}
          {text(at('pounds'), strings.SurveyBenefitsAnnualPounds, row.pounds, (v) => updateRow('purchases', row.id, { pounds: v }), { prefix: poundSymbol(props.locale), inputMode: 'decimal', styles: fieldWidth })}
          <IconButton iconProps={{ iconName: 'Delete' }} title={formatText(strings.SurveyBenefitsRemoveRow, name)} ariaLabel={formatText(strings.SurveyBenefitsRemoveRow, name)} onClick={() => removeRow('purchases', row.id)} />
        </Stack>
      </fieldset>
    );
  };

  const groupRow = (row: IGroupRow, i: number): React.ReactElement => {
    const name = formatText(strings.SurveyBenefitsGroupRow, i + 1);
    const at = (f: string): string => `groups.${row.id}.${f}`;
    return (
      <fieldset key={row.id} style={rowStyles.root}>
        <legend>{name}</legend>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          {text(at('force'), strings.SurveyBenefitsForce, row.force, (v) => updateRow('groups', row.id, { force: v }), { styles: fieldWidth })}
          <Dropdown
            id={fieldDomId(idPrefix, at('workerType'))}
            label={strings.SurveyBenefitsWorkerType}
            placeholder={strings.SurveyBenefitsChoose}
            options={typeOptions(false)}
            selectedKey={row.workerType === '' ? null : row.workerType}
            onChange={(_e, o) => o && change(updateRow('groups', row.id, { workerType: o.key as WorkerType }), at('workerType'))}
            errorMessage={problemAt(at('workerType'))}
            styles={fieldWidth}
          />
          {text(at('grade'), strings.SurveyBenefitsGrade, row.grade, (v) => updateRow('groups', row.id, { grade: v }), { styles: fieldWidth })}
          {text(at('users'), strings.SurveyBenefitsUsers, row.users, (v) => updateRow('groups', row.id, { users: v }), { inputMode: 'numeric', styles: fieldWidth })}
          <IconButton iconProps={{ iconName: 'Delete' }} title={formatText(strings.SurveyBenefitsRemoveRow, name)} ariaLabel={formatText(strings.SurveyBenefitsRemoveRow, name)} onClick={() => removeRow('groups', row.id)} />
        </Stack>
      </fieldset>
    );
  };

  const busy = status.kind === 'saving' || (status.kind === 'conflict' && status.busy);
  const none = <Text block variant="small">{strings.SurveyBenefitsNoRows}</Text>;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text block>{strings.SurveyBenefitsInputsIntro}</Text>
      {stored?.problem === 'unreadableInputs' ? <MessageBar messageBarType={MessageBarType.warning}>{strings.SurveyBenefitsUnreadableInputs}</MessageBar> : null}
      {nothingSaved && stored?.problem === undefined ? (
        <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton text={strings.SurveyBenefitsUseExample} onClick={useExample} />}>
          {strings.SurveyBenefitsNoInputs}
        </MessageBar>
      ) : null}
      {nothingSaved && stored?.problem !== undefined ? <DefaultButton text={strings.SurveyBenefitsUseExample} onClick={useExample} styles={{ root: { alignSelf: 'flex-start' } }} /> : null}

      <Section id={`${idPrefix}-in-assumptions`} title={strings.SurveyBenefitsAssumptionsTitle}>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          {text('label', assumptionLabel('label'), form.label, (v) => ({ ...form, label: v }), { styles: { root: { width: 360, maxWidth: '100%' } } })}
          {NUMERIC_ASSUMPTIONS.map((key) =>
            text(key, assumptionLabel(key), form[key], (v) => ({ ...form, [key]: v }), { description: HELP[key](), inputMode: 'decimal', styles: { root: { width: 200 } } })
          )}
        </Stack>
      </Section>

      <Section id={`${idPrefix}-in-costs`} title={strings.SurveyBenefitsCostsTitle} help={strings.SurveyBenefitsCostsHelp}>
        {form.costs.length ? form.costs.map(costRow) : none}
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.SurveyBenefitsAddCost}
          onClick={() => change({ ...form, costs: [...form.costs, { id: newRowId('c'), force: '', workerType: '', grade: '', pounds: '' }] })}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      </Section>

      <Section id={`${idPrefix}-in-purchases`} title={strings.SurveyBenefitsPurchasesTitle} help={strings.SurveyBenefitsPurchasesHelp}>
        {form.purchases.length ? form.purchases.map(purchaseRow) : none}
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.SurveyBenefitsAddPurchase}
          onClick={() => change({ ...form, purchases: [...form.purchases, { id: newRowId('p'), force: '', licences: '', pounds: '' }] })}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      </Section>

      <Section id={`${idPrefix}-in-groups`} title={strings.SurveyBenefitsGroupsTitle} help={strings.SurveyBenefitsGroupsHelp}>
        {form.groups.length ? form.groups.map(groupRow) : none}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton
            iconProps={{ iconName: 'Add' }}
            text={strings.SurveyBenefitsAddGroup}
            onClick={() => change({ ...form, groups: [...form.groups, { id: newRowId('g'), force: '', workerType: '', grade: '', users: '' }] })}
          />
          {props.respondentGroups ? <DefaultButton iconProps={{ iconName: 'People' }} text={strings.SurveyBenefitsFillGroups} onClick={fillGroups} /> : null}
        </Stack>
      </Section>

      <div role="status" aria-live="polite">
        {note ? <Text block>{note}</Text> : null}
        {status.kind === 'saved' ? <MessageBar messageBarType={MessageBarType.success}>{strings.SurveyBenefitsSaved}</MessageBar> : null}
        {status.kind === 'loadedTheirs' ? <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyBenefitsLoadedTheirs}</MessageBar> : null}
        {status.kind === 'invalid' ? <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.SurveyBenefitsFixFields, status.count)}</MessageBar> : null}
        {dirty && status.kind !== 'saving' ? <Text block variant="small">{strings.SurveyBenefitsUnsaved}</Text> : null}
      </div>
      {status.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {formatText(strings.SurveyBenefitsSaveFailed, status.message)}
        </MessageBar>
      ) : null}
      {status.kind === 'conflict' ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          role="alert"
          isMultiline
          actions={
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.SurveyBenefitsLoadTheirs} onClick={() => resolve('load').catch(() => undefined)} disabled={status.busy} />
              <DefaultButton text={strings.SurveyBenefitsSaveMine} onClick={() => resolve('overwrite').catch(() => undefined)} disabled={status.busy} />
            </Stack>
          }
        >
          {strings.SurveyBenefitsConflict}
          {status.message ? ` ${status.message}` : ''}
          {status.changed !== undefined ? (
            <span data-their-change>{` ${status.changed.length > 0 ? formatText(strings.SurveyBenefitsConflictChanged, status.changed.join('; ')) : strings.SurveyBenefitsConflictSame}`}</span>
          ) : null}
        </MessageBar>
      ) : null}
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={status.kind === 'saving' ? strings.SurveyBenefitsSaving : strings.SurveyBenefitsSave} onClick={() => save(stored).catch(() => undefined)} disabled={busy} />
        {busy ? <Spinner size={SpinnerSize.small} /> : null}
      </Stack>
    </Stack>
  );
}
