/**
 * What the suite holds on one person, list by list, and the retention rule for each: what a subject
 * access request exports, and what removal under the retention rules deletes (and when).
 *
 * Decisions (README "Subject access and removal"):
 * - Survey responses, "this helped me" votes, questions to the champions and poor-output reports are the
 *   person's own contributions: removed on request. Published survey results are aggregates of at least
 *   the smallest reported group and name nobody; an answered question that became an FAQ lives on as the
 *   champions' catalogue entry, which does not name the asker.
 * - Training records are evidence that the mandatory training was done: kept while the person is in the
 *   workforce and for `TRAINING_RETENTION_YEARS` after their leave date, then removed.
 * - The People row is kept as long as training records are (they are reported against it), then removed.
 * - What the person owns on behalf of the programme (catalogue entries, risks, actions, RAID items, force
 *   assessments, meetings they chaired) is an organisational record: exported, never removed by this step;
 *   the export says to give it a new owner.
 */

export type RetentionRule = 'onRequest' | 'afterLeaving' | 'organisational';

export interface IPersonSource {
  /** The list's key in the suite (`ListDefinition.key`). */
  readonly listKey: string;
  /** The column holding the person's sign-in name. */
  readonly column: string;
  readonly rule: RetentionRule;
}

/** Years training records (and the People row) are kept after the leave date. */
export const TRAINING_RETENTION_YEARS = 6;

/** Every list and column that holds a person's sign-in name. */
export const PERSON_SOURCES: readonly IPersonSource[] = [
  { listKey: 'people', column: 'upn', rule: 'afterLeaving' },
  { listKey: 'trainingCompletions', column: 'upn', rule: 'afterLeaving' },
  { listKey: 'surveyResponses', column: 'upn', rule: 'onRequest' },
  { listKey: 'catalogueVotes', column: 'upn', rule: 'onRequest' },
  { listKey: 'championQuestions', column: 'askerUpn', rule: 'onRequest' },
  { listKey: 'poorOutputReports', column: 'reporterUpn', rule: 'onRequest' },
  { listKey: 'catalogueEntries', column: 'ownerUpn', rule: 'organisational' },
  { listKey: 'risks', column: 'ownerUpn', rule: 'organisational' },
  { listKey: 'riskAssessments', column: 'ownerUpn', rule: 'organisational' },
  { listKey: 'riskActions', column: 'ownerUpn', rule: 'organisational' },
  { listKey: 'raidItems', column: 'ownerUpn', rule: 'organisational' },
  { listKey: 'boardMeetings', column: 'chairUpn', rule: 'organisational' }
];

/** The day (YYYY-MM-DD) records kept "after leaving" may be removed, or undefined while the person has not left. */
export function removableFrom(leaveDate: string | undefined): string | undefined {
  if (leaveDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(leaveDate)) return undefined;
  const years = Number(leaveDate.slice(0, 4)) + TRAINING_RETENTION_YEARS;
  // 29 February plus whole years lands on 28 February when that year has no 29th.
  const day = leaveDate.slice(5) === '02-29' && !isLeapYear(years) ? '02-28' : leaveDate.slice(5);
  return `${years}-${day}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export type RemovalDecision =
  | { readonly remove: true }
  | { readonly remove: false; readonly reason: 'organisational' }
  | { readonly remove: false; readonly reason: 'inWorkforce' }
  | { readonly remove: false; readonly reason: 'retained'; readonly until: string };

/** Whether a source's records may be removed today, for a person with this leave date. */
export function removalDecision(rule: RetentionRule, leaveDate: string | undefined, today: string): RemovalDecision {
  if (rule === 'onRequest') return { remove: true };
  if (rule === 'organisational') return { remove: false, reason: 'organisational' };
  const from = removableFrom(leaveDate);
  if (from === undefined || (leaveDate as string) > today) return { remove: false, reason: 'inWorkforce' };
  return today >= from ? { remove: true } : { remove: false, reason: 'retained', until: from };
}
