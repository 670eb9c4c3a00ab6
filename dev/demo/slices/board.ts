import {
  BoardMeetingsList,
  BoardRecordsList,
  BoardSnapshotPartsList,
  PoorOutputReportsList,
  RaidItemsList,
  SurveyResultsList,
  SurveysList,
  TrainingSummaryList,
  toWire
} from '../../../src/lists';
import { meetingToFields } from '../../../src/data/BoardRepository';
import { GROUP_LABELS } from '../../../src/data/provisioning/permissionPlan';
import { DEFAULT_GROUP_PREFIX } from '../../../src/data/provisioning/setUpAction';
import {
  benefitsRealisation,
  meetingTitle,
  packMeetingSnapshot,
  poorOutputs,
  recordClientId,
  takeMeetingSnapshot,
  trainingReadiness,
  type IBoardIndicator,
  type IPublishedRebuild,
  type IMeetingContent,
  type ProtectiveMarking
} from '../../../src/domain/board';
import { parsePublishedBenefits, type IPublishedBenefits } from '../../../src/domain/benefits/published';
import { raidToFields, takeSnapshot, type IRaidContent, type IRaidItem, type IRegisterData, type RaidType, type RiskCategory } from '../../../src/domain/risks';
import { addDays } from '../../../src/domain/training/days';
import type { ISummaryCell } from '../../../src/domain/training/summary';
import type { PoorOutputCategory } from '../../../src/domain/catalogue/types';
import type { IDemoPerson } from '../people';
import { personaUpn } from '../personas';
import { Rng } from '../rng';
import { demoRiskPlan, registerAsOf, type IDemoRegisterPlan, type IDemoStep } from './risks';
import { DEMO_MODULES } from './training';
import type { IDemoContext, IDemoSlice } from './index';

/**
 * The demo board cycle (issue 10): the programme board's weekly meetings on Thursdays, the day after each
 * of the twelve weeks the demo register was worked on (`demoRiskPlan`), all twelve closed with their frozen
 * snapshots, plus this week's meeting, open, for the demo's own run of a meeting. The meeting of 12 November
 * was re-opened the next morning (the minutes named the wrong owner) and closed again: a re-issue, its first
 * closure kept.
 *
 * - Chairs and attendees: the two board personas and four generated senior staff, who join the programme
 *   board group here (chairs alternate between the forces).
 * - Decisions and actions: the register's own RAID log (`demoRiskPlan`), each item linked to the meeting of its
 *   week (meeting id and day, set on the stored items without a new version), plus a decision or an action
 *   for any week that had none, logged at that meeting.
 * - Snapshots: each closure freezes `registerAsOf(plan, closing instant)` (with those links), and the
 *   indicators as the sources stood then (the training summary was rebuilt after the last closure, so the
 *   papers say it was not yet published; benefits from their publication on); its parts and record are
 *   written as `BoardRepository.closeMeeting` writes them.
 * - At least three poor-output reports wait for triage: the catalogue's two, and two more from this week.
 *
 * Pure plan (`demoBoardPlan`), then straight into the store: about a hundred writes, no REST.
 */

export interface IDemoBoardMember {
  upn: string;
  force: 'Kent' | 'Essex';
  /** Generated (not a persona): joins the programme board group. */
  generated: boolean;
}

export interface IDemoMeetingPlan {
  /** The Thursday. */
  meetingDate: string;
  /** The register plan's meeting (the Wednesday the register was worked on), or null for this week's. */
  workedOn: string | null;
  createdAt: string;
  createdBy: string;
  content: IMeetingContent;
  /** The record log: closures and re-openings, oldest first (content edits made with a re-opening included). */
  log: Array<{ kind: 'closed' | 'reopened'; at: string; by: string; reason: string; content?: IMeetingContent }>;
}

export interface IDemoBoardPlan {
  members: IDemoBoardMember[];
  meetings: IDemoMeetingPlan[];
  /** Decisions and actions logged for weeks whose RAID log had none of that type, by meeting index. */
  extraRaid: Array<{ meeting: number; clientId: string; steps: Array<IDemoStep<IRaidContent>> }>;
}

const at = (day: string, hour: number, minute: number = 0): string => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

const NOTES: readonly string[] = [
  'Register and RAID log reviewed topic by topic. Appetite confirmed for the quarter.',
  'Joint IT change board timetable noted. Essex to bring the device test results next week.',
  'Champions network update received. Training figures to be broken down by department.',
  'National pause on criminal-justice documents discussed; catalogue entries checked.',
  'Permissions review: 38 of 120 sites done. Restricted search stays in place.',
  'Month 1 survey results presented; comparison group agreed for month 3.',
  'Licence reassignment working; 40 licences found on leavers\u2019 accounts.',
  'Records retention for transcripts discussed with the DPO\u2019s advice.',
  'Security test findings presented; conditional access change approved in principle.',
  'Benefits reconciliation with the portfolio office started.',
  'Drop-in sessions launched; training completion up four points.',
  'First 50 reviewed sites ready to leave restricted search.'
];

const DECISIONS: ReadonlyArray<{ category: RiskCategory; title: string; description: string; resolution: string }> = [
  { category: 'platformAssurance', title: 'Approve the conditional access test plan', description: 'Tests on a pilot group before the change board.', resolution: 'Agreed; joint IT to run the tests before go-live.' },
  { category: 'trainingReadiness', title: 'Protected learning time for custody teams', description: 'One hour per shift pattern for the mandatory package.', resolution: 'Agreed for both forces.' },
  { category: 'storageRecords', title: 'Retention labels before the HR site migration', description: 'No HR site moves without its label.', resolution: 'Agreed; information management to confirm each site.' },
  { category: 'licensingFinance', title: 'Hold 50 licences in reserve for new starters', description: 'A reserve so new starters are not kept waiting.', resolution: 'Agreed until the renewal.' },
  { category: 'nationalDevelopments', title: 'Respond jointly to the national AI guidance consultation', description: 'One response for both forces.', resolution: 'Agreed; programme manager to draft.' },
  { category: 'benefitsRealisation', title: 'Report benefits in hours until month 6', description: 'No cash figures until the comparison group reports.', resolution: 'Agreed.' },
  { category: 'copilotGovernance', title: 'Champions review catalogue entries monthly', description: 'Retire entries that no longer match policy.', resolution: 'Agreed; first review next month.' }
];

const ACTIONS: ReadonlyArray<{ category: RiskCategory; title: string; description: string; dueInDays: number }> = [
  { category: 'copilotGovernance', title: 'Send the acceptable use reminder to all staff', description: 'With the "never put into Copilot" examples.', dueInDays: 14 },
  { category: 'platformAssurance', title: 'Report unmanaged device sign-ins', description: 'Weekly figures to the board until the block is live.', dueInDays: 21 },
  { category: 'trainingReadiness', title: 'Send completion figures to each department head', description: 'With the names of teams below 60%.', dueInDays: 7 },
  { category: 'licensingFinance', title: 'List licences unused for 30 days', description: 'For reassignment at month end.', dueInDays: 14 },
  { category: 'storageRecords', title: 'Check retention on Teams meeting recordings', description: 'Both forces\u2019 tenants.', dueInDays: 28 },
  { category: 'benefitsRealisation', title: 'Collect three case studies of time saved', description: 'One each from response, contact management and support services.', dueInDays: 21 },
  { category: 'nationalDevelopments', title: 'Brief chief officers on the national pause', description: 'Two-page note for each chief officer group.', dueInDays: 10 }
];

/** The programme board: the two board personas, and two generated senior colleagues from each force. */
export function demoBoardMembers(people: readonly IDemoPerson[], today: string): IDemoBoardMember[] {
  const personas: IDemoBoardMember[] = (['Kent', 'Essex'] as const).map((force) => ({ upn: personaUpn('board', force), force, generated: false }));
  const senior = ['Chief Superintendent', 'Superintendent', 'Band 10', 'Band 9', 'Chief Inspector', 'Band 8'];
  const generated: IDemoBoardMember[] = [];
  for (const force of ['Kent', 'Essex'] as const) {
    const candidates = people
      .filter((p) => p.persona === undefined && p.force === force && (p.leaveDate === undefined || p.leaveDate > today) && senior.indexOf(p.grade) >= 0)
      .sort((a, b) => senior.indexOf(a.grade) - senior.indexOf(b.grade) || (a.department === 'Corporate services' ? 0 : 1) - (b.department === 'Corporate services' ? 0 : 1) || a.upn.localeCompare(b.upn));
    candidates.slice(0, 2).forEach((p) => generated.push({ upn: p.upn, force, generated: true }));
  }
  return [...personas, ...generated];
}

function nextNumbers(plan: IDemoRegisterPlan): Map<string, number> {
  const max = new Map<string, number>();
  for (const x of plan.raid) {
    const m = /^([A-Z]+)-(\d+)$/.exec(x.steps[0].content.reference);
    if (m) max.set(m[1], Math.max(max.get(m[1]) ?? 0, Number(m[2])));
  }
  return max;
}

/** The demo board cycle as a plan: deterministic for a day, its register plan and its people. */
export function demoBoardPlan(today: string, registerPlan: IDemoRegisterPlan, people: readonly IDemoPerson[]): IDemoBoardPlan {
  const rng = new Rng(10);
  const members = demoBoardMembers(people, today);
  const kentBoard = personaUpn('board', 'Kent');
  const essexBoard = personaUpn('board', 'Essex');
  const thursdays = registerPlan.meetings.map((wednesday) => addDays(wednesday, 1));
  const current = addDays(thursdays[thursdays.length - 1], 7);
  const reissued = thursdays.length - 2;

  const meetings: IDemoMeetingPlan[] = [...thursdays, current].map((day, i) => {
    const chair = i % 2 === 0 ? kentBoard : essexBoard;
    const other = chair === kentBoard ? essexBoard : kentBoard;
    const guests = members.filter((m) => m.generated && rng.next() < 0.75).map((m) => m.upn);
    const marking: ProtectiveMarking = i % 4 === 1 ? 'OFFICIAL' : 'OFFICIAL-SENSITIVE';
    const closed = i < thursdays.length;
    const content: IMeetingContent = { meetingDate: day, chairUpn: chair, attendeeUpns: [chair, other, ...guests], marking, notes: closed ? NOTES[i % NOTES.length] : '' };
    const log: IDemoMeetingPlan['log'] = closed ? [{ kind: 'closed', at: at(day, 12, 30), by: chair, reason: '' }] : [];
    if (i === reissued) {
      const next = addDays(day, 1);
      const corrected: IMeetingContent = { ...content, notes: `${content.notes} Correction: the licence report action is owned by Essex, not Kent.` };
      log.push({ kind: 'reopened', at: at(next, 9, 15), by: other, reason: 'The minutes named the wrong owner for the licence report action.', content: corrected });
      log.push({ kind: 'closed', at: at(next, 9, 45), by: other, reason: 'Re-issued with the corrected owner.' });
    }
    return { meetingDate: day, workedOn: closed ? registerPlan.meetings[i] : null, createdAt: at(addDays(day, -3), 8, 30), createdBy: chair, content, log };
  });

  // A decision, or an action, for each closed week whose RAID log had none.
  const numbers = nextNumbers(registerPlan);
  const next = (prefix: string): string => {
    const n = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, n);
    return `${prefix}-${String(n).padStart(2, '0')}`;
  };
  const extraRaid: IDemoBoardPlan['extraRaid'] = [];
  thursdays.forEach((day, i) => {
    const logged = registerPlan.raid.filter((x) => x.steps[0].content.meetingDate === registerPlan.meetings[i]).map((x) => x.steps[0].content.type);
    const chair = meetings[i].content.chairUpn;
    const base = (type: RaidType, category: RiskCategory, title: string, description: string): IRaidContent => ({
      reference: next(type === 'decision' ? 'D' : 'A'),
      type,
      title,
      description,
      category,
      force: type === 'decision' ? 'Joint' : i % 2 === 0 ? 'Kent' : 'Essex',
      ownerUpn: type === 'decision' ? chair : i % 2 === 0 ? kentBoard : essexBoard,
      raisedOn: day,
      dueDate: null,
      status: 'open',
      closedOn: null,
      priority: null,
      riskIds: [],
      meetingId: null,
      meetingDate: day,
      resolution: ''
    });
    if (logged.indexOf('decision') < 0) {
      const d = DECISIONS[i % DECISIONS.length];
      const content: IRaidContent = { ...base('decision', d.category, d.title, d.description), status: 'closed', closedOn: day, resolution: d.resolution };
      extraRaid.push({ meeting: i, clientId: `demo-board-raid:${content.reference.toLowerCase()}`, steps: [{ at: at(day, 11, 20), by: chair, content }] });
    }
    if (logged.indexOf('action') < 0) {
      const a = ACTIONS[i % ACTIONS.length];
      const open: IRaidContent = { ...base('action', a.category, a.title, a.description), priority: 'medium', dueDate: addDays(day, a.dueInDays) };
      const steps: Array<IDemoStep<IRaidContent>> = [{ at: at(day, 11, 40), by: chair, content: open }];
      const due = open.dueDate as string;
      // Most are done by their due day; one in three is still open (and overdue once its day has passed).
      if (i % 3 !== 0 && addDays(due, -1) < today) {
        const doneOn = addDays(due, -1);
        steps.push({ at: at(doneOn, 15), by: open.ownerUpn, content: { ...open, status: 'closed', closedOn: doneOn, resolution: 'Done and reported to the board.' } });
      } else if (addDays(day, 2) < today) {
        steps.push({ at: at(addDays(day, 2), 10), by: open.ownerUpn, content: { ...open, status: 'inProgress' } });
      }
      extraRaid.push({ meeting: i, clientId: `demo-board-raid:${open.reference.toLowerCase()}`, steps });
    }
  });
  return { members, meetings, extraRaid };
}

type StoreList = NonNullable<ReturnType<IDemoContext['dataWeb']['getListByUrl']>>;

/** Every item of a small store list, in id order. */
function itemsOf(list: StoreList): Array<{ id: number; values: Record<string, unknown>; created: string }> {
  const out: Array<{ id: number; values: Record<string, unknown>; created: string }> = [];
  for (let id = 1; id <= list.maxId; id++) {
    const item = list.getItem(id);
    if (item !== undefined) out.push({ id, values: item.values, created: item.created });
  }
  return out;
}

const UNTRIAGED_REPORTS: ReadonlyArray<{ category: PoorOutputCategory; details: string; daysAgo: number }> = [
  { category: 'madeUp', details: 'The summary of the custody policy quoted a paragraph about detention reviews that is not in the policy.', daysAgo: 2 },
  { category: 'incomplete', details: 'Asked for every action from the ward panel minutes, Copilot listed four of the seven.', daysAgo: 1 }
];

export const boardSlice: IDemoSlice = {
  name: 'board',
  seed(ctx: IDemoContext) {
    const web = ctx.dataWeb;
    const list = (url: string): StoreList => {
      const found = web.getListByUrl(`${web.serverRelativeUrl}/${url}`);
      if (!found) throw new Error('The board lists do not exist: run provisioning before seeding');
      return found;
    };
    const meetingsList = list(BoardMeetingsList.url);
    const recordsList = list(BoardRecordsList.url);
    const partsList = list(BoardSnapshotPartsList.url);
    const raidList = list(RaidItemsList.url);
    const reportsList = list(PoorOutputReportsList.url);
    if (meetingsList.itemCount > 0) return { items: 0 };

    const site = ctx.security.site(web.serverRelativeUrl);
    const userId = (upn: string): number => site.userByUpn(upn)?.id ?? ctx.ownerId;
    const stamp = (s: { at: string; by: string }): { userId: number; now: Date } => ({ userId: userId(s.by), now: new Date(s.at) });
    const registerPlan = demoRiskPlan(ctx.today);
    const plan = demoBoardPlan(ctx.today, registerPlan, ctx.people);
    let written = 0;

    // The generated members join the programme board group (as an owner's bulk add would).
    const programme = site.groupByName(`${DEFAULT_GROUP_PREFIX} ${GROUP_LABELS.programme}`);
    plan.members.filter((m) => m.generated).forEach((m) => programme?.memberIds.add(userId(m.upn)));

    // Meetings, in date order (ids 1, 2, …); the re-issued meeting's corrected notes as a second version.
    const meetingIds = plan.meetings.map((m) => {
      const id = meetingsList.addItem({ ...toWire(BoardMeetingsList, { ...meetingToFields(m.content), title: meetingTitle(m.content), clientId: `demo-board:${m.meetingDate}` }) }, stamp({ at: m.createdAt, by: m.createdBy })).Id;
      written++;
      for (const entry of m.log) {
        if (entry.content === undefined) continue;
        meetingsList.updateItem(id, { ...toWire(BoardMeetingsList, { notes: entry.content.notes }) }, stamp({ at: addSeconds(entry.at, 300), by: entry.by }));
      }
      return id;
    });
    const meetingByWorkedOn = new Map<string, { id: number; day: string }>();
    plan.meetings.forEach((m, i) => {
      if (m.workedOn !== null) meetingByWorkedOn.set(m.workedOn, { id: meetingIds[i], day: m.meetingDate });
    });

    // The register's RAID items join the meeting of their week, without a new version (they were logged there);
    // the store lets a seed rewrite only an item's current version, so earlier versions keep no meeting id.
    const linkRaid = <T extends Pick<IRaidContent, 'meetingId' | 'meetingDate'>>(r: T): T => {
      const meeting = r.meetingDate === null ? undefined : meetingByWorkedOn.get(r.meetingDate);
      return meeting === undefined ? r : { ...r, meetingId: meeting.id, meetingDate: meeting.day };
    };
    const everything = registerAsOf(registerPlan, '9999-12-31T00:00:00Z');
    for (const r of everything.raid) {
      const linked = linkRaid(r);
      if (linked === r) continue;
      raidList.updateItem(r.id, { ...toWire(RaidItemsList, { meetingId: linked.meetingId, meetingDate: linked.meetingDate }) }, { userId: ctx.ownerId, now: new Date(r.modifiedAt) }, { systemUpdate: true });
    }

    // The decisions and actions added for weeks without one, with their later versions.
    const extras: Array<{ id: number; steps: Array<IDemoStep<IRaidContent>> }> = [];
    for (const x of plan.extraRaid) {
      const steps = x.steps.map((s) => ({ ...s, content: { ...s.content, meetingId: meetingIds[x.meeting] } }));
      const id = raidList.addItem({ ...toWire(RaidItemsList, { ...raidToFields(steps[0].content), clientId: x.clientId }) }, stamp(steps[0])).Id;
      written++;
      steps.slice(1).forEach((s) => raidList.updateItem(id, { ...toWire(RaidItemsList, raidToFields(s.content)) }, stamp(s)));
      extras.push({ id, steps });
    }

    // Two more reports waiting for triage, from this week.
    const existingReports = itemsOf(reportsList);
    const reporters = ctx.people.filter((p) => p.persona === undefined && (p.leaveDate === undefined || p.leaveDate > ctx.today));
    UNTRIAGED_REPORTS.forEach((r, i) => {
      const entry = existingReports[i % Math.max(1, existingReports.length)]?.values ?? {};
      const reporter = reporters[(i * 97) % Math.max(1, reporters.length)];
      reportsList.addItem(
        {
          ...toWire(PoorOutputReportsList, {
            title: String(entry.cprEntryTitle ?? 'Catalogue entry').slice(0, 255),
            entryId: typeof entry.cprEntryId === 'number' ? entry.cprEntryId : 1,
            entryTitle: typeof entry.cprEntryTitle === 'string' ? entry.cprEntryTitle : null,
            category: r.category,
            details: r.details,
            product: typeof entry.cprProduct === 'string' ? entry.cprProduct : null,
            reporterUpn: reporter?.upn ?? personaUpn('officer', 'Essex'),
            force: reporter?.force ?? 'Essex',
            department: reporter?.department ?? null,
            status: 'new'
          })
        },
        { userId: reporter !== undefined ? userId(reporter.upn) : ctx.ownerId, now: new Date(at(addDays(ctx.today, -r.daysAgo), 11)) }
      );
      written++;
    });

    // The indicators as the published sources stood at an instant.
    const indicatorsAt = sourcesOf(ctx, { results: list(SurveyResultsList.url), surveys: list(SurveysList.url), summary: list(TrainingSummaryList.url), reports: reportsList });

    // The register as it stood at an instant: the plan's, with the meeting links and the added items.
    const registerAt = (instant: string): IRegisterData => {
      const data = registerAsOf(registerPlan, instant);
      const raid: IRaidItem[] = data.raid.map(linkRaid);
      for (const x of extras) {
        const upTo = x.steps.filter((s) => s.at <= instant);
        if (upTo.length === 0) continue;
        const last = upTo[upTo.length - 1];
        raid.push({ ...last.content, id: x.id, etag: `"${upTo.length}"`, createdAt: new Date(x.steps[0].at).toISOString(), modifiedAt: new Date(last.at).toISOString(), author: null, editor: null });
      }
      return { ...data, raid: raid.sort((a, b) => a.id - b.id) };
    };

    // Closures (and the re-opening) in time order: parts first, then the record that points at them.
    plan.meetings.forEach((m, i) => {
      let content = m.content;
      let lastClosure: { id: number; at: string } | null = null;
      m.log.forEach((entry, step) => {
        const by = stamp(entry);
        if (entry.kind === 'reopened') {
          recordsList.addItem({ ...toWire(BoardRecordsList, { title: `${meetingTitle(m.content)} \u2014 re-opened`, meetingId: meetingIds[i], kind: 'reopened', reason: entry.reason, clientId: recordClientId(meetingIds[i], step, 'reopened') }) }, by);
          written++;
          content = entry.content ?? content;
          return;
        }
        const snapshot = takeMeetingSnapshot({
          meeting: { id: meetingIds[i], ...content },
          closedAt: new Date(entry.at).toISOString(),
          closedByUpn: entry.by,
          register: takeSnapshot(registerAt(entry.at), new Date(entry.at).toISOString(), { today: m.meetingDate }),
          indicators: indicatorsAt(entry.at),
          reissueOf: lastClosure === null ? null : { recordId: lastClosure.id, closedAt: new Date(lastClosure.at).toISOString() }
        });
        const packed = packMeetingSnapshot(snapshot);
        const snapshotKey = `bsn:${meetingIds[i]}:${step}:demo`;
        packed.contents.forEach((part, k) => {
          partsList.addItem(
            { ...toWire(BoardSnapshotPartsList, { title: `${meetingTitle(m.content)} \u2014 part ${k + 1} of ${packed.parts}`, snapshotKey, meetingId: meetingIds[i], part: k + 1, content: part, clientId: `${snapshotKey}:${k + 1}` }) },
            by
          );
          written++;
        });
        const record = recordsList.addItem(
          {
            ...toWire(BoardRecordsList, {
              title: `${meetingTitle(m.content)} \u2014 closed`,
              meetingId: meetingIds[i],
              kind: 'closed',
              reason: entry.reason === '' ? null : entry.reason,
              snapshotKey,
              snapshotParts: packed.parts,
              snapshotLength: packed.length,
              snapshotChecksum: packed.checksum,
              reissueOf: lastClosure === null ? null : lastClosure.id,
              clientId: recordClientId(meetingIds[i], step, 'closed')
            })
          },
          by
        );
        written++;
        lastClosure = { id: record.Id, at: entry.at };
      });
    });
    return { items: written };
  }
};

function addSeconds(instant: string, seconds: number): string {
  return new Date(new Date(instant).getTime() + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The three indicators at an instant, from the demo's published sources in the store: the training summary's
 * rebuilds, the newest published value-for-money figures and the poor-output reports made by then.
 */
function sourcesOf(ctx: IDemoContext, lists: { results: StoreList; surveys: StoreList; summary: StoreList; reports: StoreList }): (instant: string) => IBoardIndicator[] {
  const iso = (s: string): string => new Date(s).toISOString();
  const summaryRows = itemsOf(lists.summary);
  const markers = summaryRows.filter((i) => i.values.Title === 'complete').sort((a, b) => b.created.localeCompare(a.created) || b.id - a.id);
  const modules = DEMO_MODULES.map((seed) => seed.module);
  const surveys = itemsOf(lists.surveys);
  const benefits = itemsOf(lists.results)
    .filter((i) => i.values.svsKind === 'benefits')
    .map((i) => ({ created: i.created, surveyKey: String(i.values.svsSurveyKey), published: parsePublishedBenefits(String(i.values.svsAggregates)) }))
    .filter((b): b is { created: string; surveyKey: string; published: IPublishedBenefits } => b.published !== undefined)
    .sort((a, b) => b.created.localeCompare(a.created));
  const reports = itemsOf(lists.reports).map((i) => ({ force: typeof i.values.cprForce === 'string' ? i.values.cprForce : null, status: String(i.values.cprStatus), reportedAt: iso(i.created) }));
  const surveyTitle = (key: string): string => String(surveys.filter((s) => s.values.svsKey === key)[0]?.values.Title ?? key);
  /** Each force's latest rebuild by then, as `TrainingRepository.latestSummaries` reads it. */
  const rebuildsAt = (when: string): IPublishedRebuild[] => {
    const latest = new Map<string, (typeof markers)[number]>();
    for (const m of markers) {
      const force = String(m.values.trsForce ?? '');
      if (iso(m.created) <= when && !latest.has(force)) latest.set(force, m);
    }
    return [...latest].map(([force, marker]) => ({
      force,
      rebuiltAt: iso(marker.created),
      summary: {
        asOf: String(marker.values.trsAsOf).slice(0, 10),
        maxRecordId: Number(marker.values.trsMaxRecordId),
        cells: summaryRows
          .filter((i) => i.values.Title !== 'complete' && i.values.trsRebuildId === marker.values.trsRebuildId && i.values.trsForce === marker.values.trsForce)
          .flatMap((i) => JSON.parse(String(i.values.trsCells)) as ISummaryCell[])
      }
    }));
  };
  return (instant) => {
    const when = iso(instant);
    // In the demo every closure precedes the training leads' rebuild: the papers say nothing was published yet.
    const training = trainingReadiness({ rebuilds: rebuildsAt(when), modules, today: when.slice(0, 10), source: TrainingSummaryList.title });
    const published = benefits.filter((b) => iso(b.created) <= when)[0];
    const benefit = benefitsRealisation({
      published: published?.published,
      publishedAt: published === undefined ? null : iso(published.created),
      source: published === undefined ? SurveyResultsList.title : `${surveyTitle(published.surveyKey)} \u2014 ${published.published.waveId}`
    });
    return [training, benefit, poorOutputs({ reports: reports.filter((r) => r.reportedAt <= when), source: PoorOutputReportsList.title })];
  };
}
