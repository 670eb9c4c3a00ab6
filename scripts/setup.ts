/**
 * Sets up (or upgrades) the suite's lists on a data site from the schema in src/lists.
 *
 *   npx tsx scripts/setup.ts --site https://contoso.sharepoint.com/sites/m365 --dry-run
 *   npx tsx scripts/setup.ts --site http://127.0.0.1:5173/sites/dev --user admin@contoso.onmicrosoft.com
 *
 * --dry-run             print the steps, change nothing
 * --permissions         also set up suite groups, permission levels, site and list permissions
 * --fix-members         with --permissions: replace any level of the site's Members group that
 *                       includes Manage Lists (Edit on a team site) with Read; without it this is
 *                       reported on every run
 * --group-prefix <text> prefix of the SharePoint group titles (default "M365 Suite")
 * --user <upn>          act as this user on the local emulator (X-Emulator-User)
 * --token-env <V>       read a bearer token for SharePoint Online from environment variable V
 *
 * Idempotent: a second run prints no steps (permission assignments made by hand on a list are listed
 * as "extraAssignment" and left alone). Each list's schema version is recorded in Suite settings.
 */
import { ALL_LISTS } from '../src/lists';
import { DEFAULT_GROUP_PREFIX } from '../src/data/provisioning/setUpAction';
import { dataSite, spFromUrl } from '../src/data/sp';
import { ensureLists, ProvisionStep } from '../src/data/provisioning/ensureLists';
import { ensurePermissions, PermissionStep, planPermissions } from '../src/data/provisioning/permissions';

interface Args {
  site: string;
  dryRun: boolean;
  permissions: boolean;
  fixMembers: boolean;
  groupPrefix: string;
  user?: string;
  tokenEnv?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const site = value('--site');
  if (site === undefined) {
    throw new Error('Usage: npx tsx scripts/setup.ts --site <absolute site url> [--dry-run] [--permissions [--fix-members]] [--group-prefix <text>] [--user <upn>] [--token-env <VAR>]');
  }
  return {
    site,
    dryRun: argv.indexOf('--dry-run') >= 0,
    permissions: argv.indexOf('--permissions') >= 0,
    fixMembers: argv.indexOf('--fix-members') >= 0,
    groupPrefix: value('--group-prefix') ?? DEFAULT_GROUP_PREFIX,
    user: value('--user'),
    tokenEnv: value('--token-env')
  };
}

export function formatSteps(steps: readonly ProvisionStep[]): string {
  if (steps.length === 0) return 'Nothing to do: every list matches the schema.';
  return steps.map((s) => `${s.list}: ${s.kind}${s.field !== undefined ? ` ${s.field}` : ''} ${s.detail}`).join('\n');
}

export function formatPermissionSteps(steps: readonly PermissionStep[]): string {
  if (steps.length === 0) return 'Nothing to do: groups, levels and permissions match the plan.';
  return steps.map((p) => `${p.kind} ${p.detail}`).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const headers: Record<string, string> = {};
  if (args.user !== undefined) headers['X-Emulator-User'] = args.user;
  if (args.tokenEnv !== undefined) {
    const token = process.env[args.tokenEnv];
    if (token === undefined || token === '') throw new Error(`Environment variable ${args.tokenEnv} is empty`);
    headers.Authorization = `Bearer ${token}`;
  }
  const site = dataSite(spFromUrl(args.site, { headers }), args.site);
  const steps = await ensureLists(site, ALL_LISTS, { dryRun: args.dryRun });
  process.stdout.write(`${args.dryRun ? 'Would take' : 'Took'} these steps on ${args.site}:\n${formatSteps(steps)}\n`);
  if (args.permissions) {
    const plan = planPermissions(ALL_LISTS, { groupPrefix: args.groupPrefix });
    const permissionSteps = await ensurePermissions(site, plan, { dryRun: args.dryRun, fixMembers: args.fixMembers });
    process.stdout.write(`Permissions:\n${formatPermissionSteps(permissionSteps)}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
