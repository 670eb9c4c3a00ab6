import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../../data/errors';
import { changedContent, MAX_PROMPTS, type IContentProblem } from '../../../../domain/catalogue/entry';
import type { HandlingLabel, ICatalogueEntry, IEntryContent, TaskKey } from '../../../../domain/catalogue/types';
import { CATALOGUE_DEPARTMENTS, CATALOGUE_PRODUCTS, CATALOGUE_ROLES, HANDLING_LABELS, MEASURED_TASKS } from '../../../../lists/catalogue';
import { KNOWN_FORCES } from '../../../../lists/people';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatInstant, formatText } from '../../../../ui/format/text';
import { fieldName, handlingMeaning, handlingName, listText, problemMessage, sensitiveKindName, stateName, taskName } from '../browse/catalogueText';
import { contentFromDraft, draftFromContent, draftProblems, sameDraft, sensitiveFields, type IDraftOrigin, type IEntryDraft } from './entryDraft';
import { howToToText } from './howToText';
import { MultiValueField } from './MultiValueField';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

/** A problem with a field outside the entry's content (a review's comment or day), for the summary. */
export interface IExtraProblem {
  /** The DOM id of the field, to move focus to. */
  id: string;
  message: string;
}

export interface IFormAction {
  key: string;
  text: string;
  primary?: boolean;
  /** What the content is checked as: a draft (only the title required), a submission, or not at all (a rejection). */
  check: 'draft' | 'submission' | 'none';
  /** Checks of the action's own fields; a non-empty answer stops the action. */
  extraProblems?: () => IExtraProblem[];
  /**
   * Does the write. `base` is the entry as last read (its etag), `changed` whether the content differs
   * from it. Returns what happened, for the status line (the caller usually moves on instead).
   */
  run: (content: IEntryContent, base: ICatalogueEntry | undefined, changed: boolean) => Promise<string | void>;
}

export interface IEntryFormProps {
  idPrefix: string;
  heading: string;
  /** The heading's level (the form sits in a tab, h3, or a panel, h2). */
  headingAs?: 'h2' | 'h3';
  initialDraft: IEntryDraft;
  /** The stored how-to the draft's text came from (kept when the text is not edited). */
  origin?: IDraftOrigin;
  /** The stored entry (its etag is sent with the write). */
  base?: ICatalogueEntry;
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  locale: string;
  intro?: React.ReactNode;
  /** The action's own fields (a review's day and comment), shown above the buttons. */
  extra?: React.ReactNode;
  actions: readonly IFormAction[];
  onCancel?: () => void;
  cancelText?: string;
  /** Reads the entry again after a conflict (undefined: it is gone or hidden now). */
  reload?: (id: number) => Promise<ICatalogueEntry | undefined>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving'; action: string }
  | { kind: 'failed'; action: string; message: string }
  | { kind: 'conflict'; action: string; busy: boolean; message?: string; theirs?: ICatalogueEntry }
  | { kind: 'reloaded' }
  | { kind: 'done'; message: string };

type FieldKey = keyof IEntryContent;

/** The draft's key for a content field. */
function draftKeyOf(field: FieldKey): keyof IEntryDraft {
  if (field === 'howToHtml') return 'howToText';
  if (field === 'estimatedMinutesPerUse') return 'minutesText';
  return field;
}

/** The DOM id of a content field. */
export function entryFieldId(idPrefix: string, field: FieldKey): string {
  return `${idPrefix}-field-${field}`;
}

/** Moves focus to a field by id: the element itself when it takes focus, else its checked or first input (a radio group). */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (el === null) return;
  const focusable = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input:checked:not([disabled]), input:not([disabled]), textarea, [tabindex="0"]');
  (focusable ?? el).focus();
}

function problemsFromError(error: ValidationError): IContentProblem[] {
  const out: IContentProblem[] = [];
  for (const p of error.problems) {
    const m = /^catalogue\.problem\.(\w+)$/.exec(p.key);
    if (m !== null && p.field !== undefined) out.push({ field: p.field as FieldKey, code: m[1] as IContentProblem['code'] });
  }
  return out;
}

function lifecycleMessage(error: ValidationError): string | undefined {
  const found = error.problems.map((p) => /^catalogue\.lifecycle\.(\w+)$/.exec(p.key)).filter((m): m is RegExpExecArray => m !== null)[0];
  if (found === undefined) return undefined;
  switch (found[1]) {
    case 'championsOnly':
      return strings.CatalogueFormChampionsOnly;
    case 'notTheAuthor':
      return strings.CatalogueFormNotTheAuthor;
    case 'commentRequired':
      return strings.CatalogueReviewCommentRequired;
    case 'reasonRequired':
      return strings.CatalogueRetireReasonRequired;
    case 'reviewByNotInFuture':
      return strings.CatalogueReviewByNotInFuture;
    default:
      return strings.CatalogueFormWrongState;
  }
}

/** The message for a failed write (not a conflict): permission, throttling, connection, lifecycle. */
export function writeFailure(error: unknown): string {
  if (error instanceof ForbiddenError && !error.digestRejected) return strings.CatalogueFormForbidden;
  if (error instanceof NotFoundError) return strings.CatalogueFormGone;
  if (error instanceof ValidationError) {
    const lifecycle = lifecycleMessage(error);
    if (lifecycle !== undefined) return lifecycle;
  }
  return errorMessage(error);
}

/**
 * The entry form (submit, edit, review): every field of an entry, plain text except the how-to. Problems
 * are named at their fields and in a summary that takes focus; a hint warns when text looks like personal
 * or operational data; nothing typed is lost to a failure, and a conflict offers the other version or
 * saving over it, never silently either.
 */
/** Who saved the entry while this person edited it, when, and what they changed (content and state). */
function TheirChange(props: { base: ICatalogueEntry; theirs: ICatalogueEntry; locale: string }): React.ReactElement {
  const { base, theirs } = props;
  const who = theirs.editor !== null && theirs.editor.title !== '' ? theirs.editor.title : strings.CatalogueSomeone;
  const fields = changedContent(base, theirs).map(fieldName);
  return (
    <Text block data-their-change>
      {formatText(strings.CatalogueFormConflictWho, who, formatInstant(theirs.modifiedAt, props.locale))}{' '}
      {fields.length > 0 ? formatText(strings.CatalogueFormConflictChanged, listText(fields, props.locale)) : strings.CatalogueFormConflictNoContent}
      {theirs.state !== base.state ? ` ${formatText(strings.CatalogueFormConflictState, stateName(theirs.state))}` : ''}
    </Text>
  );
}

export function EntryForm(props: IEntryFormProps): React.ReactElement {
  const { idPrefix, locale } = props;
  const theme = useTheme();
  const [draft, setDraft] = React.useState<IEntryDraft>(props.initialDraft);
  const [saved, setSaved] = React.useState<IEntryDraft>(props.initialDraft);
  const [origin, setOrigin] = React.useState<IDraftOrigin | undefined>(props.origin);
  const [base, setBase] = React.useState<ICatalogueEntry | undefined>(props.base);
  const [problems, setProblems] = React.useState<IContentProblem[]>([]);
  const [extraProblems, setExtraProblems] = React.useState<IExtraProblem[]>([]);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const busy = status.kind === 'saving' || (status.kind === 'conflict' && status.busy);
  const summaryId = `${idPrefix}-summary`;
  const statusId = `${idPrefix}-status`;
  const fieldId = (f: FieldKey): string => entryFieldId(idPrefix, f);
  const promptId = (i: number): string => (i === 0 ? fieldId('prompts') : `${fieldId('prompts')}-${i}`);

  React.useEffect(() => {
    if (focusId === undefined || busy) return;
    focusField(focusId);
    setFocusId(undefined);
  }, [focusId, busy]);

  const content = React.useMemo(() => contentFromDraft(draft, origin), [draft, origin]);
  const sensitive = React.useMemo(() => sensitiveFields(draft), [draft]);
  const dirty = !sameDraft(draft, saved);
  useLeaveWarning(dirty);

  const change = (patch: Partial<IEntryDraft>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (problems.length > 0) {
      // A fixed field's message goes as soon as it is fixed; the others stay until the next attempt.
      const fields = Object.keys(patch);
      setProblems((ps) => ps.filter((p) => fields.indexOf(draftKeyOf(p.field)) < 0));
    }
    if (status.kind === 'done' || status.kind === 'reloaded') setStatus({ kind: 'idle' });
  };

  const messageOf = (p: IContentProblem): string => (p.field === 'handling' && p.code === 'notAnOption' ? strings.CatalogueProblemHandlingRequired : problemMessage(p));

  const messageAt = (field: FieldKey): string | undefined => {
    const p = problems.filter((x) => x.field === field)[0];
    return p !== undefined ? messageOf(p) : undefined;
  };

  const perform = async (action: IFormAction, against: ICatalogueEntry | undefined): Promise<void> => {
    const found = action.check === 'none' ? [] : draftProblems(content, action.check === 'draft');
    const extra = action.extraProblems !== undefined ? action.extraProblems() : [];
    setProblems(found);
    setExtraProblems(extra);
    if (found.length > 0 || extra.length > 0) {
      setStatus({ kind: 'invalid' });
      setFocusId(summaryId);
      return;
    }
    setStatus({ kind: 'saving', action: action.key });
    try {
      const changed = against === undefined || dirty || origin === undefined;
      const note = await action.run(content, against, changed);
      if (!mounted.current) return;
      setSaved(draft);
      if (note !== undefined && note !== '') {
        setStatus({ kind: 'done', message: note });
        setFocusId(statusId);
      } else setStatus({ kind: 'idle' });
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError) {
        setStatus({ kind: 'conflict', action: action.key, busy: false });
        setFocusId(statusId);
        // Read what the other person saved, to say who, when and what they changed before the choice.
        if (against !== undefined && props.reload !== undefined) {
          props.reload(against.id).then(
            (theirs) => mounted.current && theirs !== undefined && setStatus((s) => (s.kind === 'conflict' && !s.busy ? { ...s, theirs } : s)),
            () => undefined
          );
        }
      } else if (error instanceof ValidationError && problemsFromError(error).length > 0) {
        setProblems(problemsFromError(error));
        setStatus({ kind: 'invalid' });
        setFocusId(summaryId);
      } else {
        setStatus({ kind: 'failed', action: action.key, message: writeFailure(error) });
        setFocusId(statusId);
      }
    }
  };

  const run = (action: IFormAction, against: ICatalogueEntry | undefined = base): void => {
    perform(action, against).catch(() => undefined);
  };

  /** After a conflict: read the entry as it is now, then show it, or save this form over it. */
  const resolve = async (how: 'theirs' | 'mine'): Promise<void> => {
    if (status.kind !== 'conflict' || base === undefined || props.reload === undefined) return;
    const actionKey = status.action;
    setStatus({ kind: 'conflict', action: actionKey, busy: true });
    let latest: ICatalogueEntry | undefined;
    try {
      latest = await props.reload(base.id);
    } catch (error) {
      if (mounted.current) setStatus({ kind: 'conflict', action: actionKey, busy: false, message: errorMessage(error) });
      return;
    }
    if (!mounted.current) return;
    if (latest === undefined) {
      setStatus({ kind: 'failed', action: actionKey, message: strings.CatalogueFormGone });
      setFocusId(statusId);
      return;
    }
    setBase(latest);
    if (how === 'mine') {
      const action = props.actions.filter((a) => a.key === actionKey)[0];
      if (action !== undefined) await perform(action, latest);
      return;
    }
    const text = howToToText(latest.howToHtml);
    const theirs = draftFromContent(latest, text);
    setOrigin({ howToHtml: latest.howToHtml, howToText: text });
    setDraft(theirs);
    setSaved(theirs);
    setProblems([]);
    setStatus({ kind: 'reloaded' });
    setFocusId(statusId);
  };

  const goTo = (id: string): void => setFocusId(id);

  // ----- options

  const forceOptions: IDropdownOption[] = [...KNOWN_FORCES, ...(draft.force !== '' && (KNOWN_FORCES as readonly string[]).indexOf(draft.force) < 0 ? [draft.force] : [])].map((f) => ({ key: f, text: f }));
  const moduleOptions: IDropdownOption[] | undefined =
    props.modules !== undefined
      ? [
          { key: '', text: strings.CatalogueFormNone },
          ...props.modules.filter((m) => m.active || m.key === draft.trainingModuleKey).map((m) => ({ key: m.key, text: m.title })),
          ...(draft.trainingModuleKey !== '' && props.modules.every((m) => m.key !== draft.trainingModuleKey) ? [{ key: draft.trainingModuleKey, text: draft.trainingModuleKey }] : [])
        ]
      : undefined;
  const taskOptions: IDropdownOption[] = [{ key: '', text: strings.CatalogueFormNone }, ...MEASURED_TASKS.map((t) => ({ key: t, text: taskName(t) }))];
  const handlingOptions: IChoiceGroupOption[] = HANDLING_LABELS.map((l) => ({
    key: l,
    text: handlingName(l),
    // The meaning is read with the option, not only seen under it.
    'aria-describedby': `${fieldId('handling')}-${l}-meaning`,
    onRenderField: (p, render) => (
      <div>
        {render !== undefined ? render(p) : null}
        <Text id={`${fieldId('handling')}-${l}-meaning`} variant="small" block styles={{ root: { paddingLeft: 26, overflowWrap: 'anywhere' } }}>
          {handlingMeaning(l)}
        </Text>
      </div>
    )
  }));
  const typeOptions: IChoiceGroupOption[] = [
    { key: 'useCase', text: strings.CatalogueTypeUseCase },
    { key: 'faq', text: strings.CatalogueTypeFaq }
  ];
  const isFaq = draft.type === 'faq';

  const group = (key: string, title: string, children: React.ReactNode): React.ReactElement => (
    <section aria-labelledby={`${idPrefix}-group-${key}`}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as={props.headingAs === 'h2' ? 'h3' : 'h4'} id={`${idPrefix}-group-${key}`} variant="large" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {title}
        </Text>
        {children}
      </Stack>
    </section>
  );

  const summaryProblems: Array<{ id: string; text: string }> = [
    ...problems.map((p) => ({ id: fieldId(p.field), text: `${fieldName(p.field)}: ${messageOf(p)}` })),
    ...extraProblems.map((p) => ({ id: p.id, text: p.message }))
  ];

  const promptsGroupId = `${fieldId('prompts')}-group`;

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { minWidth: 0 } }}>
      <Text as={props.headingAs ?? 'h3'} variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {props.heading}
      </Text>
      {props.intro}
      <Text variant="small" block>
        {strings.CatalogueFormRequiredNote}
      </Text>

      {status.kind === 'invalid' && summaryProblems.length > 0 ? (
        <div id={summaryId} tabIndex={-1} style={{ outline: 'none' }}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {formatText(summaryProblems.length === 1 ? strings.CatalogueFormProblemsOne : strings.CatalogueFormProblemsMany, summaryProblems.length)}
            </Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {summaryProblems.map((p, i) => (
                <li key={`${p.id}-${i}`}>
                  <Link onClick={() => goTo(p.id)}>{p.text}</Link>
                </li>
              ))}
            </ul>
          </MessageBar>
        </div>
      ) : null}

      {group(
        'what',
        strings.CatalogueFormGroupWhat,
        <>
          <ChoiceGroup
            id={fieldId('type')}
            label={strings.CatalogueFieldType}
            options={typeOptions}
            selectedKey={draft.type}
            onChange={(_e, o) => o !== undefined && change({ type: o.key === 'faq' ? 'faq' : 'useCase' })}
            disabled={busy}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
          />
          <TextField
            id={fieldId('title')}
            label={isFaq ? strings.CatalogueFieldTitleFaq : strings.CatalogueFieldTitle}
            required
            value={draft.title}
            onChange={(_e, v) => change({ title: v ?? '' })}
            errorMessage={messageAt('title')}
            disabled={busy}
            autoComplete="off"
          />
          <TextField
            id={fieldId('summary')}
            label={strings.CatalogueFieldSummary}
            description={strings.CatalogueFieldSummaryHelp}
            required
            multiline
            autoAdjustHeight
            rows={2}
            value={draft.summary}
            onChange={(_e, v) => change({ summary: v ?? '' })}
            errorMessage={messageAt('summary')}
            disabled={busy}
          />
          <TextField
            id={fieldId('problem')}
            label={strings.CatalogueFieldProblem}
            multiline
            autoAdjustHeight
            rows={3}
            value={draft.problem}
            onChange={(_e, v) => change({ problem: v ?? '' })}
            errorMessage={messageAt('problem')}
            disabled={busy}
          />
        </>
      )}

      {group(
        'how',
        isFaq ? strings.CatalogueFormGroupAnswer : strings.CatalogueFormGroupHow,
        <>
          <TextField
            id={fieldId('howToHtml')}
            label={isFaq ? strings.CatalogueFieldAnswer : strings.CatalogueFieldHowTo}
            description={strings.CatalogueFieldHowToHelp}
            required
            multiline
            autoAdjustHeight
            rows={8}
            value={draft.howToText}
            onChange={(_e, v) => change({ howToText: v ?? '' })}
            errorMessage={messageAt('howToHtml')}
            disabled={busy}
          />
          <fieldset id={promptsGroupId} style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }} aria-describedby={`${promptsGroupId}-help`}>
            <legend style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>{strings.CatalogueFieldPrompts}</legend>
            <Text variant="small" block id={`${promptsGroupId}-help`}>
              {formatText(strings.CatalogueFieldPromptsHelp, MAX_PROMPTS)}
            </Text>
            <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
              {draft.prompts.map((p, i) => (
                <Stack key={i} horizontal verticalAlign="start" tokens={{ childrenGap: 4 }}>
                  <TextField
                    id={promptId(i)}
                    label={formatText(strings.CatalogueFormPromptN, i + 1)}
                    multiline
                    autoAdjustHeight
                    rows={2}
                    value={p}
                    onChange={(_e, v) => change({ prompts: draft.prompts.map((x, k) => (k === i ? v ?? '' : x)) })}
                    errorMessage={i === 0 ? messageAt('prompts') : undefined}
                    disabled={busy}
                    styles={{ root: { flex: '1 1 auto', minWidth: 0 } }}
                  />
                  {draft.prompts.length > 1 ? (
                    <IconButton
                      iconProps={{ iconName: 'Delete' }}
                      title={formatText(strings.CatalogueFormRemovePrompt, i + 1)}
                      ariaLabel={formatText(strings.CatalogueFormRemovePrompt, i + 1)}
                      disabled={busy}
                      styles={{ root: { marginTop: 28 } }}
                      onClick={() => {
                        change({ prompts: draft.prompts.filter((_x, k) => k !== i) });
                        setFocusId(promptId(Math.max(0, i - 1)));
                      }}
                    />
                  ) : null}
                </Stack>
              ))}
              {draft.prompts.length < MAX_PROMPTS ? (
                <div>
                  <DefaultButton
                    iconProps={{ iconName: 'Add' }}
                    text={strings.CatalogueFormAddPrompt}
                    disabled={busy}
                    onClick={() => {
                      change({ prompts: [...draft.prompts, ''] });
                      setFocusId(promptId(draft.prompts.length));
                    }}
                  />
                </div>
              ) : null}
            </Stack>
          </fieldset>
        </>
      )}

      {group(
        'who',
        strings.CatalogueFormGroupWho,
        <>
          <MultiValueField id={fieldId('products')} label={strings.CatalogueFieldProducts} known={CATALOGUE_PRODUCTS} values={draft.products} onChange={(v) => change({ products: v })} disabled={busy} />
          <MultiValueField
            id={fieldId('departments')}
            label={strings.CatalogueFieldDepartments}
            description={strings.CatalogueFieldDepartmentsHelp}
            known={CATALOGUE_DEPARTMENTS}
            values={draft.departments}
            onChange={(v) => change({ departments: v })}
            disabled={busy}
          />
          <MultiValueField
            id={fieldId('roles')}
            label={strings.CatalogueFieldRoles}
            description={strings.CatalogueFieldRolesHelp}
            known={CATALOGUE_ROLES}
            values={draft.roles}
            onChange={(v) => change({ roles: v })}
            disabled={busy}
          />
          <Dropdown
            id={fieldId('force')}
            label={strings.CatalogueFieldForce}
            required
            options={forceOptions}
            selectedKey={draft.force !== '' ? draft.force : null}
            placeholder={strings.CatalogueFormChoose}
            onChange={(_e, o) => o !== undefined && change({ force: String(o.key) })}
            errorMessage={messageAt('force')}
            disabled={busy}
          />
          <TextField
            id={fieldId('ownerUpn')}
            label={strings.CatalogueFieldOwner}
            description={strings.CatalogueFieldOwnerHelp}
            required
            value={draft.ownerUpn}
            onChange={(_e, v) => change({ ownerUpn: v ?? '' })}
            errorMessage={messageAt('ownerUpn')}
            disabled={busy}
            autoComplete="off"
          />
        </>
      )}

      {group(
        'safe',
        strings.CatalogueFormGroupSafe,
        <>
          <ChoiceGroup
            id={fieldId('handling')}
            label={strings.CatalogueFieldHandling}
            required
            options={handlingOptions}
            selectedKey={draft.handling !== '' ? draft.handling : null}
            onChange={(_e, o) => o !== undefined && change({ handling: o.key as HandlingLabel })}
            disabled={busy}
            aria-describedby={messageAt('handling') !== undefined ? `${fieldId('handling')}-error` : undefined}
          />
          {messageAt('handling') !== undefined ? (
            <Text id={`${fieldId('handling')}-error`} variant="small" block styles={{ root: { color: theme.semanticColors.errorText } }}>
              {messageAt('handling')}
            </Text>
          ) : null}
          {props.policyUrl !== undefined ? (
            <Link href={props.policyUrl} target="_blank" rel="noopener noreferrer">
              {strings.CataloguePolicyLink}
            </Link>
          ) : null}
          <TextField
            id={fieldId('whenNotToUse')}
            label={strings.CatalogueFieldWhenNotToUse}
            description={strings.CatalogueFieldWhenNotToUseHelp}
            multiline
            autoAdjustHeight
            rows={3}
            value={draft.whenNotToUse}
            onChange={(_e, v) => change({ whenNotToUse: v ?? '' })}
            required={!isFaq}
            errorMessage={messageAt('whenNotToUse')}
            disabled={busy}
          />
        </>
      )}

      {group(
        'benefit',
        strings.CatalogueFormGroupBenefit,
        <>
          {moduleOptions !== undefined ? (
            <Dropdown
              id={fieldId('trainingModuleKey')}
              label={strings.CatalogueFieldTraining}
              options={moduleOptions}
              selectedKey={draft.trainingModuleKey}
              onChange={(_e, o) => o !== undefined && change({ trainingModuleKey: String(o.key) })}
              disabled={busy}
            />
          ) : (
            <TextField
              id={fieldId('trainingModuleKey')}
              label={strings.CatalogueFieldTrainingCode}
              value={draft.trainingModuleKey}
              onChange={(_e, v) => change({ trainingModuleKey: v ?? '' })}
              disabled={busy}
              autoComplete="off"
            />
          )}
          <TextField
            id={fieldId('estimatedMinutesPerUse')}
            label={strings.CatalogueFieldMinutes}
            description={strings.CatalogueFieldMinutesHelp}
            inputMode="numeric"
            value={draft.minutesText}
            onChange={(_e, v) => change({ minutesText: v ?? '' })}
            errorMessage={messageAt('estimatedMinutesPerUse')}
            disabled={busy}
            styles={{ root: { maxWidth: 240 } }}
            autoComplete="off"
          />
          <Dropdown
            id={fieldId('measuredTask')}
            label={strings.CatalogueFieldMeasuredTask}
            options={taskOptions}
            selectedKey={draft.measuredTask}
            onChange={(_e, o) => o !== undefined && change({ measuredTask: String(o.key) as TaskKey | '' })}
            disabled={busy}
          />
          <Text variant="small" block>
            {strings.CatalogueFieldMeasuredTaskHelp}
          </Text>
        </>
      )}

      {sensitive.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {strings.CatalogueSensitiveHeading}
          </Text>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {sensitive.map((s) => (
              <li key={s.field}>
                <Link onClick={() => goTo(fieldId(s.field))}>{formatText(strings.CatalogueSensitiveIn, fieldName(s.field), listText(s.kinds.map(sensitiveKindName), locale))}</Link>
              </li>
            ))}
          </ul>
          <Text block>{strings.CatalogueSensitiveAdvice}</Text>
        </MessageBar>
      ) : null}

      {props.extra}

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.CatalogueFormSaveFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'conflict' ? (
          <MessageBar
            messageBarType={MessageBarType.severeWarning}
            isMultiline
           
            actions={
              props.reload !== undefined && base !== undefined ? (
                <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={strings.CatalogueFormLoadTheirs} disabled={status.busy} onClick={() => resolve('theirs').catch(() => undefined)} />
                  <DefaultButton text={strings.CatalogueFormSaveMine} disabled={status.busy} onClick={() => resolve('mine').catch(() => undefined)} />
                </Stack>
              ) : undefined
            }
          >
            {strings.CatalogueFormConflict}
            {status.message !== undefined ? ` ${status.message}` : ''}
            {status.theirs !== undefined && base !== undefined ? <TheirChange base={base} theirs={status.theirs} locale={props.locale} /> : null}
          </MessageBar>
        ) : null}
        {status.kind === 'reloaded' ? (
          <MessageBar messageBarType={MessageBarType.info}>
            {strings.CatalogueFormReloaded}
          </MessageBar>
        ) : null}
        {status.kind === 'done' ? (
          <MessageBar messageBarType={MessageBarType.success}>
            {status.message}
          </MessageBar>
        ) : null}
      </div>

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {props.actions.map((a) => {
          const Button = a.primary === true ? PrimaryButton : DefaultButton;
          return <Button key={a.key} text={status.kind === 'saving' && status.action === a.key ? strings.CatalogueFormSaving : a.text} disabled={busy} onClick={() => run(a)} />;
        })}
        {props.onCancel !== undefined ? <DefaultButton text={props.cancelText ?? strings.CatalogueFormCancel} disabled={busy} onClick={props.onCancel} /> : null}
        {busy ? <Spinner size={SpinnerSize.small} label={strings.CatalogueFormSaving} labelPosition="right" ariaLive="polite" /> : null}
        {dirty && !busy ? (
          <Text variant="small" role="status">
            {strings.CatalogueFormUnsaved}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
