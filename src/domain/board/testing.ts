/** Test fixtures of the board cycle's domain (not shipped: only tests import this). */
import { takeSnapshot, type IRegisterSnapshot } from '../risks/snapshot';
import type { IRegisterData } from '../risks/types';
import { takeMeetingSnapshot } from './meetingSnapshot';
import type { IBoardIndicator, IBoardMeeting, IMeetingContent, IMeetingRecord, IMeetingSnapshot } from './types';

export const BOARD_TODAY = '2026-11-23';
export const KENT_CHAIR = 'kent.board@policing.example';
export const ESSEX_MEMBER = 'essex.board@policing.example';

export function meetingContent(overrides: Partial<IMeetingContent> = {}): IMeetingContent {
  return { meetingDate: '2026-11-19', chairUpn: KENT_CHAIR, attendeeUpns: [KENT_CHAIR, ESSEX_MEMBER], marking: 'OFFICIAL-SENSITIVE', notes: '', ...overrides };
}

let nextRecord = 500;

export function record(kind: IMeetingRecord['kind'], at: string, overrides: Partial<IMeetingRecord> = {}): IMeetingRecord {
  return { id: overrides.id ?? nextRecord++, kind, at, by: { id: 11, title: 'Ruth Calder', email: KENT_CHAIR }, reason: kind === 'reopened' ? 'A decision was minuted wrongly.' : '', ...overrides };
}

/** A stored meeting; closed when its last record is a closure. */
export function boardMeeting(id: number, content: Partial<IMeetingContent> = {}, records: IMeetingRecord[] = []): IBoardMeeting {
  const last = records[records.length - 1];
  return {
    ...meetingContent(content),
    id,
    etag: '"1"',
    createdAt: '2026-09-01T09:00:00.000Z',
    modifiedAt: '2026-09-01T09:00:00.000Z',
    author: null,
    editor: null,
    status: last !== undefined && last.kind === 'closed' ? 'closed' : 'open',
    records
  };
}

export function indicator(overrides: Partial<IBoardIndicator> = {}): IBoardIndicator {
  return {
    key: 'poorOutputs',
    topic: 'copilotGovernance',
    unit: 'count',
    source: 'Poor output reports',
    publishedAt: '2026-11-20T10:00:00.000Z',
    rows: [
      { force: 'Kent', value: 2, base: 5 },
      { force: 'Essex', value: 1, base: 3 },
      { force: 'All', value: 3, base: 8 }
    ],
    ...overrides
  };
}

export function registerAt(data: IRegisterData, at: string, today: string): IRegisterSnapshot {
  return takeSnapshot(data, at, { today });
}

/** A closure's snapshot of a meeting over a register. */
export function closureOf(meeting: IBoardMeeting, register: IRegisterSnapshot, closedAt: string, reissueOf: IMeetingSnapshot['reissueOf'] = null): IMeetingSnapshot {
  return takeMeetingSnapshot({
    meeting: { id: meeting.id, meetingDate: meeting.meetingDate, chairUpn: meeting.chairUpn, attendeeUpns: meeting.attendeeUpns, marking: meeting.marking, notes: meeting.notes },
    closedAt,
    closedByUpn: meeting.chairUpn,
    register,
    indicators: [indicator()],
    reissueOf
  });
}
