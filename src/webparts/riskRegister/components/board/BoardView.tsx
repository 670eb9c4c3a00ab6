import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { compareMeetings } from '../../../../domain/board/meetingState';
import type { IBoardMeeting, IBoardRights, IBoardStore } from '../../../../domain/board/types';
import type { IRegisterData } from '../../../../domain/risks/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { useFocusRequest, useMounted } from '../raid/RaidParts';
import type { IBoardMember } from './boardModel';
import { BoardPaper } from './BoardPaper';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MeetingView } from './MeetingView';

export interface IBoardViewProps {
  /** The board's data layer (`BoardRepository` on the data site), made on first use. */
  boardStore: () => Promise<IBoardStore>;
  /** The register as the part read it: the live side of an open meeting's agenda and "since last board". */
  register: IRegisterData;
  /** The UK calendar day, `yyyy-mm-dd`. */
  today: string;
  locale: string;
  /** The signed-in person's sign-in name (lower case). */
  me: string;
  /** Unique per part instance: element ids are built from it. */
  idPrefix: string;
  /** After a write that changed the register (an item logged at a meeting, a report triaged), so the part reads it again. */
  onRegisterChanged: () => void;
}

const NO_RIGHTS: IBoardRights = { canRun: false, canTriage: false };

interface ILoaded {
  store: IBoardStore;
  rights: IBoardRights;
  rightsProblem: string | undefined;
  meetings: IBoardMeeting[];
  members: IBoardMember[];
  membersProblem: string | undefined;
}

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'ready'; refreshing: boolean; refreshFailed?: string } & ILoaded);

type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'meeting'; id: number } | { kind: 'edit'; id: number } | { kind: 'paper'; id: number };

/**
 * The programme board's weekly cycle: the meetings, the week's meeting (its agenda by topic, "since last
 * board", the live indicators, decisions, actions and issues logged against it, reports to triage, closing
 * it), and the board paper of a closed meeting. What a person may do is SharePoint's answer (`rights()`):
 * the programme board runs meetings; everyone else reads them and their papers.
 */
export function BoardView(props: IBoardViewProps): React.ReactElement {
  const { boardStore, idPrefix, locale, today } = props;
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [screen, setScreen] = React.useState<Screen>({ kind: 'list' });
  const [notice, setNotice] = React.useState('');
  const mounted = useMounted();
  const focus = useFocusRequest();
  const noticeId = `${idPrefix}-notice`;

  const read = React.useCallback(
    async (initial: boolean): Promise<void> => {
      if (initial) setLoad({ kind: 'loading' });
      else setLoad((l) => (l.kind === 'ready' ? { ...l, refreshing: true, refreshFailed: undefined } : l));
      try {
        const store = await boardStore();
        const [meetings, rights, members] = await Promise.all([
          store.meetings(),
          store.rights().then(
            (r) => ({ rights: r, problem: undefined as string | undefined }),
            (error: unknown) => ({ rights: NO_RIGHTS, problem: errorMessage(error) })
          ),
          store.boardMembers().then(
            (m) => ({ members: m.map((p) => ({ upn: p.upn, title: p.title })), problem: undefined as string | undefined }),
            (error: unknown) => ({ members: [] as IBoardMember[], problem: errorMessage(error) })
          )
        ]);
        if (!mounted.current) return;
        setLoad({
          kind: 'ready',
          refreshing: false,
          store,
          meetings,
          rights: rights.rights,
          rightsProblem: rights.problem,
          members: members.members,
          membersProblem: members.problem
        });
      } catch (error) {
        if (!mounted.current) return;
        const message = errorMessage(error);
        setLoad((l) => (l.kind === 'ready' && !initial ? { ...l, refreshing: false, refreshFailed: message } : { kind: 'failed', message }));
      }
    },
    [boardStore, mounted]
  );

  React.useEffect(() => {
    read(true).catch(() => undefined);
  }, [read]);

  if (load.kind === 'loading') return <Spinner size={SpinnerSize.medium} label={strings.BoardLoading} ariaLive="polite" />;
  if (load.kind === 'failed') {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={
          <div>
            <DefaultButton text={strings.BoardTryAgain} onClick={() => read(true).catch(() => undefined)} />
          </div>
        }
      >
        {formatText(strings.BoardLoadFailed, load.message)}
      </MessageBar>
    );
  }

  const { store, rights, meetings, members } = load;
  const byId = (id: number): IBoardMeeting | undefined => meetings.filter((m) => m.id === id)[0];

  /** A meeting as written: replaces (or adds) it in the list, in meeting order. */
  const stored = (meeting: IBoardMeeting): void => {
    setLoad((l) => (l.kind === 'ready' ? { ...l, meetings: [...l.meetings.filter((m) => m.id !== meeting.id), meeting].sort(compareMeetings) } : l));
  };

  const say = (message: string): void => {
    setNotice(message);
  };

  const openMeeting = (id: number): void => {
    setNotice('');
    setScreen({ kind: 'meeting', id });
    focus(`${idPrefix}-meeting-heading`);
  };

  const backToList = (focusId?: string): void => {
    setScreen({ kind: 'list' });
    focus(focusId ?? `${idPrefix}-list-heading`);
  };

  let body: React.ReactNode;
  const current = screen.kind === 'list' || screen.kind === 'new' ? undefined : byId(screen.id);
  if (screen.kind === 'new' || screen.kind === 'edit') {
    body = (
      <MeetingForm
        idPrefix={`${idPrefix}-form`}
        store={store}
        meeting={screen.kind === 'edit' ? current : undefined}
        meetings={meetings}
        members={members}
        today={today}
        me={props.me}
        locale={locale}
        onSaved={(meeting, created) => {
          stored(meeting);
          say(formatText(created ? strings.BoardMeetingCreated : strings.BoardMeetingSaved, formatDay(meeting.meetingDate, locale)));
          setScreen({ kind: 'meeting', id: meeting.id });
          focus(`${idPrefix}-meeting-heading`);
        }}
        onClosedMeanwhile={(meeting) => stored(meeting)}
        onCancel={() => (screen.kind === 'edit' ? openMeeting(screen.id) : backToList(`${idPrefix}-list-create`))}
      />
    );
  } else if (screen.kind !== 'list' && current === undefined) {
    body = (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text={strings.BoardBackToMeetings} onClick={() => backToList()} />}>
        {strings.BoardMeetingGone}
      </MessageBar>
    );
  } else if (screen.kind === 'paper' && current !== undefined) {
    body = <BoardPaper idPrefix={`${idPrefix}-paper`} store={store} meeting={current} members={members} locale={locale} onBack={() => openMeeting(current.id)} />;
  } else if (screen.kind === 'meeting' && current !== undefined) {
    body = (
      <MeetingView
        key={current.id}
        idPrefix={`${idPrefix}-meeting`}
        store={store}
        meeting={current}
        meetings={meetings}
        members={members}
        rights={rights}
        register={props.register}
        today={today}
        locale={locale}
        me={props.me}
        onBack={() => backToList(`${idPrefix}-list-open-${current.id}`)}
        onEdit={() => {
          setNotice('');
          setScreen({ kind: 'edit', id: current.id });
        }}
        onPaper={() => {
          setNotice('');
          setScreen({ kind: 'paper', id: current.id });
        }}
        onMeetingChanged={(meeting, message) => {
          stored(meeting);
          say(message);
          focus(noticeId);
        }}
        onRegisterChanged={props.onRegisterChanged}
      />
    );
  } else {
    body = (
      <MeetingList
        idPrefix={`${idPrefix}-list`}
        meetings={meetings}
        members={members}
        canRun={rights.canRun}
        today={today}
        locale={locale}
        onOpen={openMeeting}
        onCreate={() => {
          setNotice('');
          setScreen({ kind: 'new' });
        }}
      />
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      {load.rightsProblem !== undefined ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.BoardRightsFailed, load.rightsProblem)}</MessageBar> : null}
      {load.membersProblem !== undefined && rights.canRun ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.BoardMembersFailed, load.membersProblem)}</MessageBar> : null}
      {load.refreshFailed !== undefined ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <DefaultButton text={strings.BoardTryAgain} onClick={() => read(false).catch(() => undefined)} />
            </div>
          }
        >
          {formatText(strings.BoardRefreshFailed, load.refreshFailed)}
        </MessageBar>
      ) : null}
      <div id={noticeId} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
        {notice !== '' ? <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar> : null}
      </div>
      {screen.kind === 'list' ? (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'Refresh' }} text={load.refreshing ? strings.BoardRefreshing : strings.BoardRefresh} disabled={load.refreshing} onClick={() => read(false).catch(() => undefined)} />
        </Stack>
      ) : null}
      {body}
    </Stack>
  );
}
