import { basePermissionsFor, planPermissions } from './permissions';
import { ALL_LISTS } from '../../lists';
import { Demo } from '../../lists/testing/demoList';
import { PeopleList } from '../../lists/people';

describe('basePermissionsFor', () => {
  it('sets bit k-1 of the 64-bit mask for PermissionKind k', () => {
    expect(basePermissionsFor([1, 2, 3])).toEqual({ High: 0, Low: 7 });
    expect(basePermissionsFor([5, 5])).toEqual({ High: 0, Low: 16 });
    // Kind 32 is the top bit of Low (no sign trouble); 37 and 38 land in High.
    expect(basePermissionsFor([32, 37, 38])).toEqual({ High: 48, Low: 2147483648 });
  });
});

describe('planPermissions', () => {
  it('turns each list\'s intent into groups, custom levels and assignments', () => {
    const plan = planPermissions([PeopleList, Demo], { groupPrefix: 'M365 Suite' });
    expect(plan.groups.map((g) => g.title)).toEqual([
      'M365 Suite Workforce',
      'M365 Suite Directory admins',
      'M365 Suite Champions',
      'M365 Suite Training leads'
    ]);
    expect(plan.roles.map((r) => r.name)).toEqual(['M365 Suite Approve', 'M365 Suite Override item security']);
    // Override List Behaviors is CancelCheckout (9) in the REST enum.
    expect(plan.roles[1].kinds).toContain(9);
    expect(plan.assignments.map((a) => `${a.list.key}:${a.group}:${a.role}`)).toEqual([
      'people:owners:fullControl',
      'people:workforce:read',
      'people:directoryAdmins:contribute',
      'demo:owners:fullControl',
      'demo:workforce:contribute',
      'demo:champions:approve',
      'demo:trainingLeads:override'
    ]);
  });

  it('leaves out custom levels nobody needs', () => {
    expect(planPermissions(ALL_LISTS, { groupPrefix: 'X' }).roles).toEqual([]);
  });
});
