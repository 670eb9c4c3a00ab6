/**
 * The register as the board reads it: each risk with its exposures per force, joint-combined scores,
 * RAG, appetite, difference between forces, overdue review and actions; filters and sorts over it; and
 * the 5×5 heat map whose cells are exactly what the register's cell filter returns.
 *
 * Force views (decision): the same register is read from one of these points of view
 * - `combined` (the programme): every risk once; a joint risk at its joint-combined (worst force) scores;
 * - a force (`Kent`, `Essex`): that force's exposure: its own risks, and its OWN assessment of each joint
 *   risk (so an Essex re-score moves the risk on Essex's heat map and nowhere on Kent's);
 * - `Joint`: the joint risks only, at their joint-combined scores.
 * A risk not in a view has no position in it and is left out of its heat map and its view-filtered register.
 */
import { appetiteCheck, combinedScores, compareForces, divergenceOf, exposuresOf, isJoint, missingForces, sameForce, assessmentsOf, type IAppetiteCheck, type IDivergence, type IExposure } from './exposure';
import { compareScores, LEVELS, ragOf, ragOrNull, RAG_BANDS, RAG_ORDER, scoreOrNull, scoreValue, type IRagBand, type Rag } from './scoring';
import {
  DEFAULT_JOINT_FORCES,
  JOINT,
  type Day,
  type IRaidContent,
  type IRegisterData,
  type IRisk,
  type IRiskAction,
  type IActionContent,
  type IForceAssessment,
  type IScores,
  type Level,
  type Measure,
  type RiskCategory,
  type RiskKind,
  type RiskStatus
} from './types';
import { ESCALATION_LEVELS, RISK_CATEGORIES, RISK_PROXIMITIES, RISK_STATUSES } from '../../lists/risks';

export interface IRegisterOptions {
  /** The UK calendar day (tests pin it). */
  today: Day;
  bands?: readonly IRagBand[];
  divergenceThreshold?: number;
  /** Forces expected to assess a joint risk (default Kent and Essex). */
  jointForces?: readonly string[];
}

export interface IRegisterEntry {
  risk: IRisk;
  /** The joint risk's assessments, one per force (empty for a single-force risk). */
  assessments: IForceAssessment[];
  exposures: IExposure[];
  /** Joint-combined scores (a single-force risk: its own). */
  combined: IScores;
  current: number | null;
  inherent: number | null;
  target: number | null;
  /** RAG of the combined current score; null when unscored. */
  rag: Rag | null;
  appetite: IAppetiteCheck;
  /** Joint risks scored by two or more forces; null otherwise. */
  divergence: IDivergence | null;
  /** Forces expected on a joint risk without an assessment yet. */
  missingForces: string[];
  /** Active and some force has no current score. */
  unscored: boolean;
  reviewOverdue: boolean;
  /** Mitigating actions linked to the risk, every status. */
  actions: IRiskAction[];
  openActions: number;
  overdueActions: number;
}

export function isActiveRisk(status: RiskStatus): boolean {
  return status === 'open' || status === 'proposed';
}

export function isActionOpen(a: Pick<IActionContent, 'status'>): boolean {
  return a.status === 'notStarted' || a.status === 'inProgress';
}

/** Open, with a due day before today. */
export function isActionOverdue(a: Pick<IActionContent, 'status' | 'dueDate'>, today: Day): boolean {
  return isActionOpen(a) && a.dueDate !== null && a.dueDate < today;
}

/** The overdue actions, most overdue first. */
export function overdueActions<T extends IActionContent & { id: number }>(actions: readonly T[], today: Day): T[] {
  return actions.filter((a) => isActionOverdue(a, today)).sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string) || a.id - b.id);
}

export function isRaidOpen(r: Pick<IRaidContent, 'status'>): boolean {
  return r.status !== 'closed';
}

/** Any open RAID item (an action, an issue's target date, a decision needed by) with a due day before today. */
export function isRaidOverdue(r: Pick<IRaidContent, 'status' | 'dueDate'>, today: Day): boolean {
  return isRaidOpen(r) && r.dueDate !== null && r.dueDate < today;
}

export function overdueRaid<T extends IRaidContent & { id: number }>(items: readonly T[], today: Day): T[] {
  return items.filter((r) => isRaidOverdue(r, today)).sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string) || a.id - b.id);
}

/** The actions linked to a risk. */
export function actionsFor<T extends IActionContent>(riskId: number, actions: readonly T[]): T[] {
  return actions.filter((a) => a.riskIds.indexOf(riskId) >= 0);
}

export function buildEntry(risk: IRisk, data: Pick<IRegisterData, 'assessments' | 'actions' | 'appetites'>, options: IRegisterOptions): IRegisterEntry {
  const bands = options.bands ?? RAG_BANDS;
  const joint = isJoint(risk);
  const assessments = joint ? assessmentsOf(risk.id, data.assessments) : [];
  const exposures = exposuresOf(risk, assessments);
  const combined = combinedScores(exposures);
  const active = isActiveRisk(risk.status);
  const missing = joint ? missingForces(exposures, options.jointForces ?? DEFAULT_JOINT_FORCES) : [];
  const actions = actionsFor(risk.id, data.actions);
  return {
    risk,
    assessments,
    exposures,
    combined,
    current: scoreOrNull(combined.current),
    inherent: scoreOrNull(combined.inherent),
    target: scoreOrNull(combined.target),
    rag: ragOrNull(combined.current, bands),
    appetite: appetiteCheck(risk, exposures, data.appetites),
    divergence: joint ? divergenceOf(exposures, { threshold: options.divergenceThreshold, bands }) : null,
    missingForces: missing,
    unscored: active && (exposures.length === 0 || missing.length > 0 || exposures.some((e) => e.current === null)),
    reviewOverdue: active && risk.reviewDate !== null && risk.reviewDate < options.today,
    actions,
    openActions: actions.filter(isActionOpen).length,
    overdueActions: actions.filter((a) => isActionOverdue(a, options.today)).length
  };
}

/** Every risk with what the board reads beside it, in reference order. */
export function buildRegister(data: Pick<IRegisterData, 'risks' | 'assessments' | 'actions' | 'appetites'>, options: IRegisterOptions): IRegisterEntry[] {
  return data.risks.map((r) => buildEntry(r, data, options)).sort((a, b) => compareReferences(a.risk.reference, b.risk.reference) || a.risk.id - b.risk.id);
}

// ---------------------------------------------------------------------------------------------------
// Views

export type ForceView = { readonly kind: 'combined' } | { readonly kind: 'force'; readonly force: string };

export const COMBINED_VIEW: ForceView = { kind: 'combined' };

export function forceView(force: string): ForceView {
  return { kind: 'force', force };
}

/** The scores a risk has in a view, or null when it is not in that view. */
export function scoresIn(entry: IRegisterEntry, view: ForceView): IScores | null {
  if (view.kind === 'combined') return entry.combined;
  if (sameForce(view.force, JOINT)) return isJoint(entry.risk) ? entry.combined : null;
  const exposure = entry.exposures.filter((e) => sameForce(e.force, view.force))[0];
  return exposure === undefined ? null : exposure;
}

/** The owner a view shows: a force's own owner in that force's view, the risk's owner otherwise. */
export function ownerIn(entry: IRegisterEntry, view: ForceView): string {
  if (view.kind === 'force' && isJoint(entry.risk)) {
    const exposure = entry.exposures.filter((e) => sameForce(e.force, view.force))[0];
    if (exposure !== undefined) return exposure.ownerUpn;
  }
  return entry.risk.ownerUpn;
}

/** Whether the risk is out of appetite in a view (a force view: for that force). */
export function outOfAppetiteIn(entry: IRegisterEntry, view: ForceView): boolean {
  if (view.kind === 'force' && !sameForce(view.force, JOINT)) return entry.appetite.outForces.some((f) => sameForce(f, view.force));
  return entry.appetite.outOfAppetite;
}

// ---------------------------------------------------------------------------------------------------
// Filters

export interface IRegisterFilter {
  /** Whose scores and which risks (default: combined, every risk). */
  view?: ForceView;
  categories?: readonly RiskCategory[];
  /** The risk's own force column (Kent, Essex, Joint). */
  forces?: readonly string[];
  /** Matches the risk's owner or, on joint risks, a force's owner (in a force view: that force's). */
  owners?: readonly string[];
  /** Current-score bands in the view; `unscored` for risks without a current score there. */
  rags?: ReadonlyArray<Rag | 'unscored'>;
  statuses?: readonly RiskStatus[];
  kinds?: readonly RiskKind[];
  /** true: only risks whose review is overdue; false: only those not overdue. */
  overdueReview?: boolean;
  outOfAppetite?: boolean;
  escalationDue?: boolean;
  /** true: escalated anywhere; false: escalated nowhere. */
  escalated?: boolean;
  /** true: only joint risks whose forces' scores differ notably. */
  divergent?: boolean;
  /** A heat map cell in the view: only risks at that likelihood and impact of the measure. */
  cell?: { readonly measure: Measure; readonly likelihood: Level; readonly impact: Level };
  /** Free text in reference, title, cause, event, effect, controls and owner (case-insensitive). */
  text?: string;
  /** The bands `rags` are read with (default `RAG_BANDS`). */
  bands?: readonly IRagBand[];
}

const lower = (s: string): string => s.trim().toLowerCase();

function matchesText(entry: IRegisterEntry, text: string): boolean {
  const needle = lower(text);
  if (needle === '') return true;
  const r = entry.risk;
  return [r.reference, r.title, r.cause, r.event, r.effect, r.controls, r.ownerUpn, ...entry.exposures.map((e) => e.ownerUpn)].some((s) => s.toLowerCase().indexOf(needle) >= 0);
}

/** The entries a filter keeps, in their given order. An empty or absent criterion keeps everything. */
export function filterRegister(entries: readonly IRegisterEntry[], filter: IRegisterFilter): IRegisterEntry[] {
  const view = filter.view ?? COMBINED_VIEW;
  const any = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;
  return entries.filter((e) => {
    const scores = scoresIn(e, view);
    if (scores === null) return false;
    const r = e.risk;
    if (any(filter.categories) && filter.categories.indexOf(r.category) < 0) return false;
    if (any(filter.forces) && !filter.forces.some((f) => sameForce(f, r.force))) return false;
    if (any(filter.statuses) && filter.statuses.indexOf(r.status) < 0) return false;
    if (any(filter.kinds) && filter.kinds.indexOf(r.kind) < 0) return false;
    if (any(filter.owners)) {
      const owners = view.kind === 'force' ? [r.ownerUpn, ownerIn(e, view)] : [r.ownerUpn, ...e.exposures.map((x) => x.ownerUpn)];
      if (!filter.owners.some((o) => owners.indexOf(lower(o)) >= 0)) return false;
    }
    if (any(filter.rags)) {
      const rag: Rag | 'unscored' = scores.current === null ? 'unscored' : ragOf(scoreValue(scores.current), filter.bands);
      if (filter.rags.indexOf(rag) < 0) return false;
    }
    if (filter.overdueReview !== undefined && e.reviewOverdue !== filter.overdueReview) return false;
    if (filter.outOfAppetite !== undefined && outOfAppetiteIn(e, view) !== filter.outOfAppetite) return false;
    if (filter.escalationDue !== undefined && e.appetite.escalationDue !== filter.escalationDue) return false;
    if (filter.escalated !== undefined && (r.escalation !== 'none') !== filter.escalated) return false;
    if (filter.divergent !== undefined && (e.divergence !== null && e.divergence.highlighted) !== filter.divergent) return false;
    if (filter.cell !== undefined) {
      const s = scores[filter.cell.measure];
      if (s === null || s.likelihood !== filter.cell.likelihood || s.impact !== filter.cell.impact) return false;
    }
    if (filter.text !== undefined && !matchesText(e, filter.text)) return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------
// Sorts

/** Compares references naturally: `R-2` before `R-10`, case-insensitive. */
export function compareReferences(a: string, b: string): number {
  const chunks = (s: string): string[] => s.toLowerCase().match(/\d+|\D+/g) ?? [];
  const ca = chunks(a);
  const cb = chunks(b);
  // Equal numbers written differently (1, 01) decide only when nothing else does.
  let zeros = 0;
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      zeros = zeros || x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length || zeros;
}

export type RegisterSortKey =
  | 'reference'
  | 'title'
  | 'category'
  | 'force'
  | 'owner'
  | 'current'
  | 'inherent'
  | 'target'
  | 'rag'
  | 'reviewDate'
  | 'status'
  | 'proximity'
  | 'escalation'
  | 'modified';

export interface IRegisterSort {
  key: RegisterSortKey;
  descending?: boolean;
}

type SortValue = string | number | null;

function sortValue(e: IRegisterEntry, key: RegisterSortKey, view: ForceView): SortValue {
  const r = e.risk;
  const scores = scoresIn(e, view) ?? e.combined;
  switch (key) {
    case 'reference':
    case 'title':
      return r[key].toLowerCase();
    case 'category':
      return RISK_CATEGORIES.indexOf(r.category);
    case 'force':
      return r.force;
    case 'owner':
      return ownerIn(e, view);
    case 'current':
    case 'inherent':
    case 'target':
      return scoreOrNull(scores[key]);
    case 'rag': {
      const rag = ragOrNull(scores.current);
      return rag === null ? null : RAG_ORDER.indexOf(rag);
    }
    case 'reviewDate':
      return r.reviewDate;
    case 'status':
      return RISK_STATUSES.indexOf(r.status);
    case 'proximity':
      return r.proximity === null ? null : RISK_PROXIMITIES.indexOf(r.proximity);
    case 'escalation':
      return ESCALATION_LEVELS.indexOf(r.escalation);
    case 'modified':
      return r.modifiedAt;
  }
}

/**
 * A sorted copy: by the key (scores by score, then impact, then likelihood), ties by reference; empty
 * values (unscored, no review date) last whichever the direction.
 */
export function sortRegister(entries: readonly IRegisterEntry[], sort: IRegisterSort, view: ForceView = COMBINED_VIEW): IRegisterEntry[] {
  const sign = sort.descending === true ? -1 : 1;
  const scoreKey = sort.key === 'current' || sort.key === 'inherent' || sort.key === 'target' ? sort.key : null;
  const keyed = entries.map((e, i) => ({ e, i, v: sortValue(e, sort.key, view) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v !== b.v) return a.v === null ? 1 : -1;
    } else {
      let c: number;
      if (scoreKey !== null) c = compareScores((scoresIn(a.e, view) ?? a.e.combined)[scoreKey], (scoresIn(b.e, view) ?? b.e.combined)[scoreKey]);
      else if (sort.key === 'reference') c = compareReferences(String(a.v), String(b.v));
      else if (sort.key === 'force') c = compareForces(String(a.v), String(b.v));
      else c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      if (c !== 0) return sign * c;
    }
    return compareReferences(a.e.risk.reference, b.e.risk.reference) || a.i - b.i;
  });
  return keyed.map((k) => k.e);
}

// ---------------------------------------------------------------------------------------------------
// Heat map

export interface IHeatMapCell {
  likelihood: Level;
  impact: Level;
  score: number;
  rag: Rag;
  /** The risks in the cell, in the order given. */
  riskIds: number[];
  count: number;
}

export interface IHeatMap {
  measure: Measure;
  view: ForceView;
  /** Five rows, likelihood 5 (top) down to 1; each five cells, impact 1 (left) to 5. */
  rows: IHeatMapCell[][];
  /** Risks placed in a cell. */
  total: number;
  /** Risks in the view without this measure scored. */
  unscoredIds: number[];
}

/**
 * Counts the given entries (filter them first, without a cell) per likelihood × impact of a measure in a
 * view. Selecting a cell filters the register with `{ view, cell: { measure, likelihood, impact } }`, which
 * returns exactly the cell's `riskIds`.
 */
export function heatMap(entries: readonly IRegisterEntry[], measure: Measure, view: ForceView = COMBINED_VIEW, bands: readonly IRagBand[] = RAG_BANDS): IHeatMap {
  const rows: IHeatMapCell[][] = LEVELS.slice()
    .reverse()
    .map((likelihood) => LEVELS.map((impact): IHeatMapCell => ({ likelihood, impact, score: likelihood * impact, rag: ragOf(likelihood * impact, bands), riskIds: [], count: 0 })));
  const unscoredIds: number[] = [];
  let total = 0;
  for (const e of entries) {
    const scores = scoresIn(e, view);
    if (scores === null) continue;
    const s = scores[measure];
    if (s === null) {
      unscoredIds.push(e.risk.id);
      continue;
    }
    const cell = rows[5 - s.likelihood][s.impact - 1];
    cell.riskIds.push(e.risk.id);
    cell.count++;
    total++;
  }
  return { measure, view, rows, total, unscoredIds };
}

/** One cell of a heat map. */
export function heatMapCell(map: IHeatMap, likelihood: Level, impact: Level): IHeatMapCell {
  return map.rows[5 - likelihood][impact - 1];
}
