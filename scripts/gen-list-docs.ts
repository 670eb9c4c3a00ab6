/**
 * Writes docs/lists.md from the list definitions in src/lists.
 * Run: npx tsx scripts/gen-list-docs.ts   (add --check to fail instead of writing when stale)
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ALL_LISTS } from '../src/lists';
import { renderListDocs } from '../src/lists/docs';

export const LIST_DOCS_PATH = join(__dirname, '..', 'docs', 'lists.md');

export function expectedListDocs(): string {
  return renderListDocs(ALL_LISTS);
}

function main(): void {
  const expected = expectedListDocs();
  if (process.argv.indexOf('--check') >= 0) {
    let current = '';
    try {
      current = readFileSync(LIST_DOCS_PATH, 'utf8');
    } catch {
      current = '';
    }
    if (current !== expected) {
      process.stderr.write('docs/lists.md is stale: run npx tsx scripts/gen-list-docs.ts\n');
      process.exit(1);
    }
    return;
  }
  writeFileSync(LIST_DOCS_PATH, expected, 'utf8');
  process.stdout.write(`Wrote ${LIST_DOCS_PATH}\n`);
}

if (require.main === module) main();
