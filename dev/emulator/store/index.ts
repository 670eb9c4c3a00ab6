/**
 * In-memory SharePoint list engine of the local emulator (no HTTP: the REST layer lives in
 * dev/emulator/server). Design, threshold rules and known differences: ./README.md.
 *
 * Naming between wire and store (use the helpers, do not re-derive):
 * - `ItemRecord.values` is keyed by field InternalName. `Created`, `Modified`, `Author`, `Editor`,
 *   `_ModerationStatus`, `_ModerationComments`, `_UIVersionString`, `GUID` and `ID` are NOT in
 *   `values`; they are the record properties `created`, `modified`, `authorId`, `editorId`,
 *   `moderationStatus`, `moderationComments`, `uiVersionString`, `guid`, `Id`.
 * - Wire (entity) names: `fieldToWireName(field)` gives `Id`, `Title`, `OwnerId` (user/lookup,
 *   single and multi), `OData__ModerationStatus` (leading `_` → `OData_` prefix), custom names as-is.
 *   The REST layer adds `ID` (= Id), `AuthorId`/`EditorId`, `OData__UIVersionString`, `GUID`.
 * - `wireNameToField(list.fields, name)` is the reverse: accepts `Id`/`ID`, `OwnerId` (idForm true),
 *   bare `Owner`, `OData__X`, internal names.
 * - Write payloads for `addItem`/`updateItem` use wire names exactly as the JSON body has them
 *   (`OwnerId`, `ApproversId: [1,2]` or `{results:[…]}`, `OData__ModerationStatus`); `__metadata`
 *   and `odata.*` keys are ignored. `bulkInsert` accepts internal or wire names.
 * - `ListQuery.filter`/`orderby`/`skiptoken` take the raw strings as decoded by URLSearchParams.
 */
export type {
  BulkRow,
  FieldDef,
  FieldType,
  FilterLiteral,
  ItemRecord,
  ItemStamp,
  ItemVersion,
  ListQuery,
  ListSettings,
  MemoryReport,
  ModerationStatus,
  QueryResult
} from './types';
export { ODataError, ThresholdError, THRESHOLD_CODE, THRESHOLD_MESSAGE } from './errors';
export { parseFilter, filterLiterals, type FilterAst, type FieldTarget, type CompareOp } from './filter';
export {
  completeField,
  entityTypeNameFor,
  fieldToWireName,
  isIndexableType,
  isMultiRef,
  isRef,
  isSingleRef,
  schemaXmlFor,
  systemFields,
  urlNameFromTitle,
  wireNameToField,
  type FieldInput,
  type WireFieldMatch
} from './fields';
export { ListStore, MAX_INDEXED_FIELDS, DEFAULT_SETTINGS } from './list';
export { WebStore, EmulatorStore, normaliseUrl } from './web';
export { LIST_VIEW_THRESHOLD } from './plan';
export { formatIsoSeconds, parseIsoDate } from './dates';
export { itemGuid, normaliseGuid } from './guid';
