import type { ListSettings, ListStore, WebStore } from '../store';
import type { ApiContext } from './context';
import { canSeeList, listMask, listScope, requireListPerm, requireWebPerm, webMask, webScope } from './context';
import { badRequest, fileNotFound, listByIdMissing, listByTitleMissing } from './errors';
import { emptyResponse, RestError, type EmuResponse } from './http-types';
import { listEntityTypeName } from './item-json';
import { readBody } from './items';
import { collection, entity, single, type Json, type JsonObject } from './odata';
import { highLow, Perm } from './permissions';
import { respond } from './respond';
import { applySimpleFilter, applySimpleSelect } from './simple-filter';

/** Web and list entities, list lookup (title, id, server-relative URL), create, MERGE, DELETE. */

export function listsOf(web: WebStore): ListStore[] {
  return web.lists;
}

export function webJson(ctx: ApiContext): JsonObject {
  const w = ctx.web;
  const lastModified = listsOf(w).reduce((acc, l) => (l.lastItemModified > acc ? l.lastItemModified : acc), w.created);
  return entity(
    { type: 'SP.Web', id: `${ctx.apiBase}Web`, editLink: 'Web' },
    {
      AllowRssFeeds: true,
      AlternateCssUrl: '',
      AppInstanceId: '00000000-0000-0000-0000-000000000000',
      Configuration: 0,
      Created: w.created,
      CustomMasterUrl: `${w.serverRelativeUrl}/_catalogs/masterpage/seattle.master`,
      Description: w.description,
      DesignPackageId: '00000000-0000-0000-0000-000000000000',
      EnableMinimalDownload: false,
      HorizontalQuickLaunch: false,
      Id: w.id,
      IsMultilingual: true,
      Language: 1033,
      LastItemModifiedDate: lastModified,
      LastItemUserModifiedDate: lastModified,
      MasterUrl: `${w.serverRelativeUrl}/_catalogs/masterpage/seattle.master`,
      NoCrawl: false,
      OverwriteTranslationsOnChange: false,
      ResourcePath: { DecodedUrl: ctx.webAbs },
      QuickLaunchEnabled: true,
      RecycleBinEnabled: true,
      ServerRelativeUrl: w.serverRelativeUrl === '' ? '/' : w.serverRelativeUrl,
      SiteLogoUrl: null,
      SyndicationEnabled: false,
      Title: w.title,
      TreeViewEnabled: false,
      UIVersion: 15,
      UIVersionConfigurationEnabled: false,
      Url: ctx.webAbs,
      WebTemplate: 'STS'
    }
  );
}

/** Properties not in the default payload that `$select` may name on a web. */
function webExtra(ctx: ApiContext, name: string): Json | undefined {
  switch (name) {
    case 'EffectiveBasePermissions':
      return highLow(webMask(ctx));
    case 'HasUniqueRoleAssignments':
      return ctx.site.hasUniqueAssignments(webScope(ctx));
    default:
      return undefined;
  }
}

export function getWeb(ctx: ApiContext): EmuResponse {
  const e = applySimpleSelect(ctx.query.get('$select'), webJson(ctx), 'SP.Web', (n) => webExtra(ctx, n));
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Webs/@Element', e, ctx.query.get('$select')));
}

export function listJson(ctx: ApiContext, list: ListStore): JsonObject {
  const s = list.settings;
  const editLink = `Web/Lists(guid'${list.id}')`;
  const entityTypeName = listEntityTypeName(list);
  return entity(
    { type: 'SP.List', id: `${ctx.apiBase}${editLink}`, editLink, etag: '"1"' },
    {
      AllowContentTypes: true,
      BaseTemplate: s.BaseTemplate,
      BaseType: s.BaseTemplate === 101 ? 1 : 0,
      ContentTypesEnabled: s.ContentTypesEnabled,
      CrawlNonDefaultViews: false,
      Created: list.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      DefaultItemOpenUseListSetting: false,
      Description: s.Description,
      Direction: 'none',
      DisableCommenting: false,
      DisableGridEditing: false,
      DocumentTemplateUrl: null,
      DraftVersionVisibility: s.DraftVersionVisibility,
      EnableAttachments: s.EnableAttachments,
      EnableFolderCreation: false,
      EnableMinorVersions: false,
      EnableModeration: s.EnableModeration,
      EnableRequestSignOff: true,
      EnableVersioning: s.EnableVersioning,
      EntityTypeName: entityTypeName,
      ExemptFromBlockDownloadOfNonViewableFiles: false,
      FileSavePostProcessingEnabled: false,
      ForceCheckout: false,
      HasExternalDataSource: false,
      Hidden: s.Hidden,
      Id: list.id,
      ImagePath: { DecodedUrl: '/_layouts/15/images/itgen.png?rev=47' },
      ImageUrl: '/_layouts/15/images/itgen.png?rev=47',
      IrmEnabled: false,
      IrmExpire: false,
      IrmReject: false,
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: list.itemCount,
      LastItemDeletedDate: list.created,
      LastItemModifiedDate: list.lastItemModified,
      LastItemUserModifiedDate: list.lastItemModified,
      ListExperienceOptions: 0,
      ListItemEntityTypeFullName: `SP.Data.${entityTypeName}Item`,
      MajorVersionLimit: s.MajorVersionLimit,
      MajorWithMinorVersionsLimit: 0,
      MultipleDataList: false,
      NoCrawl: s.NoCrawl,
      ParentWebPath: { DecodedUrl: ctx.web.serverRelativeUrl },
      ParentWebUrl: ctx.web.serverRelativeUrl,
      ParserDisabled: false,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
      Title: s.Title
    }
  );
}

function listExtra(ctx: ApiContext, list: ListStore, name: string): Json | undefined {
  switch (name) {
    case 'ReadSecurity':
      return list.settings.ReadSecurity;
    case 'WriteSecurity':
      return list.settings.WriteSecurity;
    case 'HasUniqueRoleAssignments':
      return ctx.site.hasUniqueAssignments(listScope(ctx, list));
    case 'EffectiveBasePermissions':
      return highLow(listMask(ctx, list));
    case 'DefaultViewUrl':
      return `${list.serverRelativeUrl}/AllItems.aspx`;
    case 'OnQuickLaunch':
      return !list.settings.Hidden;
    case 'IsSystemList':
      return false;
    case 'RootFolder':
    case 'ParentWeb':
      return null;
    default:
      return undefined;
  }
}

export function getList(ctx: ApiContext, list: ListStore): EmuResponse {
  let e = applySimpleSelect(ctx.query.get('$select'), listJson(ctx, list), 'SP.List', (n) => listExtra(ctx, list, n));
  const expand = (ctx.query.get('$expand') ?? '').split(',').map((s) => s.trim());
  if (expand.includes('RootFolder')) {
    const link = `Web/Lists(guid'${list.id}')/RootFolder`;
    e = {
      ...e,
      'RootFolder@odata.navigationLinkUrl': link,
      RootFolder: entity(
        { type: 'SP.Folder', id: `${ctx.apiBase}${link}`, editLink: link },
        { ServerRelativeUrl: list.serverRelativeUrl, ServerRelativePath: { DecodedUrl: list.serverRelativeUrl }, UniqueId: list.id, Name: list.serverRelativeUrl.split('/').pop() ?? '' }
      )
    };
  }
  if (expand.includes('ParentWeb')) {
    e = { ...e, 'ParentWeb@odata.navigationLinkUrl': `Web/Lists(guid'${list.id}')/ParentWeb`, ParentWeb: webJson(ctx) };
  }
  return respond(ctx, 200, single(ctx.apiBase, 'SP.ApiData.Lists/@Element', e, ctx.query.get('$select')));
}

export function getLists(ctx: ApiContext): EmuResponse {
  const rows = listsOf(ctx.web)
    .filter((l) => canSeeList(ctx, l))
    .map((l) => listJson(ctx, l));
  const out = applySimpleFilter(ctx.query.get('$filter'), rows).map((r) => applySimpleSelect(ctx.query.get('$select'), r, 'SP.List', () => undefined));
  return respond(ctx, 200, collection(ctx.apiBase, 'SP.ApiData.Lists', out));
}

/** Lists the caller cannot view answer exactly like missing ones (404), as SharePoint hides them. */
export function listByTitle(ctx: ApiContext, title: string): ListStore {
  const l = ctx.web.getListByTitle(title);
  if (!l || !canSeeList(ctx, l)) throw listByTitleMissing(title, ctx.webAbs);
  return l;
}

export function listById(ctx: ApiContext, id: string): ListStore {
  const l = ctx.web.getListById(id.replace(/^\{|\}$/g, ''));
  if (!l || !canSeeList(ctx, l)) throw listByIdMissing();
  return l;
}

export function listByUrl(ctx: ApiContext, url: string): ListStore {
  const path = url.startsWith('/') ? url : `${ctx.web.serverRelativeUrl}/${url}`;
  const l = ctx.web.getListByUrl(path.replace(/\/+$/, ''));
  if (!l || !canSeeList(ctx, l)) throw fileNotFound();
  return l;
}

const SETTING_KEYS: ReadonlyArray<keyof ListSettings> = [
  'Title',
  'Description',
  'BaseTemplate',
  'EnableVersioning',
  'MajorVersionLimit',
  'EnableModeration',
  'DraftVersionVisibility',
  'ReadSecurity',
  'WriteSecurity',
  'Hidden',
  'NoCrawl',
  'EnableAttachments',
  'ContentTypesEnabled'
];

/** Accepted for compatibility but without effect in the emulator (documented in the README). */
const IGNORED_KEYS = new Set(['AllowContentTypes', 'OnQuickLaunch', 'EnableFolderCreation']);

function settingsFromBody(body: Record<string, unknown>, creating: boolean): Partial<ListSettings> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (IGNORED_KEYS.has(k)) continue;
    if (k === 'EnableMinorVersions' && v === false) continue;
    if (k === 'BaseTemplate' && !creating) throw badRequest('BaseTemplate cannot be changed after a list is created.');
    if (!(SETTING_KEYS as readonly string[]).includes(k)) {
      throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${k}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`);
    }
    out[k] = v;
  }
  return out as Partial<ListSettings>;
}

export function createList(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.ManageLists);
  const settings = settingsFromBody(readBody(ctx), true);
  const title = settings.Title;
  if (typeof title !== 'string' || title.trim() === '') throw badRequest('A list needs a Title.');
  if (settings.BaseTemplate !== undefined && settings.BaseTemplate !== 100) throw badRequest(`The emulator only supports generic lists (BaseTemplate 100), not ${settings.BaseTemplate}.`);
  const list = ctx.web.createList({ ...settings, Title: title });
  ctx.mutating = true;
  return respond(ctx, 201, single(ctx.apiBase, 'SP.ApiData.Lists/@Element', listJson(ctx, list)));
}

export function updateList(ctx: ApiContext, list: ListStore): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  list.updateSettings(settingsFromBody(readBody(ctx), false));
  ctx.mutating = true;
  return emptyResponse(204);
}

export function deleteList(ctx: ApiContext, list: ListStore): EmuResponse {
  requireListPerm(ctx, list, Perm.ManageLists);
  ctx.web.deleteList(list.id);
  ctx.mutating = true;
  return emptyResponse(200, { 'content-length': '0' });
}

export function updateWeb(ctx: ApiContext): EmuResponse {
  requireWebPerm(ctx, Perm.ManageWeb);
  const body = readBody(ctx);
  const w = ctx.web as { title: string; description: string };
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title' && typeof v === 'string') w.title = v;
    else if (k === 'Description' && typeof v === 'string') w.description = v;
    else throw new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The emulator cannot update the web property '${k}'.`);
  }
  ctx.mutating = true;
  return emptyResponse(204);
}
