import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IBoardMeeting } from '../../../../domain/board/types';
import { formatDay, formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { Heading } from '../raid/RaidParts';
import { formatInstant, personName } from '../risk/riskText';
import { currentMeeting, meetingSummary, nextThursday, personTitle, type IBoardMember } from './boardModel';
import { markingName, meetingStatusName } from './boardText';

export interface IMeetingListProps {
  idPrefix: string;
  meetings: readonly IBoardMeeting[];
  members: readonly IBoardMember[];
  canRun: boolean;
  today: string;
  locale: string;
  onOpen: (id: number) => void;
  onCreate: () => void;
}

/** Every meeting, newest first: its day, chair, marking, whether it is closed (by whom, when) and re-openings with their reasons. */
export function MeetingList(props: IMeetingListProps): React.ReactElement {
  const { idPrefix, meetings, members, locale, today } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const current = currentMeeting(meetings, today);
  const weekTaken = meetings.some((m) => m.meetingDate === nextThursday(today));

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3" id={`${idPrefix}-heading`}>
        {strings.BoardMeetingsHeading}
      </Heading>
      <Text block>{strings.BoardMeetingsIntro}</Text>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {props.canRun ? (
          <PrimaryButton id={`${idPrefix}-create`} iconProps={{ iconName: 'Add' }} text={weekTaken ? strings.BoardCreateMeeting : strings.BoardCreateWeekMeeting} onClick={props.onCreate} />
        ) : null}
        {current !== undefined ? (
          // In an item of its own: Fluent's Link resets its margin, which is how a wrapping Stack spaces children.
          <Stack.Item>
            <Link onClick={() => props.onOpen(current.id)}>{formatText(strings.BoardOpenCurrent, formatDay(current.meetingDate, locale))}</Link>
          </Stack.Item>
        ) : null}
      </Stack>
      {!props.canRun ? <Text block variant="small">{strings.BoardReadOnly}</Text> : null}
      {meetings.length === 0 ? (
        <Text block>{props.canRun ? strings.BoardNoMeetingsRun : strings.BoardNoMeetings}</Text>
      ) : (
        <TableFrame caption={formatText(meetings.length === 1 ? strings.BoardMeetingsCaptionOne : strings.BoardMeetingsCaption, meetings.length)}>
          <thead>
            <tr>
              <th scope="col" style={t.head}>
                {strings.BoardColMeeting}
              </th>
              <th scope="col" style={t.head}>
                {strings.BoardFieldChair}
              </th>
              <th scope="col" style={t.head}>
                {strings.BoardFieldMarking}
              </th>
              <th scope="col" style={t.head}>
                {strings.BoardColStatus}
              </th>
              <th scope="col" style={t.head}>
                {strings.BoardColClosedBy}
              </th>
              <th scope="col" style={t.head}>
                {strings.BoardColReopened}
              </th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => {
              const s = meetingSummary(m);
              return (
                <tr key={m.id} data-meeting={m.id}>
                  <th scope="row" style={{ ...t.rowHead, whiteSpace: 'nowrap' }}>
                    <Link id={`${idPrefix}-open-${m.id}`} onClick={() => props.onOpen(m.id)}>
                      {formatDay(m.meetingDate, locale)}
                    </Link>
                  </th>
                  <td style={{ ...t.cell, overflowWrap: 'break-word' }}>{personTitle(m.chairUpn, members)}</td>
                  <td style={t.cell}>{markingName(m.marking)}</td>
                  <td style={t.cell}>{s.reissued ? formatText(strings.BoardStatusReissued, meetingStatusName(s.status)) : meetingStatusName(s.status)}</td>
                  <td style={t.cell}>{s.status === 'closed' && s.closure !== null ? formatText(strings.BoardByAt, personName(s.closure.by), formatInstant(s.closure.at, locale)) : strings.BoardNotClosed}</td>
                  <td style={{ ...t.cell, overflowWrap: 'anywhere' }}>
                    {s.reopenings.length === 0 ? (
                      strings.BoardNotReopened
                    ) : (
                      <ul style={{ margin: 0, paddingLeft: 16 }}>
                        {s.reopenings.map((r) => (
                          <li key={r.id}>{formatText(strings.BoardReopenedEntry, personName(r.by), formatInstant(r.at, locale), r.reason)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableFrame>
      )}
    </Stack>
  );
}
