/**
 * The register's words: the names of its choices, RAG bands, scale points and columns, and the message
 * of each problem the domain reports. Only strings and types here (the settings, which every page with the
 * part loads, use the topic names).
 */
import * as strings from 'SuiteStrings';
import type {
  ActionStatus,
  Direction,
  EscalationLevel,
  IScore,
  Measure,
  Proximity,
  Rag,
  RiskCategory,
  RiskKind,
  RiskResponse,
  RiskStatus
} from '../../../../domain/risks';
import { formatDay, formatInstant, formatText } from '../../../../ui/format/text';

const CATEGORY: Record<RiskCategory, string> = {
  copilotGovernance: strings.RiskTopicCopilotGovernance,
  platformAssurance: strings.RiskTopicPlatformAssurance,
  licensingFinance: strings.RiskTopicLicensingFinance,
  storageRecords: strings.RiskTopicStorageRecords,
  nationalDevelopments: strings.RiskTopicNationalDevelopments,
  trainingReadiness: strings.RiskTopicTrainingReadiness,
  benefitsRealisation: strings.RiskTopicBenefitsRealisation
};

export function categoryName(c: RiskCategory): string {
  return CATEGORY[c] ?? c;
}

export function kindName(k: RiskKind): string {
  return k === 'opportunity' ? strings.RiskKindOpportunity : strings.RiskKindThreat;
}

const STATUS: Record<RiskStatus, string> = { proposed: strings.RiskStatusProposed, open: strings.RiskStatusOpen, closed: strings.RiskStatusClosed };

export function statusName(s: RiskStatus): string {
  return STATUS[s] ?? s;
}

const PROXIMITY: Record<Proximity, string> = {
  imminent: strings.RiskProximityImminent,
  withinMonth: strings.RiskProximityMonth,
  withinQuarter: strings.RiskProximityQuarter,
  withinYear: strings.RiskProximityYear,
  beyondYear: strings.RiskProximityBeyond
};

export function proximityName(p: Proximity | null): string {
  return p === null ? strings.RiskNotSet : PROXIMITY[p] ?? p;
}

const RESPONSE: Record<RiskResponse, string> = {
  avoid: strings.RiskResponseAvoid,
  reduce: strings.RiskResponseReduce,
  transfer: strings.RiskResponseTransfer,
  share: strings.RiskResponseShare,
  accept: strings.RiskResponseAccept,
  exploit: strings.RiskResponseExploit,
  enhance: strings.RiskResponseEnhance
};

export function responseName(r: RiskResponse | null): string {
  return r === null ? strings.RiskNotSet : RESPONSE[r] ?? r;
}

const ESCALATION: Record<EscalationLevel, string> = {
  none: strings.RiskEscalationNone,
  forceExecutive: strings.RiskEscalationForce,
  jointChiefOfficers: strings.RiskEscalationJoint,
  national: strings.RiskEscalationNational
};

export function escalationName(e: EscalationLevel): string {
  return ESCALATION[e] ?? e;
}

const ACTION_STATUS: Record<ActionStatus, string> = {
  notStarted: strings.RiskActionNotStarted,
  inProgress: strings.RiskActionInProgress,
  done: strings.RiskActionDone,
  cancelled: strings.RiskActionCancelled
};

export function actionStatusName(s: ActionStatus): string {
  return ACTION_STATUS[s] ?? s;
}

const RAG: Record<Rag, string> = { green: strings.RiskRagGreen, amber: strings.RiskRagAmber, redAmber: strings.RiskRagRedAmber, red: strings.RiskRagRed };

export function ragName(r: Rag | null): string {
  return r === null ? strings.RiskUnscored : RAG[r];
}

const MEASURE: Record<Measure, string> = { inherent: strings.RiskMeasureInherent, current: strings.RiskMeasureCurrent, target: strings.RiskMeasureTarget };

export function measureName(m: Measure): string {
  return MEASURE[m];
}

const LIKELIHOOD = [strings.RiskLikelihood1, strings.RiskLikelihood2, strings.RiskLikelihood3, strings.RiskLikelihood4, strings.RiskLikelihood5];
const IMPACT = [strings.RiskImpact1, strings.RiskImpact2, strings.RiskImpact3, strings.RiskImpact4, strings.RiskImpact5];

/** "4 – Likely". */
export function likelihoodName(level: number): string {
  return formatText(strings.RiskLevelNamed, level, LIKELIHOOD[level - 1] ?? '');
}

export function impactName(level: number): string {
  return formatText(strings.RiskLevelNamed, level, IMPACT[level - 1] ?? '');
}

/** "4 × 5 = 20" (likelihood × impact = score), or "not scored". */
export function scoreWords(score: IScore | null): string {
  return score === null ? strings.RiskUnscored : formatText(strings.RiskScoreProduct, score.likelihood, score.impact, score.likelihood * score.impact);
}

export function directionName(kind: RiskKind, direction: Direction, from: number | null): string {
  if (direction === 'same') return strings.RiskDirectionSame;
  const better = kind === 'threat' ? direction === 'down' : direction === 'up';
  const template = direction === 'up' ? (better ? strings.RiskDirectionUpBetter : strings.RiskDirectionUpWorse) : better ? strings.RiskDirectionDownBetter : strings.RiskDirectionDownWorse;
  return formatText(template, from ?? 0);
}

/** The label of a column of a risk, an assessment or an action (history, conflicts, problems). */
const FIELD: Record<string, string> = {
  reference: strings.RiskFieldReference,
  title: strings.RiskFieldTitle,
  kind: strings.RiskFieldKind,
  cause: strings.RiskFieldCause,
  event: strings.RiskFieldEvent,
  effect: strings.RiskFieldEffect,
  category: strings.RiskFieldCategory,
  force: strings.RiskFieldForce,
  ownerUpn: strings.RiskFieldOwner,
  actionees: strings.RiskFieldActionees,
  inherent: strings.RiskMeasureInherent,
  current: strings.RiskMeasureCurrent,
  target: strings.RiskMeasureTarget,
  inherentLikelihood: strings.RiskFieldInherentLikelihood,
  inherentImpact: strings.RiskFieldInherentImpact,
  currentLikelihood: strings.RiskFieldCurrentLikelihood,
  currentImpact: strings.RiskFieldCurrentImpact,
  targetLikelihood: strings.RiskFieldTargetLikelihood,
  targetImpact: strings.RiskFieldTargetImpact,
  proximity: strings.RiskFieldProximity,
  response: strings.RiskFieldResponse,
  controls: strings.RiskFieldControls,
  reviewDate: strings.RiskFieldReviewDate,
  status: strings.RiskFieldStatus,
  escalation: strings.RiskFieldEscalation,
  escalatedOn: strings.RiskFieldEscalatedOn,
  escalationNote: strings.RiskFieldEscalationNote,
  closedOn: strings.RiskFieldClosedOn,
  closureNote: strings.RiskFieldClosureNote,
  assessedOn: strings.RiskFieldAssessedOn,
  notes: strings.RiskFieldNotes,
  dueDate: strings.RiskFieldDueDate,
  completedOn: strings.RiskFieldCompletedOn,
  riskIds: strings.RiskFieldRiskIds,
  meetingId: strings.RiskFieldMeeting
};

export function fieldName(field: string): string {
  return FIELD[field] ?? field;
}

/** The message of a problem the domain (or SharePoint, through the repository) reports on a field. */
export function problemMessage(field: string, code: string): string {
  switch (code) {
    case 'required':
      switch (field) {
        case 'reference':
          return strings.RiskProblemReferenceRequired;
        case 'title':
          return strings.RiskProblemTitleRequired;
        case 'force':
          return strings.RiskProblemForceRequired;
        case 'ownerUpn':
          return strings.RiskProblemOwnerRequired;
        case 'closedOn':
          return strings.RiskProblemClosedOnRequired;
        case 'completedOn':
          return strings.RiskProblemCompletedOnRequired;
        default:
          return formatText(strings.RiskProblemRequired, fieldName(field));
      }
    case 'referenceFormat':
      return strings.RiskProblemReferenceFormat;
    case 'referenceTaken':
      return strings.RiskProblemReferenceTaken;
    case 'tooLong':
      return strings.RiskProblemTooLong;
    case 'notASignInName':
      return field === 'actionees' ? strings.RiskProblemActioneesNotSignIn : strings.RiskProblemNotSignIn;
    case 'responseForKind':
      return strings.RiskProblemResponseForKind;
    case 'jointScoresOnAssessments':
      return strings.RiskProblemJointScores;
    case 'currentRequired':
      return strings.RiskProblemCurrentRequired;
    case 'currentAboveInherent':
      return strings.RiskProblemCurrentAboveInherent;
    case 'targetAboveCurrent':
      return strings.RiskProblemTargetAboveCurrent;
    case 'invalidDate':
      return strings.RiskProblemInvalidDate;
    case 'escalatedOnMissing':
      return strings.RiskProblemEscalatedOnMissing;
    case 'notJoint':
      return strings.RiskProblemNotJoint;
    case 'scorePartial':
      return strings.RiskProblemScorePartial;
    default:
      return formatText(strings.RiskProblemOther, fieldName(field));
  }
}

const DAY_FIELDS = ['reviewDate', 'escalatedOn', 'closedOn', 'assessedOn', 'dueDate', 'completedOn'];

/** A stored column's value in words (a change in the history, a side of a conflict). */
export function fieldValueText(field: string, value: string | number | null, locale: string): string {
  if (value === null || value === '') return strings.RiskValueEmpty;
  if (typeof value === 'number') return String(value);
  if (DAY_FIELDS.indexOf(field) >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, locale);
  switch (field) {
    case 'category':
      return categoryName(value as RiskCategory);
    case 'kind':
      return kindName(value as RiskKind);
    case 'status':
      return statusName(value as RiskStatus);
    case 'proximity':
      return proximityName(value as Proximity);
    case 'response':
      return responseName(value as RiskResponse);
    case 'escalation':
      return escalationName(value as EscalationLevel);
    default:
      return value;
  }
}

export { formatInstant };

/** Who did something, by their name in SharePoint (or "someone" when SharePoint did not say). */
export function personName(person: { title: string; email: string } | null): string {
  if (person === null) return strings.RiskSomeone;
  return person.title !== '' ? person.title : person.email !== '' ? person.email : strings.RiskSomeone;
}
