/**
 * Localised names and messages for the RAID, actions, appetite, starter and import views: every stored
 * key (topics, types, statuses…) and every problem code the data layer reports, in the user's language.
 */
import * as strings from 'SuiteStrings';
import { ForbiddenError, NotFoundError } from '../../../../data/errors';
import type { IImportOutcome } from '../../../../data/RiskRepository';
import {
  JOINT,
  RAG_BANDS,
  ragOf,
  type ActionStatus,
  type AppetiteLevel,
  type EscalationLevel,
  type FieldValue,
  type IImportProblem,
  type ImportAction,
  type IRiskImportPlan,
  type Proximity,
  type RaidPriority,
  type RaidStatus,
  type RaidType,
  type Rag,
  type RiskCategory,
  type RiskKind,
  type RiskResponse,
  type RiskStatus
} from '../../../../domain/risks';
import { isDay } from '../../../../domain/training/days';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { firstLineOf, type IFieldProblem } from './raidModel';

export function categoryName(c: RiskCategory): string {
  switch (c) {
    case 'copilotGovernance':
      return strings.RiskRaidTopicCopilotGovernance;
    case 'platformAssurance':
      return strings.RiskRaidTopicPlatformAssurance;
    case 'licensingFinance':
      return strings.RiskRaidTopicLicensingFinance;
    case 'storageRecords':
      return strings.RiskRaidTopicStorageRecords;
    case 'nationalDevelopments':
      return strings.RiskRaidTopicNationalDevelopments;
    case 'trainingReadiness':
      return strings.RiskRaidTopicTrainingReadiness;
    case 'benefitsRealisation':
      return strings.RiskRaidTopicBenefitsRealisation;
  }
}

export function raidTypeName(t: RaidType): string {
  switch (t) {
    case 'action':
      return strings.RiskRaidTypeAction;
    case 'issue':
      return strings.RiskRaidTypeIssue;
    case 'assumption':
      return strings.RiskRaidTypeAssumption;
    case 'dependency':
      return strings.RiskRaidTypeDependency;
    case 'decision':
      return strings.RiskRaidTypeDecision;
  }
}

export function raidStatusName(s: RaidStatus): string {
  switch (s) {
    case 'open':
      return strings.RiskRaidStatusOpen;
    case 'inProgress':
      return strings.RiskRaidStatusInProgress;
    case 'closed':
      return strings.RiskRaidStatusClosed;
  }
}

export function priorityName(p: RaidPriority): string {
  switch (p) {
    case 'high':
      return strings.RiskRaidPriorityHigh;
    case 'medium':
      return strings.RiskRaidPriorityMedium;
    case 'low':
      return strings.RiskRaidPriorityLow;
  }
}

export function actionStatusName(s: ActionStatus): string {
  switch (s) {
    case 'notStarted':
      return strings.RiskRaidActionStatusNotStarted;
    case 'inProgress':
      return strings.RiskRaidActionStatusInProgress;
    case 'done':
      return strings.RiskRaidActionStatusDone;
    case 'cancelled':
      return strings.RiskRaidActionStatusCancelled;
  }
}

export function appetiteLevelName(l: AppetiteLevel): string {
  switch (l) {
    case 'averse':
      return strings.RiskRaidLevelAverse;
    case 'minimal':
      return strings.RiskRaidLevelMinimal;
    case 'cautious':
      return strings.RiskRaidLevelCautious;
    case 'open':
      return strings.RiskRaidLevelOpen;
    case 'eager':
      return strings.RiskRaidLevelEager;
  }
}

export function ragName(r: Rag): string {
  switch (r) {
    case 'green':
      return strings.RiskRaidRagGreen;
    case 'amber':
      return strings.RiskRaidRagAmber;
    case 'redAmber':
      return strings.RiskRaidRagRedAmber;
    case 'red':
      return strings.RiskRaidRagRed;
  }
}

/** "Amber (5–9)": the band a score falls in, with the band's range. */
export function bandText(score: number): string {
  const rag = ragOf(score);
  const band = RAG_BANDS.filter((b) => b.rag === rag)[0];
  return formatText(strings.RiskRaidBandRange, ragName(rag), band.min, band.max);
}

export function kindName(k: RiskKind): string {
  return k === 'threat' ? strings.RiskRaidKindThreat : strings.RiskRaidKindOpportunity;
}

export function riskStatusName(s: RiskStatus): string {
  switch (s) {
    case 'proposed':
      return strings.RiskRaidRiskStatusProposed;
    case 'open':
      return strings.RiskRaidRiskStatusOpen;
    case 'closed':
      return strings.RiskRaidRiskStatusClosed;
  }
}

export function responseName(r: RiskResponse): string {
  switch (r) {
    case 'avoid':
      return strings.RiskRaidResponseAvoid;
    case 'reduce':
      return strings.RiskRaidResponseReduce;
    case 'transfer':
      return strings.RiskRaidResponseTransfer;
    case 'share':
      return strings.RiskRaidResponseShare;
    case 'accept':
      return strings.RiskRaidResponseAccept;
    case 'exploit':
      return strings.RiskRaidResponseExploit;
    case 'enhance':
      return strings.RiskRaidResponseEnhance;
  }
}

export function proximityName(p: Proximity): string {
  switch (p) {
    case 'imminent':
      return strings.RiskRaidProximityImminent;
    case 'withinMonth':
      return strings.RiskRaidProximityWithinMonth;
    case 'withinQuarter':
      return strings.RiskRaidProximityWithinQuarter;
    case 'withinYear':
      return strings.RiskRaidProximityWithinYear;
    case 'beyondYear':
      return strings.RiskRaidProximityBeyondYear;
  }
}

export function escalationName(e: EscalationLevel): string {
  switch (e) {
    case 'none':
      return strings.RiskRaidEscalationNone;
    case 'forceExecutive':
      return strings.RiskRaidEscalationForceExecutive;
    case 'jointChiefOfficers':
      return strings.RiskRaidEscalationJointChiefOfficers;
    case 'national':
      return strings.RiskRaidEscalationNational;
  }
}

/** A force as shown: Kent, Essex, "Joint (Kent and Essex)" for the joint force; `null` is every force. */
export function forceName(force: string | null): string {
  if (force === null || force.trim() === '') return strings.RiskRaidAllForces;
  return force.trim().toLowerCase() === JOINT.toLowerCase() ? strings.RiskRaidForceJoint : force;
}

// ---------------------------------------------------------------------------------------------------
// Field names

const FIELD_NAMES: Readonly<Record<string, () => string>> = {
  // RAID items and actions
  type: () => strings.RiskRaidFieldType,
  reference: () => strings.RiskRaidFieldReference,
  title: () => strings.RiskRaidFieldTitle,
  description: () => strings.RiskRaidFieldDescription,
  category: () => strings.RiskRaidFieldTopic,
  force: () => strings.RiskRaidFieldForce,
  ownerUpn: () => strings.RiskRaidFieldOwner,
  raisedOn: () => strings.RiskRaidFieldRaisedOn,
  dueDate: () => strings.RiskRaidFieldDue,
  status: () => strings.RiskRaidFieldStatus,
  closedOn: () => strings.RiskRaidFieldClosedOn,
  priority: () => strings.RiskRaidFieldPriority,
  riskIds: () => strings.RiskRaidFieldRisks,
  meetingId: () => strings.RiskRaidFieldMeeting,
  meetingDate: () => strings.RiskRaidFieldMeetingDate,
  resolution: () => strings.RiskRaidFieldResolution,
  completedOn: () => strings.RiskRaidFieldCompletedOn,
  notes: () => strings.RiskRaidFieldNotes,
  // Risks (import)
  kind: () => strings.RiskRaidFieldKind,
  cause: () => strings.RiskRaidFieldCause,
  event: () => strings.RiskRaidFieldEvent,
  effect: () => strings.RiskRaidFieldEffect,
  actionees: () => strings.RiskRaidFieldActionees,
  inherent: () => strings.RiskRaidFieldInherent,
  current: () => strings.RiskRaidFieldCurrent,
  target: () => strings.RiskRaidFieldTarget,
  inherentLikelihood: () => strings.RiskRaidFieldInherentLikelihood,
  inherentImpact: () => strings.RiskRaidFieldInherentImpact,
  currentLikelihood: () => strings.RiskRaidFieldCurrentLikelihood,
  currentImpact: () => strings.RiskRaidFieldCurrentImpact,
  targetLikelihood: () => strings.RiskRaidFieldTargetLikelihood,
  targetImpact: () => strings.RiskRaidFieldTargetImpact,
  inherentScore: () => strings.RiskRaidFieldInherentScore,
  currentScore: () => strings.RiskRaidFieldCurrentScore,
  targetScore: () => strings.RiskRaidFieldTargetScore,
  proximity: () => strings.RiskRaidFieldProximity,
  response: () => strings.RiskRaidFieldResponse,
  controls: () => strings.RiskRaidFieldControls,
  reviewDate: () => strings.RiskRaidFieldReviewDate,
  escalation: () => strings.RiskRaidFieldEscalation,
  escalatedOn: () => strings.RiskRaidFieldEscalatedOn,
  escalationNote: () => strings.RiskRaidFieldEscalationNote,
  closureNote: () => strings.RiskRaidFieldClosureNote,
  assessedOn: () => strings.RiskRaidFieldAssessedOn,
  maxScore: () => strings.RiskRaidFieldMaxScore,
  level: () => strings.RiskRaidFieldLevel,
  rationale: () => strings.RiskRaidFieldRationale
};

/** A column's name; `Kent ownerUpn` (a force's assessment column) reads "Kent: Owner". */
export function fieldName(field: string): string {
  const m = /^(\S+) (\S+)$/.exec(field);
  if (m !== null && FIELD_NAMES[m[2]] !== undefined) return formatText(strings.RiskRaidFieldOfForce, forceName(m[1]), FIELD_NAMES[m[2]]());
  const name = FIELD_NAMES[field];
  return name !== undefined ? name() : field;
}

// ---------------------------------------------------------------------------------------------------
// Problems

/** The message for a problem at a form's field (`risks.problem.<code>`). */
export function problemText(p: IFieldProblem): string {
  switch (p.code) {
    case 'required':
      switch (p.field) {
        case 'closedOn':
          return strings.RiskRaidProblemClosedOnRequired;
        case 'completedOn':
          return strings.RiskRaidProblemCompletedOnRequired;
        case 'riskIds':
          return strings.RiskRaidProblemRisksRequired;
        case 'ownerUpn':
          return strings.RiskRaidProblemOwnerRequired;
        case 'category':
        case 'force':
          return strings.RiskRaidProblemChooseRequired;
        default:
          return strings.RiskRaidProblemRequired;
      }
    case 'tooLong':
      return strings.RiskRaidProblemTooLong;
    case 'notASignInName':
      return strings.RiskRaidProblemNotASignInName;
    case 'referenceFormat':
      return strings.RiskRaidProblemReferenceFormat;
    case 'referenceTaken':
      return strings.RiskRaidProblemReferenceTaken;
    case 'invalidDate':
      return strings.RiskRaidProblemInvalidDate;
    case 'outOfRange':
      return strings.RiskRaidProblemOutOfRange;
    case 'responseForKind':
      return strings.RiskRaidProblemResponseForKind;
    case 'currentRequired':
      return strings.RiskRaidProblemCurrentRequired;
    case 'jointScoresOnAssessments':
      return strings.RiskRaidProblemJointScoresOnAssessments;
    case 'currentAboveInherent':
      return strings.RiskRaidProblemCurrentAboveInherent;
    case 'targetAboveCurrent':
      return strings.RiskRaidProblemTargetAboveCurrent;
    case 'escalatedOnMissing':
      return strings.RiskRaidProblemEscalatedOnMissing;
    default:
      return formatText(strings.RiskRaidProblemOther, p.code);
  }
}

/** Field problems from the repository's `ValidationError` (keys `risks.problem.<code>`). */
export function problemsOfKeys(problems: ReadonlyArray<{ field?: string; key: string }>): IFieldProblem[] {
  const out: IFieldProblem[] = [];
  for (const p of problems) {
    const m = /^risks\.problem\.(\w+)$/.exec(p.key);
    if (m !== null && p.field !== undefined) out.push({ field: p.field, code: m[1] });
  }
  return out;
}

/** The message for a failed write that is not a conflict: permission, throttling, connection, gone. */
export function writeFailure(error: unknown): string {
  if (error instanceof ForbiddenError && !error.digestRejected) return strings.RiskRaidForbidden;
  if (error instanceof NotFoundError) return strings.RiskRaidGone;
  return errorMessage(error);
}

// ---------------------------------------------------------------------------------------------------
// Values in "what changed"

/** A stored column value as read: names for keys, days as dates, linked risks by reference. */
export function valueText(field: string, value: FieldValue, locale: string, riskRefs: (ids: string) => string): string {
  if (value === null || value === '') return strings.RiskRaidEmptyValue;
  const text = String(value);
  const plain = field.replace(/^\S+ /, '');
  switch (plain) {
    case 'category':
      return categoryName(text as RiskCategory);
    case 'type':
      return raidTypeName(text as RaidType);
    case 'priority':
      return priorityName(text as RaidPriority);
    case 'kind':
      return kindName(text as RiskKind);
    case 'response':
      return responseName(text as RiskResponse);
    case 'proximity':
      return proximityName(text as Proximity);
    case 'escalation':
      return escalationName(text as EscalationLevel);
    case 'force':
      return forceName(text);
    case 'riskIds':
      return riskRefs(text);
    default:
      break;
  }
  if (plain === 'status') {
    const names: Record<string, string> = {
      open: strings.RiskRaidStatusOpen,
      inProgress: strings.RiskRaidStatusInProgress,
      closed: strings.RiskRaidStatusClosed,
      proposed: strings.RiskRaidRiskStatusProposed,
      notStarted: strings.RiskRaidActionStatusNotStarted,
      done: strings.RiskRaidActionStatusDone,
      cancelled: strings.RiskRaidActionStatusCancelled
    };
    return names[text] ?? text;
  }
  return isDay(text) ? formatDay(text, locale) : text;
}

// ---------------------------------------------------------------------------------------------------
// Import

export function importActionName(a: ImportAction): string {
  switch (a) {
    case 'create':
      return strings.RiskRaidImportWillCreate;
    case 'update':
      return strings.RiskRaidImportWillUpdate;
    case 'unchanged':
      return strings.RiskRaidImportWillLeave;
    case 'rejected':
      return strings.RiskRaidImportWillReject;
  }
}

export function importOutcomeText(o: IImportOutcome): string {
  switch (o.outcome) {
    case 'created':
      return strings.RiskRaidImportOutcomeCreated;
    case 'updated':
      return strings.RiskRaidImportOutcomeUpdated;
    case 'unchanged':
      return strings.RiskRaidImportOutcomeUnchanged;
    case 'alreadyApplied':
      return strings.RiskRaidImportOutcomeAlreadyApplied;
    case 'rejected':
      return strings.RiskRaidImportOutcomeRejected;
    case 'conflict':
      return strings.RiskRaidImportOutcomeConflict;
    case 'failed':
      return formatText(strings.RiskRaidImportOutcomeFailed, writeFailure(o.error));
  }
}

/** The values a choice column accepts, named as the import reads them. */
function acceptedValues(field: string): string | undefined {
  switch (field) {
    case 'category':
      return strings.RiskRaidImportAcceptsTopic;
    case 'kind':
      return strings.RiskRaidImportAcceptsKind;
    case 'response':
      return strings.RiskRaidImportAcceptsResponse;
    case 'proximity':
      return strings.RiskRaidImportAcceptsProximity;
    case 'status':
      return strings.RiskRaidImportAcceptsStatus;
    case 'escalation':
      return strings.RiskRaidImportAcceptsEscalation;
    default:
      return undefined;
  }
}

/**
 * One dry-run problem in the user's language, without its place (line and column are shown beside it):
 * `risks.import.<code>` reading the file, `risks.problem.<code>` the risk's own rules. `cell` is the
 * file's value the problem is about.
 */
export function importProblemText(p: IImportProblem, cell: string | undefined, plan: IRiskImportPlan): string {
  const value = (cell ?? '').trim();
  const m = /^risks\.(import|problem)\.(\w+)$/.exec(p.key);
  if (m === null) return p.detail;
  if (m[1] === 'problem') return problemText({ field: p.field ?? '', code: m[2] });
  switch (m[2]) {
    case 'empty':
      return strings.RiskRaidImportEmpty;
    case 'noReferenceColumn':
      return strings.RiskRaidImportNoReferenceColumn;
    case 'duplicateColumn':
      return formatText(strings.RiskRaidImportDuplicateColumn, p.column ?? '');
    case 'ignoredColumn':
      return formatText(strings.RiskRaidImportIgnoredColumn, p.column ?? '');
    case 'unterminatedQuote':
      return strings.RiskRaidImportUnterminatedQuote;
    case 'quoteInUnquotedField':
      return strings.RiskRaidImportQuoteInUnquotedField;
    case 'textAfterClosingQuote':
      return strings.RiskRaidImportTextAfterClosingQuote;
    case 'extraCells':
      return strings.RiskRaidImportExtraCells;
    case 'referenceRequired':
      return strings.RiskRaidImportReferenceRequired;
    case 'duplicateReference': {
      const earlier = firstLineOf(plan, value, p.line);
      return earlier !== undefined ? formatText(strings.RiskRaidImportDuplicateReference, value, earlier) : formatText(strings.RiskRaidImportDuplicateReferenceNoLine, value);
    }
    case 'categoryRequired':
      return strings.RiskRaidImportCategoryRequired;
    case 'unknownValue': {
      const accepted = acceptedValues(p.field ?? '');
      return accepted !== undefined ? formatText(strings.RiskRaidImportUnknownValueOf, value, accepted) : formatText(strings.RiskRaidImportUnknownValue, value);
    }
    case 'invalidLevel':
      return formatText(/impact/i.test(p.field ?? '') ? strings.RiskRaidImportInvalidImpact : strings.RiskRaidImportInvalidLikelihood, value);
    case 'invalidDate':
      return formatText(strings.RiskRaidImportInvalidDate, value);
    case 'scoreIncomplete':
      return strings.RiskRaidImportScoreIncomplete;
    case 'scoreWithoutLevels':
      return formatText(strings.RiskRaidImportScoreWithoutLevels, value);
    case 'scoreMismatch':
      return formatText(strings.RiskRaidImportScoreMismatch, value);
    case 'ownerNotSignInName':
      return formatText(strings.RiskRaidImportOwnerNotSignInName, value);
    case 'jointPlainScoresIgnored':
      return strings.RiskRaidImportJointPlainScoresIgnored;
    case 'jointScoresCopied':
      return strings.RiskRaidImportJointScoresCopied;
    case 'forceScoresIgnored':
      return strings.RiskRaidImportForceScoresIgnored;
    default:
      return p.detail;
  }
}

/** Where a dry-run problem is: "Line 4, column “Owner”", "Line 4", or the field's name. */
export function importProblemPlace(p: IImportProblem): string {
  if (p.column !== undefined && p.line > 0) return formatText(strings.RiskRaidImportAtLineColumn, p.line, p.column);
  if (p.column !== undefined) return formatText(strings.RiskRaidImportAtColumn, p.column);
  if (p.field !== undefined && p.field !== '' && p.line > 0) return formatText(strings.RiskRaidImportAtLineField, p.line, fieldName(p.field));
  return p.line > 0 ? formatText(strings.RiskRaidImportAtLine, p.line) : strings.RiskRaidImportAtFile;
}
