import { licenceReadiness, myTraining } from './status';
import type { Day, ICompletion, ILearner, IModuleStatus, IStatusOptions, ITrainingModule } from './types';

/**
 * A line manager's view of their direct reports' training, and the reminders they can send.
 *
 * Pure: statuses come from the same rules as the learner's own view (`myTraining`), so a manager and a
 * learner never see different answers. Counts cover every module that applies to a person, mandatory or
 * not, exactly like "My training"; licence readiness is mandatory modules only (`licenceReadiness`).
 * Text is built from wording the caller passes in (localised strings and a date formatter), so this file
 * has no dependency on the UI's string bundle.
 */

/** One direct report: the attributes rules need, and the name a manager knows them by. */
export interface ITeamMember {
  learner: ILearner;
  displayName: string;
}

/** Where one report stands today. */
export interface IReportStatus {
  member: ITeamMember;
  /** Every applicable module, mandatory first, then by due day (as in "My training"). */
  statuses: IModuleStatus[];
  overdue: IModuleStatus[];
  dueSoon: IModuleStatus[];
  /** Applicable modules done today. */
  done: number;
  /** Modules that apply to this person today. */
  applicable: number;
  /** Every mandatory module that applies is done. */
  licenceReady: boolean;
}

export function reportStatus(
  member: ITeamMember,
  modules: readonly ITrainingModule[],
  completions: readonly ICompletion[],
  today: Day,
  options: IStatusOptions = {}
): IReportStatus {
  const statuses = myTraining(modules, member.learner, completions, today, options);
  return {
    member,
    statuses,
    overdue: statuses.filter((s) => s.state === 'overdue'),
    dueSoon: statuses.filter((s) => s.state === 'dueSoon'),
    done: statuses.filter((s) => s.state === 'done').length,
    applicable: statuses.length,
    licenceReady: licenceReadiness(modules, member.learner, completions, today).ready
  };
}

/** Compares display names the way people read them (case and accents ignored), UPN as tie-break. */
function byName(a: ITeamMember, b: ITeamMember): number {
  return a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.learner.upn.localeCompare(b.learner.upn);
}

/**
 * Every report's status, in name order. UPNs are compared in lower case (the members come back with
 * theirs lower-cased); `completionsByUpn` is keyed that way, as `completionsOfMany` returns it. A report
 * with no entry simply has no records.
 */
export function teamStatuses(
  members: readonly ITeamMember[],
  modules: readonly ITrainingModule[],
  completionsByUpn: ReadonlyMap<string, readonly ICompletion[]>,
  today: Day,
  options: IStatusOptions = {}
): IReportStatus[] {
  return members
    .map((m) => ({ ...m, learner: { ...m.learner, upn: m.learner.upn.trim().toLowerCase() } }))
    .sort(byName)
    .map((m) => reportStatus(m, modules, completionsByUpn.get(m.learner.upn) ?? [], today, options));
}

/** Something to chase: a module overdue or due soon. */
export function needsReminder(report: IReportStatus): boolean {
  return report.overdue.length > 0 || report.dueSoon.length > 0;
}

export interface ITeamRollup {
  /** Reports counted (leavers are not reports: see `loadTeam`). */
  people: number;
  /** Module statuses across the team, each person × applicable module counted once. */
  overdue: number;
  dueSoon: number;
  upcoming: number;
  done: number;
  applicable: number;
  /** People with at least one module overdue. */
  peopleOverdue: number;
  /** People with at least one module due soon (they may also have something overdue). */
  peopleDueSoon: number;
  /** People with something overdue or due soon: who a reminder goes to. */
  peopleToRemind: number;
  licenceReady: number;
}

export function teamRollup(reports: readonly IReportStatus[]): ITeamRollup {
  const rollup: ITeamRollup = {
    people: reports.length,
    overdue: 0,
    dueSoon: 0,
    upcoming: 0,
    done: 0,
    applicable: 0,
    peopleOverdue: 0,
    peopleDueSoon: 0,
    peopleToRemind: 0,
    licenceReady: 0
  };
  for (const r of reports) {
    rollup.overdue += r.overdue.length;
    rollup.dueSoon += r.dueSoon.length;
    rollup.done += r.done;
    rollup.applicable += r.applicable;
    rollup.upcoming += r.applicable - r.done - r.overdue.length - r.dueSoon.length;
    if (r.overdue.length > 0) rollup.peopleOverdue += 1;
    if (r.dueSoon.length > 0) rollup.peopleDueSoon += 1;
    if (needsReminder(r)) rollup.peopleToRemind += 1;
    if (r.licenceReady) rollup.licenceReady += 1;
  }
  return rollup;
}

/** One module a reminder is about. */
export interface IReminderLine {
  moduleKey: string;
  title: string;
  state: 'overdue' | 'dueSoon';
  /** For several people, the earliest of their due days: the message must not make anyone late. */
  dueOn: Day;
}

/**
 * What a reminder to these reports is about: each module overdue (or due soon) for any of them, once,
 * with the earliest due day; overdue first, then by day and title. A module overdue for some and due soon
 * for others appears under both. Names are never part of it: in a group chat everyone sees the message.
 */
export function reminderLines(reports: readonly IReportStatus[], modules: readonly ITrainingModule[]): IReminderLine[] {
  const titles = new Map(modules.map((m) => [m.key, m.title]));
  const lines = new Map<string, IReminderLine>();
  for (const r of reports) {
    for (const s of [...r.overdue, ...r.dueSoon]) {
      if (s.dueOn === undefined || (s.state !== 'overdue' && s.state !== 'dueSoon')) continue;
      const key = `${s.state}|${s.moduleKey}`;
      const seen = lines.get(key);
      if (!seen) lines.set(key, { moduleKey: s.moduleKey, title: titles.get(s.moduleKey) ?? s.moduleKey, state: s.state, dueOn: s.dueOn });
      else if (s.dueOn < seen.dueOn) seen.dueOn = s.dueOn;
    }
  }
  const rank = (l: IReminderLine): number => (l.state === 'overdue' ? 0 : 1);
  return [...lines.values()].sort((a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
}

/** The localised pieces of a reminder. Templates use `{0}`, `{1}` placeholders. */
export interface IReminderWording {
  /** The first line, already addressed ("Hello everyone," or "Hello Chloe,"). */
  greeting: string;
  intro: string;
  overdueHeading: string;
  dueSoonHeading: string;
  /** `{0}` module title, `{1}` the day it was due. */
  overdueLine: string;
  /** `{0}` module title, `{1}` the day it is due. */
  dueSoonLine: string;
  /** `{0}` the training page's address. */
  trainingPage: string;
  /** Used when there is no address to give (e.g. the view is open in a Teams tab). */
  trainingPageNoLink: string;
  signOff: string;
}

function fill(template: string, ...args: ReadonlyArray<string>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => args[Number(index)] ?? match);
}

/**
 * A plain-text message a manager pastes into (or pre-fills in) a Teams chat: greeting, the overdue and
 * due-soon modules with their dates, a line pointing to the training page, and a sign-off. Lines are
 * separated by `\n`, sections by a blank line. Empty when there is nothing to remind about.
 */
export function teamsReminderMessage(
  lines: readonly IReminderLine[],
  wording: IReminderWording,
  formatDate: (day: Day) => string,
  trainingPageUrl?: string
): string {
  if (lines.length === 0) return '';
  const section = (state: IReminderLine['state'], heading: string, template: string): string[] => {
    const inSection = lines.filter((l) => l.state === state);
    return inSection.length === 0 ? [] : [[heading, ...inSection.map((l) => `- ${fill(template, l.title, formatDate(l.dueOn))}`)].join('\n')];
  };
  const page = trainingPageUrl ? fill(wording.trainingPage, trainingPageUrl) : wording.trainingPageNoLink;
  return [
    wording.greeting,
    wording.intro,
    ...section('overdue', wording.overdueHeading, wording.overdueLine),
    ...section('dueSoon', wording.dueSoonHeading, wording.dueSoonLine),
    page,
    wording.signOff
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * Teams deep links to a chat (`/l/chat/0/0`). Decisions:
 * - A group chat holds at most 250 people and the person who opens the link is always one of them, so
 *   one link names at most 249 others.
 * - Long links are not reliable (browsers, Teams' own redirect, mail and chat clients that re-wrap them);
 *   we keep every link within 2,000 characters.
 * - One conversation matters more than a pre-filled message: when everyone fits only without the
 *   message, the link leaves the message out (the manager copies it from the text box beside the link).
 * - Beyond one link we split, never refuse: the recipients are packed, in order, into the fewest links
 *   that fit (without the message), and each link carries the message when it still fits.
 * - A link that cannot hold even one person is a programming error (a UPN is ≤ 113 characters) and throws.
 */
export const TEAMS_CHAT_MAX_OTHERS: number = 249;
export const TEAMS_LINK_MAX_LENGTH: number = 2000;
const TEAMS_CHAT_BASE = 'https://teams.microsoft.com/l/chat/0/0';

export interface ITeamsChatLink {
  url: string;
  /** The people this link opens a chat with. */
  upns: string[];
  /** False when the message did not fit: paste it into the chat. */
  messageIncluded: boolean;
}

function chatUrl(upns: readonly string[], topic: string, message: string | undefined): string {
  // `@` and the commas between people stay literal, as in Microsoft's documented links; anything else
  // a UPN could hold is percent-encoded.
  const users = upns.map((u) => encodeURIComponent(u).replace(/%40/g, '@')).join(',');
  let url = `${TEAMS_CHAT_BASE}?users=${users}`;
  // A topic only names chats of three or more people (the opener and at least two others).
  if (upns.length >= 2 && topic !== '') url += `&topicName=${encodeURIComponent(topic)}`;
  if (message !== undefined && message !== '') url += `&message=${encodeURIComponent(message)}`;
  return url;
}

/**
 * Links that open a Teams chat with these people, topic set and the message in the compose box. Usually
 * one; several when the people do not fit in one link (see the decisions above); none for nobody.
 */
export function teamsChatLink(
  upns: readonly string[],
  message: string,
  topic: string,
  maxLength: number = TEAMS_LINK_MAX_LENGTH
): ITeamsChatLink[] {
  const people = upns.map((u) => u.trim().toLowerCase()).filter((u, i, all) => u !== '' && all.indexOf(u) === i);
  if (people.length === 0) return [];
  const groups: string[][] = [];
  let current: string[] = [];
  for (const upn of people) {
    const next = [...current, upn];
    if (next.length <= TEAMS_CHAT_MAX_OTHERS && chatUrl(next, topic, undefined).length <= maxLength) {
      current = next;
      continue;
    }
    if (current.length === 0) throw new RangeError(`A Teams chat link for ${upn} is longer than ${maxLength} characters`);
    groups.push(current);
    current = [upn];
    if (chatUrl(current, topic, undefined).length > maxLength) throw new RangeError(`A Teams chat link for ${upn} is longer than ${maxLength} characters`);
  }
  groups.push(current);
  return groups.map((group) => {
    const withMessage = chatUrl(group, topic, message);
    return withMessage.length <= maxLength
      ? { url: withMessage, upns: group, messageIncluded: message !== '' }
      : { url: chatUrl(group, topic, undefined), upns: group, messageIncluded: false };
  });
}

/** What the learner's own reminder banner says. */
export interface IReminderSummary {
  overdue: number;
  dueSoon: number;
  /** The earliest due day among the modules due soon: the next deadline. Undefined when none is due soon. */
  nearestDueOn: Day | undefined;
}

export function reminderSummary(statuses: readonly IModuleStatus[]): IReminderSummary {
  let overdue = 0;
  let dueSoon = 0;
  let nearestDueOn: Day | undefined;
  for (const s of statuses) {
    if (s.state === 'overdue') overdue += 1;
    if (s.state === 'dueSoon') {
      dueSoon += 1;
      if (s.dueOn !== undefined && (nearestDueOn === undefined || s.dueOn < nearestDueOn)) nearestDueOn = s.dueOn;
    }
  }
  return { overdue, dueSoon, nearestDueOn };
}
