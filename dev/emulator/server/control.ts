import type { EmulatorStore } from '../store';
import type { EmulatorClock } from './clock';
import type { FaultInjector } from './faults';
import type { RequestLog } from './log';
import type { SecurityModel } from './security';
import type { StorageEntities } from './storage-entities';

/**
 * `/_emulator/*` control API (JSON in, JSON out). Never subject to faults and never journaled: it
 * is the test harness's and the workbench's side channel, not SharePoint.
 */

export interface ControlDeps {
  store: EmulatorStore;
  security: SecurityModel;
  clock: EmulatorClock;
  faults: FaultInjector;
  log: RequestLog;
  storage: StorageEntities;
  defaultUser: string;
  currentUser: (headers: Record<string, string>) => string;
}

export interface ControlResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function parseJson(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  const v: unknown = JSON.parse(body);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('The body must be a JSON object.');
  return v as Record<string, unknown>;
}

export function handleControl(deps: ControlDeps, method: string, url: URL, headers: Record<string, string>, body: string): ControlResult {
  const path = url.pathname.replace(/^\/_emulator\/?/, '').replace(/\/+$/, '').toLowerCase();
  try {
    switch (path) {
      case 'health':
        return { status: 200, body: { ok: true } };
      case 'log':
        if (method === 'DELETE') {
          deps.log.clear();
          return { status: 200, body: { cleared: true } };
        }
        return { status: 200, body: { entries: deps.log.entries(Number(url.searchParams.get('since') ?? '0')) } };
      case 'faults':
        if (method === 'POST') {
          const patch = parseJson(body);
          if (patch.reset === true) {
            const rest: Record<string, unknown> = { ...patch };
            delete rest.reset;
            deps.faults.reset();
            return { status: 200, body: deps.faults.set(rest) };
          }
          return { status: 200, body: deps.faults.set(patch) };
        }
        return { status: 200, body: deps.faults.config };
      case 'clock':
        if (method === 'POST') {
          const p = parseJson(body);
          if (p.reset === true) deps.clock.reset();
          if (typeof p.fixed === 'string') deps.clock.setFixed(p.fixed);
          if (typeof p.offsetMs === 'number') deps.clock.setOffset(p.offsetMs);
          if (typeof p.advanceMs === 'number') deps.clock.advance(p.advanceMs);
        }
        return { status: 200, body: deps.clock.state() };
      case 'users':
        return {
          status: 200,
          body: {
            defaultUser: deps.defaultUser,
            currentUser: deps.currentUser(headers),
            users: deps.security.directoryUsers().map((u) => ({ upn: u.upn, title: u.title, email: u.email ?? u.upn, isSiteAdmin: u.isSiteAdmin === true, defaultRole: u.defaultRole ?? 'member' }))
          }
        };
      case 'user': {
        // Lets a page switch user without writing cookies itself.
        const p = parseJson(body);
        const upn = typeof p.upn === 'string' ? p.upn.toLowerCase() : '';
        if (method !== 'POST' || !deps.security.directoryUser(upn)) return { status: 400, body: { error: `Unknown user '${upn}'.` } };
        return { status: 200, body: { currentUser: upn }, headers: { 'set-cookie': `emu_user=${encodeURIComponent(upn)}; Path=/; SameSite=Lax` } };
      }
      case 'memory':
        return { status: 200, body: deps.store.memoryReport() };
      case 'storage-entities': {
        if (method === 'POST') {
          const p = parseJson(body);
          if (typeof p.key !== 'string' || p.key === '') return { status: 400, body: { error: 'key is required' } };
          const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
          deps.storage.set(p.key, s(p.value), s(p.description), s(p.comment));
        } else if (method === 'DELETE') {
          deps.storage.remove(url.searchParams.get('key') ?? '');
        }
        return { status: 200, body: deps.storage.all() };
      }
      default:
        return { status: 404, body: { error: `Unknown control endpoint '/_emulator/${path}'.` } };
    }
  } catch (e) {
    return { status: 400, body: { error: e instanceof Error ? e.message : String(e) } };
  }
}
