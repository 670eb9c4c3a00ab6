/**
 * The register's items as flat records of columns (`IRiskFields` …), keyed exactly like the list
 * definitions' domain keys (`src/lists/risks.ts`). One vocabulary serves four purposes: the repository
 * writes and reads them, the version history is diffed over them ("who changed what"), a conflict is
 * explained with them ("what changed since you read it"), and an import's dry run lists them.
 *
 * Decisions:
 * - Empty text is `null` in a record (SharePoint returns `null` for an empty note) and `''` in content,
 *   so "cleared" and "never set" never show up as a change.
 * - Lists of ids are stored `;12;40;` (leading and trailing separators, so `substringof(';12;')` matches
 *   risk 12 and never 112); lists of people `a@x; b@x`. Both are read tolerantly (commas, spaces, line
 *   breaks), because a board member may type them in the SharePoint form.
 * - A value SharePoint holds that the app would never write (an unknown choice written through REST, a
 *   score of 7) is read as the safest meaning: an unknown status as `open` and an unknown topic as the
 *   first topic (so the risk is never hidden), an unknown kind as a threat, an out-of-range score as
 *   unscored, an unknown escalation as none.
 */
import {
  ACTION_STATUSES,
  APPETITE_LEVELS,
  ESCALATION_LEVELS,
  RAID_PRIORITIES,
  RAID_STATUSES,
  RAID_TYPES,
  RISK_CATEGORIES,
  RISK_KINDS,
  RISK_PROXIMITIES,
  RISK_RESPONSES,
  RISK_STATUSES
} from '../../lists/risks';
import { scoreFrom } from './scoring';
import type {
  ActionStatus,
  AppetiteLevel,
  Day,
  EscalationLevel,
  IActionContent,
  IAppetiteContent,
  IAssessmentContent,
  IRaidContent,
  IRiskContent,
  IScores,
  Proximity,
  RaidPriority,
  RaidStatus,
  RaidType,
  RiskCategory,
  RiskKind,
  RiskResponse,
  RiskStatus
} from './types';

/** A column's value in a record. */
export type FieldValue = string | number | null;

export interface IScoreFields {
  inherentLikelihood: number | null;
  inherentImpact: number | null;
  currentLikelihood: number | null;
  currentImpact: number | null;
  targetLikelihood: number | null;
  targetImpact: number | null;
}

export interface IRiskFields extends IScoreFields {
  title: string;
  reference: string;
  kind: RiskKind;
  cause: string | null;
  event: string | null;
  effect: string | null;
  category: RiskCategory;
  force: string;
  ownerUpn: string;
  actionees: string | null;
  proximity: Proximity | null;
  response: RiskResponse | null;
  controls: string | null;
  reviewDate: Day | null;
  status: RiskStatus;
  escalation: EscalationLevel;
  escalatedOn: Day | null;
  escalationNote: string | null;
  closedOn: Day | null;
  closureNote: string | null;
}

export interface IAssessmentFields extends IScoreFields {
  riskId: number;
  force: string;
  ownerUpn: string;
  assessedOn: Day | null;
  notes: string | null;
}

export interface IActionFields {
  title: string;
  riskIds: string;
  ownerUpn: string;
  force: string | null;
  dueDate: Day | null;
  status: ActionStatus;
  completedOn: Day | null;
  notes: string | null;
  meetingId: number | null;
}

export interface IRaidFields {
  title: string;
  reference: string;
  type: RaidType;
  description: string | null;
  category: RiskCategory;
  force: string;
  ownerUpn: string;
  raisedOn: Day | null;
  dueDate: Day | null;
  status: RaidStatus;
  closedOn: Day | null;
  priority: RaidPriority | null;
  riskIds: string | null;
  meetingId: number | null;
  meetingDate: Day | null;
  resolution: string | null;
}

export interface IAppetiteFields {
  title: string | null;
  category: RiskCategory;
  force: string | null;
  maxScore: number;
  level: AppetiteLevel | null;
  rationale: string | null;
}

const SCORE_KEYS: ReadonlyArray<keyof IScoreFields> = ['inherentLikelihood', 'inherentImpact', 'currentLikelihood', 'currentImpact', 'targetLikelihood', 'targetImpact'];

/** Every column of a risk, in the order a "what changed" list shows them. */
export const RISK_FIELD_KEYS: ReadonlyArray<keyof IRiskFields> = [
  'reference',
  'title',
  'kind',
  'category',
  'force',
  'ownerUpn',
  'actionees',
  'cause',
  'event',
  'effect',
  ...SCORE_KEYS,
  'proximity',
  'response',
  'controls',
  'reviewDate',
  'status',
  'escalation',
  'escalatedOn',
  'escalationNote',
  'closedOn',
  'closureNote'
];

export const ASSESSMENT_FIELD_KEYS: ReadonlyArray<keyof IAssessmentFields> = ['riskId', 'force', 'ownerUpn', ...SCORE_KEYS, 'assessedOn', 'notes'];
export const ACTION_FIELD_KEYS: ReadonlyArray<keyof IActionFields> = ['title', 'riskIds', 'ownerUpn', 'force', 'dueDate', 'status', 'completedOn', 'notes', 'meetingId'];
export const RAID_FIELD_KEYS: ReadonlyArray<keyof IRaidFields> = [
  'reference',
  'type',
  'title',
  'description',
  'category',
  'force',
  'ownerUpn',
  'raisedOn',
  'dueDate',
  'status',
  'closedOn',
  'priority',
  'riskIds',
  'meetingId',
  'meetingDate',
  'resolution'
];
export const APPETITE_FIELD_KEYS: ReadonlyArray<keyof IAppetiteFields> = ['category', 'force', 'maxScore', 'level', 'rationale'];

/** Score columns that change together: a merge never takes a likelihood from one side and its impact from the other. */
export const SCORE_PAIRS: ReadonlyArray<readonly [keyof IScoreFields, keyof IScoreFields]> = [
  ['inherentLikelihood', 'inherentImpact'],
  ['currentLikelihood', 'currentImpact'],
  ['targetLikelihood', 'targetImpact']
];

// ---------------------------------------------------------------------------------------------------
// Small normalisers

/** A person's key: trimmed, lower case (UPNs are case-insensitive). */
export function upnKey(upn: string): string {
  return upn.trim().toLowerCase();
}

/** `''` (or only spaces) → null; otherwise the text as given. */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

const orEmpty = (text: string | null): string => text ?? '';

function oneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).indexOf(value) >= 0;
}

export const isRiskCategory = (v: unknown): v is RiskCategory => oneOf(RISK_CATEGORIES, v);
export const isRiskKind = (v: unknown): v is RiskKind => oneOf(RISK_KINDS, v);
export const isRiskResponse = (v: unknown): v is RiskResponse => oneOf(RISK_RESPONSES, v);
export const isRiskStatus = (v: unknown): v is RiskStatus => oneOf(RISK_STATUSES, v);
export const isProximity = (v: unknown): v is Proximity => oneOf(RISK_PROXIMITIES, v);
export const isEscalationLevel = (v: unknown): v is EscalationLevel => oneOf(ESCALATION_LEVELS, v);
export const isActionStatus = (v: unknown): v is ActionStatus => oneOf(ACTION_STATUSES, v);
export const isRaidType = (v: unknown): v is RaidType => oneOf(RAID_TYPES, v);
export const isRaidStatus = (v: unknown): v is RaidStatus => oneOf(RAID_STATUSES, v);
export const isRaidPriority = (v: unknown): v is RaidPriority => oneOf(RAID_PRIORITIES, v);
export const isAppetiteLevel = (v: unknown): v is AppetiteLevel => oneOf(APPETITE_LEVELS, v);

/** Ids written `;12;40;`; an empty list is `null`. Duplicates and non-positive ids are dropped, order kept. */
export function serialiseIds(ids: readonly number[]): string | null {
  const clean = ids.filter((id, i) => Number.isInteger(id) && id > 0 && ids.indexOf(id) === i);
  return clean.length === 0 ? null : `;${clean.join(';')};`;
}

/** Reads `;12;40;`, `12, 40`, `12 40` alike. */
export function parseIds(text: string | null): number[] {
  if (text === null) return [];
  const out: number[] = [];
  for (const part of text.split(/[;,\s]+/)) {
    if (!/^\d+$/.test(part)) continue;
    const id = Number(part);
    if (id > 0 && out.indexOf(id) < 0) out.push(id);
  }
  return out;
}

/** People written `a@x; b@x` (normalised, no duplicates); none is `null`. */
export function serialisePeople(upns: readonly string[]): string | null {
  const keys = upns.map(upnKey).filter((u, i, all) => u !== '' && all.indexOf(u) === i);
  return keys.length === 0 ? null : keys.join('; ');
}

export function parsePeople(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/[;,\s]+/)
    .map(upnKey)
    .filter((u, i, all) => u !== '' && all.indexOf(u) === i);
}

// ---------------------------------------------------------------------------------------------------
// Scores

function scoreFields(s: IScores): IScoreFields {
  return {
    inherentLikelihood: s.inherent?.likelihood ?? null,
    inherentImpact: s.inherent?.impact ?? null,
    currentLikelihood: s.current?.likelihood ?? null,
    currentImpact: s.current?.impact ?? null,
    targetLikelihood: s.target?.likelihood ?? null,
    targetImpact: s.target?.impact ?? null
  };
}

function scoresOf(f: IScoreFields): IScores {
  return {
    inherent: scoreFrom(f.inherentLikelihood, f.inherentImpact),
    current: scoreFrom(f.currentLikelihood, f.currentImpact),
    target: scoreFrom(f.targetLikelihood, f.targetImpact)
  };
}

// ---------------------------------------------------------------------------------------------------
// Content ⇄ fields

export function riskToFields(c: IRiskContent): IRiskFields {
  return {
    title: c.title.trim(),
    reference: c.reference.trim(),
    kind: c.kind,
    cause: textOrNull(c.cause),
    event: textOrNull(c.event),
    effect: textOrNull(c.effect),
    category: c.category,
    force: c.force,
    ownerUpn: upnKey(c.ownerUpn),
    actionees: serialisePeople(c.actionees),
    ...scoreFields(c),
    proximity: c.proximity,
    response: c.response,
    controls: textOrNull(c.controls),
    reviewDate: c.reviewDate,
    status: c.status,
    escalation: c.escalation,
    escalatedOn: c.escalatedOn,
    escalationNote: textOrNull(c.escalationNote),
    closedOn: c.closedOn,
    closureNote: textOrNull(c.closureNote)
  };
}

export function riskFromFields(f: IRiskFields): IRiskContent {
  return {
    reference: f.reference,
    title: f.title,
    kind: isRiskKind(f.kind) ? f.kind : 'threat',
    cause: orEmpty(f.cause),
    event: orEmpty(f.event),
    effect: orEmpty(f.effect),
    category: isRiskCategory(f.category) ? f.category : RISK_CATEGORIES[0],
    force: f.force,
    ownerUpn: upnKey(f.ownerUpn),
    actionees: parsePeople(f.actionees),
    ...scoresOf(f),
    proximity: isProximity(f.proximity) ? f.proximity : null,
    response: isRiskResponse(f.response) ? f.response : null,
    controls: orEmpty(f.controls),
    reviewDate: f.reviewDate,
    status: isRiskStatus(f.status) ? f.status : 'open',
    escalation: isEscalationLevel(f.escalation) ? f.escalation : 'none',
    escalatedOn: f.escalatedOn,
    escalationNote: orEmpty(f.escalationNote),
    closedOn: f.closedOn,
    closureNote: orEmpty(f.closureNote)
  };
}

export function assessmentToFields(riskId: number, c: IAssessmentContent): IAssessmentFields {
  return { riskId, force: c.force, ownerUpn: upnKey(c.ownerUpn), ...scoreFields(c), assessedOn: c.assessedOn, notes: textOrNull(c.notes) };
}

export function assessmentFromFields(f: IAssessmentFields): IAssessmentContent {
  return { force: f.force, ownerUpn: upnKey(f.ownerUpn), ...scoresOf(f), assessedOn: f.assessedOn, notes: orEmpty(f.notes) };
}

export function actionToFields(c: IActionContent): IActionFields {
  return {
    title: c.title.trim(),
    riskIds: serialiseIds(c.riskIds) ?? '',
    ownerUpn: upnKey(c.ownerUpn),
    force: c.force,
    dueDate: c.dueDate,
    status: c.status,
    completedOn: c.completedOn,
    notes: textOrNull(c.notes),
    meetingId: c.meetingId
  };
}

export function actionFromFields(f: IActionFields): IActionContent {
  return {
    title: f.title,
    riskIds: parseIds(f.riskIds),
    ownerUpn: upnKey(f.ownerUpn),
    force: f.force,
    dueDate: f.dueDate,
    status: isActionStatus(f.status) ? f.status : 'notStarted',
    completedOn: f.completedOn,
    notes: orEmpty(f.notes),
    meetingId: f.meetingId
  };
}

export function raidToFields(c: IRaidContent): IRaidFields {
  return {
    title: c.title.trim(),
    reference: c.reference.trim(),
    type: c.type,
    description: textOrNull(c.description),
    category: c.category,
    force: c.force,
    ownerUpn: upnKey(c.ownerUpn),
    raisedOn: c.raisedOn,
    dueDate: c.dueDate,
    status: c.status,
    closedOn: c.closedOn,
    priority: c.priority,
    riskIds: serialiseIds(c.riskIds),
    meetingId: c.meetingId,
    meetingDate: c.meetingDate,
    resolution: textOrNull(c.resolution)
  };
}

export function raidFromFields(f: IRaidFields): IRaidContent {
  return {
    reference: f.reference,
    type: isRaidType(f.type) ? f.type : 'issue',
    title: f.title,
    description: orEmpty(f.description),
    category: isRiskCategory(f.category) ? f.category : RISK_CATEGORIES[0],
    force: f.force,
    ownerUpn: upnKey(f.ownerUpn),
    raisedOn: f.raisedOn,
    dueDate: f.dueDate,
    status: isRaidStatus(f.status) ? f.status : 'open',
    closedOn: f.closedOn,
    priority: isRaidPriority(f.priority) ? f.priority : null,
    riskIds: parseIds(f.riskIds),
    meetingId: f.meetingId,
    meetingDate: f.meetingDate,
    resolution: orEmpty(f.resolution)
  };
}

export function appetiteToFields(c: IAppetiteContent): IAppetiteFields {
  return {
    title: `${c.category} \u2014 ${c.force ?? 'all forces'}`,
    category: c.category,
    force: c.force === null || c.force.trim() === '' ? null : c.force,
    maxScore: c.maxScore,
    level: c.level,
    rationale: textOrNull(c.rationale)
  };
}

export function appetiteFromFields(f: IAppetiteFields): IAppetiteContent {
  return {
    category: isRiskCategory(f.category) ? f.category : RISK_CATEGORIES[0],
    force: f.force === null || f.force.trim() === '' ? null : f.force,
    maxScore: f.maxScore,
    level: isAppetiteLevel(f.level) ? f.level : null,
    rationale: orEmpty(f.rationale)
  };
}
