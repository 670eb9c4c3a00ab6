import { helpfulCounts, latestVotes, myHelpfulEntryIds, myVote } from './votes';
import type { IHelpfulVote } from './types';

let id = 0;
const vote = (entryId: number, upn: string, authorId: number | null, helpful: boolean, modifiedAt: string): IHelpfulVote => ({
  id: ++id,
  etag: '"1"',
  entryId,
  upn,
  helpful,
  authorId,
  modifiedAt
});

const votes: IHelpfulVote[] = [
  vote(1, 'a@x', 10, true, '2026-11-01T09:00:00Z'),
  vote(1, 'b@x', 11, true, '2026-11-01T09:00:00Z'),
  // b switched it off later.
  vote(1, 'b@x', 11, false, '2026-11-02T09:00:00Z'),
  // c raced two tabs: two items, the later one counts once.
  vote(1, 'c@x', 12, true, '2026-11-03T09:00:00Z'),
  vote(1, 'C@X', 12, true, '2026-11-03T09:00:00Z'),
  vote(2, 'a@x', 10, true, '2026-11-01T09:00:00Z'),
  // An item whose voter column names someone else: SharePoint's Author decides who voted.
  vote(2, 'a@x', 13, true, '2026-11-01T10:00:00Z')
];

describe('helpful votes', () => {
  it('counts each person once per entry, their latest item', () => {
    expect(Array.from(helpfulCounts(votes).entries())).toEqual([
      [1, 2],
      [2, 2]
    ]);
    expect(latestVotes(votes)).toHaveLength(5);
  });

  it('finds a person\u2019s own vote and the entries they found helpful', () => {
    expect(myVote(votes, 1, { upn: 'b@x', userId: 11 })).toMatchObject({ helpful: false, modifiedAt: '2026-11-02T09:00:00Z' });
    expect(myVote(votes, 3, { upn: 'b@x', userId: 11 })).toBeUndefined();
    expect(Array.from(myHelpfulEntryIds(votes, { upn: 'a@x', userId: 10 }))).toEqual([1, 2]);
    expect(Array.from(myHelpfulEntryIds(votes, { upn: 'b@x', userId: 11 }))).toEqual([]);
    // Without a user id, by the voter column.
    expect(myVote([vote(4, 'D@x', null, true, '2026-11-01T09:00:00Z')], 4, { upn: 'd@X', userId: null })).toBeDefined();
  });
});
