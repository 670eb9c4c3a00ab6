/**
 * The board paper: what a closed meeting's closure froze, laid out for reading, printing and sending. Built
 * from the closure's snapshot ONLY (and the previous meeting's closure for "since last board"), so editing
 * the register afterwards never changes a closed meeting's paper; pure.
 *
 * Layout (decisions):
 * - The paper is a value (`IPaper`): its words already localised, its tables as header and cell texts, its
 *   heat maps as grids of counts, band words and references. The screen (`BoardPaper`) and the download
 *   (`paperHtml`) render the same value, so the file sent is what was read.
 * - Front: the title, the meeting's day, chair, attendees, the protective marking, who closed it and when,
 *   the register's day and the board it is compared with; a notice when it was re-issued after re-opening
 *   (when, by whom, why).
 * - Summary: the seven topics at a glance, the programme's heat map (joint risks at their worst force's
 *   current score) and "since last board" per force.
 * - One section per topic, in agenda order: its open risks (highest current score first, RAG in words), its
 *   heat map, what changed since the last board (re-scores with the direction in words beside the arrow),
 *   overdue actions, new issues, pending decisions, and what was logged at this meeting.
 * - Then the indicators as frozen, each saying its source and when it was published.
 * - The marking is at the top and bottom of the paper on screen and of every printed page: a fixed header
 *   and footer in print (Chromium repeats fixed elements on every page; `@page` margin boxes it does not
 *   support), with a table header and footer of the same height keeping their room on each page.
 * - The download is one HTML file: styles in the file, no scripts, no external resources.
 */
import * as strings from 'SuiteStrings';
import { buildAgenda, type IAgenda, type IAgendaAction, type IAgendaTopic } from '../../../../domain/board/agenda';
import { paperDelta, reopeningsOf } from '../../../../domain/board/meetingState';
import type { IBoardIndicator, IMeetingRecord, IMeetingSnapshot } from '../../../../domain/board/types';
import type { IBoardDelta, IDeltaCounts, IDeltaItem } from '../../../../domain/risks/delta';
import { LEVELS, ragOf, type Rag } from '../../../../domain/risks/scoring';
import type { ISnapshotRaid, ISnapshotRisk } from '../../../../domain/risks/snapshot';
import type { RiskCategory } from '../../../../domain/risks/types';
import { csvFileName, type CsvCell } from '../../../../ui/export/csv';
import { formatDay, formatText } from '../../../../ui/format/text';
import { personTitle, type IBoardMember } from './boardModel';
import { deltaDetail, deltaKindName, directionArrow, directionWord, indicatorBase, indicatorForce, indicatorName, indicatorSource, indicatorValue, markingName } from './boardText';
import { categoryName, raidStatusName, raidTypeName, forceName } from '../raid/raidText';
import { escalationName, formatInstant, impactName, likelihoodName, ragName } from '../risk/riskText';

// ---------------------------------------------------------------------------------------------------
// The paper as a value

export interface IPaperCell {
  text: string;
  /** A band to colour the cell with (its name is in `text`). */
  rag?: Rag | null;
  /**
   * A re-score's arrow, drawn before `text`. It is decoration for screen readers (hidden from them): its
   * text alternative is the direction in words that starts `text` ("Up from 9 to 16 (worse)").
   */
  arrow?: { glyph: string };
}

export interface IPaperTable {
  caption: string;
  headers: string[];
  /** The first cell of each row is its header. */
  rows: IPaperCell[][];
  /** What to say when there are no rows. */
  empty: string;
}

export interface IPaperHeatCell {
  count: number;
  rag: Rag;
  /** "2 · Red" */
  text: string;
  /** The references in the cell. */
  references: string;
  /** "Likelihood 4, impact 5: 2 risks, red" */
  label: string;
}

export interface IPaperHeatMap {
  caption: string;
  corner: string;
  /** Impact 1 to 5. */
  columns: string[];
  /** Likelihood 5 (top) down to 1. */
  rows: Array<{ header: string; cells: IPaperHeatCell[] }>;
  /** Open risks without a current score, or ''. */
  note: string;
}

export type IPaperBlock = { kind: 'text'; text: string } | { kind: 'table'; table: IPaperTable } | { kind: 'heatMap'; map: IPaperHeatMap };

export interface IPaperSection {
  id: string;
  /** 1: a main section; 2: a part of one. */
  level: 1 | 2;
  heading: string;
  blocks: IPaperBlock[];
}

export interface IPaperFact {
  label: string;
  value: string;
}

export interface IPaper {
  lang: string;
  marking: string;
  title: string;
  facts: IPaperFact[];
  /** Said before anything else: re-issued after re-opening. */
  notices: string[];
  sections: IPaperSection[];
  /** A safe file name for the download, `.html`. */
  fileName: string;
}

export interface IPaperInput {
  snapshot: IMeetingSnapshot;
  /** The previous meeting's closure, or null at the first board. */
  previous: IMeetingSnapshot | null;
  /** The meeting's record log (add-only), for a re-issue's re-opening. */
  records: readonly IMeetingRecord[];
  /** For people's names; anyone not found is shown by sign-in name. */
  members: readonly IBoardMember[];
  locale: string;
}

// ---------------------------------------------------------------------------------------------------
// Pieces

const isActive = (status: string): boolean => status === 'open' || status === 'proposed';

/** "16 · Red" (the band in words), or "Not scored". */
function scoreCell(score: number | null): IPaperCell {
  return score === null ? { text: strings.BoardNotScored, rag: null } : { text: formatText(strings.BoardScoreBand, score, ragName(ragOf(score))), rag: ragOf(score) };
}

function currentCell(r: ISnapshotRisk): IPaperCell {
  const cell = scoreCell(r.currentScore);
  if (r.exposures.length < 2) return cell;
  const perForce = r.exposures.map((x) => formatText(strings.BoardForceScore, forceName(x.force), x.currentScore === null ? strings.BoardNotScored : x.currentScore)).join('; ');
  return { ...cell, text: `${cell.text} (${perForce})` };
}

function appetiteText(r: ISnapshotRisk): string {
  if (r.outOfAppetite) return strings.BoardAppetiteOut;
  return r.exposures.some((x) => x.maxScore !== null) ? strings.BoardAppetiteWithin : strings.BoardAppetiteNone;
}

function targetText(r: ISnapshotRisk): string {
  const t = r.combined.target;
  return t === null ? strings.BoardNotScored : formatText(strings.BoardScoreBand, t.likelihood * t.impact, ragName(ragOf(t.likelihood * t.impact)));
}

export function riskTable(risks: readonly ISnapshotRisk[], caption: string, who: (upn: string) => string): IPaperTable {
  return {
    caption,
    headers: [strings.BoardColReference, strings.BoardColRisk, strings.BoardColForce, strings.BoardColOwner, strings.BoardColCurrent, strings.BoardColTarget, strings.BoardColAppetite, strings.BoardColEscalation],
    rows: risks.map((r) => [
      { text: r.reference },
      { text: r.status === 'proposed' ? formatText(strings.BoardProposed, r.title) : r.title },
      { text: forceName(r.force) },
      { text: who(r.ownerUpn) },
      currentCell(r),
      { text: targetText(r) },
      { text: appetiteText(r) },
      { text: escalationName(r.escalation) }
    ]),
    empty: strings.BoardNoOpenRisks
  };
}

function heatCellLabel(likelihood: number, impact: number, count: number, rag: Rag): string {
  const n = count === 0 ? strings.RiskHeatNoRisks : formatText(count === 1 ? strings.RiskHeatOneRisk : strings.RiskHeatManyRisks, count);
  return formatText(strings.RiskHeatCellLabel, likelihood, impact, n, ragName(rag).toLowerCase());
}

/** The 5×5 of the open risks' current scores (joint risks at their worst force), with each cell's references. */
export function paperHeatMap(risks: readonly ISnapshotRisk[], caption: string): IPaperHeatMap {
  const open = risks.filter((r) => isActive(r.status));
  const unscored = open.filter((r) => r.combined.current === null).map((r) => r.reference);
  const rows = LEVELS.slice()
    .reverse()
    .map((likelihood) => ({
      header: likelihoodName(likelihood),
      cells: LEVELS.map((impact): IPaperHeatCell => {
        const here = open.filter((r) => r.combined.current !== null && r.combined.current.likelihood === likelihood && r.combined.current.impact === impact);
        const rag = ragOf(likelihood * impact);
        return {
          count: here.length,
          rag,
          text: formatText(strings.BoardHeatCell, here.length, ragName(rag)),
          references: here.map((r) => r.reference).join(', '),
          label: heatCellLabel(likelihood, impact, here.length, rag)
        };
      })
    }));
  return {
    caption,
    corner: strings.BoardHeatCorner,
    columns: LEVELS.map((i) => impactName(i)),
    rows,
    note: unscored.length === 0 ? '' : formatText(strings.BoardHeatUnscored, unscored.join(', '))
  };
}

/** One row of "since last board": the change, the item, the force it is about, what changed. */
function deltaRow(item: IDeltaItem): IPaperCell[] {
  const detail = deltaDetail(item);
  return [
    { text: deltaKindName(item) },
    { text: `${item.reference} \u2014 ${item.title}` },
    { text: forceName(item.force) },
    item.kind === 'rescored' ? { text: detail, arrow: { glyph: directionArrow(item.direction) } } : { text: detail }
  ];
}

export function deltaTable(items: readonly IDeltaItem[], caption: string, empty: string): IPaperTable {
  return { caption, headers: [strings.BoardColChange, strings.BoardColItem, strings.BoardColForce, strings.BoardColDetail], rows: items.map(deltaRow), empty };
}

/** "Since last board" per force: one row per force, the kinds of change as columns. */
export function deltaForceTable(delta: IBoardDelta, caption: string): IPaperTable {
  const row = (name: string, c: IDeltaCounts): IPaperCell[] => [
    { text: name },
    { text: String(c.new) },
    { text: String(c.closed) },
    { text: String(c.rescoredUp) },
    { text: String(c.rescoredDown) },
    { text: String(c.escalated) },
    { text: formatText(strings.BoardOutOfAppetiteCount, c.outOfAppetite, c.newlyOutOfAppetite) },
    { text: String(c.backInAppetite) },
    { text: String(c.raidNew) },
    { text: String(c.raidClosed) }
  ];
  return {
    caption,
    headers: [
      strings.BoardColForce,
      strings.BoardColNew,
      strings.BoardColClosed,
      strings.BoardColRescoredUp,
      strings.BoardColRescoredDown,
      strings.BoardColEscalated,
      strings.BoardColOutOfAppetite,
      strings.BoardColBackInAppetite,
      strings.BoardColRaidNew,
      strings.BoardColRaidClosed
    ],
    rows: [...delta.forces.map((f) => row(forceName(f), delta.byForce[f])), row(strings.BoardAllForces, delta.totals)],
    empty: ''
  };
}

export function actionsTable(actions: readonly IAgendaAction[], caption: string, who: (upn: string) => string, locale: string): IPaperTable {
  return {
    caption,
    headers: [strings.BoardColReference, strings.BoardColAction, strings.BoardColOwner, strings.BoardColDue, strings.BoardColOverdueBy],
    rows: actions.map((a) => [
      { text: a.reference === '' ? strings.BoardNoReference : a.reference },
      { text: a.title },
      { text: who(a.ownerUpn) },
      { text: formatDay(a.dueDate, locale) },
      { text: formatText(a.daysOverdue === 1 ? strings.BoardDaysOne : strings.BoardDaysMany, a.daysOverdue) }
    ]),
    empty: strings.BoardNoOverdueActions
  };
}

export function raidTable(items: readonly ISnapshotRaid[], caption: string, empty: string, who: (upn: string) => string, locale: string, withType: boolean): IPaperTable {
  const day = (d: string | null): string => (d === null ? strings.BoardNoDate : formatDay(d, locale));
  return {
    caption,
    headers: [strings.BoardColReference, ...(withType ? [strings.BoardColType] : []), strings.BoardColTitle, strings.BoardColOwner, strings.BoardColDue, strings.BoardColStatus],
    rows: items.map((r) => [
      { text: r.reference },
      ...(withType ? [{ text: raidTypeName(r.type) }] : []),
      { text: r.resolution.trim() !== '' ? formatText(strings.BoardWithResolution, r.title, r.resolution) : r.title },
      { text: who(r.ownerUpn) },
      { text: day(r.dueDate) },
      { text: r.type === 'decision' ? (r.status === 'closed' ? strings.BoardDecisionMade : strings.BoardDecisionPending) : raidStatusName(r.status) }
    ]),
    empty
  };
}

export function indicatorTable(i: IBoardIndicator, locale: string): IPaperTable {
  return {
    caption: indicatorName(i.key),
    headers: [strings.BoardColForce, strings.BoardColValue, strings.BoardColBase],
    rows: i.rows.map((r) => [{ text: indicatorForce(r) }, { text: indicatorValue(i.unit, r.value, locale) }, { text: indicatorBase(i.unit, r.base, locale) }]),
    empty: strings.BoardIndicatorNoRows
  };
}

/** A topic's agenda as tables: open risks, overdue actions, new issues, pending decisions, logged at this meeting. */
export function agendaTables(t: IAgendaTopic, who: (upn: string) => string, locale: string): IPaperTable[] {
  const name = categoryName(t.topic);
  return [
    riskTable(t.openRisks, formatText(strings.BoardOpenRisksOf, name), who),
    actionsTable(t.overdueActions, formatText(strings.BoardOverdueOf, name), who, locale),
    raidTable(t.newIssues, formatText(strings.BoardNewIssuesOf, name), strings.BoardNoNewIssues, who, locale, false),
    raidTable(t.pendingDecisions, formatText(strings.BoardPendingOf, name), strings.BoardNoPending, who, locale, false),
    raidTable(t.loggedHere, formatText(strings.BoardLoggedOf, name), strings.BoardNothingLogged, who, locale, true)
  ];
}

function summaryTable(agenda: IAgenda, delta: IBoardDelta): IPaperTable {
  const changes = (c: IDeltaCounts): number =>
    c.new + c.removed + c.closed + c.reopened + c.rescoredUp + c.rescoredDown + c.rescoredMoved + c.escalated + c.deescalated + c.newlyOutOfAppetite + c.backInAppetite + c.raidNew + c.raidClosed;
  return {
    caption: strings.BoardSummaryCaption,
    headers: [strings.BoardColTopic, strings.BoardColOpenRisks, strings.BoardColRed, strings.BoardColOutOfAppetite, strings.BoardColOverdue, strings.BoardColNewIssues, strings.BoardColPending, strings.BoardColChanges],
    rows: agenda.topics.map((t) => [
      { text: categoryName(t.topic) },
      { text: String(t.openRisks.length) },
      { text: String(t.openRisks.filter((r) => r.rag === 'red').length) },
      { text: String(t.openRisks.filter((r) => r.outOfAppetite).length) },
      { text: String(t.overdueActions.length) },
      { text: String(t.newIssues.length) },
      { text: String(t.pendingDecisions.length) },
      { text: String(changes(delta.byTopic[t.topic])) }
    ]),
    empty: ''
  };
}

// ---------------------------------------------------------------------------------------------------
// The paper

/** The HTML file's name: `board-paper-2026-11-19.html`. */
export function paperFileName(meetingDate: string): string {
  return csvFileName('board-paper', meetingDate).replace(/\.csv$/, '.html');
}

/** The re-issue notice: what it replaces and the re-opening that led to it (when the log has it). */
function reissueNotice(input: IPaperInput, who: (upn: string) => string): string | null {
  const { snapshot, records, locale } = input;
  if (snapshot.reissueOf === null) return null;
  const first = formatText(strings.BoardPaperReissued, formatInstant(snapshot.reissueOf.closedAt, locale));
  const reopening = reopeningsOf(records)
    .filter((r) => r.id > (snapshot.reissueOf as { recordId: number }).recordId && r.at <= snapshot.closedAt)
    .slice(-1)[0];
  if (reopening === undefined) return first;
  const by = reopening.by === null ? strings.RiskSomeone : reopening.by.title !== '' ? reopening.by.title : who(reopening.by.email);
  return `${first} ${formatText(strings.BoardPaperReopenedBecause, by, formatInstant(reopening.at, locale), reopening.reason)}`;
}

/** The board paper of a closed meeting, from its closure's snapshot and the previous meeting's. */
export function paperOf(input: IPaperInput): IPaper {
  const { snapshot, previous, locale, members } = input;
  const who = (upn: string): string => personTitle(upn, members);
  const register = snapshot.register;
  const meeting = snapshot.meeting;
  const agenda = buildAgenda(register, previous === null ? null : previous.register, { meetingId: meeting.id });
  const delta = paperDelta(snapshot, previous);
  const day = formatDay(meeting.meetingDate, locale);

  const facts: IPaperFact[] = [
    { label: strings.BoardFieldDate, value: day },
    { label: strings.BoardFieldChair, value: who(meeting.chairUpn) },
    { label: strings.BoardFieldAttendees, value: meeting.attendeeUpns.length === 0 ? strings.BoardNobody : meeting.attendeeUpns.map(who).join(', ') },
    { label: strings.BoardFieldMarking, value: markingName(meeting.marking) },
    { label: strings.BoardPaperClosed, value: formatText(strings.BoardByAt, who(snapshot.closedByUpn), formatInstant(snapshot.closedAt, locale)) },
    { label: strings.BoardPaperRegisterAsAt, value: formatInstant(register.takenAt, locale) },
    {
      label: strings.BoardPaperComparedWith,
      value: previous === null ? strings.BoardPaperFirstBoard : formatText(strings.BoardPaperPreviousBoard, formatDay(previous.meeting.meetingDate, locale))
    }
  ];
  if (meeting.notes.trim() !== '') facts.push({ label: strings.BoardFieldNotes, value: meeting.notes.trim() });

  const notices: string[] = [];
  const reissue = reissueNotice(input, who);
  if (reissue !== null) notices.push(reissue);

  const sections: IPaperSection[] = [
    {
      id: 'summary',
      level: 1,
      heading: strings.BoardPaperSummary,
      blocks: [
        { kind: 'table', table: summaryTable(agenda, delta) },
        { kind: 'heatMap', map: paperHeatMap(register.risks, strings.BoardHeatOverall) }
      ]
    },
    {
      id: 'since',
      level: 2,
      heading: strings.BoardSinceHeading,
      blocks: [
        { kind: 'text', text: previous === null ? strings.BoardSinceFirst : formatText(strings.BoardSinceCompared, formatDay(previous.meeting.meetingDate, locale)) },
        { kind: 'table', table: deltaForceTable(delta, strings.BoardSinceByForce) }
      ]
    }
  ];

  agenda.topics.forEach((t, i) => {
    const name = categoryName(t.topic);
    const topicRisks = register.risks.filter((r) => r.category === t.topic);
    const items = delta.items.filter((d) => d.category === t.topic);
    const [risksTable, ...others] = agendaTables(t, who, locale);
    const blocks: IPaperBlock[] = [{ kind: 'table', table: risksTable }];
    if (t.openRisks.length > 0) blocks.push({ kind: 'heatMap', map: paperHeatMap(topicRisks, formatText(strings.BoardHeatOf, name)) });
    blocks.push({ kind: 'table', table: deltaTable(items, formatText(strings.BoardSinceOf, name), strings.BoardNoChanges) }, ...others.map((table): IPaperBlock => ({ kind: 'table', table })));
    sections.push({ id: `topic-${t.topic}`, level: 1, heading: formatText(strings.BoardTopicNumbered, i + 1, name), blocks });
  });

  if (agenda.unfiledActions.length > 0) {
    sections.push({ id: 'unfiled', level: 1, heading: strings.BoardUnfiledHeading, blocks: [{ kind: 'table', table: actionsTable(agenda.unfiledActions, strings.BoardUnfiledHeading, who, locale) }] });
  }

  sections.push({
    id: 'indicators',
    level: 1,
    heading: strings.BoardIndicatorsHeading,
    blocks: snapshot.indicators.length === 0 ? [{ kind: 'text', text: strings.BoardIndicatorsNone } as IPaperBlock] : []
  });
  snapshot.indicators.forEach((ind) => {
    sections.push({
      id: `indicator-${ind.key}`,
      level: 2,
      heading: formatText(strings.BoardIndicatorHeading, indicatorName(ind.key), categoryName(ind.topic as RiskCategory)),
      blocks: [
        { kind: 'text', text: indicatorSource(ind, locale) },
        { kind: 'table', table: indicatorTable(ind, locale) }
      ]
    });
  });

  return {
    lang: locale,
    marking: markingName(meeting.marking),
    title: formatText(strings.BoardPaperTitle, day),
    facts,
    notices,
    sections,
    fileName: paperFileName(meeting.meetingDate)
  };
}

// ---------------------------------------------------------------------------------------------------
// "Since last board" as CSV

export const DELTA_CSV_HEADERS = (): string[] => [
  strings.BoardColTopic,
  strings.BoardColChange,
  strings.BoardColReference,
  strings.BoardColTitle,
  strings.BoardColForce,
  strings.BoardColDirection,
  strings.BoardColFromScore,
  strings.BoardColToScore,
  strings.BoardColDetail
];

export function deltaCsvRows(delta: IBoardDelta): CsvCell[][] {
  return delta.items.map((i) => [
    categoryName(i.category),
    deltaKindName(i),
    i.reference,
    i.title,
    forceName(i.force),
    i.kind === 'rescored' ? directionWord(i.direction) : '',
    i.fromScore,
    i.toScore,
    deltaDetail(i)
  ]);
}

export function deltaCsvFileName(meetingDate: string): string {
  return csvFileName('since-last-board', meetingDate);
}

// ---------------------------------------------------------------------------------------------------
// The paper as one HTML file

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Colours of the paper: the print ones below, or the theme's on screen. */
export interface IPaperPalette {
  text: string;
  background: string;
  rule: string;
  head: string;
  rag: Readonly<Record<Rag, { fill: string; edge: string; ink: string }>>;
}

/** Black on white, light band fills with a strong left edge; the band's name is always written too. */
export const PRINT_PALETTE: IPaperPalette = {
  text: '#000',
  background: '#fff',
  rule: '#666',
  head: '#eee',
  rag: {
    red: { fill: '#f9d6d5', edge: '#a4262c', ink: '#000' },
    redAmber: { fill: '#fde0cc', edge: '#c43e00', ink: '#000' },
    amber: { fill: '#fff1c2', edge: '#8a6d00', ink: '#000' },
    green: { fill: '#dcf2da', edge: '#107c10', ink: '#000' }
  }
};

const RAGS: readonly Rag[] = ['green', 'amber', 'redAmber', 'red'];

/** The paper's layout under a scope selector, with its print rules (fixed marking on every page). */
export function paperLayoutCss(s: string): string {
  return [
    `${s} { font-family: "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4; }`,
    `${s} .bp-frame { width: 100%; border-collapse: collapse; }`,
    `${s} .bp-frame > thead > tr > td, ${s} .bp-frame > tfoot > tr > td, ${s} .bp-frame > tbody > tr > td { padding: 0; border: 0; }`,
    `${s} .bp-marking { font-weight: 700; letter-spacing: 0.05em; text-align: center; padding: 4px 0; border: 2px solid; margin: 4px 0; }`,
    `${s} .bp-fixed { display: none; }`,
    `${s} .bp-title { font-size: 18pt; font-weight: 700; margin: 12px 0 8px; overflow-wrap: anywhere; outline: none; }`,
    `${s} section > :first-child { overflow-wrap: anywhere; break-after: avoid; }`,
    `${s} section[data-level="1"] > :first-child { font-size: 14pt; font-weight: 700; margin: 20px 0 6px; border-bottom: 1px solid; }`,
    `${s} section[data-level="2"] > :first-child { font-size: 12pt; font-weight: 600; margin: 14px 0 4px; }`,
    `${s} dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 2px 12px; margin: 8px 0; }`,
    `${s} dt { font-weight: 600; overflow-wrap: anywhere; }`,
    `${s} dd { margin: 0; overflow-wrap: anywhere; }`,
    `${s} .bp-notice { border: 2px solid; padding: 6px 8px; margin: 8px 0; font-weight: 600; }`,
    `${s} .bp-table, ${s} .bp-heat { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 9.5pt; }`,
    `${s} .bp-heat { table-layout: fixed; max-width: 640px; font-size: 9pt; }`,
    `${s} .bp-table caption, ${s} .bp-heat caption { text-align: left; font-weight: 600; padding: 2px 0; }`,
    `${s} .bp-table th, ${s} .bp-table td, ${s} .bp-heat th, ${s} .bp-heat td { border: 1px solid; padding: 3px 5px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }`,
    `${s} .bp-heat th, ${s} .bp-heat td { text-align: center; vertical-align: middle; padding: 3px; }`,
    `${s} .bp-rag { border-left-width: 5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }`,
    `${s} .bp-refs { display: block; font-size: 8pt; }`,
    `${s} .bp-empty { margin: 2px 0 10px; }`,
    `${s} .bp-wide { overflow-x: auto; max-width: 100%; }`,
    `${s} tr { break-inside: avoid; }`,
    '@media print {',
    '  @page { margin: 12mm; }',
    `  ${s} .bp-fixed { display: block; position: fixed; left: 0; right: 0; }`,
    `  ${s} .bp-fixed-top { top: 0; }`,
    `  ${s} .bp-fixed-bottom { bottom: 0; }`,
    `  ${s} .bp-space { visibility: hidden !important; }`,
    `  ${s} .bp-wide { overflow: visible; }`,
    '}'
  ].join('\n');
}

/** The paper's colours under a scope selector. */
export function paperColourCss(s: string, p: IPaperPalette): string {
  return [
    `${s} { color: ${p.text}; background: ${p.background}; }`,
    `${s} .bp-fixed { background: ${p.background}; }`,
    `${s} .bp-marking, ${s} .bp-notice, ${s} section > :first-child { border-color: ${p.text}; }`,
    `${s} .bp-table th, ${s} .bp-table td, ${s} .bp-heat th, ${s} .bp-heat td { border-color: ${p.rule}; }`,
    `${s} .bp-table thead th, ${s} .bp-heat thead th { background: ${p.head}; }`,
    ...RAGS.map((r) => `${s} .bp-rag-${r} { background: ${p.rag[r].fill}; border-left-color: ${p.rag[r].edge}; color: ${p.rag[r].ink}; }`)
  ].join('\n');
}

/** The download's stylesheet: the layout and the print colours. */
export function paperStyles(scope: string): string {
  return `${paperLayoutCss(scope)}\n${paperColourCss(scope, PRINT_PALETTE)}`;
}

function cellHtml(c: IPaperCell, tag: 'th' | 'td'): string {
  const cls = c.rag !== undefined && c.rag !== null ? ` class="bp-rag bp-rag-${c.rag}"` : '';
  const scope = tag === 'th' ? ' scope="row"' : '';
  const arrow = c.arrow !== undefined ? `<span aria-hidden="true">${escapeHtml(c.arrow.glyph)}</span> ` : '';
  return `<${tag}${scope}${cls}>${arrow}${escapeHtml(c.text)}</${tag}>`;
}

function tableHtml(t: IPaperTable): string {
  if (t.rows.length === 0) return `<p class="bp-empty"><strong>${escapeHtml(t.caption)}:</strong> ${escapeHtml(t.empty)}</p>`;
  const head = `<thead><tr>${t.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 ? 'th' : 'td')).join('')}</tr>`).join('');
  return `<div class="bp-wide" role="region" tabindex="0" aria-label="${escapeHtml(t.caption)}"><table class="bp-table"><caption>${escapeHtml(t.caption)}</caption>${head}<tbody>${body}</tbody></table></div>`;
}

function heatHtml(m: IPaperHeatMap): string {
  const head = `<thead><tr><td>${escapeHtml(m.corner)}</td>${m.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = m.rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.header)}</th>${r.cells
          .map((c) => `<td class="bp-rag bp-rag-${c.rag}" aria-label="${escapeHtml(c.label)}">${escapeHtml(c.text)}${c.references !== '' ? `<span class="bp-refs">${escapeHtml(c.references)}</span>` : ''}</td>`)
          .join('')}</tr>`
    )
    .join('');
  const note = m.note !== '' ? `<p>${escapeHtml(m.note)}</p>` : '';
  return `<div class="bp-wide" role="region" tabindex="0" aria-label="${escapeHtml(m.caption)}"><table class="bp-heat"><caption>${escapeHtml(m.caption)}</caption>${head}<tbody>${body}</tbody></table></div>${note}`;
}

function blockHtml(b: IPaperBlock): string {
  if (b.kind === 'text') return `<p>${escapeHtml(b.text)}</p>`;
  if (b.kind === 'table') return tableHtml(b.table);
  return heatHtml(b.map);
}

/** The paper's body (marking header and footer, front matter, sections) inside an element of class `scope`. */
export interface IPaperHtmlOptions {
  /** The title's heading level (1 in a file of its own; lower inside a page that has its own title). */
  titleLevel?: 1 | 2 | 3;
  /** An id for the title (to move focus to it). */
  titleId?: string;
}

export function paperBodyHtml(p: IPaper, options: IPaperHtmlOptions = {}): string {
  const level = options.titleLevel ?? 1;
  const h = (n: number): string => `h${Math.min(6, level + n)}`;
  const titleId = options.titleId !== undefined ? ` id="${escapeHtml(options.titleId)}" tabindex="-1"` : '';
  const marking = escapeHtml(p.marking);
  const facts = p.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('');
  const notices = p.notices.map((n) => `<p class="bp-notice">${escapeHtml(n)}</p>`).join('');
  const sections = p.sections
    .map((s) => {
      const tag = h(s.level);
      return `<section data-section="${escapeHtml(s.id)}" data-level="${s.level}"><${tag}>${escapeHtml(s.heading)}</${tag}>${s.blocks.map(blockHtml).join('')}</section>`;
    })
    .join('');
  return [
    `<div class="bp-fixed bp-fixed-top bp-marking" aria-hidden="true">${marking}</div>`,
    `<div class="bp-fixed bp-fixed-bottom bp-marking" aria-hidden="true">${marking}</div>`,
    '<table class="bp-frame" role="presentation">',
    `<thead><tr><td><div class="bp-marking bp-space">${marking}</div></td></tr></thead>`,
    `<tfoot><tr><td><div class="bp-marking bp-space">${marking}</div></td></tr></tfoot>`,
    '<tbody><tr><td>',
    `<${h(0)}${titleId} class="bp-title">${escapeHtml(p.title)}</${h(0)}>`,
    notices,
    `<dl>${facts}</dl>`,
    sections,
    '</td></tr></tbody></table>'
  ].join('');
}

/** The paper as one self-contained HTML document: its styles inside, no scripts, nothing fetched. */
export function paperHtml(p: IPaper): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(p.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${p.marking} \u2014 ${p.title}`)}</title>`,
    `<style>${paperStyles('body.bp-paper')}\nbody.bp-paper { margin: 16px; }</style>`,
    '</head>',
    `<body class="bp-paper">${paperBodyHtml(p)}</body>`,
    '</html>'
  ].join('\n');
}
