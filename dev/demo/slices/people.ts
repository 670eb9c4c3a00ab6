import { PeopleList, toWire, type NewPerson } from '../../../src/lists';
import type { IDemoSlice } from './index';

/** The People directory: every demo person, as an HR export would give them. */
export const peopleSlice: IDemoSlice = {
  name: 'people',
  seed(ctx) {
    const list = ctx.dataWeb.getListByUrl(`${ctx.dataWeb.serverRelativeUrl}/${PeopleList.url}`);
    if (!list) throw new Error(`${PeopleList.url} does not exist: run provisioning before seeding`);
    if (list.itemCount > 0) return { items: 0 };
    const created = `${ctx.today}T07:00:00Z`;
    list.bulkInsert(
      ctx.people.map((p) => {
        const person: NewPerson = {
          displayName: p.displayName,
          upn: p.upn,
          force: p.force,
          department: p.department,
          jobTitle: p.jobTitle,
          grade: p.grade,
          workerType: p.workerType,
          managerUpn: p.managerUpn,
          startDate: p.startDate,
          leaveDate: p.leaveDate
        };
        return { values: { ...toWire(PeopleList, person) }, authorId: ctx.ownerId, created };
      })
    );
    return { items: ctx.people.length };
  }
};
