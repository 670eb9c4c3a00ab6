import { readFileSync } from 'fs';
import { expectedListDocs, LIST_DOCS_PATH } from './gen-list-docs';

describe('docs/lists.md', () => {
  it('matches the list definitions (run `npx tsx scripts/gen-list-docs.ts` when this fails)', () => {
    expect(readFileSync(LIST_DOCS_PATH, 'utf8')).toBe(expectedListDocs());
  });
});
