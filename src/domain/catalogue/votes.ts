/**
 * "This helped me": counting votes. Each person has (at most) one vote item per entry, switched on and off;
 * should a second item exist (two tabs racing, or one made outside the app), the person's latest item
 * counts. People are told apart by SharePoint's Author (which nobody can set through the app), falling back
 * to the voter column for an item read without it.
 */
import { personKey } from './entry';
import type { IHelpfulVote } from './types';

function voterKey(v: Pick<IHelpfulVote, 'authorId' | 'upn'>): string {
  return v.authorId !== null ? `#${v.authorId}` : personKey(v.upn);
}

/** The latest vote item of each person on each entry. */
export function latestVotes(votes: readonly IHelpfulVote[]): IHelpfulVote[] {
  const latest = new Map<string, IHelpfulVote>();
  for (const v of votes) {
    const key = `${v.entryId}|${voterKey(v)}`;
    const held = latest.get(key);
    if (held === undefined || v.modifiedAt > held.modifiedAt || (v.modifiedAt === held.modifiedAt && v.id > held.id)) latest.set(key, v);
  }
  return Array.from(latest.values());
}

/** Entry id → number of people it helped. */
export function helpfulCounts(votes: readonly IHelpfulVote[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of latestVotes(votes)) if (v.helpful) counts.set(v.entryId, (counts.get(v.entryId) ?? 0) + 1);
  return counts;
}

/** One person's current vote item on an entry (to toggle it), or undefined. */
export function myVote(votes: readonly IHelpfulVote[], entryId: number, me: { upn: string; userId: number | null }): IHelpfulVote | undefined {
  const mine = votes.filter((v) => v.entryId === entryId && (me.userId !== null && v.authorId !== null ? v.authorId === me.userId : personKey(v.upn) === personKey(me.upn)));
  return latestVotes(mine)[0];
}

/** The entries one person currently finds helpful. */
export function myHelpfulEntryIds(votes: readonly IHelpfulVote[], me: { upn: string; userId: number | null }): Set<number> {
  const ids = new Set<number>();
  for (const v of latestVotes(votes)) {
    const isMine = me.userId !== null && v.authorId !== null ? v.authorId === me.userId : personKey(v.upn) === personKey(me.upn);
    if (isMine && v.helpful) ids.add(v.entryId);
  }
  return ids;
}
