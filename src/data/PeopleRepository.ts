/**
 * The People directory on the data site: threshold-safe reads, and applying a directory import.
 *
 * An import is two steps so that a person can check it first: `planImport` (parse, validate, read
 * the current list, diff; writes nothing) and `applyPlan` (refuses any plan whose report has an
 * error; creates joiners and updates the others in `$batch` chunks, each write safe to repeat).
 * People are never deleted: leavers get a leave date.
 */
import { PeopleList, PeopleListDef, Person } from '../lists/people';
import { DirectoryDiff, PersonUpdate, diffDirectory } from '../domain/people/diff';
import { DirectoryColumn, ImportOptions, ImportReport, readDirectoryExport } from '../domain/people/directoryImport';
import { DataSite } from './sp';
import { collectPages, queryIndexed, scanByIdRange, ReadOptions } from './paging';
import { filterFor } from './odata';
import { createItems, updateItems, WriteOptions } from './writes';
import { DataError, ValidationError } from './errors';

export interface ImportPlan {
  readonly report: ImportReport;
  /** `null` when the report has any problem: such a plan can never be applied. */
  readonly diff: DirectoryDiff | null;
}

export interface ApplyFailure {
  readonly upn: string;
  readonly error: DataError;
}

export interface ApplyResult {
  readonly created: number;
  readonly updated: number;
  readonly failures: readonly ApplyFailure[];
}

export interface PlanOptions extends ImportOptions {
  /** Leave date for people missing from the export, `YYYY-MM-DD`. */
  readonly today: string;
  /** See `DiffOptions.scopeForces`. */
  readonly scopeForces?: readonly string[];
}

const people = filterFor(PeopleList);

export class PeopleRepository {
  public constructor(
    private readonly site: DataSite,
    private readonly options: ReadOptions & WriteOptions = {}
  ) {}

  /** Every person, in Id windows (safe at any list size). */
  public pages(): AsyncGenerator<Person[], void, undefined> {
    return scanByIdRange(this.site, PeopleList, this.options);
  }

  public async readAll(): Promise<Person[]> {
    return collectPages(this.pages());
  }

  /** The person with this UPN (the oldest item if the list holds duplicates), or null. */
  public async findByUpn(upn: string): Promise<Person | null> {
    const found = await collectPages(queryIndexed(this.site, PeopleList, people.eq('upn', upn.trim().toLowerCase()), this.options));
    return found.length > 0 ? found[0] : null;
  }

  /** People of one department in one force (department is the indexed first clause). */
  public inDepartment(force: string, department: string): AsyncGenerator<Person[], void, undefined> {
    return queryIndexed(this.site, PeopleList, people.and(people.eq('department', department), people.eq('force', force)), this.options);
  }

  /** Direct reports of a manager. */
  public async reportsOf(managerUpn: string): Promise<Person[]> {
    return collectPages(queryIndexed(this.site, PeopleList, people.eq('managerUpn', managerUpn.trim().toLowerCase()), this.options));
  }

  /** Parses, validates and diffs an export against the list. Writes nothing. */
  public async planImport(csvText: string, options: PlanOptions): Promise<ImportPlan> {
    const report = readDirectoryExport(csvText, options);
    if (!report.ok) return { report, diff: null };
    const columns = Object.keys(report.mapping).map((h) => report.mapping[h]) as DirectoryColumn[];
    const current = await this.readAll();
    const diff = diffDirectory(current, report.records, { today: options.today, columns, scopeForces: options.scopeForces });
    return { report, diff };
  }

  /**
   * Applies a plan. SharePoint has no transactions, so a write can still fail here (a conflict with
   * someone's edit, a permission change); such people are listed and the rest applied. Planning and
   * applying again is safe: the diff only contains what still differs.
   */
  public async applyPlan(plan: ImportPlan): Promise<ApplyResult> {
    if (!plan.report.ok || plan.diff === null) {
      throw new ValidationError(plan.report.problems.map((p) => ({ key: p.key, field: p.column, detail: p.detail })));
    }
    const diff = plan.diff;
    const failures: ApplyFailure[] = [];
    const created = await createItems(this.site, PeopleList, diff.joiners, this.options);
    created.forEach((o, i) => {
      if (!o.ok) failures.push({ upn: diff.joiners[i].upn, error: o.error });
    });
    const changes: PersonUpdate[] = [...diff.movers, ...diff.leavers, ...diff.rejoiners, ...diff.updated];
    const updated = await updateItems<PeopleListDef>(
      this.site,
      PeopleList,
      changes.map((c) => ({ id: c.id, etag: c.etag, patch: c.patch })),
      this.options
    );
    updated.forEach((o, i) => {
      if (!o.ok) failures.push({ upn: changes[i].upn, error: o.error });
    });
    return {
      created: created.filter((o) => o.ok).length,
      updated: updated.filter((o) => o.ok).length,
      failures
    };
  }
}

