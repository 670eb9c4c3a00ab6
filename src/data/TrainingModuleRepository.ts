/**
 * Training modules as training leads manage them: list, create, edit, publish a new policy version,
 * retire and reinstate. Never delete: completions refer to a module by its code, so a module that is
 * no longer needed is retired (it then applies to nobody) and its history still resolves.
 *
 * Who may write is SharePoint's decision (the list gives Contribute to the training leads' group and
 * Read to the workforce); this class only sends the request and reports the refusal as a
 * `ForbiddenError`. Every change carries the etag the lead read, so two leads editing one module
 * cannot overwrite each other: the second gets a `ConflictError` holding the current version.
 */
import {
  draftFromModule,
  modulePatch,
  moduleToItem,
  validateModuleDraft,
  type DraftMode,
  type IDraftProblem,
  type IModuleDraft,
  type ModulePatch
} from '../domain/training/moduleDraft';
import { isDay } from '../domain/training/days';
import type { ITrainingModule } from '../domain/training/types';
import { TrainingModulesList, type TrainingModuleItem } from '../lists/training';
import { ConflictError, NotFoundError, ValidationError, toDataError } from './errors';
import { filterFor } from './odata';
import { collectPages, queryIndexed, scanByIdRange, type ReadOptions } from './paging';
import type { DataSite } from './sp';
import { createItem, randomClientId, updateItem, type WriteOptions } from './writes';
import { moduleFromItem } from './TrainingRepository';

const modules = filterFor(TrainingModulesList);

/** One module as read: its item id and etag (to write it back), the domain view and the list item. */
export interface IModuleRecord {
  readonly id: number;
  readonly etag: string;
  readonly module: ITrainingModule;
  readonly item: TrainingModuleItem;
}

/** The outcome of a change: the etag to send with the next one. */
export interface IModuleWrite {
  readonly etag: string;
}

/** The outcome of publishing a policy version. */
export interface IPublishedVersion extends IModuleWrite {
  readonly version: number;
  readonly publishedOn: string;
}

/** What the module management UI needs; `TrainingModuleRepository` is the SharePoint implementation. */
export interface ITrainingModuleStore {
  list(): Promise<IModuleRecord[]>;
  get(id: number): Promise<IModuleRecord>;
  create(draft: IModuleDraft, clientId?: string): Promise<IModuleRecord>;
  update(id: number, etag: string, draft: IModuleDraft): Promise<IModuleWrite>;
  publishPolicyVersion(id: number, etag: string, publishedOn: string): Promise<IPublishedVersion>;
  setActive(id: number, etag: string, active: boolean): Promise<IModuleWrite>;
}

/** Validation problem keys as `ValidationError` carries them (`validation.<code>`). */
export function draftValidationError(problems: readonly IDraftProblem[]): ValidationError {
  return new ValidationError(problems.map((p) => ({ field: p.path, key: `validation.${p.code}`, detail: `${p.path}: ${p.code}` })));
}

/** Another module already has the code: creating a second would merge their completions. */
export class DuplicateModuleKeyError extends ValidationError {
  public constructor(
    public readonly moduleKey: string,
    /** Title of the module that holds the code (possibly retired). */
    public readonly heldBy: string
  ) {
    super([{ field: 'key', key: 'validation.keyTaken', detail: `The module code "${moduleKey}" is already used by "${heldBy}".` }]);
    this.name = 'DuplicateModuleKeyError';
  }
}

export function recordFromItem(item: TrainingModuleItem): IModuleRecord {
  return { id: item.id, etag: item.etag, module: moduleFromItem(item), item };
}

/** The leads' order: the order column, then title. */
export function byModuleOrder(a: IModuleRecord, b: IModuleRecord): number {
  return (a.item.sortOrder ?? 0) - (b.item.sortOrder ?? 0) || a.item.title.localeCompare(b.item.title);
}

/** The draft a record is edited from. */
export function draftOf(record: IModuleRecord): IModuleDraft {
  return draftFromModule(record.module, record.item.sortOrder);
}

function check(draft: IModuleDraft, existingKeys: readonly string[], mode: DraftMode): void {
  const problems = validateModuleDraft(draft, existingKeys, mode);
  if (problems.length > 0) throw draftValidationError(problems);
}

export class TrainingModuleRepository implements ITrainingModuleStore {
  public constructor(
    private readonly site: DataSite,
    private readonly options: ReadOptions & WriteOptions = {}
  ) {}

  /** Every module, active or retired, in the leads' order. Id windows: safe at any list size. */
  public async list(): Promise<IModuleRecord[]> {
    const items = await collectPages(scanByIdRange(this.site, TrainingModulesList, this.options));
    return items.map(recordFromItem).sort(byModuleOrder);
  }

  /** One module by item id, as it is now; `NotFoundError` when it is gone. */
  public async get(id: number): Promise<IModuleRecord> {
    const items = await collectPages(queryIndexed(this.site, TrainingModulesList, modules.eq('id', id), this.options));
    if (items.length === 0) throw new NotFoundError();
    return recordFromItem(items[0]);
  }

  /** Modules holding a code (the code column is indexed; SharePoint compares text ignoring case). */
  private async withKey(key: string): Promise<TrainingModuleItem[]> {
    return collectPages(queryIndexed(this.site, TrainingModulesList, modules.eq('key', key), this.options));
  }

  /**
   * Creates a module, active, after checking no module (retired ones included) has its code. Pass the
   * same `clientId` when retrying a create whose answer was lost: it is then made exactly once.
   */
  public async create(draft: IModuleDraft, clientId: string = randomClientId()): Promise<IModuleRecord> {
    check(draft, [], 'create');
    const values = moduleToItem(draft);
    const holders = await this.withKey(values.key);
    // Our own earlier attempt (same client id) is not a duplicate: it is this create, already made.
    const mine = holders.filter((h) => h.clientId === clientId)[0];
    if (mine !== undefined) return recordFromItem(mine);
    if (holders.length > 0) throw new DuplicateModuleKeyError(values.key, holders[0].title);
    const item = await createItem(this.site, TrainingModulesList, { ...values, clientId }, this.options);
    return recordFromItem(item);
  }

  /**
   * Saves a lead's edits if the module still has the etag they read. The code, the active flag and the
   * policy version are never written here: the code is fixed, the others have their own actions.
   */
  public async update(id: number, etag: string, draft: IModuleDraft): Promise<IModuleWrite> {
    check(draft, [], 'edit');
    return this.write(id, etag, modulePatch(draft));
  }

  /**
   * Publishes a new version of a policy (or makes the module a policy module at version 1): everyone
   * it applies to must attest to the new version within the module's due period from `publishedOn`.
   */
  public async publishPolicyVersion(id: number, etag: string, publishedOn: string): Promise<IPublishedVersion> {
    if (!isDay(publishedOn)) throw new ValidationError([{ field: 'policyPublishedOn', key: 'validation.date', detail: `Not a calendar day: ${publishedOn}` }]);
    const current = await this.get(id);
    // The version is computed from what was read; the write only succeeds if nothing changed since the
    // lead's read (their etag), so two leads publishing at once make one version, not two.
    if (current.etag !== etag) throw new ConflictError<IModuleRecord>(current);
    const version = (current.item.policyVersion ?? 0) + 1;
    const written = await this.write(id, etag, { policyVersion: version, policyPublishedOn: publishedOn });
    return { etag: written.etag, version, publishedOn };
  }

  /** Retires (false) or reinstates (true) a module. Nothing is deleted. */
  public async setActive(id: number, etag: string, active: boolean): Promise<IModuleWrite> {
    return this.write(id, etag, { active });
  }

  private async write(id: number, etag: string, patch: ModulePatch): Promise<IModuleWrite> {
    try {
      const result = await updateItem(this.site, TrainingModulesList, { id, etag, patch }, this.options);
      return { etag: result.etag };
    } catch (e) {
      const error = await toDataError(e, 'POST');
      // Hand the UI the server's version in domain form, so it can say who changed what.
      if (error instanceof ConflictError && error.current !== null && typeof error.current === 'object') {
        throw new ConflictError<IModuleRecord>(recordFromItem(error.current as TrainingModuleItem), error.server);
      }
      throw error;
    }
  }
}
