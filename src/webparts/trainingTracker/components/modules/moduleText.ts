/**
 * The words of module management: problems of a draft, summaries of a module for the list, and the
 * element ids the problem summary links to. Pure functions of the localised strings.
 */
import * as strings from 'SuiteStrings';
import type { DraftPath, IDraftProblem } from '../../../../domain/training/moduleDraft';
import { addDays } from '../../../../domain/training/days';
import { assignedOn } from '../../../../domain/training/status';
import type { ITrainingModule, WorkerType } from '../../../../domain/training/types';
import { formatDay, formatText } from '../../../../ui/format/text';

/** The element id of the control a problem belongs to (ids may not contain dots in CSS selectors). */
export function fieldId(idPrefix: string, path: DraftPath | string): string {
  return `${idPrefix}-module-${path.replace(/\./g, '-')}`;
}

/** The localised message of a draft problem, shown on its field. */
export function problemMessage(problem: IDraftProblem, exampleDay: string): string {
  switch (problem.code) {
    case 'required':
      return strings.TrainingModulesProblemRequired;
    case 'tooLong':
      return formatText(strings.TrainingModulesProblemTooLong, problem.max ?? 255);
    case 'keyFormat':
      return formatText(strings.TrainingModulesProblemKeyFormat, problem.max ?? 64);
    case 'keyTaken':
      return strings.TrainingModulesProblemKeyTaken;
    case 'httpsUrl':
      return strings.TrainingModulesProblemHttpsUrl;
    case 'wholeNumber':
      return formatText(strings.TrainingModulesProblemWholeNumber, problem.min ?? 0, problem.max ?? 0);
    case 'date':
      return formatText(strings.TrainingModulesProblemDate, exampleDay);
    case 'noQuestions':
      return strings.TrainingModulesProblemNoQuestions;
    case 'tooFewOptions':
      return formatText(strings.TrainingModulesProblemTooFewOptions, problem.min ?? 2);
    case 'noAnswer':
      return strings.TrainingModulesProblemNoAnswer;
  }
}

const FIELD_LABELS: Record<string, string> = {
  title: strings.TrainingModulesFieldTitle,
  key: strings.TrainingModulesFieldKey,
  contentUrl: strings.TrainingModulesFieldContentUrl,
  durationMinutes: strings.TrainingModulesFieldDuration,
  sortOrder: strings.TrainingModulesFieldSortOrder,
  forces: strings.TrainingModulesFieldForces,
  dueWithinDays: strings.TrainingModulesFieldDueWithinDays,
  assignedOn: strings.TrainingModulesFieldAssignedOn,
  refreshMonths: strings.TrainingModulesFieldRefreshMonths,
  passMark: strings.TrainingModulesFieldPassMark,
  maxAttempts: strings.TrainingModulesFieldMaxAttempts,
  questions: strings.TrainingModulesQuestionsHeading
};

/** Where a problem is, in words: "Pass mark (%)", "Question 2", "Question 2, option 1". */
export function problemPlace(path: DraftPath): string {
  const option = /^questions\.(\d+)\.options\.(\d+)$/.exec(path);
  if (option) return formatText(strings.TrainingModulesOptionLabel, Number(option[2]) + 1, Number(option[1]) + 1);
  const question = /^questions\.(\d+)\./.exec(path);
  if (question) return formatText(strings.TrainingModulesQuestionLabel, Number(question[1]) + 1);
  return FIELD_LABELS[path] ?? path;
}

const WORKER_TYPE_LABELS: Record<WorkerType, string> = {
  Officer: strings.TrainingModulesWorkerOfficer,
  Staff: strings.TrainingModulesWorkerStaff,
  PCSO: strings.TrainingModulesWorkerPcso,
  Special: strings.TrainingModulesWorkerSpecial,
  Other: strings.TrainingModulesWorkerOther
};

export function workerTypeLabel(type: WorkerType): string {
  return WORKER_TYPE_LABELS[type] ?? type;
}

/** Who a module applies to, in one line: "Forces: Kent · Worker types: Officer, PCSO", or "Everyone". */
export function audienceSummary(module: ITrainingModule): string {
  const a = module.audience;
  const parts: string[] = [];
  const add = (template: string, values: readonly string[] | undefined): void => {
    if (values && values.length > 0) parts.push(formatText(template, values.join(', ')));
  };
  add(strings.TrainingModulesAudienceForces, a.forces);
  add(strings.TrainingModulesAudienceWorkerTypes, (a.workerTypes ?? []).map(workerTypeLabel));
  add(strings.TrainingModulesAudienceDepartments, a.departments);
  add(strings.TrainingModulesAudienceGrades, a.grades);
  add(strings.TrainingModulesAudienceRoles, a.jobTitles);
  return parts.length > 0 ? parts.join(' · ') : strings.TrainingModulesAudienceEveryone;
}

/** When a module is due: "Within 30 days of 1 October 2026 · refreshed every 12 months". */
export function dueSummary(module: ITrainingModule, locale: string): string {
  const due = formatText(strings.TrainingModulesDueRule, module.dueWithinDays, formatDay(assignedOn(module), locale));
  return module.refreshMonths !== undefined ? `${due} · ${formatText(strings.TrainingModulesRefreshRule, module.refreshMonths)}` : due;
}

export function policySummary(module: ITrainingModule, locale: string): string {
  return module.policy ? formatText(strings.TrainingModulesPolicyVersion, module.policy.version, formatDay(module.policy.publishedOn, locale)) : strings.TrainingModulesNotPolicy;
}

export function checkSummary(module: ITrainingModule): string {
  const check = module.knowledgeCheck;
  if (!check) return strings.TrainingModulesNo;
  return check.questions.length === 1
    ? formatText(strings.TrainingModulesCheckSummaryOne, check.passMark)
    : formatText(strings.TrainingModulesCheckSummary, check.questions.length, check.passMark);
}

/** The day by which people already in post must have done a module assigned (or published) on `from`. */
export function dueBy(module: ITrainingModule, from: string): string {
  return addDays(from, module.dueWithinDays);
}
