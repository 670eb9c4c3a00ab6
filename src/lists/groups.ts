/**
 * The suite's permission groups, as intent. Each list says which of these read, contribute, approve
 * and override item-level security; provisioning turns that into SharePoint groups and permission
 * levels on the data site. Keys are stable; the SharePoint group titles are derived at set-up time.
 */
export const SUITE_GROUPS = {
  owners: 'Site owners: set up and upgrade the lists, full control.',
  workforce: 'Everyone in the rollout: reads shared content, contributes their own records.',
  managers: 'Line managers: read their people\'s records through the app.',
  trainingLeads: 'Force training leads: read and correct all training records.',
  champions: 'Business champions: curate and approve catalogue entries and answers.',
  evaluationLeads: 'Digital business change and evaluation leads: read all survey responses.',
  programme: 'Programme board and reporting owners: read programme data, own the risk register.',
  directoryAdmins: 'People directory administrators: import and correct the People list.'
} as const;

export type SuiteGroup = keyof typeof SUITE_GROUPS;

export const SUITE_GROUP_KEYS: readonly SuiteGroup[] = Object.keys(SUITE_GROUPS) as SuiteGroup[];
