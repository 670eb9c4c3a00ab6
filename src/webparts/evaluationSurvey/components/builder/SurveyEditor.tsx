import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { ConflictError, ForbiddenError, ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { SurveyRepository, type ISurvey } from '../../../../data/SurveyRepository';
import {
  editImpact,
  idsOf,
  inRunningOrder,
  namedByKey,
  placeOf,
  problemsAt,
  questionPath,
  validateDefinition,
  wavePath,
  type IDefinitionProblem,
  type IEditImpact,
  type ISurveyDefinition
} from '../../../../domain/survey/definition';
import type { QuestionKind } from '../../../../domain/survey/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { dateOfDay, formatBritish } from '../../../../ui/form/DayField';
import { sectionTitle, waveName } from '../respond/surveyText';
import {
  addQuestion,
  addSection,
  addWave,
  definitionFromDraft,
  draftFromDefinition,
  moveQuestion,
  moveSection,
  planWaves,
  removeQuestion,
  removeSection,
  removeWave,
  restoreQuestion,
  restoreSection,
  restoreWave,
  updateQuestion,
  type IQuestionAt,
  type IQuestionDraft,
  type ISectionDraft,
  type ISurveyDraft,
  type IWaveDraft
} from './builderDraft';
import { focusElement } from './BuilderParts';
import { builderFieldId, problemMessage, problemPlace, questionLabel, waveTitle } from './builderText';
import { AudienceFields, DetailsFields } from './DetailsFields';
import { ImpactDialog } from './ImpactDialog';
import { PreviewPane } from './PreviewPane';
import { questionElementIds } from './QuestionCard';
import { sectionHeadingId, SectionsEditor } from './SectionsEditor';
import { waveHeadingId, WavesEditor } from './WavesEditor';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface ISurveyEditorProps {
  site: () => Promise<DataSite>;
  /** The survey being changed, as read (its etag guards the save); undefined for a new survey. */
  base: ISurvey | undefined;
  /** What the editor starts from: the survey itself, the template, a blank survey or a rebuild. */
  start: ISurveyDefinition;
  /** Codes of every other survey (a new code must differ). */
  existingKeys: readonly string[];
  today: string;
  locale: string;
  idPrefix: string;
  onSaved: (survey: ISurvey) => void;
  onCancel: () => void;
}

/** A survey's definition as stored (what the impact of a change is measured against). */
export function definitionOf(survey: ISurvey): ISurveyDefinition {
  return {
    key: survey.key,
    title: survey.title,
    description: survey.description,
    questionnaire: survey.questionnaire,
    waves: survey.waves,
    forces: [...survey.forces],
    minGroupSize: survey.minGroupSize
  };
}

type SaveState = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'conflict' } | { kind: 'reloaded' } | { kind: 'failed'; message: string };

type Removed =
  | { kind: 'question'; sectionId: string; index: number; question: IQuestionDraft; text: string }
  | { kind: 'section'; index: number; section: ISectionDraft; text: string }
  | { kind: 'wave'; index: number; wave: IWaveDraft; text: string };

type Tab = 'edit' | 'preview';

function Group(props: { id: string; title: string; description?: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-labelledby={props.id}>
      <Stack tokens={{ childrenGap: 10 }}>
        <Text as="h4" id={props.id} variant="large" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
          {props.title}
        </Text>
        {props.description !== undefined ? (
          <Text block variant="small">
            {props.description}
          </Text>
        ) : null}
        {props.children}
      </Stack>
    </section>
  );
}

/** The question ids a set of problems falls in. */
function questionIdsOf(problems: readonly IDefinitionProblem[], definition: ISurveyDefinition): Set<string> {
  const ids = new Set<string>();
  for (const p of problems) {
    const place = placeOf(p.path);
    if (place.section === undefined || place.question === undefined) continue;
    const q = definition.questionnaire.sections[place.section]?.questions[place.question];
    if (q !== undefined) ids.add(q.id);
  }
  return ids;
}

/** The question's place counting every section (0-based). */
function overallIndex(draft: ISurveyDraft, at: IQuestionAt): number {
  return draft.sections.slice(0, at.section).reduce((n, s) => n + s.questions.length, 0) + at.question;
}

/**
 * Builds or changes a survey. Nothing typed is ever lost: problems show at their fields and in a summary
 * at the top (focus moves to the first), and a conflict with another lead, a refusal, throttling or a lost
 * connection leave the draft as it was with the reason and a way on. Saving a survey people may already
 * have answered first says what the change does to their answers.
 */
export function SurveyEditor(props: ISurveyEditorProps): React.ReactElement {
  const { idPrefix, locale, today } = props;
  const creating = props.base === undefined;
  const [base, setBase] = React.useState<ISurvey | undefined>(props.base);
  const [draft, setDraft] = React.useState<ISurveyDraft>(() => draftFromDefinition(props.start));
  const [saved, setSaved] = React.useState<ISurveyDraft>(draft);
  /** Ids ever in this survey: a new question or section never takes one (responses refer to question ids). */
  const retired = React.useRef<Set<string>>(new Set([...idsOf(props.start.questionnaire), ...(props.base ? idsOf(props.base.questionnaire) : [])]));
  const [expanded, setExpanded] = React.useState<Set<string>>(() => new Set());
  const [showProblems, setShowProblems] = React.useState(false);
  const [takenKeys, setTakenKeys] = React.useState<string[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [reloading, setReloading] = React.useState(false);
  const [state, setState] = React.useState<SaveState>({ kind: 'idle' });
  const [removed, setRemoved] = React.useState<Removed | undefined>(undefined);
  const [focusId, setFocusId] = React.useState<string | undefined>(undefined);
  const [impact, setImpact] = React.useState<IEditImpact | undefined>(undefined);
  const [tab, setTab] = React.useState<Tab>('edit');
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const statusId = `${idPrefix}-svb-status`;
  const undoId = `${idPrefix}-svb-undo`;
  const busy = saving || reloading;
  const definition = React.useMemo(() => definitionFromDraft(draft), [draft]);
  const existingKeys = React.useMemo(() => [...props.existingKeys, ...takenKeys], [props.existingKeys, takenKeys]);
  const problems = React.useMemo(
    () => validateDefinition(definition, { mode: creating ? 'create' : 'edit', existingKeys }),
    [definition, creating, existingKeys]
  );
  const shown = React.useMemo(() => (showProblems ? problems : []), [showProblems, problems]);
  const exampleDay = formatBritish(dateOfDay(today));
  const message = (p: IDefinitionProblem): string => problemMessage(p, definition, locale, exampleDay);
  const messageAt = (path: string): string | undefined => {
    const here = problemsAt(shown, path);
    return here.length > 0 ? here.map(message).join(' ') : undefined;
  };
  const attention = React.useMemo(() => questionIdsOf(shown, definition), [shown, definition]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  useLeaveWarning(dirty);
  const before = React.useMemo(() => (base !== undefined ? definitionOf(base) : undefined), [base]);
  const openedWaves = base !== undefined ? base.waves.filter((w) => w.opensOn <= today) : [];

  // Focus moves once the controls are enabled again (a disabled control cannot take focus).
  React.useEffect(() => {
    if (focusId === undefined || busy) return;
    focusElement(focusId);
    setFocusId(undefined);
  }, [focusId, busy]);

  // The latest draft, for callbacks that stay the same across renders (question cards are memoised).
  const draftRef = React.useRef<ISurveyDraft>(draft);
  draftRef.current = draft;

  const change = React.useCallback((next: ISurveyDraft): void => {
    draftRef.current = next;
    setDraft(next);
    setNotice(undefined);
    setState((s) => (s.kind === 'reloaded' ? { kind: 'idle' } : s));
  }, []);

  const goTo = (problem: IDefinitionProblem): void => {
    const ids = questionIdsOf([problem], definition);
    if (ids.size > 0) setExpanded((e) => new Set([...Array.from(e), ...Array.from(ids)]));
    setTab('edit');
    setFocusId(builderFieldId(idPrefix, problem.path));
  };

  // ----- questions and sections

  const toggleQuestion = React.useCallback((id: string): void => {
    setExpanded((e) => {
      const next = new Set(e);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const changeQuestion = React.useCallback((at: IQuestionAt, patch: Partial<IQuestionDraft>): void => change(updateQuestion(draftRef.current, at, patch)), [change]);

  const moveQ = React.useCallback(
    (at: IQuestionAt, direction: -1 | 1): void => {
      const current = draftRef.current;
      const question = current.sections[at.section]?.questions[at.question];
      const moved = moveQuestion(current, at, direction);
      if (question === undefined || moved === undefined) return;
      change(moved.draft);
      const ids = questionElementIds(idPrefix, question.id);
      const total = moved.draft.sections.reduce((n, s) => n + s.questions.length, 0);
      const place = overallIndex(moved.draft, moved.at);
      // Keep focus on the button pressed, so it can be pressed again; at the end, on the other one.
      setFocusId(direction < 0 ? (place === 0 ? ids.down : ids.up) : place === total - 1 ? ids.up : ids.down);
    },
    [change, idPrefix]
  );

  const removeQ = React.useCallback(
    (at: IQuestionAt): void => {
      const current = draftRef.current;
      const section = current.sections[at.section];
      const question = section?.questions[at.question];
      if (question === undefined) return;
      retired.current.add(question.id);
      const label = questionLabel(question.id, question.builtIn ? undefined : question.text);
      change(removeQuestion(current, at));
      setRemoved({ kind: 'question', sectionId: section.id, index: at.question, question, text: formatText(strings.SurveyBuilderRemovedQuestion, overallIndex(current, at) + 1, label) });
      setFocusId(`${idPrefix}-svb-undo`);
    },
    [change, idPrefix]
  );

  const addQ = (section: number, kind: QuestionKind): void => {
    const added = addQuestion(draft, section, kind, retired.current);
    const question = added.draft.sections[added.at.section].questions[added.at.question];
    retired.current.add(question.id);
    change(added.draft);
    setExpanded((e) => new Set([...Array.from(e), question.id]));
    setFocusId(builderFieldId(idPrefix, questionPath(added.at.section, added.at.question, 'text')));
  };

  const addS = (): void => {
    const next = addSection(draft, retired.current);
    const section = next.sections[next.sections.length - 1];
    retired.current.add(section.id);
    change(next);
    setFocusId(sectionHeadingId(idPrefix, section.id));
  };

  const moveS = (index: number, direction: -1 | 1): void => {
    const section = draft.sections[index];
    const next = moveSection(draft, index, direction);
    if (section === undefined || next === undefined) return;
    change(next);
    const target = index + direction;
    const heading = sectionHeadingId(idPrefix, section.id);
    setFocusId(direction < 0 ? (target === 0 ? `${heading}-down` : `${heading}-up`) : target === next.sections.length - 1 ? `${heading}-up` : `${heading}-down`);
  };

  const removeS = (index: number): void => {
    const section = draft.sections[index];
    if (section === undefined) return;
    retired.current.add(section.id);
    section.questions.forEach((q) => retired.current.add(q.id));
    change(removeSection(draft, index));
    setRemoved({ kind: 'section', index, section, text: formatText(strings.SurveyBuilderRemovedSection, sectionTitle(section.id, index), section.questions.length) });
    setFocusId(undoId);
  };

  // ----- waves

  const changeWave = (index: number, patch: Partial<IWaveDraft>): void => change({ ...draft, waves: draft.waves.map((w, i) => (i === index ? { ...w, ...patch } : w)) });

  const addW = (): void => {
    const next = addWave(draft, today);
    if (next === undefined) return;
    change(next);
    setFocusId(builderFieldId(idPrefix, wavePath(next.waves.length - 1, 'kind')));
  };

  const removeW = (index: number): void => {
    const wave = draft.waves[index];
    if (wave === undefined) return;
    change(removeWave(draft, index));
    setRemoved({ kind: 'wave', index, wave, text: formatText(strings.SurveyBuilderRemovedWave, waveTitle(wave.kind)) });
    setFocusId(undoId);
  };

  const planW = (): void => {
    const next = planWaves(draft);
    if (next === undefined) return;
    change(next);
    setNotice(strings.SurveyBuilderWavesPlanned);
  };

  const undo = (): void => {
    if (removed === undefined) return;
    if (removed.kind === 'question') {
      const next = restoreQuestion(draft, removed.sectionId, removed.index, removed.question);
      if (next !== undefined) {
        change(next);
        setFocusId(questionElementIds(idPrefix, removed.question.id).heading);
      }
    } else if (removed.kind === 'section') {
      change(restoreSection(draft, removed.index, removed.section));
      setFocusId(sectionHeadingId(idPrefix, removed.section.id));
    } else {
      change(restoreWave(draft, removed.index, removed.wave));
      setFocusId(waveHeadingId(idPrefix, removed.wave.id));
    }
    setRemoved(undefined);
  };

  const undoBar = removed !== undefined ? (
    <MessageBar
      messageBarType={MessageBarType.info}
      isMultiline
      onDismiss={() => setRemoved(undefined)}
      dismissButtonAriaLabel={strings.SurveyBuilderDismiss}
      actions={
        <div>
          <DefaultButton id={undoId} text={strings.SurveyBuilderUndo} ariaLabel={formatText(strings.SurveyBuilderUndoOf, removed.text)} disabled={busy} onClick={undo} />
        </div>
      }
    >
      {removed.text}
    </MessageBar>
  ) : null;
  const undoSection = removed?.kind === 'question' ? draft.sections.map((s) => s.id).indexOf(removed.sectionId) : -1;
  const sectionUndoAt =
    removed?.kind === 'section'
      ? { section: Math.min(removed.index, draft.sections.length) }
      : removed?.kind === 'question' && undoSection >= 0
        ? { section: undoSection, question: Math.min(removed.index, draft.sections[undoSection].questions.length) }
        : undefined;

  // ----- saving

  const write = async (): Promise<void> => {
    setImpact(undefined);
    setSaving(true);
    setState({ kind: 'idle' });
    try {
      const repository = new SurveyRepository(await props.site());
      const result = await repository.saveSurvey(inRunningOrder(creating ? namedByKey(definition) : definition), base);
      if (!mounted.current) return;
      setSaved(draft);
      props.onSaved(result);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError) {
        setState({ kind: 'conflict' });
        setFocusId(statusId);
      } else if (error instanceof ValidationError && error.problems.some((p) => p.key === 'survey.keyTaken')) {
        setTakenKeys((k) => [...k, definition.key]);
        setShowProblems(true);
        setState({ kind: 'invalid' });
        setFocusId(builderFieldId(idPrefix, 'key'));
      } else if (error instanceof ForbiddenError && !error.digestRejected) {
        setState({ kind: 'failed', message: strings.SurveyBuilderSaveForbidden });
        setFocusId(statusId);
      } else {
        setState({ kind: 'failed', message: formatText(strings.SurveyBuilderSaveFailed, errorMessage(error)) });
        setFocusId(statusId);
      }
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const run = (task: () => Promise<void>): void => {
    task().catch((error: unknown) => setState({ kind: 'failed', message: formatText(strings.SurveyBuilderSaveFailed, errorMessage(error)) }));
  };

  const save = (): void => {
    setShowProblems(true);
    if (problems.length > 0) {
      setState({ kind: 'invalid' });
      goTo(problems[0]);
      const ids = questionIdsOf(problems, definition);
      if (ids.size > 0) setExpanded((e) => new Set([...Array.from(e), ...Array.from(ids)]));
      return;
    }
    if (before !== undefined) {
      const found = editImpact(before, definition, today);
      if (found.hasResponses) {
        setImpact(found);
        return;
      }
    }
    run(write);
  };

  const reload = async (): Promise<void> => {
    if (base === undefined) return;
    setReloading(true);
    try {
      const latest = (await new SurveyRepository(await props.site()).surveys()).filter((s) => s.id === base.id)[0];
      if (!mounted.current) return;
      if (latest === undefined) {
        setState({ kind: 'failed', message: strings.SurveyBuilderReloadGone });
        return;
      }
      const next = draftFromDefinition(definitionOf(latest));
      idsOf(latest.questionnaire).forEach((id) => retired.current.add(id));
      setBase(latest);
      setDraft(next);
      setSaved(next);
      setShowProblems(false);
      setRemoved(undefined);
      setExpanded(new Set());
      setState({ kind: 'reloaded' });
      setFocusId(statusId);
    } catch (error) {
      if (mounted.current) setState({ kind: 'failed', message: formatText(strings.SurveyBuilderReloadFailed, errorMessage(error)) });
    } finally {
      if (mounted.current) setReloading(false);
    }
  };

  const cancel = (): void => {
    if (dirty) setConfirmDiscard(true);
    else props.onCancel();
  };

  const heading = creating ? strings.SurveyBuilderNewHeading : formatText(strings.SurveyBuilderEditHeading, base?.title ?? '');
  const groupId = (name: string): string => `${idPrefix}-svb-group-${name}`;

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { minWidth: 0 } }}>
      <Text as="h3" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {heading}
      </Text>

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        <Stack tokens={{ childrenGap: 8 }}>
          {state.kind === 'invalid' && problems.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              <Text block>{formatText(problems.length === 1 ? strings.SurveyBuilderProblemsOne : strings.SurveyBuilderProblemsMany, problems.length)}</Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {problems.map((p, n) => (
                  <li key={`${p.path}-${p.code}-${n}`}>
                    <Link onClick={() => goTo(p)}>{`${problemPlace(p.path, definition)}: ${message(p)}`}</Link>
                  </li>
                ))}
              </ul>
            </MessageBar>
          ) : null}
          {state.kind === 'conflict' ? (
            <MessageBar
              messageBarType={MessageBarType.severeWarning}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.SurveyBuilderReload} disabled={busy} onClick={() => run(reload)} />
                </div>
              }
            >
              {strings.SurveyBuilderConflict}
            </MessageBar>
          ) : null}
          {state.kind === 'reloaded' ? <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyBuilderReloaded}</MessageBar> : null}
          {state.kind === 'failed' ? (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.SurveyBuilderRetry} disabled={busy} onClick={save} />
                </div>
              }
            >
              {state.message}
            </MessageBar>
          ) : null}
          {reloading ? <Spinner size={SpinnerSize.small} label={strings.SurveyBuilderReloading} ariaLive="polite" labelPosition="right" /> : null}
        </Stack>
      </div>

      {openedWaves.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatText(strings.SurveyBuilderHasResponses, waveName(openedWaves[0].kind), formatDay(openedWaves[0].opensOn, locale))}
        </MessageBar>
      ) : null}

      <Pivot
        aria-label={strings.SurveyBuilderTabsLabel}
        selectedKey={tab}
        headersOnly
        onLinkClick={(item) => item?.props.itemKey !== undefined && setTab(item.props.itemKey as Tab)}
      >
        <PivotItem itemKey="edit" headerText={strings.SurveyBuilderTabEdit} />
        <PivotItem itemKey="preview" headerText={strings.SurveyBuilderTabPreview} />
      </Pivot>

      {tab === 'edit' ? (
        <Stack tokens={{ childrenGap: 16 }}>
          <Group id={groupId('about')} title={strings.SurveyBuilderGroupAbout}>
            <DetailsFields idPrefix={idPrefix} draft={draft} creating={creating} disabled={busy} messageAt={messageAt} onChange={(patch) => change({ ...draft, ...patch })} />
          </Group>
          <Group id={groupId('questions')} title={strings.SurveyBuilderSectionsHeading} description={strings.SurveyBuilderSectionsHelp}>
            <SectionsEditor
              idPrefix={idPrefix}
              draft={draft}
              disabled={busy}
              expanded={expanded}
              attention={attention}
              messageAt={messageAt}
              undoAt={sectionUndoAt}
              undo={removed?.kind === 'question' || removed?.kind === 'section' ? undoBar : null}
              onToggle={toggleQuestion}
              onChangeQuestion={changeQuestion}
              onMoveQuestion={moveQ}
              onRemoveQuestion={removeQ}
              onAddQuestion={addQ}
              onAddSection={addS}
              onMoveSection={moveS}
              onRemoveSection={removeS}
            />
          </Group>
          <Group id={groupId('waves')} title={strings.SurveyBuilderWavesHeading} description={strings.SurveyBuilderWavesHelp}>
            <WavesEditor
              idPrefix={idPrefix}
              draft={draft}
              savedWaves={base?.waves ?? []}
              today={today}
              locale={locale}
              exampleDay={exampleDay}
              disabled={busy}
              messageAt={messageAt}
              undoAt={removed?.kind === 'wave' ? Math.min(removed.index, draft.waves.length) : undefined}
              undo={removed?.kind === 'wave' ? undoBar : null}
              onChange={changeWave}
              onAdd={addW}
              onRemove={removeW}
              onPlan={planW}
            />
            <Text block role="status" variant="small">
              {notice ?? ''}
            </Text>
          </Group>
          <Group id={groupId('audience')} title={strings.SurveyBuilderGroupAudience}>
            <AudienceFields idPrefix={idPrefix} draft={draft} creating={creating} disabled={busy} messageAt={messageAt} onChange={(patch) => change({ ...draft, ...patch })} />
          </Group>
        </Stack>
      ) : (
        <PreviewPane questionnaire={definition.questionnaire} idPrefix={idPrefix} locale={locale} hasProblems={problems.length > 0} />
      )}

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.SurveyBuilderSave} disabled={busy} onClick={save} />
        <DefaultButton text={strings.SurveyBuilderCancel} disabled={busy} onClick={cancel} />
        {saving ? <Spinner size={SpinnerSize.small} label={strings.SurveyBuilderSaving} ariaLive="polite" labelPosition="right" /> : null}
      </Stack>

      {impact !== undefined && before !== undefined ? (
        <ImpactDialog impact={impact} before={before} after={definition} onCancel={() => setImpact(undefined)} onSave={() => run(write)} />
      ) : null}

      {confirmDiscard ? (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirmDiscard(false)}
          dialogContentProps={{ type: DialogType.normal, title: strings.SurveyBuilderDiscardTitle, subText: strings.SurveyBuilderDiscardText }}
          modalProps={{ isBlocking: true }}
          minWidth={280}
          maxWidth={480}
        >
          <DialogFooter>
            <PrimaryButton text={strings.SurveyBuilderKeepEditing} onClick={() => setConfirmDiscard(false)} />
            <DefaultButton text={strings.SurveyBuilderDiscard} onClick={props.onCancel} />
          </DialogFooter>
        </Dialog>
      ) : null}
    </Stack>
  );
}
