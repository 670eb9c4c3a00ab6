/**
 * Deep links to one entry: `?entry=<id>` on the page's address. On a SharePoint page the part reads it
 * from the address; a Teams tab gets the same value as its sub-entity (`subEntityId`) when the host
 * passes it on. Only a positive whole number is an entry id; anything else is ignored. "Copy link" in
 * Teams gives a Teams deep link (`teamsEntryLink`): the tab's own address is a hosted frame nobody can open.
 */
import type { ITeamsEntity } from '../../../../ui/host/hostContext';

export const ENTRY_PARAMETER = 'entry';

/** The entry id in a value (a query string parameter or Teams' sub-entity id), or undefined. */
export function entryIdFrom(value: string | null | undefined): number | undefined {
  const text = (value ?? '').trim();
  if (!/^[1-9]\d{0,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id <= 2147483647 ? id : undefined;
}

/** The entry id a page address asks for (`?entry=42`), or undefined. */
export function entryIdInSearch(search: string): number | undefined {
  try {
    return entryIdFrom(new URLSearchParams(search).get(ENTRY_PARAMETER));
  } catch {
    return undefined;
  }
}

/** The address of this page opened at one entry: every other parameter kept, the fragment dropped. */
export function entryLink(pageHref: string, id: number): string {
  const url = new URL(pageHref);
  url.searchParams.set(ENTRY_PARAMETER, String(id));
  url.hash = '';
  return url.toString();
}

/**
 * A Teams deep link that opens this app's tab (personal app or channel tab) at one entry:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"<id>","channelId":…}`.
 */
export function teamsEntryLink(entity: ITeamsEntity, id: number): string {
  const context = JSON.stringify({ subEntityId: String(id), ...(entity.channelId !== undefined ? { channelId: entity.channelId } : {}) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(entity.appId)}/${encodeURIComponent(entity.entityId)}?context=${encodeURIComponent(context)}`;
}

/** The link "Copy link" gives: a Teams deep link inside Teams, else this page's address at the entry. */
export function shareableEntryLink(pageHref: string, teamsEntity: ITeamsEntity | undefined, id: number): string {
  return teamsEntity !== undefined ? teamsEntryLink(teamsEntity, id) : entryLink(pageHref, id);
}
