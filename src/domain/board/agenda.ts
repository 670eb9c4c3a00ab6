/**
 * The week's agenda: for each of the board's seven topics, in agenda order, the open risks, the overdue
 * actions, the issues new since the previous meeting and the decisions still pending, plus what was logged
 * at this meeting. Built from a register snapshot (the live register frozen now for an open meeting, the
 * closure's for a closed one), so the agenda and the paper read the same figures; pure.
 *
 * Definitions (decisions):
 * - **Open risk**: status open or proposed (proposed: raised, awaiting the board's acceptance), highest
 *   current score first (unscored last), then reference.
 * - **Overdue action**: an open mitigating action (not started or in progress) or an open RAID action with a
 *   due day before the snapshot's day (`asOf`), most overdue first. A mitigating action sits under the topic of
 *   the first of its risks the register holds; one whose risks are all gone (only owners delete) is listed
 *   apart (`unfiledActions`), never dropped.
 * - **New issue**: a RAID issue that is not in the previous meeting's closure snapshot (by item id, whatever
 *   day was typed into it), in any status: one raised and closed between two meetings is still news. At the
 *   first board (no previous snapshot) every issue not closed is new. The same rule as "since last board"'s
 *   `raidNew`, so the two never disagree.
 * - **Pending decision**: a RAID decision not closed (open or in progress): the board has been asked for it
 *   and has not made it (a decision is closed, with its rationale, when made). Soonest "decide by" day first,
 *   undated last.
 * - **Logged here**: RAID items whose meeting is this meeting, every type and status.
 */
import { RISK_CATEGORIES } from '../../lists/risks';
import { compareReferences } from '../risks/register';
import type { IRegisterSnapshot, ISnapshotAction, ISnapshotRaid, ISnapshotRisk } from '../risks/snapshot';
import type { Day, Instant, RaidType, RiskCategory } from '../risks/types';
import { daysBetween } from '../training/days';

export interface IAgendaAction {
  /** A mitigating action (Risk actions) or a RAID action. */
  source: 'riskAction' | 'raid';
  id: number;
  /** The RAID reference, or the references of the risks a mitigating action is for (`K-CG-01, J-CG-02`). */
  reference: string;
  title: string;
  ownerUpn: string;
  force: string | null;
  dueDate: Day;
  daysOverdue: number;
  status: string;
  /** The risks it is linked to. */
  riskIds: number[];
}

export interface IAgendaTopic {
  topic: RiskCategory;
  openRisks: ISnapshotRisk[];
  overdueActions: IAgendaAction[];
  newIssues: ISnapshotRaid[];
  pendingDecisions: ISnapshotRaid[];
  loggedHere: ISnapshotRaid[];
  /** Nothing under any heading. */
  empty: boolean;
}

export interface IAgendaTotals {
  openRisks: number;
  overdueActions: number;
  newIssues: number;
  pendingDecisions: number;
  loggedHere: number;
}

export interface IAgenda {
  /** The day the agenda was judged on (the snapshot's). */
  asOf: Day;
  /** The previous meeting's snapshot it was compared with, or null at the first board. */
  previous: { takenAt: Instant; asOf: Day } | null;
  /** The seven topics in agenda order, empty ones included. */
  topics: IAgendaTopic[];
  /** Overdue mitigating actions whose risks are no longer in the register. */
  unfiledActions: IAgendaAction[];
  totals: IAgendaTotals;
}

export interface IAgendaOptions {
  /** This meeting's id, for "logged here" (none: nothing is listed there). */
  meetingId?: number | null;
}

const isActive = (status: string): boolean => status === 'open' || status === 'proposed';

function byScore(a: ISnapshotRisk, b: ISnapshotRisk): number {
  const sa = a.currentScore ?? -1;
  const sb = b.currentScore ?? -1;
  return sb - sa || compareReferences(a.reference, b.reference) || a.id - b.id;
}

const byReference = (a: ISnapshotRaid, b: ISnapshotRaid): number => compareReferences(a.reference, b.reference) || a.id - b.id;

function byDecideBy(a: ISnapshotRaid, b: ISnapshotRaid): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return byReference(a, b);
}

const TYPE_ORDER: readonly RaidType[] = ['decision', 'action', 'issue', 'assumption', 'dependency'];

function byTypeThenReference(a: ISnapshotRaid, b: ISnapshotRaid): number {
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || byReference(a, b);
}

function byOverdue(a: IAgendaAction, b: IAgendaAction): number {
  return a.dueDate.localeCompare(b.dueDate) || compareReferences(a.reference, b.reference) || (a.source === b.source ? 0 : a.source === 'riskAction' ? -1 : 1) || a.id - b.id;
}

function mitigation(a: ISnapshotAction, risks: ReadonlyMap<number, ISnapshotRisk>, asOf: Day): IAgendaAction {
  const references = a.riskIds.map((id) => risks.get(id)?.reference).filter((r): r is string => r !== undefined);
  return {
    source: 'riskAction',
    id: a.id,
    reference: references.join(', '),
    title: a.title,
    ownerUpn: a.ownerUpn,
    force: a.force,
    dueDate: a.dueDate as Day,
    daysOverdue: daysBetween(a.dueDate as Day, asOf),
    status: a.status,
    riskIds: [...a.riskIds]
  };
}

function raidAction(r: ISnapshotRaid, asOf: Day): IAgendaAction {
  return {
    source: 'raid',
    id: r.id,
    reference: r.reference,
    title: r.title,
    ownerUpn: r.ownerUpn,
    force: r.force,
    dueDate: r.dueDate as Day,
    daysOverdue: daysBetween(r.dueDate as Day, asOf),
    status: r.status,
    riskIds: [...r.riskIds]
  };
}

/** Whether a RAID issue is new at this meeting (see the file comment). */
export function isNewIssue(item: ISnapshotRaid, previousIds: ReadonlySet<number> | null): boolean {
  if (item.type !== 'issue') return false;
  return previousIds === null ? item.status !== 'closed' : !previousIds.has(item.id);
}

/** Whether a RAID decision is still pending (see the file comment). */
export function isPendingDecision(item: Pick<ISnapshotRaid, 'type' | 'status'>): boolean {
  return item.type === 'decision' && item.status !== 'closed';
}

/** The agenda of a meeting from its register snapshot and the previous meeting's (null at the first board). */
export function buildAgenda(current: IRegisterSnapshot, previous: IRegisterSnapshot | null, options: IAgendaOptions = {}): IAgenda {
  const asOf = current.asOf;
  const meetingId = options.meetingId ?? null;
  const risks = new Map<number, ISnapshotRisk>();
  current.risks.forEach((r) => risks.set(r.id, r));
  const previousIds = previous === null ? null : new Set(previous.raid.map((r) => r.id));

  const topics = new Map<RiskCategory, IAgendaTopic>();
  RISK_CATEGORIES.forEach((topic) => topics.set(topic, { topic, openRisks: [], overdueActions: [], newIssues: [], pendingDecisions: [], loggedHere: [], empty: true }));
  const at = (topic: RiskCategory): IAgendaTopic => topics.get(topic) as IAgendaTopic;
  const unfiledActions: IAgendaAction[] = [];

  current.risks.filter((r) => isActive(r.status)).forEach((r) => at(r.category).openRisks.push(r));
  current.actions
    .filter((a) => a.overdue && a.dueDate !== null)
    .forEach((a) => {
      const home = a.riskIds.map((id) => risks.get(id)).filter((r): r is ISnapshotRisk => r !== undefined)[0];
      const item = mitigation(a, risks, asOf);
      if (home === undefined) unfiledActions.push(item);
      else at(home.category).overdueActions.push(item);
    });
  for (const r of current.raid) {
    if (r.type === 'action' && r.overdue && r.dueDate !== null) at(r.category).overdueActions.push(raidAction(r, asOf));
    if (isNewIssue(r, previousIds)) at(r.category).newIssues.push(r);
    if (isPendingDecision(r)) at(r.category).pendingDecisions.push(r);
    if (meetingId !== null && r.meetingId === meetingId) at(r.category).loggedHere.push(r);
  }

  const list = RISK_CATEGORIES.map((topic) => {
    const t = at(topic);
    t.openRisks.sort(byScore);
    t.overdueActions.sort(byOverdue);
    t.newIssues.sort(byReference);
    t.pendingDecisions.sort(byDecideBy);
    t.loggedHere.sort(byTypeThenReference);
    t.empty = t.openRisks.length + t.overdueActions.length + t.newIssues.length + t.pendingDecisions.length + t.loggedHere.length === 0;
    return t;
  });
  unfiledActions.sort(byOverdue);
  const sum = (pick: (t: IAgendaTopic) => number): number => list.reduce((n, t) => n + pick(t), 0);
  return {
    asOf,
    previous: previous === null ? null : { takenAt: previous.takenAt, asOf: previous.asOf },
    topics: list,
    unfiledActions,
    totals: {
      openRisks: sum((t) => t.openRisks.length),
      overdueActions: sum((t) => t.overdueActions.length) + unfiledActions.length,
      newIssues: sum((t) => t.newIssues.length),
      pendingDecisions: sum((t) => t.pendingDecisions.length),
      loggedHere: sum((t) => t.loggedHere.length)
    }
  };
}
