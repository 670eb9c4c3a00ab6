import { basePermissionsFor, customRoles, KIND, maskHas, planPermissions } from './permissionPlan';
import { ALL_LISTS } from '../../lists';
import { Demo } from '../../lists/testing/demoList';
import { PeopleList } from '../../lists/people';
import { BoardMeetingsList, BoardRecordsList, BoardSnapshotPartsList } from '../../lists/board';

describe('basePermissionsFor', () => {
  it('sets bit k-1 of the 64-bit mask for PermissionKind k', () => {
    expect(basePermissionsFor([1, 2, 3])).toEqual({ High: 0, Low: 7 });
    expect(basePermissionsFor([5, 5])).toEqual({ High: 0, Low: 16 });
    // Kind 32 is the top bit of Low (no sign trouble); 37 and 38 land in High.
    expect(basePermissionsFor([32, 37, 38])).toEqual({ High: 48, Low: 2147483648 });
  });

  it('reads a kind back from a mask, including the strings SharePoint sends', () => {
    expect(maskHas({ High: '0', Low: '2048' }, KIND.manageLists)).toBe(true);
    expect(maskHas({ High: 0, Low: 2147483648 }, 32)).toBe(true);
    expect(maskHas({ High: 48, Low: 0 }, KIND.useRemoteAPIs)).toBe(true);
    expect(maskHas({ High: 48, Low: 0 }, KIND.createAlerts)).toBe(false);
  });
});

describe('customRoles', () => {
  it('gives contribute without delete no Delete Items, approve Approve Items and override Override List Behaviors', () => {
    const [noDelete, approve, override, addOnly] = customRoles('X');
    expect(noDelete.kinds).toEqual(expect.arrayContaining([KIND.addListItems, KIND.editListItems]));
    expect(noDelete.kinds).not.toContain(KIND.deleteListItems);
    expect(approve.kinds).toContain(KIND.approveItems);
    // Override List Behaviors is CancelCheckout (9) in the REST enum.
    expect(override.kinds).toContain(KIND.cancelCheckout);
    [noDelete, approve, override, addOnly].forEach((r) => expect(r.kinds).not.toContain(KIND.manageLists));
  });

  it('gives "Add only" Add Items, reading and versions, and neither Edit Items nor Delete Items', () => {
    const addOnly = customRoles('X').filter((r) => r.role === 'addOnly')[0];
    expect(addOnly.name).toBe('X Add only');
    expect(addOnly.kinds).toEqual(expect.arrayContaining([KIND.viewListItems, KIND.addListItems, KIND.openItems, KIND.viewVersions, KIND.viewPages, KIND.open, KIND.browseUserInfo, KIND.useClientIntegration, KIND.useRemoteAPIs]));
    expect(addOnly.kinds).not.toContain(KIND.editListItems);
    expect(addOnly.kinds).not.toContain(KIND.deleteListItems);
    expect(addOnly.kinds).not.toContain(KIND.approveItems);
    expect(addOnly.kinds).not.toContain(KIND.cancelCheckout);
  });
});

describe('planPermissions', () => {
  it('plans every suite group and level, site-level Read (owners Full Control) and each list\'s intent', () => {
    const plan = planPermissions([PeopleList, Demo], { groupPrefix: 'M365 Suite' });
    expect(plan.groups.map((g) => g.title)).toEqual([
      'M365 Suite Owners',
      'M365 Suite Workforce',
      'M365 Suite Managers',
      'M365 Suite Training leads',
      'M365 Suite Champions',
      'M365 Suite Evaluation leads',
      'M365 Suite Programme board',
      'M365 Suite Directory admins'
    ]);
    expect(plan.roles.map((r) => r.name)).toEqual(['M365 Suite Contribute without delete', 'M365 Suite Approve', 'M365 Suite Override item security', 'M365 Suite Add only']);
    expect(plan.web.filter((w) => w.role === 'fullControl').map((w) => w.group)).toEqual(['owners']);
    expect(plan.web.filter((w) => w.role === 'read')).toHaveLength(7);
    expect(plan.assignments.map((a) => `${a.list.key}:${a.group}:${a.role}`)).toEqual([
      'people:siteOwners:fullControl',
      'people:owners:fullControl',
      'people:workforce:read',
      'people:directoryAdmins:contributeNoDelete',
      'demo:siteOwners:fullControl',
      'demo:owners:fullControl',
      'demo:workforce:contributeNoDelete',
      'demo:champions:approve',
      'demo:trainingLeads:override'
    ]);
  });

  it('never gives the workforce more than Read or contribute on any suite list', () => {
    const plan = planPermissions(ALL_LISTS, { groupPrefix: 'X' });
    const roles = plan.assignments.filter((a) => a.group === 'workforce').map((a) => a.role);
    expect(roles.every((r) => r === 'read' || r === 'contributeNoDelete')).toBe(true);
    expect(plan.web.filter((w) => w.group === 'workforce')).toEqual([{ group: 'workforce', role: 'read' }]);
  });

  it('lets the programme board only add to the board’s record lists, and edit (never delete) its meetings', () => {
    const plan = planPermissions([BoardMeetingsList, BoardRecordsList, BoardSnapshotPartsList], { groupPrefix: 'X' });
    expect(plan.assignments.map((a) => `${a.list.key}:${a.group}:${a.role}`)).toEqual([
      'boardMeetings:siteOwners:fullControl',
      'boardMeetings:owners:fullControl',
      'boardMeetings:workforce:read',
      'boardMeetings:programme:contributeNoDelete',
      'boardRecords:siteOwners:fullControl',
      'boardRecords:owners:fullControl',
      'boardRecords:workforce:read',
      'boardRecords:programme:addOnly',
      'boardSnapshotParts:siteOwners:fullControl',
      'boardSnapshotParts:owners:fullControl',
      'boardSnapshotParts:workforce:read',
      'boardSnapshotParts:programme:addOnly'
    ]);
  });

  it('gives an add-only group no Read of its own on the list (Add only includes reading)', () => {
    const list = { ...BoardRecordsList, permissions: { ...BoardRecordsList.permissions, read: ['workforce', 'programme'] as const } };
    const plan = planPermissions([list], { groupPrefix: 'X' });
    expect(plan.assignments.filter((a) => a.group === 'programme').map((a) => a.role)).toEqual(['addOnly']);
  });

  it('gives override groups the override level on the training completions', () => {
    const plan = planPermissions(ALL_LISTS, { groupPrefix: 'X' });
    const completions = plan.assignments.filter((a) => a.list.key === 'trainingCompletions').map((a) => `${a.group}:${a.role}`);
    expect(completions).toEqual(['siteOwners:fullControl', 'owners:fullControl', 'workforce:contributeNoDelete', 'managers:override', 'trainingLeads:override']);
  });
});
