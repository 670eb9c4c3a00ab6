import { ALL_LISTS } from '../../lists';
import { PERSON_SOURCES, removableFrom, removalDecision } from './retention';

describe('retention rules', () => {
  it('name real lists and columns that hold a sign-in name', () => {
    for (const source of PERSON_SOURCES) {
      const def = ALL_LISTS.find((l) => l.key === source.listKey);
      expect(def?.fields[source.column]?.kind).toBe('Text');
    }
  });

  it('keep training records six years after the leave date (29 February to 28 February)', () => {
    expect(removableFrom('2019-03-31')).toBe('2025-03-31');
    expect(removableFrom('2020-02-29')).toBe('2026-02-28');
    expect(removableFrom('2018-02-28')).toBe('2024-02-28');
    expect(removableFrom(undefined)).toBeUndefined();
    expect(removableFrom('31/03/2019')).toBeUndefined();
  });

  it.each([
    ['onRequest', undefined, '2026-11-23', { remove: true }],
    ['organisational', '2010-01-01', '2026-11-23', { remove: false, reason: 'organisational' }],
    ['afterLeaving', undefined, '2026-11-23', { remove: false, reason: 'inWorkforce' }],
    ['afterLeaving', '2027-01-31', '2026-11-23', { remove: false, reason: 'inWorkforce' }],
    ['afterLeaving', '2021-06-30', '2026-11-23', { remove: false, reason: 'retained', until: '2027-06-30' }],
    ['afterLeaving', '2020-11-23', '2026-11-23', { remove: true }]
  ] as const)('%s, left %s, on %s → %j', (rule, leaveDate, today, decision) => {
    expect(removalDecision(rule, leaveDate, today)).toEqual(decision);
  });
});
