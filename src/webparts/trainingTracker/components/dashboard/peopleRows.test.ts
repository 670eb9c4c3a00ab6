import { licenceReadiness, moduleStatus } from '../../../../domain/training/status';
import { completion, learner, trainingModule } from '../../../../domain/training/testing';
import type { IModuleStatus } from '../../../../domain/training/types';
import type { IPersonTraining } from '../../../../data/trainingPeople';
import { peopleRows } from './PeoplePanel';

const TODAY = '2026-11-23';
const modules = [trainingModule({ key: 'copilot-basics', assignedOn: '2026-09-01' }), trainingModule({ key: 'prompts', title: 'Prompt writing', assignedOn: '2026-11-20' })];

function person(upn: string, grade: string, done: string[]): IPersonTraining {
  const l = learner({ upn, grade });
  const records = done.map((moduleKey) => completion({ upn, moduleKey, completedOn: '2026-10-01' }));
  return {
    displayName: upn,
    learner: l,
    statuses: modules.map((m) => moduleStatus(m, l, records, TODAY)).filter((s): s is IModuleStatus => s !== undefined),
    readiness: licenceReadiness(modules, l, records, TODAY)
  };
}

describe('the people behind a dashboard number', () => {
  const people = [person('a@x', 'Band 4', ['copilot-basics']), person('b@x', 'Band 5', []), person('c@x', 'Band 4', [])];

  it('lists each person on each counted module in the state clicked, with the day that matters', () => {
    expect(peopleRows(people, modules, { state: 'overdue', moduleKeys: ['copilot-basics', 'prompts'] }).map((r) => [r.person.learner.upn, r.module.key, r.day])).toEqual([
      ['b@x', 'copilot-basics', '2026-10-01'],
      ['c@x', 'copilot-basics', '2026-10-01']
    ]);
    expect(peopleRows(people, modules, { state: 'done', moduleKeys: ['copilot-basics'] }).map((r) => [r.person.learner.upn, r.day])).toEqual([['a@x', '2026-10-01']]);
    expect(peopleRows(people, modules, { state: 'upcoming', moduleKeys: ['prompts'] })).toHaveLength(3);
  });

  it('narrows to the grade or worker type of the row and to the modules counted', () => {
    expect(peopleRows(people, modules, { state: 'overdue', moduleKeys: ['copilot-basics'], grade: 'Band 4' }).map((r) => r.person.learner.upn)).toEqual(['c@x']);
    expect(peopleRows(people, modules, { state: 'overdue', moduleKeys: ['prompts'] })).toEqual([]);
    expect(peopleRows(people, modules, { state: 'overdue', moduleKeys: ['copilot-basics'], workerType: 'Officer' })).toEqual([]);
  });
});
