/**
 * Webs and the store root. A web owns its lists; lookups resolve within the web, as SharePoint
 * lookups do by default (LookupWebId = the list's web).
 */
import { formatIsoSeconds } from './dates';
import { argument, duplicateListTitle, listMissing } from './errors';
import { urlNameFromTitle } from './fields';
import { SeededRandom, normaliseGuid } from './guid';
import { DEFAULT_SETTINGS, ListStore } from './list';
import type { ListSettings, MemoryReport } from './types';

/** "/sites/Data/" → "/sites/Data"; "" → "/". Case is kept for display, compared case-insensitively. */
export function normaliseUrl(url: string): string {
  let u = url.trim();
  if (!u.startsWith('/')) u = `/${u}`;
  while (u.length > 1 && u.endsWith('/')) u = u.slice(0, -1);
  return u;
}

export class WebStore {
  readonly id: string;
  readonly serverRelativeUrl: string;
  title: string;
  description = '';
  created: string;
  private readonly listArr: ListStore[] = [];

  constructor(
    private readonly random: SeededRandom,
    serverRelativeUrl: string,
    title: string,
    private readonly clock: () => Date
  ) {
    this.id = random.guid();
    this.serverRelativeUrl = normaliseUrl(serverRelativeUrl);
    this.title = title;
    this.created = formatIsoSeconds(clock().getTime());
  }

  get lists(): ListStore[] {
    return this.listArr;
  }

  /** Adds SharePoint's system fields; url is `Lists/<title without spaces>` unless `urlName` is given. */
  createList(settings: Partial<ListSettings> & { Title: string }, urlName?: string): ListStore {
    if (this.getListByTitle(settings.Title) !== undefined) throw duplicateListTitle();
    const base = urlName ?? (urlNameFromTitle(settings.Title) || 'List');
    let name = base;
    for (let n = 1; this.getListByUrl(this.listUrl(name)) !== undefined; n += 1) name = `${base}${n}`;
    const full: ListSettings = { ...DEFAULT_SETTINGS, ...settings };
    const list = new ListStore({ random: this.random, resolveList: (id) => this.getListById(id) }, full, this.listUrl(name), name, this.clock());
    this.listArr.push(list);
    return list;
  }

  private listUrl(name: string): string {
    return `${this.serverRelativeUrl === '/' ? '' : this.serverRelativeUrl}/Lists/${name}`;
  }

  getListByTitle(title: string): ListStore | undefined {
    const lower = title.toLowerCase();
    return this.listArr.find((l) => l.settings.Title.toLowerCase() === lower);
  }

  getListById(id: string): ListStore | undefined {
    const guid = normaliseGuid(id);
    return this.listArr.find((l) => l.id === guid);
  }

  /** Server-relative (`/sites/x/Lists/Y`) or web-relative (`Lists/Y`), any case, trailing slash tolerated. */
  getListByUrl(url: string): ListStore | undefined {
    const trimmed = url.trim();
    const absolute = trimmed.startsWith('/') ? normaliseUrl(trimmed) : normaliseUrl(`${this.serverRelativeUrl === '/' ? '' : this.serverRelativeUrl}/${trimmed}`);
    const lower = absolute.toLowerCase();
    return this.listArr.find((l) => l.serverRelativeUrl.toLowerCase() === lower);
  }

  deleteList(id: string): void {
    const list = this.getListById(id);
    if (list === undefined) throw listMissing();
    this.listArr.splice(this.listArr.indexOf(list), 1);
  }
}

export class EmulatorStore {
  private readonly random: SeededRandom;
  private readonly webArr: WebStore[] = [];
  private readonly clock: () => Date;

  /** `idSeed` makes guids reproducible; `clock` stamps list/web creation (defaults to the wall clock). */
  constructor(opts?: { idSeed?: number; clock?: () => Date }) {
    this.random = new SeededRandom(opts?.idSeed ?? 1);
    this.clock = opts?.clock ?? ((): Date => new Date());
  }

  get webs(): WebStore[] {
    return this.webArr;
  }

  createWeb(serverRelativeUrl: string, title: string): WebStore {
    if (this.getWeb(serverRelativeUrl) !== undefined) throw argument(`A web already exists at '${normaliseUrl(serverRelativeUrl)}'.`);
    const web = new WebStore(this.random, serverRelativeUrl, title, this.clock);
    this.webArr.push(web);
    return web;
  }

  getWeb(serverRelativeUrl: string): WebStore | undefined {
    const lower = normaliseUrl(serverRelativeUrl).toLowerCase();
    return this.webArr.find((w) => w.serverRelativeUrl.toLowerCase() === lower);
  }

  /** Longest web url that is a whole-segment prefix of `path` ("/sites/data/_api/web" → "/sites/data"). */
  findWebForPath(path: string): WebStore | undefined {
    const lower = normaliseUrl(path.split('?')[0]).toLowerCase();
    let best: WebStore | undefined;
    for (const web of this.webArr) {
      const url = web.serverRelativeUrl.toLowerCase();
      const matches = url === '/' || lower === url || lower.startsWith(`${url}/`);
      if (matches && (best === undefined || url.length > best.serverRelativeUrl.length)) best = web;
    }
    return best;
  }

  memoryReport(): MemoryReport {
    const mem = process.memoryUsage();
    const mb = (n: number): number => Math.round((n / 1048576) * 10) / 10;
    return {
      heapUsedMB: mb(mem.heapUsed),
      rssMB: mb(mem.rss),
      lists: this.webArr.flatMap((w) =>
        w.lists.map((l) => ({ web: w.serverRelativeUrl, title: l.settings.Title, items: l.itemCount, estimatedMB: mb(l.memoryBytesEstimate()) }))
      )
    };
  }
}
