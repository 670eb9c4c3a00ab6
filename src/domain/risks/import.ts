/**
 * Importing an existing register from a CSV or Excel export: the DRY RUN. Nothing here writes; the plan
 * says, row by row and by reference code, what applying it would do (create, update, unchanged, rejected)
 * and why, and the repository applies only the rows that passed (`RiskRepository.applyImport`).
 *
 * Decisions:
 * - Columns are found by their header, not their position: headers are compared without case, spaces or
 *   punctuation against the names registers commonly use (`Risk ID`, `Residual likelihood`, `Treatment`…).
 *   Unknown headers are listed and ignored; two headers meaning the same column are a file error.
 * - Joint risks: `<Force> current likelihood` (and owner, inherent, target, impact, commentary) columns fill
 *   that force's assessment. A new joint risk without them takes the plain score columns for every joint
 *   force (with a warning); on an existing joint risk plain scores are ignored (with a warning), because
 *   they would say nothing about which force re-scored.
 * - Rows are matched to the register by reference code (case-insensitive). A column present in the file is
 *   authoritative for the rows it matches (an empty cell clears an optional value), except scores: an empty
 *   likelihood and impact mean "not re-scored" and leave the stored score as it is (an import never makes
 *   a scored risk unscored). A column absent from the file leaves the value as it is. Nothing is ever
 *   deleted by an import.
 * - Values are read the way registers write them: levels as 1–5 or words (Rare … Almost certain, Negligible
 *   … Severe), responses as the Orange Book's four Ts (treat, tolerate, transfer, terminate) or PRINCE2's
 *   words, dates as `yyyy-mm-dd`, UK `dd/mm/yyyy` (never US month-first), `5 Nov 2026` or an Excel serial
 *   day number. A score alone (without likelihood and impact) is refused: it cannot be placed on the 5×5.
 * - A row with any error is rejected and changes nothing; the other rows still apply. A file error
 *   (unreadable CSV, no reference column, duplicated columns) makes the whole plan unusable (`ok` false).
 * - Every problem has a key (`risks.import.<code>` or `risks.problem.<code>`) and an English detail
 *   naming the line, the column as headed in the file, and the value.
 */
import { isDay } from '../training/days';
import { assessmentProblems, blankRisk, riskProblems, type IContentProblem, type ProblemSeverity } from './content';
import { parseDelimited, type Separator } from './csv';
import { assessmentsOf, isJoint, sameForce } from './exposure';
import { diffRecords, diffRisks, type IFieldChange } from './history';
import { scoreFrom, scoreValue } from './scoring';
import { assessmentToFields, ASSESSMENT_FIELD_KEYS, parsePeople, riskFromFields, riskToFields, upnKey, type IAssessmentFields } from './fields';
import {
  DEFAULT_JOINT_FORCES,
  JOINT,
  type Day,
  type EscalationLevel,
  type IAssessmentContent,
  type IForceAssessment,
  type IRisk,
  type IRiskContent,
  type IScore,
  type Level,
  type Proximity,
  type RiskCategory,
  type RiskKind,
  type RiskResponse,
  type RiskStatus
} from './types';

// ---------------------------------------------------------------------------------------------------
// Columns

export type ImportColumn =
  | 'reference'
  | 'title'
  | 'kind'
  | 'cause'
  | 'event'
  | 'effect'
  | 'category'
  | 'force'
  | 'ownerUpn'
  | 'actionees'
  | 'inherentLikelihood'
  | 'inherentImpact'
  | 'currentLikelihood'
  | 'currentImpact'
  | 'targetLikelihood'
  | 'targetImpact'
  | 'inherentScore'
  | 'currentScore'
  | 'targetScore'
  | 'proximity'
  | 'response'
  | 'controls'
  | 'reviewDate'
  | 'status'
  | 'escalation'
  | 'escalatedOn'
  | 'escalationNote'
  | 'closedOn'
  | 'closureNote';

/** Columns a `<Force> …` header can fill on a joint risk's assessment. */
export type ForceColumn = 'ownerUpn' | 'inherentLikelihood' | 'inherentImpact' | 'currentLikelihood' | 'currentImpact' | 'targetLikelihood' | 'targetImpact' | 'notes';

/** Header names per column, compared after lower-casing and removing everything but letters and digits. */
export const IMPORT_COLUMN_ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  reference: ['reference', 'ref', 'risk ref', 'risk reference', 'risk id', 'id', 'risk no', 'risk number', 'code', 'risk code', 'no'],
  title: ['title', 'risk title', 'risk', 'risk name', 'name', 'short description', 'summary'],
  kind: ['threat or opportunity', 'risk or opportunity', 'threat/opportunity', 'risk/opportunity', 'kind', 'type'],
  cause: ['cause', 'causes', 'risk cause', 'source of risk'],
  event: ['event', 'risk event', 'description', 'risk description', 'risk statement', 'there is a risk that'],
  effect: ['effect', 'effects', 'consequence', 'consequences', 'impact description', 'resulting in'],
  category: ['category', 'topic', 'theme', 'workstream', 'risk category', 'area', 'board topic'],
  force: ['force', 'organisation', 'organization', 'owning force'],
  ownerUpn: ['owner', 'risk owner', 'owner upn', 'owner email', 'owner e-mail', 'accountable owner', 'owned by'],
  actionees: ['actionees', 'actionee', 'action owner', 'action owners', 'actioned by'],
  inherentLikelihood: ['inherent likelihood', 'gross likelihood', 'pre-mitigation likelihood', 'inherent probability', 'untreated likelihood', 'inherent l'],
  inherentImpact: ['inherent impact', 'gross impact', 'pre-mitigation impact', 'inherent consequence', 'untreated impact', 'inherent i'],
  currentLikelihood: ['current likelihood', 'likelihood', 'residual likelihood', 'probability', 'current probability', 'net likelihood', 'l'],
  currentImpact: ['current impact', 'impact', 'residual impact', 'severity', 'net impact', 'i'],
  targetLikelihood: ['target likelihood', 'target probability', 'post-mitigation likelihood', 'tolerable likelihood', 'target l'],
  targetImpact: ['target impact', 'post-mitigation impact', 'tolerable impact', 'target i'],
  inherentScore: ['inherent score', 'gross score', 'inherent rating', 'inherent risk score'],
  currentScore: ['current score', 'score', 'residual score', 'risk score', 'rating', 'net score', 'current rating'],
  targetScore: ['target score', 'target rating', 'target risk score'],
  proximity: ['proximity', 'timescale', 'time frame', 'timeframe'],
  response: ['response', 'treatment', 'strategy', 'response strategy', 'risk response', 'approach'],
  controls: ['controls', 'existing controls', 'current controls', 'controls in place', 'mitigations', 'mitigation'],
  reviewDate: ['review date', 'next review', 'next review date', 'review by', 'review'],
  status: ['status', 'risk status', 'state'],
  escalation: ['escalation', 'escalated to', 'escalated', 'escalation level'],
  escalatedOn: ['escalated on', 'date escalated', 'escalation date'],
  escalationNote: ['escalation reason', 'why escalated', 'escalation note'],
  closedOn: ['closed on', 'date closed', 'closure date'],
  closureNote: ['closure reason', 'reason closed', 'closure note', 'why closed']
};

const FORCE_COLUMN_ALIASES: Readonly<Record<ForceColumn, readonly string[]>> = {
  ownerUpn: ['owner', 'risk owner', 'owner upn', 'owner email'],
  inherentLikelihood: IMPORT_COLUMN_ALIASES.inherentLikelihood,
  inherentImpact: IMPORT_COLUMN_ALIASES.inherentImpact,
  currentLikelihood: IMPORT_COLUMN_ALIASES.currentLikelihood.filter((a) => a.length > 1),
  currentImpact: IMPORT_COLUMN_ALIASES.currentImpact.filter((a) => a.length > 1),
  targetLikelihood: IMPORT_COLUMN_ALIASES.targetLikelihood,
  targetImpact: IMPORT_COLUMN_ALIASES.targetImpact,
  notes: ['notes', 'commentary', 'comments', 'force commentary']
};

/** A header's comparable form: lower case, letters and digits only. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface IColumnMapping {
  /** The header as written in the file. */
  header: string;
  index: number;
  column: ImportColumn | null;
  /** For `<Force> …` headers: the force and the assessment column. */
  force: string | null;
  forceColumn: ForceColumn | null;
}

function mapHeader(header: string, index: number, jointForces: readonly string[]): IColumnMapping {
  const key = headerKey(header);
  const none: IColumnMapping = { header, index, column: null, force: null, forceColumn: null };
  if (key === '') return none;
  for (const column of Object.keys(IMPORT_COLUMN_ALIASES) as ImportColumn[]) {
    if (IMPORT_COLUMN_ALIASES[column].some((a) => headerKey(a) === key)) return { ...none, column };
  }
  for (const force of jointForces) {
    const fk = headerKey(force);
    if (key.indexOf(fk) !== 0) continue;
    const rest = key.slice(fk.length);
    for (const fc of Object.keys(FORCE_COLUMN_ALIASES) as ForceColumn[]) {
      if (FORCE_COLUMN_ALIASES[fc].some((a) => headerKey(a) === rest)) return { ...none, force, forceColumn: fc };
    }
  }
  return none;
}

// ---------------------------------------------------------------------------------------------------
// Values

const words = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace(/[^a-z0-9 &/<>]/g, '');

function fromTable<T>(table: ReadonlyArray<readonly [T, readonly string[]]>, text: string): T | undefined {
  const w = words(text);
  for (const [value, names] of table) if (names.some((n) => words(n) === w)) return value;
  return undefined;
}

const CATEGORY_NAMES: ReadonlyArray<readonly [RiskCategory, readonly string[]]> = [
  ['copilotGovernance', ['Copilot deployment and governance', 'copilotGovernance', 'copilot deployment & governance', 'copilot', 'copilot governance', 'copilot deployment', 'ai governance', 'deployment and governance']],
  ['platformAssurance', ['Platform risk and assurance', 'platformAssurance', 'platform risk & assurance', 'platform', 'platform risk', 'platform assurance', 'assurance', 'information security', 'security']],
  ['licensingFinance', ['Licensing and finance', 'licensingFinance', 'licensing & finance', 'licensing', 'finance', 'licences', 'licenses', 'commercial']],
  ['storageRecords', ['Storage and records management', 'storageRecords', 'storage & records management', 'storage', 'records', 'records management', 'information management', 'retention']],
  ['nationalDevelopments', ['National developments', 'nationalDevelopments', 'national', 'national programme', 'national policy']],
  ['trainingReadiness', ['Training readiness', 'trainingReadiness', 'training', 'readiness', 'learning']],
  ['benefitsRealisation', ['Benefits realisation', 'benefitsRealisation', 'benefits realization', 'benefits', 'value for money']]
];

const KIND_NAMES: ReadonlyArray<readonly [RiskKind, readonly string[]]> = [
  ['threat', ['threat', 'risk', 'negative', 'downside']],
  ['opportunity', ['opportunity', 'positive', 'upside']]
];

const LIKELIHOOD_NAMES: ReadonlyArray<readonly [Level, readonly string[]]> = [
  [1, ['rare', 'very low', 'remote', 'very unlikely']],
  [2, ['unlikely', 'low']],
  [3, ['possible', 'medium', 'moderate']],
  [4, ['likely', 'high', 'probable']],
  [5, ['almost certain', 'very high', 'certain', 'very likely', 'expected']]
];

const IMPACT_NAMES: ReadonlyArray<readonly [Level, readonly string[]]> = [
  [1, ['negligible', 'insignificant', 'very low', 'minimal']],
  [2, ['minor', 'low']],
  [3, ['moderate', 'medium', 'significant']],
  [4, ['major', 'high', 'serious']],
  [5, ['severe', 'catastrophic', 'critical', 'very high', 'extreme']]
];

const RESPONSE_NAMES: ReadonlyArray<readonly [RiskResponse, readonly string[]]> = [
  ['avoid', ['avoid', 'terminate', 'eliminate']],
  ['reduce', ['reduce', 'treat', 'mitigate', 'control']],
  ['transfer', ['transfer', 'insure']],
  ['share', ['share']],
  ['accept', ['accept', 'tolerate', 'retain']],
  ['exploit', ['exploit', 'take the opportunity']],
  ['enhance', ['enhance']]
];

const PROXIMITY_NAMES: ReadonlyArray<readonly [Proximity, readonly string[]]> = [
  ['imminent', ['imminent', 'now', 'immediate', 'within 2 weeks', 'within two weeks']],
  ['withinMonth', ['within a month', 'withinMonth', 'within 1 month', 'within one month', '1 month', 'this month', '< 1 month', '<1 month']],
  ['withinQuarter', ['within a quarter', 'withinQuarter', 'within 3 months', 'within three months', '3 months', 'this quarter', 'next quarter', 'quarter']],
  ['withinYear', ['within a year', 'withinYear', 'within 12 months', '12 months', '6 months', 'within 6 months', 'this year']],
  ['beyondYear', ['beyond a year', 'beyondYear', 'more than a year', 'over a year', '> 1 year', '>1 year', 'long term']]
];

const STATUS_NAMES: ReadonlyArray<readonly [RiskStatus, readonly string[]]> = [
  ['open', ['open', 'active', 'live', 'current', 'ongoing']],
  ['proposed', ['proposed', 'draft', 'new', 'raised']],
  ['closed', ['closed', 'retired', 'archived', 'resolved', 'inactive']]
];

const ESCALATION_NAMES: ReadonlyArray<readonly [EscalationLevel, readonly string[]]> = [
  ['none', ['none', 'no', 'n/a', 'na', 'not escalated', '-']],
  ['forceExecutive', ['force executive', 'forceExecutive', 'force executive board', 'chief officer group', 'cog', 'force']],
  ['jointChiefOfficers', ['joint chief officers', 'jointChiefOfficers', 'joint chief officer group', 'jcog', 'collaboration board', 'joint']],
  ['national', ['national', 'national programme', 'nep', 'npcc']]
];

const FORCE_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Kent', ['kent', 'kent police']],
  ['Essex', ['essex', 'essex police']],
  [JOINT, ['joint', 'both', 'kent and essex', 'kent & essex', 'essex and kent', 'essex & kent', 'collaboration', 'kent/essex', 'essex/kent']]
];

/** A force as a register may write it; other forces (a national rollout) are kept, "Police" dropped. */
export function readForce(text: string): string {
  const known = fromTable(FORCE_NAMES, text);
  if (known !== undefined) return known;
  return text.trim().replace(/\s+(police|constabulary|police service)$/i, '');
}

function readLevel(text: string, names: ReadonlyArray<readonly [Level, readonly string[]]>): Level | undefined {
  const t = text.trim();
  const numeric = /^([1-5])(\.0+)?(\s*[-–:(].*)?$/.exec(t);
  if (numeric !== null) return Number(numeric[1]) as Level;
  return fromTable(names, t.replace(/^\d\s*[-–:(]\s*/, '').replace(/\)$/, ''));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A day as registers write it (see the file comment), or undefined. */
export function readDay(text: string): Day | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  let day: string | undefined;
  if (m !== null) day = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
  m = day === undefined ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t) : null;
  if (m !== null) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    day = `${year}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  }
  m = day === undefined ? /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t) : null;
  if (m !== null) {
    const name = m[2].toLowerCase();
    const month = MONTHS.indexOf(name.slice(0, 3));
    if (month >= 0 && (name.length === 3 || name === FULL_MONTHS[month] || name === 'sept')) day = `${m[3]}-${pad2(month + 1)}-${pad2(Number(m[1]))}`;
  }
  if (day === undefined && /^\d{5}$/.test(t)) {
    // An Excel serial day (1900 date system: day 25569 is 1970-01-01).
    const serial = Number(t);
    if (serial >= 20000 && serial <= 80000) day = new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
  }
  return day !== undefined && isDay(day) ? day : undefined;
}

// ---------------------------------------------------------------------------------------------------
// The plan

export type ImportAction = 'create' | 'update' | 'unchanged' | 'rejected';

export interface IImportProblem {
  /** 0 for problems with the file or its header row. */
  line: number;
  /** The header as written in the file, when the problem belongs to a column. */
  column?: string;
  /** The register column (domain key), when known. */
  field?: string;
  /** `risks.import.<code>` (reading the file) or `risks.problem.<code>` (the risk's own rules). */
  key: string;
  severity: ProblemSeverity;
  detail: string;
}

export interface IAssessmentPlan {
  force: string;
  action: 'create' | 'update' | 'unchanged';
  content: IAssessmentContent;
  /** The stored assessment the plan was made against (its etag guards the update). */
  existing: IForceAssessment | null;
  changes: IFieldChange[];
}

export interface IRiskImportRow {
  line: number;
  reference: string;
  action: ImportAction;
  /** Errors (the row is rejected) and warnings. */
  problems: IImportProblem[];
  /** The risk as applying the row would leave it (null when the row could not be read at all). */
  content: IRiskContent | null;
  /** The stored risk the plan was made against (its etag guards the update). */
  existing: IRisk | null;
  /** Against the stored risk (update) or from nothing (create). */
  changes: IFieldChange[];
  /** Joint risks: each force's assessment. */
  assessments: IAssessmentPlan[];
}

export interface IRiskImportPlan {
  /** False when the file itself cannot be used (then no row may be applied). */
  ok: boolean;
  separator: Separator;
  columns: IColumnMapping[];
  /** Problems with the file or its header row. */
  problems: IImportProblem[];
  rows: IRiskImportRow[];
  counts: Record<ImportAction, number>;
}

export interface IRiskImportOptions {
  /** The UK day (kept for messages and the closed-on default). */
  today: Day;
  /** When the file has no force column. */
  defaultForce?: string;
  /** When the file has no owner column (usually the person importing). */
  defaultOwnerUpn?: string;
  /** The forces that score a joint risk (default Kent and Essex). */
  jointForces?: readonly string[];
  separator?: Separator;
}

export interface IExistingRegister {
  risks: readonly IRisk[];
  assessments: readonly IForceAssessment[];
}

type Cells = Partial<Record<ImportColumn, string>>;
type ForceCells = Map<string, Partial<Record<ForceColumn, string>>>;

class RowReader {
  public readonly problems: IImportProblem[] = [];
  public constructor(
    private readonly line: number,
    private readonly headerOf: (column: ImportColumn | string) => string
  ) {}

  public problem(severity: ProblemSeverity, field: string, code: string, detail: string, column?: string): void {
    const col = column ?? this.headerOf(field);
    const where = col !== '' ? `Line ${this.line}, column "${col}"` : `Line ${this.line}`;
    this.problems.push({ line: this.line, ...(col !== '' ? { column: col } : {}), field, key: `risks.import.${code}`, severity, detail: `${where}: ${detail}` });
  }

  public choice<T>(field: ImportColumn, text: string, table: ReadonlyArray<readonly [T, readonly string[]]>, what: string): T | undefined {
    const v = fromTable(table, text);
    if (v === undefined) this.problem('error', field, 'unknownValue', `"${text}" is not ${what} (use one of: ${table.map(([, names]) => names[0]).join(', ')}).`);
    return v;
  }

  public level(field: string, text: string, names: ReadonlyArray<readonly [Level, readonly string[]]>, what: 'likelihood' | 'impact', column?: string): Level | null | undefined {
    if (text.trim() === '') return null;
    const v = readLevel(text, names);
    if (v === undefined) {
      const example = what === 'likelihood' ? 'Rare, Unlikely, Possible, Likely, Almost certain' : 'Negligible, Minor, Moderate, Major, Severe';
      this.problem('error', field, 'invalidLevel', `"${text}" is not ${what === 'impact' ? 'an' : 'a'} ${what} from 1 to 5 (or ${example}).`, column);
    }
    return v;
  }

  public day(field: ImportColumn, text: string): Day | null | undefined {
    if (text.trim() === '') return null;
    const v = readDay(text);
    if (v === undefined) this.problem('error', field, 'invalidDate', `"${text}" is not a date (write 2026-11-23 or 23/11/2026).`);
    return v;
  }
}

function pairOf(reader: RowReader, l: Level | null | undefined, i: Level | null | undefined, field: string, column?: string): IScore | null | undefined {
  if (l === undefined || i === undefined) return undefined;
  if ((l === null) !== (i === null)) {
    reader.problem('error', field, 'scoreIncomplete', 'a score needs both a likelihood and an impact.', column);
    return undefined;
  }
  return scoreFrom(l, i);
}

const MEASURE_COLUMNS = [
  ['inherent', 'inherentLikelihood', 'inherentImpact', 'inherentScore'],
  ['current', 'currentLikelihood', 'currentImpact', 'currentScore'],
  ['target', 'targetLikelihood', 'targetImpact', 'targetScore']
] as const;

const LABELS: Readonly<Record<string, string>> = {
  reference: 'the reference',
  title: 'the title',
  force: 'the force',
  ownerUpn: 'the owner',
  actionees: 'an actionee',
  current: 'the current score',
  target: 'the target score',
  response: 'the response',
  reviewDate: 'the review date',
  escalatedOn: 'the escalation date',
  closedOn: 'the closing date',
  assessedOn: 'the assessment date'
};

/** English for a content rule broken by a row (the UI localises `key`). */
function problemText(p: IContentProblem, c: { kind: RiskKind; response: RiskResponse | null }): string {
  const label = LABELS[p.field.replace(/^\S+ (?=\S)/, '')] ?? p.field;
  switch (p.code) {
    case 'required':
      return `${label} is required.`;
    case 'notASignInName':
      return `${label} must be a sign-in name (name@force).`;
    case 'referenceFormat':
      return 'a reference is up to 32 letters, digits, spaces, dots, dashes, slashes or underscores, starting with a letter or digit.';
    case 'tooLong':
      return `${label} is longer than 255 characters.`;
    case 'responseForKind':
      return `"${c.response ?? ''}" is not a response to ${c.kind === 'threat' ? 'a threat (avoid, reduce, transfer, share, accept)' : 'an opportunity (exploit, enhance, share, accept)'}.`;
    case 'currentRequired':
      return 'an open risk needs a current likelihood and impact.';
    case 'jointScoresOnAssessments':
      return 'a joint risk is scored per force.';
    case 'currentAboveInherent':
      return 'the current score is above the inherent score: do the controls make it worse?';
    case 'targetAboveCurrent':
      return 'the target score is above the current score.';
    case 'escalatedOnMissing':
      return 'escalated, but no escalation date.';
    case 'invalidDate':
      return `${label} is not a date.`;
    default:
      return `${label}: ${p.code}.`;
  }
}

function problemFrom(line: number, p: IContentProblem, column: string, c: { kind: RiskKind; response: RiskResponse | null }): IImportProblem {
  const where = column !== '' ? `Line ${line}, column "${column}"` : `Line ${line}`;
  const prefix = /^\S+ \S/.test(p.field) && p.field.indexOf(' ') > 0 ? `${p.field.slice(0, p.field.indexOf(' '))}: ` : '';
  return { line, ...(column !== '' ? { column } : {}), field: p.field, key: `risks.problem.${p.code}`, severity: p.severity, detail: `${where}: ${prefix}${problemText(p, c)}` };
}

/** Reads a register export and plans what applying it would do, without writing anything. */
export function planRiskImport(text: string, existing: IExistingRegister, options: IRiskImportOptions): IRiskImportPlan {
  const jointForces = options.jointForces ?? DEFAULT_JOINT_FORCES;
  const parsed = parseDelimited(text, options.separator);
  const problems: IImportProblem[] = parsed.problems.map((p) => ({ line: p.line, key: `risks.import.${p.key.replace('csv.', '')}`, severity: 'error', detail: p.detail }));
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  const [header, ...body] = parsed.records;
  const columns = header === undefined ? [] : header.fields.map((h, i) => mapHeader(h, i, jointForces));
  const fail = (code: string, detail: string): IRiskImportPlan => ({
    ok: false,
    separator: parsed.separator,
    columns,
    problems: [...problems, { line: header === undefined ? 0 : header.line, key: `risks.import.${code}`, severity: 'error', detail }],
    rows: [],
    counts
  });
  if (header === undefined) return fail('empty', 'The file is empty.');
  const seen = new Map<string, IColumnMapping>();
  for (const c of columns) {
    const key = c.column ?? (c.force !== null ? `${c.force}|${c.forceColumn as string}` : null);
    if (key === null) continue;
    const before = seen.get(key);
    if (before !== undefined) problems.push({ line: header.line, column: c.header, key: 'risks.import.duplicateColumn', severity: 'error', detail: `Columns "${before.header}" and "${c.header}" both mean ${c.column ?? `${c.force as string} ${c.forceColumn as string}`}.` });
    else seen.set(key, c);
  }
  if (!seen.has('reference')) return fail('noReferenceColumn', `No reference column: name one of the columns ${IMPORT_COLUMN_ALIASES.reference.slice(0, 4).map((a) => `"${a}"`).join(', ')}.`);
  columns
    .filter((c) => c.column === null && c.force === null && c.header.trim() !== '')
    .forEach((c) => problems.push({ line: header.line, column: c.header, key: 'risks.import.ignoredColumn', severity: 'warning', detail: `Column "${c.header}" is not a register column and is ignored.` }));
  if (problems.some((p) => p.severity === 'error')) return { ok: false, separator: parsed.separator, columns, problems, rows: [], counts };

  const has = (c: ImportColumn): boolean => seen.has(c);
  const headerOf = (field: string): string => {
    const direct = seen.get(field);
    if (direct !== undefined) return direct.header;
    const alias: Record<string, ImportColumn> = { current: 'currentLikelihood', inherent: 'inherentLikelihood', target: 'targetLikelihood' };
    const viaAlias = alias[field] !== undefined ? seen.get(alias[field]) : undefined;
    return viaAlias !== undefined ? viaAlias.header : '';
  };

  const byReference = new Map<string, IRisk>();
  existing.risks.forEach((r) => {
    const key = r.reference.trim().toLowerCase();
    const held = byReference.get(key);
    if (held === undefined || r.id < held.id) byReference.set(key, r);
  });
  const firstLineOf = new Map<string, number>();

  const rows = body.map((record): IRiskImportRow => {
    const line = record.line;
    const reader = new RowReader(line, headerOf);
    const cells: Cells = {};
    const forceCells: ForceCells = new Map();
    columns.forEach((c) => {
      const value = record.fields[c.index] ?? '';
      if (c.column !== null && seen.get(c.column) === c) cells[c.column] = value;
      if (c.force !== null && c.forceColumn !== null) {
        const held = forceCells.get(c.force) ?? {};
        held[c.forceColumn] = value;
        forceCells.set(c.force, held);
      }
    });
    if (record.fields.length > columns.length && record.fields.slice(columns.length).some((f) => f.trim() !== '')) {
      reader.problems.push({ line, key: 'risks.import.extraCells', severity: 'warning', detail: `Line ${line}: more cells than headers; the extra cells are ignored.` });
    }
    const reference = (cells.reference ?? '').trim();
    const rejected = (content: IRiskContent | null): IRiskImportRow => {
      counts.rejected++;
      return { line, reference, action: 'rejected', problems: reader.problems, content, existing: null, changes: [], assessments: [] };
    };
    if (reference === '') {
      reader.problem('error', 'reference', 'referenceRequired', 'every row needs a reference code.');
      return rejected(null);
    }
    const refKey = reference.toLowerCase();
    const earlier = firstLineOf.get(refKey);
    if (earlier !== undefined) {
      reader.problem('error', 'reference', 'duplicateReference', `"${reference}" is also on line ${earlier}; each reference may appear once.`);
      return rejected(null);
    }
    firstLineOf.set(refKey, line);

    const stored = byReference.get(refKey);
    const storedAssessments = stored === undefined ? [] : assessmentsOf(stored.id, existing.assessments);
    const c: IRiskContent = stored !== undefined ? riskFromFields(riskToFields(stored)) : { ...blankRisk(options.defaultForce ?? '', upnKey(options.defaultOwnerUpn ?? ''), 'copilotGovernance'), reference };
    if (stored === undefined && !has('category')) reader.problem('error', 'category', 'categoryRequired', 'a new risk needs a topic (add a Topic column).');

    const text = (field: 'title' | 'cause' | 'event' | 'effect' | 'controls' | 'escalationNote' | 'closureNote'): void => {
      const v = cells[field];
      if (v !== undefined) c[field] = v.trim();
    };
    c.reference = reference;
    (['title', 'cause', 'event', 'effect', 'controls', 'escalationNote', 'closureNote'] as const).forEach(text);
    if (cells.kind !== undefined && cells.kind.trim() !== '') c.kind = reader.choice('kind', cells.kind, KIND_NAMES, 'threat or opportunity') ?? c.kind;
    if (cells.category !== undefined) {
      if (cells.category.trim() === '') reader.problem('error', 'category', 'categoryRequired', 'every risk needs a topic.');
      else c.category = reader.choice('category', cells.category, CATEGORY_NAMES, 'one of the board\u2019s seven topics') ?? c.category;
    }
    if (cells.force !== undefined) c.force = readForce(cells.force);
    if (cells.ownerUpn !== undefined) {
      const owner = cells.ownerUpn.trim();
      c.ownerUpn = upnKey(owner);
      if (owner !== '' && !/@/.test(owner)) reader.problem('error', 'ownerUpn', 'ownerNotSignInName', `"${owner}" is not a sign-in name; write the owner as name@force (their email), one person only.`);
    }
    if (cells.actionees !== undefined) c.actionees = parsePeople(cells.actionees);
    if (cells.response !== undefined) c.response = cells.response.trim() === '' ? null : reader.choice('response', cells.response, RESPONSE_NAMES, 'a response') ?? c.response;
    if (cells.proximity !== undefined) c.proximity = cells.proximity.trim() === '' ? null : reader.choice('proximity', cells.proximity, PROXIMITY_NAMES, 'a proximity') ?? c.proximity;
    if (cells.status !== undefined && cells.status.trim() !== '') c.status = reader.choice('status', cells.status, STATUS_NAMES, 'a status') ?? c.status;
    if (cells.escalation !== undefined) c.escalation = cells.escalation.trim() === '' ? 'none' : reader.choice('escalation', cells.escalation, ESCALATION_NAMES, 'an escalation level') ?? c.escalation;
    (['reviewDate', 'escalatedOn', 'closedOn'] as const).forEach((field) => {
      const v = cells[field];
      if (v === undefined) return;
      const day = reader.day(field, v);
      if (day !== undefined) c[field] = day;
    });
    if (c.status === 'closed' && c.closedOn === null) c.closedOn = options.today;
    if (c.escalation !== 'none' && c.escalatedOn === null && (stored === undefined || stored.escalation === 'none')) c.escalatedOn = options.today;

    // Plain scores.
    const plain: Partial<Record<'inherent' | 'current' | 'target', IScore | null>> = {};
    for (const [measure, lCol, iCol, sCol] of MEASURE_COLUMNS) {
      const lText = cells[lCol];
      const iText = cells[iCol];
      const sText = cells[sCol];
      if ((lText ?? '').trim() === '' && (iText ?? '').trim() === '') {
        if (sText !== undefined && sText.trim() !== '') reader.problem('error', sCol, 'scoreWithoutLevels', `a score alone ("${sText}") cannot be placed on the 5\u00d75: give the ${measure} likelihood and impact.`);
        continue;
      }
      const l = reader.level(lCol, lText ?? '', LIKELIHOOD_NAMES, 'likelihood');
      const i = reader.level(iCol, iText ?? '', IMPACT_NAMES, 'impact');
      const score = pairOf(reader, l, i, lCol);
      if (score === undefined) continue;
      plain[measure] = score;
      if (score !== null && sText !== undefined && sText.trim() !== '' && Number(sText) !== scoreValue(score)) {
        reader.problem('warning', sCol, 'scoreMismatch', `the score "${sText}" is not ${score.likelihood} \u00d7 ${score.impact} = ${scoreValue(score)}; the likelihood and impact are used.`);
      }
    }

    // Per-force scores (joint risks).
    const joint = isJoint(c);
    const assessments: IAssessmentPlan[] = [];
    const plainGiven = (['inherent', 'current', 'target'] as const).some((m) => plain[m] !== undefined && plain[m] !== null);
    if (joint) {
      const wasJoint = stored !== undefined && isJoint(stored);
      if (plainGiven && wasJoint) reader.problem('warning', 'currentLikelihood', 'jointPlainScoresIgnored', `plain scores say nothing about which force re-scored; use "${jointForces[0]} current likelihood" style columns for a joint risk.`, headerOf('currentLikelihood'));
      const startScores = wasJoint ? null : { inherent: plain.inherent ?? (stored !== undefined ? stored.inherent : null), current: plain.current ?? (stored !== undefined ? stored.current : null), target: plain.target ?? (stored !== undefined ? stored.target : null) };
      if (!wasJoint && plainGiven && !jointForces.some((f) => forceCells.has(f))) reader.problem('warning', 'currentLikelihood', 'jointScoresCopied', `a new joint risk: the plain scores are used for ${jointForces.join(' and ')} until each force re-scores.`, headerOf('currentLikelihood'));
      for (const force of jointForces) {
        const held = storedAssessments.filter((a) => sameForce(a.force, force))[0];
        const base: IAssessmentContent = held !== undefined ? { force: held.force, ownerUpn: held.ownerUpn, inherent: held.inherent, current: held.current, target: held.target, assessedOn: held.assessedOn, notes: held.notes } : { force, ownerUpn: c.ownerUpn, inherent: startScores?.inherent ?? null, current: startScores?.current ?? null, target: startScores?.target ?? null, assessedOn: startScores?.current ? options.today : null, notes: '' };
        const fc = forceCells.get(force);
        const next: IAssessmentContent = { ...base };
        if (fc !== undefined) {
          const colOf = (col: ForceColumn): string => columns.filter((m) => m.force === force && m.forceColumn === col)[0]?.header ?? '';
          if (fc.ownerUpn !== undefined && fc.ownerUpn.trim() !== '') {
            next.ownerUpn = upnKey(fc.ownerUpn);
            if (!/@/.test(fc.ownerUpn)) reader.problem('error', 'ownerUpn', 'ownerNotSignInName', `"${fc.ownerUpn.trim()}" is not a sign-in name; write ${force}'s owner as name@force.`, colOf('ownerUpn'));
          }
          if (fc.notes !== undefined) next.notes = fc.notes.trim();
          let changedScore = false;
          for (const [measure, lCol, iCol] of MEASURE_COLUMNS) {
            const lc = lCol as ForceColumn;
            const ic = iCol as ForceColumn;
            if ((fc[lc] ?? '').trim() === '' && (fc[ic] ?? '').trim() === '') continue;
            const l = reader.level(lCol, fc[lc] ?? '', LIKELIHOOD_NAMES, 'likelihood', colOf(lc));
            const i = reader.level(iCol, fc[ic] ?? '', IMPACT_NAMES, 'impact', colOf(ic));
            const score = pairOf(reader, l, i, lCol, colOf(lc));
            if (score === undefined) continue;
            const before = next[measure];
            if ((before === null) !== (score === null) || (before !== null && score !== null && (before.likelihood !== score.likelihood || before.impact !== score.impact))) changedScore = true;
            next[measure] = score;
          }
          if (changedScore) next.assessedOn = options.today;
        }
        if (held === undefined && next.ownerUpn === '') next.ownerUpn = c.ownerUpn;
        const changes = held === undefined ? [] : diffRecords(assessmentToFields(held.riskId, held), assessmentToFields(held.riskId, next), ASSESSMENT_FIELD_KEYS as ReadonlyArray<keyof IAssessmentFields & string>);
        assessments.push({ force: held?.force ?? force, action: held === undefined ? 'create' : changes.length === 0 ? 'unchanged' : 'update', content: next, existing: held ?? null, changes });
        assessmentProblems(next, c.kind).forEach((p) => reader.problems.push(problemFrom(line, { ...p, field: `${force} ${p.field}` }, '', c)));
      }
      c.inherent = null;
      c.current = null;
      c.target = null;
    } else {
      if (Array.from(forceCells.values()).some((fc) => Object.keys(fc).some((k) => (fc[k as ForceColumn] ?? '').trim() !== ''))) {
        reader.problems.push({ line, key: 'risks.import.forceScoresIgnored', severity: 'warning', detail: `Line ${line}: per-force columns are read only for joint risks; this risk belongs to ${c.force || 'no force'}.` });
      }
      (['inherent', 'current', 'target'] as const).forEach((m) => {
        const v = plain[m];
        if (v !== undefined) c[m] = v;
      });
    }

    // A column that could not be read already has its problem: the rule it then breaks would only repeat it
    // (a score's rule is about its likelihood, impact and score columns together).
    const unread = new Set(reader.problems.filter((p) => p.severity === 'error' && p.field !== undefined).map((p) => p.field));
    riskProblems(c).forEach((p) => {
      const measure = MEASURE_COLUMNS.filter(([m]) => m === p.field)[0];
      const related: string[] = measure !== undefined ? [measure[1], measure[2], measure[3]] : [p.field];
      if (related.some((f) => unread.has(f))) return;
      reader.problems.push(problemFrom(line, p, headerOf(measure !== undefined ? measure[1] : p.field), c));
    });
    if (reader.problems.some((p) => p.severity === 'error')) return rejected(c);
    if (stored === undefined) {
      counts.create++;
      return { line, reference, action: 'create', problems: reader.problems, content: c, existing: null, changes: diffRisks(blankRisk('', '', c.category), c), assessments };
    }
    const changes = diffRisks(stored, c);
    const action: ImportAction = changes.length === 0 && assessments.every((a) => a.action === 'unchanged') ? 'unchanged' : 'update';
    counts[action]++;
    return { line, reference, action, problems: reader.problems, content: c, existing: stored, changes, assessments };
  });
  return { ok: true, separator: parsed.separator, columns, problems, rows, counts };
}

/** The rows applying a plan would write (created or updated, not rejected or unchanged). */
export function rowsToApply(plan: IRiskImportPlan): IRiskImportRow[] {
  return plan.ok ? plan.rows.filter((r) => r.action === 'create' || r.action === 'update') : [];
}

/** 32-bit FNV-1a as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h + 0x100000000).toString(16).slice(1);
}

/**
 * The client id a planned create is sent under: the reference and a hash of what the row creates, so
 * applying the same plan twice finds the first item instead of making a second, while a later import that
 * brings different content under a code someone has since renamed away is a new item.
 */
export function importClientId(row: Pick<IRiskImportRow, 'reference' | 'content'>): string {
  return `rsk-imp:${row.reference.trim().toLowerCase()}:${fnv1a(JSON.stringify(row.content))}`;
}
