/**
 * Renders `docs/lists.md` from the list definitions, so the reference can never drift from the
 * schema. `scripts/gen-list-docs.ts` writes it; a test fails when the committed file is stale.
 */
import { ListDefinition, fieldEntries, listSettingsPayload } from './define';
import { FieldDef } from './fields';
import { SUITE_GROUPS, SuiteGroup } from './groups';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function typeLabel(field: FieldDef): string {
  switch (field.kind) {
    case 'Text':
      return `Text (${field.maxLength})`;
    case 'Note':
      return field.richText
        ? `Note (rich text: HTML, sanitised by an allow-list before display${field.appendOnly ? ', append-only' : ''})`
        : `Note (plain${field.appendOnly ? ', append-only' : ''})`;
    case 'DateTime':
      return field.format === 'DateOnly' ? 'Date' : 'Date and time';
    case 'Lookup':
      return `Lookup → ${field.target().title} (${field.showField})`;
    case 'User':
      return field.selection === 'PeopleOnly' ? 'Person' : 'Person or group';
    default:
      return field.kind;
  }
}

function details(field: FieldDef): string {
  const bits: string[] = [];
  if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
    bits.push(`choices: ${field.choices.join(', ')}${field.fillIn ? ' (fill-in allowed)' : ''}`);
  }
  if ((field.kind === 'Text' || field.kind === 'Number' || field.kind === 'Choice') && field.defaultValue !== undefined) {
    bits.push(`default: ${String(field.defaultValue)}`);
  }
  if (field.kind === 'Boolean') bits.push(`default: ${field.defaultValue ? 'yes' : 'no'}`);
  if (field.kind === 'Number' && (field.min !== undefined || field.max !== undefined)) {
    bits.push(`range: ${field.min ?? '…'} to ${field.max ?? '…'}`);
  }
  if (field.builtIn) bits.push('built-in column, renamed');
  if (field.description !== '') bits.push(field.description);
  return bits.join('; ');
}

const groups = (list: readonly string[]): string => (list.length === 0 ? '—' : list.map((g) => `\`${g}\``).join(', '));

const names = (list: readonly string[]): string => list.map((g) => `\`${g}\``).join(', ');

/** What SharePoint itself enforces on the list, derived from its settings and permission intent. */
function enforcedRules(def: ListDefinition): string[] {
  // Owners hold Full Control of every list anyway: naming them under a lesser level would mislead.
  const notOwners = (list: readonly SuiteGroup[]): SuiteGroup[] => list.filter((g) => g !== 'owners');
  const p = {
    read: notOwners(def.permissions.read),
    contribute: notOwners(def.permissions.contribute),
    delete: notOwners(def.permissions.delete),
    approve: notOwners(def.permissions.approve),
    override: notOwners(def.permissions.override),
    append: notOwners(def.permissions.append)
  };
  const s = def.settings;
  const readers = p.read.filter((g) => p.contribute.indexOf(g) < 0 && p.append.indexOf(g) < 0);
  const keepers = p.contribute.filter((g) => p.delete.indexOf(g) < 0);
  const rules: string[] = [
    'Unique permissions: only the groups named here and the owners (`owners` and the site\'s Owners group, Full Control) can open the list, whatever the site grants; only the owners can change its settings, columns or permissions.'
  ];
  if (readers.length > 0) rules.push(`Read only: ${names(readers)}.`);
  if (keepers.length > 0) rules.push(`Add and edit, never delete ("Contribute without delete"): ${names(keepers)}.`);
  if (p.delete.length > 0) rules.push(`Add, edit and delete (Contribute): ${names(p.delete)}.`);
  if (p.append.length > 0) rules.push(`Add only, never edit or delete ("Add only"): ${names(p.append)}.`);
  if (p.approve.length > 0) rules.push(`Approve items: ${names(p.approve)}.`);
  if (s.itemSecurity.read === 'own') rules.push('Item-level security: each person reads only the items they created (others\' items are absent from every read).');
  if (s.itemSecurity.write === 'own') rules.push('Item-level security: each person edits only the items they created (403 otherwise).');
  if (s.itemSecurity.write === 'none') rules.push('Item-level security: nobody but the exempt edits any item.');
  if (p.override.length > 0 && (s.itemSecurity.read !== 'all' || s.itemSecurity.write !== 'all')) {
    rules.push(`Exempt from item-level security for the whole list (Override List Behaviors): ${names(p.override)} and the owners.`);
  }
  if (s.contentApproval !== null) {
    rules.push(`Content approval: new and edited items are pending until approved; drafts visible to ${s.contentApproval.draftVisibility}s.`);
  }
  return rules;
}

function appRules(def: ListDefinition): string[] {
  const rules = [
    ...def.appOnlyRules,
    'Required columns and choice values are checked by the app before every write; SharePoint\'s REST API is not relied on to refuse a missing required value or an unknown choice.'
  ];
  if (def.settings.itemSecurity.read === 'all') rules.push('Any "my items" view is a convenience: every reader of the list can read every item.');
  return rules;
}

function renderList(def: ListDefinition): string {
  const s = def.settings;
  const lines: string[] = [
    `## ${def.title}`,
    '',
    def.description,
    '',
    `- URL: \`${def.url}\` · key \`${def.key}\` · column prefix \`${def.prefix}\``,
    `- Versioning: ${s.versioning.enabled ? `on, ${s.versioning.majorVersionLimit} major versions` : 'off'}`,
    `- Content approval: ${s.contentApproval === null ? 'off' : `on, drafts visible to ${s.contentApproval.draftVisibility}s`}`,
    `- Item-level security: read ${s.itemSecurity.read} items, edit ${s.itemSecurity.write} items`,
    `- List properties set by provisioning: \`${JSON.stringify(listSettingsPayload(def))}\``,
    `- Read: ${groups(def.permissions.read)} · contribute: ${groups(def.permissions.contribute)} · approve: ${groups(
      def.permissions.approve
    )} · override item security: ${groups(def.permissions.override)} · delete: ${groups(def.permissions.delete)}${
      def.permissions.append.length > 0 ? ` · add only: ${groups(def.permissions.append)}` : ''
    }`,
    '',
    '**Enforced by SharePoint**',
    '',
    ...enforcedRules(def).map((r) => `- ${r}`),
    '',
    '**Scoped by the app only** (not security: anyone who can read the list can read past these through REST)',
    '',
    ...appRules(def).map((r) => `- ${r}`),
    '',
    '| Key | Internal name | Display name | Type | Required | Indexed | Details |',
    '|---|---|---|---|---|---|---|'
  ];
  for (const [key, field] of fieldEntries(def)) {
    lines.push(
      `| \`${key}\` | \`${field.internalName}\` | ${cell(field.displayName)} | ${cell(typeLabel(field))} | ${
        field.required ? 'yes' : ''
      } | ${field.indexed ? 'yes' : ''} | ${cell(details(field))} |`
    );
  }
  return lines.join('\n');
}

/** The whole markdown document. */
export function renderListDocs(lists: readonly ListDefinition[]): string {
  const head = [
    '# Lists of the M365 Adoption Suite',
    '',
    '<!-- Generated from src/lists by `npx tsx scripts/gen-list-docs.ts`. Do not edit by hand. -->',
    '',
    'Every list is declared once in `src/lists/` (`defineList`). Internal names are prefixed per list and never',
    'renamed once released; every list also carries a `<prefix>ClientId` column that makes creates idempotent.',
    'Server-stamped columns (`Id`, `Created`, `Modified`, `Author`, `Editor`) are read on every item and never written.',
    '',
    'Each list says which of its rules SharePoint enforces (permissions, item-level security, content approval) and',
    'which the app only applies as a filter or scope. Only the first kind protects data: the second is a convenience.',
    'Every suite group has Read on the site itself (so it can open it) and `owners` Full Control; the site\'s default',
    'Members group must not hold Edit (Manage Lists), which set-up reports and replaces with Read under `--fix-members`.',
    '',
    '## Suite groups',
    '',
    '| Key | Who |',
    '|---|---|',
    ...Object.keys(SUITE_GROUPS).map((k) => `| \`${k}\` | ${cell(SUITE_GROUPS[k as keyof typeof SUITE_GROUPS])} |`),
    ''
  ];
  return `${[...head, lists.map(renderList).join('\n\n')].join('\n')}\n`;
}
