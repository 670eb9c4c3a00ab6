/**
 * A risk as its form holds it: text as typed (dates included, until they read as days), each score as two
 * choices that may be half made. Converted to the domain's content for its checks (`riskProblems`,
 * `assessmentProblems`) and the repository; the form adds the checks only a form can make (a score with
 * a likelihood but no impact).
 */
import {
  assessmentProblems,
  blocking,
  isJoint,
  parsePeople,
  riskProblems,
  scoreFrom,
  type IAssessmentContent,
  type IContentProblem,
  type IRiskContent,
  type IScore,
  type Level,
  type Measure,
  type Proximity,
  type RiskResponse
} from '../../../../domain/risks';

/** One score as chosen: either may be missing while the person is choosing. */
export interface IScoreDraft {
  likelihood: Level | null;
  impact: Level | null;
}

export const NO_SCORE: IScoreDraft = { likelihood: null, impact: null };

export function scoreDraft(score: IScore | null): IScoreDraft {
  return score === null ? NO_SCORE : { likelihood: score.likelihood, impact: score.impact };
}

export function scoreOfDraft(d: IScoreDraft): IScore | null {
  return scoreFrom(d.likelihood, d.impact);
}

/** Half a score: a likelihood without an impact or the other way round. */
export function partial(d: IScoreDraft): boolean {
  return (d.likelihood === null) !== (d.impact === null);
}

export interface IScoresDraft {
  inherent: IScoreDraft;
  current: IScoreDraft;
  target: IScoreDraft;
}

export const MEASURES: readonly Measure[] = ['inherent', 'current', 'target'];

export interface IRiskDraft extends Omit<IRiskContent, 'actionees' | 'inherent' | 'current' | 'target' | 'proximity' | 'response' | 'reviewDate' | 'escalatedOn' | 'closedOn'>, IScoresDraft {
  /** Sign-in names as typed, separated by semicolons, commas or spaces. */
  actionees: string;
  proximity: Proximity | '';
  response: RiskResponse | '';
  /** `yyyy-mm-dd`, or the text typed when it is not (yet) a day. */
  reviewDate: string;
  escalatedOn: string;
  closedOn: string;
}

/** A force's owner and scores of a joint risk, as its form holds them. */
export interface IAssessmentDraft extends IScoresDraft {
  force: string;
  ownerUpn: string;
  notes: string;
}

const dayOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function draftFromContent(c: IRiskContent): IRiskDraft {
  return {
    ...c,
    actionees: c.actionees.join('; '),
    inherent: scoreDraft(c.inherent),
    current: scoreDraft(c.current),
    target: scoreDraft(c.target),
    proximity: c.proximity ?? '',
    response: c.response ?? '',
    reviewDate: c.reviewDate ?? '',
    escalatedOn: c.escalatedOn ?? '',
    closedOn: c.closedOn ?? ''
  };
}

export function contentFromDraft(d: IRiskDraft): IRiskContent {
  const joint = isJoint(d);
  return {
    reference: d.reference.trim(),
    title: d.title.trim(),
    kind: d.kind,
    cause: d.cause,
    event: d.event,
    effect: d.effect,
    category: d.category,
    force: d.force,
    ownerUpn: d.ownerUpn.trim(),
    // Read as typed (lower case, once each), so the check can say when one is not a sign-in name.
    actionees: parsePeople(d.actionees),
    inherent: joint ? null : scoreOfDraft(d.inherent),
    current: joint ? null : scoreOfDraft(d.current),
    target: joint ? null : scoreOfDraft(d.target),
    proximity: d.proximity === '' ? null : d.proximity,
    response: d.response === '' ? null : d.response,
    controls: d.controls,
    reviewDate: dayOrNull(d.reviewDate),
    status: d.status,
    escalation: d.escalation,
    escalatedOn: d.escalation === 'none' ? null : dayOrNull(d.escalatedOn),
    escalationNote: d.escalationNote,
    closedOn: d.status === 'closed' ? dayOrNull(d.closedOn) : null,
    closureNote: d.closureNote
  };
}

export function assessmentDraft(c: Pick<IAssessmentContent, 'force' | 'ownerUpn' | 'inherent' | 'current' | 'target' | 'notes'>): IAssessmentDraft {
  return { force: c.force, ownerUpn: c.ownerUpn, notes: c.notes, inherent: scoreDraft(c.inherent), current: scoreDraft(c.current), target: scoreDraft(c.target) };
}

export function assessmentFromDraft(d: IAssessmentDraft, today: string): IAssessmentContent {
  return { force: d.force, ownerUpn: d.ownerUpn.trim(), inherent: scoreOfDraft(d.inherent), current: scoreOfDraft(d.current), target: scoreOfDraft(d.target), assessedOn: today, notes: d.notes };
}

/** The form's problem on a field: the domain's codes, plus `scorePartial` (a half-chosen score). */
export interface IFormProblem extends IContentProblem {}

function partialProblems(scores: IScoresDraft, prefix: string = ''): IFormProblem[] {
  return MEASURES.filter((m) => partial(scores[m])).map((m) => ({ field: `${prefix}${m}`, code: 'scorePartial', severity: 'error' as const }));
}

/** Everything the form says about a risk draft (errors block, warnings are shown), new joint risks' forces included. */
export function draftProblems(d: IRiskDraft, forces: readonly IAssessmentDraft[], today: string): IFormProblem[] {
  const joint = isJoint(d);
  const out: IFormProblem[] = [...(joint ? [] : partialProblems(d)), ...riskProblems(contentFromDraft(d))];
  if (joint) {
    forces.forEach((f) => {
      out.push(...partialProblems(f, `${f.force}.`));
      out.push(...assessmentProblems(assessmentFromDraft(f, today), d.kind).map((p) => ({ ...p, field: `${f.force}.${p.field}` })));
    });
  }
  return out.filter((p, i) => out.findIndex((q) => q.field === p.field && q.code === p.code) === i);
}

/** A force assessment draft's problems (its own fields, no prefix). */
export function assessmentDraftProblems(d: IAssessmentDraft, kind: IRiskContent['kind'], today: string): IFormProblem[] {
  return [...partialProblems(d), ...assessmentProblems(assessmentFromDraft(d, today), kind)];
}

export function errorsOf(problems: readonly IFormProblem[]): IFormProblem[] {
  return blocking(problems);
}

export function warningsOf(problems: readonly IFormProblem[]): IFormProblem[] {
  return problems.filter((p) => p.severity === 'warning');
}
