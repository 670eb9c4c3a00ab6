import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import type { DataSite } from '../../../../data/sp';
import type { IActor } from '../../../../domain/catalogue/lifecycle';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { dayInLondon } from '../../../../domain/training/days';
import { DayField } from '../../../../ui/form/DayField';
import { formatDay, formatText } from '../../../../ui/format/text';
import { defaultReviewBy, reviewByProblem } from '../browse/EntryActionsDialogs';
import { draftFromContent } from '../entry/entryDraft';
import { EntryForm, type IExtraProblem, type IFormAction } from '../entry/EntryForm';
import { howToToText } from '../entry/howToText';

export interface IReviewEntryProps {
  entry: ICatalogueEntry;
  site: () => Promise<DataSite>;
  actor: IActor;
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  today: string;
  locale: string;
  idPrefix: string;
  /** The entry as SharePoint now holds it (approved, rejected or corrected) and what happened. */
  onDone: (entry: ICatalogueEntry, note: string) => void;
  onBack: () => void;
}

/**
 * A champion reviews one submission: corrects it if needed, then approves it (with the review-by day,
 * six months on unless changed, and an optional comment) or rejects it with a comment the author will
 * see. Each is ONE request: the corrections, the status and the comment together (the repository does it).
 */
export function ReviewEntry(props: IReviewEntryProps): React.ReactElement {
  const { entry, actor, idPrefix, today } = props;
  const [start] = React.useState(() => {
    const text = howToToText(entry.howToHtml);
    return { draft: draftFromContent(entry, text), origin: { howToHtml: entry.howToHtml, howToText: text } };
  });
  const [reviewBy, setReviewBy] = React.useState(() => defaultReviewBy(today));
  const [comment, setComment] = React.useState('');
  const [check, setCheck] = React.useState<'none' | 'approve' | 'reject'>('none');
  const reviewById = `${idPrefix}-review-by`;
  const commentId = `${idPrefix}-comment`;
  const repository = async (): Promise<CatalogueRepository> => new CatalogueRepository(await props.site());

  const reviewByError = check === 'approve' ? reviewByProblem(reviewBy, today) : '';
  const commentError = check === 'reject' && comment.trim() === '' ? strings.CatalogueReviewCommentRequired : '';

  const actions: IFormAction[] = [
    {
      key: 'approve',
      text: strings.CatalogueApprove,
      primary: true,
      check: 'submission',
      extraProblems: (): IExtraProblem[] => {
        setCheck('approve');
        const problem = reviewByProblem(reviewBy, today);
        return problem !== '' ? [{ id: reviewById, message: `${strings.CatalogueReviewBy}: ${problem}` }] : [];
      },
      run: async (content, base, changed) => {
        const approved = await (await repository()).approve(actor, base ?? entry, { comment: comment.trim() === '' ? undefined : comment.trim(), reviewBy, content: changed ? content : undefined });
        props.onDone(approved, formatText(strings.CatalogueApprovedNote, approved.title, approved.reviewBy !== null ? formatDay(approved.reviewBy, props.locale) : ''));
      }
    },
    {
      key: 'reject',
      text: strings.CatalogueReject,
      check: 'none',
      extraProblems: (): IExtraProblem[] => {
        setCheck('reject');
        return comment.trim() === '' ? [{ id: commentId, message: `${strings.CatalogueReviewComment}: ${strings.CatalogueReviewCommentRequired}` }] : [];
      },
      run: async (_content, base) => {
        const rejected = await (await repository()).reject(actor, base ?? entry, comment.trim());
        props.onDone(rejected, formatText(strings.CatalogueRejectedNote, rejected.title));
      }
    }
  ];

  const submitted = entry.submittedAt !== null ? formatDay(dayInLondon(new Date(entry.submittedAt)), props.locale) : '';

  return (
    <EntryForm
      idPrefix={idPrefix}
      heading={formatText(strings.CatalogueReviewHeading, entry.title)}
      initialDraft={start.draft}
      origin={start.origin}
      base={entry}
      modules={props.modules}
      policyUrl={props.policyUrl}
      locale={props.locale}
      intro={
        <Stack tokens={{ childrenGap: 8 }}>
          <Text block>{formatText(strings.CatalogueReviewIntro, entry.author?.title ?? entry.ownerUpn, submitted)}</Text>
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {strings.CatalogueReviewHelp}
          </MessageBar>
        </Stack>
      }
      extra={
        <section aria-labelledby={`${idPrefix}-decision`}>
          <Stack tokens={{ childrenGap: 12 }}>
            <Text as="h4" id={`${idPrefix}-decision`} variant="large" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
              {strings.CatalogueReviewDecision}
            </Text>
            <DayField
              id={reviewById}
              label={strings.CatalogueReviewBy}
              description={strings.CatalogueReviewByHelp}
              value={reviewBy}
              onChange={setReviewBy}
              locale={props.locale}
              required
              errorMessage={reviewByError !== '' ? reviewByError : undefined}
            />
            <TextField
              id={commentId}
              label={strings.CatalogueReviewComment}
              description={strings.CatalogueReviewCommentHelp}
              multiline
              rows={3}
              value={comment}
              onChange={(_e, v) => setComment(v ?? '')}
              errorMessage={commentError !== '' ? commentError : undefined}
            />
          </Stack>
        </section>
      }
      actions={actions}
      onCancel={props.onBack}
      cancelText={strings.CatalogueBackToQueue}
      reload={async (id) => (await repository()).entry(id)}
    />
  );
}
