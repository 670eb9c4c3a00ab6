/**
 * The board paper from a closed meeting's snapshot, with a fixed clock: the board of Thursday 26 November
 * 2026, compared with the closure of 19 November. What it says (front, summary, each topic with its risks,
 * heat map, changes with their direction in words, overdue actions, new issues, pending decisions and what
 * was logged), a re-issue after re-opening, the first board, the CSV of the changes, and the one-file HTML
 * with its marking at the top and bottom of every page and nothing to run or fetch.
 */
import { action, appetite, assessment, jointRisk, raid, risk, sc } from '../../../../domain/risks/testing';
import type { IRegisterData } from '../../../../domain/risks/types';
import { boardMeeting, closureOf, ESSEX_MEMBER, KENT_CHAIR, record, registerAt } from '../../../../domain/board/testing';
import type { IMeetingSnapshot } from '../../../../domain/board/types';
import { sinceLastBoard } from '../../../../domain/risks/delta';
import { deltaCsvFileName, deltaCsvRows, DELTA_CSV_HEADERS, escapeHtml, paperFileName, paperHeatMap, paperHtml, paperOf, type IPaper, type IPaperTable } from './paperModel';

const MEMBERS = [
  { upn: KENT_CHAIR, title: 'Ruth Calder' },
  { upn: ESSEX_MEMBER, title: 'James Pike' }
];
const LOCALE = 'en-GB';
const MEETING = 42;

const governanceRisk = risk({ id: 1, reference: 'K-CG-01', title: 'Copilot surfaces <HR> files & more', current: sc(3, 3), inherent: sc(4, 4), target: sc(2, 2) });
const joint = jointRisk({ id: 2, reference: 'J-CG-02', title: 'Oversharing in Teams' });
const jointKent = assessment(2, 'Kent', sc(4, 5), { id: 20 });
const jointEssex = assessment(2, 'Essex', sc(3, 4), { id: 21 });
const licensing = risk({ id: 3, reference: 'K-LF-01', category: 'licensingFinance', current: sc(2, 2), target: sc(1, 2) });

const data = (overrides: Partial<IRegisterData> = {}): IRegisterData => ({
  risks: [governanceRisk, joint, licensing],
  assessments: [jointKent, jointEssex],
  actions: [],
  raid: [],
  appetites: [appetite('copilotGovernance', 12, null, { id: 90 })],
  ...overrides
});

const previousMeeting = boardMeeting(41, { meetingDate: '2026-11-19' }, [record('closed', '2026-11-19T12:00:00.000Z', { id: 300 })]);
const previous = closureOf(previousMeeting, registerAt(data(), '2026-11-19T12:00:00.000Z', '2026-11-19'), '2026-11-19T12:00:00.000Z');

// At this board: K-CG-01 re-scored 3×3 → 4×4 (16, out of appetite 12), a new storage risk, a decision made and
// an action agreed here, a pending decision, an overdue mitigating action and a new issue.
const thisRegister = registerAt(
  data({
    risks: [{ ...governanceRisk, current: sc(4, 4) }, joint, licensing, risk({ id: 4, reference: 'K-SR-01', title: 'Retention labels missing', category: 'storageRecords', current: sc(2, 3) })],
    actions: [action([1], { id: 50, title: 'Review HR site permissions', dueDate: '2026-11-20' })],
    raid: [
      raid({ id: 60, reference: 'D-06', type: 'decision', title: 'Adopt restricted search', status: 'closed', closedOn: '2026-11-26', resolution: 'Until labels are applied.', meetingId: MEETING, meetingDate: '2026-11-26' }),
      raid({ id: 61, reference: 'A-03', type: 'action', title: 'Brief sergeants', dueDate: '2026-12-10', meetingId: MEETING, meetingDate: '2026-11-26', ownerUpn: ESSEX_MEMBER }),
      raid({ id: 62, reference: 'D-07', type: 'decision', title: 'Renew E5 licences?', dueDate: '2026-12-03', category: 'licensingFinance' }),
      raid({ id: 63, reference: 'I-04', type: 'issue', title: 'Made-up policy reference' })
    ]
  }),
  '2026-11-26T11:00:00.000Z',
  '2026-11-26'
);
const closure = record('closed', '2026-11-26T11:00:00.000Z', { id: 400 });
const meeting = boardMeeting(MEETING, { meetingDate: '2026-11-26', notes: 'Quorate.' }, [closure]);
const snapshot = closureOf(meeting, thisRegister, '2026-11-26T11:00:00.000Z');

const paper = (s: IMeetingSnapshot = snapshot, prev: IMeetingSnapshot | null = previous, records = meeting.records): IPaper => paperOf({ snapshot: s, previous: prev, records, members: MEMBERS, locale: LOCALE });

function section(p: IPaper, id: string): IPaper['sections'][number] {
  const found = p.sections.filter((s) => s.id === id)[0];
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
}

function tableIn(p: IPaper, id: string, caption: string): IPaperTable {
  const found = section(p, id)
    .blocks.map((b) => (b.kind === 'table' ? b.table : undefined))
    .filter((t): t is IPaperTable => t !== undefined && t.caption === caption)[0];
  if (found === undefined) throw new Error(`no table ${caption} in ${id}`);
  return found;
}

const texts = (t: IPaperTable): string[][] => t.rows.map((r) => r.map((c) => c.text));

describe('the board paper', () => {
  it('opens with the meeting as frozen: day, chair, attendees by name, marking, who closed it, what it is compared with', () => {
    const p = paper();
    expect(p.title).toBe('Programme board paper, 26 November 2026');
    expect(p.marking).toBe('OFFICIAL-SENSITIVE');
    expect(p.notices).toEqual([]);
    expect(p.facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Meeting date: 26 November 2026',
      'Chair: Ruth Calder',
      'Attendees: Ruth Calder, James Pike',
      'Protective marking: OFFICIAL-SENSITIVE',
      'Closed: Ruth Calder, 26 Nov 2026, 11:00',
      'Register as at: 26 Nov 2026, 11:00',
      'Compared with: The board of 19 November 2026',
      'Notes: Quorate.'
    ]);
    expect(p.fileName).toBe('board-paper-2026-11-26.html');
  });

  it('has a summary, "since last board" per force, the seven topics in agenda order, and the indicators', () => {
    const p = paper();
    expect(p.sections.map((s) => s.id)).toEqual([
      'summary',
      'since',
      'topic-copilotGovernance',
      'topic-platformAssurance',
      'topic-licensingFinance',
      'topic-storageRecords',
      'topic-nationalDevelopments',
      'topic-trainingReadiness',
      'topic-benefitsRealisation',
      'indicators',
      'indicator-poorOutputs'
    ]);
    expect(section(p, 'topic-copilotGovernance').heading).toBe('1. Copilot deployment and governance');
    const glance = tableIn(p, 'summary', 'The seven topics at a glance');
    // Topic, open risks, red, out of appetite, overdue actions, new issues, pending decisions, changes.
    expect(texts(glance)[0]).toEqual(['Copilot deployment and governance', '2', '2', '2', '1', '1', '0', '5']);
    expect(texts(glance)[2]).toEqual(['Licensing and finance', '1', '0', '0', '0', '0', '1', '1']);
    const byForce = tableIn(p, 'since', 'Since the last board, per force');
    expect(byForce.headers[0]).toBe('Force');
    expect(texts(byForce).map((r) => r[0])).toEqual(['Kent', 'Essex', 'Joint (Kent and Essex)', 'All forces']);
    expect(texts(byForce)[0].slice(1, 5)).toEqual(['1', '0', '1', '0']);
    expect(section(p, 'indicator-poorOutputs').blocks[0]).toEqual({ kind: 'text', text: 'From Poor output reports, published 20 Nov 2026, 10:00.' });
  });

  it('lists each topic\u2019s open risks with RAG in words, highest first, a joint risk with each force\u2019s score', () => {
    const risks = tableIn(paper(), 'topic-copilotGovernance', 'Open risks: Copilot deployment and governance');
    expect(risks.headers).toEqual(['Reference', 'Risk', 'Force', 'Owner', 'Current score', 'Target score', 'Appetite', 'Escalation']);
    expect(texts(risks)).toEqual([
      ['J-CG-02', 'Oversharing in Teams', 'Joint (Kent and Essex)', 'Ruth Calder', '20 \u00b7 Red (Kent 20; Essex 12)', '6 \u00b7 Amber', 'Out of appetite', 'Not escalated'],
      ['K-CG-01', 'Copilot surfaces <HR> files & more', 'Kent', 'Ruth Calder', '16 \u00b7 Red', '4 \u00b7 Green', 'Out of appetite', 'Not escalated']
    ]);
    expect(risks.rows[0][4].rag).toBe('red');
  });

  it('says what changed since the last board per topic, a re-score\u2019s direction in words beside its arrow', () => {
    const changes = tableIn(paper(), 'topic-copilotGovernance', 'Since the last board: Copilot deployment and governance');
    expect(texts(changes)).toEqual([
      ['Out of appetite', 'J-CG-02 \u2014 Oversharing in Teams', 'Kent', 'Out of appetite at 20, as at the last board'],
      ['Re-scored', 'K-CG-01 \u2014 Copilot surfaces <HR> files & more', 'Kent', 'Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)'],
      ['Out of appetite', 'K-CG-01 \u2014 Copilot surfaces <HR> files & more', 'Kent', 'Out of appetite at 16, newly since the last board'],
      ['New: Action', 'A-03 \u2014 Brief sergeants', 'Kent', ''],
      ['New: Decision', 'D-06 \u2014 Adopt restricted search', 'Kent', ''],
      ['New: Issue', 'I-04 \u2014 Made-up policy reference', 'Kent', '']
    ]);
    const rescore = changes.rows[1][3];
    expect(rescore.arrow).toEqual({ glyph: '\u2191' });
    expect(rescore.text.startsWith('Up ')).toBe(true);
  });

  it('lists overdue actions, new issues, pending decisions and what was logged at this meeting under their topic', () => {
    const p = paper();
    expect(texts(tableIn(p, 'topic-copilotGovernance', 'Overdue actions: Copilot deployment and governance'))).toEqual([['K-CG-01', 'Review HR site permissions', 'Ruth Calder', '20 November 2026', '6 days']]);
    expect(texts(tableIn(p, 'topic-copilotGovernance', 'New issues: Copilot deployment and governance'))).toEqual([['I-04', 'Made-up policy reference', 'Ruth Calder', 'No date', 'Open']]);
    expect(texts(tableIn(p, 'topic-copilotGovernance', 'Logged at this meeting: Copilot deployment and governance'))).toEqual([
      ['D-06', 'Decision', 'Adopt restricted search: Until labels are applied.', 'Ruth Calder', 'No date', 'Made'],
      ['A-03', 'Action', 'Brief sergeants', 'James Pike', '10 December 2026', 'Open']
    ]);
    expect(texts(tableIn(p, 'topic-licensingFinance', 'Pending decisions: Licensing and finance'))).toEqual([['D-07', 'Renew E5 licences?', 'Ruth Calder', '3 December 2026', 'Pending']]);
    const empty = tableIn(p, 'topic-platformAssurance', 'Open risks: Platform risk and assurance');
    expect(empty.rows).toEqual([]);
    expect(empty.empty).toBe('No open risks.');
  });

  it('draws each topic\u2019s heat map from the frozen scores, each cell with its count, band and references', () => {
    const p = paper();
    const blocks = section(p, 'topic-copilotGovernance').blocks.filter((b) => b.kind === 'heatMap');
    expect(blocks).toHaveLength(1);
    const map = blocks[0].kind === 'heatMap' ? blocks[0].map : paperHeatMap([], '');
    expect(map.caption).toBe('Heat map: Copilot deployment and governance');
    expect(map.rows.map((r) => r.header)).toEqual(['5 \u2013 Almost certain', '4 \u2013 Likely', '3 \u2013 Possible', '2 \u2013 Unlikely', '1 \u2013 Rare']);
    expect(map.columns[4]).toBe('5 \u2013 Severe');
    const likely = map.rows[1];
    expect(likely.cells[3]).toEqual({ count: 1, rag: 'red', text: '1 \u00b7 Red', references: 'K-CG-01', label: 'Likelihood 4, impact 4: 1 risk, red' });
    expect(likely.cells[4]).toMatchObject({ count: 1, references: 'J-CG-02' });
    expect(map.rows[4].cells[0]).toMatchObject({ count: 0, rag: 'green', text: '0 \u00b7 Green', references: '' });
    // A topic with no open risks has no heat map.
    expect(section(p, 'topic-platformAssurance').blocks.some((b) => b.kind === 'heatMap')).toBe(false);
    // Unscored open risks are named under the map, never silently left out.
    expect(paperHeatMap([{ ...thisRegister.risks[0], status: 'proposed', combined: { inherent: null, current: null, target: null } }], 'x').note).toBe('Not on the heat map, as not scored yet: J-CG-02.');
  });

  it('at the first board compares with nothing and says so', () => {
    const p = paper(snapshot, null);
    expect(p.facts.filter((f) => f.label === 'Compared with')[0].value).toBe('Nothing: the first board');
    expect(section(p, 'since').blocks[0]).toEqual({ kind: 'text', text: 'This is the first board: there is no earlier closed meeting to compare with, so every open risk is new.' });
  });

  it('says it was re-issued after re-opening: what it replaces, who re-opened it, when and why', () => {
    const reopened = record('reopened', '2026-11-26T15:00:00.000Z', { id: 401, reason: 'The decision D-06 was minuted wrongly.', by: { id: 12, title: 'James Pike', email: ESSEX_MEMBER } });
    const again = record('closed', '2026-11-26T16:00:00.000Z', { id: 402 });
    const reissued = closureOf(meeting, thisRegister, '2026-11-26T16:00:00.000Z', { recordId: 400, closedAt: '2026-11-26T11:00:00.000Z' });
    const p = paper(reissued, previous, [closure, reopened, again]);
    expect(p.notices).toEqual(['Re-issued after re-opening: this paper replaces the one issued at 26 Nov 2026, 11:00. Re-opened by James Pike, 26 Nov 2026, 15:00: The decision D-06 was minuted wrongly.']);
  });
});

describe('"since last board" as CSV', () => {
  it('has one row per change with the direction in words', () => {
    const delta = sinceLastBoard(previous.register, snapshot.register);
    const rows = deltaCsvRows(delta);
    expect(DELTA_CSV_HEADERS()).toEqual(['Topic', 'Change', 'Reference', 'Title', 'Force', 'Direction', 'From score', 'To score', 'What changed']);
    expect(rows).toContainEqual(['Copilot deployment and governance', 'Re-scored', 'K-CG-01', 'Copilot surfaces <HR> files & more', 'Kent', 'Up', 9, 16, 'Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)']);
    expect(rows).toContainEqual(['Storage and records management', 'New', 'K-SR-01', 'Retention labels missing', 'Kent', '', null, null, '']);
    expect(rows).toHaveLength(delta.items.length);
    expect(deltaCsvFileName('2026-11-26')).toBe('since-last-board-2026-11-26.csv');
    expect(paperFileName('2026-11-26')).toBe('board-paper-2026-11-26.html');
  });
});

describe('the paper as one HTML file', () => {
  const html = paperHtml(paper());

  it('is a whole document with its styles inside and nothing to run or fetch', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>OFFICIAL-SENSITIVE \u2014 Programme board paper, 26 November 2026</title>');
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=|<link|<img|<iframe|<object|src=|href=|@import|url\(/i);
  });

  it('carries the marking at the top and bottom of every printed page and of the document on screen', () => {
    const markings = html.match(/<div class="[^"]*\bbp-marking\b[^"]*"[^>]*>OFFICIAL-SENSITIVE<\/div>/g) ?? [];
    expect(markings).toHaveLength(4);
    expect(html).toContain('<div class="bp-fixed bp-fixed-top bp-marking" aria-hidden="true">OFFICIAL-SENSITIVE</div>');
    expect(html).toContain('<div class="bp-fixed bp-fixed-bottom bp-marking" aria-hidden="true">OFFICIAL-SENSITIVE</div>');
    expect(html).toContain('<thead><tr><td><div class="bp-marking bp-space">OFFICIAL-SENSITIVE</div></td></tr></thead>');
    expect(html).toContain('<tfoot><tr><td><div class="bp-marking bp-space">OFFICIAL-SENSITIVE</div></td></tr></tfoot>');
    // In print the fixed copies repeat on every page; the table's header and footer keep their room.
    expect(html).toMatch(/@media print \{[\s\S]*body\.bp-paper \.bp-fixed \{ display: block; position: fixed;[\s\S]*body\.bp-paper \.bp-fixed-top \{ top: 0; \}[\s\S]*body\.bp-paper \.bp-fixed-bottom \{ bottom: 0; \}/);
  });

  it('escapes what people typed, and keeps headings, captions and row headers for screen readers', () => {
    expect(html).toContain('Copilot surfaces &lt;HR&gt; files &amp; more');
    expect(html).not.toContain('<HR>');
    expect(html).toContain('<h1 class="bp-title">Programme board paper, 26 November 2026</h1>');
    expect(html).toContain('<h2>1. Copilot deployment and governance</h2>');
    expect(html).toContain('<caption>Open risks: Copilot deployment and governance</caption>');
    expect(html).toContain('<th scope="row">K-CG-01</th>');
    expect(html).toContain('<td class="bp-rag bp-rag-red">16 \u00b7 Red</td>');
    expect(html).toContain('<td><span aria-hidden="true">\u2191</span> Up from 3 \u00d7 3 = 9 to 4 \u00d7 4 = 16 (worse)</td>');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
