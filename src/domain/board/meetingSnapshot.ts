/**
 * What closing a board meeting freezes (`IMeetingSnapshot`): the meeting as it stood, the register and RAID
 * snapshot, and the indicators shown. Taken, serialised, split into parts for SharePoint, reassembled and
 * parsed here; pure.
 *
 * Decisions:
 * - A snapshot is plain JSON, deeply frozen when taken and when parsed: nothing downstream (the paper, "since
 *   last board") can alter what a closure froze. Taking one copies its inputs, so freezing never reaches the
 *   caller's objects.
 * - `parseMeetingSnapshot` checks every field it relies on (the register through `parseSnapshot`) and refuses
 *   any other schema version or a malformed value with `MeetingSnapshotError('format')`, never half a result.
 * - Stored in parts of at most `MAX_PART_LENGTH` (60,000) characters: a plain note column holds 63,999, and
 *   the margin covers a line ending SharePoint might rewrite. A part never ends between the two halves of a
 *   surrogate pair (an emoji in a note), so each part is well-formed text on its own.
 * - A closure records the part count, the whole length and a checksum (cyrb53, 53 bits: it detects a lost,
 *   doubled, truncated or swapped part; it is not a signature, and need not be: the parts list is add-only).
 *   Reassembly refuses a missing, duplicated or unexpected part, a length or a checksum mismatch, each with
 *   its own problem code, instead of guessing.
 */
import { RISK_CATEGORIES } from '../../lists/risks';
import { parseSnapshot, SnapshotFormatError, type IRegisterSnapshot } from '../risks/snapshot';
import { isDay } from '../training/days';
import {
  MEETING_SNAPSHOT_SCHEMA,
  PROTECTIVE_MARKINGS,
  type IBoardIndicator,
  type IIndicatorRow,
  type IMeetingContent,
  type IMeetingSnapshot,
  type IndicatorKey,
  type IndicatorUnit
} from './types';
import type { Instant } from '../risks/types';

/** The longest part written; SharePoint's plain note holds 63,999 characters. */
export const MAX_PART_LENGTH = 60000;
/** SharePoint's limit for a plain multiple-lines-of-text column. */
export const NOTE_LIMIT = 63999;

export const INDICATOR_KEYS: readonly IndicatorKey[] = ['trainingReadiness', 'benefitsRealisation', 'poorOutputs'];
export const INDICATOR_UNITS: readonly IndicatorUnit[] = ['percent', 'minutesPerWeek', 'count'];

export type MeetingSnapshotProblem = 'format' | 'missingPart' | 'duplicatePart' | 'unexpectedPart' | 'lengthMismatch' | 'checksumMismatch';

/** A stored snapshot that cannot be read back as it was frozen. */
export class MeetingSnapshotError extends Error {
  public constructor(
    public readonly problem: MeetingSnapshotProblem,
    public readonly detail: string
  ) {
    super(`Meeting snapshot: ${problem} (${detail})`);
    this.name = 'MeetingSnapshotError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Freezes an object graph in place, all the way down (frozen parts are walked too). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (!Object.isFrozen(value)) Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child);
  }
  return value;
}

export interface IMeetingSnapshotInput {
  meeting: IMeetingContent & { id: number };
  closedAt: Instant;
  closedByUpn: string;
  register: IRegisterSnapshot;
  indicators: readonly IBoardIndicator[];
  reissueOf: { recordId: number; closedAt: Instant } | null;
}

const copyRow = (r: IIndicatorRow): IIndicatorRow => ({ force: r.force, value: r.value, base: r.base });

export function copyIndicator(i: IBoardIndicator): IBoardIndicator {
  return { key: i.key, topic: i.topic, unit: i.unit, source: i.source, publishedAt: i.publishedAt, rows: i.rows.map(copyRow) };
}

/** The closure's frozen record of a meeting (copies its inputs; the result is deeply frozen). */
export function takeMeetingSnapshot(input: IMeetingSnapshotInput): IMeetingSnapshot {
  const m = input.meeting;
  const snapshot: IMeetingSnapshot = {
    schema: MEETING_SNAPSHOT_SCHEMA,
    meeting: { id: m.id, meetingDate: m.meetingDate, chairUpn: m.chairUpn, attendeeUpns: [...m.attendeeUpns], marking: m.marking, notes: m.notes },
    closedAt: input.closedAt,
    closedByUpn: input.closedByUpn,
    // Already frozen when taken (`takeSnapshot`); a plain copy keeps a caller's unfrozen test value unfrozen.
    register: JSON.parse(JSON.stringify(input.register)) as IRegisterSnapshot,
    indicators: input.indicators.map(copyIndicator),
    reissueOf: input.reissueOf === null ? null : { recordId: input.reissueOf.recordId, closedAt: input.reissueOf.closedAt }
  };
  return deepFreeze(snapshot);
}

/** As stored: compact JSON. */
export function serialiseMeetingSnapshot(snapshot: IMeetingSnapshot): string {
  return JSON.stringify(snapshot);
}

// ---------------------------------------------------------------------------------------------------
// Parsing

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** An ISO instant in UTC (`…Z`) that is a real moment. */
export function isInstant(v: unknown): v is Instant {
  return typeof v === 'string' && INSTANT.test(v) && !isNaN(new Date(v).getTime());
}

function check(condition: boolean, detail: string): void {
  if (!condition) throw new MeetingSnapshotError('format', detail);
}

const oneOf = (choices: readonly string[], v: unknown): boolean => typeof v === 'string' && choices.indexOf(v) >= 0;
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
const numberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && isFinite(v));

function checkMeeting(v: unknown): void {
  check(isObject(v), 'meeting is not an object');
  const m = v as Json;
  check(isCount(m.id), 'meeting.id is not an item id');
  check(typeof m.meetingDate === 'string' && isDay(m.meetingDate), 'meeting.meetingDate is not a day');
  check(typeof m.chairUpn === 'string', 'meeting.chairUpn is not text');
  check(Array.isArray(m.attendeeUpns) && (m.attendeeUpns as unknown[]).every((a) => typeof a === 'string'), 'meeting.attendeeUpns is not a list of sign-in names');
  check(oneOf(PROTECTIVE_MARKINGS, m.marking), 'meeting.marking is not a protective marking');
  check(typeof m.notes === 'string', 'meeting.notes is not text');
}

function checkIndicator(v: unknown, i: number): void {
  const where = `indicators[${i}]`;
  check(isObject(v), `${where} is not an object`);
  const x = v as Json;
  check(oneOf(INDICATOR_KEYS, x.key), `${where}.key is unknown`);
  check(oneOf(RISK_CATEGORIES, x.topic), `${where}.topic is unknown`);
  check(oneOf(INDICATOR_UNITS, x.unit), `${where}.unit is unknown`);
  check(typeof x.source === 'string', `${where}.source is not text`);
  check(x.publishedAt === null || isInstant(x.publishedAt), `${where}.publishedAt is not an instant`);
  check(Array.isArray(x.rows), `${where}.rows is not a list`);
  (x.rows as unknown[]).forEach((r, k) => {
    check(isObject(r) && typeof r.force === 'string' && numberOrNull(r.value) && numberOrNull(r.base), `${where}.rows[${k}] is not a row`);
  });
}

/** Reads a stored meeting snapshot, checking its shape; the result is deeply frozen. */
export function parseMeetingSnapshot(text: string): IMeetingSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MeetingSnapshotError('format', 'not JSON');
  }
  check(isObject(value), 'not an object');
  const s = value as Json;
  check(s.schema === MEETING_SNAPSHOT_SCHEMA, `schema ${String(s.schema)} is not ${MEETING_SNAPSHOT_SCHEMA}`);
  checkMeeting(s.meeting);
  check(isInstant(s.closedAt), 'closedAt is not an instant');
  check(typeof s.closedByUpn === 'string', 'closedByUpn is not text');
  check(Array.isArray(s.indicators), 'indicators is not a list');
  (s.indicators as unknown[]).forEach(checkIndicator);
  check(s.reissueOf === null || (isObject(s.reissueOf) && isCount(s.reissueOf.recordId) && isInstant(s.reissueOf.closedAt)), 'reissueOf is neither null nor an earlier closure');
  let register: IRegisterSnapshot;
  try {
    register = parseSnapshot(JSON.stringify(s.register));
  } catch (e) {
    if (e instanceof SnapshotFormatError) throw new MeetingSnapshotError('format', `register: ${e.problem}`);
    throw e;
  }
  const parsed = { ...(s as unknown as IMeetingSnapshot), register };
  return deepFreeze(parsed);
}

// ---------------------------------------------------------------------------------------------------
// Parts

/** cyrb53 (public domain): a fast, well-mixed 53-bit hash of a string, as 14 hex digits. */
export function snapshotChecksum(text: string): string {
  // A local reference: looking `Math` up on the global object for each of a few hundred thousand characters
  // costs more than the hash itself where the global is a proxy (a sandbox, a test runner).
  const imul = Math.imul;
  const n = text.length;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `00000000000000${value.toString(16)}`.slice(-14);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Splits text into parts of at most `maxPart` characters, never between the halves of a surrogate pair. */
export function splitSnapshot(text: string, maxPart: number = MAX_PART_LENGTH): string[] {
  if (!Number.isInteger(maxPart) || maxPart < 2 || maxPart > NOTE_LIMIT) throw new RangeError(`A part holds 2 to ${NOTE_LIMIT} characters, not ${maxPart}`);
  const parts: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + maxPart, text.length);
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts;
}

/** What a closure records about its snapshot, to check the parts against when reading them back. */
export interface ISnapshotManifest {
  parts: number;
  length: number;
  checksum: string;
}

export interface IPackedSnapshot extends ISnapshotManifest {
  /** Part 1 first. */
  contents: string[];
}

/** The snapshot as it will be stored: its parts, and the manifest the closure record carries. */
export function packMeetingSnapshot(snapshot: IMeetingSnapshot, maxPart: number = MAX_PART_LENGTH): IPackedSnapshot {
  const text = serialiseMeetingSnapshot(snapshot);
  const contents = splitSnapshot(text, maxPart);
  return { contents, parts: contents.length, length: text.length, checksum: snapshotChecksum(text) };
}

export interface ISnapshotPart {
  /** From 1. */
  part: number;
  content: string;
}

/** Joins stored parts back into the snapshot's text, refusing anything that is not exactly what was written. */
export function reassembleSnapshot(parts: readonly ISnapshotPart[], manifest: ISnapshotManifest): string {
  if (!Number.isInteger(manifest.parts) || manifest.parts < 1) throw new MeetingSnapshotError('format', `the closure names ${manifest.parts} parts`);
  const byNumber = new Map<number, string>();
  for (const p of parts) {
    if (!Number.isInteger(p.part) || p.part < 1 || p.part > manifest.parts) throw new MeetingSnapshotError('unexpectedPart', `part ${p.part} of ${manifest.parts}`);
    if (byNumber.has(p.part)) throw new MeetingSnapshotError('duplicatePart', `part ${p.part} is stored twice`);
    byNumber.set(p.part, p.content);
  }
  const pieces: string[] = [];
  for (let n = 1; n <= manifest.parts; n++) {
    const content = byNumber.get(n);
    if (content === undefined) throw new MeetingSnapshotError('missingPart', `part ${n} of ${manifest.parts} is missing`);
    pieces.push(content);
  }
  const text = pieces.join('');
  if (text.length !== manifest.length) throw new MeetingSnapshotError('lengthMismatch', `${text.length} characters, the closure says ${manifest.length}`);
  const sum = snapshotChecksum(text);
  if (sum !== manifest.checksum) throw new MeetingSnapshotError('checksumMismatch', `checksum ${sum}, the closure says ${manifest.checksum}`);
  return text;
}

/** Reassembles and parses a stored snapshot (deeply frozen). */
export function readMeetingSnapshot(parts: readonly ISnapshotPart[], manifest: ISnapshotManifest): IMeetingSnapshot {
  return parseMeetingSnapshot(reassembleSnapshot(parts, manifest));
}
