/**
 * Validating an HR or Entra export into directory records. Headers are matched against known
 * aliases (Entra/Graph property names and common HR spellings); every problem is reported with its
 * line and column; the caller applies nothing unless the report has no errors at all.
 */
import { KNOWN_FORCES, WORKER_TYPES, WorkerType } from '../../lists/people';
import { parseCsv } from './csv';

/** One person as the export describes them, normalised. */
export interface DirectoryRecord {
  readonly line: number;
  readonly upn: string;
  readonly displayName: string;
  readonly force: string;
  readonly department: string | null;
  readonly jobTitle: string | null;
  readonly grade: string | null;
  readonly workerType: WorkerType | null;
  readonly managerUpn: string | null;
  readonly startDate: string | null;
  readonly leaveDate: string | null;
  readonly entraObjectId: string | null;
}

export type DirectoryColumn = Exclude<keyof DirectoryRecord, 'line'>;

/** Header aliases, compared after lower-casing and removing spaces, dots, dashes and underscores. */
export const COLUMN_ALIASES: Readonly<Record<DirectoryColumn, readonly string[]>> = {
  upn: ['userPrincipalName', 'upn', 'user principal name', 'sign-in name'],
  displayName: ['displayName', 'display name', 'name', 'full name'],
  force: ['force', 'companyName', 'company', 'organisation', 'organization'],
  department: ['department', 'dept'],
  jobTitle: ['jobTitle', 'job title', 'role', 'position'],
  grade: ['grade', 'rank', 'grade/rank', 'rank/grade', 'employeeGrade'],
  workerType: ['employeeType', 'employee type', 'worker type', 'staff type', 'officer/staff'],
  managerUpn: ['manager', 'managerUserPrincipalName', 'manager upn', 'managerUpn', 'line manager upn'],
  startDate: ['employeeHireDate', 'hire date', 'hireDate', 'start date', 'startDate'],
  leaveDate: ['employeeLeaveDateTime', 'leave date', 'leaveDate', 'end date', 'endDate'],
  entraObjectId: ['id', 'objectId', 'object id', 'entraObjectId']
};

const WORKER_TYPE_ALIASES: Readonly<Record<string, WorkerType>> = {
  officer: 'Officer',
  policeofficer: 'Officer',
  staff: 'Staff',
  policestaff: 'Staff',
  employee: 'Staff',
  pcso: 'PCSO',
  policecommunitysupportofficer: 'PCSO',
  special: 'Special',
  specialconstable: 'Special',
  other: 'Other',
  contractor: 'Other',
  volunteer: 'Other'
};

export interface ImportProblem {
  /** 0 for problems with the file or its header. */
  readonly line: number;
  readonly column?: string;
  /** Localisation key, e.g. `import.invalidUpn`. */
  readonly key: string;
  readonly detail: string;
}

export interface ImportOptions {
  /** Used when the file has no force column (a single-force export). */
  readonly defaultForce?: string;
  /** Forces accepted besides KNOWN_FORCES (a national rollout adds its own). */
  readonly extraForces?: readonly string[];
  /** Header names to skip without complaint (extra columns an export always carries). */
  readonly ignoreColumns?: readonly string[];
}

export interface ImportReport {
  /** True only when there are no problems at all: then, and only then, may anything be applied. */
  readonly ok: boolean;
  readonly records: readonly DirectoryRecord[];
  readonly problems: readonly ImportProblem[];
  /** Header text → column it was read as. */
  readonly mapping: Readonly<Record<string, DirectoryColumn>>;
  readonly unknownColumns: readonly string[];
}

const normaliseHeader = (h: string): string => h.toLowerCase().replace(/[\s._-]/g, '');

const UPN = /^[^\s@'"<>(),;:\\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MAX_LENGTHS: Partial<Record<DirectoryColumn, number>> = {
  displayName: 255,
  force: 255,
  department: 255,
  jobTitle: 255,
  grade: 100
};

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Reads a date as exports write it: `YYYY-MM-DD`, an ISO date-time (Entra's `employeeHireDate`,
 * whose date part is taken as is) or the UK `DD/MM/YYYY`. US order is never guessed.
 */
export function parseExportDate(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m !== null) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}

function mapHeader(header: readonly string[], options: ImportOptions): {
  index: Partial<Record<DirectoryColumn, number>>;
  mapping: Record<string, DirectoryColumn>;
  unknown: string[];
  problems: ImportProblem[];
} {
  const lookup: Record<string, DirectoryColumn> = {};
  (Object.keys(COLUMN_ALIASES) as DirectoryColumn[]).forEach((col) => COLUMN_ALIASES[col].forEach((a) => (lookup[normaliseHeader(a)] = col)));
  const ignored = (options.ignoreColumns ?? []).map(normaliseHeader);
  const index: Partial<Record<DirectoryColumn, number>> = {};
  const mapping: Record<string, DirectoryColumn> = {};
  const unknown: string[] = [];
  const problems: ImportProblem[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    const key = normaliseHeader(name);
    if (ignored.indexOf(key) >= 0) return;
    const col = lookup[key];
    if (col === undefined) {
      unknown.push(name);
      problems.push({ line: 1, column: name, key: 'import.unknownColumn', detail: `Column "${name}" is not known. Rename it or list it as ignored.` });
    } else if (index[col] !== undefined) {
      problems.push({ line: 1, column: name, key: 'import.duplicateColumn', detail: `Columns "${header[index[col] ?? 0].trim()}" and "${name}" both give ${col}.` });
    } else {
      index[col] = i;
      mapping[name] = col;
    }
  });
  const required: DirectoryColumn[] = ['upn', 'displayName'];
  if (options.defaultForce === undefined) required.push('force');
  required.forEach((col) => {
    if (index[col] === undefined) {
      problems.push({ line: 1, column: col, key: 'import.missingColumn', detail: `The file has no ${col} column (e.g. "${COLUMN_ALIASES[col][0]}").` });
    }
  });
  return { index, mapping, unknown, problems };
}

/** Parses and validates an export. Pure: no I/O, same answer for the same text and options. */
export function readDirectoryExport(text: string, options: ImportOptions = {}): ImportReport {
  const csv = parseCsv(text);
  const problems: ImportProblem[] = csv.problems.map((p) => ({ line: p.line, key: p.key, detail: p.detail }));
  if (csv.records.length === 0) {
    problems.push({ line: 0, key: 'import.empty', detail: 'The file is empty.' });
    return { ok: false, records: [], problems, mapping: {}, unknownColumns: [] };
  }
  const [head, ...rows] = csv.records;
  const header = mapHeader(head.fields, options);
  problems.push(...header.problems);
  const forces = [...KNOWN_FORCES, ...(options.extraForces ?? [])];
  const records: DirectoryRecord[] = [];
  const seen = new Map<string, number>();

  for (const row of rows) {
    const rowProblems: ImportProblem[] = [];
    const bad = (column: DirectoryColumn, key: string, detail: string): null => {
      rowProblems.push({ line: row.line, column, key, detail: `Line ${row.line}, ${column}: ${detail}` });
      return null;
    };
    if (row.fields.length !== head.fields.length) {
      problems.push({ line: row.line, key: 'import.wrongFieldCount', detail: `Line ${row.line} has ${row.fields.length} fields; the header has ${head.fields.length}.` });
      continue;
    }
    const cell = (col: DirectoryColumn): string | null => {
      const at = header.index[col];
      const v = at === undefined ? '' : row.fields[at].trim();
      if (v === '') return null;
      const max = MAX_LENGTHS[col];
      return max !== undefined && v.length > max ? bad(col, 'import.tooLong', `longer than ${max} characters`) : v;
    };
    const upnText = cell('upn');
    // A column missing from the header is reported once there, not again on every row.
    const has = (col: DirectoryColumn): boolean => header.index[col] !== undefined;
    const upn = upnText === null ? (has('upn') ? bad('upn', 'import.required', 'missing') : null) : UPN.test(upnText) ? upnText.toLowerCase() : bad('upn', 'import.invalidUpn', `"${upnText}" is not a user principal name`);
    const displayName = cell('displayName') ?? (has('displayName') ? bad('displayName', 'import.required', 'missing') : null);
    const forceText = cell('force') ?? options.defaultForce ?? null;
    const force =
      forceText === null
        ? has('force')
          ? bad('force', 'import.required', 'missing')
          : null
        : forces.filter((f) => f.toLowerCase() === forceText.toLowerCase())[0] ?? bad('force', 'import.unknownForce', `"${forceText}" is not a known force`);
    const department = cell('department');
    const jobTitle = cell('jobTitle');
    const grade = cell('grade');
    const typeText = cell('workerType');
    const workerType = typeText === null ? null : WORKER_TYPE_ALIASES[normaliseHeader(typeText)] ?? bad('workerType', 'import.unknownWorkerType', `"${typeText}" is not one of ${WORKER_TYPES.join(', ')}`);
    const managerText = cell('managerUpn');
    const managerUpn = managerText === null ? null : UPN.test(managerText) ? managerText.toLowerCase() : bad('managerUpn', 'import.invalidUpn', `"${managerText}" is not a user principal name`);
    if (managerUpn !== null && managerUpn === upn) bad('managerUpn', 'import.selfManager', 'a person cannot be their own manager');
    const date = (col: 'startDate' | 'leaveDate'): string | null => {
      const t = cell(col);
      return t === null ? null : parseExportDate(t) ?? bad(col, 'import.invalidDate', `"${t}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
    };
    const startDate = date('startDate');
    const leaveDate = date('leaveDate');
    if (startDate !== null && leaveDate !== null && leaveDate < startDate) bad('leaveDate', 'import.leaveBeforeStart', 'the leave date is before the start date');
    const idText = cell('entraObjectId');
    const entraObjectId = idText === null ? null : GUID.test(idText) ? idText.toLowerCase() : bad('entraObjectId', 'import.invalidObjectId', `"${idText}" is not an object id`);

    if (upn !== null) {
      const first = seen.get(upn);
      if (first !== undefined) bad('upn', 'import.duplicateUpn', `${upn} already appears on line ${first}`);
      else seen.set(upn, row.line);
    }
    if (rowProblems.length > 0 || upn === null || displayName === null || force === null) {
      problems.push(...rowProblems);
      continue;
    }
    records.push({
      line: row.line,
      upn,
      displayName,
      force,
      department,
      jobTitle,
      grade,
      workerType,
      managerUpn,
      startDate,
      leaveDate,
      entraObjectId
    });
  }
  if (rows.length === 0) problems.push({ line: 0, key: 'import.noRows', detail: 'The file has a header but no people.' });
  return { ok: problems.length === 0, records, problems, mapping: header.mapping, unknownColumns: header.unknown };
}
