/**
 * Writes that survive a lost answer.
 *
 * Creates carry a client-generated id in the list's `<prefix>ClientId` column (indexed, not unique).
 * When a create's answer is lost (network error or 504, alone or inside a `$batch`), each create is
 * looked up by its client id and only the missing ones are sent again: never two items for one
 * create, never a create silently dropped.
 *
 * Updates and deletes always carry the etag that was read. A lost answer is resolved by sending the
 * same request again: an update that then meets 412 is done if the server already holds our values;
 * a delete that then meets 404 is done. A 412 otherwise becomes `ConflictError` with the server's
 * current item, fetched, so the UI can show both versions.
 */
import { ListDefinition, ItemOf, NewItemOf, ItemPatchOf, ModerationStatus } from '../lists/define';
import { fromWire, selectFor, toWire, MappingOptions, DEFAULT_MAPPING_OPTIONS, WireShapeError, WireWriteValue } from '../lists/mapping';
import { DataSite, listOf } from './sp';
import { ConflictError, DataError, NetworkError, NotFoundError, UnexpectedError, ValidationError, toDataError } from './errors';
import { BatchOp, inBatches, Outcome } from './batch';
import { odataLiteral } from './odata';

export type IdGenerator = () => string;

/** RFC 4122 v4 id from the platform's CSPRNG (`crypto.randomUUID` or `getRandomValues`). */
export const randomClientId: IdGenerator = () => {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c !== undefined && typeof c.randomUUID === 'function') return c.randomUUID();
  if (c === undefined) throw new Error('No crypto source for client ids');
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] % 16) + 64;
  b[8] = (b[8] % 64) + 128;
  const h = Array.prototype.map.call(b, (x: number) => (x + 256).toString(16).slice(1)) as string[];
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
};

export interface WriteOptions {
  readonly newId?: IdGenerator;
  readonly mapping?: MappingOptions;
  /** Rounds of "look up, re-send the missing" after lost answers. Default 2. */
  readonly resendRounds?: number;
  /** Operations per `$batch` (≤ 20). */
  readonly batchSize?: number;
  /**
   * An update that meets a changed item (412) is done when the item already holds exactly what it writes:
   * a person saving again after a failure whose first save in fact landed (its answer was lost). Without
   * it, only a re-send within the same call is recognised so (callers that report "already applied"
   * themselves, such as imports, keep the conflict).
   */
  readonly acceptIfHeld?: boolean;
}

/**
 * Content approval decided in the same request as a create or update (SHAREPOINT_REST_SHAPES §7): an
 * approver's write that names the status keeps it (an edit that leaves it out sends an approved item
 * back to pending). SharePoint refuses it (403) from anyone without Approve Items, and on lists without
 * content approval, so only approvers' code paths pass it.
 */
export interface ModerationWrite {
  readonly status: Extract<ModerationStatus, 'approved' | 'rejected' | 'pending'>;
  /** The approver's comment (`_ModerationComments`); left unchanged when omitted. */
  readonly comments?: string | null;
}

const MODERATION_CODES: Readonly<Record<ModerationWrite['status'], number>> = { approved: 0, rejected: 1, pending: 2 };

/** The moderation columns of a write body, by their entity names. */
export function moderationBody(moderation: ModerationWrite | undefined): Readonly<Record<string, WireWriteValue>> {
  if (moderation === undefined) return {};
  const body: Record<string, WireWriteValue> = { OData__ModerationStatus: MODERATION_CODES[moderation.status] };
  if (moderation.comments !== undefined) body.OData__ModerationComments = moderation.comments;
  return body;
}

/**
 * The write body for create or update, or a `ValidationError` naming the field: a value that does
 * not fit its column, or (on create) a required column left empty. Nothing is sent for such input.
 */
export function writeBody<L extends ListDefinition>(
  def: L,
  values: NewItemOf<L> | ItemPatchOf<L>,
  creating: boolean
): Readonly<Record<string, WireWriteValue>> {
  if (creating) {
    const given = values as Readonly<Record<string, unknown>>;
    const missing = Object.keys(def.fields).filter((k) => {
      const v = given[k];
      return def.fields[k].required && (v === undefined || v === null || v === '');
    });
    if (missing.length > 0) throw new ValidationError(missing.map((field) => ({ field, key: 'validation.required', detail: `${field} is required` })));
  }
  try {
    return toWire(def, values);
  } catch (e) {
    if (!(e instanceof WireShapeError)) throw e;
    const column = e.column;
    const field = Object.keys(def.fields).filter((k) => def.fields[k].internalName === column)[0];
    throw new ValidationError([{ field, key: 'validation.invalidValue', detail: e.message }]);
  }
}

/** True when the outcome of a write is unknown: the server may or may not have committed it. */
function lostAnswer(error: DataError): boolean {
  return error instanceof NetworkError && error.outcomeUnknown;
}

async function readItem<L extends ListDefinition>(site: DataSite, def: L, id: number, opts: WriteOptions): Promise<ItemOf<L> | null> {
  const spec = selectFor(def);
  try {
    let q = listOf(site, def).items.getById(id).select(...spec.select);
    if (spec.expand.length > 0) q = q.expand(...spec.expand);
    return fromWire(def, await q(), opts.mapping ?? DEFAULT_MAPPING_OPTIONS);
  } catch (e) {
    const err = await toDataError(e);
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

/** Finds items by client id: one indexed `eq` query per id (threshold-safe on any list), batched. */
export async function findByClientIds<L extends ListDefinition>(
  site: DataSite,
  def: L,
  clientIds: readonly string[],
  opts: WriteOptions = {}
): Promise<Map<string, ItemOf<L>>> {
  const column = def.fields.clientId.internalName;
  const spec = selectFor(def);
  const ops = clientIds.map(
    (cid): BatchOp<unknown[]> => ({
      method: 'GET',
      run: (s) => {
        let q = listOf(s, def).items.select(...spec.select).filter(`${column} eq ${odataLiteral(cid)}`).orderBy('Id', true).top(2);
        if (spec.expand.length > 0) q = q.expand(...spec.expand);
        return q() as Promise<unknown[]>;
      }
    })
  );
  const found = new Map<string, ItemOf<L>>();
  const outcomes = await inBatches(site, ops, { size: opts.batchSize });
  // A `$batch` is a POST, and the same fault that lost the creates may lose it: its reads are
  // safe to repeat, so ask again one GET at a time.
  const lost = outcomes.map((o, i) => (!o.ok && o.error instanceof NetworkError ? i : -1)).filter((i) => i >= 0);
  if (lost.length > 0) {
    const again = await inBatches(site, lost.map((i) => ops[i]), { size: 1 });
    lost.forEach((i, k) => (outcomes[i] = again[k]));
  }
  outcomes.forEach((o, i) => {
    if (!o.ok) throw o.error;
    // Lowest Id first: if an item was ever duplicated by another client, the oldest one wins.
    if (o.value.length > 0) found.set(clientIds[i], fromWire(def, o.value[0], opts.mapping ?? DEFAULT_MAPPING_OPTIONS));
  });
  return found;
}

/**
 * A browser may send a POST again by itself when the connection closes before any answer (Chromium does,
 * on a reused connection), and a proxy may too: the server then holds the item twice and the app only
 * hears of the second. So each answered create is looked up once more by its client id (Ids only, one
 * indexed query each, batched). An OLDER item under the same client id holding the same values is that
 * same create: the newer copy is deleted (best effort: readers take the oldest anyway) and the older
 * one is the outcome. An older item holding other values is someone else's create under the same id
 * (another tab's vote): left alone. A failed check leaves the outcome as it was.
 */
async function settleCopies<L extends ListDefinition>(
  site: DataSite,
  def: L,
  inputs: ReadonlyArray<NewItemOf<L>>,
  clientIds: readonly string[],
  results: Array<Outcome<ItemOf<L>> | undefined>,
  answered: readonly number[],
  opts: WriteOptions
): Promise<void> {
  if (answered.length === 0) return;
  const column = def.fields.clientId.internalName;
  const ops = answered.map(
    (i): BatchOp<Array<{ Id: number }>> => ({
      method: 'GET',
      run: (s) => listOf(s, def).items.select('Id').filter(`${column} eq ${odataLiteral(clientIds[i])}`).orderBy('Id', true).top(2)() as Promise<Array<{ Id: number }>>
    })
  );
  let outcomes: Array<Outcome<Array<{ Id: number }>>>;
  try {
    outcomes = await inBatches(site, ops, { size: opts.batchSize });
  } catch {
    return;
  }
  const settled = new Map<number, ItemOf<L>>();
  for (let k = 0; k < answered.length; k++) {
    const i = answered[k];
    const o = outcomes[k];
    const ours = results[i];
    if (!o.ok || ours === undefined || !ours.ok || o.value.length < 2 || o.value[0].Id === ours.value.id) continue;
    const older = await readItem(site, def, o.value[0].Id, opts).catch(() => null);
    if (older === null || !holdsValues(def, older, inputs[i] as unknown as ItemPatchOf<L>)) continue;
    settled.set(i, older);
    // Refused where people may not delete (records kept as evidence): the copy stays, and the oldest
    // item is what every lookup takes.
    await deleteItem(site, def, ours.value.id, ours.value.etag, opts).catch(() => undefined);
  }
  settled.forEach((older, i) => {
    results[i] = { ok: true, value: older };
  });
}

/**
 * The items without copies: of items sharing a client id, only the oldest (lowest Id) is kept (see
 * `settleCopies`: a copy a browser made, which the person could not delete). Order is kept.
 */
export function withoutCopies<T extends { readonly id: number; readonly clientId?: string | null }>(items: readonly T[]): T[] {
  const oldest = new Map<string, number>();
  items.forEach((item) => {
    const cid = item.clientId;
    if (cid === undefined || cid === null || cid === '') return;
    const seen = oldest.get(cid);
    if (seen === undefined || item.id < seen) oldest.set(cid, item.id);
  });
  return items.filter((item) => item.clientId === undefined || item.clientId === null || item.clientId === '' || oldest.get(item.clientId) === item.id);
}

/** Options of a create: the write options, and content approval set in the same request. */
export interface CreateOptions extends WriteOptions {
  /** Applies to every input; approvers only (see `ModerationWrite`). */
  readonly moderation?: ModerationWrite;
}

/** A create's outcome with the client id it was sent under (re-use it to retry idempotently). */
export type CreateOutcome<T> = Outcome<T> & { readonly clientId: string };

/**
 * Creates items, in `$batch` chunks, each exactly once. Returns one outcome per input, in order.
 * Inputs may carry their own `clientId` (e.g. a create queued before a reload); others get one.
 */
export async function createItems<L extends ListDefinition>(
  site: DataSite,
  def: L,
  inputs: ReadonlyArray<NewItemOf<L>>,
  opts: CreateOptions = {}
): Promise<Array<CreateOutcome<ItemOf<L>>>> {
  const newId = opts.newId ?? randomClientId;
  const mapping = opts.mapping ?? DEFAULT_MAPPING_OPTIONS;
  const column = def.fields.clientId.internalName;
  const clientIds = inputs.map((input) => {
    const given = (input as { readonly clientId?: unknown }).clientId;
    return typeof given === 'string' && given !== '' ? given : newId();
  });
  const results: Array<Outcome<ItemOf<L>> | undefined> = inputs.map(() => undefined);
  const bodies = inputs.map((input, i) => {
    try {
      return { ...writeBody(def, input, true), ...moderationBody(opts.moderation), [column]: clientIds[i] };
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      results[i] = { ok: false, error: e };
      return {};
    }
  });

  // An input that brings its own client id may have been sent before (a create queued before a
  // reload): ask first, so that retrying it can never make a second item.
  const brought = inputs
    .map((_x, i) => i)
    .filter((i) => results[i] === undefined && typeof (inputs[i] as { readonly clientId?: unknown }).clientId === 'string');
  const already = brought.length > 0 ? await findByClientIds(site, def, brought.map((i) => clientIds[i]), opts) : new Map<string, ItemOf<L>>();
  brought.forEach((i) => {
    const item = already.get(clientIds[i]);
    if (item !== undefined) results[i] = { ok: true, value: item };
  });

  const rounds = opts.resendRounds ?? 2;
  /** Inputs whose item came from the answer to their POST (not from a lookup). */
  const answered: number[] = [];
  /** Sends `pending` creates; resolves lost answers by client id; recurses on the missing ones. */
  const sendRound = async (pending: readonly number[], round: number): Promise<void> => {
    const ops = pending.map(
      (i): BatchOp<unknown> => ({ method: 'POST', run: (s) => listOf(s, def).items.add(bodies[i]) as Promise<unknown> })
    );
    const outcomes = await inBatches(site, ops, { size: opts.batchSize });
    const unknown: number[] = [];
    outcomes.forEach((o, k) => {
      const i = pending[k];
      if (o.ok) {
        results[i] = { ok: true, value: fromWire(def, o.value, mapping) };
        answered.push(i);
      } else if (lostAnswer(o.error)) unknown.push(i);
      else results[i] = o;
    });
    if (unknown.length === 0) return;
    // Which of the lost ones did the server commit? If even that cannot be asked, the outcome stays
    // unknown: the caller may retry later with the same client ids (returned) and still get one item.
    let found: Map<string, ItemOf<L>>;
    try {
      found = await findByClientIds(site, def, unknown.map((i) => clientIds[i]), opts);
    } catch (e) {
      const err = await toDataError(e);
      unknown.forEach((i) => {
        results[i] = { ok: false, error: err instanceof NetworkError ? new NetworkError('POST', true, err.server, e) : err };
      });
      return;
    }
    const missing = unknown.filter((i) => {
      const item = found.get(clientIds[i]);
      if (item !== undefined) results[i] = { ok: true, value: item };
      return item === undefined;
    });
    if (missing.length === 0) return;
    if (round >= rounds) {
      missing.forEach((i) => {
        results[i] = { ok: false, error: new NetworkError('POST', true) };
      });
      return;
    }
    await sendRound(missing, round + 1);
  };
  const first = inputs.map((_x, i) => i).filter((i) => results[i] === undefined);
  if (first.length > 0) await sendRound(first, 0);
  await settleCopies(site, def, inputs, clientIds, results, answered, opts);
  return results.map((r, i) => ({ ...(r ?? { ok: false, error: new UnexpectedError('create produced no outcome') }), clientId: clientIds[i] }));
}

/** Creates one item exactly once; throws a `DataError`. */
export async function createItem<L extends ListDefinition>(site: DataSite, def: L, input: NewItemOf<L>, opts: CreateOptions = {}): Promise<ItemOf<L>> {
  const [outcome] = await createItems(site, def, [input], opts);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

export interface ItemUpdate<L extends ListDefinition> {
  readonly id: number;
  /** The etag the caller read; `*` would overwrite others' changes, so it is not defaulted. */
  readonly etag: string;
  readonly patch: ItemPatchOf<L>;
  /** Approve, reject or keep pending in the same request (approvers only). */
  readonly moderation?: ModerationWrite;
}

/** The same values on the wire, column by column, for the columns `values` names. */
function holdsValues<L extends ListDefinition>(def: L, current: ItemOf<L>, values: ItemPatchOf<L>): boolean {
  const wanted = toWire(def, values);
  const currentValues: Record<string, unknown> = {};
  Object.keys(values).forEach((k) => {
    currentValues[k] = (current as unknown as Record<string, unknown>)[k];
  });
  const held = toWire(def, currentValues as ItemPatchOf<L>);
  return Object.keys(wanted).every((col) => JSON.stringify(toSeconds(wanted[col])) === JSON.stringify(toSeconds(held[col])));
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** SharePoint keeps date-times to the second (it drops the milliseconds sent): compare them so. */
function toSeconds(value: WireWriteValue): WireWriteValue {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? `${value.slice(0, 19)}Z` : value;
}

/** The same values for the columns a patch writes, and the same approval status. */
function holdsPatch<L extends ListDefinition>(def: L, current: ItemOf<L>, u: ItemUpdate<L>): boolean {
  const m = u.moderation;
  const sameModeration = m === undefined || (current.moderationStatus === m.status && (m.comments === undefined || (current.moderationComments ?? null) === m.comments));
  return holdsValues(def, current, u.patch) && sameModeration;
}

/** The MERGE body of an update: its columns and, when given, its approval status. */
function updateBody<L extends ListDefinition>(def: L, u: ItemUpdate<L>): Readonly<Record<string, WireWriteValue>> {
  return { ...writeBody(def, u.patch, false), ...moderationBody(u.moderation) };
}

/** Resolves a failed update: lost answer → send again; 412 → done if the server holds the values, else conflict. */
async function resolveUpdate<L extends ListDefinition>(
  site: DataSite,
  def: L,
  u: ItemUpdate<L>,
  error: DataError,
  opts: WriteOptions,
  retried: boolean
): Promise<{ readonly etag: string }> {
  if (lostAnswer(error) && !retried) {
    try {
      return await listOf(site, def).items.getById(u.id).update(updateBody(def, u), u.etag);
    } catch (e) {
      return resolveUpdate(site, def, u, await toDataError(e, 'POST'), opts, true);
    }
  }
  if (error instanceof ConflictError) {
    const current = await readItem(site, def, u.id, opts);
    if (current === null) throw new NotFoundError(error.server);
    // After a lost answer, our own first attempt is the likely "someone else".
    if ((retried || opts.acceptIfHeld === true) && holdsPatch(def, current, u)) return { etag: current.etag };
    throw new ConflictError<ItemOf<L>>(current, error.server);
  }
  throw error;
}

/** Updates one item if it still has the etag read. Returns the new etag. */
export async function updateItem<L extends ListDefinition>(site: DataSite, def: L, u: ItemUpdate<L>, opts: WriteOptions = {}): Promise<{ readonly etag: string }> {
  try {
    return await listOf(site, def).items.getById(u.id).update(updateBody(def, u), u.etag);
  } catch (e) {
    return resolveUpdate(site, def, u, await toDataError(e, 'POST'), opts, false);
  }
}

/** Updates items in `$batch` chunks; lost answers and conflicts are resolved one by one. */
export async function updateItems<L extends ListDefinition>(
  site: DataSite,
  def: L,
  updates: ReadonlyArray<ItemUpdate<L>>,
  opts: WriteOptions = {}
): Promise<Array<Outcome<{ readonly etag: string }>>> {
  const ops = updates.map(
    (u): BatchOp<{ etag: string }> => ({ method: 'POST', run: (s) => listOf(s, def).items.getById(u.id).update(updateBody(def, u), u.etag) })
  );
  const outcomes = await inBatches(site, ops, { size: opts.batchSize });
  const results: Array<Outcome<{ readonly etag: string }>> = [];
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i];
    if (o.ok) {
      results.push(o);
      continue;
    }
    try {
      results.push({ ok: true, value: await resolveUpdate(site, def, updates[i], o.error, opts, false) });
    } catch (e) {
      results.push({ ok: false, error: await toDataError(e, 'POST') });
    }
  }
  return results;
}

/** Deletes one item if it still has the etag read. A re-sent delete that meets 404 is done. */
export async function deleteItem<L extends ListDefinition>(site: DataSite, def: L, id: number, etag: string, opts: WriteOptions = {}): Promise<void> {
  const send = (): Promise<void> => listOf(site, def).items.getById(id).delete(etag);
  let error: DataError;
  try {
    await send();
    return;
  } catch (e) {
    error = await toDataError(e, 'POST');
  }
  if (lostAnswer(error)) {
    try {
      await send();
      return;
    } catch (e) {
      error = await toDataError(e, 'POST');
      if (error instanceof NotFoundError) return;
    }
  }
  if (error instanceof ConflictError) {
    const current = await readItem(site, def, id, opts);
    throw new ConflictError<ItemOf<L>>(current, error.server);
  }
  throw error;
}
