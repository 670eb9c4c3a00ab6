/**
 * A risk's exposure per force, the joint view, appetite and the difference between forces.
 *
 * Decisions:
 * - A single-force risk has one exposure (its own scores, its owner). A joint risk has one per force
 *   assessment; should REST ever have made two items for one force, the oldest (lowest id) counts, as the
 *   list's rule says.
 * - The joint-combined score of a measure is the WORST force's score (highest by score, then impact):
 *   the programme carries the exposure of the force worst placed, never an average that hides it.
 * - Appetite is the highest acceptable CURRENT score. A force's exposure is checked against that force's
 *   row for the topic; for a joint risk a "Joint" row counts too, and the stricter (lower) of the two wins;
 *   with neither, the topic's all-forces row applies; with none at all, nothing is out of appetite.
 * - Only open or proposed threats can be out of appetite: an opportunity's score is upside, and a closed
 *   risk is no longer managed. An unscored exposure is never out of appetite (the register flags it as
 *   unscored instead).
 * - Escalation rule: a risk out of appetite in any force is due for escalation while it is escalated
 *   nowhere (`escalation` is `none`). The board decides where to; the app only says it is due.
 * - Forces' scores differ notably when their current scores are in different RAG bands or at least
 *   `DEFAULT_DIVERGENCE_THRESHOLD` (5, one band's width) apart.
 */
import { compareScores, ragOrNull, RAG_BANDS, scoreOrNull, worstScore, type IRagBand, type Rag } from './scoring';
import { upnKey } from './fields';
import { DEFAULT_JOINT_FORCES, JOINT, type Day, type IAppetiteContent, type IForceAssessment, type IRiskContent, type IScores, type Measure, type RiskCategory } from './types';

export const DEFAULT_DIVERGENCE_THRESHOLD = 5;

/** One force's scores and owner for a risk. */
export interface IExposure extends IScores {
  force: string;
  ownerUpn: string;
  /** The assessment item behind it (joint risks), or null (a single-force risk's own item). */
  assessmentId: number | null;
  assessedOn: Day | null;
}

export function sameForce(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function isJoint(risk: Pick<IRiskContent, 'force'>): boolean {
  return sameForce(risk.force, JOINT);
}

/** Forces in a stable order: the default joint forces first (Kent, Essex), then others alphabetically. */
export function compareForces(a: string, b: string): number {
  const ia = DEFAULT_JOINT_FORCES.indexOf(a);
  const ib = DEFAULT_JOINT_FORCES.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a.localeCompare(b);
}

/** The assessments of one risk, one per force (the oldest item per force), in force order. */
export function assessmentsOf(riskId: number, assessments: readonly IForceAssessment[]): IForceAssessment[] {
  const byForce = new Map<string, IForceAssessment>();
  for (const a of assessments) {
    if (a.riskId !== riskId) continue;
    const key = a.force.trim().toLowerCase();
    const held = byForce.get(key);
    if (held === undefined || a.id < held.id) byForce.set(key, a);
  }
  return Array.from(byForce.values()).sort((a, b) => compareForces(a.force, b.force));
}

/** A risk's exposures: its own scores (single force) or one per force assessment (joint). */
export function exposuresOf(risk: IRiskContent & { id: number }, assessments: readonly IForceAssessment[]): IExposure[] {
  if (!isJoint(risk)) {
    return [{ force: risk.force, ownerUpn: risk.ownerUpn, inherent: risk.inherent, current: risk.current, target: risk.target, assessmentId: null, assessedOn: null }];
  }
  return assessmentsOf(risk.id, assessments).map((a) => ({
    force: a.force,
    ownerUpn: upnKey(a.ownerUpn),
    inherent: a.inherent,
    current: a.current,
    target: a.target,
    assessmentId: a.id,
    assessedOn: a.assessedOn
  }));
}

/** The joint-combined scores: per measure, the worst force's. */
export function combinedScores(exposures: readonly IExposure[]): IScores {
  return {
    inherent: worstScore(exposures.map((e) => e.inherent)),
    current: worstScore(exposures.map((e) => e.current)),
    target: worstScore(exposures.map((e) => e.target))
  };
}

/** The forces expected on a joint risk that have no assessment yet. */
export function missingForces(exposures: readonly IExposure[], expected: readonly string[] = DEFAULT_JOINT_FORCES): string[] {
  return expected.filter((f) => !exposures.some((e) => sameForce(e.force, f)));
}

// ---------------------------------------------------------------------------------------------------
// Appetite

/**
 * The appetite that applies to one force's exposure to a risk in a topic (see the file comment), or null
 * when the board has set none for the topic.
 */
export function appetiteFor(appetites: readonly IAppetiteContent[], category: RiskCategory, force: string, joint: boolean): IAppetiteContent | null {
  const inTopic = appetites.filter((a) => a.category === category);
  const specific = inTopic.filter((a) => a.force !== null && (sameForce(a.force, force) || (joint && sameForce(a.force, JOINT))));
  if (specific.length > 0) return specific.reduce((best, a) => (a.maxScore < best.maxScore ? a : best));
  return inTopic.filter((a) => a.force === null)[0] ?? null;
}

export interface IForceAppetite {
  force: string;
  current: number | null;
  /** The appetite applied, or null when the topic has none. */
  maxScore: number | null;
  outOfAppetite: boolean;
}

export interface IAppetiteCheck {
  perForce: IForceAppetite[];
  outOfAppetite: boolean;
  /** The forces whose current score is above their appetite. */
  outForces: string[];
  /** Out of appetite somewhere and escalated nowhere. */
  escalationDue: boolean;
}

export function appetiteCheck(risk: IRiskContent, exposures: readonly IExposure[], appetites: readonly IAppetiteContent[]): IAppetiteCheck {
  const applies = risk.kind === 'threat' && risk.status !== 'closed';
  const joint = isJoint(risk);
  const perForce = exposures.map((e): IForceAppetite => {
    const current = scoreOrNull(e.current);
    const appetite = appetiteFor(appetites, risk.category, e.force, joint);
    const maxScore = appetite === null ? null : appetite.maxScore;
    return { force: e.force, current, maxScore, outOfAppetite: applies && current !== null && maxScore !== null && current > maxScore };
  });
  const outForces = perForce.filter((p) => p.outOfAppetite).map((p) => p.force);
  const outOfAppetite = outForces.length > 0;
  return { perForce, outOfAppetite, outForces, escalationDue: outOfAppetite && risk.escalation === 'none' };
}

// ---------------------------------------------------------------------------------------------------
// Difference between forces

export interface IForcePoint {
  force: string;
  score: number;
  rag: Rag;
}

export interface IDivergence {
  highest: IForcePoint;
  lowest: IForcePoint;
  /** Highest minus lowest current score. */
  difference: number;
  ragDiffers: boolean;
  /** Worth highlighting: a different band, or at least the threshold apart. */
  highlighted: boolean;
}

/**
 * How far the forces' CURRENT scores of a joint risk are apart (or another measure's), or null unless at
 * least two forces have scored it.
 */
export function divergenceOf(
  exposures: readonly IExposure[],
  options: { threshold?: number; measure?: Measure; bands?: readonly IRagBand[] } = {}
): IDivergence | null {
  const measure = options.measure ?? 'current';
  const bands = options.bands ?? RAG_BANDS;
  const scored = exposures.filter((e) => e[measure] !== null).sort((a, b) => compareScores(b[measure], a[measure]) || compareForces(a.force, b.force));
  if (scored.length < 2) return null;
  const point = (e: IExposure): IForcePoint => ({ force: e.force, score: scoreOrNull(e[measure]) as number, rag: ragOrNull(e[measure], bands) as Rag });
  const highest = point(scored[0]);
  const lowest = point(scored[scored.length - 1]);
  const difference = highest.score - lowest.score;
  const ragDiffers = scored.some((e) => ragOrNull(e[measure], bands) !== highest.rag);
  return { highest, lowest, difference, ragDiffers, highlighted: ragDiffers || difference >= (options.threshold ?? DEFAULT_DIVERGENCE_THRESHOLD) };
}
