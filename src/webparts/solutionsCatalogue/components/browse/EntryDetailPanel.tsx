import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import { ConflictError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { reviewStatus, type IActor } from '../../../../domain/catalogue/lifecycle';
import { resolveMinutesSaved, type MeasuredTaskMinutes } from '../../../../domain/catalogue/minutes';
import { sanitiseHowTo } from '../../../../domain/catalogue/sanitise';
import type { ICatalogueEntry, IHelpfulVote } from '../../../../domain/catalogue/types';
import { myVote } from '../../../../domain/catalogue/votes';
import { formatDay, formatText } from '../../../../ui/format/text';
import { EntryEditor, editorMode } from '../entry/EntryEditor';
import { writeFailure } from '../entry/EntryForm';
import { ReportPoorOutput } from '../report/ReportPoorOutput';
import { handlingMeaning, reviewStatusText, stateName, taskName, typeName } from './catalogueText';
import { copyText } from './clipboard';
import { shareableEntryLink } from './deepLink';
import type { ITeamsEntity } from '../../../../ui/host/hostContext';
import { RetireDialog, ReviewedDialog } from './EntryActionsDialogs';
import { HandlingBadge, minutesText } from './EntryBits';

export interface ICatalogueMe extends IActor {
  force: string;
  department: string;
}

export interface IEntryDetailPanelProps {
  entry: ICatalogueEntry;
  site: () => Promise<DataSite>;
  me: ICatalogueMe;
  votes: readonly IHelpfulVote[];
  helpfulCount: number;
  measured: MeasuredTaskMinutes | undefined;
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  today: string;
  locale: string;
  idPrefix: string;
  /** The page's address, for "Copy link". */
  pageHref: string;
  /** In Teams: what "Copy link" needs to give a Teams deep link instead of the hosted page's address. */
  teamsEntity?: ITeamsEntity;
  /** Open straight in the editor (from "My submissions"). */
  startEditing?: boolean;
  onDismiss: () => void;
  onEntryChanged: (entry: ICatalogueEntry) => void;
  onVoteChanged: (vote: IHelpfulVote) => void;
}

/** Only web and mail links open from an entry's fields: anything else is data someone typed. */
function webLink(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

type Dialog = 'retire' | 'reviewed' | 'report' | undefined;

/**
 * One entry in full: what it is for, the steps (sanitised on display), prompts to copy, what data it is
 * safe with and when not to use it, who keeps it, what it saves, and "this helped me". Champions retire,
 * mark reviewed and edit from here; authors edit their own. Using an entry (copying, voting, reporting)
 * never writes to the entry.
 */
export function EntryDetailPanel(props: IEntryDetailPanelProps): React.ReactElement {
  const { entry, me, locale, idPrefix } = props;
  const theme = useTheme();
  const [editing, setEditing] = React.useState(props.startEditing === true);
  const [dialog, setDialog] = React.useState<Dialog>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const [voteBusy, setVoteBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [note, setNote] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const howTo = React.useMemo(() => sanitiseHowTo(entry.howToHtml), [entry.howToHtml]);
  const minutes = resolveMinutesSaved(entry, props.measured);
  const vote = myVote(props.votes, entry.id, me);
  const helpedMe = vote !== undefined && vote.helpful;
  const review = reviewStatus(entry, props.today);
  const module = props.modules?.filter((m) => m.key === entry.trainingModuleKey)[0];
  const moduleHref = webLink(module?.contentUrl);
  const canEdit = editorMode(entry, me) !== 'none';
  const repository = async (): Promise<CatalogueRepository> => new CatalogueRepository(await props.site());
  const sectionId = (name: string): string => `${idPrefix}-detail-${name}`;

  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        body: { overflowWrap: 'anywhere', selectors: { 'ol, ul': { paddingLeft: 24 }, table: { borderCollapse: 'collapse' }, 'td, th': { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 4 }, a: { color: theme.semanticColors.link } } },
        tableScroll: { overflowX: 'auto', maxWidth: '100%' },
        prompt: {
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          margin: 0,
          padding: 8,
          fontFamily: 'inherit',
          background: theme.semanticColors.bodyStandoutBackground,
          border: `1px solid ${theme.semanticColors.bodyDivider}`
        },
        facts: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) minmax(0, 1fr)', gap: '6px 12px', selectors: { dd: { margin: 0, overflowWrap: 'anywhere' }, dt: { fontWeight: 600 } } },
        meta: { color: theme.semanticColors.bodySubtext }
      }),
    [theme]
  );

  const copy = (text: string, done: string): void => {
    copyText(text).then(
      (ok) => mounted.current && setAnnouncement(ok ? done : strings.CatalogueCopyFailed),
      () => mounted.current && setAnnouncement(strings.CatalogueCopyFailed)
    );
  };

  const toggleHelpful = (): void => {
    setVoteBusy(true);
    setProblem(undefined);
    repository()
      .then((r) => r.toggleHelpful(entry.id, { upn: me.upn, userId: me.userId ?? undefined }))
      .then(
        (v) => {
          props.onVoteChanged(v);
          if (mounted.current) setAnnouncement(v.helpful ? strings.CatalogueHelpfulOn : strings.CatalogueHelpfulOff);
        },
        (error: unknown) => mounted.current && setProblem(formatText(strings.CatalogueHelpfulFailed, writeFailure(error)))
      )
      .then(
        () => mounted.current && setVoteBusy(false),
        () => undefined
      );
  };

  const changed = (next: ICatalogueEntry, message: string): void => {
    props.onEntryChanged(next);
    setDialog(undefined);
    setEditing(false);
    setNote(message);
  };

  /** Runs a champion's write; on a conflict, shows the entry as it now is (the dialog says so) before failing. */
  const guarded = async (task: (r: CatalogueRepository) => Promise<ICatalogueEntry>, message: string): Promise<void> => {
    const r = await repository();
    try {
      changed(await task(r), message);
    } catch (error) {
      if (error instanceof ConflictError) {
        const fresh = await r.entry(entry.id).catch(() => undefined);
        if (fresh !== undefined) props.onEntryChanged(fresh);
      }
      throw error;
    }
  };

  const heading = (name: string, text: string): React.ReactElement => (
    <Text as="h3" id={sectionId(name)} variant="large" block styles={{ root: { margin: '12px 0 4px', fontWeight: 600 } }}>
      {text}
    </Text>
  );

  const helpfulText = props.helpfulCount === 0 ? strings.CatalogueHelpedNone : formatText(props.helpfulCount === 1 ? strings.CatalogueHelpedOne : strings.CatalogueHelpedMany, props.helpfulCount);

  const view = (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small" block className={classes.meta}>
        {[typeName(entry.type), entry.force, entry.publishedOn !== null ? formatText(strings.CataloguePublishedOn, formatDay(entry.publishedOn, locale)) : ''].filter((t) => t !== '').join(' · ')}
      </Text>

      {note !== undefined ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNote(undefined)} dismissButtonAriaLabel={strings.CatalogueDismiss}>
          {note}
        </MessageBar>
      ) : null}
      {entry.state === 'retired' ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatText(strings.CatalogueRetiredNotice, entry.retiredOn !== null ? formatDay(entry.retiredOn, locale) : '', entry.retiredReason)}
        </MessageBar>
      ) : null}
      {entry.state !== 'approved' && entry.state !== 'retired' ? (
        <MessageBar messageBarType={entry.state === 'rejected' ? MessageBarType.warning : MessageBarType.info} isMultiline>
          {formatText(strings.CatalogueNotPublishedNotice, stateName(entry.state))}
          {entry.state === 'rejected' && entry.moderationComment ? ` ${formatText(strings.CatalogueRejectedComment, entry.moderationComment)}` : ''}
        </MessageBar>
      ) : null}
      {review === 'overdue' || review === 'dueSoon' ? (
        <MessageBar messageBarType={review === 'overdue' ? MessageBarType.severeWarning : MessageBarType.warning} isMultiline>
          {formatText(strings.CatalogueReviewNotice, reviewStatusText(review), entry.reviewBy !== null ? formatDay(entry.reviewBy, locale) : '')}
        </MessageBar>
      ) : null}

      {entry.summary !== '' ? (
        <Text as="p" block styles={{ root: { margin: 0, overflowWrap: 'anywhere' } }}>
          {entry.summary}
        </Text>
      ) : null}

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {entry.state === 'approved' ? (
          <DefaultButton
            toggle
            checked={helpedMe}
            aria-pressed={helpedMe}
            iconProps={{ iconName: helpedMe ? 'LikeSolid' : 'Like' }}
            text={strings.CatalogueHelpful}
            disabled={voteBusy}
            onClick={toggleHelpful}
          />
        ) : null}
        <Text variant="small">{helpfulText}</Text>
      </Stack>

      {entry.problem !== '' ? (
        <section aria-labelledby={sectionId('problem')}>
          {heading('problem', strings.CatalogueDetailProblem)}
          <Text as="p" block styles={{ root: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
            {entry.problem}
          </Text>
        </section>
      ) : null}

      <section aria-labelledby={sectionId('how')}>
        {heading('how', entry.type === 'faq' ? strings.CatalogueDetailAnswer : strings.CatalogueDetailHowTo)}
        {howTo !== '' ? (
          <div className={classes.tableScroll} tabIndex={howTo.indexOf('<table') >= 0 ? 0 : undefined} role={howTo.indexOf('<table') >= 0 ? 'region' : undefined} aria-label={howTo.indexOf('<table') >= 0 ? strings.CatalogueDetailHowTo : undefined}>
            {/* Sanitised by the allow-list on every display (`sanitiseHowTo`): anyone who may contribute can write the column through REST. */}
            <div className={classes.body} dangerouslySetInnerHTML={{ __html: howTo }} />
          </div>
        ) : (
          <Text block>{strings.CatalogueDetailNothing}</Text>
        )}
      </section>

      {entry.prompts.length > 0 ? (
        <section aria-labelledby={sectionId('prompts')}>
          {heading('prompts', strings.CatalogueDetailPrompts)}
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {entry.prompts.map((p, i) => (
              <li key={i} style={{ marginBottom: 12 }}>
                <Stack tokens={{ childrenGap: 4 }}>
                  <pre className={classes.prompt}>{p}</pre>
                  <div>
                    <DefaultButton
                      iconProps={{ iconName: 'Copy' }}
                      text={strings.CatalogueCopyPrompt}
                      ariaLabel={formatText(strings.CatalogueCopyPromptOf, i + 1, entry.prompts.length)}
                      onClick={() => copy(p, formatText(strings.CatalogueCopiedPrompt, i + 1))}
                    />
                  </div>
                </Stack>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby={sectionId('safe')}>
        {heading('safe', strings.CatalogueDetailSafe)}
        <Stack tokens={{ childrenGap: 6 }}>
          <div>
            <HandlingBadge label={entry.handling} />
          </div>
          <Text block>{handlingMeaning(entry.handling)}</Text>
          <Text block>{strings.CatalogueHandlingNever}</Text>
          {props.policyUrl !== undefined ? (
            <Link href={props.policyUrl} target="_blank" rel="noopener noreferrer">
              {strings.CataloguePolicyLink}
            </Link>
          ) : null}
          {entry.whenNotToUse !== '' ? (
            <>
              <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '8px 0 0', fontWeight: 600 } }}>
                {strings.CatalogueDetailWhenNot}
              </Text>
              <Text as="p" block styles={{ root: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
                {entry.whenNotToUse}
              </Text>
            </>
          ) : null}
        </Stack>
      </section>

      <section aria-labelledby={sectionId('facts')}>
        {heading('facts', strings.CatalogueDetailFacts)}
        <dl className={classes.facts}>
          <dt>{strings.CatalogueFieldProducts}</dt>
          <dd>{entry.products.length > 0 ? entry.products.join(', ') : strings.CatalogueDetailNoneGiven}</dd>
          <dt>{strings.CatalogueFieldDepartments}</dt>
          <dd>{entry.departments.length > 0 ? entry.departments.join(', ') : strings.CatalogueDetailAllDepartments}</dd>
          <dt>{strings.CatalogueFieldRoles}</dt>
          <dd>{entry.roles.length > 0 ? entry.roles.join(', ') : strings.CatalogueDetailAllRoles}</dd>
          <dt>{strings.CatalogueFieldForce}</dt>
          <dd>{entry.force}</dd>
          <dt>{strings.CatalogueFieldOwner}</dt>
          <dd>{entry.ownerUpn !== '' ? entry.ownerUpn : strings.CatalogueDetailNoneGiven}</dd>
          <dt>{strings.CatalogueFieldTraining}</dt>
          <dd>
            {entry.trainingModuleKey === '' ? (
              strings.CatalogueDetailNoneGiven
            ) : moduleHref !== undefined ? (
              <Link href={moduleHref} target="_blank" rel="noopener noreferrer">
                {module?.title ?? entry.trainingModuleKey}
              </Link>
            ) : (
              module?.title ?? entry.trainingModuleKey
            )}
          </dd>
          <dt>{strings.CatalogueDetailMinutes}</dt>
          <dd>
            <Stack tokens={{ childrenGap: 2 }}>
              <span>{minutes.perUse !== null ? minutesText(minutes) : strings.CatalogueMinutesUnknown}</span>
              {minutes.taskNetMinutesPerWeek !== null && minutes.task !== null ? (
                <span>
                  {formatText(
                    minutes.taskNetMinutesPerWeek < 0 ? strings.CatalogueMinutesSurveyLoss : strings.CatalogueMinutesSurvey,
                    Math.abs(minutes.taskNetMinutesPerWeek),
                    taskName(minutes.task),
                    minutes.respondents ?? 0,
                    minutes.source ?? ''
                  )}
                </span>
              ) : null}
            </Stack>
          </dd>
          <dt>{strings.CatalogueReviewBy}</dt>
          <dd>
            {entry.reviewBy !== null ? formatDay(entry.reviewBy, locale) : strings.CatalogueDetailNoneGiven}
            {review === 'overdue' || review === 'dueSoon' ? ` (${reviewStatusText(review)})` : ''}
          </dd>
        </dl>
      </section>

      {problem !== undefined ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {problem}
        </MessageBar>
      ) : null}

      <section aria-labelledby={sectionId('actions')}>
        {heading('actions', strings.CatalogueDetailActions)}
        <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
          <ActionButton iconProps={{ iconName: 'Link' }} onClick={() => copy(shareableEntryLink(props.pageHref, props.teamsEntity, entry.id), strings.CatalogueCopiedLink)}>
            {strings.CatalogueCopyLink}
          </ActionButton>
          {entry.state === 'approved' ? (
            <ActionButton iconProps={{ iconName: 'Flag' }} onClick={() => setDialog('report')}>
              {strings.CatalogueFlagPoorOutput}
            </ActionButton>
          ) : null}
          {canEdit ? (
            <ActionButton iconProps={{ iconName: 'Edit' }} onClick={() => setEditing(true)}>
              {strings.CatalogueEdit}
            </ActionButton>
          ) : null}
          {me.isChampion && entry.state === 'approved' ? (
            <>
              <ActionButton iconProps={{ iconName: 'CheckMark' }} onClick={() => setDialog('reviewed')}>
                {strings.CatalogueMarkReviewed}
              </ActionButton>
              <ActionButton iconProps={{ iconName: 'Archive' }} onClick={() => setDialog('retire')}>
                {strings.CatalogueRetire}
              </ActionButton>
            </>
          ) : null}
        </Stack>
      </section>
    </Stack>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={entry.title}
      headerTextProps={{ 'aria-level': 2, role: 'heading', style: { overflowWrap: 'anywhere' } } as React.HTMLAttributes<HTMLDivElement>}
      isLightDismiss={!editing}
      onDismiss={() => props.onDismiss()}
      closeButtonAriaLabel={strings.CatalogueClose}
      isFooterAtBottom={false}
    >
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }} data-copy-status>
        {announcement}
      </div>
      {editing ? (
        <EntryEditor
          entry={entry}
          site={props.site}
          actor={me}
          modules={props.modules}
          policyUrl={props.policyUrl}
          locale={locale}
          idPrefix={`${idPrefix}-edit`}
          headingAs="h2"
          onSaved={changed}
          onCancel={() => setEditing(false)}
        />
      ) : (
        view
      )}
      {dialog === 'retire' ? (
        <RetireDialog
          title={entry.title}
          idPrefix={idPrefix}
          onDismiss={() => setDialog(undefined)}
          onRetire={(reason) => guarded((r) => r.retire(me, entry, reason), formatText(strings.CatalogueRetiredNote, entry.title))}
        />
      ) : null}
      {dialog === 'reviewed' ? (
        <ReviewedDialog
          title={entry.title}
          idPrefix={idPrefix}
          today={props.today}
          locale={locale}
          onDismiss={() => setDialog(undefined)}
          onReviewed={(reviewBy) => guarded((r) => r.markReviewed(me, entry, reviewBy), formatText(strings.CatalogueReviewedNote, formatDay(reviewBy, locale)))}
        />
      ) : null}
      {dialog === 'report' ? <ReportPoorOutput site={props.site} entry={entry} me={{ upn: me.upn, force: me.force, department: me.department }} locale={props.locale} onClose={() => setDialog(undefined)} /> : null}
    </Panel>
  );
}
