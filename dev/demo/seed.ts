import type { DirectoryUser, SeedContext } from '../emulator/server';
import { generatePeople, type IDemoPerson } from './people';

/** The intranet site the workbench page "is on", and the suite's data site (as in production, they differ). */
export const PAGE_SITE_PATH: string = '/sites/intranet';
export const DATA_SITE_PATH: string = '/sites/m365-programme';

/** Tenant property (storage entity) that tells every part where the suite's data site is. */
export const DATA_SITE_STORAGE_KEY: string = 'M365AdoptionSuite.DataSiteUrl';

export interface IDemoDirectory {
  people: IDemoPerson[];
  users: DirectoryUser[];
}

/**
 * The tenant directory: every demo person can sign in. Site owners get Full Control; everyone else starts
 * with Read on the sites (the workforce never gets Edit, which includes Manage Lists); the suite's own
 * groups and list permissions come from the provisioning code.
 */
export function demoDirectory(scale: number = 1): IDemoDirectory {
  const people = generatePeople({ scale });
  const users: DirectoryUser[] = people.map((p) => ({
    upn: p.upn,
    title: p.displayName,
    email: p.upn,
    jobTitle: p.jobTitle,
    department: p.department,
    defaultRole: p.persona?.role === 'owner' ? 'owner' : 'visitor'
  }));
  return { people, users };
}

/**
 * Builds the demo state straight into the store (not through REST), before the journal is replayed. The
 * data site property is set by the caller once the emulator's origin (its port) is known.
 */
export function demoSeed(ctx: SeedContext): void {
  ctx.store.createWeb(PAGE_SITE_PATH, 'Kent and Essex intranet');
  ctx.store.createWeb(DATA_SITE_PATH, 'M365 programme');
}
