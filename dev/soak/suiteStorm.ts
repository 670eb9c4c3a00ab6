import { startSuiteEmulator } from '../../src/data/testing/suiteEmulator';
import { emulatorSite, type RunningEmulatorLike } from '../../src/data/testing/emulator';
import { createItem, createItems } from '../../src/data/writes';
import { collectPages, scanByIdRange } from '../../src/data/paging';
import { ConflictError } from '../../src/data/errors';
import type { DataSite } from '../../src/data/sp';
import { TrainingRepository } from '../../src/data/TrainingRepository';
import { CatalogueRepository } from '../../src/data/CatalogueRepository';
import { RiskRepository } from '../../src/data/RiskRepository';
import { SurveyRepository, type ISurvey } from '../../src/data/SurveyRepository';
import { CatalogueEntriesList, PeopleList, SurveyResponsesList, SurveysList, TrainingCompletionsList, TrainingModulesList } from '../../src/lists';
import type { ICatalogueEntry } from '../../src/domain/catalogue/types';
import type { IActor } from '../../src/domain/catalogue/lifecycle';
import type { RunningEmulator } from '../emulator/server';
import type { ITrainingModule } from '../../src/domain/training/types';
import type { IRisk } from '../../src/domain/risks/types';
import type { IWave } from '../../src/domain/survey/types';
import { content } from '../../src/domain/catalogue/testing';
import { learner as learnerFixture } from '../../src/domain/training/testing';
import { risk as riskFixture } from '../../src/domain/risks/testing';
import { copilotTemplate } from '../../src/domain/survey/template';
import { copilotAnswers, unit } from '../../src/domain/survey/testing';
import { Rng } from '../demo/rng';

/**
 * A throttling storm across the four parts, through their real repositories and SharePoint's permissions
 * (the suite set up by the real provisioning code): learners complete training and answer the survey,
 * colleagues submit catalogue entries and champions approve them, board members edit risks, several at a
 * time, while the emulator answers a share of requests 429 or 503 (with Retry-After) and drops
 * connections before and after writes commit. Afterwards every list must hold exactly what the users were
 * told: nothing lost, nothing twice, no value but one a user wrote; two board members editing one risk at
 * once always meet a conflict, never a silent overwrite.
 */
export interface ISuiteStormOptions {
  operations: number;
  concurrency: number;
  throttleRate: number;
  dropRate: number;
  seed: number;
  /** Learners (default 60): each completes modules, answers the survey once and may submit entries. */
  learners?: number;
}

export type StormOperation = 'completeTraining' | 'submitEntry' | 'approveEntry' | 'editRisk' | 'respondToSurvey';

export interface ISuiteStormResult {
  operations: number;
  /** Operations by kind, and how many the user was told succeeded. */
  done: Record<StormOperation, { tried: number; succeeded: number }>;
  throttled: { 429: number; 503: number };
  droppedBeforeCommit: number;
  droppedAfterCommit: number;
  /** Edits that met another user's change (412): detected, shown, nothing overwritten. */
  conflictsDetected: number;
  /** Operations the user was told failed, by error type (the data layer's typed errors). */
  failures: Record<string, number>;
  lostWrites: number;
  duplicates: number;
  wrongValues: number;
  seconds: number;
}

const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T10:00:00Z`);
const OWNER = 'storm.owner@policing.example';
const CHAMPIONS = ['storm.champion.1@policing.example', 'storm.champion.2@policing.example'];
/** The risk fixtures' Kent owner: a board member. */
const BOARD = 'kent.board@policing.example';
const MODULES = 4;
const RISKS = 6;
const WAVE: IWave = { id: 'month1', questionnaireId: 'copilot-evaluation', kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-30' };

const WEIGHTS: Readonly<Record<StormOperation, number>> = { completeTraining: 30, submitEntry: 20, approveEntry: 15, editRisk: 20, respondToSurvey: 15 };

const learnerUpn = (i: number): string => `storm.learner.${i}@policing.example`;

interface IState {
  site: (upn: string) => DataSite;
  userIds: Map<string, number>;
  modules: ITrainingModule[];
  survey: ISurvey;
  /** Each (learner, module) completes once; each learner answers the survey once. */
  trainingPairs: Array<[number, number]>;
  respondents: number[];
  /** Submitted entries waiting for a champion (each approved at most once). */
  toApprove: ICatalogueEntry[];
  /** The newest version of each risk a board member has seen. */
  risks: IRisk[];
}

async function setUp(emu: RunningEmulatorLike, learners: number, rng: Rng): Promise<IState> {
  const site = (upn: string): DataSite => emulatorSite(emu, upn);
  const owner = site(OWNER);
  await createItems(
    owner,
    PeopleList,
    Array.from({ length: learners }, (_x, i) => ({ displayName: `Storm learner ${i}`, upn: learnerUpn(i), force: i % 2 ? 'Kent' : 'Essex', department: 'Response', jobTitle: 'Constable' }))
  );
  for (let m = 0; m < MODULES; m++) {
    await createItem(owner, TrainingModulesList, { title: `Storm module ${m}`, key: `storm-${m}`, description: 'A module.', mandatory: true, active: true, dueWithinDays: 30, assignedOn: '2026-10-01' });
  }
  await createItem(owner, SurveysList, { title: 'Storm evaluation', key: 'storm-evaluation', questionnaire: JSON.stringify(copilotTemplate()), waves: JSON.stringify([WAVE]), minGroupSize: 10 });
  const userIds = new Map<string, number>();
  for (const upn of [...Array.from({ length: learners }, (_x, i) => learnerUpn(i)), ...CHAMPIONS]) {
    userIds.set(upn, ((await site(upn).sp.web.currentUser.select('Id')()) as { Id: number }).Id);
  }
  const board = new RiskRepository(site(BOARD), { now: () => NOW });
  const risks: IRisk[] = [];
  for (let r = 0; r < RISKS; r++) risks.push((await board.createRisk(riskFixture({ reference: `K-CG-${71 + r}`, title: `Storm risk ${r}` }))).risk);
  const modules = await new TrainingRepository(site(OWNER)).modules();
  const survey = (await new SurveyRepository(site(OWNER), { now: () => NOW }).surveys())[0];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < learners; i++) for (let m = 0; m < MODULES; m++) pairs.push([i, m]);
  return { site, userIds, modules, survey, trainingPairs: shuffle(pairs, rng), respondents: shuffle(Array.from({ length: learners }, (_x, i) => i), rng), toApprove: [], risks };
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export async function runSuiteStorm(options: ISuiteStormOptions): Promise<ISuiteStormResult> {
  const learners = options.learners ?? 60;
  // The suite helper types the emulator loosely (src must not import dev/); this is the full server.
  const emu = (await startSuiteEmulator({ upn: OWNER, title: 'Storm owner' }, [
    ...Array.from({ length: learners }, (_x, i) => ({ upn: learnerUpn(i), title: `Storm learner ${i}`, groups: ['workforce' as const] })),
    ...CHAMPIONS.map((upn, i) => ({ upn, title: `Storm champion ${i}`, groups: ['workforce' as const, 'champions' as const] })),
    { upn: BOARD, title: 'Storm board member', groups: ['workforce', 'programme'] }
  ])) as unknown as RunningEmulator;
  const started = Date.now();
  try {
    const rng = new Rng(options.seed);
    const state = await setUp(emu, learners, rng);

    // What the lists must hold. A write the user was told failed may or may not have landed (its answer
    // was lost), so "at most once" is all that can be asked of it; a success must be there exactly once.
    const completions = { sure: new Set<string>(), maybe: new Set<string>() };
    const entries = { sure: new Set<string>(), maybe: new Set<string>(), approved: new Set<string>(), maybeApproved: new Set<string>() };
    const responses = { sure: new Set<string>(), maybe: new Set<string>() };
    const riskTitles = new Map<number, Set<string>>(state.risks.map((r) => [r.id, new Set([r.title])]));
    const done = Object.fromEntries(Object.keys(WEIGHTS).map((k) => [k, { tried: 0, succeeded: 0 }])) as ISuiteStormResult['done'];
    const failures: Record<string, number> = {};
    let conflicts = 0;
    const failed = (error: unknown): void => {
      const name = error instanceof Error ? error.constructor.name : typeof error;
      failures[name] = (failures[name] ?? 0) + 1;
    };

    /** A version of a risk read from the server after a conflict: the newest there was when read. */
    const remember = (at: number, latest: IRisk): void => {
      state.risks[at] = latest;
    };

    const operation = async (n: number, kind: StormOperation): Promise<boolean> => {
      switch (kind) {
        case 'completeTraining': {
          const pair = state.trainingPairs.pop();
          if (pair === undefined) return false;
          const [i, m] = pair;
          const upn = learnerUpn(i);
          const key = `${upn}|${state.modules[m].key}`;
          try {
            await new TrainingRepository(state.site(upn)).record(learnerFixture({ upn, force: i % 2 ? 'Kent' : 'Essex' }), state.modules[m], { attestation: 'I have read it.', score: undefined }, [], TODAY);
            completions.sure.add(key);
            return true;
          } catch (error) {
            completions.maybe.add(key);
            throw error;
          }
        }
        case 'submitEntry': {
          const upn = learnerUpn(n % learners);
          const title = `Storm entry ${n}`;
          const actor: IActor = { upn, userId: state.userIds.get(upn) as number, isChampion: false };
          try {
            const entry = await new CatalogueRepository(state.site(upn), { now: () => NOW }).submit(actor, content({ title, ownerUpn: upn, force: 'Kent' }));
            entries.sure.add(title);
            state.toApprove.push(entry);
            return true;
          } catch (error) {
            entries.maybe.add(title);
            throw error;
          }
        }
        case 'approveEntry': {
          const entry = state.toApprove.shift();
          if (entry === undefined) return false;
          const upn = CHAMPIONS[n % CHAMPIONS.length];
          const actor: IActor = { upn, userId: state.userIds.get(upn) as number, isChampion: true };
          try {
            await new CatalogueRepository(state.site(upn), { now: () => NOW }).approve(actor, entry);
            entries.approved.add(entry.title);
            return true;
          } catch (error) {
            entries.maybeApproved.add(entry.title);
            throw error;
          }
        }
        case 'editRisk': {
          // The board member edits the version they last saw; another edit may have landed meanwhile.
          const at = Math.floor(rng.next() * state.risks.length);
          const seen = state.risks[at];
          const title = `Storm risk ${at}, edit ${n}`;
          const repository = new RiskRepository(state.site(BOARD), { now: () => NOW });
          try {
            const saved = await repository.updateRisk(seen, { ...seen, title });
            riskTitles.set(seen.id, new Set([title]));
            if (state.risks[at] === seen) state.risks[at] = saved;
            return true;
          } catch (error) {
            if (error instanceof ConflictError) {
              // Detected, not overwritten: the user is shown the newer version and edits that.
              conflicts++;
              const latest = await repository.latest(seen.id).catch(() => undefined);
              if (latest !== undefined) remember(at, latest);
            } else {
              riskTitles.get(seen.id)?.add(title);
            }
            throw error;
          }
        }
        case 'respondToSurvey': {
          const i = state.respondents.pop();
          if (i === undefined) return false;
          const upn = learnerUpn(i);
          try {
            await new SurveyRepository(state.site(upn), { now: () => NOW }).submit(state.survey, WAVE, { upn, unit: unit({ force: i % 2 ? 'Kent' : 'Essex' }) }, copilotAnswers());
            responses.sure.add(upn);
            return true;
          } catch (error) {
            responses.maybe.add(upn);
            throw error;
          }
        }
      }
    };

    // The emulator keeps its newest 10,000 requests: count the injected faults as the storm goes.
    const faults = { 429: 0, 503: 0, before: 0, after: 0 };
    let counted = 0;
    const countFaults = (): void => {
      for (const entry of emu.log.entries(counted)) {
        counted = Math.max(counted, entry.seq);
        if (entry.fault === undefined) continue;
        if (/throttle/.test(entry.fault)) faults[entry.status === 503 ? 503 : 429]++;
        else if (/before/.test(entry.fault)) faults.before++;
        else if (/after/.test(entry.fault)) faults.after++;
      }
    };

    let next = 0;
    const kinds = Object.keys(WEIGHTS) as StormOperation[];
    const worker = async (): Promise<void> => {
      while (next < options.operations) {
        const n = next++;
        if (n % 250 === 0) countFaults();
        // Half the storm is answered 429 (too many requests), the other half 503 (server too busy).
        if (n === 0 || n === Math.floor(options.operations / 2)) {
          emu.faults.set({
            seed: options.seed + n,
            throttleRate: options.throttleRate,
            throttleStatus: n === 0 ? 429 : 503,
            retryAfterSeconds: 0,
            dropBeforeCommitRate: options.dropRate / 2,
            dropAfterCommitRate: options.dropRate / 2
          });
        }
        let kind = rng.weighted(WEIGHTS as Record<string, number>) as StormOperation;
        // An operation with nothing left to act on becomes an edit: every operation does something.
        if ((kind === 'approveEntry' && state.toApprove.length === 0) || (kind === 'completeTraining' && state.trainingPairs.length === 0) || (kind === 'respondToSurvey' && state.respondents.length === 0)) {
          kind = kinds[kinds.indexOf('editRisk')];
        }
        done[kind].tried++;
        try {
          if (await operation(n, kind)) done[kind].succeeded++;
        } catch (error) {
          failed(error);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));

    countFaults();
    emu.faults.reset();

    // What the lists hold, read as the site owner (exempt from item-level security) with no faults.
    const owner = state.site(OWNER);
    let lost = 0;
    let twice = 0;
    let wrong = 0;
    const tally = (keys: readonly string[]): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      return counts;
    };
    const check = (counts: Map<string, number>, sure: Set<string>, maybe: Set<string>): void => {
      for (const k of sure) if (!counts.has(k)) lost++;
      for (const [k, c] of counts) {
        if (c > 1) twice += c - 1;
        if (!sure.has(k) && !maybe.has(k)) twice += c;
      }
    };
    const storedCompletions = await collectPages(scanByIdRange(owner, TrainingCompletionsList));
    check(tally(storedCompletions.map((c) => `${c.upn}|${c.moduleKey}`)), completions.sure, completions.maybe);
    const storedEntries = (await collectPages(scanByIdRange(owner, CatalogueEntriesList))).filter((e) => e.title.startsWith('Storm entry'));
    check(tally(storedEntries.map((e) => e.title)), entries.sure, entries.maybe);
    const published = new Set((await new CatalogueRepository(owner).publishedEntries()).map((e) => e.title));
    for (const title of entries.approved) if (!published.has(title)) wrong++;
    for (const title of published) if (title.startsWith('Storm entry') && !entries.approved.has(title) && !entries.maybeApproved.has(title)) wrong++;
    const storedResponses = await collectPages(scanByIdRange(owner, SurveyResponsesList));
    check(tally(storedResponses.map((r) => r.upn)), responses.sure, responses.maybe);
    for (const r of storedResponses) if (responses.sure.has(r.upn) && r.status !== 'submitted') wrong++;
    const register = await new RiskRepository(owner, { now: () => NOW }).register();
    for (const r of register.risks) {
      const allowed = riskTitles.get(r.id);
      if (allowed === undefined) twice++;
      else if (!allowed.has(r.title)) wrong++;
    }
    if (register.risks.length !== RISKS) lost += Math.max(0, RISKS - register.risks.length);

    return {
      operations: options.operations,
      done,
      throttled: { 429: faults[429], 503: faults[503] },
      droppedBeforeCommit: faults.before,
      droppedAfterCommit: faults.after,
      conflictsDetected: conflicts,
      failures,
      lostWrites: lost,
      duplicates: twice,
      wrongValues: wrong,
      seconds: (Date.now() - started) / 1000
    };
  } finally {
    await emu.close();
  }
}
