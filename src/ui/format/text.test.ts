import { formatCount, formatDay, formatInstant, formatText } from './text';

describe('text formatting', () => {
  it('fills placeholders in any order and leaves unknown ones', () => {
    expect(formatText('{1} of {0}', 7, 5)).toBe('5 of 7');
    expect(formatText('Version {0} of {1}', 2, 'Acceptable use')).toBe('Version 2 of Acceptable use');
    expect(formatText('{0} and {3}', 'a')).toBe('a and {3}');
  });

  it('does not interpret replacement patterns in values', () => {
    expect(formatText('Hello {0}', "$& O'Brien $1")).toBe("Hello $& O'Brien $1");
  });

  it('writes days the British way', () => {
    expect(formatDay('2026-11-23', 'en-GB')).toBe('23 November 2026');
    expect(formatDay('2027-01-01', 'en-GB')).toBe('1 January 2027');
  });

  it('writes counts and instants the reader\u2019s way, whatever the browser\u2019s own language', () => {
    expect(formatCount(2000, 'en-GB')).toBe('2,000');
    expect(formatCount(2000, 'en-US')).toBe('2,000');
    expect(formatCount(2000, 'de-DE')).toBe('2.000');
    expect(formatCount(1234567, 'fr-FR')).toMatch(/^1\s234\s567$/);
    // UK time whatever the machine's zone: 10:04 UTC in November is 10:04 in London, 11:04 in July is 12:04.
    expect(formatInstant('2026-11-23T10:04:00Z', 'en-GB')).toBe('23 Nov 2026, 10:04');
    expect(formatInstant('2026-07-01T11:04:00Z', 'en-GB')).toBe('1 Jul 2026, 12:04');
    expect(formatInstant('not a time', 'en-GB')).toBe('not a time');
  });
});

