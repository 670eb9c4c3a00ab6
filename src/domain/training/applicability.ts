import type { IAudience, ILearner, ITrainingModule } from './types';

function norm(value: string): string {
  return value.trim().toLowerCase();
}

function matches(allowed: readonly string[] | undefined, value: string): boolean {
  if (!allowed || allowed.length === 0) return true;
  const v = norm(value);
  return allowed.some((a) => norm(a) === v);
}

/** Whether an audience includes a learner (every listed dimension must match). */
export function inAudience(audience: IAudience, learner: ILearner): boolean {
  return (
    matches(audience.forces, learner.force) &&
    matches(audience.departments, learner.department) &&
    matches(audience.workerTypes, learner.workerType) &&
    matches(audience.grades, learner.grade) &&
    matches(audience.jobTitles, learner.jobTitle)
  );
}

/**
 * Whether a module applies to a learner on a given day: it is active, the learner is in its audience and
 * has not left. Computed from rules every time, never stored as one row per person per module.
 */
export function appliesTo(module: ITrainingModule, learner: ILearner, today: string): boolean {
  if (!module.active) return false;
  if (learner.leaveDate !== undefined && learner.leaveDate <= today) return false;
  return inAudience(module.audience, learner);
}

export function applicableModules(modules: readonly ITrainingModule[], learner: ILearner, today: string): ITrainingModule[] {
  return modules.filter((m) => appliesTo(m, learner, today));
}
