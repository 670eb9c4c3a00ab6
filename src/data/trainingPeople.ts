/**
 * The people behind a dashboard number, for those allowed to see people: training leads anyone in the
 * scope, managers only their direct reports (the app's scope — SharePoint would let a manager read every
 * completion, see the README's list reference). Reads the directory by its indexed columns and the
 * records either per person (small scopes) or in parallel Id windows (a whole force), never a scan
 * that could meet the list view threshold.
 */
import { licenceReadiness, moduleStatus, type ILicenceReadiness } from '../domain/training/status';
import type { ICompletion, ILearner, IModuleStatus, ITrainingModule } from '../domain/training/types';
import { PeopleList, type Person } from '../lists/people';
import { TrainingCompletionsList } from '../lists/training';
import { filterFor } from './odata';
import { collectPages, queryIndexed, readAllSideBySide, scanByIdRange } from './paging';
import { PeopleRepository } from './PeopleRepository';
import type { DataSite } from './sp';
import { completionsOfMany, learnerFromPerson } from './teamTraining';
import { completionFromItem } from './TrainingRepository';

export interface IPeopleScope {
  force?: string;
  department?: string;
  /** Only this manager's direct reports. */
  managerUpn?: string;
}

export interface IPersonTraining {
  displayName: string;
  learner: ILearner;
  /** Status on every module given that applies to them. */
  statuses: IModuleStatus[];
  readiness: ILicenceReadiness;
}

/** Above this many people, records are read in Id windows rather than per person. */
const PER_PERSON_LIMIT = 1000;
const people = filterFor(PeopleList);
const records = filterFor(TrainingCompletionsList);

async function peopleIn(site: DataSite, scope: IPeopleScope): Promise<Person[]> {
  const repo = new PeopleRepository(site);
  if (scope.managerUpn !== undefined) return repo.reportsOf(scope.managerUpn);
  if (scope.force !== undefined && scope.department !== undefined) return collectPages(repo.inDepartment(scope.force, scope.department));
  if (scope.force !== undefined) return collectPages(queryIndexed(site, PeopleList, people.eq('force', scope.force)));
  return collectPages(scanByIdRange(site, PeopleList));
}

async function recordsOf(site: DataSite, learners: readonly ILearner[], force: string | undefined): Promise<Map<string, ICompletion[]>> {
  if (learners.length <= PER_PERSON_LIMIT) return completionsOfMany(site, learners.map((l) => l.upn));
  const byUpn = new Map<string, ICompletion[]>(learners.map((l) => [l.upn, []]));
  const items = await readAllSideBySide(site, TrainingCompletionsList, {
    keys: ['upn', 'moduleKey', 'completedOn', 'policyVersion', 'score'],
    filter: force !== undefined ? records.eq('force', force) : undefined
  });
  for (const item of items) byUpn.get(item.upn.trim().toLowerCase())?.push(completionFromItem(item));
  return byUpn;
}

/** Everyone in the scope (leavers left out) with their status on the given modules, by name. */
export async function loadPeopleTraining(site: DataSite, modules: readonly ITrainingModule[], scope: IPeopleScope, today: string): Promise<IPersonTraining[]> {
  const found = await peopleIn(site, scope);
  const seen = new Set<string>();
  const inScope = found.filter((p) => {
    const upn = p.upn.trim().toLowerCase();
    if (seen.has(upn)) return false;
    seen.add(upn);
    return (
      (scope.force === undefined || p.force === scope.force) &&
      (scope.department === undefined || p.department === scope.department) &&
      (p.leaveDate === null || p.leaveDate === undefined || p.leaveDate > today)
    );
  });
  const learners = inScope.map(learnerFromPerson);
  const byUpn = await recordsOf(site, learners, scope.force);
  return inScope
    .map((person, i) => {
      const learner = learners[i];
      const mine = byUpn.get(learner.upn) ?? [];
      return {
        displayName: person.displayName,
        learner,
        statuses: modules.map((m) => moduleStatus(m, learner, mine, today)).filter((s): s is IModuleStatus => s !== undefined),
        readiness: licenceReadiness(modules, learner, mine, today)
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
