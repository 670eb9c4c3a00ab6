/**
 * The week's agenda by topic, with a fixed clock: the board of Thursday 26 November 2026 (the live register
 * frozen on the day), compared with the previous board's closure on 19 November.
 */
import { sinceLastBoard } from '../risks/delta';
import { action, appetite, raid, risk, sc } from '../risks/testing';
import type { IRaidItem, IRegisterData, IRisk, IRiskAction } from '../risks/types';
import { RISK_CATEGORIES } from '../../lists/risks';
import { buildAgenda, isNewIssue, isPendingDecision, type IAgenda } from './agenda';
import { registerAt } from './testing';

const PREVIOUS = { day: '2026-11-19', at: '2026-11-19T12:00:00.000Z' };
const THIS = { day: '2026-11-26', at: '2026-11-26T10:00:00.000Z' };
const MEETING = 42;

const reg = (risks: IRisk[], actions: IRiskAction[], raidItems: IRaidItem[]): IRegisterData => ({ risks, assessments: [], actions, raid: raidItems, appetites: [appetite('copilotGovernance', 9, null, { id: 50 })] });

// Risks: two open governance risks of different scores, a proposed one, a closed one, one per other topic.
const high = risk({ id: 1, reference: 'K-CG-02', current: sc(4, 4) });
const low = risk({ id: 2, reference: 'K-CG-01', current: sc(2, 2) });
const proposed = risk({ id: 3, reference: 'K-CG-10', status: 'proposed', current: null });
const closed = risk({ id: 4, reference: 'K-CG-03', status: 'closed', closedOn: '2026-11-01' });
const storage = risk({ id: 5, reference: 'E-SR-01', force: 'Essex', category: 'storageRecords', current: sc(3, 3) });
const sameScore = risk({ id: 6, reference: 'K-CG-04', current: sc(2, 2) });

// Mitigating actions: overdue (two, by due day), due today (not overdue), done, one whose risk is gone.
const overdueOld = action([5], { id: 70, title: 'Label HR sites', dueDate: '2026-11-01', status: 'inProgress', force: 'Essex' });
const overdueNew = action([1, 5], { id: 71, title: 'Restricted search review', dueDate: '2026-11-20' });
const dueToday = action([1], { id: 72, dueDate: THIS.day });
const done = action([1], { id: 73, dueDate: '2026-11-01', status: 'done', completedOn: '2026-10-30' });
const orphan = action([999], { id: 74, title: 'Orphaned', dueDate: '2026-11-10' });

// RAID: issues old and new (one new and already closed), decisions pending and made, an overdue RAID action,
// and what was logged at this meeting.
const oldIssue = raid({ id: 80, reference: 'I-01', type: 'issue' });
const newIssue = raid({ id: 81, reference: 'I-03', type: 'issue', category: 'storageRecords', force: 'Essex' });
const newClosedIssue = raid({ id: 82, reference: 'I-02', type: 'issue', status: 'closed', closedOn: '2026-11-24' });
const pendingLate = raid({ id: 83, reference: 'D-05', type: 'decision', dueDate: '2026-12-10' });
const pendingSoon = raid({ id: 84, reference: 'D-04', type: 'decision', dueDate: '2026-12-01', status: 'inProgress' });
const pendingUndated = raid({ id: 85, reference: 'D-03', type: 'decision', dueDate: null });
const made = raid({ id: 86, reference: 'D-01', type: 'decision', status: 'closed', closedOn: '2026-11-19', resolution: 'Agreed.' });
const raidOverdue = raid({ id: 87, reference: 'A-01', type: 'action', dueDate: '2026-11-25', category: 'storageRecords' });
const raidClosedAction = raid({ id: 88, reference: 'A-02', type: 'action', dueDate: '2026-11-01', status: 'closed', closedOn: '2026-11-02' });
const loggedDecision = raid({ id: 89, reference: 'D-06', type: 'decision', status: 'closed', closedOn: THIS.day, meetingId: MEETING, meetingDate: THIS.day, resolution: 'Agreed.' });
const loggedAction = raid({ id: 90, reference: 'A-03', type: 'action', dueDate: '2026-12-10', meetingId: MEETING, meetingDate: THIS.day });
const otherMeeting = raid({ id: 91, reference: 'A-04', type: 'action', dueDate: '2026-12-10', meetingId: 41, meetingDate: PREVIOUS.day });

const previous = registerAt(reg([high, low, closed, storage], [overdueOld], [oldIssue, made, raidClosedAction, otherMeeting]), PREVIOUS.at, PREVIOUS.day);
const current = registerAt(
  reg(
    [high, low, proposed, closed, storage, sameScore],
    [overdueOld, overdueNew, dueToday, done, orphan],
    [oldIssue, newIssue, newClosedIssue, pendingLate, pendingSoon, pendingUndated, made, raidOverdue, raidClosedAction, loggedDecision, loggedAction, otherMeeting]
  ),
  THIS.at,
  THIS.day
);

const topic = (agenda: IAgenda, key: string): IAgenda['topics'][number] => agenda.topics.filter((t) => t.topic === key)[0];

describe('the week\u2019s agenda', () => {
  const agenda = buildAgenda(current, previous, { meetingId: MEETING });

  it('has the seven topics in agenda order, empty ones included, judged on the snapshot\u2019s day', () => {
    expect(agenda.topics.map((t) => t.topic)).toEqual([...RISK_CATEGORIES]);
    expect(agenda.asOf).toBe(THIS.day);
    expect(agenda.previous).toEqual({ takenAt: PREVIOUS.at, asOf: PREVIOUS.day });
    expect(topic(agenda, 'licensingFinance').empty).toBe(true);
    expect(topic(agenda, 'copilotGovernance').empty).toBe(false);
  });

  it('lists open and proposed risks, highest current score first, then by reference; never closed ones', () => {
    expect(topic(agenda, 'copilotGovernance').openRisks.map((r) => [r.reference, r.currentScore])).toEqual([
      ['K-CG-02', 16],
      ['K-CG-01', 4],
      ['K-CG-04', 4],
      ['K-CG-10', null]
    ]);
    expect(topic(agenda, 'storageRecords').openRisks.map((r) => r.reference)).toEqual(['E-SR-01']);
  });

  it('lists overdue actions, most overdue first, under the topic of their first risk; due today is not overdue', () => {
    const storageActions = topic(agenda, 'storageRecords').overdueActions;
    expect(storageActions.map((a) => [a.source, a.reference, a.title, a.dueDate, a.daysOverdue])).toEqual([
      ['riskAction', 'E-SR-01', 'Label HR sites', '2026-11-01', 25],
      ['raid', 'A-01', raidOverdue.title, '2026-11-25', 1]
    ]);
    expect(topic(agenda, 'copilotGovernance').overdueActions.map((a) => [a.source, a.reference, a.id])).toEqual([['riskAction', 'K-CG-02, E-SR-01', 71]]);
  });

  it('keeps an overdue action whose risks are gone, apart rather than dropped', () => {
    expect(agenda.unfiledActions.map((a) => [a.id, a.reference, a.riskIds])).toEqual([[74, '', [999]]]);
    expect(agenda.totals.overdueActions).toBe(4);
  });

  it('lists issues not in the previous closure as new, closed ones included', () => {
    expect(topic(agenda, 'copilotGovernance').newIssues.map((r) => r.reference)).toEqual(['I-02']);
    expect(topic(agenda, 'storageRecords').newIssues.map((r) => r.reference)).toEqual(['I-03']);
    // The same rule as "since last board": every new issue is a raidNew there.
    const delta = sinceLastBoard(previous, current);
    const raidNew = delta.items.filter((x) => x.kind === 'raidNew' && x.raidType === 'issue').map((x) => x.id).sort();
    expect(agenda.topics.flatMap((t) => t.newIssues.map((r) => r.id)).sort()).toEqual(raidNew);
  });

  it('lists decisions not yet made, soonest decide-by first and undated last', () => {
    expect(topic(agenda, 'copilotGovernance').pendingDecisions.map((r) => [r.reference, r.dueDate, r.status])).toEqual([
      ['D-04', '2026-12-01', 'inProgress'],
      ['D-05', '2026-12-10', 'open'],
      ['D-03', null, 'open']
    ]);
  });

  it('lists what was logged at this meeting, decisions first; nothing when no meeting is given', () => {
    expect(topic(agenda, 'copilotGovernance').loggedHere.map((r) => r.reference)).toEqual(['D-06', 'A-03']);
    expect(buildAgenda(current, previous).totals.loggedHere).toBe(0);
  });

  it('counts every heading', () => {
    expect(agenda.totals).toEqual({ openRisks: 5, overdueActions: 4, newIssues: 2, pendingDecisions: 3, loggedHere: 2 });
  });

  it('at the first board, every issue not closed is new', () => {
    const first = buildAgenda(current, null, { meetingId: MEETING });
    expect(first.previous).toBeNull();
    expect(first.topics.flatMap((t) => t.newIssues.map((r) => r.reference)).sort()).toEqual(['I-01', 'I-03']);
  });
});

describe('definitions', () => {
  it('a new issue is an issue absent from the previous closure (or open at the first board)', () => {
    const snap = current.raid.filter((r) => r.id === 81)[0];
    expect(isNewIssue(snap, new Set([80]))).toBe(true);
    expect(isNewIssue(snap, new Set([81]))).toBe(false);
    expect(isNewIssue(snap, null)).toBe(true);
    expect(isNewIssue({ ...snap, status: 'closed' }, null)).toBe(false);
    expect(isNewIssue({ ...snap, type: 'action' }, new Set())).toBe(false);
  });

  it('a pending decision is a decision not closed', () => {
    expect(isPendingDecision({ type: 'decision', status: 'open' })).toBe(true);
    expect(isPendingDecision({ type: 'decision', status: 'inProgress' })).toBe(true);
    expect(isPendingDecision({ type: 'decision', status: 'closed' })).toBe(false);
    expect(isPendingDecision({ type: 'issue', status: 'open' })).toBe(false);
  });
});
