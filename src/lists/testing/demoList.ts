/** A test fixture list with one column of every kind (not part of the suite). */
import { defineList } from '../define';
import { f } from '../fields';
import { PeopleList } from '../people';

export const Demo = defineList({
  key: 'demo',
  title: 'Demo',
  url: 'Lists/Demo',
  description: 'A list with one column of every kind.',
  prefix: 'dem',
  fields: {
    name: f.title({ displayName: 'Name', required: true }),
    code: f.text({ internalName: 'demCode', displayName: 'Code', required: true, maxLength: 20 }),
    notes: f.note({ internalName: 'demNotes', displayName: 'Notes' }),
    qty: f.number({ internalName: 'demQty', displayName: 'Qty', min: 0 }),
    cost: f.currency({ internalName: 'demCost', displayName: 'Cost' }),
    due: f.date({ internalName: 'demDue', displayName: 'Due' }),
    at: f.dateTime({ internalName: 'demAt', displayName: 'At', required: true }),
    done: f.boolean({ internalName: 'demDone', displayName: 'Done' }),
    status: f.choice({ internalName: 'demStatus', displayName: 'Status', choices: ['New', 'Done'], required: true, defaultValue: 'New' }),
    open: f.choice({ internalName: 'demOpen', displayName: 'Open', choices: ['A'], fillIn: true }),
    tags: f.multiChoice({ internalName: 'demTags', displayName: 'Tags', choices: ['x', 'y'] }),
    owner: f.user({ internalName: 'demOwner', displayName: 'Owner' }),
    person: f.lookup({ internalName: 'demPerson', displayName: 'Person', target: () => PeopleList }),
    link: f.url({ internalName: 'demLink', displayName: 'Link' })
  },
  settings: { contentApproval: { draftVisibility: 'approver' }, itemSecurity: { read: 'own', write: 'own' } },
  permissions: { read: ['workforce'], contribute: ['workforce'], approve: ['champions'], override: ['trainingLeads'] }
});
export type DemoDef = typeof Demo;
