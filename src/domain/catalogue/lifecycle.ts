/**
 * An entry's lifecycle under SharePoint content approval: draft → submitted → approved → retired, or
 * rejected with a comment (and resubmitted). The state is READ from SharePoint's approval status and the
 * app's own columns (`entryState`); every change is PLANNED here (`planTransition`) and written by the
 * repository in one request, approval status included.
 *
 * Decisions:
 * - Drafts and submissions are both "pending" to SharePoint (minor versions are off, so there is no
 *   SharePoint draft): the submitted-at column tells them apart, and only submitted entries reach the
 *   champions' queue. Either way no other reader sees them (`DraftVersionVisibility` 2).
 * - Retired entries stay approved, so a deep link still opens them with the reason; they are retired by
 *   their retired-on date, and hidden from browsing by the search.
 * - Champions set the approval status in the same request as any edit of theirs (an approved entry they
 *   correct stays approved); anyone else's edit of a published entry is a resubmission (SharePoint sends it
 *   back to pending anyway), so the plan says so instead of pretending it stays published.
 * - Rejecting needs a comment and retiring a reason; approving sets the published day once (the first
 *   approval) and a review-by day (given, or six months on), which must be after today.
 * - A champion may approve their own submission: promoting an answer to an FAQ publishes a champion's
 *   entry directly anyway, and SharePoint would allow it. The version history keeps who approved what.
 */
import { addMonths, daysBetween } from '../training/days';
import { personKey } from './entry';
import type { Day, EntryState, ICatalogueEntry, Instant, Moderation } from './types';

/** Months from approval (or a review) to the next review, unless the champion gives a day. */
/** How long a published entry stays current before a champion must review it: six months (guidance and the product both move fast). */
export const DEFAULT_REVIEW_MONTHS = 6;
/** A review is "due soon" this many days before its day. */
export const REVIEW_DUE_SOON_DAYS = 30;

/** The state an entry is in, from SharePoint's approval status and the app's columns. */
export function entryState(e: { moderation: Moderation | null; submittedAt: Instant | null; retiredOn: Day | null }): EntryState {
  switch (e.moderation) {
    case 'approved':
      return e.retiredOn !== null ? 'retired' : 'approved';
    case 'rejected':
      return 'rejected';
    default:
      // Pending, draft or scheduled (and a list read without the status, which never happens for entries).
      return e.submittedAt !== null ? 'submitted' : 'draft';
  }
}

export type LifecycleAction = 'saveDraft' | 'submit' | 'edit' | 'approve' | 'reject' | 'retire' | 'review';

/** Who acts: their sign-in name, site user id (to recognise their own items) and whether they are a champion. */
export interface IActor {
  upn: string;
  /** SharePoint site user id; null when not known (then authorship is by the owner column). */
  userId: number | null;
  /** Holds Approve Items on the entries list. */
  isChampion: boolean;
}

export type LifecycleProblem =
  /** Only champions may do this. */
  | 'championsOnly'
  /** Only the entry's author (or a champion) may do this. */
  | 'notTheAuthor'
  /** Not from the entry's current state. */
  | 'wrongState'
  | 'commentRequired'
  | 'reasonRequired'
  /** The review-by day is not after today. */
  | 'reviewByNotInFuture';

/** The lifecycle columns a transition writes (only those present change). */
export interface ILifecyclePatch {
  submittedAt?: Instant | null;
  publishedOn?: Day | null;
  reviewBy?: Day | null;
  retiredOn?: Day | null;
  retiredReason?: string;
}

export interface ITransitionPlan {
  /** The state the entry is in after the write. */
  state: EntryState;
  /**
   * The approval status to set in the same request, or undefined to send none (SharePoint then makes
   * the item pending). Only ever set for champions, who hold Approve Items.
   */
  moderation: 'approved' | 'rejected' | 'pending' | undefined;
  /** The approval comment to set with it (undefined: leave it). */
  comment: string | null | undefined;
  patch: ILifecyclePatch;
}

export type TransitionResult = { ok: true; plan: ITransitionPlan } | { ok: false; problem: LifecycleProblem };

export interface ITransitionInput {
  /** Why a champion rejects (required) or approves (optional). */
  comment?: string;
  /** Why a champion retires (required). */
  reason?: string;
  /** The review-by day a champion sets on approval or review (default: six months on). */
  reviewBy?: Day;
}

/** True when the actor wrote the entry (SharePoint's Author) or, failing an id, owns it. */
export function isAuthor(entry: Pick<ICatalogueEntry, 'author' | 'ownerUpn'>, actor: IActor): boolean {
  if (entry.author !== null && actor.userId !== null) return entry.author.id === actor.userId;
  return personKey(entry.ownerUpn) === personKey(actor.upn);
}

const fail = (problem: LifecycleProblem): TransitionResult => ({ ok: false, problem });
const plan = (p: ITransitionPlan): TransitionResult => ({ ok: true, plan: p });

function reviewDay(input: ITransitionInput, current: Day | null, today: Day): Day | LifecycleProblem {
  if (input.reviewBy !== undefined) return daysBetween(today, input.reviewBy) > 0 ? input.reviewBy : 'reviewByNotInFuture';
  if (current !== null && daysBetween(today, current) > 0) return current;
  return addMonths(today, DEFAULT_REVIEW_MONTHS);
}

/**
 * What an action does to an entry (`null`: a new one) for this actor, on this day: the state after, the
 * approval status to send in the same request and the lifecycle columns to write; or why not.
 */
export function planTransition(
  entry: Pick<ICatalogueEntry, 'state' | 'author' | 'ownerUpn' | 'publishedOn' | 'reviewBy' | 'submittedAt'> | null,
  action: LifecycleAction,
  actor: IActor,
  today: Day,
  now: Instant,
  input: ITransitionInput = {}
): TransitionResult {
  const state: EntryState | null = entry === null ? null : entry.state;
  const mine = entry === null || isAuthor(entry, actor);
  switch (action) {
    case 'saveDraft':
      if (!mine) return fail('notTheAuthor');
      if (state !== null && state !== 'draft' && state !== 'submitted' && state !== 'rejected') return fail('wrongState');
      return plan({ state: 'draft', moderation: undefined, comment: undefined, patch: { submittedAt: null } });
    case 'submit':
      if (!mine) return fail('notTheAuthor');
      if (state !== null && state !== 'draft' && state !== 'submitted' && state !== 'rejected') return fail('wrongState');
      return plan({ state: 'submitted', moderation: undefined, comment: undefined, patch: { submittedAt: now } });
    case 'edit':
      if (state === null || state === 'rejected') return fail('wrongState');
      if (actor.isChampion) {
        // A champion's correction keeps a published (or retired) entry published, in the same request.
        if (state === 'approved' || state === 'retired') return plan({ state, moderation: 'approved', comment: undefined, patch: {} });
        return plan({ state, moderation: undefined, comment: undefined, patch: {} });
      }
      if (!mine) return fail('notTheAuthor');
      if (state === 'retired') return fail('championsOnly');
      // SharePoint sends a published entry edited by its author back to pending: it is resubmitted.
      if (state === 'approved') return plan({ state: 'submitted', moderation: undefined, comment: undefined, patch: { submittedAt: now } });
      return plan({ state, moderation: undefined, comment: undefined, patch: {} });
    case 'approve': {
      if (!actor.isChampion) return fail('championsOnly');
      if (state !== 'submitted' && state !== 'rejected') return fail('wrongState');
      const review = reviewDay(input, entry === null ? null : entry.reviewBy, today);
      if (review === 'reviewByNotInFuture') return fail(review);
      const comment = (input.comment ?? '').trim();
      return plan({
        state: 'approved',
        moderation: 'approved',
        comment: comment === '' ? null : comment,
        patch: { publishedOn: entry?.publishedOn ?? today, reviewBy: review }
      });
    }
    case 'reject': {
      if (!actor.isChampion) return fail('championsOnly');
      if (state !== 'submitted') return fail('wrongState');
      const comment = (input.comment ?? '').trim();
      if (comment === '') return fail('commentRequired');
      return plan({ state: 'rejected', moderation: 'rejected', comment, patch: {} });
    }
    case 'retire': {
      if (!actor.isChampion) return fail('championsOnly');
      if (state !== 'approved') return fail('wrongState');
      const reason = (input.reason ?? '').trim();
      if (reason === '') return fail('reasonRequired');
      return plan({ state: 'retired', moderation: 'approved', comment: undefined, patch: { retiredOn: today, retiredReason: reason } });
    }
    case 'review': {
      if (!actor.isChampion) return fail('championsOnly');
      if (state !== 'approved') return fail('wrongState');
      const review = input.reviewBy !== undefined ? reviewDay(input, null, today) : addMonths(today, DEFAULT_REVIEW_MONTHS);
      if (review === 'reviewByNotInFuture') return fail(review);
      return plan({ state: 'approved', moderation: 'approved', comment: undefined, patch: { reviewBy: review } });
    }
  }
}

export type ReviewStatus = 'none' | 'ok' | 'dueSoon' | 'overdue';

/** Whether a published entry's review is overdue (its day has passed), due soon, or fine; `none` for others. */
export function reviewStatus(entry: Pick<ICatalogueEntry, 'state' | 'reviewBy'>, today: Day, dueSoonDays: number = REVIEW_DUE_SOON_DAYS): ReviewStatus {
  if (entry.state !== 'approved' || entry.reviewBy === null) return 'none';
  const left = daysBetween(today, entry.reviewBy);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'dueSoon' : 'ok';
}

/** The published entries an owner should review: overdue first, then due soon, each by day. */
export function reviewsForOwner<E extends Pick<ICatalogueEntry, 'state' | 'reviewBy' | 'ownerUpn'>>(entries: readonly E[], ownerUpn: string, today: Day): Array<{ entry: E; status: 'overdue' | 'dueSoon' }> {
  const owner = personKey(ownerUpn);
  const out: Array<{ entry: E; status: 'overdue' | 'dueSoon' }> = [];
  for (const entry of entries) {
    if (personKey(entry.ownerUpn) !== owner) continue;
    const status = reviewStatus(entry, today);
    if (status === 'overdue' || status === 'dueSoon') out.push({ entry, status });
  }
  return out.sort((a, b) => (a.status === b.status ? (a.entry.reviewBy ?? '').localeCompare(b.entry.reviewBy ?? '') : a.status === 'overdue' ? -1 : 1));
}
