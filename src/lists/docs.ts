/**
 * Renders `docs/lists.md` from the list definitions, so the reference can never drift from the
 * schema. `scripts/gen-list-docs.ts` writes it; a test fails when the committed file is stale.
 */
import { ListDefinition, fieldEntries, listSettingsPayload } from './define';
import { FieldDef } from './fields';
import { SUITE_GROUPS } from './groups';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function typeLabel(field: FieldDef): string {
  switch (field.kind) {
    case 'Text':
      return `Text (${field.maxLength})`;
    case 'Note':
      return `Note (plain${field.appendOnly ? ', append-only' : ''})`;
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
    )} · override item security: ${groups(def.permissions.override)}`,
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
    '## Suite groups',
    '',
    '| Key | Who |',
    '|---|---|',
    ...Object.keys(SUITE_GROUPS).map((k) => `| \`${k}\` | ${cell(SUITE_GROUPS[k as keyof typeof SUITE_GROUPS])} |`),
    ''
  ];
  return `${[...head, lists.map(renderList).join('\n\n')].join('\n')}\n`;
}
