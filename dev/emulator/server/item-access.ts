import type { ItemRecord, ListSettings, ListStore } from '../store';
import { listMask, type ApiContext } from './context';
import { accessDenied } from './errors';
import { has, OverrideListBehaviors, Perm } from './permissions';

/**
 * Item-level security (ReadSecurity/WriteSecurity) and content approval (EnableModeration,
 * DraftVersionVisibility), enforced on the server as SharePoint does: hidden items are omitted from
 * reads (and answer 404 by id), writes to another's item are refused with 403.
 */

export interface ItemAccess {
  userId: number;
  mask: bigint;
  /** "Override List Behaviors" (CancelCheckout bit): exempt from item-level security on the whole list. */
  override: boolean;
  /** Holds Approve Items: sees drafts and may set OData__ModerationStatus. */
  approver: boolean;
}

export function itemAccess(ctx: ApiContext, list: ListStore): ItemAccess {
  const mask = listMask(ctx, list);
  return {
    userId: ctx.user.id,
    mask,
    override: has(mask, OverrideListBehaviors),
    approver: has(mask, Perm.ApproveItems)
  };
}

export function itemVisible(settings: ListSettings, access: ItemAccess, item: ItemRecord): boolean {
  if (!has(access.mask, Perm.ViewListItems)) return false;
  const own = item.authorId === access.userId;
  if (settings.ReadSecurity === 2 && !access.override && !own) return false;
  if (settings.EnableModeration && item.moderationStatus !== 0) {
    // Stricter than SharePoint: other readers see nothing rather than the last approved version.
    if (settings.DraftVersionVisibility === 2) return own || access.approver;
    if (settings.DraftVersionVisibility === 1) return own || access.approver || has(access.mask, Perm.EditListItems);
  }
  return true;
}

export type WriteKind = 'add' | 'edit' | 'delete';

const WRITE_PERM: Record<WriteKind, bigint> = {
  add: Perm.AddListItems,
  edit: Perm.EditListItems,
  delete: Perm.DeleteListItems
};

/** Throws SharePoint's 403 when the caller may not perform this write. */
export function checkWrite(settings: ListSettings, access: ItemAccess, kind: WriteKind, item?: ItemRecord): void {
  if (!has(access.mask, WRITE_PERM[kind])) throw accessDenied();
  if (access.override) return;
  if (settings.WriteSecurity === 4) throw accessDenied();
  if (settings.WriteSecurity === 2 && item !== undefined && item.authorId !== access.userId) throw accessDenied();
}

export interface ModerationDecision {
  moderationStatus?: 0 | 1 | 2 | 3;
  moderationComments?: string | null;
}

function readStatus(v: unknown): 0 | 1 | 2 | 3 {
  const n = typeof v === 'string' ? Number(v) : v;
  if (n === 0 || n === 1 || n === 2 || n === 3) return n;
  throw accessDenied();
}

/**
 * Moderation outcome of an add or edit. New and edited items go Pending (2) unless an approver sets
 * the status in the same request; a non-approver who tries to set it gets 403 (stricter than the
 * silently-ignored field some SharePoint versions show).
 */
export function moderationOnWrite(settings: ListSettings, access: ItemAccess, requested: { status?: unknown; comments?: unknown }): ModerationDecision {
  const wantsStatus = requested.status !== undefined;
  const wantsComments = requested.comments !== undefined;
  if (!settings.EnableModeration) {
    if (wantsStatus || wantsComments) throw accessDenied();
    return {};
  }
  if ((wantsStatus || wantsComments) && !access.approver) throw accessDenied();
  if (wantsStatus) {
    const comments = wantsComments ? (requested.comments === null ? null : String(requested.comments)) : undefined;
    return { moderationStatus: readStatus(requested.status), moderationComments: comments };
  }
  return { moderationStatus: 2 };
}
