/**
 * The board view's pure logic with a fixed clock (today Monday 23 November 2026): the week's meeting day, the
 * meeting form's rules, the meetings list, items logged at a meeting, triage of poor-output reports, and
 * "since last board" grouped for reading.
 */
import { sinceLastBoard } from '../../../../domain/risks/delta';
import { raid, risk, sc } from '../../../../domain/risks/testing';
import { boardMeeting, ESSEX_MEMBER, KENT_CHAIR, record, registerAt } from '../../../../domain/board/testing';
import type { IOutputReport } from '../../../../domain/board/types';
import { RISK_CATEGORIES } from '../../../../lists/risks';
import {
  blankLogDraft,
  blankMeetingDraft,
  blankTriageDraft,
  changeCount,
  changeLogType,
  changeTriage,
  currentMeeting,
  deltaByTopic,
  knownItems,
  logContentOf,
  logDraftProblems,
  meetingContentOf,
  meetingDraftProblems,
  meetingSummary,
  memberChoices,
  nextRiskReference,
  nextThursday,
  personTitle,
  sameMeetingDraft,
  setDecided,
  triageOutcomeOf,
  triageProblems,
  weekdayOf,
  type IMeetingDraft
} from './boardModel';

const TODAY = '2026-11-23';
const MEMBERS = [
  { upn: KENT_CHAIR, title: 'Ruth Calder' },
  { upn: ESSEX_MEMBER, title: 'James Pike' }
];

describe('the week\u2019s meeting day', () => {
  it('is the next Thursday, today when today is one', () => {
    expect(weekdayOf(TODAY)).toBe(1);
    expect(nextThursday(TODAY)).toBe('2026-11-26');
    expect(nextThursday('2026-11-26')).toBe('2026-11-26');
    expect(nextThursday('2026-11-27')).toBe('2026-12-03');
    expect(nextThursday('2026-11-29')).toBe('2026-12-03');
    // Across a year end.
    expect(nextThursday('2026-12-30')).toBe('2026-12-31');
    expect(nextThursday('2027-01-01')).toBe('2027-01-07');
  });
});

describe('the meeting form', () => {
  const draft = (overrides: Partial<IMeetingDraft> = {}): IMeetingDraft => ({ ...blankMeetingDraft(TODAY, KENT_CHAIR, MEMBERS), ...overrides });

  it('starts on the next Thursday, chaired by the person creating it when they are on the board', () => {
    expect(blankMeetingDraft(TODAY, 'Kent.Board@Policing.example', MEMBERS)).toEqual({ meetingDate: '2026-11-26', chairUpn: KENT_CHAIR, attendeeUpns: [KENT_CHAIR], marking: 'OFFICIAL', notes: '' });
    expect(blankMeetingDraft(TODAY, 'someone@policing.example', MEMBERS).chairUpn).toBe('');
  });

  it('writes the chair among the attendees, each person once, in lower case', () => {
    expect(meetingContentOf(draft({ chairUpn: ' Essex.Board@policing.example ', attendeeUpns: [KENT_CHAIR, 'KENT.BOARD@policing.example', ''], notes: '  Quorate.  ' }))).toEqual({
      meetingDate: '2026-11-26',
      chairUpn: ESSEX_MEMBER,
      attendeeUpns: [KENT_CHAIR, ESSEX_MEMBER],
      marking: 'OFFICIAL',
      notes: 'Quorate.'
    });
  });

  it('names each problem at its field, in the form\u2019s order', () => {
    expect(meetingDraftProblems(draft(), [], null)).toEqual([]);
    expect(meetingDraftProblems(draft({ meetingDate: '', chairUpn: '' }), [], null)).toEqual([
      { field: 'meetingDate', code: 'required' },
      { field: 'chairUpn', code: 'required' }
    ]);
    expect(meetingDraftProblems(draft({ meetingDate: '31/11/2026' }), [], null)).toEqual([{ field: 'meetingDate', code: 'invalidDate' }]);
    expect(meetingDraftProblems(draft({ attendeeUpns: ['Ruth Calder'] }), [], null)).toEqual([{ field: 'attendeeUpns', code: 'notASignInName' }]);
    expect(meetingDraftProblems(draft({ marking: 'SECRET' as never }), [], null)).toEqual([{ field: 'marking', code: 'invalidMarking' }]);
  });

  it('refuses a day another meeting has, but not the meeting\u2019s own day', () => {
    const existing = boardMeeting(7, { meetingDate: '2026-11-26' });
    expect(meetingDraftProblems(draft(), [existing], null)).toEqual([{ field: 'meetingDate', code: 'dayTaken' }]);
    expect(meetingDraftProblems(draft(), [existing], 7)).toEqual([]);
  });

  it('tells a changed draft from one that writes the same', () => {
    expect(sameMeetingDraft(draft(), draft({ notes: '  ' }))).toBe(true);
    expect(sameMeetingDraft(draft(), draft({ marking: 'OFFICIAL-SENSITIVE' }))).toBe(false);
  });

  it('offers the board\u2019s members by name, and keeps anyone on the meeting who has left the group', () => {
    expect(memberChoices(MEMBERS, { chairUpn: KENT_CHAIR, attendeeUpns: ['Former.Member@policing.example'] })).toEqual([
      { upn: ESSEX_MEMBER, title: 'James Pike' },
      { upn: KENT_CHAIR, title: 'Ruth Calder' },
      { upn: 'former.member@policing.example', title: 'former.member@policing.example' }
    ]);
    expect(personTitle('KENT.BOARD@policing.example', MEMBERS)).toBe('Ruth Calder');
    expect(personTitle('nobody@policing.example', MEMBERS)).toBe('nobody@policing.example');
  });
});

describe('the meetings list', () => {
  it('reads each meeting\u2019s state, closure and re-openings from its record log', () => {
    const closedOnce = record('closed', '2026-11-19T12:00:00.000Z', { id: 1 });
    const reopened = record('reopened', '2026-11-20T09:00:00.000Z', { id: 2, reason: 'Minutes corrected.' });
    const closedAgain = record('closed', '2026-11-20T10:00:00.000Z', { id: 3 });
    expect(meetingSummary(boardMeeting(1))).toEqual({ status: 'open', closure: null, closures: 0, reopenings: [], reissued: false });
    expect(meetingSummary(boardMeeting(1, {}, [closedOnce]))).toMatchObject({ status: 'closed', closure: closedOnce, closures: 1, reissued: false });
    expect(meetingSummary(boardMeeting(1, {}, [closedOnce, reopened]))).toMatchObject({ status: 'open', closure: closedOnce, reopenings: [reopened], reissued: false });
    expect(meetingSummary(boardMeeting(1, {}, [closedOnce, reopened, closedAgain]))).toMatchObject({ status: 'closed', closure: closedAgain, closures: 2, reopenings: [reopened], reissued: true });
  });

  it('offers first the soonest open meeting from today, else the latest open one', () => {
    const closed = record('closed', '2026-11-19T12:00:00.000Z');
    const past = boardMeeting(1, { meetingDate: '2026-11-12' });
    const lastWeek = boardMeeting(2, { meetingDate: '2026-11-19' }, [closed]);
    const thisWeek = boardMeeting(3, { meetingDate: '2026-11-26' });
    const nextWeek = boardMeeting(4, { meetingDate: '2026-12-03' });
    expect(currentMeeting([nextWeek, thisWeek, lastWeek, past], TODAY)?.id).toBe(3);
    expect(currentMeeting([lastWeek, past], TODAY)?.id).toBe(1);
    expect(currentMeeting([lastWeek], TODAY)).toBeUndefined();
  });
});

describe('an item logged at the meeting', () => {
  const meeting = boardMeeting(42, { meetingDate: '2026-11-26' });
  const items = [raid({ id: 1, reference: 'D-06', type: 'decision' }), raid({ id: 2, reference: 'A-11', type: 'action' })];

  it('carries the meeting\u2019s id and day and is raised that day; a decision is made (closed) there', () => {
    const d = blankLogDraft('decision', meeting, items, KENT_CHAIR);
    expect(d).toMatchObject({ type: 'decision', reference: 'D-07', status: 'closed', closedOn: '2026-11-26', raisedOn: '2026-11-26', meetingId: 42, meetingDate: '2026-11-26', ownerUpn: KENT_CHAIR });
    const a = blankLogDraft('action', meeting, items, KENT_CHAIR);
    expect(a).toMatchObject({ type: 'action', reference: 'A-12', status: 'open', closedOn: '' });
  });

  it('keeps what was typed when the type changes; a suggested reference follows the type, a typed one stays', () => {
    const typed = { ...blankLogDraft('decision', meeting, items, KENT_CHAIR), title: 'Adopt restricted search' };
    expect(changeLogType(typed, 'action', meeting, items, false)).toMatchObject({ type: 'action', reference: 'A-12', title: 'Adopt restricted search', status: 'open', closedOn: '' });
    expect(changeLogType({ ...typed, reference: 'D-99' }, 'issue', meeting, items, true).reference).toBe('D-99');
  });

  it('numbers from what it logged itself while the log is read again', () => {
    const logged = raid({ id: 3, reference: 'D-07', type: 'decision' });
    const known = knownItems(items, [logged]);
    expect(known.map((i) => i.reference)).toEqual(['D-06', 'A-11', 'D-07']);
    expect(knownItems([...items, logged], [logged])).toHaveLength(3);
    const next = blankLogDraft('decision', meeting, known, KENT_CHAIR);
    expect(next.reference).toBe('D-08');
    expect(changeLogType(next, 'action', meeting, known, false).reference).toBe('A-12');
  });

  it('marks a decision still to decide as pending (open), and back', () => {
    const d = blankLogDraft('decision', meeting, items, KENT_CHAIR);
    expect(setDecided(d, false, meeting)).toMatchObject({ status: 'open', closedOn: '' });
    expect(setDecided(setDecided(d, false, meeting), true, meeting)).toMatchObject({ status: 'closed', closedOn: '2026-11-26' });
  });

  it('names what is missing, and refuses a reference the log holds', () => {
    const d = blankLogDraft('action', meeting, items, KENT_CHAIR);
    expect(logDraftProblems(d, items)).toEqual([
      { field: 'title', code: 'required' },
      { field: 'category', code: 'required' },
      { field: 'force', code: 'required' }
    ]);
    const ready = { ...d, title: 'Brief sergeants', category: 'copilotGovernance' as const, force: 'Kent', riskIds: [5] };
    expect(logDraftProblems(ready, items)).toEqual([]);
    expect(logDraftProblems({ ...ready, reference: 'a-11' }, items)).toEqual([{ field: 'reference', code: 'referenceTaken' }]);
    expect(logContentOf(ready)).toMatchObject({ reference: 'A-12', type: 'action', meetingId: 42, meetingDate: '2026-11-26', raisedOn: '2026-11-26', riskIds: [5], status: 'open' });
  });
});

describe('triage of a poor-output report', () => {
  const meeting = boardMeeting(42, { meetingDate: '2026-11-26' });
  const report: IOutputReport = {
    id: 9,
    etag: '"3"',
    summary: 'Copilot cited a policy that does not exist',
    entryId: 4,
    entryTitle: 'Summarise a policy',
    category: 'madeUp',
    details: 'The answer quoted section 12 of the flexible working policy, which has 8 sections.',
    product: 'Copilot Chat',
    force: 'Essex',
    department: 'HR',
    reportedAt: '2026-11-20T10:00:00.000Z',
    status: 'new',
    triageNote: '',
    riskRef: ''
  };
  const risks = [risk({ id: 1, reference: 'E-CG-01' }), risk({ id: 2, reference: 'e-cg-03' }), risk({ id: 3, reference: 'J-CG-02', force: 'Joint' })];
  const items = [raid({ id: 4, reference: 'I-04' })];

  it('suggests the register\u2019s next reference for the force and topic', () => {
    expect(nextRiskReference('Essex', 'copilotGovernance', risks)).toBe('E-CG-04');
    expect(nextRiskReference('Joint', 'copilotGovernance', risks)).toBe('J-CG-03');
    expect(nextRiskReference('Kent', 'storageRecords', risks)).toBe('K-SR-01');
  });

  it('starts from the report, and the suggested reference follows the outcome, force and topic until typed over', () => {
    let d = blankTriageDraft(report, 'Essex.Board@policing.example');
    expect(d).toEqual({ kind: '', reference: '', title: report.summary, category: 'copilotGovernance', force: 'Essex', ownerUpn: ESSEX_MEMBER, note: '' });
    d = changeTriage(d, { kind: 'risk' }, risks, items);
    expect(d.reference).toBe('E-CG-04');
    d = changeTriage(d, { force: 'Joint' }, risks, items);
    expect(d.reference).toBe('J-CG-03');
    d = changeTriage(d, { kind: 'issue' }, risks, items);
    expect(d.reference).toBe('I-05');
    d = changeTriage(d, { reference: 'I-77' }, risks, items);
    d = changeTriage(d, { category: 'storageRecords' }, risks, items);
    expect(d.reference).toBe('I-77');
    expect(blankTriageDraft({ ...report, force: null }, KENT_CHAIR).force).toBe('Joint');
  });

  it('needs an outcome; "no action" needs a note; a risk or issue needs a free reference, a title, a force and an owner', () => {
    const d = blankTriageDraft(report, ESSEX_MEMBER);
    expect(triageProblems(d, risks, items)).toEqual([{ field: 'kind', code: 'required' }]);
    expect(triageProblems({ ...d, kind: 'noAction' }, risks, items)).toEqual([{ field: 'note', code: 'required' }]);
    expect(triageProblems({ ...d, kind: 'noAction', note: 'Known limitation, already briefed.' }, risks, items)).toEqual([]);
    expect(triageProblems({ ...d, kind: 'risk', reference: 'E-CG-03', title: ' ', ownerUpn: 'James Pike' }, risks, items)).toEqual([
      { field: 'reference', code: 'referenceTaken' },
      { field: 'title', code: 'required' },
      { field: 'ownerUpn', code: 'notASignInName' }
    ]);
    expect(triageProblems({ ...d, kind: 'issue', reference: 'i-04' }, risks, items)).toEqual([{ field: 'reference', code: 'referenceTaken' }]);
    expect(triageProblems({ ...d, kind: 'issue', reference: '#1' }, risks, items)).toEqual([{ field: 'reference', code: 'referenceFormat' }]);
  });

  it('makes a proposed risk describing the report, or an issue logged against the meeting', () => {
    const d = { ...blankTriageDraft(report, ESSEX_MEMBER), reference: 'E-CG-04' };
    const asRisk = triageOutcomeOf({ ...d, kind: 'risk' }, report, meeting);
    expect(asRisk).toMatchObject({ kind: 'risk', content: { reference: 'E-CG-04', title: report.summary, event: report.details, status: 'proposed', force: 'Essex', ownerUpn: ESSEX_MEMBER, current: null } });
    const asIssue = triageOutcomeOf({ ...d, kind: 'issue', reference: 'I-05' }, report, meeting);
    expect(asIssue).toMatchObject({ kind: 'issue', content: { reference: 'I-05', type: 'issue', description: report.details, meetingId: 42, meetingDate: '2026-11-26', raisedOn: '2026-11-26', status: 'open' } });
    expect(triageOutcomeOf({ ...d, kind: 'noAction', note: ' Briefed. ' }, report, meeting)).toEqual({ kind: 'noAction', note: 'Briefed.' });
  });
});

describe('"since last board" for reading', () => {
  it('gives every topic in agenda order with its own changes and counts', () => {
    const before = registerAt({ risks: [risk({ id: 1, reference: 'K-CG-01', current: sc(3, 3) })], assessments: [], actions: [], raid: [], appetites: [] }, '2026-11-19T12:00:00.000Z', '2026-11-19');
    const now = registerAt(
      {
        risks: [risk({ id: 1, reference: 'K-CG-01', current: sc(4, 4) }), risk({ id: 2, reference: 'K-SR-01', category: 'storageRecords' })],
        assessments: [],
        actions: [],
        raid: [raid({ id: 3, reference: 'D-01', type: 'decision', category: 'storageRecords' })],
        appetites: []
      },
      '2026-11-26T10:00:00.000Z',
      '2026-11-26'
    );
    const topics = deltaByTopic(sinceLastBoard(before, now));
    expect(topics.map((t) => t.topic)).toEqual([...RISK_CATEGORIES]);
    const governance = topics[0];
    expect(governance.items.map((i) => [i.kind, i.reference, i.direction])).toEqual([['rescored', 'K-CG-01', 'up']]);
    expect(changeCount(governance.counts)).toBe(1);
    const storage = topics.filter((t) => t.topic === 'storageRecords')[0];
    expect(storage.items.map((i) => [i.kind, i.reference])).toEqual([
      ['new', 'K-SR-01'],
      ['raidNew', 'D-01']
    ]);
    expect(changeCount(storage.counts)).toBe(2);
    expect(changeCount(topics.filter((t) => t.topic === 'licensingFinance')[0].counts)).toBe(0);
  });
});
