import { addDays, addMonths, dayInLondon, daysBetween, isDay, laterOf, weekStart } from './days';

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-28', 2, '2026-03-30'], // over the clocks going forward
    ['2026-10-24', 2, '2026-10-26'], // over the clocks going back
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28']
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-23', 12, '2027-11-23'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-05-15', -3, '2026-02-15']
  ])('%s + %i months = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });

  it('counts days between, either way', () => {
    expect(daysBetween('2026-11-23', '2026-12-07')).toBe(14);
    expect(daysBetween('2026-12-07', '2026-11-23')).toBe(-14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('rejects what is not a calendar day', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('23/11/2026')).toBe(false);
    expect(isDay('2026-11-23')).toBe(true);
    expect(() => addDays('2026-13-01', 1)).toThrow(/Not a calendar day/);
  });

  it('takes the later of two optional days', () => {
    expect(laterOf('2026-01-01', '2025-12-31')).toBe('2026-01-01');
    expect(laterOf(undefined, '2025-12-31')).toBe('2025-12-31');
    expect(laterOf(undefined, undefined)).toBeUndefined();
  });

  it('knows the UK day at an instant, across midnight and summer time', () => {
    expect(dayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // 00:30 BST
    expect(dayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // 23:30 GMT
  });

  it('finds the Monday of a week', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});
