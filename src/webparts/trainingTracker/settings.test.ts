import { forceScopeError, moduleCodes, modulesShownError } from './settings';

describe('training tracker settings', () => {
  it('reads module codes separated by commas, spaces or lines, in lower case', () => {
    expect(moduleCodes(' copilot-basics, Acceptable-Use;\nprompt-writing ')).toEqual(['copilot-basics', 'acceptable-use', 'prompt-writing']);
    expect(moduleCodes('')).toEqual([]);
    expect(moduleCodes(undefined)).toEqual([]);
  });

  it('names the codes that cannot be module codes', () => {
    expect(modulesShownError('copilot-basics, acceptable-use')).toBe('');
    expect(modulesShownError('copilot basics')).toBe('');
    expect(modulesShownError('copilot_basics, x, <script>')).toBe(
      'These are not module codes (lower-case letters, digits and dashes, 2 to 64 characters): copilot_basics, x, <script>'
    );
  });

  it('accepts any force name up to 100 characters', () => {
    expect(forceScopeError('Essex')).toBe('');
    expect(forceScopeError('Devon and Cornwall')).toBe('');
    expect(forceScopeError('x'.repeat(101))).toBe('A force name is at most 100 characters.');
  });
});
