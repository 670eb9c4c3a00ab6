/**
 * The board view's words: meeting states, the changes "since last board" reports (with the direction of a
 * re-score in words beside its arrow), the live indicators' names, values and sources, and the message of
 * every problem its forms report. Pure: strings and formatting only.
 */
import * as strings from 'SuiteStrings';
import { ForbiddenError, NotFoundError } from '../../../../data/errors';
import { ALL_FORCES } from '../../../../domain/board/indicators';
import type { IBoardMeeting, IBoardIndicator, IIndicatorRow, IndicatorKey, IndicatorUnit, ProtectiveMarking } from '../../../../domain/board/types';
import type { DeltaKind, IDeltaItem } from '../../../../domain/risks/delta';
import type { Direction } from '../../../../domain/risks/scoring';
import type { EscalationLevel, IScore } from '../../../../domain/risks/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import type { IFieldProblem } from './boardModel';
import { problemText as raidProblemText, raidTypeName } from '../raid/raidText';
import { escalationName, formatInstant } from '../risk/riskText';

/** The markings are the Government Security Classifications' own words: never translated. */
export function markingName(m: ProtectiveMarking): string {
  return m;
}

export function meetingStatusName(s: IBoardMeeting['status']): string {
  return s === 'closed' ? strings.BoardStatusClosed : strings.BoardStatusOpen;
}

// ---------------------------------------------------------------------------------------------------
// Since last board

const KIND: Record<DeltaKind, string> = {
  new: strings.BoardDeltaNew,
  removed: strings.BoardDeltaRemoved,
  closed: strings.BoardDeltaClosed,
  reopened: strings.BoardDeltaReopened,
  rescored: strings.BoardDeltaRescored,
  escalated: strings.BoardDeltaEscalated,
  deescalated: strings.BoardDeltaDeescalated,
  outOfAppetite: strings.BoardDeltaOutOfAppetite,
  backInAppetite: strings.BoardDeltaBackInAppetite,
  raidNew: strings.BoardDeltaRaidNew,
  raidClosed: strings.BoardDeltaRaidClosed
};

/** The change's name: "Re-scored", "New decision", "Action closed". */
export function deltaKindName(item: Pick<IDeltaItem, 'kind' | 'raidType'>): string {
  if (item.raidType !== null && (item.kind === 'raidNew' || item.kind === 'raidClosed')) return formatText(KIND[item.kind], raidTypeName(item.raidType));
  return KIND[item.kind];
}

/** The arrow drawn beside a re-score (its words say the same: see `directionWords`). */
export function directionArrow(direction: Direction | null): string {
  return direction === 'up' ? '\u2191' : direction === 'down' ? '\u2193' : '\u2194';
}

/** "Up", "Down", "Same score": the arrow's text alternative. */
export function directionWord(direction: Direction | null): string {
  return direction === 'up' ? strings.BoardDirectionUp : direction === 'down' ? strings.BoardDirectionDown : strings.BoardDirectionSame;
}

/** "4 × 4 = 16", or "not scored". */
export function scoreText(score: IScore | null): string {
  return score === null ? strings.BoardNotScored : formatText(strings.BoardScoreProduct, score.likelihood, score.impact, score.likelihood * score.impact);
}

function escalationText(l: EscalationLevel | null): string {
  return l === null ? strings.BoardNotScored : escalationName(l);
}

/**
 * What changed, in words: "Up from 3 × 4 = 12 to 4 × 4 = 16 (worse)", "From none to joint chief officers",
 * "Out of appetite at 16 (already out at the previous board)".
 */
export function deltaDetail(item: IDeltaItem): string {
  switch (item.kind) {
    case 'rescored': {
      const verdict = item.direction === 'same' ? strings.BoardVerdictSame : item.improved === true ? strings.BoardVerdictBetter : strings.BoardVerdictWorse;
      return formatText(strings.BoardRescoredDetail, directionWord(item.direction), scoreText(item.from), scoreText(item.to), verdict);
    }
    case 'escalated':
    case 'deescalated':
      return formatText(strings.BoardEscalationDetail, escalationText(item.fromEscalation), escalationText(item.toEscalation));
    case 'outOfAppetite':
      return formatText(item.continuing ? strings.BoardOutOfAppetiteStill : strings.BoardOutOfAppetiteNewly, item.toScore ?? 0);
    case 'backInAppetite':
      return formatText(strings.BoardBackInAppetiteDetail, item.fromScore ?? 0, item.toScore ?? 0);
    default:
      return '';
  }
}

// ---------------------------------------------------------------------------------------------------
// Indicators

const INDICATOR: Record<IndicatorKey, string> = {
  trainingReadiness: strings.BoardIndicatorTraining,
  benefitsRealisation: strings.BoardIndicatorBenefits,
  poorOutputs: strings.BoardIndicatorPoorOutputs
};

export function indicatorName(key: IndicatorKey): string {
  return INDICATOR[key] ?? key;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** "87.5%", "42 minutes a week", "3 reports", or "nothing published" for a force with no figure. */
export function indicatorValue(unit: IndicatorUnit, value: number | null, locale: string): string {
  if (value === null) return strings.BoardIndicatorNoValue;
  const n = formatNumber(value, locale);
  switch (unit) {
    case 'percent':
      return formatText(strings.BoardUnitPercent, n);
    case 'minutesPerWeek':
      return formatText(strings.BoardUnitMinutes, n);
    case 'count':
      return formatText(value === 1 ? strings.BoardUnitCountOne : strings.BoardUnitCount, n);
  }
}

/** What the base of a row counts, per unit: "of 1,200 assignments", "from 310 responses", "of 12 reports". */
export function indicatorBase(unit: IndicatorUnit, base: number | null, locale: string): string {
  if (base === null) return '';
  const n = formatNumber(base, locale);
  return formatText(unit === 'percent' ? strings.BoardBasePercent : unit === 'minutesPerWeek' ? strings.BoardBaseMinutes : strings.BoardBaseCount, n);
}

/** The row's force: "All forces" for the forces together. */
export function indicatorForce(row: Pick<IIndicatorRow, 'force'>): string {
  return row.force === ALL_FORCES ? strings.BoardIndicatorAllForces : row.force;
}

/** "From Training summary, published 20 Nov 2026, 18:00", or that nothing is published yet. */
export function indicatorSource(i: Pick<IBoardIndicator, 'source' | 'publishedAt'>, locale: string): string {
  return i.publishedAt === null ? formatText(strings.BoardIndicatorNothingYet, i.source) : formatText(strings.BoardIndicatorSource, i.source, formatInstant(i.publishedAt, locale));
}

// ---------------------------------------------------------------------------------------------------
// Problems

const MEETING_FIELD: Record<string, string> = {
  meetingDate: strings.BoardFieldDate,
  chairUpn: strings.BoardFieldChair,
  attendeeUpns: strings.BoardFieldAttendees,
  marking: strings.BoardFieldMarking,
  notes: strings.BoardFieldNotes
};

export function meetingFieldName(field: string): string {
  return MEETING_FIELD[field] ?? field;
}

export function meetingProblemText(p: IFieldProblem): string {
  switch (p.code) {
    case 'required':
      return p.field === 'chairUpn' ? strings.BoardProblemChairRequired : strings.BoardProblemDateRequired;
    case 'invalidDate':
      return strings.BoardProblemInvalidDate;
    case 'dayTaken':
      return strings.BoardProblemDayTaken;
    case 'notASignInName':
      return strings.BoardProblemNotSignIn;
    case 'invalidMarking':
      return strings.BoardProblemMarking;
    default:
      return formatText(strings.BoardProblemOther, meetingFieldName(p.field));
  }
}

const TRIAGE_FIELD: Record<string, string> = {
  kind: strings.BoardTriageOutcome,
  reference: strings.BoardTriageReference,
  title: strings.BoardTriageTitle,
  category: strings.BoardTriageTopic,
  force: strings.BoardTriageForce,
  ownerUpn: strings.BoardTriageOwner,
  note: strings.BoardTriageNote
};

export function triageFieldName(field: string): string {
  return TRIAGE_FIELD[field] ?? field;
}

export function triageProblemText(p: IFieldProblem): string {
  if (p.field === 'kind') return strings.BoardTriageChooseOutcome;
  if (p.field === 'note' && p.code === 'required') return strings.BoardTriageNoteRequired;
  return raidProblemText(p);
}

/** A failed write in words: permission, gone, otherwise the data layer's message (throttling, connection…). */
export function boardWriteFailure(error: unknown): string {
  if (error instanceof ForbiddenError && !error.digestRejected) return strings.BoardForbidden;
  if (error instanceof NotFoundError) return strings.BoardGone;
  return errorMessage(error);
}

const REPORT_CATEGORY: Record<string, string> = {
  inaccurate: strings.CatalogueReportShortInaccurate,
  madeUp: strings.CatalogueReportShortMadeUp,
  incomplete: strings.CatalogueReportShortIncomplete,
  outdatedPolicy: strings.CatalogueReportShortOutdated,
  inappropriate: strings.CatalogueReportShortInappropriate,
  other: strings.CatalogueReportShortOther
};

/** What went wrong in a poor-output report, in the catalogue's own words. */
export function reportCategoryName(category: string): string {
  return REPORT_CATEGORY[category] ?? category;
}
