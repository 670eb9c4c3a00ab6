/**
 * The data layer's public surface for web parts and hooks. Everything here hides PnPjs: callers get
 * typed items, typed errors with localisation keys, and repositories.
 */
export { spFromContext, spFromUrl, dataSite, listOf } from './sp';
export type { SPFI, DataSite, SpOptions, SpfxContextLike } from './sp';
export { SendEvents, DEFAULT_BUDGET_MS, DEFAULT_MAX_ATTEMPTS } from './sendStage';
export type { RetryEvent, RetryListener, Clock, Transport } from './sendStage';
export * from './errors';
export { odataLiteral, filterFor } from './odata';
export type { ODataFilter, FilterBuilder } from './odata';
export { scanByIdRange, queryIndexed, collectPages, MAX_PAGE_SIZE, UnindexedFilterError } from './paging';
export { inBatches, MAX_BATCH_SIZE } from './batch';
export type { Outcome, BatchOp } from './batch';
export { createItem, createItems, updateItem, updateItems, deleteItem, findByClientIds } from './writes';
export type { CreateOutcome, ItemUpdate } from './writes';
export { PeopleRepository } from './PeopleRepository';
export type { ImportPlan, ApplyResult, ApplyFailure } from './PeopleRepository';
export { SuiteSettingsRepository } from './SuiteSettingsRepository';
export type { StoredSetting, SettingParser } from './SuiteSettingsRepository';
