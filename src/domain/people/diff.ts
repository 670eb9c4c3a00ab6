/**
 * Comparing a validated export with the People list: joiners (new UPNs), movers (force, department,
 * role or manager changed), leavers (given a leave date, or missing from a full export of their
 * force: never deleted, so their training history still resolves), other corrections, unchanged.
 * Pure: the People items and the export in, a plan out.
 */
import { ItemPatchOf } from '../../lists/define';
import { NewPerson, PeopleListDef, Person } from '../../lists/people';
import { DirectoryColumn, DirectoryRecord } from './directoryImport';

export type PersonPatch = ItemPatchOf<PeopleListDef>;

export interface FieldChange {
  readonly field: DirectoryColumn;
  readonly from: string | null;
  readonly to: string | null;
}

export interface PersonUpdate {
  readonly id: number;
  readonly etag: string;
  readonly upn: string;
  readonly patch: PersonPatch;
  readonly changes: readonly FieldChange[];
}

export interface DirectoryDiff {
  readonly joiners: readonly NewPerson[];
  /** Force, department, role or manager changed. */
  readonly movers: readonly PersonUpdate[];
  /** Newly given a leave date (by the export, or by absence from a full export of their force). */
  readonly leavers: readonly PersonUpdate[];
  /** Back in the export after leaving: the leave date is cleared. */
  readonly rejoiners: readonly PersonUpdate[];
  /** Only other details changed (name, grade, type, dates, object id). */
  readonly updated: readonly PersonUpdate[];
  readonly unchanged: number;
  /** Forces whose absent people were treated as leavers. */
  readonly scope: readonly string[];
  /** UPNs held by more than one People item (the oldest is used; the rest need a person's look). */
  readonly duplicateUpns: readonly string[];
}

export interface DiffOptions {
  /** Leave date given to people missing from the export. */
  readonly today: string;
  /** Columns the export carried: columns it did not carry are never cleared. */
  readonly columns: readonly DirectoryColumn[];
  /**
   * Forces the export covers completely. People of these forces missing from it become leavers.
   * Default: the forces that appear in the export. `[]` means a partial export: nobody leaves by absence.
   */
  readonly scopeForces?: readonly string[];
}

const MOVER_FIELDS: readonly DirectoryColumn[] = ['force', 'department', 'jobTitle', 'managerUpn'];
const COMPARED: readonly DirectoryColumn[] = [
  'displayName',
  'force',
  'department',
  'jobTitle',
  'grade',
  'workerType',
  'managerUpn',
  'startDate',
  'leaveDate',
  'entraObjectId'
];

function currentValue(p: Person, field: DirectoryColumn): string | null {
  const v = (p as unknown as Record<string, unknown>)[field];
  return typeof v === 'string' ? v : null;
}

function joinerOf(r: DirectoryRecord): NewPerson {
  const optional: Record<string, string> = {};
  (['department', 'jobTitle', 'grade', 'workerType', 'managerUpn', 'startDate', 'leaveDate', 'entraObjectId'] as const).forEach((k) => {
    const v = r[k];
    if (v !== null) optional[k] = v;
  });
  // Values were validated against the People schema by readDirectoryExport.
  return { displayName: r.displayName, upn: r.upn, force: r.force, ...optional } as NewPerson;
}

function patchOf(changes: readonly FieldChange[]): PersonPatch {
  const patch: Record<string, string | null> = {};
  changes.forEach((c) => (patch[c.field] = c.to));
  return patch as PersonPatch;
}

export function diffDirectory(current: readonly Person[], incoming: readonly DirectoryRecord[], options: DiffOptions): DirectoryDiff {
  const byUpn = new Map<string, Person>();
  const duplicateUpns: string[] = [];
  [...current]
    .sort((a, b) => a.id - b.id)
    .forEach((p) => {
      const key = p.upn.toLowerCase();
      if (byUpn.has(key)) {
        if (duplicateUpns.indexOf(key) < 0) duplicateUpns.push(key);
      } else byUpn.set(key, p);
    });

  const joiners: NewPerson[] = [];
  const movers: PersonUpdate[] = [];
  const leavers: PersonUpdate[] = [];
  const rejoiners: PersonUpdate[] = [];
  const updated: PersonUpdate[] = [];
  let unchanged = 0;
  const present = new Set<string>();
  const carried = (field: DirectoryColumn): boolean => options.columns.indexOf(field) >= 0;

  for (const r of incoming) {
    present.add(r.upn);
    const p = byUpn.get(r.upn);
    if (p === undefined) {
      joiners.push(joinerOf(r));
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of COMPARED) {
      const from = currentValue(p, field);
      // Being in the export means being employed unless it says otherwise: clear an old leave date.
      const to = field === 'leaveDate' ? r.leaveDate : carried(field) ? r[field] : from;
      if (from !== to) changes.push({ field, from, to });
    }
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    const update: PersonUpdate = { id: p.id, etag: p.etag, upn: p.upn, patch: patchOf(changes), changes };
    const leave = changes.filter((c) => c.field === 'leaveDate')[0];
    if (leave !== undefined && leave.to !== null) leavers.push(update);
    else if (leave !== undefined) rejoiners.push(update);
    else if (changes.some((c) => MOVER_FIELDS.indexOf(c.field) >= 0)) movers.push(update);
    else updated.push(update);
  }

  const scope = options.scopeForces ?? incoming.map((r) => r.force).filter((f, i, all) => all.indexOf(f) === i);
  byUpn.forEach((p, upn) => {
    if (present.has(upn) || p.leaveDate !== null || scope.indexOf(p.force) < 0) return;
    const changes: FieldChange[] = [{ field: 'leaveDate', from: null, to: options.today }];
    leavers.push({ id: p.id, etag: p.etag, upn: p.upn, patch: patchOf(changes), changes });
  });

  return { joiners, movers, leavers, rejoiners, updated, unchanged, scope, duplicateUpns };
}

/** Counts for a confirmation screen ("12 joiners, 3 movers, 40 leavers…"). */
export function summariseDiff(diff: DirectoryDiff): Readonly<Record<'joiners' | 'movers' | 'leavers' | 'rejoiners' | 'updated' | 'unchanged', number>> {
  return {
    joiners: diff.joiners.length,
    movers: diff.movers.length,
    leavers: diff.leavers.length,
    rejoiners: diff.rejoiners.length,
    updated: diff.updated.length,
    unchanged: diff.unchanged
  };
}
