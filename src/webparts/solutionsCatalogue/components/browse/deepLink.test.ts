import { entryIdFrom, entryIdInSearch, entryLink, shareableEntryLink, teamsEntryLink } from './deepLink';

const APP = 'e182983d-d1f2-4cd3-8334-9fba639d7751';
const CATALOGUE = '64fd769b-4096-4879-8bc0-93e7c0927c73';
const PAGE = 'https://kentpolice.sharepoint.com/sites/intranet/SitePages/Copilot.aspx?web=1#top';

describe('deep links to a catalogue entry', () => {
  it('reads only a positive whole number as an entry id', () => {
    expect(entryIdFrom(' 42 ')).toBe(42);
    for (const bad of ['0', '-1', '4.2', '42abc', '', undefined, null, '99999999999', '2147483648']) expect(entryIdFrom(bad)).toBeUndefined();
    expect(entryIdInSearch('?web=1&entry=7')).toBe(7);
    expect(entryIdInSearch('?entry=%3Cscript%3E')).toBeUndefined();
  });

  it('on a page, is the page\u2019s address with the entry set, other parameters kept and the fragment dropped', () => {
    expect(entryLink(PAGE, 12)).toBe('https://kentpolice.sharepoint.com/sites/intranet/SitePages/Copilot.aspx?web=1&entry=12');
    expect(entryLink('https://x.sharepoint.com/p.aspx?entry=3', 12)).toBe('https://x.sharepoint.com/p.aspx?entry=12');
    expect(shareableEntryLink(PAGE, undefined, 12)).toBe(entryLink(PAGE, 12));
  });

  it('in Teams, is a Teams deep link to the tab with the entry as its sub-entity (and the channel of a channel tab)', () => {
    const personal = teamsEntryLink({ appId: APP, entityId: CATALOGUE }, 12);
    expect(personal).toBe(`https://teams.microsoft.com/l/entity/${APP}/${CATALOGUE}?context=%7B%22subEntityId%22%3A%2212%22%7D`);
    const url = new URL(teamsEntryLink({ appId: APP, entityId: 'tab 1/2', channelId: '19:abc@thread.tacv2' }, 12));
    expect(url.pathname).toBe(`/l/entity/${APP}/tab%201%2F2`);
    expect(JSON.parse(url.searchParams.get('context') as string)).toEqual({ subEntityId: '12', channelId: '19:abc@thread.tacv2' });
    expect(shareableEntryLink(PAGE, { appId: APP, entityId: CATALOGUE }, 12)).toBe(personal);
  });
});
