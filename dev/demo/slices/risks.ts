import { RaidItemsList, RiskActionsList, RiskAppetiteList, RiskAssessmentsList, RisksList, toWire } from '../../../src/lists';
import { appetiteClientId, assessmentClientId, riskValues, starterClientId } from '../../../src/data/RiskRepository';
import {
  actionToFields,
  appetiteFor,
  appetiteToFields,
  assessmentToFields,
  raidToFields,
  scoreValue,
  starterAppetite,
  starterReference,
  STARTER_RISKS,
  JOINT,
  type IActionContent,
  type IAppetiteContent,
  type IAssessmentContent,
  type IRaidContent,
  type IRegisterData,
  type IRiskContent,
  type IStamped,
  type IScore,
  type Level,
  type RaidType,
  type RiskCategory
} from '../../../src/domain/risks';
import { addDays, weekStart } from '../../../src/domain/training/days';
import { personaUpn } from '../personas';
import { Rng } from '../rng';
import { CLOSURE_NOTES, CONTROL_PROGRESS, ESCALATION_NOTES, FORCE_PLACES, FORCE_RISKS, RAID_TEMPLATES, type IRiskTemplate, type OwnerRole } from './riskContent';
import type { IDemoContext, IDemoSlice } from './index';

/**
 * The demo governance risk register: ≈ 80 risks for Kent, Essex and the joint programme across the seven
 * topics, each with a history of versions over the last twelve weekly board meetings (raised, re-scored
 * both ways, controls added, reviews moved, some escalated, a few closed), each force's re-scores of the
 * joint risks in their own items, mitigating actions (some overdue), the board's RAID log and its risk
 * appetite (with a change of mind half-way). Generated as a plan (`demoRiskPlan`, pure and deterministic),
 * then written straight into the store with the editors and times of each version, so the version history
 * reads as the board made it. Cheap: about a thousand store writes, no REST.
 */

export interface IDemoStep<T> {
  /** ISO instant. */
  at: string;
  /** Who made this version (a board member or a site owner persona: the people who may write). */
  by: string;
  content: T;
}

export interface IDemoRiskPlan {
  key: string;
  reference: string;
  clientId: string;
  steps: Array<IDemoStep<IRiskContent>>;
  assessments: Array<{ force: string; steps: Array<IDemoStep<IAssessmentContent>> }>;
  actions: Array<{ clientId: string; steps: Array<IDemoStep<IActionContent>> }>;
}

export interface IDemoRaidPlan {
  clientId: string;
  /** Keys of the risks it links to (ids are known only once the risks are written). */
  riskKeys: string[];
  steps: Array<IDemoStep<IRaidContent>>;
}

export interface IDemoRegisterPlan {
  /** The twelve weekly board meetings (Wednesdays), oldest first; the last is before today. */
  meetings: string[];
  appetites: Array<{ clientId: string; steps: Array<IDemoStep<IAppetiteContent>> }>;
  risks: IDemoRiskPlan[];
  raid: IDemoRaidPlan[];
}

type Force = 'Kent' | 'Essex';

const TOPIC: Readonly<Record<RiskCategory, string>> = {
  copilotGovernance: 'CG',
  platformAssurance: 'PA',
  licensingFinance: 'LF',
  storageRecords: 'SR',
  nationalDevelopments: 'ND',
  trainingReadiness: 'TR',
  benefitsRealisation: 'BR'
};

/** Starter risks the programme holds jointly; the other starter risks each force holds for itself. */
const JOINT_CODES: readonly string[] = ['CG-01', 'CG-02', 'CG-03', 'CG-04', 'PA-01', 'PA-02', 'LF-02', 'SR-01', 'SR-02', 'ND-01', 'TR-01', 'BR-01'];

const APPETITE_OVERRIDES: readonly IAppetiteContent[] = [
  { category: 'storageRecords', force: 'Essex', maxScore: 4, level: 'averse', rationale: 'Two MoPI audit findings in Essex this year: no tolerance until they are closed.' },
  { category: 'licensingFinance', force: 'Kent', maxScore: 9, level: 'cautious', rationale: 'Kent\u2019s budget for the year is fixed.' }
];

const at = (day: string, hour: number, minute: number = 0): string => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

const fill = (text: string, force: Force): string => text.replace(/\{force\}/g, force).replace(/\{hq\}/g, FORCE_PLACES[force].hq).replace(/\{areas\}/g, FORCE_PLACES[force].areas);

const board = (force: Force): string => personaUpn('board', force);

function ownerOf(role: OwnerRole, force: Force): string {
  return personaUpn(role, force);
}

/** Who writes a version for an owner: site owners edit their own platform risks, the board the rest. */
function editorFor(role: OwnerRole, force: Force, rng: Rng): string {
  return role === 'owner' && rng.next() < 0.6 ? personaUpn('owner', force) : board(force);
}

/** The twelve Wednesdays before today, oldest first. */
export function boardMeetings(today: string): string[] {
  let last = addDays(weekStart(today), 2);
  if (last >= today) last = addDays(last, -7);
  return Array.from({ length: 12 }, (_x, k) => addDays(last, -7 * (11 - k)));
}

const clampLevel = (n: number): Level => Math.max(1, Math.min(5, n)) as Level;

/**
 * One step of a score's walk: likelihood (mostly) or impact moves by one, towards the target when
 * `improving`, away from it otherwise, never past the inherent score or the target.
 */
function step(current: IScore, inherent: IScore, target: IScore, improving: boolean, rng: Rng): IScore | null {
  const towardsTarget = (cur: number, goal: number): number => (goal < cur ? -1 : goal > cur ? 1 : 0);
  const options: IScore[] = [];
  for (const axis of rng.next() < 0.7 ? (['likelihood', 'impact'] as const) : (['impact', 'likelihood'] as const)) {
    const lo = Math.min(target[axis], inherent[axis]);
    const hi = Math.max(target[axis], inherent[axis]);
    const dir = improving ? towardsTarget(current[axis], target[axis]) : -towardsTarget(current[axis], target[axis]) || (current[axis] < hi ? 1 : 0);
    const next = current[axis] + dir;
    if (dir !== 0 && next >= lo && next <= hi) options.push({ ...current, [axis]: clampLevel(next) });
  }
  return options[0] ?? null;
}

interface IRiskSeed {
  key: string;
  reference: string;
  clientId: string;
  force: Force | 'Joint';
  template: Pick<IRiskTemplate, 'category' | 'kind' | 'title' | 'cause' | 'event' | 'effect' | 'controls' | 'response' | 'proximity' | 'inherent' | 'current' | 'target' | 'owner' | 'actions'>;
}

function seeds(): IRiskSeed[] {
  const out: IRiskSeed[] = [];
  for (const r of STARTER_RISKS) {
    const template = { ...r, owner: 'board' as OwnerRole };
    if (JOINT_CODES.indexOf(r.code) >= 0) {
      const reference = starterReference(r.code, JOINT);
      out.push({ key: `joint:${r.code}`, reference, clientId: starterClientId(reference), force: 'Joint', template });
    } else {
      for (const force of ['Kent', 'Essex'] as const) {
        const reference = starterReference(r.code, force);
        out.push({ key: `${force}:${r.code}`, reference, clientId: `demo:${reference.toLowerCase()}`, force, template });
      }
    }
  }
  const numbers = new Map<string, number>();
  for (const t of FORCE_RISKS) {
    for (const force of t.forces) {
      const prefix = `${force.charAt(0)}-${TOPIC[t.category]}`;
      const n = (numbers.get(prefix) ?? 10) + 1;
      numbers.set(prefix, n);
      const reference = `${prefix}-${n}`;
      const template = { ...t, title: fill(t.title, force), cause: fill(t.cause, force), event: fill(t.event, force), effect: fill(t.effect, force), controls: fill(t.controls, force) };
      out.push({ key: `${force}:${t.key}`, reference, clientId: `demo:${reference.toLowerCase()}`, force, template });
    }
  }
  return out;
}

function isOut(content: { category: RiskCategory; kind: string }, force: string, score: IScore | null, appetites: readonly IAppetiteContent[], joint: boolean): boolean {
  if (content.kind !== 'threat' || score === null) return false;
  const appetite = appetiteFor(appetites, content.category, force, joint);
  return appetite !== null && scoreValue(score) > appetite.maxScore;
}

/** The whole demo register as a plan: deterministic for a day and seed. */
export function demoRiskPlan(today: string, seed: number = 9): IDemoRegisterPlan {
  const rng = new Rng(seed);
  const meetings = boardMeetings(today);
  const lastMeeting = meetings.length - 1;

  // Appetite: set at the first meeting; copilot governance loosened half-way while the permissions review runs.
  const appetiteRows = [...starterAppetite(), ...APPETITE_OVERRIDES];
  const appetites = appetiteRows.map((a) => {
    const steps: Array<IDemoStep<IAppetiteContent>> = [{ at: at(meetings[0], 9, 30), by: board('Kent'), content: a }];
    if (a.category === 'copilotGovernance' && a.force === null) {
      steps.push({ at: at(meetings[6], 11, 5), by: board('Essex'), content: { ...a, maxScore: 12, level: 'open', rationale: 'The board accepts more exposure while the permissions review runs, with restricted search in place.' } });
    }
    return { clientId: appetiteClientId(a.category, a.force), steps };
  });
  const appetiteAt = (day: string): IAppetiteContent[] => appetites.map((a) => a.steps.filter((s) => s.at.slice(0, 10) <= day).slice(-1)[0]?.content).filter((a): a is IAppetiteContent => a !== undefined);

  const all = seeds();
  // When each risk was raised: the joint set and most force risks at the first two meetings, the rest later,
  // four at the last meeting (two still proposed).
  const late = all.filter((x) => x.force !== 'Joint').map((x) => x.key);
  const raisedAt = new Map<string, number>();
  all.forEach((x) => raisedAt.set(x.key, x.force === 'Joint' ? 0 : rng.next() < 0.7 ? rng.int(0, 1) : rng.int(2, lastMeeting - 1)));
  const newest = late.filter((_k, i) => i % 13 === 5).slice(0, 4);
  newest.forEach((k) => raisedAt.set(k, lastMeeting));
  let closures = 0;

  const risks = all.map((seedRisk, riskIndex): IDemoRiskPlan => {
    const t = seedRisk.template;
    const joint = seedRisk.force === 'Joint';
    const homeForce: Force = joint ? (riskIndex % 2 === 0 ? 'Kent' : 'Essex') : (seedRisk.force as Force);
    const raised = raisedAt.get(seedRisk.key) as number;
    const raisedDay = meetings[raised];
    const owner = ownerOf(t.owner, homeForce);
    const proposed = raised === lastMeeting && newest.indexOf(seedRisk.key) < 2;
    let content: IRiskContent = {
      reference: seedRisk.reference,
      title: t.title,
      kind: t.kind,
      cause: t.cause,
      event: t.event,
      effect: t.effect,
      category: t.category,
      force: seedRisk.force,
      ownerUpn: owner,
      actionees: [],
      inherent: joint ? null : { ...t.inherent },
      current: joint ? null : { ...t.current },
      target: joint ? null : { ...t.target },
      proximity: t.proximity,
      response: t.response,
      controls: t.controls,
      reviewDate: addDays(raisedDay, 28),
      status: proposed ? 'proposed' : 'open',
      escalation: 'none',
      escalatedOn: null,
      escalationNote: '',
      closedOn: null,
      closureNote: ''
    };
    const creator = editorFor(t.owner, homeForce, rng);
    const steps: Array<IDemoStep<IRiskContent>> = [{ at: at(raisedDay, 10, rng.int(0, 50)), by: creator, content }];

    // Each force's assessment of a joint risk: its own owner and start, then its own re-scores.
    const forces: Force[] = ['Kent', 'Essex'];
    const assessments = joint
      ? forces.map((force) => {
          const startL = clampLevel(t.current.likelihood + (force === 'Essex' ? rng.int(-1, 1) : 0));
          let a: IAssessmentContent = { force, ownerUpn: ownerOf(t.owner, force), inherent: { ...t.inherent }, current: { likelihood: startL, impact: t.current.impact }, target: { ...t.target }, assessedOn: raisedDay, notes: '' };
          const aSteps: Array<IDemoStep<IAssessmentContent>> = [{ at: steps[0].at, by: creator, content: a }];
          for (let m = raised + 1; m <= lastMeeting; m++) {
            if (rng.next() >= 0.33 || a.current === null || a.target === null || a.inherent === null) continue;
            const next = step(a.current, a.inherent, a.target, rng.next() < 0.62, rng);
            if (next === null) continue;
            a = { ...a, current: next, assessedOn: meetings[m], notes: rng.next() < 0.4 ? `${force} re-scored for the ${addDays(meetings[m], 1)} board.` : a.notes };
            aSteps.push({ at: at(meetings[m], 10, 10 + rng.int(0, 40)), by: board(force), content: a });
          }
          return { force, steps: aSteps };
        })
      : [];
    const currentOf = (force: string, day: string): IScore | null => {
      if (!joint) return content.current;
      const a = assessments.filter((x) => x.force === force)[0];
      const s = a.steps.filter((x) => x.at.slice(0, 10) <= day).slice(-1)[0];
      return s === undefined ? null : s.content.current;
    };

    for (let m = raised + 1; m <= lastMeeting && content.status !== 'closed'; m++) {
      const day = meetings[m];
      const who = editorFor(t.owner, homeForce, rng);
      const before = content;
      const roll = rng.next();
      if (!joint && roll < 0.3 && content.current !== null && content.inherent !== null && content.target !== null) {
        const next = step(content.current, content.inherent, content.target, rng.next() < 0.65, rng);
        if (next !== null) content = { ...content, current: next };
      } else if (roll < 0.42) {
        content = { ...content, controls: `${content.controls} ${rng.pick(CONTROL_PROGRESS)}`.slice(0, 2000) };
      } else if (roll < 0.5 && content.status === 'proposed') {
        content = { ...content, status: 'open' };
      }
      // Escalation: out of appetite (any force) and not escalated → escalated at about half the meetings.
      const appetiteNow = appetiteAt(day);
      const outNow = (joint ? forces : [homeForce]).some((f) => isOut(content, f, currentOf(f, day), appetiteNow, joint));
      if (outNow && content.escalation === 'none' && rng.next() < 0.3) {
        content = { ...content, escalation: joint ? 'jointChiefOfficers' : 'forceExecutive', escalatedOn: day, escalationNote: rng.pick(ESCALATION_NOTES) };
      } else if (!outNow && content.escalation !== 'none' && rng.next() < 0.5) {
        content = { ...content, escalation: 'none', escalatedOn: null, escalationNote: `${content.escalationNote} Back within appetite.`.trim() };
      }
      // A risk at its target late in the period may be closed.
      const cur = currentOf(homeForce, day);
      const target = joint ? t.target : content.target;
      if (!joint && m >= 7 && closures < 6 && cur !== null && target !== null && scoreValue(cur) <= scoreValue(target) && rng.next() < 0.6) {
        content = { ...content, status: 'closed', closedOn: day, closureNote: rng.pick(CLOSURE_NOTES) };
        closures++;
      }
      if (content === before) continue;
      const red = cur !== null && scoreValue(cur) >= 15;
      content = { ...content, reviewDate: content.status === 'closed' ? content.reviewDate : addDays(day, red ? 14 : 28) };
      steps.push({ at: at(day, 11, rng.int(0, 55)), by: who, content });
    }
    // Every risk raised before the last meeting has been looked at again at least once.
    if (steps.length === 1 && raised < lastMeeting) {
      const m = rng.int(raised + 1, lastMeeting);
      content = { ...content, controls: `${content.controls} ${rng.pick(CONTROL_PROGRESS)}`, reviewDate: addDays(meetings[m], 28) };
      steps.push({ at: at(meetings[m], 11, 30), by: editorFor(t.owner, homeForce, rng), content });
    }

    // Mitigating actions: agreed when raised or soon after; some done, some overdue, some still ahead.
    const closedOn = content.status === 'closed' ? content.closedOn : null;
    const actionees: string[] = [];
    const actions = t.actions.map((title, n) => {
      const agreed = meetings[Math.min(lastMeeting, raised + rng.int(0, 1))];
      const due = addDays(agreed, rng.int(14, 56));
      const actionOwner = rng.next() < 0.5 ? owner : rng.next() < 0.5 ? board(homeForce) : ownerOf(t.owner === 'board' ? 'owner' : 'board', homeForce);
      if (actionees.indexOf(actionOwner) < 0) actionees.push(actionOwner);
      let a: IActionContent = { title, riskIds: [], ownerUpn: actionOwner, force: joint ? JOINT : homeForce, dueDate: due, status: 'notStarted', completedOn: null, notes: '', meetingId: null };
      const aSteps: Array<IDemoStep<IActionContent>> = [{ at: at(agreed, 11, 40 + n), by: board(homeForce), content: a }];
      // Its later versions, in time order: started, then done (or cancelled when the risk closed first).
      const doneBy = addDays(due, -rng.int(0, 6));
      const done = due < today && doneBy < today && rng.next() < 0.78 ? doneBy : null;
      const cancelled = done === null && closedOn !== null && closedOn !== undefined && closedOn >= agreed ? closedOn : null;
      const started = addDays(agreed, rng.int(1, 7));
      if (started < today && started < (done ?? cancelled ?? today) && rng.next() < 0.7) {
        a = { ...a, status: 'inProgress', notes: 'Under way.' };
        aSteps.push({ at: at(started, 14), by: board(homeForce), content: a });
      }
      if (done !== null) {
        a = { ...a, status: 'done', completedOn: done, notes: 'Done and reported to the board.' };
        aSteps.push({ at: at(done, 15), by: board(homeForce), content: a });
      } else if (cancelled !== null) {
        a = { ...a, status: 'cancelled', notes: 'Risk closed.' };
        aSteps.push({ at: at(cancelled, 12), by: board(homeForce), content: a });
      }
      return { clientId: `demo-action:${seedRisk.reference.toLowerCase()}:${n + 1}`, steps: aSteps };
    });
    // The actionees were named when the actions were agreed (the creation version carries them).
    if (actionees.length > 0) steps.forEach((s) => (s.content = { ...s.content, actionees: [...actionees] }));

    return { key: seedRisk.key, reference: seedRisk.reference, clientId: seedRisk.clientId, steps, assessments, actions };
  });

  // The RAID log, linked to a risk of the same topic (the same force's where there is one).
  const counters = new Map<RaidType, number>();
  const PREFIX: Readonly<Record<RaidType, string>> = { action: 'A', issue: 'I', assumption: 'AS', dependency: 'DP', decision: 'D' };
  const raid = RAID_TEMPLATES.map((r): IDemoRaidPlan => {
    const n = (counters.get(r.type) ?? 0) + 1;
    counters.set(r.type, n);
    const reference = `${PREFIX[r.type]}-${String(n).padStart(2, '0')}`;
    const logged = meetings[r.meeting];
    const force: Force = r.force === 'Joint' ? (n % 2 === 0 ? 'Essex' : 'Kent') : r.force;
    const candidates = risks.filter((x) => {
      const c = x.steps[0].content;
      return c.category === r.category && x.steps[0].at.slice(0, 10) <= logged;
    });
    const linked = candidates.filter((x) => x.steps[0].content.force === r.force)[0] ?? candidates[0];
    let content: IRaidContent = {
      reference,
      type: r.type,
      title: r.title,
      description: r.description,
      category: r.category,
      force: r.force,
      ownerUpn: board(force),
      raisedOn: logged,
      dueDate: r.dueInDays === null ? null : addDays(logged, r.dueInDays),
      status: 'open',
      closedOn: null,
      priority: r.priority,
      riskIds: [],
      meetingId: null,
      meetingDate: logged,
      resolution: ''
    };
    const steps: Array<IDemoStep<IRaidContent>> = [];
    if (r.closedAfter === 0) {
      content = { ...content, status: 'closed', closedOn: logged, resolution: r.resolution };
      steps.push({ at: at(logged, 12, n), by: board(force), content });
    } else {
      steps.push({ at: at(logged, 12, n), by: board(force), content });
      const closing = r.closedAfter === null ? null : meetings[r.meeting + r.closedAfter];
      if (closing !== null && closing !== undefined && closing < today) {
        content = { ...content, status: 'closed', closedOn: closing, resolution: r.resolution };
        steps.push({ at: at(closing, 12, 30), by: board(force), content });
      } else if (r.type === 'action' || r.type === 'issue') {
        const started = addDays(logged, 2);
        if (started < today && n % 3 !== 0) {
          content = { ...content, status: 'inProgress' };
          steps.push({ at: at(started, 9), by: board(force), content });
        }
      }
    }
    return { clientId: `demo-raid:${reference.toLowerCase()}`, riskKeys: linked === undefined ? [] : [linked.key], steps };
  });

  return { meetings, appetites, risks, raid };
}

/**
 * The register as it stood at an instant, from the plan: each item's latest version by then, with the item
 * ids the slice gives them (each list's items are numbered in creation order from 1, as on the empty lists
 * the demo seeds). The board cycle's demo (issue 10) freezes its weekly snapshots from this.
 */
export function registerAsOf(plan: IDemoRegisterPlan, instant: string): IRegisterData {
  type Created = { at: string; order: number };
  let order = 0;
  const numbered = <T extends Created>(items: T[]): Map<T, number> => {
    const ranked = items.slice().sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
    return new Map(ranked.map((x, i) => [x, i + 1]));
  };
  const latest = <T>(steps: ReadonlyArray<IDemoStep<T>>): { step: IDemoStep<T>; version: number } | null => {
    const upTo = steps.filter((s) => s.at <= instant);
    return upTo.length === 0 ? null : { step: upTo[upTo.length - 1], version: upTo.length };
  };
  const stamped = (id: number, steps: ReadonlyArray<IDemoStep<unknown>>, l: { step: IDemoStep<unknown>; version: number }): IStamped => ({
    id,
    etag: `"${l.version}"`,
    createdAt: new Date(steps[0].at).toISOString(),
    modifiedAt: new Date(l.step.at).toISOString(),
    author: null,
    editor: null
  });
  const appetiteRows = plan.appetites.map((a) => ({ a, at: a.steps[0].at, order: order++ }));
  const riskRows: Array<{ r: IDemoRiskPlan; at: string; order: number }> = [];
  const assessmentRows: Array<{ r: IDemoRiskPlan; a: IDemoRiskPlan['assessments'][number]; at: string; order: number }> = [];
  const actionRows: Array<{ r: IDemoRiskPlan; a: IDemoRiskPlan['actions'][number]; at: string; order: number }> = [];
  for (const r of plan.risks) {
    riskRows.push({ r, at: r.steps[0].at, order: order++ });
    r.assessments.forEach((a) => assessmentRows.push({ r, a, at: a.steps[0].at, order: order++ }));
    r.actions.forEach((a) => actionRows.push({ r, a, at: a.steps[0].at, order: order++ }));
  }
  const raidRows = plan.raid.map((x) => ({ x, at: x.steps[0].at, order: order++ }));
  const riskId = numbered(riskRows);
  const idOfRisk = new Map(riskRows.map((row) => [row.r.key, riskId.get(row) as number]));
  const out: IRegisterData = { risks: [], assessments: [], actions: [], raid: [], appetites: [] };
  numbered(appetiteRows).forEach((id, row) => {
    const l = latest(row.a.steps);
    if (l !== null) out.appetites.push({ ...l.step.content, ...stamped(id, row.a.steps, l) });
  });
  riskId.forEach((id, row) => {
    const l = latest(row.r.steps);
    if (l !== null) out.risks.push({ ...l.step.content, ...stamped(id, row.r.steps, l) });
  });
  numbered(assessmentRows).forEach((id, row) => {
    const l = latest(row.a.steps);
    if (l !== null) out.assessments.push({ ...l.step.content, riskId: idOfRisk.get(row.r.key) as number, ...stamped(id, row.a.steps, l) });
  });
  numbered(actionRows).forEach((id, row) => {
    const l = latest(row.a.steps);
    if (l !== null) out.actions.push({ ...l.step.content, riskIds: [idOfRisk.get(row.r.key) as number], ...stamped(id, row.a.steps, l) });
  });
  numbered(raidRows).forEach((id, row) => {
    const l = latest(row.x.steps);
    if (l !== null) out.raid.push({ ...l.step.content, riskIds: row.x.riskKeys.map((k) => idOfRisk.get(k) as number), ...stamped(id, row.x.steps, l) });
  });
  (Object.keys(out) as Array<keyof IRegisterData>).forEach((k) => (out[k] as Array<{ id: number }>).sort((a, b) => a.id - b.id));
  return out;
}

/** A write the slice makes into the store, in time order. */
interface IWrite {
  at: string;
  by: string;
  run: () => void;
}

export const riskSlice: IDemoSlice = {
  name: 'risks',
  seed(ctx: IDemoContext) {
    const web = ctx.dataWeb;
    const list = (url: string): NonNullable<ReturnType<typeof web.getListByUrl>> => {
      const found = web.getListByUrl(`${web.serverRelativeUrl}/${url}`);
      if (!found) throw new Error('The risk register lists do not exist: run provisioning before seeding');
      return found;
    };
    const risksList = list(RisksList.url);
    const assessmentsList = list(RiskAssessmentsList.url);
    const actionsList = list(RiskActionsList.url);
    const raidList = list(RaidItemsList.url);
    const appetiteList = list(RiskAppetiteList.url);
    if (risksList.itemCount > 0) return { items: 0 };

    const site = ctx.security.site(web.serverRelativeUrl);
    const userIds = new Map<string, number>();
    const userId = (upn: string): number => {
      let id = userIds.get(upn);
      if (id === undefined) {
        id = site.userByUpn(upn)?.id ?? ctx.ownerId;
        userIds.set(upn, id);
      }
      return id;
    };
    const stamp = (s: { at: string; by: string }): { userId: number; now: Date } => ({ userId: userId(s.by), now: new Date(s.at) });

    const plan = demoRiskPlan(ctx.today);
    const riskIds = new Map<string, number>();
    const writes: IWrite[] = [];
    let created = 0;
    /** Queues an item's versions: its create, then each update, at their own times. */
    const item = <T>(steps: ReadonlyArray<IDemoStep<T>>, store: typeof risksList, values: (content: T, first: boolean) => Record<string, unknown>, onCreate?: (id: number) => void): void => {
      let id = 0;
      let held: Record<string, unknown> = {};
      steps.forEach((s, i) => {
        writes.push({
          at: s.at,
          by: s.by,
          run: () => {
            const next = values(s.content, i === 0);
            if (i === 0) {
              id = store.addItem(next, stamp(s)).Id;
              created++;
              onCreate?.(id);
            } else {
              // Only the columns this version changes (as the app's MERGE would send): half the store work.
              const changed: Record<string, unknown> = {};
              for (const column of Object.keys(next)) if (JSON.stringify(next[column]) !== JSON.stringify(held[column])) changed[column] = next[column];
              store.updateItem(id, changed, stamp(s));
            }
            held = next;
          }
        });
      });
    };

    plan.appetites.forEach((a) => item(a.steps, appetiteList, (c, first) => ({ ...toWire(RiskAppetiteList, { ...appetiteToFields(c), ...(first ? { clientId: a.clientId } : {}) }) })));
    for (const r of plan.risks) {
      item(r.steps, risksList, (c, first) => ({ ...toWire(RisksList, { ...riskValues(c), ...(first ? { clientId: r.clientId } : {}) }) }), (id) => riskIds.set(r.key, id));
      for (const a of r.assessments) {
        item(a.steps, assessmentsList, (c, first) => {
          const riskId = riskIds.get(r.key) as number;
          return { ...toWire(RiskAssessmentsList, { ...assessmentToFields(riskId, c), title: `${r.reference} \u2014 ${c.force}`, ...(first ? { clientId: assessmentClientId(riskId, c.force) } : {}) }) };
        });
      }
      for (const a of r.actions) {
        item(a.steps, actionsList, (c, first) => ({ ...toWire(RiskActionsList, { ...actionToFields({ ...c, riskIds: [riskIds.get(r.key) as number] }), ...(first ? { clientId: a.clientId } : {}) }) }));
      }
    }
    for (const x of plan.raid) {
      item(x.steps, raidList, (c, first) => ({ ...toWire(RaidItemsList, { ...raidToFields({ ...c, riskIds: x.riskKeys.map((k) => riskIds.get(k) as number) }), ...(first ? { clientId: x.clientId } : {}) }) }));
    }
    // In time order (stable: a risk is queued before its assessments, actions and RAID links at the same instant).
    writes
      .map((w, i) => ({ w, i }))
      .sort((a, b) => a.w.at.localeCompare(b.w.at) || a.i - b.i)
      .forEach(({ w }) => w.run());
    return { items: created };
  }
};
