/**
 * The governance risk register on the data site (`src/lists/risks.ts`): risks, each force's assessment of
 * a joint risk, mitigating actions, the RAID log and risk appetite; their history from SharePoint's
 * version history; starter content and CSV import.
 *
 * Decisions:
 * - Who may write is SharePoint's decision: the programme board's level adds and edits but has no Delete
 *   Items (closing is a status), the workforce reads. This class never deletes and has no delete method;
 *   `rights()` reads the effective permissions so the UI offers only what SharePoint will allow.
 * - Every update carries the etag read. A stale one becomes an `EditConflictError` holding the item as
 *   stored now, who changed it and when, what they changed, what you changed, the columns you both changed
 *   differently, and a merge of both (theirs with your non-conflicting changes): the UI shows "what
 *   changed" and the second person chooses (`resolveRiskConflict`), then writes again against `latest`.
 * - Re-scoring one force of a joint risk writes ONLY that force's assessment item (its score columns and
 *   assessed-on day), never the risk item or another force's assessment, so Kent and Essex re-scoring at
 *   once never meet a conflict and neither can change the other's scores.
 * - After a write the item is read back (one GET), so the caller holds what SharePoint holds (etag, editor,
 *   modified).
 * - Reads are threshold-safe at any size: whole lists in Id windows side by side (`readAllSideBySide`);
 *   one risk's assessments by the indexed risk-id column; its actions and RAID items by `substringof` on
 *   the `;id;` column behind the Id range.
 * - History is SharePoint's version history (see `src/lists/risks.ts`), one GET per item (the risk and each
 *   assessment, side by side), diffed by the domain (`riskHistory`).
 * - Creates are idempotent by client id: a risk's is given by the caller (random otherwise), a starter
 *   risk's and an import row's derive from the reference, an assessment's from the risk and force, an
 *   appetite row's from its topic and force. A retry, a second click or a re-applied plan finds the item.
 */
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/items';
import {
  actionFromFields,
  actionProblems,
  actionToFields,
  appetiteFromFields,
  appetiteProblems,
  appetiteToFields,
  assessmentFromFields,
  assessmentProblems,
  assessmentsOf,
  assessmentToFields,
  ASSESSMENT_FIELD_KEYS,
  blocking,
  isJoint,
  raidFromFields,
  raidProblems,
  raidToFields,
  riskFromFields,
  riskHistory,
  riskProblems,
  riskToFields,
  SCORE_PAIRS,
  threeWay,
  threeWayRisk,
  upnKey,
  type IActionContent,
  type IAppetite,
  type IAppetiteContent,
  type IAssessmentContent,
  type IAssessmentFields,
  type IConflictField,
  type IContentProblem,
  type IFieldChange,
  type IForceAssessment,
  type IHistoryEntry,
  type IPersonRef,
  type IRaidContent,
  type IRaidItem,
  type IRegisterData,
  type IRisk,
  type IRiskAction,
  type IRiskContent,
  type IRiskImportOptions,
  type IRiskImportPlan,
  type IScores,
  type IStamped,
  type IStarterOptions,
  type IVersion,
  type ImportAction,
  type Instant
} from '../domain/risks';

// CSV import and the starter content are only needed on the RAID tab, by a lead: their own chunks, so the
// register does not download them.
const importRules = (): Promise<typeof import('../domain/risks/import')> => import(/* webpackChunkName: 'risk-import' */ '../domain/risks/import');
const starterRules = (): Promise<typeof import('../domain/risks/starter')> => import(/* webpackChunkName: 'risk-import' */ '../domain/risks/starter');
import { dayInLondon } from '../domain/training/days';
import type { ItemOf, ListDefinition, SystemFields } from '../lists/define';
import { fromWire, selectFor, DEFAULT_MAPPING_OPTIONS, type MappingOptions } from '../lists/mapping';
import {
  RaidItemsList,
  RiskActionsList,
  RiskAppetiteList,
  RiskAssessmentsList,
  RisksList,
  type NewRiskItem,
  type RaidItem,
  type RiskActionItem,
  type RiskAppetiteItem,
  type RiskAssessmentItem,
  type RiskItem
} from '../lists/risks';
import { ConflictError, DataError, NotFoundError, ValidationError, toDataError, type ValidationProblem } from './errors';
import { filterFor } from './odata';
import { collectPages, queryIndexed, readAllSideBySide } from './paging';
import { hasPermissions, listOf, type DataSite } from './sp';
import { createItem, createItems, findByClientIds, updateItem, type WriteOptions } from './writes';

const riskFilter = filterFor(RisksList);
const assessmentFilter = filterFor(RiskAssessmentsList);
const actionFilter = filterFor(RiskActionsList);
const raidFilter = filterFor(RaidItemsList);

// ---------------------------------------------------------------------------------------------------
// Wire ⇄ domain (the field records are the list items' own columns: see `src/domain/risks/fields.ts`)

function stamped(item: SystemFields): IStamped {
  return { id: item.id, etag: item.etag, createdAt: item.created.toISOString(), modifiedAt: item.modified.toISOString(), author: item.author, editor: item.editor };
}

export function riskFromItem(item: RiskItem): IRisk {
  return { ...riskFromFields(item), ...stamped(item) };
}

export function assessmentFromItem(item: RiskAssessmentItem): IForceAssessment {
  return { ...assessmentFromFields(item), riskId: item.riskId, ...stamped(item) };
}

export function actionFromItem(item: RiskActionItem): IRiskAction {
  return { ...actionFromFields(item), ...stamped(item) };
}

export function raidFromItem(item: RaidItem): IRaidItem {
  return { ...raidFromFields(item), ...stamped(item) };
}

export function appetiteFromItem(item: RiskAppetiteItem): IAppetite {
  return { ...appetiteFromFields(item), ...stamped(item) };
}

/** A risk's columns as written; a joint risk's own item never holds scores. */
export function riskValues(c: IRiskContent): NewRiskItem {
  const fields = riskToFields(c);
  if (!isJoint(c)) return fields;
  return { ...fields, inherentLikelihood: null, inherentImpact: null, currentLikelihood: null, currentImpact: null, targetLikelihood: null, targetImpact: null };
}

function assessmentTitle(reference: string, force: string): string {
  return `${reference} \u2014 ${force}`.slice(0, 255);
}

// ---------------------------------------------------------------------------------------------------
// Client ids

const slug = (text: string): string => text.trim().toLowerCase();

/** The client id of a force's assessment of a risk: a retried or repeated create finds the item. */
export function assessmentClientId(riskId: number, force: string): string {
  return `rfa:${riskId}:${slug(force)}`.slice(0, 64);
}

/** The client id of a starter risk imported under a reference. */
export function starterClientId(reference: string): string {
  return `rsk-starter:${slug(reference)}`.slice(0, 64);
}

/** The client id of an appetite row (a topic, and a force or every force). */
export function appetiteClientId(category: string, force: string | null): string {
  return `rap:${category}:${force === null ? '*' : slug(force)}`.slice(0, 64);
}

// ---------------------------------------------------------------------------------------------------
// Errors

function validationError(problems: readonly IContentProblem[], prefix: string = ''): ValidationError | null {
  const errors = blocking(problems);
  if (errors.length === 0) return null;
  return new ValidationError(errors.map((p): ValidationProblem => ({ field: `${prefix}${p.field}`, key: `risks.problem.${p.code}`, detail: `${prefix}${p.field}: ${p.code}` })));
}

function throwIfInvalid(problems: readonly IContentProblem[], prefix?: string): void {
  const error = validationError(problems, prefix);
  if (error !== null) throw error;
}

/**
 * Someone changed the item since it was read. `latest` is the item as stored now; the three lists say
 * what they changed, what you changed and where the two collide; `merged` is their version with your
 * non-conflicting changes on top (write it against `latest.etag` to keep both).
 */
export class EditConflictError<T extends IStamped, C> extends ConflictError<T> {
  public readonly latest: T;
  public readonly changedBy: IPersonRef | null;
  public readonly changedAt: Instant;
  public readonly theirChanges: readonly IFieldChange[];
  public readonly myChanges: readonly IFieldChange[];
  public readonly conflicts: readonly IConflictField[];
  /** Theirs plus your non-conflicting changes; conflicting columns hold THEIR value until you choose. */
  public readonly merged: C;

  public constructor(latest: T, diff: { theirChanges: IFieldChange[]; myChanges: IFieldChange[]; conflicts: IConflictField[] }, merged: C, cause: ConflictError) {
    super(latest, cause.server);
    this.latest = latest;
    this.changedBy = latest.editor;
    this.changedAt = latest.modifiedAt;
    this.theirChanges = diff.theirChanges;
    this.myChanges = diff.myChanges;
    this.conflicts = diff.conflicts;
    this.merged = merged;
  }
}

export type RiskConflictError = EditConflictError<IRisk, IRiskContent>;
export type AssessmentConflictError = EditConflictError<IForceAssessment, IAssessmentContent>;

// ---------------------------------------------------------------------------------------------------
// Versions

interface IRawVersion {
  VersionId?: unknown;
  VersionLabel?: unknown;
  Created?: unknown;
  Editor?: unknown;
  [column: string]: unknown;
}

function versionEditor(v: unknown): IPersonRef | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const id = typeof r.LookupId === 'number' ? r.LookupId : typeof r.Id === 'number' ? r.Id : null;
  if (id === null) return null;
  const title = typeof r.LookupValue === 'string' ? r.LookupValue : typeof r.Title === 'string' ? r.Title : '';
  const email = typeof r.Email === 'string' ? r.Email : typeof r.EMail === 'string' ? r.EMail : '';
  return { id, title, email };
}

/**
 * One version row as the list's typed item. Versions carry field values by entity name (our internal
 * names); number columns are accepted as numeric strings too (check: some SharePoint versions send them so).
 */
function versionItem<L extends ListDefinition>(def: L, itemId: number, raw: IRawVersion, mapping: MappingOptions): ItemOf<L> {
  const row: Record<string, unknown> = { ...raw, Id: itemId, Modified: raw.Created, Author: null, Editor: null };
  for (const key of Object.keys(def.fields)) {
    const field = def.fields[key];
    const v = row[field.internalName];
    if (field.kind === 'Number' && typeof v === 'string') row[field.internalName] = v.trim() === '' ? null : Number(v);
  }
  return fromWire(def, row, mapping);
}

// ---------------------------------------------------------------------------------------------------
// The repository

/** What a person may do with the register, from SharePoint's effective permissions on the lists. */
export interface IRiskRights {
  canAdd: boolean;
  canEdit: boolean;
  /** Expected false for the programme board: closing is a status. */
  canDelete: boolean;
  canEditAppetite: boolean;
}

export interface IRiskDetail {
  risk: IRisk;
  /** A joint risk's assessments, one per force. */
  assessments: IForceAssessment[];
  actions: IRiskAction[];
  raid: IRaidItem[];
  /** Newest first; empty unless asked for. */
  history: IHistoryEntry[];
}

export interface IRiskRepositoryOptions {
  /** The clock (tests pin it). */
  now?: () => Date;
  write?: WriteOptions;
  mapping?: MappingOptions;
}

export interface IStarterImportOptions extends Omit<IStarterOptions, 'today'> {
  /** Only these starter codes (default all). */
  codes?: readonly string[];
  /** Also create each risk's suggested first actions (default true), owned by the importer. */
  withActions?: boolean;
  /** Also set the suggested appetite for topics that have none (default false). */
  withAppetite?: boolean;
}

export type StarterOutcomeKind = 'created' | 'exists' | 'failed';

export interface IStarterOutcome {
  code: string;
  reference: string;
  outcome: StarterOutcomeKind;
  riskId: number | null;
  error?: DataError;
}

/** What applying one import row did. */
export type ImportOutcomeKind = 'created' | 'updated' | 'unchanged' | 'alreadyApplied' | 'rejected' | 'conflict' | 'failed';

export interface IImportOutcome {
  line: number;
  reference: string;
  planned: ImportAction;
  outcome: ImportOutcomeKind;
  riskId: number | null;
  /** `conflict`: an `EditConflictError` (the risk changed since the dry run); `failed`: the data error. */
  error?: DataError;
}

/** What the register UI and the board cycle need; `RiskRepository` is the SharePoint implementation. */
export interface IRiskStore {
  rights(): Promise<IRiskRights>;
  register(): Promise<IRegisterData>;
  latest(id: number): Promise<IRisk | undefined>;
  detail(id: number, options?: { history?: boolean }): Promise<IRiskDetail | undefined>;
  history(risk: IRisk, assessments: readonly IForceAssessment[]): Promise<IHistoryEntry[]>;
  createRisk(content: IRiskContent, assessments?: readonly IAssessmentContent[], clientId?: string): Promise<{ risk: IRisk; assessments: IForceAssessment[] }>;
  updateRisk(risk: IRisk, content: IRiskContent): Promise<IRisk>;
  closeRisk(risk: IRisk, note: string, closedOn?: string): Promise<IRisk>;
  reopenRisk(risk: IRisk, note?: string): Promise<IRisk>;
  escalateRisk(risk: IRisk, level: IRiskContent['escalation'], note: string): Promise<IRisk>;
  addAssessment(risk: IRisk, content: IAssessmentContent): Promise<IForceAssessment>;
  updateAssessment(assessment: IForceAssessment, content: IAssessmentContent, kind?: IRisk['kind']): Promise<IForceAssessment>;
  rescoreForce(assessment: IForceAssessment, scores: IScores, notes?: string): Promise<IForceAssessment>;
  createAction(content: IActionContent, clientId?: string): Promise<IRiskAction>;
  updateAction(action: IRiskAction, content: IActionContent): Promise<IRiskAction>;
  createRaidItem(content: IRaidContent, clientId?: string): Promise<IRaidItem>;
  updateRaidItem(item: IRaidItem, content: IRaidContent): Promise<IRaidItem>;
  appetites(): Promise<IAppetite[]>;
  saveAppetite(content: IAppetiteContent, current?: IAppetite): Promise<IAppetite>;
  importStarter(options: IStarterImportOptions): Promise<IStarterOutcome[]>;
  planImport(text: string, options?: Omit<IRiskImportOptions, 'today'>): Promise<IRiskImportPlan>;
  applyImport(plan: IRiskImportPlan): Promise<IImportOutcome[]>;
}

export class RiskRepository implements IRiskStore {
  private readonly site: DataSite;
  private readonly now: () => Date;
  private readonly write: WriteOptions;
  private readonly mapping: MappingOptions;

  public constructor(site: DataSite, options: IRiskRepositoryOptions = {}) {
    this.site = site;
    this.now = options.now ?? (() => new Date());
    this.mapping = options.mapping ?? DEFAULT_MAPPING_OPTIONS;
    this.write = { mapping: this.mapping, ...options.write };
  }

  private today(): string {
    return dayInLondon(this.now());
  }

  /** Two effective-permission GETs (the risks list's, the appetite list's), side by side. */
  public async rights(): Promise<IRiskRights> {
    const [[canAdd, canEdit, canDelete], [canEditAppetite]] = await Promise.all([
      hasPermissions(this.site, RisksList, [PermissionKind.AddListItems, PermissionKind.EditListItems, PermissionKind.DeleteListItems]),
      hasPermissions(this.site, RiskAppetiteList, [PermissionKind.EditListItems])
    ]);
    return { canAdd, canEdit, canDelete, canEditAppetite };
  }

  // ---- reads -----------------------------------------------------------------------------------------

  /** The whole register: the five lists read side by side (two round trips), each in Id windows. */
  public async register(): Promise<IRegisterData> {
    const opts = { mapping: this.mapping };
    const [risks, assessments, actions, raid, appetites] = await Promise.all([
      readAllSideBySide(this.site, RisksList, opts),
      readAllSideBySide(this.site, RiskAssessmentsList, opts),
      readAllSideBySide(this.site, RiskActionsList, opts),
      readAllSideBySide(this.site, RaidItemsList, opts),
      readAllSideBySide(this.site, RiskAppetiteList, opts)
    ]);
    return {
      risks: risks.map(riskFromItem),
      assessments: assessments.map(assessmentFromItem),
      actions: actions.map(actionFromItem),
      raid: raid.map(raidFromItem),
      appetites: appetites.map(appetiteFromItem).sort((a, b) => a.id - b.id)
    };
  }

  private async byId<L extends ListDefinition>(def: L, id: number): Promise<ItemOf<L> | undefined> {
    const spec = selectFor(def);
    try {
      let q = listOf(this.site, def).items.getById(id).select(...spec.select);
      if (spec.expand.length > 0) q = q.expand(...spec.expand);
      return fromWire(def, await q(), this.mapping);
    } catch (e) {
      const error = await toDataError(e);
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  private async mustRead<L extends ListDefinition>(def: L, id: number): Promise<ItemOf<L>> {
    const item = await this.byId(def, id);
    if (item === undefined) throw new NotFoundError();
    return item;
  }

  /** A risk as stored now (after a conflict, or to refresh one), or undefined when it does not exist. */
  public async latest(id: number): Promise<IRisk | undefined> {
    const item = await this.byId(RisksList, id);
    return item === undefined ? undefined : riskFromItem(item);
  }

  private async assessmentsFor(riskId: number): Promise<IForceAssessment[]> {
    const items = await collectPages(queryIndexed(this.site, RiskAssessmentsList, assessmentFilter.eq('riskId', riskId), { mapping: this.mapping }));
    return assessmentsOf(riskId, items.map(assessmentFromItem));
  }

  /**
   * One risk with its assessments (joint), actions and RAID items, and (when asked) its history: the
   * reads side by side, then the versions side by side.
   */
  public async detail(id: number, options: { history?: boolean } = {}): Promise<IRiskDetail | undefined> {
    const linked = `;${id};`;
    const [item, assessments, actions, raid] = await Promise.all([
      this.byId(RisksList, id),
      this.assessmentsFor(id),
      readAllSideBySide(this.site, RiskActionsList, { filter: actionFilter.contains('riskIds', linked), mapping: this.mapping }),
      readAllSideBySide(this.site, RaidItemsList, { filter: raidFilter.contains('riskIds', linked), mapping: this.mapping })
    ]);
    if (item === undefined) return undefined;
    const risk = riskFromItem(item);
    const own = isJoint(risk) ? assessments : [];
    return {
      risk,
      assessments: own,
      actions: actions.map(actionFromItem),
      raid: raid.map(raidFromItem),
      history: options.history === true ? await this.history(risk, own) : []
    };
  }

  private async versions<L extends ListDefinition, F>(def: L, id: number, toFields: (item: ItemOf<L>) => F): Promise<Array<IVersion<F>>> {
    let rows: IRawVersion[];
    try {
      rows = (await listOf(this.site, def).items.getById(id).versions()) as IRawVersion[];
    } catch (e) {
      throw await toDataError(e);
    }
    return rows.map((raw) => ({
      label: typeof raw.VersionLabel === 'string' ? raw.VersionLabel : '',
      versionId: typeof raw.VersionId === 'number' ? raw.VersionId : 0,
      at: typeof raw.Created === 'string' ? new Date(raw.Created).toISOString() : '',
      by: versionEditor(raw.Editor),
      fields: toFields(versionItem(def, id, raw, this.mapping))
    }));
  }

  /** Who changed what, when: the risk's versions and each force assessment's, diffed, newest first. */
  public async history(risk: IRisk, assessments: readonly IForceAssessment[]): Promise<IHistoryEntry[]> {
    const [own, ...forces] = await Promise.all([
      this.versions(RisksList, risk.id, (item) => riskToFields(riskFromItem(item))),
      ...assessments.map((a) => this.versions(RiskAssessmentsList, a.id, (item): IAssessmentFields => assessmentToFields(item.riskId, assessmentFromItem(item))))
    ]);
    return riskHistory(
      risk.id,
      own,
      forces.map((versions, i) => ({ itemId: assessments[i].id, versions: versions as Array<IVersion<IAssessmentFields>> }))
    );
  }

  // ---- risks -----------------------------------------------------------------------------------------

  /** The other risk already holding a reference (the check SharePoint does not make). */
  private async referenceHolder(reference: string, exceptId?: number): Promise<IRisk | undefined> {
    const items = await collectPages(queryIndexed(this.site, RisksList, riskFilter.eq('reference', reference.trim()), { keys: ['reference'], mapping: this.mapping }));
    const holder = items.filter((r) => r.id !== exceptId && slug(r.reference) === slug(reference))[0];
    return holder === undefined ? undefined : ({ id: holder.id } as IRisk);
  }

  private async assertReferenceFree(reference: string, exceptId?: number): Promise<void> {
    if ((await this.referenceHolder(reference, exceptId)) !== undefined) {
      throw new ValidationError([{ field: 'reference', key: 'risks.problem.referenceTaken', detail: `reference: referenceTaken (${reference})` }]);
    }
  }

  /**
   * Creates a risk (and, for a joint risk, each force's assessment). `clientId` makes a retried create one
   * item; assessments' client ids derive from the risk and force, so a retry completes a half-made risk.
   */
  public async createRisk(content: IRiskContent, assessments: readonly IAssessmentContent[] = [], clientId?: string): Promise<{ risk: IRisk; assessments: IForceAssessment[] }> {
    throwIfInvalid(riskProblems(content));
    assessments.forEach((a) => throwIfInvalid(assessmentProblems(a, content.kind), `${a.force}.`));
    if (clientId === undefined || (await findByClientIds(this.site, RisksList, [clientId], this.write)).size === 0) await this.assertReferenceFree(content.reference);
    const created = await createItem(this.site, RisksList, { ...riskValues(content), clientId }, this.write);
    const risk = riskFromItem(await this.mustRead(RisksList, created.id));
    const made = isJoint(content) && assessments.length > 0 ? await this.createAssessments(risk, assessments) : [];
    return { risk, assessments: made };
  }

  private async createAssessments(risk: IRisk, contents: readonly IAssessmentContent[]): Promise<IForceAssessment[]> {
    const outcomes = await createItems(
      this.site,
      RiskAssessmentsList,
      contents.map((a) => ({ ...assessmentToFields(risk.id, a), title: assessmentTitle(risk.reference, a.force), clientId: assessmentClientId(risk.id, a.force) })),
      this.write
    );
    const failed = outcomes.filter((o) => !o.ok)[0];
    if (failed !== undefined && !failed.ok) throw failed.error;
    return this.assessmentsFor(risk.id);
  }

  private riskConflict(base: IRisk, mine: IRiskContent, error: ConflictError): EditConflictError<IRisk, IRiskContent> | ConflictError {
    const current = error.current as RiskItem | null;
    if (current === null) return error;
    const latest = riskFromItem(current);
    const diff = threeWayRisk(base, mine, latest);
    return new EditConflictError<IRisk, IRiskContent>(latest, diff, riskFromFields(diff.merged), error);
  }

  /** Writes a risk's content if it still has the etag read; a stale one is an `EditConflictError`. */
  public async updateRisk(risk: IRisk, content: IRiskContent): Promise<IRisk> {
    throwIfInvalid(riskProblems(content));
    if (slug(content.reference) !== slug(risk.reference)) await this.assertReferenceFree(content.reference, risk.id);
    try {
      await updateItem(this.site, RisksList, { id: risk.id, etag: risk.etag, patch: riskValues(content) }, this.write);
    } catch (e) {
      if (e instanceof ConflictError) throw this.riskConflict(risk, content, e);
      throw e;
    }
    return riskFromItem(await this.mustRead(RisksList, risk.id));
  }

  private content(risk: IRisk): IRiskContent {
    return riskFromFields(riskToFields(risk));
  }

  /** Closes a risk (a status: nothing is deleted), with the reason and the day (today by default). */
  public async closeRisk(risk: IRisk, note: string, closedOn?: string): Promise<IRisk> {
    return this.updateRisk(risk, { ...this.content(risk), status: 'closed', closedOn: closedOn ?? this.today(), closureNote: note });
  }

  /** Re-opens a closed risk; the closing day and reason stay in its history. */
  public async reopenRisk(risk: IRisk, note: string = ''): Promise<IRisk> {
    return this.updateRisk(risk, { ...this.content(risk), status: 'open', closedOn: null, closureNote: note });
  }

  /** Escalates (or, with `none`, de-escalates) a risk, dated today. */
  public async escalateRisk(risk: IRisk, level: IRiskContent['escalation'], note: string): Promise<IRisk> {
    const escalatedOn = level === 'none' ? null : this.today();
    return this.updateRisk(risk, { ...this.content(risk), escalation: level, escalatedOn, escalationNote: note });
  }

  // ---- force assessments -----------------------------------------------------------------------------

  /** Adds a force's assessment to a joint risk (idempotent: one item per risk and force). */
  public async addAssessment(risk: IRisk, content: IAssessmentContent): Promise<IForceAssessment> {
    if (!isJoint(risk)) throw new ValidationError([{ field: 'force', key: 'risks.problem.notJoint', detail: 'force: notJoint' }]);
    throwIfInvalid(assessmentProblems(content, risk.kind));
    const made = await this.createAssessments(risk, [content]);
    const mine = made.filter((a) => slug(a.force) === slug(content.force))[0];
    if (mine === undefined) throw new NotFoundError();
    return mine;
  }

  private assessmentConflict(base: IForceAssessment, mine: IAssessmentContent, error: ConflictError): EditConflictError<IForceAssessment, IAssessmentContent> | ConflictError {
    const current = error.current as RiskAssessmentItem | null;
    if (current === null) return error;
    const latest = assessmentFromItem(current);
    const keys = ASSESSMENT_FIELD_KEYS as ReadonlyArray<keyof IAssessmentFields & string>;
    const diff = threeWay(assessmentToFields(base.riskId, base), assessmentToFields(base.riskId, mine), assessmentToFields(base.riskId, latest), keys, SCORE_PAIRS);
    return new EditConflictError<IForceAssessment, IAssessmentContent>(latest, diff, assessmentFromFields(diff.merged), error);
  }

  private async writeAssessment(assessment: IForceAssessment, content: IAssessmentContent, patch: Partial<IAssessmentFields>): Promise<IForceAssessment> {
    try {
      await updateItem(this.site, RiskAssessmentsList, { id: assessment.id, etag: assessment.etag, patch }, this.write);
    } catch (e) {
      if (e instanceof ConflictError) throw this.assessmentConflict(assessment, content, e);
      throw e;
    }
    return assessmentFromItem(await this.mustRead(RiskAssessmentsList, assessment.id));
  }

  /** Writes one force's whole assessment (owner, scores, day, commentary); its risk and force never change. */
  public async updateAssessment(assessment: IForceAssessment, content: IAssessmentContent, kind: IRisk['kind'] = 'threat'): Promise<IForceAssessment> {
    const fixed: IAssessmentContent = { ...content, force: assessment.force };
    throwIfInvalid(assessmentProblems(fixed, kind));
    // Everything but the risk and the force, which never change.
    const patch: Partial<IAssessmentFields> = { ...assessmentToFields(assessment.riskId, fixed) };
    delete patch.riskId;
    delete patch.force;
    return this.writeAssessment(assessment, fixed, patch);
  }

  /**
   * Re-scores ONE force of a joint risk: writes only that force's assessment item (its three scores, the
   * assessed-on day and, when given, its commentary), with the etag read.
   */
  public async rescoreForce(assessment: IForceAssessment, scores: IScores, notes?: string): Promise<IForceAssessment> {
    const content: IAssessmentContent = {
      force: assessment.force,
      ownerUpn: assessment.ownerUpn,
      ...scores,
      assessedOn: this.today(),
      notes: notes ?? assessment.notes
    };
    throwIfInvalid(assessmentProblems(content));
    const f = assessmentToFields(assessment.riskId, content);
    const patch: Partial<IAssessmentFields> = {
      inherentLikelihood: f.inherentLikelihood,
      inherentImpact: f.inherentImpact,
      currentLikelihood: f.currentLikelihood,
      currentImpact: f.currentImpact,
      targetLikelihood: f.targetLikelihood,
      targetImpact: f.targetImpact,
      assessedOn: f.assessedOn,
      ...(notes !== undefined ? { notes: f.notes } : {})
    };
    return this.writeAssessment(assessment, content, patch);
  }

  // ---- actions and RAID --------------------------------------------------------------------------------

  public async createAction(content: IActionContent, clientId?: string): Promise<IRiskAction> {
    throwIfInvalid(actionProblems(content));
    const created = await createItem(this.site, RiskActionsList, { ...actionToFields(content), clientId }, this.write);
    return actionFromItem(await this.mustRead(RiskActionsList, created.id));
  }

  public async updateAction(action: IRiskAction, content: IActionContent): Promise<IRiskAction> {
    throwIfInvalid(actionProblems(content));
    try {
      await updateItem(this.site, RiskActionsList, { id: action.id, etag: action.etag, patch: actionToFields(content) }, this.write);
    } catch (e) {
      if (e instanceof ConflictError && e.current !== null) {
        const latest = actionFromItem(e.current as RiskActionItem);
        const keys: ReadonlyArray<keyof ReturnType<typeof actionToFields> & string> = ['title', 'riskIds', 'ownerUpn', 'force', 'dueDate', 'status', 'completedOn', 'notes', 'meetingId'];
        const diff = threeWay(actionToFields(action), actionToFields(content), actionToFields(latest), keys);
        throw new EditConflictError<IRiskAction, IActionContent>(latest, diff, actionFromFields(diff.merged), e);
      }
      throw e;
    }
    return actionFromItem(await this.mustRead(RiskActionsList, action.id));
  }

  public async createRaidItem(content: IRaidContent, clientId?: string): Promise<IRaidItem> {
    throwIfInvalid(raidProblems(content));
    const created = await createItem(this.site, RaidItemsList, { ...raidToFields(content), clientId }, this.write);
    return raidFromItem(await this.mustRead(RaidItemsList, created.id));
  }

  public async updateRaidItem(item: IRaidItem, content: IRaidContent): Promise<IRaidItem> {
    throwIfInvalid(raidProblems(content));
    try {
      await updateItem(this.site, RaidItemsList, { id: item.id, etag: item.etag, patch: raidToFields(content) }, this.write);
    } catch (e) {
      if (e instanceof ConflictError && e.current !== null) {
        const latest = raidFromItem(e.current as RaidItem);
        const keys = Object.keys(raidToFields(content)) as Array<keyof ReturnType<typeof raidToFields> & string>;
        const diff = threeWay(raidToFields(item), raidToFields(content), raidToFields(latest), keys);
        throw new EditConflictError<IRaidItem, IRaidContent>(latest, diff, raidFromFields(diff.merged), e);
      }
      throw e;
    }
    return raidFromItem(await this.mustRead(RaidItemsList, item.id));
  }

  // ---- appetite --------------------------------------------------------------------------------------

  public async appetites(): Promise<IAppetite[]> {
    const items = await readAllSideBySide(this.site, RiskAppetiteList, { mapping: this.mapping });
    return items.map(appetiteFromItem).sort((a, b) => a.id - b.id);
  }

  /**
   * Sets a topic's appetite (for every force, or one force). With `current` (as read) it is updated with
   * its etag (a stale one is a `ConflictError`); without, the row for the topic and force is found by its
   * client id and updated, or created once.
   */
  public async saveAppetite(content: IAppetiteContent, current?: IAppetite): Promise<IAppetite> {
    throwIfInvalid(appetiteProblems(content));
    const fields = appetiteToFields(content);
    const clientId = appetiteClientId(content.category, fields.force);
    let target = current;
    if (target === undefined) {
      const found = (await findByClientIds(this.site, RiskAppetiteList, [clientId], this.write)).get(clientId);
      if (found === undefined) return appetiteFromItem(await createItem(this.site, RiskAppetiteList, { ...fields, clientId }, this.write));
      target = appetiteFromItem(found);
    }
    await updateItem(this.site, RiskAppetiteList, { id: target.id, etag: target.etag, patch: fields }, this.write);
    return appetiteFromItem(await this.mustRead(RiskAppetiteList, target.id));
  }

  // ---- starter content ---------------------------------------------------------------------------------

  /**
   * Imports the starter risks for a force (or Joint): every starter risk whose reference the register does
   * not hold yet, as `proposed` for the board to accept, with each force's suggested scores on joint risks
   * and (by default) the suggested first actions. Idempotent: client ids derive from the references, and
   * references already held are reported as `exists` and left alone.
   */
  public async importStarter(options: IStarterImportOptions): Promise<IStarterOutcome[]> {
    const today = this.today();
    const { starterAppetite, starterContent } = await starterRules();
    const items = starterContent({ ...options, today }, options.codes);
    const held = await readAllSideBySide(this.site, RisksList, { keys: ['reference'], mapping: this.mapping });
    const taken = new Map(held.map((r) => [slug(r.reference), r.clientId ?? '']));
    // A reference held under the starter's own client id was made by an earlier import: finish it (assessments, actions).
    const todo = items.filter((i) => {
      const cid = taken.get(slug(i.content.reference));
      return cid === undefined || cid === starterClientId(i.content.reference);
    });
    const heldId = (reference: string): number | null => held.filter((r) => slug(r.reference) === slug(reference))[0]?.id ?? null;
    const outcomes: IStarterOutcome[] = items
      .filter((i) => todo.indexOf(i) < 0)
      .map((i) => ({ code: i.code, reference: i.content.reference, outcome: 'exists' as const, riskId: heldId(i.content.reference) }));
    const created = await createItems(
      this.site,
      RisksList,
      todo.map((i) => ({ ...riskValues(i.content), clientId: starterClientId(i.content.reference) })),
      this.write
    );
    const risks: Array<{ item: (typeof todo)[number]; risk: IRisk }> = [];
    created.forEach((o, k) => {
      const item = todo[k];
      if (!o.ok) {
        outcomes.push({ code: item.code, reference: item.content.reference, outcome: 'failed', riskId: null, error: o.error });
        return;
      }
      const risk = riskFromItem(o.value);
      risks.push({ item, risk });
      // Found under its client id: an earlier import made it (its assessments and actions are completed below).
      const before = taken.has(slug(item.content.reference));
      outcomes.push({ code: item.code, reference: item.content.reference, outcome: before ? 'exists' : 'created', riskId: risk.id });
    });
    const assessmentInputs = risks.flatMap(({ item, risk }) =>
      item.assessments.map((a) => ({ ...assessmentToFields(risk.id, a), title: assessmentTitle(risk.reference, a.force), clientId: assessmentClientId(risk.id, a.force) }))
    );
    const actionInputs =
      options.withActions === false
        ? []
        : risks.flatMap(({ item, risk }) =>
            item.actions.map((title, n) => ({
              ...actionToFields({ title, riskIds: [risk.id], ownerUpn: upnKey(options.ownerUpn), force: risk.force, dueDate: null, status: 'notStarted', completedOn: null, notes: '', meetingId: null }),
              clientId: `rac-starter:${slug(risk.reference)}:${n + 1}`.slice(0, 64)
            }))
          );
    const [assessmentOutcomes, actionOutcomes] = await Promise.all([
      assessmentInputs.length > 0 ? createItems(this.site, RiskAssessmentsList, assessmentInputs, this.write) : Promise.resolve([]),
      actionInputs.length > 0 ? createItems(this.site, RiskActionsList, actionInputs, this.write) : Promise.resolve([])
    ]);
    const firstFailure = [...assessmentOutcomes, ...actionOutcomes].filter((o) => !o.ok)[0];
    if (firstFailure !== undefined && !firstFailure.ok) throw firstFailure.error;
    if (options.withAppetite === true) {
      const existing = await this.appetites();
      for (const a of starterAppetite()) {
        if (!existing.some((x) => x.category === a.category && x.force === null)) await this.saveAppetite(a);
      }
    }
    const order = items.map((i) => i.code);
    return outcomes.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  }

  // ---- CSV import --------------------------------------------------------------------------------------

  /** The dry run: reads the register and plans the file against it (nothing is written). */
  public async planImport(text: string, options: Omit<IRiskImportOptions, 'today'> = {}): Promise<IRiskImportPlan> {
    const [{ risks, assessments }, { planRiskImport }] = await Promise.all([this.register(), importRules()]);
    return planRiskImport(text, { risks, assessments }, { ...options, today: this.today() });
  }

  /** Whether the register already holds what an import row would write (the risk and each force's assessment). */
  private async holdsRow(riskId: number, row: IRiskImportPlan['rows'][number]): Promise<boolean> {
    const same = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);
    const latest = await this.latest(riskId);
    if (latest === undefined || row.content === null || !same(riskToFields(latest), riskToFields(row.content))) return false;
    const now = await this.assessmentsFor(riskId);
    return row.assessments.every((a) => {
      const held = now.filter((x) => slug(x.force) === slug(a.force))[0];
      return held !== undefined && same(assessmentToFields(riskId, held), assessmentToFields(riskId, { ...a.content, force: held.force }));
    });
  }

  /**
   * Applies a dry run's rows that passed: creates (batched, each under `importClientId`, so applying the
   * same plan twice finds them) and updates (each with the etag the dry run read: a risk changed since is a
   * `conflict`, unless it already holds the planned values, which is `alreadyApplied`). Rejected rows change
   * nothing. One outcome per row, in file order.
   */
  public async applyImport(plan: IRiskImportPlan): Promise<IImportOutcome[]> {
    const { importClientId, rowsToApply } = await importRules();
    const outcomes = new Map<number, IImportOutcome>();
    const result = (row: IRiskImportPlan['rows'][number], outcome: ImportOutcomeKind, riskId: number | null, error?: DataError): void => {
      outcomes.set(row.line, { line: row.line, reference: row.reference, planned: row.action, outcome, riskId, ...(error !== undefined ? { error } : {}) });
    };
    if (!plan.ok) {
      plan.rows.forEach((r) => result(r, 'rejected', null));
      return plan.rows.map((r) => outcomes.get(r.line) as IImportOutcome);
    }
    plan.rows.filter((r) => r.action === 'rejected').forEach((r) => result(r, 'rejected', null));
    plan.rows.filter((r) => r.action === 'unchanged').forEach((r) => result(r, 'unchanged', r.existing?.id ?? null));
    const apply = rowsToApply(plan);

    const creates = apply.filter((r) => r.action === 'create');
    const clientIds = creates.map((r) => importClientId(r));
    const already = creates.length > 0 ? await findByClientIds(this.site, RisksList, clientIds, this.write) : new Map<string, RiskItem>();
    const toCreate = creates.filter((_r, i) => !already.has(clientIds[i]));
    creates.forEach((r, i) => {
      const found = already.get(clientIds[i]);
      if (found !== undefined) result(r, 'alreadyApplied', found.id);
    });
    const made = await createItems(
      this.site,
      RisksList,
      toCreate.map((r) => ({ ...riskValues(r.content as IRiskContent), clientId: importClientId(r) })),
      this.write
    );
    const jointMade: Array<{ risk: IRisk; contents: IAssessmentContent[] }> = [];
    made.forEach((o, i) => {
      const row = toCreate[i];
      if (!o.ok) return result(row, 'failed', null, o.error);
      const risk = riskFromItem(o.value);
      result(row, 'created', risk.id);
      if (isJoint(risk)) jointMade.push({ risk, contents: row.assessments.map((a) => a.content) });
    });
    for (const row of creates.filter((_r, i) => already.has(clientIds[i]))) {
      const found = already.get(importClientId(row)) as RiskItem;
      if (isJoint(row.content as IRiskContent)) jointMade.push({ risk: riskFromItem(found), contents: row.assessments.map((a) => a.content) });
    }
    const assessmentInputs = jointMade.flatMap(({ risk, contents }) =>
      contents.map((a) => ({ ...assessmentToFields(risk.id, a), title: assessmentTitle(risk.reference, a.force), clientId: assessmentClientId(risk.id, a.force) }))
    );
    if (assessmentInputs.length > 0) {
      // A joint risk whose assessments could not all be made is reported as failed: applying the plan again completes it.
      const assessmentOutcomes = await createItems(this.site, RiskAssessmentsList, assessmentInputs, this.write);
      assessmentOutcomes.forEach((o, i) => {
        if (o.ok) return;
        const riskId = assessmentInputs[i].riskId;
        const row = creates.filter((r) => outcomes.get(r.line)?.riskId === riskId)[0];
        if (row !== undefined) result(row, 'failed', riskId, o.error);
      });
    }

    for (const row of apply.filter((r) => r.action === 'update')) {
      const stored = row.existing as IRisk;
      const content = row.content as IRiskContent;
      try {
        const riskChanged = row.changes.length > 0;
        if (riskChanged) await this.updateRisk(stored, content);
        for (const a of row.assessments) {
          if (a.action === 'create') await this.addAssessment(riskChanged ? ((await this.latest(stored.id)) as IRisk) : stored, a.content);
          else if (a.action === 'update' && a.existing !== null) await this.updateAssessment(a.existing, a.content, content.kind);
        }
        result(row, 'updated', stored.id);
      } catch (e) {
        const error = e instanceof DataError ? e : await toDataError(e);
        if (!(error instanceof ConflictError)) result(row, 'failed', stored.id, error);
        else if (await this.holdsRow(stored.id, row)) result(row, 'alreadyApplied', stored.id);
        else result(row, 'conflict', stored.id, error);
      }
    }
    return plan.rows.map((r) => outcomes.get(r.line) as IImportOutcome);
  }
}
