/**
 * A snapshot: the register and RAID log frozen as they stood at one board meeting (issue 10 stores one
 * per meeting; the board paper and "since last board" are computed from them).
 *
 * Decisions:
 * - A snapshot is self-contained and serialisable: plain JSON (no Dates, no functions, no class
 *   instances), with what the board saw at the time already computed (RAG, appetite applied, out of
 *   appetite, escalation due, overdue), so a later change of appetite or RAG bands never rewrites
 *   history. It records the bands it used.
 * - It is deeply frozen when taken and when parsed: nothing downstream can alter a closed meeting's view.
 * - Risks are identified by their SharePoint item id (stable), not their reference (editable); the
 *   reference and title are carried for display.
 * - `schema` versions the shape; `parseSnapshot` refuses any other version or a malformed value with
 *   `SnapshotFormatError` rather than guessing.
 */
import { ESCALATION_LEVELS, RAID_STATUSES, RAID_TYPES, RISK_CATEGORIES, RISK_STATUSES } from '../../lists/risks';
import { buildRegister, isActionOverdue, isRaidOverdue, type IRegisterOptions } from './register';
import { isLevel, RAG_BANDS, ragOrNull, scoreOrNull, validRagBands, type IRagBand, type Rag } from './scoring';
import type {
  ActionStatus,
  AppetiteLevel,
  Day,
  EscalationLevel,
  IRaidContent,
  IRegisterData,
  IScore,
  IScores,
  Instant,
  Proximity,
  RiskCategory,
  RiskKind,
  RiskResponse,
  RiskStatus
} from './types';

export const SNAPSHOT_SCHEMA = 1;

/** Deeply read-only. */
export type Frozen<T> = T extends ReadonlyArray<infer U> ? ReadonlyArray<Frozen<U>> : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

export interface ISnapshotExposureShape extends IScores {
  force: string;
  ownerUpn: string;
  currentScore: number | null;
  rag: Rag | null;
  /** The appetite applied then, or null. */
  maxScore: number | null;
  outOfAppetite: boolean;
}

export interface ISnapshotRiskShape {
  id: number;
  reference: string;
  title: string;
  kind: RiskKind;
  category: RiskCategory;
  force: string;
  ownerUpn: string;
  actionees: string[];
  cause: string;
  event: string;
  effect: string;
  controls: string;
  proximity: Proximity | null;
  response: RiskResponse | null;
  reviewDate: Day | null;
  status: RiskStatus;
  escalation: EscalationLevel;
  escalatedOn: Day | null;
  escalationNote: string;
  closedOn: Day | null;
  closureNote: string;
  modifiedAt: Instant;
  exposures: ISnapshotExposureShape[];
  combined: IScores;
  currentScore: number | null;
  rag: Rag | null;
  outOfAppetite: boolean;
  escalationDue: boolean;
  reviewOverdue: boolean;
  /** A joint risk whose forces' scores differ notably. */
  divergent: boolean;
  actionIds: number[];
}

export interface ISnapshotActionShape {
  id: number;
  title: string;
  riskIds: number[];
  ownerUpn: string;
  force: string | null;
  dueDate: Day | null;
  status: ActionStatus;
  completedOn: Day | null;
  meetingId: number | null;
  overdue: boolean;
}

export interface ISnapshotRaidShape extends IRaidContent {
  id: number;
  modifiedAt: Instant;
  overdue: boolean;
}

export interface ISnapshotAppetiteShape {
  category: RiskCategory;
  force: string | null;
  maxScore: number;
  level: AppetiteLevel | null;
}

export interface IRegisterSnapshotShape {
  schema: typeof SNAPSHOT_SCHEMA;
  takenAt: Instant;
  /** The UK day the snapshot describes (overdue was judged against it). */
  asOf: Day;
  bands: IRagBand[];
  risks: ISnapshotRiskShape[];
  actions: ISnapshotActionShape[];
  raid: ISnapshotRaidShape[];
  appetites: ISnapshotAppetiteShape[];
}

export type ISnapshotRisk = Frozen<ISnapshotRiskShape>;
export type ISnapshotExposure = Frozen<ISnapshotExposureShape>;
export type ISnapshotRaid = Frozen<ISnapshotRaidShape>;
export type ISnapshotAction = Frozen<ISnapshotActionShape>;
export type IRegisterSnapshot = Frozen<IRegisterSnapshotShape>;

function deepFreeze<T>(value: T): Frozen<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value as Frozen<T>;
}

const copyScore = (s: IScore | null): IScore | null => (s === null ? null : { likelihood: s.likelihood, impact: s.impact });
const copyScores = (s: IScores): IScores => ({ inherent: copyScore(s.inherent), current: copyScore(s.current), target: copyScore(s.target) });

/** Freezes the register and RAID log as they stand (`options.today` is the meeting's day). */
export function takeSnapshot(data: IRegisterData, takenAt: Instant, options: IRegisterOptions): IRegisterSnapshot {
  const bands = options.bands ?? RAG_BANDS;
  const entries = buildRegister(data, { ...options, bands });
  const risks = entries.map((e): ISnapshotRiskShape => {
    const r = e.risk;
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      kind: r.kind,
      category: r.category,
      force: r.force,
      ownerUpn: r.ownerUpn,
      actionees: [...r.actionees],
      cause: r.cause,
      event: r.event,
      effect: r.effect,
      controls: r.controls,
      proximity: r.proximity,
      response: r.response,
      reviewDate: r.reviewDate,
      status: r.status,
      escalation: r.escalation,
      escalatedOn: r.escalatedOn,
      escalationNote: r.escalationNote,
      closedOn: r.closedOn,
      closureNote: r.closureNote,
      modifiedAt: r.modifiedAt,
      exposures: e.exposures.map((x, i) => ({
        force: x.force,
        ownerUpn: x.ownerUpn,
        ...copyScores(x),
        currentScore: scoreOrNull(x.current),
        rag: ragOrNull(x.current, bands),
        maxScore: e.appetite.perForce[i].maxScore,
        outOfAppetite: e.appetite.perForce[i].outOfAppetite
      })),
      combined: copyScores(e.combined),
      currentScore: e.current,
      rag: e.rag,
      outOfAppetite: e.appetite.outOfAppetite,
      escalationDue: e.appetite.escalationDue,
      reviewOverdue: e.reviewOverdue,
      divergent: e.divergence !== null && e.divergence.highlighted,
      actionIds: e.actions.map((a) => a.id)
    };
  });
  const actions = data.actions
    .slice()
    .sort((a, b) => a.id - b.id)
    .map(
      (a): ISnapshotActionShape => ({
        id: a.id,
        title: a.title,
        riskIds: [...a.riskIds],
        ownerUpn: a.ownerUpn,
        force: a.force,
        dueDate: a.dueDate,
        status: a.status,
        completedOn: a.completedOn,
        meetingId: a.meetingId,
        overdue: isActionOverdue(a, options.today)
      })
    );
  const raid = data.raid
    .slice()
    .sort((a, b) => a.id - b.id)
    .map(
      (r): ISnapshotRaidShape => ({
        id: r.id,
        reference: r.reference,
        type: r.type,
        title: r.title,
        description: r.description,
        category: r.category,
        force: r.force,
        ownerUpn: r.ownerUpn,
        raisedOn: r.raisedOn,
        dueDate: r.dueDate,
        status: r.status,
        closedOn: r.closedOn,
        priority: r.priority,
        riskIds: [...r.riskIds],
        meetingId: r.meetingId,
        meetingDate: r.meetingDate,
        resolution: r.resolution,
        modifiedAt: r.modifiedAt,
        overdue: isRaidOverdue(r, options.today)
      })
    );
  const appetites = data.appetites
    .slice()
    .sort((a, b) => a.id - b.id)
    .map((a): ISnapshotAppetiteShape => ({ category: a.category, force: a.force, maxScore: a.maxScore, level: a.level }));
  const shape: IRegisterSnapshotShape = {
    schema: SNAPSHOT_SCHEMA,
    takenAt,
    asOf: options.today,
    bands: bands.map((b) => ({ ...b })),
    risks,
    actions,
    raid,
    appetites
  };
  return deepFreeze(shape);
}

/** The snapshot as stored: compact JSON. */
export function serialiseSnapshot(snapshot: IRegisterSnapshot): string {
  return JSON.stringify(snapshot);
}

/** A stored snapshot that is not one this version can read. */
export class SnapshotFormatError extends Error {
  public constructor(public readonly problem: string) {
    super(`Not a register snapshot: ${problem}`);
    this.name = 'SnapshotFormatError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(condition: boolean, problem: string): void {
  if (!condition) throw new SnapshotFormatError(problem);
}

function checkScore(v: unknown, where: string): void {
  check(v === null || (isObject(v) && isLevel(v.likelihood) && isLevel(v.impact)), `${where} is not a score`);
}

function checkScores(v: unknown, where: string): void {
  check(isObject(v), `${where} has no scores`);
  const s = v as Json;
  ['inherent', 'current', 'target'].forEach((m) => checkScore(s[m], `${where}.${m}`));
}

const oneOf = (choices: readonly string[], v: unknown): boolean => typeof v === 'string' && choices.indexOf(v) >= 0;

/** Reads a stored snapshot, checking its shape; the result is deeply frozen. */
export function parseSnapshot(text: string): IRegisterSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SnapshotFormatError('not JSON');
  }
  check(isObject(value), 'not an object');
  const s = value as Json;
  check(s.schema === SNAPSHOT_SCHEMA, `schema ${String(s.schema)} is not ${SNAPSHOT_SCHEMA}`);
  check(typeof s.takenAt === 'string' && !isNaN(new Date(s.takenAt).getTime()), 'takenAt is not an instant');
  check(typeof s.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.asOf), 'asOf is not a day');
  check(Array.isArray(s.bands) && validRagBands(s.bands as IRagBand[]), 'bands do not cover 1–25');
  for (const key of ['risks', 'actions', 'raid', 'appetites']) check(Array.isArray(s[key]), `${key} is not a list`);
  (s.risks as unknown[]).forEach((r, i) => {
    const where = `risks[${i}]`;
    check(isObject(r), `${where} is not an object`);
    const risk = r as Json;
    check(typeof risk.id === 'number' && typeof risk.reference === 'string' && typeof risk.title === 'string', `${where} lacks id, reference or title`);
    check(oneOf(RISK_CATEGORIES, risk.category), `${where} has an unknown topic`);
    check(oneOf(RISK_STATUSES, risk.status), `${where} has an unknown status`);
    check(oneOf(ESCALATION_LEVELS, risk.escalation), `${where} has an unknown escalation`);
    check(typeof risk.force === 'string' && typeof risk.outOfAppetite === 'boolean', `${where} lacks force or appetite flag`);
    checkScores(risk.combined, `${where}.combined`);
    check(Array.isArray(risk.exposures), `${where}.exposures is not a list`);
    (risk.exposures as unknown[]).forEach((x, k) => {
      checkScores(x, `${where}.exposures[${k}]`);
      const e = x as Json;
      check(typeof e.force === 'string' && typeof e.outOfAppetite === 'boolean', `${where}.exposures[${k}] lacks force or appetite flag`);
    });
  });
  (s.raid as unknown[]).forEach((r, i) => {
    check(isObject(r), `raid[${i}] is not an object`);
    const item = r as Json;
    check(typeof item.id === 'number' && oneOf(RAID_TYPES, item.type) && oneOf(RAID_STATUSES, item.status) && oneOf(RISK_CATEGORIES, item.category), `raid[${i}] lacks id, type, status or topic`);
  });
  (s.actions as unknown[]).forEach((a, i) => check(isObject(a) && typeof (a as Json).id === 'number' && Array.isArray((a as Json).riskIds), `actions[${i}] lacks id or risk ids`));
  return deepFreeze(value as IRegisterSnapshotShape);
}
