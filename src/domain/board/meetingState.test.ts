/**
 * A meeting's state from its record log, and "since last board" across meetings, with a fixed clock: the
 * weekly boards of 12, 19 and 26 November 2026 (Thursdays), today Monday 23 November.
 */
import { sinceLastBoard, type IDeltaItem } from '../risks/delta';
import { appetite, raid, risk, sc } from '../risks/testing';
import type { IRaidItem, IRegisterData, IRisk } from '../risks/types';
import {
  canClose,
  canReopen,
  closuresOf,
  compareMeetings,
  editRefusal,
  isReissued,
  latestClosure,
  liveRegister,
  meetingProblems,
  meetingTitle,
  normaliseMeetingContent,
  paperDelta,
  previousMeeting,
  recordClientId,
  recordLog,
  reissueTarget,
  reopenProblems,
  reopeningsOf,
  sinceLastBoardFor,
  statusOf,
  type IStoredMeetingRecord
} from './meetingState';
import { takeMeetingSnapshot } from './meetingSnapshot';
import { boardMeeting, closureOf, ESSEX_MEMBER, KENT_CHAIR, meetingContent, record, registerAt } from './testing';
import type { IBoardMeeting, IMeetingRecord, IMeetingSnapshot } from './types';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T10:00:00.000Z';

const stored = (r: IMeetingRecord, clientId: string | null): IStoredMeetingRecord => ({ ...r, clientId });

describe('the record log', () => {
  it('is oldest first, one record per client id (the oldest), records without one all kept', () => {
    const log = recordLog([
      stored(record('reopened', '2026-11-20T09:00:00.000Z', { id: 12 }), recordClientId(7, 1, 'reopened')),
      stored(record('closed', '2026-11-19T12:00:00.000Z', { id: 10 }), recordClientId(7, 0, 'closed')),
      // Two people closed at once: the same step's client id twice; the later item does not count.
      stored(record('closed', '2026-11-19T12:00:05.000Z', { id: 11 }), recordClientId(7, 0, 'closed')),
      stored(record('closed', '2026-11-20T10:00:00.000Z', { id: 14 }), null),
      stored(record('closed', '2026-11-20T10:00:00.000Z', { id: 13 }), '')
    ]);
    expect(log.map((r) => [r.id, r.kind])).toEqual([
      [10, 'closed'],
      [12, 'reopened'],
      [13, 'closed'],
      [14, 'closed']
    ]);
    expect(Object.keys(log[0]).sort()).toEqual(['at', 'by', 'id', 'kind', 'reason']);
  });

  it('gives each step and kind its own client id', () => {
    const ids = [recordClientId(7, 0, 'closed'), recordClientId(7, 1, 'reopened'), recordClientId(7, 2, 'closed'), recordClientId(8, 0, 'closed'), recordClientId(7, 1, 'closed')];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('bmr:7:0:closed');
    expect(ids.every((id) => id.length <= 64)).toBe(true);
  });
});

describe('a meeting\u2019s state', () => {
  const closed1 = record('closed', '2026-11-19T12:00:00.000Z', { id: 1 });
  const reopened = record('reopened', '2026-11-20T09:00:00.000Z', { id: 2, reason: 'The decision on restricted search was minuted wrongly.' });
  const closed2 = record('closed', '2026-11-20T09:30:00.000Z', { id: 3 });

  it.each<[string, IMeetingRecord[], 'open' | 'closed', boolean, boolean]>([
    ['a new meeting', [], 'open', true, false],
    ['a closed meeting', [closed1], 'closed', false, true],
    ['a re-opened meeting', [closed1, reopened], 'open', true, false],
    ['a meeting closed again (re-issued)', [closed1, reopened, closed2], 'closed', false, true]
  ])('%s is %s', (_label, records, status, closable, reopenable) => {
    const m = boardMeeting(7, {}, records);
    expect(statusOf(records)).toBe(status);
    expect(canClose(m)).toBe(closable);
    expect(canReopen(m)).toBe(reopenable);
    // A closed meeting refuses edits (content, decisions, actions); an open one takes them.
    expect(editRefusal(m)).toBe(status === 'closed' ? 'closed' : null);
  });

  it('records the re-opening with who, when and why', () => {
    const log = [closed1, reopened];
    expect(reopeningsOf(log)).toEqual([reopened]);
    expect(reopened.by).toEqual({ id: 11, title: 'Ruth Calder', email: KENT_CHAIR });
    expect(reopened.reason).toContain('minuted wrongly');
  });

  it('a re-issue keeps the earlier closure and names it', () => {
    expect(reissueTarget([])).toBeNull();
    expect(reissueTarget([closed1])).toBeNull();
    // After the re-opening, the next closure replaces the first.
    expect(reissueTarget([closed1, reopened])).toEqual(closed1);
    const log = [closed1, reopened, closed2];
    expect(closuresOf(log)).toEqual([closed1, closed2]);
    expect(latestClosure(log)).toEqual(closed2);
    expect(isReissued(boardMeeting(7, {}, log))).toBe(true);
    expect(isReissued(boardMeeting(7, {}, [closed1]))).toBe(false);
    // Re-opened and not closed again: not (yet) re-issued; its latest closure is still the first.
    expect(isReissued(boardMeeting(7, {}, [closed1, reopened]))).toBe(false);
    expect(latestClosure([closed1, reopened])).toEqual(closed1);
    expect(latestClosure([])).toBeNull();
  });
});

describe('meeting content', () => {
  it('is normalised: trimmed day, lower-case names, the chair among the attendees, no one twice', () => {
    expect(normaliseMeetingContent(meetingContent({ meetingDate: ' 2026-11-26 ', chairUpn: ' Kent.Board@Policing.example ', attendeeUpns: ['ESSEX.board@policing.example', 'essex.board@policing.example', ' '] }))).toEqual({
      ...meetingContent({ meetingDate: '2026-11-26' }),
      attendeeUpns: [ESSEX_MEMBER, KENT_CHAIR]
    });
  });

  it.each<[string, Partial<ReturnType<typeof meetingContent>>, Array<[string, string]>]>([
    ['a good meeting', {}, []],
    ['no day', { meetingDate: '' }, [['meetingDate', 'required']]],
    ['a day that does not exist', { meetingDate: '2026-02-30' }, [['meetingDate', 'invalidDate']]],
    ['no chair', { chairUpn: ' ' }, [['chairUpn', 'required']]],
    ['a chair by name', { chairUpn: 'Ruth Calder' }, [['chairUpn', 'notASignInName']]],
    ['an attendee by name', { attendeeUpns: [KENT_CHAIR, 'James Pike'] }, [['attendeeUpns', 'notASignInName']]],
    ['a marking the board cannot choose', { marking: 'SECRET' as never }, [['marking', 'invalidMarking']]]
  ])('%s', (_label, patch, problems) => {
    expect(meetingProblems(meetingContent(patch)).map((p) => [p.field, p.code])).toEqual(problems);
  });

  it('needs a reason to re-open', () => {
    expect(reopenProblems('   ').map((p) => [p.field, p.code, p.severity])).toEqual([['reason', 'required', 'error']]);
    expect(reopenProblems('Minutes corrected')).toEqual([]);
  });

  it('titles the item by its day', () => {
    expect(meetingTitle({ meetingDate: '2026-11-26' })).toBe('Programme board 2026-11-26');
  });
});

describe('the previous meeting', () => {
  const closed = (at: string): IMeetingRecord[] => [record('closed', at)];
  const sep = boardMeeting(1, { meetingDate: '2026-11-05' }, closed('2026-11-05T12:00:00.000Z'));
  const nov12 = boardMeeting(2, { meetingDate: '2026-11-12' }, closed('2026-11-12T12:00:00.000Z'));
  const nov19Reopened = boardMeeting(3, { meetingDate: '2026-11-19' }, [record('closed', '2026-11-19T12:00:00.000Z'), record('reopened', '2026-11-20T09:00:00.000Z')]);
  const nov26 = boardMeeting(4, { meetingDate: '2026-11-26' });
  const dec03 = boardMeeting(5, { meetingDate: '2026-12-03' }, closed('2026-12-03T12:00:00.000Z'));

  it('is none at the first board', () => {
    expect(previousMeeting([], nov26)).toBeNull();
    expect(previousMeeting([nov26], nov26)).toBeNull();
    // Only later meetings exist: still the first board.
    expect(previousMeeting([nov26, dec03], nov26)).toBeNull();
  });

  it('is the latest CLOSED meeting dated before, skipping one re-opened and not closed again', () => {
    expect(previousMeeting([sep, nov12, nov19Reopened, nov26, dec03], nov26)).toBe(nov12);
    const nov19Closed = boardMeeting(3, { meetingDate: '2026-11-19' }, [...nov19Reopened.records, record('closed', '2026-11-20T10:00:00.000Z')]);
    expect(previousMeeting([sep, nov12, nov19Closed, nov26, dec03], nov26)).toBe(nov19Closed);
  });

  it('skips open meetings and meetings on the same day; on a tie of days the newest item', () => {
    const open12 = boardMeeting(6, { meetingDate: '2026-11-12' });
    expect(previousMeeting([sep, open12], nov26)).toBe(sep);
    const sameDay = boardMeeting(7, { meetingDate: '2026-11-26' }, closed('2026-11-26T12:00:00.000Z'));
    expect(previousMeeting([sep, sameDay], nov26)).toBe(sep);
    const twin = boardMeeting(8, { meetingDate: '2026-11-12' }, closed('2026-11-12T13:00:00.000Z'));
    expect(previousMeeting([nov12, twin], nov26)).toBe(twin);
  });

  it('orders meetings newest day first', () => {
    expect([sep, dec03, nov12, nov26].sort(compareMeetings).map((m) => m.id)).toEqual([5, 4, 2, 1]);
  });
});

/**
 * A board cycle, as the repository runs it, in memory: meetings with record logs and their closures'
 * snapshots. The clock is fixed: each step gives its instant.
 */
class Board {
  public readonly meetings: IBoardMeeting[] = [];
  public readonly snapshots = new Map<number, IMeetingSnapshot>();
  private nextId = 100;

  public open(id: number, meetingDate: string): IBoardMeeting {
    const m = boardMeeting(id, { meetingDate });
    this.meetings.push(m);
    return m;
  }

  private replace(m: IBoardMeeting, records: IMeetingRecord[]): IBoardMeeting {
    const next = boardMeeting(m.id, m, records);
    this.meetings.splice(this.meetings.indexOf(this.get(m.id)), 1, next);
    return next;
  }

  public get(id: number): IBoardMeeting {
    return this.meetings.filter((m) => m.id === id)[0];
  }

  public close(id: number, data: IRegisterData, at: string): IMeetingSnapshot {
    const m = this.get(id);
    if (!canClose(m)) throw new Error('closed');
    const earlier = reissueTarget(m.records);
    const rec = record('closed', at, { id: this.nextId++ });
    const snap = closureOf(m, registerAt(data, at, m.meetingDate), at, earlier === null ? null : { recordId: earlier.id, closedAt: earlier.at });
    this.snapshots.set(rec.id, snap);
    this.replace(m, [...m.records, rec]);
    return snap;
  }

  public reopen(id: number, reason: string, at: string): void {
    const m = this.get(id);
    if (reopenProblems(reason).length > 0 || !canReopen(m)) throw new Error('refused');
    this.replace(m, [...m.records, record('reopened', at, { id: this.nextId++, reason })]);
  }

  /** The latest closure's snapshot of a closed meeting. */
  public snapshot(id: number): IMeetingSnapshot | undefined {
    const m = this.get(id);
    const c = latestClosure(m.records);
    return statusOf(m.records) === 'closed' && c !== null ? this.snapshots.get(c.id) : undefined;
  }

  public previousSnapshot(id: number): IMeetingSnapshot | null {
    const prev = previousMeeting(this.meetings, this.get(id));
    return prev === null ? null : this.snapshot(prev.id) ?? null;
  }
}

describe('since last board across a cycle of meetings', () => {
  const a = risk({ id: 1, reference: 'K-CG-01', current: sc(3, 3) });
  const b = risk({ id: 2, reference: 'E-SR-01', force: 'Essex', category: 'storageRecords', current: sc(2, 2) });
  const apps = [appetite('copilotGovernance', 9, null, { id: 50 }), appetite('storageRecords', 6, null, { id: 51 })];
  const reg = (risks: IRisk[], raidItems: IRaidItem[] = []): IRegisterData => ({ risks, assessments: [], actions: [], raid: raidItems, appetites: apps });
  const line = (x: IDeltaItem): string => `${x.kind} ${x.reference} ${x.force}${x.kind === 'rescored' ? ` ${x.fromScore ?? '-'}\u2192${x.toScore ?? '-'} ${x.direction ?? ''}` : ''}`;

  it('runs a meeting end to end: re-score, log a decision, close, then see the change at the next meeting', () => {
    const board = new Board();
    // 12 November: the first board; everything on the register is new.
    board.open(1, '2026-11-12');
    expect(board.previousSnapshot(1)).toBeNull();
    const live1 = liveRegister(reg([a, b]), '2026-11-12T10:00:00.000Z', '2026-11-12');
    const first = sinceLastBoardFor(board.previousSnapshot(1), live1);
    expect(first.previous).toBeNull();
    expect(first.items.map(line)).toEqual(['new K-CG-01 Kent', 'new E-SR-01 Essex']);
    const s1 = board.close(1, reg([a, b]), '2026-11-12T12:00:00.000Z');
    expect(isReissued(board.get(1))).toBe(false);

    // 19 November: K-CG-01 re-scored up, a decision logged at the meeting; then closed.
    board.open(2, '2026-11-19');
    expect(board.previousSnapshot(2)).toBe(s1);
    const decision = raid({ id: 90, reference: 'D-01', type: 'decision', status: 'closed', closedOn: '2026-11-19', meetingId: 2, meetingDate: '2026-11-19', resolution: 'Agreed.' });
    const data2 = reg([{ ...a, current: sc(4, 3) }, b], [decision]);
    const live2 = sinceLastBoardFor(board.previousSnapshot(2), liveRegister(data2, '2026-11-19T11:00:00.000Z', '2026-11-19'));
    expect(live2.previous).toEqual({ takenAt: '2026-11-12T12:00:00.000Z', asOf: '2026-11-12' });
    expect(live2.items.map(line)).toEqual(['rescored K-CG-01 Kent 9\u219212 up', 'outOfAppetite K-CG-01 Kent', 'raidNew D-01 Kent']);
    const s2 = board.close(2, data2, '2026-11-19T12:00:00.000Z');

    // 26 November (open, on a later day): its previous is the 19th; the change is there, and no longer new.
    board.open(3, '2026-11-26');
    expect(board.previousSnapshot(3)).toBe(s2);
    const live3 = sinceLastBoardFor(board.previousSnapshot(3), liveRegister(data2, NOW, TODAY));
    expect(live3.items.map(line)).toEqual(['outOfAppetite K-CG-01 Kent']);
    expect(live3.items[0].continuing).toBe(true);
    // The 19th's paper: its own closure against the 12th's, both frozen.
    expect(paperDelta(s2, board.previousSnapshot(2)).items.map(line)).toEqual(live2.items.map(line));
  });

  it('keeps a closed meeting\u2019s figures whatever changes afterwards', () => {
    const board = new Board();
    board.open(1, '2026-11-12');
    const data = reg([{ ...a }, { ...b }]);
    const s1 = board.close(1, data, '2026-11-12T12:00:00.000Z');
    const before = JSON.stringify(s1);
    // The register moves on; the objects it was taken from are changed in place.
    (data.risks[0] as { current: unknown }).current = sc(5, 5);
    data.risks.push(risk({ id: 3, reference: 'K-CG-09' }));
    expect(JSON.stringify(board.snapshot(1))).toBe(before);
    expect(() => (s1.register.risks as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (s1.meeting as { marking: string }).marking = 'OFFICIAL';
    }).toThrow(TypeError);
    // And the closed meeting refuses edits until it is re-opened.
    expect(editRefusal(board.get(1))).toBe('closed');
    expect(() => board.close(1, data, '2026-11-12T13:00:00.000Z')).toThrow('closed');
  });

  it('re-opens with a reason, re-issues on the next closure, and keeps the earlier closure', () => {
    const board = new Board();
    board.open(1, '2026-11-12');
    const s1 = board.close(1, reg([a, b]), '2026-11-12T12:00:00.000Z');
    expect(() => board.reopen(1, ' ', '2026-11-13T09:00:00.000Z')).toThrow('refused');
    board.reopen(1, 'E-SR-01 was scored before the Essex audit results arrived.', '2026-11-13T09:00:00.000Z');
    expect(statusOf(board.get(1).records)).toBe('open');
    expect(board.snapshot(1)).toBeUndefined();
    const s1b = board.close(1, reg([a, { ...b, current: sc(3, 3) }]), '2026-11-13T09:30:00.000Z');
    const [firstClosure, secondClosure] = closuresOf(board.get(1).records);
    expect(s1b.reissueOf).toEqual({ recordId: firstClosure.id, closedAt: '2026-11-12T12:00:00.000Z' });
    expect(isReissued(board.get(1))).toBe(true);
    expect(board.snapshots.get(firstClosure.id)).toBe(s1);
    expect(board.snapshots.get(secondClosure.id)).toBe(s1b);
    expect(board.snapshot(1)).toBe(s1b);
    expect(board.get(1).records.map((r) => r.kind)).toEqual(['closed', 'reopened', 'closed']);

    // The next meeting compares with the re-issued closure, not the first.
    board.open(2, '2026-11-19');
    expect(board.previousSnapshot(2)).toBe(s1b);
    const delta = sinceLastBoardFor(board.previousSnapshot(2), liveRegister(reg([a, { ...b, current: sc(3, 3) }]), '2026-11-19T11:00:00.000Z', '2026-11-19'));
    expect(delta.items.map(line)).toEqual(['outOfAppetite E-SR-01 Essex']);
    expect(delta.items[0].continuing).toBe(true);
  });

  it('while the previous meeting is re-opened, the next meeting compares with the one before it', () => {
    const board = new Board();
    board.open(1, '2026-11-12');
    const s1 = board.close(1, reg([a]), '2026-11-12T12:00:00.000Z');
    board.open(2, '2026-11-19');
    board.close(2, reg([a, b]), '2026-11-19T12:00:00.000Z');
    board.reopen(2, 'Attendance corrected.', '2026-11-20T09:00:00.000Z');
    board.open(3, '2026-11-26');
    expect(board.previousSnapshot(3)).toBe(s1);
    const delta = sinceLastBoardFor(board.previousSnapshot(3), liveRegister(reg([a, b]), NOW, TODAY));
    expect(delta.items.map(line)).toEqual(['new E-SR-01 Essex']);
  });

  it('is the register\u2019s own "since last board" on the previous closure\u2019s register', () => {
    const previous = closureOf(boardMeeting(1, { meetingDate: '2026-11-12' }), registerAt(reg([a, b]), '2026-11-12T12:00:00.000Z', '2026-11-12'), '2026-11-12T12:00:00.000Z');
    const current = liveRegister(reg([{ ...a, current: sc(2, 3) }]), NOW, TODAY);
    expect(sinceLastBoardFor(previous, current)).toEqual(sinceLastBoard(previous.register, current));
    expect(sinceLastBoardFor(null, current)).toEqual(sinceLastBoard(null, current));
    expect(sinceLastBoardFor(previous, current).items.map(line)).toEqual(['rescored K-CG-01 Kent 9\u21926 down', 'removed E-SR-01 Essex']);
  });

  it('judges overdue in the live register against the day given', () => {
    const late = raid({ id: 91, reference: 'A-01', type: 'action', dueDate: '2026-11-20' });
    expect(liveRegister(reg([a], [late]), NOW, TODAY).raid[0].overdue).toBe(true);
    expect(liveRegister(reg([a], [late]), '2026-11-19T10:00:00.000Z', '2026-11-19').raid[0].overdue).toBe(false);
  });

  it('takes a snapshot whose meeting is the one closed, as it stood', () => {
    const m = boardMeeting(4, { meetingDate: '2026-11-26', notes: 'Draft notes' });
    const s = takeMeetingSnapshot({ meeting: m, closedAt: NOW, closedByUpn: KENT_CHAIR, register: liveRegister(reg([a]), NOW, TODAY), indicators: [], reissueOf: null });
    expect(s.meeting).toEqual({ id: 4, meetingDate: '2026-11-26', chairUpn: KENT_CHAIR, attendeeUpns: [KENT_CHAIR, ESSEX_MEMBER], marking: 'OFFICIAL-SENSITIVE', notes: 'Draft notes' });
    expect(Object.keys(s.meeting)).not.toContain('records');
  });
});
