import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { DataSite } from '../../../../data/sp';
import { reviewsForOwner } from '../../../../domain/catalogue/lifecycle';
import type { EntryState, ICatalogueEntry } from '../../../../domain/catalogue/types';
import { dayInLondon } from '../../../../domain/training/days';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { reviewStatusText, stateName, typeName } from '../browse/catalogueText';

export interface IMySubmissionsProps {
  site: () => Promise<DataSite>;
  upn: string;
  /** Their site user id (SharePoint's Author); null when it could not be read. */
  userId: number | null;
  /** Published entries, for the reviews they own. */
  published: readonly ICatalogueEntry[];
  today: string;
  locale: string;
  idPrefix: string;
  /** Changes after every write, so the list is read again. */
  refreshKey: number;
  onOpen: (entry: ICatalogueEntry) => void;
  onEdit: (entry: ICatalogueEntry) => void;
}

type MineState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; entries: ICatalogueEntry[] };

const STATE_ORDER: readonly EntryState[] = ['rejected', 'draft', 'submitted', 'approved', 'retired'];

/**
 * What a person has contributed, in every state (SharePoint shows an author their own pending items):
 * rejections first with the champion's comment, then drafts, submissions waiting, published and retired.
 * Above them, the published entries they own whose review is overdue or due soon.
 */
export function MySubmissions(props: IMySubmissionsProps): React.ReactElement {
  const { idPrefix, locale, userId } = props;
  const theme = useTheme();
  const [state, setState] = React.useState<MineState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    if (userId === null) return undefined;
    let live = true;
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    props
      .site()
      .then((site) => new CatalogueRepository(site).entriesBy(userId))
      .then(
        (entries) => live && setState({ kind: 'ready', entries }),
        (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: read again only after a write or "Try again"
  }, [userId, props.refreshKey, attempt]);

  const classes = mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { padding: '10px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, minWidth: 0 },
    meta: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' },
    state: { fontWeight: 600 }
  });

  const reviews = reviewsForOwner(props.published, props.upn, props.today);

  const dateLine = (e: ICatalogueEntry): string => {
    switch (e.state) {
      case 'submitted':
        return e.submittedAt !== null ? formatText(strings.CatalogueSubmittedOn, formatDay(dayInLondon(new Date(e.submittedAt)), locale)) : '';
      case 'approved':
        return e.publishedOn !== null ? formatText(strings.CataloguePublishedOn, formatDay(e.publishedOn, locale)) : '';
      case 'retired':
        return e.retiredOn !== null ? formatText(strings.CatalogueRetiredOn, formatDay(e.retiredOn, locale)) : '';
      default:
        return formatText(strings.CatalogueLastChanged, formatDay(dayInLondon(new Date(e.modifiedAt)), locale));
    }
  };

  const item = (e: ICatalogueEntry, extra: React.ReactNode = null): React.ReactElement => (
    <li key={e.id} className={classes.item} data-entry={e.id} data-state={e.state}>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
          {e.title}
        </Text>
        <Text variant="small" block className={classes.meta}>
          <span className={classes.state}>{stateName(e.state)}</span>
          {[typeName(e.type), dateLine(e)].filter((t) => t !== '').map((t) => ` · ${t}`)}
        </Text>
        {extra}
        {e.state === 'rejected' && e.moderationComment !== null && e.moderationComment !== '' ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {formatText(strings.CatalogueRejectedComment, e.moderationComment)}
          </MessageBar>
        ) : null}
        {e.state === 'approved' && e.moderationComment !== null && e.moderationComment !== '' ? (
          <Text variant="small" block>
            {formatText(strings.CatalogueApprovedComment, e.moderationComment)}
          </Text>
        ) : null}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text={strings.CatalogueOpen} ariaLabel={formatText(strings.CatalogueOpenOf, e.title)} onClick={() => props.onOpen(e)} />
          {e.state !== 'retired' ? (
            <DefaultButton
              text={e.state === 'rejected' ? strings.CatalogueEditResubmit : strings.CatalogueEdit}
              ariaLabel={formatText(e.state === 'rejected' ? strings.CatalogueEditResubmitOf : strings.CatalogueEditOf, e.title)}
              onClick={() => props.onEdit(e)}
            />
          ) : null}
        </Stack>
      </Stack>
    </li>
  );

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h3" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.CatalogueMineHeading}
      </Text>

      {reviews.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-reviews`}>
          <Stack tokens={{ childrenGap: 8 }}>
            <Text as="h4" id={`${idPrefix}-reviews`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
              {strings.CatalogueMineReviewsHeading}
            </Text>
            <Text block>{strings.CatalogueMineReviewsHelp}</Text>
            <ul className={classes.list}>
              {reviews.map((r) => (
                <li key={r.entry.id} className={classes.item} data-review={r.status}>
                  <Stack tokens={{ childrenGap: 2 }}>
                    <Link onClick={() => props.onOpen(r.entry)} styles={{ root: { textAlign: 'left', overflowWrap: 'anywhere' } }}>
                      {r.entry.title}
                    </Link>
                    <Text variant="small" block className={classes.meta}>
                      {formatText(strings.CatalogueReviewNotice, reviewStatusText(r.status), r.entry.reviewBy !== null ? formatDay(r.entry.reviewBy, locale) : '')}
                    </Text>
                  </Stack>
                </li>
              ))}
            </ul>
          </Stack>
        </section>
      ) : null}

      <section aria-labelledby={`${idPrefix}-contributions`}>
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h4" id={`${idPrefix}-contributions`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
            {strings.CatalogueMineContributions}
          </Text>
          {userId === null ? <MessageBar messageBarType={MessageBarType.warning}>{strings.CatalogueMineNoUser}</MessageBar> : null}
          {userId !== null && state.kind === 'loading' ? <Spinner size={SpinnerSize.medium} label={strings.CatalogueMineLoading} ariaLive="polite" /> : null}
          {userId !== null && state.kind === 'failed' ? (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.CatalogueTryAgain} onClick={() => setAttempt((n) => n + 1)} />
                </div>
              }
            >
              {formatText(strings.CatalogueMineFailed, state.message)}
            </MessageBar>
          ) : null}
          {userId !== null && state.kind === 'ready' ? (
            state.entries.length === 0 ? (
              <Text block>{strings.CatalogueMineEmpty}</Text>
            ) : (
              <ul className={classes.list} aria-label={strings.CatalogueMineContributions}>
                {[...state.entries]
                  .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || b.modifiedAt.localeCompare(a.modifiedAt))
                  .map((e) => {
                    const review = reviews.filter((r) => r.entry.id === e.id)[0];
                    return item(
                      e,
                      review !== undefined ? (
                        <Text variant="small" block styles={{ root: { color: review.status === 'overdue' ? theme.semanticColors.errorText : theme.semanticColors.bodyText, fontWeight: 600 } }}>
                          {formatText(strings.CatalogueReviewNotice, reviewStatusText(review.status), e.reviewBy !== null ? formatDay(e.reviewBy, locale) : '')}
                        </Text>
                      ) : null
                    );
                  })}
              </ul>
            )
          ) : null}
        </Stack>
      </section>
    </Stack>
  );
}
