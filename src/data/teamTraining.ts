/**
 * A line manager's team: their direct reports from the People directory and the reports' training
 * records, read in as few round trips as the list view threshold allows.
 *
 * - Completions of many people: `trcUpn eq 'a' or trcUpn eq 'b' …`, at most 25 people per request.
 *   Every clause of the OR is on the indexed `trcUpn`, so each request stays threshold-safe on a list of
 *   any size; 25 keeps the URL well under SharePoint's limits. The requests run side by side, at most 6
 *   at a time (a browser's connections per host), so a team of 150 costs one round trip of latency.
 * - Security is SharePoint's: completions have item-level security, so only people holding Override
 *   List Behaviors (the managers and training leads groups) get anyone else's records back. For anyone
 *   else the same request quietly returns only their own records. The app only narrows a manager's view
 *   to their own reports.
 */
import type { ICompletion, ILearner, WorkerType } from '../domain/training/types';
import type { ITeamMember } from '../domain/training/team';
import { dayInLondon } from '../domain/training/days';
import { PeopleRepository } from './PeopleRepository';
import type { Person } from '../lists/people';
import { TrainingCompletionsList } from '../lists/training';
import { completionFromItem } from './TrainingRepository';
import { chunks } from './batch';
import { filterFor } from './odata';
import { collectPages, queryIndexed, type ReadOptions } from './paging';
import type { DataSite } from './sp';

/** People per completions request: 25 OR clauses on `trcUpn`. */
export const UPNS_PER_REQUEST: number = 25;
/** Completions requests in flight at once. */
export const PARALLEL_REQUESTS: number = 6;

const completions = filterFor(TrainingCompletionsList);

/** Only what `completionFromItem` reads: the attestation text and prior state are not needed here. */
const COMPLETION_KEYS: readonly string[] = ['upn', 'moduleKey', 'completedOn', 'policyVersion', 'score'];

/** Paging and mapping as for any read; the columns are this module's choice. */
export interface ManyReadOptions extends Omit<ReadOptions, 'keys'> {
  /** People per request, 1–25. */
  readonly upnsPerRequest?: number;
  /** Requests in flight at once, ≥ 1. */
  readonly parallel?: number;
}

/** Runs `task` over `items`, at most `limit` at a time; rejects with the first failure. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function clamp(value: number | undefined, fallback: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(value ?? fallback)));
}

/**
 * The completions of many people, keyed by lower-case UPN; every person asked about has an entry (empty
 * when they have no records, or when the caller may not read them). Records within a person are in Id
 * (creation) order.
 */
export async function completionsOfMany(site: DataSite, upns: readonly string[], options: ManyReadOptions = {}): Promise<Map<string, ICompletion[]>> {
  const wanted = upns.map((u) => u.trim().toLowerCase()).filter((u, i, all) => u !== '' && all.indexOf(u) === i);
  const byUpn = new Map<string, ICompletion[]>(wanted.map((u) => [u, []]));
  const { upnsPerRequest, parallel, ...read } = options;
  const groups = chunks(wanted, clamp(upnsPerRequest, UPNS_PER_REQUEST, UPNS_PER_REQUEST));
  await eachLimited(groups, clamp(parallel, PARALLEL_REQUESTS, Number.MAX_SAFE_INTEGER), async (group) => {
    const items = await collectPages(queryIndexed(site, TrainingCompletionsList, completions.oneOf('upn', group), { ...read, keys: COMPLETION_KEYS }));
    for (const item of items) byUpn.get(item.upn.trim().toLowerCase())?.push(completionFromItem(item));
  });
  return byUpn;
}

/** A People record as the training rules see it (UPN lower case, empty text for missing columns). */
export function learnerFromPerson(person: Person): ILearner {
  return {
    upn: person.upn.trim().toLowerCase(),
    force: person.force,
    department: person.department ?? '',
    grade: person.grade ?? '',
    workerType: (person.workerType ?? 'Other') as WorkerType,
    jobTitle: person.jobTitle ?? '',
    startDate: person.startDate ?? undefined,
    leaveDate: person.leaveDate ?? undefined
  };
}

export interface ITeamData {
  /** Current direct reports, in directory order. */
  members: ITeamMember[];
  /** Records of the current reports, keyed by lower-case UPN. */
  completions: Map<string, ICompletion[]>;
  /**
   * Reports whose leave date is today or earlier. People are never deleted from the directory and HR
   * exports often keep a leaver's manager, so they still come back from `reportsOf`. Nothing applies to
   * a leaver (`appliesTo`), so they are not part of the team view or its counts and their records are
   * not read; they are returned so the view can say how many were left out.
   */
  leavers: ITeamMember[];
}

/**
 * A manager's team: direct reports by the People list's indexed manager UPN, then their completions.
 * Someone recorded as their own manager, and duplicate directory entries (the oldest wins, as in
 * `findByUpn`), are left out. People with a leave date in the future are still in the team.
 */
export async function loadTeam(site: DataSite, managerUpn: string, today: string = dayInLondon(new Date()), options: ManyReadOptions = {}): Promise<ITeamData> {
  const manager = managerUpn.trim().toLowerCase();
  const people = await new PeopleRepository(site, { pageSize: options.pageSize, mapping: options.mapping }).reportsOf(manager);
  const seen = new Set<string>([manager]);
  const members: ITeamMember[] = [];
  const leavers: ITeamMember[] = [];
  for (const person of people) {
    const learner = learnerFromPerson(person);
    if (seen.has(learner.upn)) continue;
    seen.add(learner.upn);
    const member: ITeamMember = { learner, displayName: person.displayName };
    if (learner.leaveDate !== undefined && learner.leaveDate <= today) leavers.push(member);
    else members.push(member);
  }
  const records = await completionsOfMany(site, members.map((m) => m.learner.upn), options);
  return { members, completions: records, leavers };
}
