/**
 * "Since last board": what changed between two snapshots (the previous meeting's and this one's), item by
 * item, per topic and per force. Pure: the same two snapshots always give the same answer.
 *
 * Rules (decisions):
 * - `new`: a risk in this snapshot that was not in the previous one (created and closed between the two
 *   meetings: new and closed). At the first board (no previous snapshot) every open or proposed risk is new
 *   and nothing else is reported but appetite and escalation.
 * - `removed`: a risk in the previous snapshot that is gone (only site owners can delete).
 * - `closed` / `reopened`: the status crossed between active (open, proposed) and closed.
 * - `rescored`: per force, a changed CURRENT score (likelihood or impact; `measures` adds others) with its
 *   direction (`up`, `down`, or `same` when only the cell moved) and whether that is good news
 *   (`improved`: down for a threat, up for an opportunity). A force that assessed a joint risk for the first
 *   time is re-scored from nothing. A new risk is reported as new, not also as re-scored.
 * - `escalated` / `deescalated`: the escalation level moved up or down (a new risk already escalated counts
 *   as escalated).
 * - `outOfAppetite`: per force, every exposure out of appetite in THIS snapshot (as frozen: the appetite of
 *   the day), `continuing` when it was already out at the previous board; `backInAppetite`: out then, within
 *   now (and not closed: a closure is reported as closed).
 * - RAID: new items and items closed since (`raidNew`, `raidClosed`).
 * - `force` of an item is the force the change is about: the assessing force of a per-force re-score or
 *   appetite, otherwise the item's own force column (Joint for a joint risk). Counts per force use it.
 */
import { ESCALATION_LEVELS, RISK_CATEGORIES } from '../../lists/risks';
import { compareForces, sameForce } from './exposure';
import { compareReferences } from './register';
import { directionOf, improves, sameScore, scoreOrNull, type Direction } from './scoring';
import type { IRegisterSnapshot, ISnapshotExposure, ISnapshotRaid, ISnapshotRisk } from './snapshot';
import type { Day, EscalationLevel, IScore, Instant, Measure, RaidType, RiskCategory } from './types';

export type DeltaKind = 'new' | 'removed' | 'closed' | 'reopened' | 'rescored' | 'escalated' | 'deescalated' | 'outOfAppetite' | 'backInAppetite' | 'raidNew' | 'raidClosed';

export interface IDeltaItem {
  kind: DeltaKind;
  subject: 'risk' | 'raid';
  id: number;
  reference: string;
  title: string;
  category: RiskCategory;
  /** The force the change is about (see the file comment). */
  force: string;
  /** The item's own force column. */
  itemForce: string;
  raidType: RaidType | null;
  measure: Measure | null;
  from: IScore | null;
  to: IScore | null;
  fromScore: number | null;
  toScore: number | null;
  direction: Direction | null;
  improved: boolean | null;
  fromEscalation: EscalationLevel | null;
  toEscalation: EscalationLevel | null;
  /** `outOfAppetite`: already out at the previous board. */
  continuing: boolean;
}

export interface IDeltaCounts {
  new: number;
  removed: number;
  closed: number;
  reopened: number;
  rescoredUp: number;
  rescoredDown: number;
  /** Re-scored to the same score in another cell. */
  rescoredMoved: number;
  escalated: number;
  deescalated: number;
  /** Every exposure out of appetite now. */
  outOfAppetite: number;
  /** Of which newly out since the previous board. */
  newlyOutOfAppetite: number;
  backInAppetite: number;
  raidNew: number;
  raidClosed: number;
}

export interface IBoardDelta {
  previous: { takenAt: Instant; asOf: Day } | null;
  current: { takenAt: Instant; asOf: Day };
  /** In topic order, then reference, then kind, then force. */
  items: IDeltaItem[];
  totals: IDeltaCounts;
  /** Every topic, zeros included. */
  byTopic: Record<RiskCategory, IDeltaCounts>;
  /** Every force in either snapshot or among the items, zeros included. */
  byForce: Record<string, IDeltaCounts>;
  /** The keys of `byForce`, in force order. */
  forces: string[];
}

export interface IDeltaOptions {
  /** Which scores count as a re-score (default: current only). */
  measures?: readonly Measure[];
}

const KIND_ORDER: readonly DeltaKind[] = ['new', 'reopened', 'rescored', 'escalated', 'deescalated', 'outOfAppetite', 'backInAppetite', 'closed', 'removed', 'raidNew', 'raidClosed'];

export function emptyCounts(): IDeltaCounts {
  return { new: 0, removed: 0, closed: 0, reopened: 0, rescoredUp: 0, rescoredDown: 0, rescoredMoved: 0, escalated: 0, deescalated: 0, outOfAppetite: 0, newlyOutOfAppetite: 0, backInAppetite: 0, raidNew: 0, raidClosed: 0 };
}

const isActive = (status: string): boolean => status === 'open' || status === 'proposed';

function base(r: Pick<ISnapshotRisk, 'id' | 'reference' | 'title' | 'category' | 'force'>, kind: DeltaKind, force: string = r.force): IDeltaItem {
  return {
    kind,
    subject: 'risk',
    id: r.id,
    reference: r.reference,
    title: r.title,
    category: r.category,
    force,
    itemForce: r.force,
    raidType: null,
    measure: null,
    from: null,
    to: null,
    fromScore: null,
    toScore: null,
    direction: null,
    improved: null,
    fromEscalation: null,
    toEscalation: null,
    continuing: false
  };
}

function raidChange(r: ISnapshotRaid, kind: DeltaKind): IDeltaItem {
  return { ...base({ id: r.id, reference: r.reference, title: r.title, category: r.category, force: r.force }, kind), subject: 'raid', raidType: r.type };
}

const copy = (s: IScore | null): IScore | null => (s === null ? null : { likelihood: s.likelihood, impact: s.impact });

function exposureFor(r: ISnapshotRisk | undefined, force: string): ISnapshotExposure | undefined {
  return r === undefined ? undefined : r.exposures.filter((e) => sameForce(e.force, force))[0];
}

function riskChanges(prev: ISnapshotRisk | undefined, cur: ISnapshotRisk, measures: readonly Measure[], first: boolean): IDeltaItem[] {
  const out: IDeltaItem[] = [];
  const isNew = prev === undefined;
  if (isNew && (!first || isActive(cur.status))) out.push(base(cur, 'new'));
  if (isNew && !first && cur.status === 'closed') out.push(base(cur, 'closed'));
  if (prev !== undefined) {
    if (isActive(prev.status) && cur.status === 'closed') out.push(base(cur, 'closed'));
    if (prev.status === 'closed' && isActive(cur.status)) out.push(base(cur, 'reopened'));
    for (const x of cur.exposures) {
      const before = exposureFor(prev, x.force);
      for (const m of measures) {
        const from = before === undefined ? null : before[m];
        const to = x[m];
        if (sameScore(from, to)) continue;
        const direction = directionOf(scoreOrNull(from), scoreOrNull(to));
        out.push({ ...base(cur, 'rescored', x.force), measure: m, from: copy(from), to: copy(to), fromScore: scoreOrNull(from), toScore: scoreOrNull(to), direction, improved: improves(cur.kind, direction) });
      }
    }
  }
  const fromLevel: EscalationLevel = prev === undefined ? 'none' : prev.escalation;
  const rank = (l: EscalationLevel): number => ESCALATION_LEVELS.indexOf(l);
  if (rank(cur.escalation) !== rank(fromLevel) && (!first || isActive(cur.status))) {
    const kind: DeltaKind = rank(cur.escalation) > rank(fromLevel) ? 'escalated' : 'deescalated';
    out.push({ ...base(cur, kind), fromEscalation: fromLevel, toEscalation: cur.escalation });
  }
  for (const x of cur.exposures) {
    const before = exposureFor(prev, x.force);
    const wasOut = before !== undefined && before.outOfAppetite;
    if (x.outOfAppetite) {
      out.push({ ...base(cur, 'outOfAppetite', x.force), measure: 'current', to: copy(x.current), toScore: x.currentScore, continuing: wasOut });
    } else if (wasOut && cur.status !== 'closed') {
      out.push({ ...base(cur, 'backInAppetite', x.force), measure: 'current', from: copy((before as ISnapshotExposure).current), to: copy(x.current), fromScore: (before as ISnapshotExposure).currentScore, toScore: x.currentScore });
    }
  }
  return out;
}

function count(counts: IDeltaCounts, item: IDeltaItem): void {
  switch (item.kind) {
    case 'rescored':
      if (item.direction === 'up') counts.rescoredUp++;
      else if (item.direction === 'down') counts.rescoredDown++;
      else counts.rescoredMoved++;
      return;
    case 'outOfAppetite':
      counts.outOfAppetite++;
      if (!item.continuing) counts.newlyOutOfAppetite++;
      return;
    default:
      counts[item.kind]++;
  }
}

/** What changed between the previous board's snapshot (null at the first board) and this one's. */
export function sinceLastBoard(previous: IRegisterSnapshot | null, current: IRegisterSnapshot, options: IDeltaOptions = {}): IBoardDelta {
  const measures = options.measures ?? ['current'];
  const first = previous === null;
  const before = new Map<number, ISnapshotRisk>();
  if (previous !== null) previous.risks.forEach((r) => before.set(r.id, r));
  const items: IDeltaItem[] = [];
  const seen = new Set<number>();
  for (const r of current.risks) {
    seen.add(r.id);
    items.push(...riskChanges(before.get(r.id), r, measures, first));
  }
  if (previous !== null) previous.risks.filter((r) => !seen.has(r.id)).forEach((r) => items.push(base(r, 'removed')));

  const raidBefore = new Map<number, string>();
  if (previous !== null) previous.raid.forEach((r) => raidBefore.set(r.id, r.status));
  for (const r of current.raid) {
    const was = raidBefore.get(r.id);
    const kinds: DeltaKind[] = [];
    if (was === undefined && (!first || r.status !== 'closed')) kinds.push('raidNew');
    if (was !== undefined && was !== 'closed' && r.status === 'closed') kinds.push('raidClosed');
    kinds.forEach((kind) => items.push(raidChange(r, kind)));
  }

  items.sort(
    (a, b) =>
      RISK_CATEGORIES.indexOf(a.category) - RISK_CATEGORIES.indexOf(b.category) ||
      (a.subject === b.subject ? 0 : a.subject === 'risk' ? -1 : 1) ||
      compareReferences(a.reference, b.reference) ||
      a.id - b.id ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compareForces(a.force, b.force)
  );

  const totals = emptyCounts();
  const byTopic = {} as Record<RiskCategory, IDeltaCounts>;
  RISK_CATEGORIES.forEach((c) => (byTopic[c] = emptyCounts()));
  const forces: string[] = [];
  const addForce = (f: string): void => {
    if (!forces.some((x) => sameForce(x, f))) forces.push(f);
  };
  for (const snap of previous === null ? [current] : [previous, current]) {
    snap.risks.forEach((r) => {
      addForce(r.force);
      r.exposures.forEach((x) => addForce(x.force));
    });
    snap.raid.forEach((r) => addForce(r.force));
  }
  items.forEach((i) => addForce(i.force));
  forces.sort(compareForces);
  const byForce: Record<string, IDeltaCounts> = {};
  forces.forEach((f) => (byForce[f] = emptyCounts()));
  for (const item of items) {
    count(totals, item);
    count(byTopic[item.category], item);
    count(byForce[forces.filter((f) => sameForce(f, item.force))[0]], item);
  }
  return {
    previous: previous === null ? null : { takenAt: previous.takenAt, asOf: previous.asOf },
    current: { takenAt: current.takenAt, asOf: current.asOf },
    items,
    totals,
    byTopic,
    byForce,
    forces
  };
}
