/**
 * What the register accepts before anything is sent: each problem names its column, a code (the UI's
 * localisation key is `risks.problem.<code>`) and whether it blocks the write (`error`) or is worth a
 * second look (`warning`). The import's dry run reports the same problems per row.
 *
 * Rules (Orange Book / PRINCE2 practice):
 * - a risk has a reference, a title, a topic, a force and ONE owner (a sign-in name);
 * - an open single-force risk has a current score; a joint risk's item holds no scores (each force's are in
 *   its assessment);
 * - threats are avoided, reduced, transferred, shared or accepted; opportunities exploited, enhanced,
 *   shared or accepted;
 * - warnings: a threat's current score above its inherent one (controls made it worse?) or its target above
 *   its current one; an escalation without the day it was escalated.
 */
import { isDay } from '../training/days';
import { isJoint } from './exposure';
import { scoreValue } from './scoring';
import type { IActionContent, IAppetiteContent, IAssessmentContent, IRaidContent, IRiskContent, RiskKind, RiskResponse } from './types';

export type ProblemSeverity = 'error' | 'warning';

export interface IContentProblem {
  field: string;
  code: string;
  severity: ProblemSeverity;
}

export const MAX_TITLE_LENGTH = 255;
export const MAX_REFERENCE_LENGTH = 32;

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;
const UPN = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

export const THREAT_RESPONSES: readonly RiskResponse[] = ['avoid', 'reduce', 'transfer', 'share', 'accept'];
export const OPPORTUNITY_RESPONSES: readonly RiskResponse[] = ['exploit', 'enhance', 'share', 'accept'];

export function responsesFor(kind: RiskKind): readonly RiskResponse[] {
  return kind === 'threat' ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
}

export function isUpn(text: string): boolean {
  return UPN.test(text.trim());
}

export function isReference(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_REFERENCE_LENGTH && REFERENCE.test(t);
}

const error = (field: string, code: string): IContentProblem => ({ field, code, severity: 'error' });
const warning = (field: string, code: string): IContentProblem => ({ field, code, severity: 'warning' });

function dayProblem(field: string, value: string | null): IContentProblem[] {
  return value !== null && !isDay(value) ? [error(field, 'invalidDate')] : [];
}

function titleProblems(title: string): IContentProblem[] {
  if (title.trim() === '') return [error('title', 'required')];
  return title.trim().length > MAX_TITLE_LENGTH ? [error('title', 'tooLong')] : [];
}

function ownerProblems(field: string, upn: string): IContentProblem[] {
  if (upn.trim() === '') return [error(field, 'required')];
  return isUpn(upn) ? [] : [error(field, 'notASignInName')];
}

export function riskProblems(c: IRiskContent): IContentProblem[] {
  const out: IContentProblem[] = [];
  if (c.reference.trim() === '') out.push(error('reference', 'required'));
  else if (!isReference(c.reference)) out.push(error('reference', 'referenceFormat'));
  out.push(...titleProblems(c.title));
  if (c.force.trim() === '') out.push(error('force', 'required'));
  out.push(...ownerProblems('ownerUpn', c.ownerUpn));
  c.actionees.filter((a) => !isUpn(a)).forEach(() => out.push(error('actionees', 'notASignInName')));
  if (c.response !== null && responsesFor(c.kind).indexOf(c.response) < 0) out.push(error('response', 'responseForKind'));
  const joint = isJoint(c);
  if (joint && (c.inherent !== null || c.current !== null || c.target !== null)) out.push(error('current', 'jointScoresOnAssessments'));
  if (!joint && c.status === 'open' && c.current === null) out.push(error('current', 'currentRequired'));
  if (!joint && c.kind === 'threat') {
    if (c.inherent !== null && c.current !== null && scoreValue(c.current) > scoreValue(c.inherent)) out.push(warning('current', 'currentAboveInherent'));
    if (c.current !== null && c.target !== null && scoreValue(c.target) > scoreValue(c.current)) out.push(warning('target', 'targetAboveCurrent'));
  }
  out.push(...dayProblem('reviewDate', c.reviewDate), ...dayProblem('escalatedOn', c.escalatedOn), ...dayProblem('closedOn', c.closedOn));
  if (c.status === 'closed' && c.closedOn === null) out.push(error('closedOn', 'required'));
  if (c.escalation !== 'none' && c.escalatedOn === null) out.push(warning('escalatedOn', 'escalatedOnMissing'));
  return dedupe(out);
}

export function assessmentProblems(c: IAssessmentContent, kind: RiskKind = 'threat'): IContentProblem[] {
  const out: IContentProblem[] = [];
  if (c.force.trim() === '') out.push(error('force', 'required'));
  out.push(...ownerProblems('ownerUpn', c.ownerUpn));
  if (kind === 'threat') {
    if (c.inherent !== null && c.current !== null && scoreValue(c.current) > scoreValue(c.inherent)) out.push(warning('current', 'currentAboveInherent'));
    if (c.current !== null && c.target !== null && scoreValue(c.target) > scoreValue(c.current)) out.push(warning('target', 'targetAboveCurrent'));
  }
  out.push(...dayProblem('assessedOn', c.assessedOn));
  return out;
}

export function actionProblems(c: IActionContent): IContentProblem[] {
  const out = [...titleProblems(c.title), ...ownerProblems('ownerUpn', c.ownerUpn)];
  if (c.riskIds.length === 0) out.push(error('riskIds', 'required'));
  out.push(...dayProblem('dueDate', c.dueDate), ...dayProblem('completedOn', c.completedOn));
  if (c.status === 'done' && c.completedOn === null) out.push(error('completedOn', 'required'));
  return out;
}

export function raidProblems(c: IRaidContent): IContentProblem[] {
  const out: IContentProblem[] = [];
  if (c.reference.trim() === '') out.push(error('reference', 'required'));
  else if (!isReference(c.reference)) out.push(error('reference', 'referenceFormat'));
  out.push(...titleProblems(c.title), ...ownerProblems('ownerUpn', c.ownerUpn));
  if (c.force.trim() === '') out.push(error('force', 'required'));
  out.push(...dayProblem('raisedOn', c.raisedOn), ...dayProblem('dueDate', c.dueDate), ...dayProblem('closedOn', c.closedOn), ...dayProblem('meetingDate', c.meetingDate));
  if (c.status === 'closed' && c.closedOn === null) out.push(error('closedOn', 'required'));
  return out;
}

export function appetiteProblems(c: IAppetiteContent): IContentProblem[] {
  return Number.isInteger(c.maxScore) && c.maxScore >= 1 && c.maxScore <= 25 ? [] : [error('maxScore', 'outOfRange')];
}

/** The problems that block a write. */
export function blocking(problems: readonly IContentProblem[]): IContentProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

function dedupe(problems: readonly IContentProblem[]): IContentProblem[] {
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.code === p.code) === i);
}

/** A new, empty risk for a form: open, a threat, nothing scored. */
export function blankRisk(force: string, ownerUpn: string, category: IRiskContent['category']): IRiskContent {
  return {
    reference: '',
    title: '',
    kind: 'threat',
    cause: '',
    event: '',
    effect: '',
    category,
    force,
    ownerUpn,
    actionees: [],
    inherent: null,
    current: null,
    target: null,
    proximity: null,
    response: null,
    controls: '',
    reviewDate: null,
    status: 'open',
    escalation: 'none',
    escalatedOn: null,
    escalationNote: '',
    closedOn: null,
    closureNote: ''
  };
}
