import { f, FieldDef, FieldInput, FieldMap, FieldValue, IsRequired, LookupTarget, TextFieldDef, UserRef } from './fields';
import { SuiteGroup } from './groups';

/** How far drafts are visible under content approval (SharePoint `DraftVersionVisibility`). */
export type DraftVisibility = 'reader' | 'author' | 'approver';

export interface ListSettings {
  readonly versioning: { readonly enabled: boolean; readonly majorVersionLimit: number };
  /** `null` means no content approval (`EnableModeration` false). */
  readonly contentApproval: { readonly draftVisibility: DraftVisibility } | null;
  /** Item-level security, enforced by SharePoint (ReadSecurity / WriteSecurity). */
  readonly itemSecurity: { readonly read: 'all' | 'own'; readonly write: 'all' | 'own' | 'none' };
  readonly attachments: boolean;
}

/** Which suite groups may do what; provisioning turns this into role assignments. */
export interface PermissionIntent {
  readonly read: readonly SuiteGroup[];
  readonly contribute: readonly SuiteGroup[];
  readonly approve: readonly SuiteGroup[];
  /** Holders of Override List Behaviors: exempt from item-level security for the whole list. */
  readonly override: readonly SuiteGroup[];
  /**
   * Contributors who may also delete items (SharePoint's Contribute). Every other contributor gets
   * "Contribute without delete": the suite's records are evidence and must not vanish.
   */
  readonly delete: readonly SuiteGroup[];
  /**
   * Groups that may add items but never edit or delete them (the suite's "Add only" level): SharePoint
   * refuses their MERGE and DELETE, so what they add stays as it was added. For records that must not change
   * once written (a board meeting's closure). A group is in at most one of `contribute` and `append`.
   */
  readonly append: readonly SuiteGroup[];
}

/** The client id column every list carries (see `src/data/writes.ts`). */
export type ClientIdField = TextFieldDef<false>;
export type WithClientId<F extends FieldMap> = F & { readonly clientId: ClientIdField };

export interface ListDefinition<F extends FieldMap = FieldMap> extends LookupTarget {
  /** Stable code key (`people`); never shown. */
  readonly key: string;
  readonly title: string;
  /** Web-relative list URL, `Lists/<Name>`: the address the app uses (titles can be renamed). */
  readonly url: string;
  readonly description: string;
  /** Internal-name prefix of every custom column (`ppl`). */
  readonly prefix: string;
  readonly fields: F;
  readonly settings: ListSettings;
  readonly permissions: PermissionIntent;
  /**
   * Rules the app applies that SharePoint does not enforce (a filter, a scope), stated so nobody
   * mistakes them for security: anyone with read on the list can read past them through REST.
   */
  readonly appOnlyRules: readonly string[];
}

export interface ListSpec<F extends FieldMap> {
  readonly key: string;
  readonly title: string;
  readonly url: string;
  readonly description: string;
  readonly prefix: string;
  readonly fields: F;
  readonly settings?: Partial<ListSettings>;
  readonly permissions: Partial<PermissionIntent> & Pick<PermissionIntent, 'read' | 'contribute'>;
  readonly appOnlyRules?: readonly string[];
}

/** SharePoint allows 20 indexed columns per list. */
export const MAX_INDEXED_FIELDS = 20;
/** Internal names longer than 32 characters are truncated by SharePoint. */
export const MAX_INTERNAL_NAME_LENGTH = 32;

const DEFAULT_SETTINGS: ListSettings = {
  versioning: { enabled: true, majorVersionLimit: 50 },
  contentApproval: null,
  itemSecurity: { read: 'all', write: 'all' },
  attachments: false
};

/** Thrown at module load when a list definition breaks a schema rule: a programming error. */
export class SchemaDefinitionError extends Error {
  public constructor(listKey: string, problem: string) {
    super(`List "${listKey}": ${problem}`);
    this.name = 'SchemaDefinitionError';
  }
}

function validate(spec: ListSpec<FieldMap>, fields: readonly FieldDef[]): void {
  const fail = (problem: string): never => {
    throw new SchemaDefinitionError(spec.key, problem);
  };
  if (!/^[a-z][a-z0-9]{1,5}$/.test(spec.prefix)) fail(`prefix "${spec.prefix}" must be 2-6 lower-case letters or digits`);
  if (!/^Lists\/[A-Za-z][A-Za-z0-9]*$/.test(spec.url)) fail(`url "${spec.url}" must be Lists/<Name> with letters and digits only`);
  const seen = new Set<string>();
  for (const field of fields) {
    const name = field.internalName;
    if (seen.has(name.toLowerCase())) fail(`internal name ${name} is used twice`);
    seen.add(name.toLowerCase());
    if (field.builtIn) continue;
    // Letters and digits only: anything else is encoded (_x0020_) and the name would not be what we query.
    const rest = name.slice(spec.prefix.length);
    if (name.indexOf(spec.prefix) !== 0 || !/^[A-Z][A-Za-z0-9]*$/.test(rest)) fail(`internal name ${name} must be ${spec.prefix}<PascalCase>`);
    if (name.length > MAX_INTERNAL_NAME_LENGTH) fail(`internal name ${name} is longer than ${MAX_INTERNAL_NAME_LENGTH}`);
    if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
      if (field.choices.length === 0) fail(`${name} has no choices`);
      if (new Set(field.choices).size !== field.choices.length) fail(`${name} repeats a choice`);
    }
    if (field.kind === 'Choice' && field.defaultValue !== undefined && field.choices.indexOf(field.defaultValue) < 0) {
      fail(`${name} default "${field.defaultValue}" is not one of its choices`);
    }
    if (field.kind === 'Text' && (field.maxLength < 1 || field.maxLength > 255)) fail(`${name} maxLength must be 1-255`);
  }
  (spec.permissions.delete ?? []).forEach((g) => {
    if (spec.permissions.contribute.indexOf(g) < 0) fail(`group ${g} may delete but does not contribute`);
  });
  (spec.permissions.append ?? []).forEach((g) => {
    if (spec.permissions.contribute.indexOf(g) >= 0) fail(`group ${g} both contributes and only adds`);
  });
  const indexed = fields.filter((x) => x.indexed).length;
  if (indexed > MAX_INDEXED_FIELDS) fail(`${indexed} indexed columns; SharePoint allows ${MAX_INDEXED_FIELDS}`);
}

/**
 * Declares a list once. Adds the `<prefix>ClientId` column (indexed, not unique: unique columns are
 * refused on lists with item-level security or content approval) that makes creates idempotent.
 */
export function defineList<F extends FieldMap>(spec: ListSpec<F>): ListDefinition<WithClientId<F>> {
  const clientId: ClientIdField = f.text({
    internalName: `${spec.prefix}ClientId`,
    displayName: 'Client id',
    description: 'Set by the app on create so a create whose answer was lost is never made twice.',
    maxLength: 64,
    indexed: true
  });
  if ('clientId' in spec.fields) throw new SchemaDefinitionError(spec.key, 'the key "clientId" is reserved');
  const fields = { ...spec.fields, clientId } as WithClientId<F>;
  validate(spec, Object.keys(fields).map((k) => fields[k]));
  const settings: ListSettings = { ...DEFAULT_SETTINGS, ...spec.settings };
  return {
    key: spec.key,
    title: spec.title,
    url: spec.url,
    description: spec.description,
    prefix: spec.prefix,
    fields,
    settings,
    permissions: { approve: [], override: [], delete: [], append: [], ...spec.permissions },
    appOnlyRules: spec.appOnlyRules ?? []
  };
}

/** Moderation status as the domain sees it (`OData__ModerationStatus` 0-4). */
export type ModerationStatus = 'approved' | 'rejected' | 'pending' | 'draft' | 'scheduled';

/** Server-stamped properties every item carries. */
export interface SystemFields {
  readonly id: number;
  /** The `odata.etag` as read; pass it back on update/delete. */
  readonly etag: string;
  readonly created: Date;
  readonly modified: Date;
  readonly author: UserRef | null;
  readonly editor: UserRef | null;
  /** `null` on lists without content approval. */
  readonly moderationStatus: ModerationStatus | null;
  /**
   * The approver's comment (`OData__ModerationComments`, e.g. why an item was rejected): read only on lists
   * with content approval, and absent (not `null`) on every other list.
   */
  readonly moderationComments?: string | null;
}

type FieldsOf<L extends ListDefinition> = L['fields'];

/** The typed item (domain shape) of a list. */
export type ItemOf<L extends ListDefinition> = SystemFields & {
  readonly [K in keyof FieldsOf<L>]: FieldValue<FieldsOf<L>[K]>;
};

type RequiredKeys<F extends FieldMap> = { [K in keyof F]: IsRequired<F[K]> extends true ? K : never }[keyof F];
type OptionalKeys<F extends FieldMap> = Exclude<keyof F, RequiredKeys<F>>;

/** What a caller supplies to create an item: required columns must be present. */
export type NewItemOf<L extends ListDefinition> = {
  readonly [K in RequiredKeys<FieldsOf<L>>]: FieldInput<FieldsOf<L>[K]>;
} & {
  readonly [K in OptionalKeys<FieldsOf<L>>]?: FieldInput<FieldsOf<L>[K]>;
};

/** What a caller supplies to update an item: any subset of columns. */
export type ItemPatchOf<L extends ListDefinition> = {
  readonly [K in keyof FieldsOf<L>]?: FieldInput<FieldsOf<L>[K]>;
};

/** Domain keys of a list's fields, as a string union. */
export type FieldKeyOf<L extends ListDefinition> = keyof FieldsOf<L> & string;

/** The list properties provisioning MERGEs onto the list (names as SharePoint's REST API spells them). */
export function listSettingsPayload(def: ListDefinition): Readonly<Record<string, boolean | number>> {
  const s = def.settings;
  const payload: Record<string, boolean | number> = {
    EnableVersioning: s.versioning.enabled,
    EnableModeration: s.contentApproval !== null,
    ReadSecurity: s.itemSecurity.read === 'own' ? 2 : 1,
    WriteSecurity: s.itemSecurity.write === 'own' ? 2 : s.itemSecurity.write === 'none' ? 4 : 1,
    EnableAttachments: s.attachments
  };
  if (s.versioning.enabled) payload.MajorVersionLimit = s.versioning.majorVersionLimit;
  if (s.contentApproval !== null) {
    payload.DraftVersionVisibility = { reader: 0, author: 1, approver: 2 }[s.contentApproval.draftVisibility];
  }
  return payload;
}

/** The fields of a list in declaration order, with their domain keys. */
export function fieldEntries(def: ListDefinition): ReadonlyArray<readonly [string, FieldDef]> {
  return Object.keys(def.fields).map((k) => [k, def.fields[k]] as const);
}
