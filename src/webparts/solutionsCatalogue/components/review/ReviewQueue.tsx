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
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import type { DataSite } from '../../../../data/sp';
import { reviewStatus, type IActor } from '../../../../domain/catalogue/lifecycle';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { dayInLondon } from '../../../../domain/training/days';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { HandlingBadge } from '../browse/EntryBits';
import { typeName } from '../browse/catalogueText';
import { ReviewEntry } from './ReviewEntry';

export interface IReviewQueueProps {
  site: () => Promise<DataSite>;
  actor: IActor;
  /** Published entries, for the overdue reviews. */
  published: readonly ICatalogueEntry[];
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  today: string;
  locale: string;
  idPrefix: string;
  onEntryChanged: (entry: ICatalogueEntry) => void;
  onOpen: (entry: ICatalogueEntry) => void;
}

type QueueState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; entries: ICatalogueEntry[] };

/**
 * The champions' review queue: submissions waiting (oldest first, as SharePoint returns them to an
 * approver), each opened to correct, approve with a review-by day, or reject with a comment; and the
 * published entries whose review is overdue.
 */
export function ReviewQueue(props: IReviewQueueProps): React.ReactElement {
  const { idPrefix, locale } = props;
  const theme = useTheme();
  const [state, setState] = React.useState<QueueState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [reviewing, setReviewing] = React.useState<ICatalogueEntry | undefined>(undefined);
  const [note, setNote] = React.useState<string | undefined>(undefined);
  const noteId = `${idPrefix}-queue-note`;
  const [focusNote, setFocusNote] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    props
      .site()
      .then((site) => new CatalogueRepository(site).pendingEntries())
      .then(
        (entries) => live && setState({ kind: 'ready', entries }),
        (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: read on opening and on "Try again" only
  }, [attempt]);

  React.useEffect(() => {
    if (!focusNote) return;
    document.getElementById(noteId)?.focus();
    setFocusNote(false);
  }, [focusNote, noteId]);

  const classes = mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { padding: '10px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, minWidth: 0 },
    meta: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' }
  });

  const finished = (entry: ICatalogueEntry, message: string): void => {
    props.onEntryChanged(entry);
    setState((s) => (s.kind === 'ready' ? { kind: 'ready', entries: s.entries.filter((e) => e.id !== entry.id || entry.state === 'submitted').map((e) => (e.id === entry.id ? entry : e)) } : s));
    setReviewing(undefined);
    setNote(message);
    setFocusNote(true);
  };

  if (reviewing !== undefined) {
    return (
      <ReviewEntry
        entry={reviewing}
        site={props.site}
        actor={props.actor}
        modules={props.modules}
        policyUrl={props.policyUrl}
        today={props.today}
        locale={locale}
        idPrefix={`${idPrefix}-review`}
        onDone={finished}
        onBack={() => setReviewing(undefined)}
      />
    );
  }

  const overdue = props.published.filter((e) => reviewStatus(e, props.today) === 'overdue').sort((a, b) => (a.reviewBy ?? '').localeCompare(b.reviewBy ?? ''));

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h3" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.CatalogueQueueHeading}
      </Text>
      <div id={noteId} tabIndex={-1} style={{ outline: 'none' }}>
        {note !== undefined ? (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNote(undefined)} dismissButtonAriaLabel={strings.CatalogueDismiss}>
            {note}
          </MessageBar>
        ) : null}
      </div>
      {state.kind === 'loading' ? <Spinner size={SpinnerSize.medium} label={strings.CatalogueQueueLoading} ariaLive="polite" /> : null}
      {state.kind === 'failed' ? (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={
            <div>
              <DefaultButton text={strings.CatalogueTryAgain} onClick={() => setAttempt((n) => n + 1)} />
            </div>
          }
        >
          {formatText(strings.CatalogueQueueFailed, state.message)}
        </MessageBar>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <Text block role="status">
            {state.entries.length === 0 ? strings.CatalogueQueueEmpty : formatText(state.entries.length === 1 ? strings.CatalogueQueueCountOne : strings.CatalogueQueueCountMany, state.entries.length)}
          </Text>
          {state.entries.length > 0 ? (
            <ul className={classes.list} aria-label={strings.CatalogueQueueHeading}>
              {state.entries.map((e) => (
                <li key={e.id} className={classes.item} data-entry={e.id}>
                  <Stack tokens={{ childrenGap: 4 }}>
                    <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
                      {e.title}
                    </Text>
                    <Text variant="small" block className={classes.meta}>
                      {[
                        typeName(e.type),
                        e.force,
                        e.author !== null ? formatText(strings.CatalogueSubmittedBy, e.author.title) : '',
                        e.submittedAt !== null ? formatText(strings.CatalogueSubmittedOn, formatDay(dayInLondon(new Date(e.submittedAt)), locale)) : ''
                      ]
                        .filter((t) => t !== '')
                        .join(' · ')}
                    </Text>
                    <div>
                      <HandlingBadge label={e.handling} short />
                    </div>
                    <div>
                      <DefaultButton text={strings.CatalogueQueueReview} ariaLabel={formatText(strings.CatalogueQueueReviewOf, e.title)} onClick={() => setReviewing(e)} />
                    </div>
                  </Stack>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}

      <section aria-labelledby={`${idPrefix}-overdue`}>
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h3" id={`${idPrefix}-overdue`} variant="large" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
            {strings.CatalogueOverdueHeading}
          </Text>
          {overdue.length === 0 ? (
            <Text block>{strings.CatalogueOverdueNone}</Text>
          ) : (
            <ul className={classes.list}>
              {overdue.map((e) => (
                <li key={e.id} className={classes.item}>
                  <Stack tokens={{ childrenGap: 2 }}>
                    <Link onClick={() => props.onOpen(e)} styles={{ root: { textAlign: 'left', overflowWrap: 'anywhere' } }}>
                      {e.title}
                    </Link>
                    <Text variant="small" block className={classes.meta}>
                      {formatText(strings.CatalogueOverdueItem, e.reviewBy !== null ? formatDay(e.reviewBy, locale) : '', e.ownerUpn)}
                    </Text>
                  </Stack>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
