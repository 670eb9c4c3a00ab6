import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { questionPath, sectionPath, type QuestionPart } from '../../../../domain/survey/definition';
import type { QuestionKind } from '../../../../domain/survey/types';
import { formatText } from '../../../../ui/format/text';
import { sectionIntro, sectionTitle } from '../respond/surveyText';
import type { IQuestionAt, IQuestionDraft, ISurveyDraft } from './builderDraft';
import { Card, ErrorText } from './BuilderParts';
import { builderFieldId, kindLabel, QUESTION_KINDS } from './builderText';
import { QuestionCard } from './QuestionCard';

export interface ISectionsEditorProps {
  idPrefix: string;
  draft: ISurveyDraft;
  disabled: boolean;
  expanded: ReadonlySet<string>;
  /** Question ids with problems shown. */
  attention: ReadonlySet<string>;
  messageAt: (path: string) => string | undefined;
  /** Where the "removed — undo" notice goes: before the question or section at this place. */
  undoAt: { section: number; question?: number } | undefined;
  undo: React.ReactNode;
  /** Stable callbacks (they read the editor's latest state): question cards re-render only when they change. */
  onToggle: (questionId: string) => void;
  onChangeQuestion: (at: IQuestionAt, change: Partial<IQuestionDraft>) => void;
  onMoveQuestion: (at: IQuestionAt, direction: -1 | 1) => void;
  onRemoveQuestion: (at: IQuestionAt) => void;
  onAddQuestion: (section: number, kind: QuestionKind) => void;
  onAddSection: () => void;
  onMoveSection: (section: number, direction: -1 | 1) => void;
  onRemoveSection: (section: number) => void;
}

const QUESTION_PARTS: readonly QuestionPart[] = ['text', 'options', 'maxChoices', 'min', 'max', 'maxLength', 'showIf'];

/** The messages shown on a question, by part ('' for the question as a whole). */
function messagesOf(messageAt: (path: string) => string | undefined, section: number, question: number): Record<string, string> {
  const messages: Record<string, string> = {};
  const whole = messageAt(questionPath(section, question));
  if (whole !== undefined) messages[''] = whole;
  for (const part of QUESTION_PARTS) {
    const m = messageAt(questionPath(section, question, part));
    if (m !== undefined) messages[part] = m;
  }
  return messages;
}

/** Element id of a section's heading (focus goes there after a section moves or comes back). */
export function sectionHeadingId(idPrefix: string, sectionId: string): string {
  return `${idPrefix}-svb-section-${sectionId.replace(/[^A-Za-z0-9_-]/g, '_')}-heading`;
}

/** The questionnaire's sections, each with its questions, in the order respondents see them. */
export function SectionsEditor(props: ISectionsEditorProps): React.ReactElement {
  const { draft, idPrefix, disabled } = props;
  const total = draft.sections.reduce((n, s) => n + s.questions.length, 0);
  let number = 0;
  const undoHere = (section: number, question?: number): React.ReactNode =>
    props.undoAt !== undefined && props.undoAt.section === section && props.undoAt.question === question ? props.undo : null;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {draft.sections.map((section, s) => {
        const title = sectionTitle(section.id, s);
        const headingId = sectionHeadingId(idPrefix, section.id);
        const intro = sectionIntro(section.id);
        const addId = builderFieldId(idPrefix, sectionPath(s));
        const sectionMessage = props.messageAt(sectionPath(s));
        return (
          <React.Fragment key={section.id}>
            {undoHere(s)}
            <section aria-labelledby={headingId}>
              <Card>
                <Stack tokens={{ childrenGap: 12 }}>
                  <Stack horizontal wrap verticalAlign="center" horizontalAlign="space-between" tokens={{ childrenGap: 4 }}>
                    <Text as="h5" id={headingId} tabIndex={-1} variant="large" block styles={{ root: { margin: 0, fontWeight: 600, outline: 'none', minWidth: 0 } }}>
                      {title}
                    </Text>
                    <Stack horizontal tokens={{ childrenGap: 4 }}>
                      <IconButton
                        id={`${headingId}-up`}
                        iconProps={{ iconName: 'Up' }}
                        title={formatText(strings.SurveyBuilderMoveSectionUp, title)}
                        ariaLabel={formatText(strings.SurveyBuilderMoveSectionUp, title)}
                        disabled={disabled || s === 0}
                        onClick={() => props.onMoveSection(s, -1)}
                      />
                      <IconButton
                        id={`${headingId}-down`}
                        iconProps={{ iconName: 'Down' }}
                        title={formatText(strings.SurveyBuilderMoveSectionDown, title)}
                        ariaLabel={formatText(strings.SurveyBuilderMoveSectionDown, title)}
                        disabled={disabled || s === draft.sections.length - 1}
                        onClick={() => props.onMoveSection(s, 1)}
                      />
                      <IconButton
                        iconProps={{ iconName: 'Delete' }}
                        title={formatText(strings.SurveyBuilderRemoveSection, title)}
                        ariaLabel={formatText(strings.SurveyBuilderRemoveSection, title)}
                        disabled={disabled}
                        onClick={() => props.onRemoveSection(s)}
                      />
                    </Stack>
                  </Stack>
                  {intro !== undefined ? (
                    <Text block variant="small">
                      {intro}
                    </Text>
                  ) : null}
                  {section.questions.length === 0 ? (
                    <Text block variant="small">
                      {strings.SurveyBuilderSectionEmpty}
                    </Text>
                  ) : null}
                  {section.questions.map((question, i) => {
                    number += 1;
                    const at = { section: s, question: i };
                    return (
                      <React.Fragment key={question.id}>
                        {undoHere(s, i)}
                        <QuestionCard
                          idPrefix={idPrefix}
                          draft={props.expanded.has(question.id) ? draft : undefined}
                          question={question}
                          at={at}
                          number={number}
                          expanded={props.expanded.has(question.id)}
                          canMoveUp={number > 1}
                          canMoveDown={number < total}
                          disabled={disabled}
                          needsAttention={props.attention.has(question.id)}
                          messages={messagesOf(props.messageAt, s, i)}
                          onToggle={props.onToggle}
                          onChange={props.onChangeQuestion}
                          onMove={props.onMoveQuestion}
                          onRemove={props.onRemoveQuestion}
                        />
                      </React.Fragment>
                    );
                  })}
                  {undoHere(s, section.questions.length)}
                  <div>
                    <DefaultButton
                      id={addId}
                      iconProps={{ iconName: 'Add' }}
                      text={strings.SurveyBuilderAddQuestion}
                      ariaLabel={formatText(strings.SurveyBuilderAddQuestionTo, title)}
                      ariaDescription={sectionMessage}
                      disabled={disabled}
                      menuProps={{
                        items: QUESTION_KINDS.map((kind) => ({ key: kind, text: kindLabel(kind), onClick: () => props.onAddQuestion(s, kind) }))
                      }}
                    />
                    <ErrorText id={`${addId}-error`} message={sectionMessage} />
                  </div>
                </Stack>
              </Card>
            </section>
          </React.Fragment>
        );
      })}
      {undoHere(draft.sections.length)}
      <div>
        <DefaultButton
          id={builderFieldId(idPrefix, 'sections')}
          iconProps={{ iconName: 'Add' }}
          text={strings.SurveyBuilderAddSection}
          ariaDescription={props.messageAt('sections')}
          disabled={disabled}
          onClick={props.onAddSection}
        />
        <ErrorText id={`${builderFieldId(idPrefix, 'sections')}-error`} message={props.messageAt('sections')} />
      </div>
    </Stack>
  );
}

