/**
 * Subject access and removal: everything the suite's lists hold on one person, with each item's version
 * history, and the removal of what the retention rules allow (`src/domain/people/retention.ts`).
 *
 * Reads are threshold-safe at any list size: an indexed person column is queried directly; an unindexed
 * one (force assessments, meetings: small lists) is read in Id windows. What a reader may see is what
 * SharePoint lets them see: a lead without Override List Behaviors on responses gets only their own,
 * so the export says, per list, whether it could be read in full (site owners can). Removal deletes the
 * items: a REST delete is permanent (not the recycle bin) and takes the item's versions with it.
 * SharePoint decides who may delete; the workforce, managers and leads hold no Delete on evidence lists,
 * so in practice a site owner (the data protection role) removes.
 */
import { ALL_LISTS, type ItemOf, type ListDefinition } from '../lists';
import { PERSON_SOURCES, removalDecision, type IPersonSource, type RemovalDecision, type RetentionRule } from '../domain/people/retention';
import { personKey } from '../domain/catalogue/entry';
import { PermissionKind } from '@pnp/sp/security';
import { hasPermissions, listOf, type DataSite } from './sp';
import { collectPages, queryIndexed, scanByIdRange, type ReadOptions } from './paging';
import { filterFor } from './odata';
import { ForbiddenError, NotFoundError, toDataError, type DataError } from './errors';
import { deleteItem, type WriteOptions } from './writes';
import { inBatches, type BatchOp } from './batch';

export interface ISubjectVersion {
  readonly label: string;
  readonly at: string;
  /** Who saved the version (display name), as SharePoint stamped it. */
  readonly by: string;
  /** The list's own columns in that version, by internal name. */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface ISubjectItem {
  readonly id: number;
  readonly etag: string;
  readonly created: string | null;
  readonly modified: string | null;
  /** The item's columns by their suite key (the typed item). */
  readonly values: Readonly<Record<string, unknown>>;
  /** Oldest first; empty when the list keeps no versions. */
  readonly versions: readonly ISubjectVersion[];
}

export interface ISubjectSource {
  readonly listKey: string;
  readonly listTitle: string;
  readonly column: string;
  readonly rule: RetentionRule;
  readonly items: readonly ISubjectItem[];
  /** Why these items may not be removed today, or that they may. */
  readonly decision: RemovalDecision;
  /**
   * SharePoint let the reader see every item of the list (Read, and Override List Behaviors where
   * people read only their own items): false means the export of this list may be incomplete.
   */
  readonly complete: boolean;
  /** SharePoint lets the reader delete items of the list (Delete Items). */
  readonly canRemove: boolean;
  /** The list could not be read (e.g. not set up, or SharePoint refused): what it said. */
  readonly problem?: DataError;
}

export interface ISubjectAccessExport {
  readonly upn: string;
  readonly exportedAt: string;
  readonly leaveDate: string | undefined;
  readonly sources: readonly ISubjectSource[];
}

export interface ISubjectAccessOptions extends ReadOptions, WriteOptions {
  /** Today's date (YYYY-MM-DD, UK), for the retention rules. */
  readonly today: string;
  readonly now?: () => Date;
}

function listFor(key: string): ListDefinition {
  const def = ALL_LISTS.find((l) => l.key === key);
  if (def === undefined) throw new Error(`no list ${key}`);
  return def;
}

interface IRawVersionRow {
  readonly VersionLabel?: unknown;
  readonly Created?: unknown;
  readonly Editor?: unknown;
  readonly [column: string]: unknown;
}

function editorName(v: unknown): string {
  if (typeof v !== 'object' || v === null) return '';
  const r = v as Record<string, unknown>;
  return typeof r.LookupValue === 'string' ? r.LookupValue : typeof r.Title === 'string' ? r.Title : '';
}

/** Each item's versions, oldest first: the reads go in `$batch`es of 20, not one round trip per item. */
async function versionsOf(site: DataSite, def: ListDefinition, ids: readonly number[]): Promise<ISubjectVersion[][]> {
  const columns = Object.keys(def.fields).map((k) => def.fields[k].internalName);
  const ops = ids.map((id): BatchOp<IRawVersionRow[]> => ({ method: 'GET', run: (s) => listOf(s, def).items.getById(id).versions() as Promise<IRawVersionRow[]> }));
  const outcomes = await inBatches(site, ops);
  return outcomes.map((o) => {
    if (!o.ok) throw o.error;
    return o.value
      .map((raw) => {
        const values: Record<string, unknown> = {};
        for (const c of columns) if (c in raw) values[c] = raw[c];
        return { label: typeof raw.VersionLabel === 'string' ? raw.VersionLabel : '', at: typeof raw.Created === 'string' ? raw.Created : '', by: editorName(raw.Editor), values };
      })
      .reverse();
  });
}

async function itemsFor(site: DataSite, def: ListDefinition, column: string, upn: string, opts: ReadOptions): Promise<Array<ItemOf<ListDefinition>>> {
  const field = def.fields[column];
  const filter = filterFor(def).eq(column as never, upn as never);
  if (field.indexed === true) return collectPages(queryIndexed(site, def, filter, opts));
  return collectPages(scanByIdRange(site, def, { ...opts, filter }));
}

function subjectItem(item: ItemOf<ListDefinition>, versions: ISubjectVersion[]): ISubjectItem {
  const { id, etag, created, modified, ...values } = item as unknown as Record<string, unknown> & { id: number; etag: string; created?: Date | null; modified?: Date | null };
  const iso = (d: Date | null | undefined): string | null => (d instanceof Date ? d.toISOString() : null);
  return { id, etag, created: iso(created), modified: iso(modified), values, versions };
}

/**
 * Everything the suite holds on a person, list by list, with versions. A list that cannot be read is
 * reported with its problem, and the export goes on: one missing list never hides the others.
 */
export async function exportSubjectData(site: DataSite, upnIn: string, opts: ISubjectAccessOptions): Promise<ISubjectAccessExport> {
  const upn = personKey(upnIn);
  const read = async (source: IPersonSource): Promise<Omit<ISubjectSource, 'decision'>> => {
    const def = listFor(source.listKey);
    const base = { listKey: source.listKey, listTitle: def.title, column: def.fields[source.column].internalName, rule: source.rule, complete: false, canRemove: false };
    try {
      const [view, override, remove] = await hasPermissions(site, def, [PermissionKind.ViewListItems, PermissionKind.CancelCheckout, PermissionKind.DeleteListItems]);
      const rights = { complete: view && (def.settings.itemSecurity.read === 'all' || override), canRemove: remove };
      const items = await itemsFor(site, def, source.column, upn, opts);
      const versions = await versionsOf(site, def, items.map((item) => item.id));
      return { ...base, ...rights, items: items.map((item, i) => subjectItem(item, versions[i])) };
    } catch (e) {
      return { ...base, items: [], problem: await toDataError(e) };
    }
  };
  const sources = await Promise.all(PERSON_SOURCES.map(read));
  const people = sources.find((s) => s.listKey === 'people');
  const leaveValues = (people?.items ?? []).map((i) => i.values.leaveDate).filter((d): d is string => typeof d === 'string');
  // Rejoined and left again: the latest leave date counts. Still in the workforce if any row has none.
  const inWorkforce = (people?.items ?? []).some((i) => typeof i.values.leaveDate !== 'string');
  const leaveDate = inWorkforce || leaveValues.length === 0 ? undefined : leaveValues.sort()[leaveValues.length - 1];
  return {
    upn,
    exportedAt: (opts.now ?? (() => new Date()))().toISOString(),
    leaveDate,
    sources: sources.map((s) => ({ ...s, decision: removalDecision(s.rule, leaveDate, opts.today) }))
  };
}

export interface IRemovalOutcome {
  readonly listKey: string;
  readonly removed: number;
  /** Items SharePoint refused to delete (or lost), with why. */
  readonly failed: ReadonlyArray<{ readonly id: number; readonly error: DataError }>;
}

/**
 * Removes what the export's retention decisions allow, list by list: each item deleted with the etag read
 * (so an item changed since the export is not deleted unseen), versions with it. Safe to run again: an
 * item already gone counts as removed.
 */
export async function removeSubjectData(site: DataSite, data: ISubjectAccessExport, opts: WriteOptions = {}): Promise<IRemovalOutcome[]> {
  const outcomes: IRemovalOutcome[] = [];
  // The People row last: the records reported against it go first.
  const order = data.sources.filter((s) => s.decision.remove && s.items.length > 0).sort((a, b) => Number(a.listKey === 'people') - Number(b.listKey === 'people'));
  for (const source of order) {
    const def = listFor(source.listKey);
    let removed = 0;
    const failed: Array<{ id: number; error: DataError }> = [];
    // Without Delete Items the items may also be hidden from the remover (a 404 would read as "already
    // gone"): SharePoint's answer on the list's permissions stands for every item.
    let allowed: boolean;
    try {
      [allowed] = await hasPermissions(site, def, [PermissionKind.DeleteListItems]);
    } catch (e) {
      const error = await toDataError(e);
      outcomes.push({ listKey: source.listKey, removed: 0, failed: source.items.map((i) => ({ id: i.id, error })) });
      continue;
    }
    if (!allowed) {
      outcomes.push({ listKey: source.listKey, removed: 0, failed: source.items.map((i) => ({ id: i.id, error: new ForbiddenError() })) });
      continue;
    }
    for (const item of source.items) {
      try {
        await deleteItem(site, def, item.id, item.etag, opts);
        removed++;
      } catch (e) {
        const error = await toDataError(e);
        if (error instanceof NotFoundError) removed++;
        else failed.push({ id: item.id, error });
      }
    }
    outcomes.push({ listKey: source.listKey, removed, failed });
  }
  return outcomes;
}
