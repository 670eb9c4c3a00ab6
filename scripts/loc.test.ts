import * as fs from 'fs';
import * as path from 'path';

// Every locale file has exactly the keys its typings declare: a missing key shows "undefined" to users,
// an extra one is text nobody can reach.
const locDir = path.join(__dirname, '..', 'src', 'loc');

function declaredKeys(): string[] {
  const dts = fs.readFileSync(path.join(locDir, 'mystrings.d.ts'), 'utf8');
  const body = /interface ISuiteStrings \{([\s\S]*?)\}/.exec(dts);
  if (!body) throw new Error('ISuiteStrings not found');
  return (body[1].match(/^\s*(\w+)\s*:/gm) ?? []).map((line) => line.trim().replace(/\s*:$/, '')).sort();
}

function localeKeys(file: string): string[] {
  let strings: Record<string, unknown> = {};
  // eslint-disable-next-line no-new-func -- RATIONALE: evaluates our own AMD loc file in a test.
  new Function('define', fs.readFileSync(path.join(locDir, file), 'utf8'))((deps: unknown, factory: () => Record<string, unknown>) => {
    strings = factory();
  });
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${file}: ${key} is empty`);
  }
  return Object.keys(strings).sort();
}

describe('localisation', () => {
  const locales = fs.readdirSync(locDir).filter((f) => f.endsWith('.js'));

  it('has the default locale', () => {
    expect(locales).toContain('en-us.js');
  });

  it.each(locales)('%s has exactly the keys of ISuiteStrings', (file) => {
    expect(localeKeys(file)).toEqual(declaredKeys());
  });
});
