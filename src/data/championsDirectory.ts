/**
 * The champions directory: who is in the suite's champions group on the data site, joined with the
 * People list for their force, department and job title.
 *
 * Decisions:
 * - Membership is SharePoint's, not a column of ours: the champions are the members of the SharePoint
 *   group set-up creates for the `champions` suite group (`M365 Suite Champions` by default), read with
 *   `sitegroups/getbyname('…')/users`. A People-list marker would drift from who may really approve.
 * - A group whose membership is hidden from this person (`OnlyAllowMembersViewMembership`, or no
 *   Browse User Information on the site) answers 403: that is a result (`hidden`), not a failure, so the
 *   UI can say so plainly. A missing group (set-up not run, or renamed) is `missing`.
 * - Members that are groups themselves (an Entra security group inside the SharePoint group) cannot be
 *   listed person by person through SharePoint; they are counted so the UI can say some are not shown.
 * - The People list is read by UPN, twenty UPNs per indexed query, side by side: threshold-safe at any
 *   size without reading the whole directory. Duplicates resolve to the oldest item (as `findByUpn`).
 * - Leavers (a leave date on or before today) are left out: a directory is for people one can contact.
 *   Members missing from the People list are kept, without a force, so nobody in the group is hidden.
 */
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { PeopleList, type Person } from '../lists/people';
import { personKey } from '../domain/catalogue/entry';
import { GROUP_LABELS } from './provisioning/permissionPlan';
import { DEFAULT_GROUP_PREFIX } from './provisioning/setUpAction';
import { chunks } from './batch';
import { ForbiddenError, NotFoundError, toDataError } from './errors';
import { filterFor } from './odata';
import { collectPages, queryIndexed } from './paging';
import type { DataSite } from './sp';

/** The SharePoint title of the champions group, as set-up names it. */
export function championsGroupTitle(groupPrefix: string = DEFAULT_GROUP_PREFIX): string {
  return `${groupPrefix} ${GROUP_LABELS.champions}`;
}

export interface IChampion {
  /** Sign-in name, lower case. */
  upn: string;
  displayName: string;
  /** From SharePoint's user record; empty when it has none (the UPN is not assumed to be an address). */
  email: string;
  /** From the People list; empty when the champion is not in it. */
  force: string;
  department: string;
  jobTitle: string;
  /** False when the People list has no (current) record of them. */
  inPeopleList: boolean;
}

export type ChampionsDirectory =
  | {
      status: 'ok';
      groupTitle: string;
      champions: IChampion[];
      /** Members that are groups (not listed person by person). */
      nestedGroups: number;
    }
  /** SharePoint does not let this person see the group's members. */
  | { status: 'hidden'; groupTitle: string }
  /** There is no such group on the data site. */
  | { status: 'missing'; groupTitle: string };

export interface IChampionsDirectoryOptions {
  /** Today in London, `yyyy-mm-dd`: leavers up to today are left out. */
  today: string;
  /** Prefix of the suite's group titles, when set-up was run with another one. */
  groupPrefix?: string;
}

interface GroupMemberWire {
  Id: number;
  Title: string;
  Email: string | null;
  LoginName: string;
  UserPrincipalName?: string | null;
  /** 1 user, 4 security group, 8 SharePoint group. */
  PrincipalType: number;
}

const people = filterFor(PeopleList);
/** UPNs per People query: a short URL, and each query an indexed `or` on one column. */
const UPNS_PER_QUERY = 20;

/** The sign-in name of a group member: its UPN, else from its claims login, else its e-mail. */
export function memberUpn(member: Pick<GroupMemberWire, 'LoginName' | 'UserPrincipalName' | 'Email'>): string {
  if (member.UserPrincipalName !== undefined && member.UserPrincipalName !== null && member.UserPrincipalName.trim() !== '') return personKey(member.UserPrincipalName);
  const claims = /^i:0#\.f\|membership\|(.+)$/i.exec(member.LoginName);
  if (claims) return personKey(claims[1]);
  return personKey(member.Email ?? '');
}

async function groupMembers(site: DataSite, title: string): Promise<GroupMemberWire[] | 'hidden' | 'missing'> {
  try {
    return (await site.sp.web.siteGroups
      .getByName(title)
      .users.select('Id', 'Title', 'Email', 'LoginName', 'UserPrincipalName', 'PrincipalType')()) as GroupMemberWire[];
  } catch (e) {
    const error = await toDataError(e);
    if (error instanceof ForbiddenError && !error.digestRejected) return 'hidden';
    if (error instanceof NotFoundError) return 'missing';
    throw error;
  }
}

async function peopleByUpn(site: DataSite, upns: readonly string[]): Promise<Map<string, Person>> {
  const batches = await Promise.all(chunks(upns, UPNS_PER_QUERY).map((some) => collectPages(queryIndexed(site, PeopleList, people.oneOf('upn', some)))));
  const byUpn = new Map<string, Person>();
  batches
    .reduce<Person[]>((all, some) => all.concat(some), [])
    .sort((a, b) => a.id - b.id)
    .forEach((p) => {
      const key = personKey(p.upn);
      if (!byUpn.has(key)) byUpn.set(key, p);
    });
  return byUpn;
}

/** Who the champions are, by SharePoint's group, with their force, department and job title. */
export async function readChampionsDirectory(site: DataSite, options: IChampionsDirectoryOptions): Promise<ChampionsDirectory> {
  const groupTitle = championsGroupTitle(options.groupPrefix);
  const members = await groupMembers(site, groupTitle);
  if (members === 'hidden' || members === 'missing') return { status: members, groupTitle };
  const users = members.filter((m) => m.PrincipalType === 1 && memberUpn(m) !== '');
  const nestedGroups = members.filter((m) => m.PrincipalType !== 1).length;
  const upns = users.map(memberUpn).filter((u, i, all) => all.indexOf(u) === i);
  const byUpn = upns.length > 0 ? await peopleByUpn(site, upns) : new Map<string, Person>();
  const champions: IChampion[] = [];
  upns.forEach((upn) => {
    const user = users.filter((u) => memberUpn(u) === upn)[0];
    const person = byUpn.get(upn);
    if (person !== undefined && person.leaveDate !== null && person.leaveDate <= options.today) return;
    champions.push({
      upn,
      displayName: person?.displayName || user.Title || upn,
      email: (user.Email ?? '').trim(),
      force: person?.force ?? '',
      department: person?.department ?? '',
      jobTitle: person?.jobTitle ?? '',
      inPeopleList: person !== undefined
    });
  });
  return { status: 'ok', groupTitle, champions, nestedGroups };
}
