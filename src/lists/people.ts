import { defineList, ItemOf, NewItemOf } from './define';
import { f } from './fields';

/**
 * Forces the suite knows by name. The column is a fill-in choice, so a national rollout can add
 * forces (or further joint units) as data without re-provisioning; code must not assume this list
 * is complete.
 */
export const KNOWN_FORCES = ['Kent', 'Essex', 'Joint'] as const;
export type KnownForce = (typeof KNOWN_FORCES)[number];

export const WORKER_TYPES = ['Officer', 'Staff', 'PCSO', 'Special', 'Other'] as const;
export type WorkerType = (typeof WORKER_TYPES)[number];

/**
 * People: the directory every other area joins to (training compliance by force, department and
 * manager). Keyed by UPN, never deleted: a leaver gets a leave date so their history still resolves.
 */
export const PeopleList = defineList({
  key: 'people',
  title: 'People',
  url: 'Lists/People',
  description: 'Directory of everyone in the rollout, imported from the HR or Entra export. Leavers keep their record with a leave date.',
  prefix: 'ppl',
  fields: {
    displayName: f.title({ displayName: 'Display name', required: true }),
    upn: f.text({
      internalName: 'pplUpn',
      displayName: 'User principal name',
      description: 'Sign-in name (user@force.police.uk), lower case. The key every import matches on.',
      required: true,
      indexed: true
    }),
    force: f.choice({
      internalName: 'pplForce',
      displayName: 'Force',
      choices: KNOWN_FORCES,
      fillIn: true,
      required: true,
      indexed: true
    }),
    department: f.text({ internalName: 'pplDepartment', displayName: 'Department', indexed: true }),
    jobTitle: f.text({ internalName: 'pplJobTitle', displayName: 'Role / job title' }),
    grade: f.text({ internalName: 'pplGrade', displayName: 'Grade or rank', maxLength: 100 }),
    workerType: f.choice({
      internalName: 'pplWorkerType',
      displayName: 'Officer, staff, PCSO or special',
      choices: WORKER_TYPES
    }),
    managerUpn: f.text({
      internalName: 'pplManagerUpn',
      displayName: 'Manager UPN',
      description: 'The line manager\'s UPN (text, not a person column: it must work before the manager has ever signed in).',
      indexed: true
    }),
    startDate: f.date({ internalName: 'pplStartDate', displayName: 'Start date' }),
    leaveDate: f.date({ internalName: 'pplLeaveDate', displayName: 'Leave date' }),
    entraObjectId: f.text({
      internalName: 'pplEntraObjectId',
      displayName: 'Entra object id',
      description: 'Optional; filled by the Microsoft Graph sync.',
      maxLength: 36
    })
  },
  settings: {
    versioning: { enabled: true, majorVersionLimit: 100 }
  },
  permissions: {
    read: ['workforce'],
    contribute: ['directoryAdmins']
  },
  appOnlyRules: ['A manager\'s view of their reports is a filter on the manager UPN: every workforce member can read every person\'s record.']
});

export type PeopleListDef = typeof PeopleList;
export type Person = ItemOf<PeopleListDef>;
export type NewPerson = NewItemOf<PeopleListDef>;
