/**
 * The register view's state and what it asks of the domain: the filters as the person set them, the force
 * view by key, the cell chosen on the heat map, each risk's direction of travel from its history, and the
 * CSV export. Pure: no React, no SharePoint.
 */
import {
  COMBINED_VIEW,
  DEFAULT_JOINT_FORCES,
  JOINT,
  directionOf,
  forceView,
  isJoint,
  ownerIn,
  outOfAppetiteIn,
  ragOrNull,
  sameForce,
  scoreOrNull,
  scoresIn,
  worstScore,
  type Direction,
  type ForceView,
  type IHistoryEntry,
  type IRegisterEntry,
  type IRegisterFilter,
  type IScore,
  type Level,
  type Measure,
  type Rag,
  type RiskCategory,
  type RiskStatus
} from '../../../../domain/risks';

/** The status filter: active (open and proposed, the default), one status, or every risk. */
export type StatusFilter = 'active' | RiskStatus | 'all';

export interface IRegisterFilterState {
  text: string;
  /** '' for every topic. */
  topic: RiskCategory | '';
  /** The risk's own force column ('' for every force). */
  force: string;
  /** An owner's sign-in name ('' for everyone). */
  owner: string;
  rag: Rag | 'unscored' | '';
  status: StatusFilter;
  overdueReview: boolean;
  outOfAppetite: boolean;
  escalated: boolean;
  divergent: boolean;
}

export function emptyFilter(topic?: RiskCategory): IRegisterFilterState {
  return { text: '', topic: topic ?? '', force: '', owner: '', rag: '', status: 'active', overdueReview: false, outOfAppetite: false, escalated: false, divergent: false };
}

/** The number of criteria set beyond the defaults (for "clear filters"). */
export function filtersSet(state: IRegisterFilterState): number {
  const e = emptyFilter();
  return (Object.keys(e) as Array<keyof IRegisterFilterState>).filter((k) => (k === 'text' ? state.text.trim() !== '' : state[k] !== e[k])).length;
}

/** A cell of the heat map chosen to filter the register. */
export interface ICellFilter {
  measure: Measure;
  likelihood: Level;
  impact: Level;
}

const STATUSES: Record<StatusFilter, RiskStatus[] | undefined> = { active: ['open', 'proposed'], open: ['open'], proposed: ['proposed'], closed: ['closed'], all: undefined };

/** The domain filter for the person's choices, in a view, with or without a heat map cell. */
export function toRegisterFilter(state: IRegisterFilterState, view: ForceView, cell?: ICellFilter): IRegisterFilter {
  return {
    view,
    text: state.text.trim() === '' ? undefined : state.text,
    categories: state.topic === '' ? undefined : [state.topic],
    forces: state.force === '' ? undefined : [state.force],
    owners: state.owner === '' ? undefined : [state.owner],
    rags: state.rag === '' ? undefined : [state.rag],
    statuses: STATUSES[state.status],
    overdueReview: state.overdueReview ? true : undefined,
    outOfAppetite: state.outOfAppetite ? true : undefined,
    escalated: state.escalated ? true : undefined,
    divergent: state.divergent ? true : undefined,
    cell
  };
}

// ---------------------------------------------------------------------------------------------------
// Force views by key

/** `combined`, or a force's name (Kent, Essex, Joint…). */
export type ViewKey = string;

export function viewOf(key: ViewKey): ForceView {
  return key === 'combined' ? COMBINED_VIEW : forceView(key);
}

/** The forces a view selector offers: the programme, Kent, Essex, Joint, then any other force the register holds. */
export function viewKeys(entries: readonly IRegisterEntry[]): ViewKey[] {
  const keys: ViewKey[] = ['combined', ...DEFAULT_JOINT_FORCES, JOINT];
  const add = (force: string): void => {
    if (force.trim() !== '' && !keys.some((k) => k !== 'combined' && sameForce(k, force))) keys.push(force);
  };
  entries.forEach((e) => {
    add(e.risk.force);
    e.exposures.forEach((x) => add(x.force));
  });
  return keys;
}

/** The owners a filter offers: every risk owner and force owner, sorted. */
export function ownersOf(entries: readonly IRegisterEntry[]): string[] {
  const set = new Set<string>();
  entries.forEach((e) => {
    if (e.risk.ownerUpn !== '') set.add(e.risk.ownerUpn);
    e.exposures.forEach((x) => x.ownerUpn !== '' && set.add(x.ownerUpn));
  });
  return Array.from(set).sort();
}

// ---------------------------------------------------------------------------------------------------
// Scores in a view

export interface IViewScores {
  inherent: IScore | null;
  current: IScore | null;
  target: IScore | null;
  currentRag: Rag | null;
  owner: string;
  outOfAppetite: boolean;
}

export function viewScores(entry: IRegisterEntry, view: ForceView): IViewScores {
  const s = scoresIn(entry, view) ?? entry.combined;
  return { inherent: s.inherent, current: s.current, target: s.target, currentRag: ragOrNull(s.current), owner: ownerIn(entry, view), outOfAppetite: outOfAppetiteIn(entry, view) };
}

// ---------------------------------------------------------------------------------------------------
// Direction of travel

/** How the current score in a view last moved: from which score, which way; `created` when never re-scored. */
export type DirectionInfo = { kind: 'moved'; direction: Direction; from: number | null; to: number | null; at: string } | { kind: 'created' } | { kind: 'none' };

/**
 * The direction of the last change of the current score shown in a view, from the risk's history (newest
 * first). A force's view: that force's last re-score. The programme's view of a joint risk (its worst
 * force): the combined score before the last re-score of any force, with the other forces as they are now.
 */
export function directionFor(history: readonly IHistoryEntry[], entry: IRegisterEntry, view: ForceView): DirectionInfo {
  const joint = isJoint(entry.risk);
  const forceOnly = view.kind === 'force' && !sameForce(view.force, JOINT) ? view.force : null;
  for (const h of history) {
    const change = h.scoreChanges.filter((c) => c.measure === 'current' && (forceOnly === null || sameForce(c.force, forceOnly)))[0];
    if (change === undefined) continue;
    if (change.from === null && h.created) return { kind: 'created' };
    if (!joint || forceOnly !== null) {
      return { kind: 'moved', direction: change.direction, from: scoreOrNull(change.from), to: scoreOrNull(change.to), at: h.at };
    }
    const others = entry.exposures.filter((x) => !sameForce(x.force, change.force)).map((x) => x.current);
    const before = worstScore([...others, change.from]);
    const now = entry.combined.current;
    const from = scoreOrNull(before);
    const to = scoreOrNull(now);
    return { kind: 'moved', direction: directionOf(from, to), from, to, at: h.at };
  }
  return { kind: 'none' };
}

/** What identifies the stored state a direction was worked out from (risk and assessments' etags). */
export function historyKey(entry: IRegisterEntry): string {
  return [entry.risk.id, entry.risk.etag, ...entry.assessments.map((a) => `${a.id}:${a.etag}`)].join('|');
}
