import { appliesTo } from './applicability';
import { addDays, addMonths, daysBetween, laterOf } from './days';
import type { Day, ICompletion, ILearner, IModuleStatus, IStatusOptions, ITrainingModule, ModuleState } from './types';

export const DEFAULT_DUE_SOON_DAYS: number = 14;

/** The day from which the current cycle of a module is assigned: its publication, or its current policy version's. */
export function assignedOn(module: ITrainingModule): Day {
  return module.policy ? (laterOf(module.assignedOn, module.policy.publishedOn) as Day) : module.assignedOn;
}

/**
 * Whether a completion counts for a module: a passed knowledge check where the module has one, and an
 * attestation to the current policy version where it is a policy module.
 */
export function counts(module: ITrainingModule, completion: ICompletion): boolean {
  if (completion.moduleKey !== module.key) return false;
  if (module.knowledgeCheck && (completion.score === undefined || completion.score < module.knowledgeCheck.passMark)) return false;
  if (module.policy && (completion.policyVersion === undefined || completion.policyVersion < module.policy.version)) return false;
  return true;
}

/** The latest counting completion of a module among a learner's records (any order). */
export function latestCounting(module: ITrainingModule, completions: readonly ICompletion[]): ICompletion | undefined {
  let best: ICompletion | undefined;
  for (const c of completions) {
    if (counts(module, c) && (!best || c.completedOn > best.completedOn)) best = c;
  }
  return best;
}

/** Done until (exclusive) when the module must be refreshed; undefined when once is enough. */
export function validUntil(module: ITrainingModule, completion: ICompletion): Day | undefined {
  return module.refreshMonths === undefined ? undefined : addMonths(completion.completedOn, module.refreshMonths);
}

/** The first day a learner is due to have done a module they have not (validly) done. */
export function firstDueOn(module: ITrainingModule, learner: ILearner): Day {
  return addDays(laterOf(learner.startDate, assignedOn(module)) as Day, module.dueWithinDays);
}

export function stateFor(dueOn: Day, today: Day, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): Exclude<ModuleState, 'done'> {
  const days = daysBetween(today, dueOn);
  if (days < 0) return 'overdue';
  return days <= dueSoonDays ? 'dueSoon' : 'upcoming';
}

/**
 * Where a learner stands on one module today. Returns undefined when the module does not apply to them.
 * `completions` may hold any of the learner's records (other modules and failed attempts are ignored).
 */
export function moduleStatus(
  module: ITrainingModule,
  learner: ILearner,
  completions: readonly ICompletion[],
  today: Day,
  options: IStatusOptions = {}
): IModuleStatus | undefined {
  if (!appliesTo(module, learner, today)) return undefined;
  const soon = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const completion = latestCounting(module, completions.filter((c) => c.upn === learner.upn));
  if (completion) {
    const until = validUntil(module, completion);
    if (until === undefined || today < until) {
      return { moduleKey: module.key, state: 'done', dueOn: until, validUntil: until, completion };
    }
    // Expired: due again from the day it ran out.
    return { moduleKey: module.key, state: stateFor(until, today, soon), dueOn: until, validUntil: until, completion };
  }
  const dueOn = firstDueOn(module, learner);
  return { moduleKey: module.key, state: stateFor(dueOn, today, soon), dueOn, validUntil: undefined, completion: undefined };
}

/** Every applicable module's status for one learner, mandatory first, then by due day. */
export function myTraining(
  modules: readonly ITrainingModule[],
  learner: ILearner,
  completions: readonly ICompletion[],
  today: Day,
  options: IStatusOptions = {}
): IModuleStatus[] {
  const mandatory = new Set(modules.filter((m) => m.mandatory).map((m) => m.key));
  return modules
    .map((m) => moduleStatus(m, learner, completions, today, options))
    .filter((s): s is IModuleStatus => s !== undefined)
    .sort((a, b) => {
      const byMandatory = Number(mandatory.has(b.moduleKey)) - Number(mandatory.has(a.moduleKey));
      if (byMandatory !== 0) return byMandatory;
      return (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31');
    });
}

/**
 * Knowledge check attempts used in the current cycle (failed attempts since the cycle began) and whether
 * another is allowed.
 */
export function attempts(module: ITrainingModule, learner: ILearner, completions: readonly ICompletion[]): { used: number; allowed: boolean } {
  if (!module.knowledgeCheck) return { used: 0, allowed: true };
  const cycleStart = assignedOn(module);
  const last = latestCounting(module, completions);
  const since = last && validUntil(module, last) !== undefined ? (laterOf(cycleStart, validUntil(module, last)) as Day) : cycleStart;
  const used = completions.filter(
    (c) => c.upn === learner.upn && c.moduleKey === module.key && c.completedOn >= since && !counts(module, c)
  ).length;
  const max = module.knowledgeCheck.maxAttempts;
  return { used, allowed: max === undefined || used < max };
}

export interface ILicenceReadiness {
  ready: boolean;
  /** Mandatory modules not done today. */
  outstanding: string[];
}

/** A learner may be given a Copilot licence once every mandatory module that applies to them is done. */
export function licenceReadiness(modules: readonly ITrainingModule[], learner: ILearner, completions: readonly ICompletion[], today: Day): ILicenceReadiness {
  // A leaver is never licence-ready, whatever they completed.
  if (learner.leaveDate !== undefined && learner.leaveDate <= today) return { ready: false, outstanding: [] };
  const outstanding = modules
    .filter((m) => m.mandatory)
    .map((m) => moduleStatus(m, learner, completions, today))
    .filter((s): s is IModuleStatus => s !== undefined && s.state !== 'done')
    .map((s) => s.moduleKey);
  return { ready: outstanding.length === 0, outstanding };
}
