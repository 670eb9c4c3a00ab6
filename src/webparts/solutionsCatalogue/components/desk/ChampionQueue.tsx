import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { hiddenContentStyle } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import type { IChampionQuestion } from '../../../../domain/catalogue/types';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Card, CardList, Heading, PlainText, SensitiveDataWarning, useCharacterCount } from './deskParts';
import { answeredList, dayOf, filterOptions, MAX_ANSWER_LENGTH, openQueue, PAGE_SIZE, type IQuestionFilter } from './deskModel';
import { questionStatusText } from './MyQuestions';

/** Why an answer was not sent: another champion answered first, or the question changed (reloaded). */
export type AnswerConflict = 'answeredByOther' | 'changed';

export interface IAnswerState {
  /** What the champion typed (kept through failures, conflicts and tab changes). */
  draft: string;
  /** Required or too long, shown after a send was tried. */
  fieldError?: string;
  /** A failed send, in words. */
  failure?: string;
  conflict?: AnswerConflict;
  sending?: boolean;
}

export interface IChampionQueueProps {
  view: 'open' | 'answered';
  /** Every question the champion can read. */
  questions: IChampionQuestion[];
  answers: Readonly<Record<number, IAnswerState>>;
  filter: IQuestionFilter;
  locale: string;
  idPrefix: string;
  onFilter: (filter: IQuestionFilter) => void;
  onDraft: (question: IChampionQuestion, text: string) => void;
  /** Send the typed answer (also after a conflict: then it replaces the other champion's). */
  onAnswer: (question: IChampionQuestion) => void;
  /** Give up the typed answer after another champion answered. */
  onKeepTheirs: (question: IChampionQuestion) => void;
  /** Open the "publish as an FAQ" form with this answer. */
  onPromote: (question: IChampionQuestion, answer: string) => void;
  onOpenFaq: (entryId: number) => void;
}

/** Option keys: "all", or "=" and the value (a value may be any text, even "all"). */
const ALL = 'all';
const valueOf = (option: IDropdownOption): string => (option.key === ALL ? '' : String(option.key).slice(1));

export function answerFieldId(idPrefix: string, questionId: number): string {
  return `${idPrefix}-answer-${questionId}`;
}

export function answerFailureId(idPrefix: string, questionId: number): string {
  return `${idPrefix}-answer-${questionId}-failure`;
}

function QuestionHeader(props: { q: IChampionQuestion; titleId: string; locale: string }): React.ReactElement {
  const { q } = props;
  const where = q.department !== '' ? `${q.force}, ${q.department}` : q.force;
  return (
    <>
      <Heading level={4} id={props.titleId}>
        {q.title}
      </Heading>
      <Text block variant="small">
        {formatText(strings.CatalogueDeskAskedByOn, q.askerUpn, where, formatDay(dayOf(q.createdAt), props.locale))}
      </Text>
      {q.question.trim() !== q.title.trim() ? <PlainText text={q.question} /> : null}
    </>
  );
}

function OpenQuestion(props: { q: IChampionQuestion; state: IAnswerState; locale: string; idPrefix: string; queue: IChampionQueueProps }): React.ReactElement {
  const { q, state, idPrefix, queue } = props;
  const titleId = `${idPrefix}-open-${q.id}`;
  const fieldId = answerFieldId(idPrefix, q.id);
  const counter = useCharacterCount(state.draft.length, MAX_ANSWER_LENGTH, props.locale);
  const sending = state.sending === true;
  return (
    <Card as="li" labelledBy={titleId}>
      <Stack tokens={{ childrenGap: 8 }}>
        <QuestionHeader q={q} titleId={titleId} locale={props.locale} />
        {/* The visible label says "Your answer"; its accessible name also names the question (Fluent names a
            labelled field by its label alone, so aria-label would be ignored). */}
        <span id={`${fieldId}-name`} style={hiddenContentStyle as React.CSSProperties}>
          {formatText(strings.CatalogueDeskAnswerFieldOf, q.title)}
        </span>
        <TextField
          id={fieldId}
          label={strings.CatalogueDeskAnswerField}
          aria-labelledby={`${fieldId}-name`}
          required
          multiline
          rows={4}
          autoAdjustHeight
          value={state.draft}
          onChange={(_e, value) => queue.onDraft(q, value ?? '')}
          description={`${strings.CatalogueDeskAnswerHint} ${counter.description}`}
          errorMessage={state.fieldError ?? counter.error}
          disabled={sending}
        />
        {counter.announcer}
        <SensitiveDataWarning id={`${fieldId}-sensitive`} text={state.draft} />
        <div id={answerFailureId(idPrefix, q.id)} tabIndex={-1}>
          {state.conflict === 'answeredByOther' ? (
            <MessageBar
              messageBarType={MessageBarType.severeWarning}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.CatalogueDeskReplaceTheirs} ariaLabel={formatText(strings.CatalogueDeskReplaceTheirsOf, q.title)} disabled={sending} onClick={() => queue.onAnswer(q)} />
                  <DefaultButton text={strings.CatalogueDeskKeepTheirs} ariaLabel={formatText(strings.CatalogueDeskKeepTheirsOf, q.title)} disabled={sending} onClick={() => queue.onKeepTheirs(q)} />
                </div>
              }
            >
              <Stack tokens={{ childrenGap: 4 }}>
                <Text block>{formatText(strings.CatalogueDeskAnsweredMeanwhile, q.answeredBy)}</Text>
                <PlainText text={q.answer} />
                <Text block>{strings.CatalogueDeskYourAnswerKept}</Text>
              </Stack>
            </MessageBar>
          ) : null}
          {state.conflict === 'changed' ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {strings.CatalogueDeskQuestionChanged}
            </MessageBar>
          ) : null}
          {state.failure !== undefined ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {state.failure}
            </MessageBar>
          ) : null}
        </div>
        {state.conflict !== 'answeredByOther' ? (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              text={sending ? strings.CatalogueDeskSending : strings.CatalogueDeskSendAnswer}
              ariaLabel={formatText(strings.CatalogueDeskSendAnswerOf, q.title)}
              disabled={sending}
              onClick={() => queue.onAnswer(q)}
            />
            <DefaultButton
              text={strings.CatalogueDeskAnswerAndPromote}
              ariaLabel={formatText(strings.CatalogueDeskAnswerAndPromoteOf, q.title)}
              disabled={sending}
              onClick={() => queue.onPromote(q, state.draft)}
            />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function AnsweredQuestion(props: { q: IChampionQuestion; locale: string; idPrefix: string; queue: IChampionQueueProps }): React.ReactElement {
  const { q, queue } = props;
  const titleId = `${props.idPrefix}-answered-${q.id}`;
  return (
    <Card as="li" labelledBy={titleId}>
      <Stack tokens={{ childrenGap: 8 }}>
        <QuestionHeader q={q} titleId={titleId} locale={props.locale} />
        <div>
          <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
            {questionStatusText(q, props.locale)}
          </Text>
          <PlainText text={q.answer} />
        </div>
        {q.promotedEntryId !== null ? (
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Text>{strings.CatalogueDeskPublishedAsFaq}</Text>
            <ActionButton text={strings.CatalogueDeskOpenFaq} ariaLabel={formatText(strings.CatalogueDeskOpenFaqOf, q.title)} onClick={() => queue.onOpenFaq(q.promotedEntryId as number)} />
          </Stack>
        ) : (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <DefaultButton text={strings.CatalogueDeskPromote} ariaLabel={formatText(strings.CatalogueDeskPromoteOf, q.title)} onClick={() => queue.onPromote(q, q.answer)} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The champions' view of the questions: the open queue (oldest first, with an answer box and "publish as
 * an FAQ") or the answered ones (newest answer first), filtered by the asker's force and department.
 */
export function ChampionQueue(props: IChampionQueueProps): React.ReactElement {
  const { view, questions, filter, idPrefix, locale } = props;
  const [shown, setShown] = React.useState(PAGE_SIZE);
  const held = React.useMemo(() => new Set(Object.keys(props.answers).map(Number).filter((id) => props.answers[id].conflict === 'answeredByOther')), [props.answers]);
  const list = view === 'open' ? openQueue(questions, filter, held) : answeredList(questions, filter, held);
  const options = filterOptions(questions.filter((q) => (view === 'open' ? q.status === 'open' || held.has(q.id) : q.status === 'answered')), filter.force);
  const headingId = `${idPrefix}-${view}-heading`;
  const visible = list.slice(0, shown);

  const forceOptions: IDropdownOption[] = [{ key: ALL, text: strings.CatalogueDeskAllForces }, ...options.forces.map((f) => ({ key: `=${f}`, text: f }))];
  const departmentOptions: IDropdownOption[] = [{ key: ALL, text: strings.CatalogueDeskAllDepartments }, ...options.departments.map((d) => ({ key: `=${d}`, text: d }))];
  const countText =
    list.length === 0
      ? view === 'open'
        ? strings.CatalogueDeskQueueEmpty
        : strings.CatalogueDeskAnsweredEmpty
      : visible.length < list.length
        ? formatText(view === 'open' ? strings.CatalogueDeskQueueShowing : strings.CatalogueDeskAnsweredShowing, visible.length, list.length)
        : formatText(view === 'open' ? strings.CatalogueDeskQueueCount : strings.CatalogueDeskAnsweredCount, list.length);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading level={3} id={headingId}>
        {view === 'open' ? strings.CatalogueDeskQueueHeading : strings.CatalogueDeskAnsweredHeading}
      </Heading>
      <Text block>{view === 'open' ? strings.CatalogueDeskQueueIntro : strings.CatalogueDeskAnsweredIntro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.CatalogueDeskFilterForce}
          options={forceOptions}
          selectedKey={filter.force === '' ? ALL : `=${filter.force}`}
          onChange={(_e, option) => option !== undefined && props.onFilter({ force: valueOf(option), department: '' })}
          styles={{ root: { minWidth: 180, maxWidth: '100%' } }}
        />
        <Dropdown
          label={strings.CatalogueDeskFilterDepartment}
          options={departmentOptions}
          selectedKey={filter.department === '' ? ALL : `=${filter.department}`}
          onChange={(_e, option) => option !== undefined && props.onFilter({ ...filter, department: valueOf(option) })}
          styles={{ root: { minWidth: 220, maxWidth: '100%' } }}
        />
      </Stack>
      <div role="status">
        <Text block>{countText}</Text>
      </div>
      {visible.length > 0 ? (
        <CardList labelledBy={headingId}>
          {visible.map((q) =>
            view === 'open' ? (
              <OpenQuestion key={q.id} q={q} state={props.answers[q.id] ?? { draft: '' }} locale={locale} idPrefix={idPrefix} queue={props} />
            ) : (
              <AnsweredQuestion key={q.id} q={q} locale={locale} idPrefix={idPrefix} queue={props} />
            )
          )}
        </CardList>
      ) : null}
      {visible.length < list.length ? (
        <div>
          <DefaultButton text={formatText(strings.CatalogueDeskShowMore, Math.min(PAGE_SIZE, list.length - visible.length))} onClick={() => setShown((n) => n + PAGE_SIZE)} />
        </div>
      ) : null}
    </Stack>
  );
}
