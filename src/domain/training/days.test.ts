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

describe('day arithmetic by day numbers', () => {
  // The reference: the same steps through Date in UTC, as the functions were first written.
  const viaDate = (day: string, days: number): string => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  it('agrees with Date for every day from 1899 to 2101 and steps across months, leap days and centuries', () => {
    let day = '1899-01-01';
    let count = 0;
    while (day < '2101-01-01') {
      for (const step of [-400, -366, -31, -1, 0, 1, 28, 29, 30, 365, 366, 1461]) {
        const expected = viaDate(day, step);
        if (addDays(day, step) !== expected) throw new Error(`${day} + ${step}: ${addDays(day, step)} ≠ ${expected}`);
        if (daysBetween(day, expected) !== step) throw new Error(`${day} → ${expected}: ${daysBetween(day, expected)} ≠ ${step}`);
      }
      day = viaDate(day, 1);
      count++;
    }
    expect(count).toBe(73779);
  });

  it('still refuses what is not a calendar day', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-01', '2026/01/01', 'x026-01-01', '']) {
      expect(() => addDays(bad, 1)).toThrow(/Not a calendar day/);
      expect(() => daysBetween(bad, '2026-01-01')).toThrow(/Not a calendar day/);
    }
    expect(addDays('2024-02-29', 365)).toBe('2025-02-28');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });
});
