import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { buildAgenda } from '../../../../domain/board/agenda';
import { latestClosure, liveRegister, sinceLastBoardFor } from '../../../../domain/board/meetingState';
import type { IBoardIndicator, IndicatorKey, IBoardMeeting, IBoardRights, IBoardStore, IMeetingSnapshot } from '../../../../domain/board/types';
import type { IRegisterSnapshot } from '../../../../domain/risks/snapshot';
import type { IRegisterData } from '../../../../domain/risks/types';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Heading, useFocusRequest } from '../raid/RaidParts';
import { categoryName } from '../raid/raidText';
import { formatInstant, personName } from '../risk/riskText';
import { changeCount, deltaByTopic, meetingSummary, personTitle, type IBoardMember } from './boardModel';
import { indicatorName, indicatorSource, markingName, meetingStatusName } from './boardText';
import { BoardTable, Facts } from './BoardTable';
import { LogItemForm } from './LogItemForm';
import { CloseDialog, ReopenDialog } from './MeetingDialogs';
import { agendaTables, DELTA_CSV_HEADERS, deltaCsvFileName, deltaCsvRows, deltaForceTable, deltaTable, indicatorTable, type IPaperFact } from './paperModel';
import { TriageSection } from './TriageSection';
import { useLoad } from './useLoad';

export interface IMeetingViewProps {
  idPrefix: string;
  store: IBoardStore;
  meeting: IBoardMeeting;
  meetings: readonly IBoardMeeting[];
  members: readonly IBoardMember[];
  rights: IBoardRights;
  /** The live register (an open meeting's agenda and "since last board"). */
  register: IRegisterData;
  today: string;
  locale: string;
  me: string;
  onBack: () => void;
  onEdit: () => void;
  onPaper: () => void;
  /** The meeting as written (closed, re-opened), with what to tell the person. */
  onMeetingChanged: (meeting: IBoardMeeting, message: string) => void;
  onRegisterChanged: () => void;
}

type Dialog = 'close' | 'reopen' | undefined;

/** What a closure reads from the other parts and freezes (`BoardRepository.indicators`). */
const FROZEN_INDICATORS: readonly IndicatorKey[] = ['trainingReadiness', 'benefitsRealisation', 'poorOutputs'];

/**
 * One meeting. Open: its agenda by topic from the live register, "since last board" per topic and per force,
 * the live indicators, the form to log a decision, action or issue against it, the poor-output reports to
 * triage, and "Close the meeting". Closed: the same read from what its closure froze, read-only, with the
 * board paper and "Re-open" (a reason is required and recorded).
 */
export function MeetingView(props: IMeetingViewProps): React.ReactElement {
  const { idPrefix, store, meeting, members, rights, register, today, locale } = props;
  const closed = meeting.status === 'closed';
  const closureId = latestClosure(meeting.records)?.id ?? 0;
  const who = (upn: string): string => personTitle(upn, members);
  const [dialog, setDialog] = React.useState<Dialog>(undefined);
  const focus = useFocusRequest();

  // What this meeting is compared with, and (closed) what it froze; keyed so a close or re-open reads again.
  const [previous, retryPrevious] = useLoad<IMeetingSnapshot | null>(() => store.previousSnapshot(meeting), `${meeting.id}:${meeting.meetingDate}:${props.meetings.length}`);
  const [frozen, retryFrozen] = useLoad<IMeetingSnapshot | undefined>(() => (closed ? store.snapshot(meeting) : Promise.resolve(undefined)), `${meeting.id}:${closed ? closureId : 'open'}`);
  const [liveIndicators, retryIndicators] = useLoad<IBoardIndicator[]>(() => (closed ? Promise.resolve([]) : store.indicators()), `${meeting.id}:${closed ? 'closed' : 'open'}`);

  const live = React.useMemo<IRegisterSnapshot | undefined>(() => (closed ? undefined : liveRegister(register, new Date().toISOString(), today)), [closed, register, today]);
  const current: IRegisterSnapshot | undefined = closed ? (frozen.kind === 'ready' && frozen.value !== undefined ? frozen.value.register : undefined) : live;
  const before = previous.kind === 'ready' ? previous.value : undefined;
  const agenda = React.useMemo(() => (current === undefined || before === undefined ? undefined : buildAgenda(current, before === null ? null : before.register, { meetingId: meeting.id })), [current, before, meeting.id]);
  const delta = React.useMemo(() => (current === undefined || before === undefined ? undefined : sinceLastBoardFor(before, current)), [current, before]);
  const indicators: IBoardIndicator[] | undefined = closed ? (frozen.kind === 'ready' && frozen.value !== undefined ? frozen.value.indicators : undefined) : liveIndicators.kind === 'ready' ? liveIndicators.value : undefined;

  const summary = meetingSummary(meeting);
  const day = formatDay(meeting.meetingDate, locale);
  const sectionId = (s: string): string => `${idPrefix}-${s}`;
  const loggedHere = register.raid.filter((r) => r.meetingId === meeting.id).length;

  const facts: IPaperFact[] = [
    {
      label: strings.BoardColStatus,
      value:
        summary.status === 'closed' && summary.closure !== null
          ? formatText(summary.reissued ? strings.BoardClosedReissuedByAt : strings.BoardClosedByAt, personName(summary.closure.by), formatInstant(summary.closure.at, locale))
          : meetingStatusName('open')
    },
    { label: strings.BoardFieldChair, value: who(meeting.chairUpn) },
    { label: strings.BoardFieldAttendees, value: meeting.attendeeUpns.length === 0 ? strings.BoardNobody : meeting.attendeeUpns.map(who).join(', ') },
    { label: strings.BoardFieldMarking, value: markingName(meeting.marking) }
  ];
  if (meeting.notes.trim() !== '') facts.push({ label: strings.BoardFieldNotes, value: meeting.notes });

  const sections: Array<{ key: string; text: string }> = [
    { key: 'agenda', text: strings.BoardAgendaHeading },
    { key: 'since', text: strings.BoardSinceHeading },
    { key: 'indicators', text: closed ? strings.BoardIndicatorsFrozenHeading : strings.BoardIndicatorsLiveHeading },
    ...(!closed && rights.canRun ? [{ key: 'log', text: strings.BoardLogSectionHeading }] : []),
    ...(!closed && rights.canTriage ? [{ key: 'triage', text: strings.BoardTriageHeading }] : [])
  ];

  const waiting = (text: string, failed: { kind: string; message?: string }, retry: () => void): React.ReactElement =>
    failed.kind === 'failed' ? (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text={strings.BoardTryAgain} onClick={retry} />}>
        {formatText(strings.BoardReadFailed, failed.message ?? '')}
      </MessageBar>
    ) : (
      <Spinner size={SpinnerSize.small} label={text} labelPosition="right" ariaLive="polite" />
    );

  const notReady = (): React.ReactElement => {
    if (previous.kind !== 'ready') return waiting(strings.BoardReadingPrevious, previous, retryPrevious);
    if (closed && frozen.kind === 'ready' && frozen.value === undefined) return <MessageBar messageBarType={MessageBarType.warning}>{strings.BoardNoSnapshot}</MessageBar>;
    return waiting(strings.BoardReadingSnapshot, frozen, retryFrozen);
  };

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { minWidth: 0 } }}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Heading as="h3" id={`${idPrefix}-heading`}>
          {formatText(strings.BoardMeetingHeading, day)}
        </Heading>
        <Facts facts={facts} />
        {meeting.records.length > 0 ? (
          <div>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {strings.BoardRecordsHeading}
            </Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={strings.BoardRecordsHeading}>
              {meeting.records.map((r) => (
                <li key={r.id} style={{ overflowWrap: 'anywhere' }}>
                  {r.kind === 'closed'
                    ? formatText(r.reason.trim() !== '' ? strings.BoardRecordClosedNote : strings.BoardRecordClosed, personName(r.by), formatInstant(r.at, locale), r.reason)
                    : formatText(strings.BoardRecordReopened, personName(r.by), formatInstant(r.at, locale), r.reason)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {closed ? <MessageBar messageBarType={MessageBarType.info}>{rights.canRun ? strings.BoardClosedNoticeRun : strings.BoardClosedNotice}</MessageBar> : null}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'Back' }} text={strings.BoardBackToMeetings} onClick={props.onBack} />
          {closed ? <PrimaryButton iconProps={{ iconName: 'Page' }} text={strings.BoardOpenPaper} onClick={props.onPaper} /> : null}
          {!closed && rights.canRun ? <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.BoardEditDetails} onClick={props.onEdit} /> : null}
          {!closed && rights.canRun ? <PrimaryButton id={`${idPrefix}-close`} iconProps={{ iconName: 'Lock' }} text={strings.BoardCloseMeeting} onClick={() => setDialog('close')} /> : null}
          {closed && rights.canRun ? <DefaultButton id={`${idPrefix}-reopen`} iconProps={{ iconName: 'Unlock' }} text={strings.BoardReopenMeeting} onClick={() => setDialog('reopen')} /> : null}
        </Stack>
        <nav aria-label={strings.BoardOnThisPage}>
          <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
            {strings.BoardOnThisPage}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {sections.map((s) => (
              <li key={s.key}>
                <Link onClick={() => focus(sectionId(s.key))}>{s.text}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Stack>

      <section aria-labelledby={sectionId('agenda')}>
        <Heading as="h3" id={sectionId('agenda')}>
          {strings.BoardAgendaHeading}
        </Heading>
        {agenda === undefined ? (
          notReady()
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text block>
              {formatText(
                strings.BoardAgendaTotals,
                agenda.totals.openRisks,
                agenda.totals.overdueActions,
                agenda.totals.newIssues,
                agenda.totals.pendingDecisions,
                agenda.totals.loggedHere
              )}
            </Text>
            <Text block variant="small">
              {closed ? formatText(strings.BoardAgendaFrozen, formatInstant(current?.takenAt ?? '', locale)) : strings.BoardAgendaLive}
            </Text>
            {agenda.topics.map((t) => (
              <section key={t.topic} aria-labelledby={sectionId(`topic-${t.topic}`)} data-topic={t.topic}>
                <Heading as="h4" id={sectionId(`topic-${t.topic}`)}>
                  {categoryName(t.topic)}
                </Heading>
                {t.empty ? (
                  <Text block>{strings.BoardTopicEmpty}</Text>
                ) : (
                  <Stack tokens={{ childrenGap: 8 }}>
                    {agendaTables(t, who, locale).map((table) => (
                      <BoardTable key={table.caption} table={table} hideEmpty />
                    ))}
                  </Stack>
                )}
              </section>
            ))}
            {agenda.unfiledActions.length > 0 ? <Text block>{formatText(strings.BoardUnfiledCount, agenda.unfiledActions.length)}</Text> : null}
          </Stack>
        )}
      </section>

      <section aria-labelledby={sectionId('since')}>
        <Heading as="h3" id={sectionId('since')}>
          {strings.BoardSinceHeading}
        </Heading>
        {delta === undefined || before === undefined ? (
          notReady()
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text block>{before === null ? strings.BoardSinceFirst : formatText(strings.BoardSinceCompared, formatDay(before.meeting.meetingDate, locale))}</Text>
            <BoardTable table={deltaForceTable(delta, strings.BoardSinceByForce)} />
            {deltaByTopic(delta).map((t) => (
              <section key={t.topic} aria-labelledby={sectionId(`since-${t.topic}`)} data-since-topic={t.topic}>
                <Heading as="h4" id={sectionId(`since-${t.topic}`)}>
                  {formatText(strings.BoardSinceTopicHeading, categoryName(t.topic), changeCount(t.counts))}
                </Heading>
                <BoardTable table={deltaTable(t.items, formatText(strings.BoardSinceOf, categoryName(t.topic)), strings.BoardNoChanges)} />
              </section>
            ))}
            {delta.items.length > 0 ? (
              <CsvActions label={strings.BoardSinceCsvLabel} fileName={deltaCsvFileName(meeting.meetingDate)} headers={DELTA_CSV_HEADERS()} rows={() => deltaCsvRows(delta)} />
            ) : null}
          </Stack>
        )}
      </section>

      <section aria-labelledby={sectionId('indicators')}>
        <Heading as="h3" id={sectionId('indicators')}>
          {closed ? strings.BoardIndicatorsFrozenHeading : strings.BoardIndicatorsLiveHeading}
        </Heading>
        {indicators === undefined ? (
          closed ? (
            notReady()
          ) : (
            waiting(strings.BoardReadingIndicators, liveIndicators, retryIndicators)
          )
        ) : indicators.length === 0 ? (
          <Text block>{strings.BoardIndicatorsNone}</Text>
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            {indicators.map((i) => (
              <div key={i.key} data-indicator={i.key}>
                <Heading as="h4">{formatText(strings.BoardIndicatorHeading, indicatorName(i.key), categoryName(i.topic))}</Heading>
                <Text block variant="small">
                  {indicatorSource(i, locale)}
                </Text>
                <BoardTable table={indicatorTable(i, locale)} />
              </div>
            ))}
          </Stack>
        )}
      </section>

      {!closed && rights.canRun ? (
        <section aria-labelledby={sectionId('log')}>
          <Heading as="h3" id={sectionId('log')}>
            {strings.BoardLogSectionHeading}
          </Heading>
          <LogItemForm
            idPrefix={`${idPrefix}-log`}
            store={store}
            meeting={meeting}
            register={register}
            me={props.me}
            locale={locale}
            onLogged={() => props.onRegisterChanged()}
            onClosedMeanwhile={(m) => props.onMeetingChanged(m, formatText(strings.BoardClosedMeanwhileNotice, day))}
          />
        </section>
      ) : null}

      {!closed && rights.canTriage ? (
        <section aria-labelledby={sectionId('triage')}>
          <Heading as="h3" id={sectionId('triage')}>
            {strings.BoardTriageHeading}
          </Heading>
          <TriageSection idPrefix={`${idPrefix}-triage`} store={store} meeting={meeting} register={register} me={props.me} locale={locale} onRegisterChanged={props.onRegisterChanged} />
        </section>
      ) : null}

      {dialog === 'close' ? (
        <CloseDialog
          meeting={meeting}
          store={store}
          freeze={{ risks: register.risks.length, raid: register.raid.length, loggedHere, indicators: FROZEN_INDICATORS.map(indicatorName) }}
          locale={locale}
          idPrefix={`${idPrefix}-close-dialog`}
          onDone={(m) => {
            setDialog(undefined);
            props.onMeetingChanged(m, formatText(strings.BoardClosedNoticeDone, day));
          }}
          onDismiss={() => {
            setDialog(undefined);
            focus(`${idPrefix}-close`);
          }}
        />
      ) : null}
      {dialog === 'reopen' ? (
        <ReopenDialog
          meeting={meeting}
          store={store}
          locale={locale}
          idPrefix={`${idPrefix}-reopen-dialog`}
          onDone={(m) => {
            setDialog(undefined);
            props.onMeetingChanged(m, formatText(strings.BoardReopenedNotice, day));
          }}
          onDismiss={() => {
            setDialog(undefined);
            focus(`${idPrefix}-reopen`);
          }}
        />
      ) : null}
    </Stack>
  );
}
