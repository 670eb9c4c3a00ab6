import { defineList, ItemOf } from './define';
import { f } from './fields';

/**
 * Suite settings: a small key/value registry on the data site. It records the schema version each
 * list was provisioned at (so set-up knows what to upgrade) and suite-wide settings an owner edits
 * (e.g. `forces`, a JSON array of forces shown in pickers). Values are JSON text.
 */
export const SuiteSettingsList = defineList({
  key: 'suiteSettings',
  title: 'Suite settings',
  url: 'Lists/SuiteSettings',
  description: 'Key/value settings of the M365 Adoption Suite and the schema version of each list. Values are JSON.',
  prefix: 'set',
  fields: {
    key: f.title({ displayName: 'Key', required: true, indexed: true }),
    value: f.note({ internalName: 'setValue', displayName: 'Value (JSON)', required: true, lines: 6 }),
    notes: f.note({ internalName: 'setNotes', displayName: 'Notes', lines: 3 })
  },
  permissions: {
    read: ['workforce'],
    contribute: ['owners']
  }
});

export type SuiteSetting = ItemOf<typeof SuiteSettingsList>;

/** Key under which the schema version of a list is recorded. */
export function schemaVersionKey(listKey: string): string {
  return `schema:${listKey}`;
}
