import { formatDay, formatText } from './text';

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
});
