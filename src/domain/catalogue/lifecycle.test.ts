import { entryState, planTransition, reviewsForOwner, reviewStatus, type IActor, type LifecycleAction } from './lifecycle';
import { entry } from './testing';
import type { EntryState, ICatalogueEntry } from './types';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T10:00:00.000Z';
const AUTHOR: IActor = { upn: 'kent.analyst@policing.example', userId: 50, isChampion: false };
const OTHER: IActor = { upn: 'essex.pc@policing.example', userId: 60, isChampion: false };
const CHAMPION: IActor = { upn: 'essex.champion@policing.example', userId: 70, isChampion: true };

function inState(state: EntryState, extra: Partial<ICatalogueEntry> = {}): ICatalogueEntry {
  return entry({ state, author: { id: 50, title: 'Tomasz Nowak', email: AUTHOR.upn }, ownerUpn: AUTHOR.upn, reviewBy: null, publishedOn: null, ...extra });
}

describe('entryState', () => {
  it.each([
    ['approved', null, null, 'approved'],
    ['approved', '2026-11-01T09:00:00Z', '2026-11-20', 'retired'],
    ['rejected', '2026-11-01T09:00:00Z', null, 'rejected'],
    ['pending', '2026-11-01T09:00:00Z', null, 'submitted'],
    ['pending', null, null, 'draft'],
    ['draft', null, null, 'draft'],
    [null, '2026-11-01T09:00:00Z', null, 'submitted']
  ] as const)('%s, submitted %s, retired %s → %s', (moderation, submittedAt, retiredOn, expected) => {
    expect(entryState({ moderation, submittedAt, retiredOn })).toBe(expected);
  });
});

describe('planTransition', () => {
  const states: Array<EntryState | null> = [null, 'draft', 'submitted', 'approved', 'rejected', 'retired'];
  const actions: LifecycleAction[] = ['saveDraft', 'submit', 'edit', 'approve', 'reject', 'retire', 'review'];
  const input = { comment: 'Looks good', reason: 'Superseded', reviewBy: '2027-06-01' };

  /** The whole table: for each action and actor, the state each starting state leads to (or the problem). */
  const table = (actor: IActor): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const action of actions) {
      out[action] = states.map((s) => {
        const r = planTransition(s === null ? null : inState(s), action, actor, TODAY, NOW, input);
        return r.ok ? r.plan.state : `!${r.problem}`;
      });
    }
    return out;
  };

  it('lets an author save, submit and edit their own entry but never approve, reject, retire or review', () => {
    //                       new          draft        submitted    approved         rejected     retired
    expect(table(AUTHOR)).toEqual({
      saveDraft: ['draft', 'draft', 'draft', '!wrongState', 'draft', '!wrongState'],
      submit: ['submitted', 'submitted', 'submitted', '!wrongState', 'submitted', '!wrongState'],
      edit: ['!wrongState', 'draft', 'submitted', 'submitted', '!wrongState', '!championsOnly'],
      approve: ['!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly'],
      reject: ['!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly'],
      retire: ['!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly'],
      review: ['!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly', '!championsOnly']
    });
  });

  it('lets nobody else touch an author\u2019s entry but through a new one', () => {
    const t = table(OTHER);
    expect(t.saveDraft).toEqual(['draft', '!notTheAuthor', '!notTheAuthor', '!notTheAuthor', '!notTheAuthor', '!notTheAuthor']);
    expect(t.edit).toEqual(['!wrongState', '!notTheAuthor', '!notTheAuthor', '!notTheAuthor', '!wrongState', '!notTheAuthor']);
  });

  it('lets a champion approve, reject, retire, review and correct', () => {
    const t = table(CHAMPION);
    expect(t.approve).toEqual(['!wrongState', '!wrongState', 'approved', '!wrongState', 'approved', '!wrongState']);
    expect(t.reject).toEqual(['!wrongState', '!wrongState', 'rejected', '!wrongState', '!wrongState', '!wrongState']);
    expect(t.retire).toEqual(['!wrongState', '!wrongState', '!wrongState', 'retired', '!wrongState', '!wrongState']);
    expect(t.review).toEqual(['!wrongState', '!wrongState', '!wrongState', 'approved', '!wrongState', '!wrongState']);
    expect(t.edit).toEqual(['!wrongState', 'draft', 'submitted', 'approved', '!wrongState', 'retired']);
    // Their own new entry is a submission like anyone's.
    expect(t.submit[0]).toBe('submitted');
  });

  it('sends the approval status with every champion edit of a published entry, and none with an author\u2019s', () => {
    const champion = planTransition(inState('approved'), 'edit', CHAMPION, TODAY, NOW);
    expect(champion).toEqual({ ok: true, plan: { state: 'approved', moderation: 'approved', comment: undefined, patch: {} } });
    const author = planTransition(inState('approved'), 'edit', AUTHOR, TODAY, NOW);
    expect(author).toEqual({ ok: true, plan: { state: 'submitted', moderation: undefined, comment: undefined, patch: { submittedAt: NOW } } });
  });

  it('approves with a first published day and a review-by day, keeping the first published day on re-approval', () => {
    const first = planTransition(inState('submitted'), 'approve', CHAMPION, TODAY, NOW);
    expect(first).toEqual({ ok: true, plan: { state: 'approved', moderation: 'approved', comment: null, patch: { publishedOn: TODAY, reviewBy: '2027-05-23' } } });
    const again = planTransition(inState('submitted', { publishedOn: '2026-01-10', reviewBy: '2027-01-10' }), 'approve', CHAMPION, TODAY, NOW, { comment: '  ok  ' });
    expect(again).toEqual({ ok: true, plan: { state: 'approved', moderation: 'approved', comment: 'ok', patch: { publishedOn: '2026-01-10', reviewBy: '2027-01-10' } } });
    // A review day that has passed is replaced; one given must be in the future.
    const stale = planTransition(inState('submitted', { reviewBy: '2026-01-10' }), 'approve', CHAMPION, TODAY, NOW);
    expect(stale.ok && stale.plan.patch.reviewBy).toBe('2027-05-23');
    expect(planTransition(inState('submitted'), 'approve', CHAMPION, TODAY, NOW, { reviewBy: TODAY })).toEqual({ ok: false, problem: 'reviewByNotInFuture' });
  });

  it('needs a comment to reject and a reason to retire', () => {
    expect(planTransition(inState('submitted'), 'reject', CHAMPION, TODAY, NOW, { comment: '  ' })).toEqual({ ok: false, problem: 'commentRequired' });
    expect(planTransition(inState('submitted'), 'reject', CHAMPION, TODAY, NOW, { comment: 'Remove the case reference' })).toEqual({
      ok: true,
      plan: { state: 'rejected', moderation: 'rejected', comment: 'Remove the case reference', patch: {} }
    });
    expect(planTransition(inState('approved'), 'retire', CHAMPION, TODAY, NOW)).toEqual({ ok: false, problem: 'reasonRequired' });
    expect(planTransition(inState('approved'), 'retire', CHAMPION, TODAY, NOW, { reason: ' Court documents paused ' })).toEqual({
      ok: true,
      plan: { state: 'retired', moderation: 'approved', comment: undefined, patch: { retiredOn: TODAY, retiredReason: 'Court documents paused' } }
    });
  });

  it('withdraws a submission to a draft, clearing submitted-at, and resubmits a rejected one', () => {
    expect(planTransition(inState('submitted'), 'saveDraft', AUTHOR, TODAY, NOW)).toMatchObject({ ok: true, plan: { state: 'draft', patch: { submittedAt: null } } });
    expect(planTransition(inState('rejected'), 'submit', AUTHOR, TODAY, NOW)).toMatchObject({ ok: true, plan: { state: 'submitted', moderation: undefined, patch: { submittedAt: NOW } } });
  });

  it('recognises the author by site user id, or by owner when the id is unknown', () => {
    const byOwner: IActor = { upn: ' Kent.Analyst@policing.example ', userId: null, isChampion: false };
    expect(planTransition(inState('draft'), 'submit', byOwner, TODAY, NOW).ok).toBe(true);
    const sameUpnOtherId: IActor = { ...AUTHOR, userId: 99 };
    expect(planTransition(inState('draft'), 'submit', sameUpnOtherId, TODAY, NOW)).toEqual({ ok: false, problem: 'notTheAuthor' });
  });
});

describe('reviews', () => {
  it('flags a published entry whose review day has passed as overdue, and one within 30 days as due soon', () => {
    expect(reviewStatus(entry({ reviewBy: '2026-11-22' }), TODAY)).toBe('overdue');
    expect(reviewStatus(entry({ reviewBy: TODAY }), TODAY)).toBe('dueSoon');
    expect(reviewStatus(entry({ reviewBy: '2026-12-23' }), TODAY)).toBe('dueSoon');
    expect(reviewStatus(entry({ reviewBy: '2026-12-24' }), TODAY)).toBe('ok');
    expect(reviewStatus(entry({ reviewBy: null }), TODAY)).toBe('none');
    expect(reviewStatus(entry({ reviewBy: '2026-01-01', retiredOn: '2026-06-01' }), TODAY)).toBe('none');
    expect(reviewStatus(entry({ reviewBy: '2026-01-01', moderation: 'pending' }), TODAY)).toBe('none');
  });

  it('lists an owner\u2019s reviews, overdue first', () => {
    const mine = 'kent.champion@policing.example';
    const entries = [
      entry({ id: 1, ownerUpn: mine, reviewBy: '2026-12-01' }),
      entry({ id: 2, ownerUpn: 'KENT.CHAMPION@policing.example', reviewBy: '2026-11-01' }),
      entry({ id: 3, ownerUpn: mine, reviewBy: '2027-06-01' }),
      entry({ id: 4, ownerUpn: 'someone@policing.example', reviewBy: '2026-01-01' }),
      entry({ id: 5, ownerUpn: mine, reviewBy: '2026-10-01' })
    ];
    expect(reviewsForOwner(entries, mine, TODAY).map((r) => [r.entry.id, r.status])).toEqual([
      [5, 'overdue'],
      [2, 'overdue'],
      [1, 'dueSoon']
    ]);
  });
});
