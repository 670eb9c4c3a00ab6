/**
 * Plain data types of the in-memory SharePoint list engine (the contract the REST layer in
 * dev/emulator/server codes against). No behaviour lives here.
 */

export type FieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Integer'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'LookupMulti'
  | 'URL'
  | 'Guid'
  | 'Computed'
  | 'ModStat';

export interface FieldDef {
  /** Field guid (lower case, no braces). */
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  Description: string;
  TypeAsString: FieldType;
  Required: boolean;
  Indexed: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  EnforceUniqueValues: boolean;
  /** True for the system fields every list gets (ID, Title, Created, Modified, Author, Editor, _ModerationStatus …). */
  FromBaseType: boolean;
  Choices?: string[];
  /** Choice/MultiChoice only: accept values outside `Choices` (SharePoint's "Allow fill-in choices"). */
  FillInChoice?: boolean;
  DefaultValue?: string | null;
  MaxLength?: number;
  /** List id (guid) for Lookup/LookupMulti. */
  LookupList?: string;
  /** Projected field of the lookup list (default 'Title'). */
  LookupField?: string;
  AllowMultipleValues?: boolean;
  SchemaXml: string;
}

export interface ListSettings {
  Title: string;
  Description: string;
  /** 100 = generic list. */
  BaseTemplate: number;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  EnableModeration: boolean;
  DraftVersionVisibility: 0 | 1 | 2;
  ReadSecurity: 1 | 2;
  WriteSecurity: 1 | 2 | 4;
  Hidden: boolean;
  NoCrawl: boolean;
  EnableAttachments: boolean;
  ContentTypesEnabled: boolean;
}

export interface ItemStamp {
  userId: number;
  now: Date;
}

export interface ItemVersion {
  /** 512 × major (minor versions are not modelled). */
  versionId: number;
  /** "1.0", "2.0", … */
  versionLabel: string;
  isCurrent: boolean;
  /** Field values of that version keyed by InternalName, same encoding as `ItemRecord.values`. */
  values: Record<string, unknown>;
  /** When that version was written (ISO UTC). */
  created: string;
  editorId: number;
  moderationStatus: number;
}

export type ModerationStatus = 0 | 1 | 2 | 3;

export interface ItemRecord {
  Id: number;
  /**
   * Keyed by field InternalName (system fields Created/Modified/Author/Editor/_ModerationStatus are
   * NOT repeated here: they are the properties below). Encoding: User/Lookup → number id or null;
   * UserMulti/LookupMulti → number[] ([] when empty); DateTime → ISO UTC string without
   * milliseconds ("2026-11-23T10:00:00Z"); Boolean → boolean; MultiChoice → string[] or null;
   * URL → {Url, Description} or null; Number/Currency/Integer → number; empty text → null.
   */
  values: Record<string, unknown>;
  /** Etag number: 1 on add, +1 per update; the wire etag is `"<version>"`. */
  version: number;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  moderationStatus: ModerationStatus;
  moderationComments: string | null;
  guid: string;
  /** `OData__UIVersionString`: "<major>.0"; stays "1.0" while versioning is off. */
  uiVersionString: string;
}

export interface FilterLiteral {
  /** The column path as written in the filter (e.g. "OwnerId", "Owner/EMail", "Module/Title"). */
  field: string;
  /** eq ne lt le gt ge startswith substringof */
  op: string;
  type: 'string' | 'number' | 'datetime' | 'boolean' | 'null';
  value: string | number | boolean | null;
}

export interface ListQuery {
  /** Raw $filter as decoded by URLSearchParams. */
  filter?: string;
  /** Raw $orderby, e.g. "Modified desc,Id asc". */
  orderby?: string;
  /** Default 100. */
  top?: number;
  /** Raw $skiptoken, e.g. "Paged=TRUE&p_ID=100" (plus p_<Field>=<value> for a non-Id sort). */
  skiptoken?: string;
  /** Security/moderation trimming applied DURING the scan so pages fill correctly. */
  visible?: (item: ItemRecord) => boolean;
  /** Resolves a site user id for filters like Author/EMail eq '…' or Owner/Title. */
  resolveUser?: (id: number) => Record<string, unknown> | undefined;
}

export interface QueryResult {
  items: ItemRecord[];
  /** Present only when more rows exist after this page. */
  nextSkiptoken?: string;
  literals: FilterLiteral[];
  /** Rows whose values were tested (the cost the threshold protects against). */
  scanned: number;
  /** Internal name of the column whose index produced the candidates ('ID' for the primary key). */
  usedIndex?: string;
}

/** Row accepted by `ListStore.bulkInsert` (seeding; no required/choice/unique checks). */
export interface BulkRow {
  values: Record<string, unknown>;
  authorId: number;
  editorId?: number;
  created: string;
  modified?: string;
  moderationStatus?: ModerationStatus;
}

export interface MemoryReport {
  heapUsedMB: number;
  rssMB: number;
  lists: Array<{ web: string; title: string; items: number; estimatedMB: number }>;
}
