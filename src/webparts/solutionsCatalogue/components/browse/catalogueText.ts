/** The catalogue's words for its domain values: labels, types, states, tasks, facets, problems. */
import * as strings from 'SuiteStrings';
import type { FacetKey, CatalogueSort } from '../../../../domain/catalogue/search';
import type { IContentProblem } from '../../../../domain/catalogue/entry';
import type { SensitiveKind } from '../../../../domain/catalogue/sensitive';
import type { EntryState, EntryType, HandlingLabel, IEntryContent, TaskKey } from '../../../../domain/catalogue/types';
import type { ReviewStatus } from '../../../../domain/catalogue/lifecycle';
import { formatText } from '../../../../ui/format/text';

const HANDLING_NAMES: Readonly<Record<HandlingLabel, string>> = {
  green: strings.CatalogueHandlingGreen,
  amber: strings.CatalogueHandlingAmber,
  red: strings.CatalogueHandlingRed
};

const HANDLING_MEANINGS: Readonly<Record<HandlingLabel, string>> = {
  green: strings.CatalogueHandlingGreenMeaning,
  amber: strings.CatalogueHandlingAmberMeaning,
  red: strings.CatalogueHandlingRedMeaning
};

const HANDLING_SHORT: Readonly<Record<HandlingLabel, string>> = {
  green: strings.CatalogueHandlingGreenShort,
  amber: strings.CatalogueHandlingAmberShort,
  red: strings.CatalogueHandlingRedShort
};

/** The label's one word: Green, Amber, Red. */
export function handlingShortName(label: HandlingLabel): string {
  return HANDLING_SHORT[label];
}

/** The label's name, e.g. "Green: published or non-personal information". */
export function handlingName(label: HandlingLabel): string {
  return HANDLING_NAMES[label];
}

/** What the label allows, in a sentence or two. */
export function handlingMeaning(label: HandlingLabel): string {
  return HANDLING_MEANINGS[label];
}

export function typeName(type: EntryType): string {
  return type === 'faq' ? strings.CatalogueTypeFaq : strings.CatalogueTypeUseCase;
}

const STATE_NAMES: Readonly<Record<EntryState, string>> = {
  draft: strings.CatalogueStateDraft,
  submitted: strings.CatalogueStateSubmitted,
  approved: strings.CatalogueStateApproved,
  rejected: strings.CatalogueStateRejected,
  retired: strings.CatalogueStateRetired
};

export function stateName(state: EntryState): string {
  return STATE_NAMES[state];
}

const TASK_NAMES: Readonly<Record<TaskKey, string>> = {
  drafting: strings.SurveyTaskDrafting,
  summarising: strings.SurveyTaskSummarising,
  meetingNotes: strings.SurveyTaskMeetingNotes,
  searching: strings.SurveyTaskSearching,
  email: strings.SurveyTaskEmail,
  scheduling: strings.SurveyTaskScheduling,
  spreadsheetAnalysis: strings.SurveyTaskSpreadsheetAnalysis,
  presentations: strings.SurveyTaskPresentations
};

/** A survey task's name (the evaluation survey's own words, so both parts say the same). */
export function taskName(task: TaskKey): string {
  return TASK_NAMES[task];
}

const FACET_NAMES: Readonly<Record<FacetKey, string>> = {
  product: strings.CatalogueFacetProduct,
  department: strings.CatalogueFacetDepartment,
  role: strings.CatalogueFacetRole,
  force: strings.CatalogueFacetForce,
  label: strings.CatalogueFacetLabel
};

export function facetName(key: FacetKey): string {
  return FACET_NAMES[key];
}

/** How a facet value reads (labels by their name; everything else as stored). */
export function facetValueName(key: FacetKey, value: string): string {
  if (key === 'label' && (value === 'green' || value === 'amber' || value === 'red')) return handlingName(value);
  return value;
}

const SORT_NAMES: Readonly<Record<CatalogueSort, string>> = {
  relevance: strings.CatalogueSortRelevance,
  newest: strings.CatalogueSortNewest,
  mostHelpful: strings.CatalogueSortMostHelpful,
  mostTimeSaved: strings.CatalogueSortMostTimeSaved
};

export function sortName(sort: CatalogueSort): string {
  return SORT_NAMES[sort];
}

const FIELD_NAMES: Readonly<Record<keyof IEntryContent, string>> = {
  type: strings.CatalogueFieldType,
  title: strings.CatalogueFieldTitle,
  summary: strings.CatalogueFieldSummary,
  problem: strings.CatalogueFieldProblem,
  howToHtml: strings.CatalogueFieldHowTo,
  prompts: strings.CatalogueFieldPrompts,
  products: strings.CatalogueFieldProducts,
  departments: strings.CatalogueFieldDepartments,
  roles: strings.CatalogueFieldRoles,
  force: strings.CatalogueFieldForce,
  ownerUpn: strings.CatalogueFieldOwner,
  handling: strings.CatalogueFieldHandling,
  whenNotToUse: strings.CatalogueFieldWhenNotToUse,
  trainingModuleKey: strings.CatalogueFieldTraining,
  estimatedMinutesPerUse: strings.CatalogueFieldMinutes,
  measuredTask: strings.CatalogueFieldMeasuredTask
};

/** A form field's name, as its label says it. */
export function fieldName(field: keyof IEntryContent): string {
  return FIELD_NAMES[field];
}

/** What is wrong with a field, said specifically. */
export function problemMessage(problem: IContentProblem): string {
  switch (problem.code) {
    case 'required':
      if (problem.field === 'title') return strings.CatalogueProblemTitleRequired;
      if (problem.field === 'summary') return strings.CatalogueProblemSummaryRequired;
      if (problem.field === 'howToHtml') return strings.CatalogueProblemHowToRequired;
      if (problem.field === 'ownerUpn') return strings.CatalogueProblemOwnerRequired;
      if (problem.field === 'force') return strings.CatalogueProblemForceRequired;
      if (problem.field === 'whenNotToUse') return strings.CatalogueProblemWhenNotToUseRequired;
      return formatText(strings.CatalogueProblemRequired, fieldName(problem.field));
    case 'tooLong':
      return problem.field === 'prompts' ? strings.CatalogueProblemPromptTooLong : strings.CatalogueProblemTitleTooLong;
    case 'tooMany':
      return strings.CatalogueProblemTooManyPrompts;
    case 'notAnOption':
      return formatText(strings.CatalogueProblemNotAnOption, fieldName(problem.field));
    case 'outOfRange':
      return strings.CatalogueProblemMinutes;
  }
}

const SENSITIVE_NAMES: Readonly<Record<SensitiveKind, string>> = {
  email: strings.CatalogueSensitiveEmail,
  phone: strings.CatalogueSensitivePhone,
  postcode: strings.CatalogueSensitivePostcode,
  niNumber: strings.CatalogueSensitiveNiNumber,
  vehicleRegistration: strings.CatalogueSensitiveVehicle,
  referenceNumber: strings.CatalogueSensitiveReference,
  dateOfBirth: strings.CatalogueSensitiveDateOfBirth,
  protectiveMarking: strings.CatalogueSensitiveMarking
};

export function sensitiveKindName(kind: SensitiveKind): string {
  return SENSITIVE_NAMES[kind];
}

/** A review's status in words (none: ''). */
export function reviewStatusText(status: ReviewStatus): string {
  switch (status) {
    case 'overdue':
      return strings.CatalogueReviewOverdue;
    case 'dueSoon':
      return strings.CatalogueReviewDueSoon;
    default:
      return '';
  }
}

/** Items joined for a sentence: "a, b and c". */
export function listText(items: readonly string[], locale: string): string {
  const IntlList = (Intl as unknown as { ListFormat?: new (l: string, o: { type: string }) => { format(items: readonly string[]): string } }).ListFormat;
  if (IntlList !== undefined) return new IntlList(locale, { type: 'conjunction' }).format(items);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${strings.CatalogueAnd} ${items[items.length - 1]}`;
}
