/**
 * A closure's frozen snapshot: taken (copied, deeply frozen), serialised, split into parts SharePoint can hold,
 * reassembled (refusing anything but exactly what was written) and parsed (refusing any other shape).
 */
import { MEETING_MARKINGS } from '../../lists/board';
import { appetite, assessment, jointRisk, raid, risk, sc, action } from '../risks/testing';
import type { IRegisterData } from '../risks/types';
import {
  deepFreeze,
  MAX_PART_LENGTH,
  MeetingSnapshotError,
  NOTE_LIMIT,
  packMeetingSnapshot,
  parseMeetingSnapshot,
  readMeetingSnapshot,
  reassembleSnapshot,
  serialiseMeetingSnapshot,
  snapshotChecksum,
  splitSnapshot,
  takeMeetingSnapshot,
  type ISnapshotPart
} from './meetingSnapshot';
import { boardMeeting, closureOf, indicator, meetingContent, registerAt } from './testing';
import { MEETING_SNAPSHOT_SCHEMA, PROTECTIVE_MARKINGS, type IMeetingSnapshot } from './types';

const CLOSED_AT = '2026-11-19T12:30:00.000Z';

function data(riskCount: number = 3): IRegisterData {
  const risks = Array.from({ length: riskCount }, (_x, i) => risk({ id: i + 1, reference: `K-CG-${String(i + 1).padStart(2, '0')}`, title: `Risk ${i + 1} \u2014 \u201cquoted\u201d`, controls: 'Controls in place. '.repeat(20) }));
  const joint = jointRisk({ id: 900, reference: 'J-PA-01', category: 'platformAssurance' });
  return {
    risks: [...risks, joint],
    assessments: [assessment(900, 'Kent', sc(3, 4), { id: 9001 }), assessment(900, 'Essex', sc(4, 4), { id: 9002 })],
    actions: [action([1], { id: 70, dueDate: '2026-11-01' })],
    raid: [raid({ id: 80, reference: 'D-01', type: 'decision', meetingId: 7, meetingDate: '2026-11-19' })],
    appetites: [appetite('copilotGovernance', 9, null, { id: 60 })]
  };
}

const meeting = boardMeeting(7, { meetingDate: '2026-11-19', notes: 'Agreed the restricted search plan. \ud83d\udc4d' });
const snapshot = closureOf(meeting, registerAt(data(), CLOSED_AT, '2026-11-19'), CLOSED_AT);

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.keys(value).every((k) => isDeepFrozen((value as Record<string, unknown>)[k]));
}

describe('taking a meeting snapshot', () => {
  it('freezes the meeting, register, RAID and indicators, all the way down', () => {
    expect(snapshot.schema).toBe(MEETING_SNAPSHOT_SCHEMA);
    expect(snapshot.meeting).toEqual({ id: 7, ...meetingContent({ meetingDate: '2026-11-19', notes: 'Agreed the restricted search plan. \ud83d\udc4d' }) });
    expect(snapshot.register.risks.map((r) => r.reference)).toEqual(['J-PA-01', 'K-CG-01', 'K-CG-02', 'K-CG-03']);
    expect(isDeepFrozen(snapshot)).toBe(true);
    // A closed meeting's snapshot cannot be altered by anything downstream (modules run in strict mode).
    expect(() => {
      (snapshot.meeting as { notes: string }).notes = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (snapshot.register.risks[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => (snapshot.indicators as unknown as unknown[]).push(indicator())).toThrow(TypeError);
  });

  it('copies what it is given: freezing never reaches the caller\u2019s objects, and later changes to them never reach the snapshot', () => {
    const attendees = ['a@policing.example'];
    const rows = [{ force: 'Kent', value: 1, base: 2 }];
    const taken = takeMeetingSnapshot({
      meeting: { id: 3, ...meetingContent({ attendeeUpns: attendees }) },
      closedAt: CLOSED_AT,
      closedByUpn: 'kent.board@policing.example',
      register: snapshot.register,
      indicators: [indicator({ rows })],
      reissueOf: { recordId: 4, closedAt: '2026-11-12T12:00:00.000Z' }
    });
    expect(Object.isFrozen(attendees)).toBe(false);
    expect(Object.isFrozen(rows)).toBe(false);
    attendees.push('b@policing.example');
    rows[0].value = 99;
    expect(taken.meeting.attendeeUpns).toEqual(['a@policing.example']);
    expect(taken.indicators[0].rows[0].value).toBe(1);
    expect(taken.reissueOf).toEqual({ recordId: 4, closedAt: '2026-11-12T12:00:00.000Z' });
  });

  it('deepFreeze walks into children even when the parent is already frozen', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('offers exactly the markings the meetings list stores', () => {
    expect([...MEETING_MARKINGS]).toEqual([...PROTECTIVE_MARKINGS]);
  });
});

describe('serialising and parsing', () => {
  it('reads back exactly what was frozen, deeply frozen again', () => {
    const text = serialiseMeetingSnapshot(snapshot);
    const parsed = parseMeetingSnapshot(text);
    expect(parsed).toEqual(snapshot);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(serialiseMeetingSnapshot(parsed)).toBe(text);
  });

  const base = (): Record<string, unknown> => JSON.parse(serialiseMeetingSnapshot(snapshot)) as Record<string, unknown>;
  const withMeeting = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...base(), meeting: { ...(base().meeting as object), ...patch } });
  const withIndicator = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...base(), indicators: [{ ...indicator(), ...patch }] });

  it.each<[string, unknown, string]>([
    ['text that is not JSON', 'not json', 'not JSON'],
    ['a list', [], 'not an object'],
    ['another schema version', { ...base(), schema: 2 }, 'schema 2 is not 1'],
    ['no meeting', { ...base(), meeting: null }, 'meeting is not an object'],
    ['a meeting without an id', withMeeting({ id: 0 }), 'meeting.id'],
    ['a meeting day that is not a day', withMeeting({ meetingDate: '19/11/2026' }), 'meeting.meetingDate'],
    ['attendees that are not names', withMeeting({ attendeeUpns: [3] }), 'meeting.attendeeUpns'],
    ['an unknown marking', withMeeting({ marking: 'SECRET' }), 'meeting.marking'],
    ['notes that are not text', withMeeting({ notes: null }), 'meeting.notes'],
    ['a closing time that is not an instant', { ...base(), closedAt: '2026-11-19' }, 'closedAt'],
    ['no closer', { ...base(), closedByUpn: 5 }, 'closedByUpn'],
    ['indicators that are not a list', { ...base(), indicators: {} }, 'indicators is not a list'],
    ['an unknown indicator', withIndicator({ key: 'morale' }), 'indicators[0].key'],
    ['an indicator on an unknown topic', withIndicator({ topic: 'weather' }), 'indicators[0].topic'],
    ['an unknown unit', withIndicator({ unit: 'hours' }), 'indicators[0].unit'],
    ['a publication time that is not an instant', withIndicator({ publishedAt: 'yesterday' }), 'indicators[0].publishedAt'],
    ['a row with a text value', withIndicator({ rows: [{ force: 'Kent', value: '12', base: null }] }), 'indicators[0].rows[0]'],
    ['a re-issue without the closure it replaces', { ...base(), reissueOf: { recordId: 'x', closedAt: CLOSED_AT } }, 'reissueOf'],
    ['a malformed register', { ...base(), register: { ...(base().register as object), risks: 'none' } }, 'register: risks is not a list']
  ])('refuses %s', (_label, value, detail) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    let caught: unknown;
    try {
      parseMeetingSnapshot(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(MeetingSnapshotError);
    expect((caught as MeetingSnapshotError).problem).toBe('format');
    expect((caught as MeetingSnapshotError).detail).toContain(detail);
  });

  it('accepts an indicator with nothing published and a first closure', () => {
    const text = JSON.stringify({ ...base(), indicators: [indicator({ publishedAt: null, rows: [] })], reissueOf: null });
    expect(parseMeetingSnapshot(text).indicators[0]).toMatchObject({ publishedAt: null, rows: [] });
  });
});

describe('parts for SharePoint', () => {
  it('splits text into parts of at most 60,000 characters that join back to it', () => {
    expect(MAX_PART_LENGTH).toBe(60000);
    expect(MAX_PART_LENGTH).toBeLessThan(NOTE_LIMIT);
    const text = 'x'.repeat(150001);
    const parts = splitSnapshot(text);
    expect(parts.map((p) => p.length)).toEqual([60000, 60000, 30001]);
    expect(parts.join('')).toBe(text);
    expect(splitSnapshot('y'.repeat(60000))).toHaveLength(1);
    expect(splitSnapshot('y'.repeat(60001)).map((p) => p.length)).toEqual([60000, 1]);
    expect(splitSnapshot('')).toEqual([]);
  });

  it('never splits the two halves of a surrogate pair', () => {
    const text = `${'a'.repeat(9)}\ud83d\udc4d${'b'.repeat(9)}`;
    const parts = splitSnapshot(text, 10);
    expect(parts.map((p) => p.length)).toEqual([9, 10, 1]);
    expect(parts[1].startsWith('\ud83d\udc4d')).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(() => splitSnapshot(text, 1)).toThrow(RangeError);
    expect(() => splitSnapshot(text, NOTE_LIMIT + 1)).toThrow(RangeError);
  });

  it('checksums text as 14 hex digits that change with any character', () => {
    const sum = snapshotChecksum('{"a":1}');
    expect(sum).toMatch(/^[0-9a-f]{14}$/);
    expect(snapshotChecksum('{"a":1}')).toBe(sum);
    expect(snapshotChecksum('{"a":2}')).not.toBe(sum);
    expect(snapshotChecksum('{"b":1}')).not.toBe(sum);
  });

  // A register of a few hundred risks: several parts.
  const big = closureOf(meeting, registerAt(data(400), CLOSED_AT, '2026-11-19'), CLOSED_AT);
  const packed = packMeetingSnapshot(big);
  const parts = (): ISnapshotPart[] => packed.contents.map((content, i) => ({ part: i + 1, content }));

  it('packs a large snapshot into several parts, each within a note column, and reads it back equal', () => {
    expect(packed.parts).toBeGreaterThan(2);
    expect(packed.contents.every((c) => c.length <= MAX_PART_LENGTH)).toBe(true);
    expect(packed.length).toBe(serialiseMeetingSnapshot(big).length);
    expect(packed.checksum).toBe(snapshotChecksum(serialiseMeetingSnapshot(big)));
    const read = readMeetingSnapshot(parts().reverse(), packed);
    expect(read).toEqual(big);
    expect(isDeepFrozen(read)).toBe(true);
  });

  const refusal = (stored: ISnapshotPart[], manifest = packed): MeetingSnapshotError => {
    try {
      reassembleSnapshot(stored, manifest);
    } catch (e) {
      if (e instanceof MeetingSnapshotError) return e;
      throw e;
    }
    throw new Error('reassembled');
  };

  it('refuses a missing part', () => {
    expect(refusal(parts().filter((p) => p.part !== 2))).toMatchObject({ problem: 'missingPart', detail: `part 2 of ${packed.parts} is missing` });
  });

  it('refuses a part stored twice, even with the same content', () => {
    const stored = parts();
    expect(refusal([...stored, stored[0]])).toMatchObject({ problem: 'duplicatePart', detail: 'part 1 is stored twice' });
  });

  it('refuses a part outside the closure\u2019s count', () => {
    expect(refusal([...parts(), { part: packed.parts + 1, content: '' }]).problem).toBe('unexpectedPart');
    expect(refusal([{ part: 0, content: '' }, ...parts()]).problem).toBe('unexpectedPart');
    expect(refusal([{ part: 1.5, content: '' }, ...parts()]).problem).toBe('unexpectedPart');
  });

  it('refuses a truncated part (length) and two parts swapped or altered (checksum)', () => {
    const truncated = parts().map((p) => (p.part === 1 ? { ...p, content: p.content.slice(0, -1) } : p));
    expect(refusal(truncated).problem).toBe('lengthMismatch');
    const swapped = parts().map((p) => (p.part === 1 ? { ...p, part: 2 } : p.part === 2 ? { ...p, part: 1 } : p));
    expect(packed.contents[0].length).toBe(packed.contents[1].length);
    expect(refusal(swapped).problem).toBe('checksumMismatch');
    const altered = parts().map((p) => (p.part === packed.parts ? { ...p, content: `${p.content.slice(0, -2)}}}` } : p));
    expect(refusal(altered).problem).toBe('checksumMismatch');
  });

  it('refuses a closure that names no parts', () => {
    expect(refusal([], { ...packed, parts: 0 }).problem).toBe('format');
  });

  it('refuses parts that reassemble into something that is not a snapshot', () => {
    const text = JSON.stringify({ schema: 1 });
    const err = (() => {
      try {
        readMeetingSnapshot([{ part: 1, content: text }], { parts: 1, length: text.length, checksum: snapshotChecksum(text) });
      } catch (e) {
        return e as MeetingSnapshotError;
      }
      return undefined;
    })();
    expect(err).toMatchObject({ problem: 'format' });
  });
});

describe('a snapshot in the shape the paper reads', () => {
  it('keeps the decisions logged at the meeting, the frozen RAG and the indicators as shown', () => {
    const s: IMeetingSnapshot = parseMeetingSnapshot(serialiseMeetingSnapshot(snapshot));
    expect(s.register.raid.filter((r) => r.meetingId === 7).map((r) => r.reference)).toEqual(['D-01']);
    expect(s.register.risks.filter((r) => r.reference === 'K-CG-01')[0]).toMatchObject({ currentScore: 12, rag: 'redAmber', outOfAppetite: true });
    expect(s.register.actions[0]).toMatchObject({ id: 70, overdue: true });
    expect(s.indicators).toEqual([indicator()]);
  });
});
