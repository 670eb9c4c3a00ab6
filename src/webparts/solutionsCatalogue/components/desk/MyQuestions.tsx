import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { IChampionQuestion } from '../../../../domain/catalogue/types';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Card, CardList, Heading, PlainText } from './deskParts';
import { dayOf } from './deskModel';

export interface IMyQuestionsProps {
  /** The person's own questions, newest first. */
  questions: IChampionQuestion[];
  locale: string;
  idPrefix: string;
  onOpenFaq: (entryId: number) => void;
}

/** When and where a question was asked, and where it is. */
export function questionStatusText(q: IChampionQuestion, locale: string): string {
  if (q.status === 'answered') {
    const on = q.answeredAt !== null ? formatDay(dayOf(q.answeredAt), locale) : '';
    return q.answeredBy !== '' ? formatText(strings.CatalogueDeskAnsweredBy, q.answeredBy, on) : formatText(strings.CatalogueDeskAnsweredOn, on);
  }
  return strings.CatalogueDeskWaiting;
}

/** "My questions": each with its status and, once answered, the answer (and its FAQ, if it became one). */
export function MyQuestions(props: IMyQuestionsProps): React.ReactElement {
  const { questions, locale, idPrefix } = props;
  const headingId = `${idPrefix}-mine-heading`;
  const answered = questions.filter((q) => q.status === 'answered').length;
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading level={3} id={headingId}>
        {strings.CatalogueDeskMyQuestionsHeading}
      </Heading>
      {questions.length === 0 ? (
        <Text block>{strings.CatalogueDeskNoQuestionsYet}</Text>
      ) : (
        <>
          <Text block>{formatText(strings.CatalogueDeskMyQuestionsCount, questions.length, answered)}</Text>
          <CardList labelledBy={headingId}>
            {questions.map((q) => {
              const titleId = `${idPrefix}-mine-${q.id}`;
              return (
                <Card key={q.id} as="li" labelledBy={titleId}>
                  <Stack tokens={{ childrenGap: 8 }}>
                    <Heading level={4} id={titleId}>
                      {q.title}
                    </Heading>
                    <Text block variant="small">
                      {formatText(strings.CatalogueDeskAskedOn, formatDay(dayOf(q.createdAt), locale))}
                    </Text>
                    {q.question.trim() !== q.title.trim() ? <PlainText text={q.question} /> : null}
                    <Text block styles={{ root: { fontWeight: 600 } }}>
                      {questionStatusText(q, locale)}
                    </Text>
                    {q.status === 'answered' ? (
                      <div>
                        <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
                          {strings.CatalogueDeskAnswerLabel}
                        </Text>
                        <PlainText text={q.answer} />
                      </div>
                    ) : null}
                    {q.promotedEntryId !== null ? (
                      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                        <Text>{strings.CatalogueDeskNowAnFaq}</Text>
                        <ActionButton
                          text={strings.CatalogueDeskOpenFaq}
                          ariaLabel={formatText(strings.CatalogueDeskOpenFaqOf, q.title)}
                          onClick={() => props.onOpenFaq(q.promotedEntryId as number)}
                        />
                      </Stack>
                    ) : null}
                  </Stack>
                </Card>
              );
            })}
          </CardList>
        </>
      )}
    </Stack>
  );
}
