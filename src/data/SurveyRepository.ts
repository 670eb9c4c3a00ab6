/**
 * Evaluation surveys, responses, published results and benefit inputs on the data site.
 *
 * - Surveys are few: every one is read in one request, and their JSON (questionnaire, waves) is parsed
 *   defensively: a survey whose JSON cannot be read comes back with a `problem`, never as a throw, so one
 *   bad survey does not hide the others.
 * - Responses carry item-level security (ReadSecurity 2): SharePoint returns only the caller's own items
 *   unless they hold Override List Behaviors (evaluation leads). A respondent has one item per wave, whose
 *   client id is derived from survey, wave and person, so a create retried after a lost answer (or sent
 *   from a second tab) finds the item instead of making another.
 * - A lead reads a wave's responses in Id windows (the Id range is every request's first clause), safe
 *   at any list size.
 */
import { PermissionKind } from '@pnp/sp/security';
import type { IAssumptions, ICostEntry, ILicencePurchase, ILicensedGroup } from '../domain/benefits/types';
import { ownResponse as pickOwnResponse } from '../domain/survey/responses';
import type {
  AnswerValue,
  Answers,
  IAnswerProblem,
  IQuestionnaire,
  IRespondentUnit,
  IResponse,
  ISection,
  IShowIf,
  IWave,
  Question,
  ResponseStatus,
  WaveKind,
  WorkerType
} from '../domain/survey/types';
import type { ISurveyDefinition } from '../domain/survey/definition';
import { validateAnswers, visibleAnswers } from '../domain/survey/validation';

export type { ISurveyDefinition };
import {
  BenefitInputsList,
  SurveyResponsesList,
  SurveyResultsList,
  SurveysList,
  type BenefitInputsItem,
  type NewSurvey,
  type SurveyItem,
  type SurveyResponseItem,
  type SurveyResultItem
} from '../lists/survey';
import { ConflictError, ValidationError, type ValidationProblem } from './errors';
import type { ItemOf } from '../lists/define';
import { filterFor } from './odata';
import { collectPages, idSpan, MAX_PAGE_SIZE, queryIndexed, readAllSideBySide, readIdSpan, readNewest, type IIdSpan, type ReadOptions } from './paging';
import { hasPermission, type DataSite } from './sp';
import { createItem, updateItem, type WriteOptions } from './writes';

const surveyFilter = filterFor(SurveysList);
const responseFilter = filterFor(SurveyResponsesList);
const resultFilter = filterFor(SurveyResultsList);
const benefitFilter = filterFor(BenefitInputsList);

// ---------------------------------------------------------------------------------------------------
// Surveys

/** Why a survey cannot be used as stored: its questionnaire or its waves JSON is unreadable. */
export type SurveyProblem = 'unreadableQuestionnaire' | 'unreadableWaves';

/**
 * A survey as stored: its definition (as the builder saves it) plus the item's id and etag. When the
 * stored JSON is unreadable the questionnaire is empty (no sections) or there are no waves, and `problem`
 * says which.
 */
export interface ISurvey extends ISurveyDefinition {
  id: number;
  etag: string;
  /** Set when the stored JSON is malformed: show the survey to leads to fix, offer it to nobody. */
  problem: SurveyProblem | undefined;
}

const QUESTION_KINDS: readonly string[] = ['likert', 'single', 'multiple', 'number', 'text'];
const WAVE_KINDS: readonly string[] = ['baseline', 'month1', 'month3', 'month6'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Rec = Readonly<Record<string, unknown>>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && isFinite(v);
}

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isShowIf(v: unknown): v is IShowIf {
  return isRec(v) && typeof v.questionId === 'string' && Array.isArray(v.anyOf) && v.anyOf.every((x) => typeof x === 'string' || isFiniteNumber(x));
}

function isQuestion(v: unknown): v is Question {
  if (!isRec(v) || typeof v.id !== 'string' || v.id === '' || typeof v.required !== 'boolean') return false;
  if (typeof v.kind !== 'string' || QUESTION_KINDS.indexOf(v.kind) < 0) return false;
  if (v.showIf !== undefined && !isShowIf(v.showIf)) return false;
  if (v.text !== undefined && typeof v.text !== 'string') return false;
  switch (v.kind) {
    case 'single':
      return isStringArray(v.options);
    case 'multiple':
      return isStringArray(v.options) && (v.maxChoices === undefined || isFiniteNumber(v.maxChoices));
    case 'number':
      return isFiniteNumber(v.min) && isFiniteNumber(v.max) && typeof v.integer === 'boolean';
    case 'text':
      return isFiniteNumber(v.maxLength);
    default:
      return true;
  }
}

function isSection(v: unknown): v is ISection {
  return isRec(v) && typeof v.id === 'string' && Array.isArray(v.questions) && v.questions.every(isQuestion);
}

/** The questionnaire as stored, or undefined when any part of it is malformed (never half a questionnaire). */
export function parseQuestionnaire(json: string | null): IQuestionnaire | undefined {
  const v = parseJson(json);
  if (!isRec(v) || typeof v.id !== 'string' || !Array.isArray(v.sections) || !v.sections.every(isSection)) return undefined;
  return { id: v.id, sections: v.sections };
}

function isWave(v: unknown): v is IWave {
  return (
    isRec(v) &&
    typeof v.id === 'string' &&
    v.id !== '' &&
    typeof v.questionnaireId === 'string' &&
    typeof v.kind === 'string' &&
    WAVE_KINDS.indexOf(v.kind) >= 0 &&
    typeof v.opensOn === 'string' &&
    DAY.test(v.opensOn) &&
    typeof v.closesOn === 'string' &&
    DAY.test(v.closesOn)
  );
}

/** The waves as stored, or undefined when the JSON or any wave is malformed. */
export function parseWaves(json: string | null): IWave[] | undefined {
  const v = parseJson(json);
  if (!Array.isArray(v) || !v.every(isWave)) return undefined;
  return v.map((w: IWave) => ({ id: w.id, questionnaireId: w.questionnaireId, kind: w.kind as WaveKind, opensOn: w.opensOn, closesOn: w.closesOn }));
}

export function surveyFromItem(item: SurveyItem): ISurvey {
  const questionnaire = parseQuestionnaire(item.questionnaire);
  const waves = parseWaves(item.waves);
  return {
    id: item.id,
    etag: item.etag,
    key: item.key,
    title: item.title,
    description: item.description ?? '',
    questionnaire: questionnaire ?? { id: '', sections: [] },
    waves: waves ?? [],
    forces: [...item.forces],
    minGroupSize: item.minGroupSize,
    problem: questionnaire === undefined ? 'unreadableQuestionnaire' : waves === undefined ? 'unreadableWaves' : undefined
  };
}

function surveyValues(definition: ISurveyDefinition): NewSurvey {
  return {
    title: definition.title,
    key: definition.key,
    description: definition.description,
    questionnaire: JSON.stringify(definition.questionnaire),
    waves: JSON.stringify(definition.waves),
    forces: [...definition.forces],
    minGroupSize: definition.minGroupSize
  };
}

function sameSurvey(item: SurveyItem, values: NewSurvey): boolean {
  return (
    item.title === values.title &&
    (item.description ?? '') === values.description &&
    item.questionnaire === values.questionnaire &&
    item.waves === values.waves &&
    item.minGroupSize === values.minGroupSize &&
    item.forces.join('\n') === (values.forces ?? []).join('\n')
  );
}

// ---------------------------------------------------------------------------------------------------
// Responses

/** A response as stored: the domain response plus the item it lives in (id and etag for the next save). */
export interface IStoredResponse extends IResponse {
  id: number;
  etag: string;
  surveyKey: string;
}

/** A respondent and the unit they are counted in (copied from the People list by the caller). */
export interface IRespondent {
  upn: string;
  unit: IRespondentUnit;
}

const WORKER_TYPES: readonly WorkerType[] = ['Officer', 'Staff', 'PCSO', 'Special', 'Other'];

function isAnswerValue(v: unknown): v is AnswerValue {
  return isFiniteNumber(v) || typeof v === 'string' || isStringArray(v);
}

/** Answers as stored; values of an unknown shape are left out (the answer is then simply missing). */
export function parseAnswers(json: string | null): Answers {
  const v = parseJson(json);
  const answers: Record<string, AnswerValue> = {};
  if (!isRec(v)) return answers;
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (isAnswerValue(value)) answers[key] = value;
  }
  return answers;
}

function personKey(upn: string): string {
  return upn.trim().toLowerCase();
}

/** Text as SharePoint's `eq` compares it: ignoring case. */
function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function responseFromItem(item: SurveyResponseItem): IStoredResponse {
  const workerType = WORKER_TYPES.filter((w) => w === item.workerType)[0] ?? 'Other';
  return {
    id: item.id,
    etag: item.etag,
    surveyKey: item.surveyKey,
    respondentUpn: personKey(item.upn),
    waveId: item.waveId,
    status: item.status === 'submitted' ? 'submitted' : 'draft',
    submittedAt: item.submittedAt !== null ? item.submittedAt.toISOString() : undefined,
    answers: parseAnswers(item.answers),
    unit: { force: item.force ?? '', department: item.department ?? '', grade: item.grade ?? '', workerType, role: item.role ?? '' }
  };
}

/** 32-bit FNV-1a over UTF-16 code units, from a seed: four seeds give 128 bits. */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h + 0x100000000).toString(16).slice(1);
}

/**
 * The client id of a person's response to a wave: the same for every create of it (a retry after a lost
 * answer, a second tab, a second device), so `createItem` finds the item instead of making another.
 * A 128-bit hash because the column holds 64 characters and a UPN alone can be longer.
 */
export function responseClientId(surveyKey: string, waveId: string, upn: string): string {
  const text = `${surveyKey}\n${waveId}\n${personKey(upn)}`;
  return `svr-${[0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995].map((seed) => fnv1a(text, seed)).join('')}`;
}

/** Domain problems as the data layer's validation error (field: the question id; key per code). */
export function answerProblemsError(problems: readonly IAnswerProblem[]): ValidationError {
  return new ValidationError(
    problems.map(
      (p): ValidationProblem => ({
        field: p.questionId,
        key: `survey.problem.${p.code}`,
        detail: `${p.questionId}: ${p.code}${p.min !== undefined ? ` min ${p.min}` : ''}${p.max !== undefined ? ` max ${p.max}` : ''}`
      })
    )
  );
}

// ---------------------------------------------------------------------------------------------------
// Results and benefit inputs

/** Results (distributions, breakdowns, trend, task minutes) or benefits (value for money), published separately. */
export type SnapshotKind = 'results' | 'benefits';

export interface IResultSnapshot {
  id: number;
  surveyKey: string;
  kind: SnapshotKind;
  waveId: string | undefined;
  publishedOn: string;
  minGroupSize: number;
  /** As published (JSON of the aggregates); the results view parses it. */
  aggregatesJson: string;
}

export function snapshotFromItem(item: SurveyResultItem): IResultSnapshot {
  return {
    id: item.id,
    surveyKey: item.surveyKey,
    kind: item.kind === 'benefits' ? 'benefits' : 'results',
    waveId: item.waveId ?? undefined,
    publishedOn: item.publishedOn,
    minGroupSize: item.minGroupSize,
    aggregatesJson: item.aggregates
  };
}

export interface ILicenceInputs {
  /** Licensed users by force, officer or staff and grade: what each group's average is scaled up to. */
  groups: ILicensedGroup[];
  /** Each force's purchase (licences and annual cost); a force without one has no £ figures. */
  purchases: ILicencePurchase[];
}

export interface IBenefitInputs {
  assumptions: IAssumptions;
  costs: ICostEntry[];
  licences: ILicenceInputs;
}

/** Benefit inputs as stored, with the item's id and etag; `problem` when their JSON is unreadable. */
export interface IStoredBenefitInputs {
  id: number;
  etag: string;
  surveyKey: string;
  inputs: IBenefitInputs | undefined;
  problem: 'unreadableInputs' | undefined;
}

function isAssumptions(v: unknown): v is IAssumptions {
  return (
    isRec(v) &&
    typeof v.label === 'string' &&
    isFiniteNumber(v.workingDaysPerWeek) &&
    isFiniteNumber(v.workingDaysPerYear) &&
    isFiniteNumber(v.hoursPerWorkingDay) &&
    isFiniteNumber(v.sensitivityPercent)
  );
}

function isCostEntry(v: unknown): v is ICostEntry {
  return isRec(v) && typeof v.force === 'string' && isFiniteNumber(v.hourlyCostPence);
}

function isLicensedGroup(v: unknown): v is ILicensedGroup {
  return isRec(v) && typeof v.force === 'string' && typeof v.workerType === 'string' && typeof v.grade === 'string' && isFiniteNumber(v.licensedUsers);
}

function isLicencePurchase(v: unknown): v is ILicencePurchase {
  return isRec(v) && typeof v.force === 'string' && isFiniteNumber(v.licences) && isFiniteNumber(v.annualCostPence);
}

/**
 * Shapes only; the benefits domain validates values (`validateAssumptions`, `validateCostTable`) so the
 * lead sees what to fix rather than nothing.
 */
export function benefitInputsFromItem(item: BenefitInputsItem): IStoredBenefitInputs {
  const assumptions = parseJson(item.assumptions);
  const costs = parseJson(item.costs);
  const licences = parseJson(item.licences);
  const ok =
    isAssumptions(assumptions) &&
    Array.isArray(costs) &&
    costs.every(isCostEntry) &&
    isRec(licences) &&
    Array.isArray(licences.groups) &&
    licences.groups.every(isLicensedGroup) &&
    Array.isArray(licences.purchases) &&
    licences.purchases.every(isLicencePurchase);
  const base = { id: item.id, etag: item.etag, surveyKey: item.surveyKey };
  if (!ok) return { ...base, inputs: undefined, problem: 'unreadableInputs' };
  return {
    ...base,
    inputs: {
      assumptions: assumptions as IAssumptions,
      costs: costs as ICostEntry[],
      licences: { groups: (licences as { groups: ILicensedGroup[] }).groups, purchases: (licences as { purchases: ILicencePurchase[] }).purchases }
    },
    problem: undefined
  };
}

// ---------------------------------------------------------------------------------------------------

/**
 * A person's own responses to every survey, asked for as the part starts (before it knows which survey and
 * wave it shows), so the form does not wait for another round trip. Used once, by the view the part opens on.
 */
export interface IEarlyOwnResponses {
  /** Whose responses they are (as asked for: trimmed, lower case). */
  readonly upn: string;
  /** Never rejects unhandled: a failure is seen only by whoever uses it, who then reads again. */
  readonly responses: Promise<IStoredResponse[]>;
}

/** The responses list's Id span, asked for as the part starts (see `responseSpan`); undefined span: the list is empty. */
export interface IKnownSpan {
  readonly span: IIdSpan | undefined;
}

/** The person's response to a wave among their responses, as `ownResponse` picks it from what SharePoint's filter returns. */
export function ownResponseAmong(stored: readonly IStoredResponse[], surveyKey: string, waveId: string, upn: string): IStoredResponse | undefined {
  // What `ownResponse`'s filter adds to the person: the survey and the wave, compared as SharePoint does.
  const matching = stored.filter((s) => sameText(s.surveyKey, surveyKey) && sameText(s.waveId, waveId));
  const picked = pickOwnResponse(matching, upn, waveId);
  return matching.filter((s) => s === picked)[0];
}

export interface SurveyRepositoryOptions extends ReadOptions, WriteOptions {
  /** The clock for `submittedAt` (tests). */
  readonly now?: () => Date;
}

type ResponseWrite = { status: ResponseStatus; answers: string; submittedAt: Date | null };

export class SurveyRepository {
  public constructor(
    private readonly site: DataSite,
    private readonly options: SurveyRepositoryOptions = {}
  ) {}

  /** Every survey (the newest 5,000: a site has tens), newest first, in one request. */
  public async surveys(): Promise<ISurvey[]> {
    const items = await readNewest(this.site, SurveysList, MAX_PAGE_SIZE, this.options);
    return items.map(surveyFromItem);
  }

  /**
   * Creates a survey (evaluation leads; others get `ForbiddenError`) or updates `existing` with its etag
   * (`ConflictError` when another lead saved first). The first save's client id is derived from the code,
   * so a retried create finds the item instead of making another; a different survey already holding
   * the code (however it was made: the code is looked up first) gives a `ValidationError`
   * (`survey.keyTaken`) and is not overwritten. The code of an
   * existing survey never changes (responses refer to it).
   */
  public async saveSurvey(definition: ISurveyDefinition, existing?: ISurvey): Promise<ISurvey> {
    if (existing !== undefined) {
      const kept: ISurveyDefinition = { ...definition, key: existing.key };
      // The code never changes: responses refer to it.
      const { title, description, questionnaire, waves, forces, minGroupSize } = surveyValues(kept);
      const patch = { title, description, questionnaire, waves, forces, minGroupSize };
      const { etag } = await updateItem(this.site, SurveysList, { id: existing.id, etag: existing.etag, patch }, this.options);
      return { ...kept, forces: [...kept.forces], id: existing.id, etag, problem: undefined };
    }
    const values = surveyValues(definition);
    const clientId = `svy-${fnv1a(values.key, 0x811c9dc5)}${fnv1a(values.key, 0x01234567)}`;
    const keyTaken = (): ValidationError => new ValidationError([{ field: 'key', key: 'survey.keyTaken', detail: `a survey with code ${values.key} exists` }]);
    // A survey made elsewhere (another tool, an import) holds no client id of ours: look the code up first.
    const [holder] = await readNewest(this.site, SurveysList, 1, { ...this.options, filter: surveyFilter.eq('key', values.key) });
    if (holder !== undefined && holder.clientId !== clientId) throw keyTaken();
    const item = await createItem(this.site, SurveysList, { ...values, clientId }, this.options);
    if (!sameSurvey(item, values)) throw keyTaken();
    return surveyFromItem(item);
  }

  /**
   * The respondent's own response to a wave (latest submitted, else latest draft), with its id and etag;
   * undefined when they have not started. Indexed on the person first. Given the person's responses read
   * early (`earlyOwnResponses`, same person), it picks from those instead of asking again; should that
   * early read have failed, it asks.
   */
  public async ownResponse(surveyKey: string, waveId: string, upn: string, early?: IEarlyOwnResponses): Promise<IStoredResponse | undefined> {
    if (early !== undefined && early.upn === personKey(upn)) {
      // The same person's filter, already answered: the survey and wave are picked here instead.
      const all = await early.responses.catch(() => undefined);
      if (all !== undefined) return ownResponseAmong(all, surveyKey, waveId, upn);
    }
    const filter = responseFilter.and(responseFilter.eq('upn', personKey(upn)), responseFilter.eq('surveyKey', surveyKey), responseFilter.eq('waveId', waveId));
    const stored = (await collectPages(queryIndexed(this.site, SurveyResponsesList, filter, this.options))).map(responseFromItem);
    return ownResponseAmong(stored, surveyKey, waveId, upn);
  }

  /**
   * Every response of a person (all surveys and waves: a handful), indexed on the person only: what a part
   * can ask for before it knows which survey it shows. `ownResponse` picks the survey and wave from it.
   */
  public async ownResponses(upn: string): Promise<IStoredResponse[]> {
    const items = await collectPages(queryIndexed(this.site, SurveyResponsesList, responseFilter.eq('upn', personKey(upn)), this.options));
    return items.map(responseFromItem);
  }

  /** Starts `ownResponses` for a view to use later (`ownResponse(…, early)`), once. */
  public earlyOwnResponses(upn: string): IEarlyOwnResponses {
    const responses = this.ownResponses(upn);
    responses.catch(() => undefined);
    return { upn: personKey(upn), responses };
  }

  /**
   * Saves the respondent's answers as a draft on the server: only answers to visible questions are kept.
   * Creates their single item for the wave (or finds it, when a create was already made) or updates
   * `existing` with its etag (a stale etag gives `ConflictError`, nothing overwritten). A submitted
   * response is not turned back into a draft: that throws a `ValidationError` (`survey.alreadySubmitted`);
   * change a submitted response by submitting again.
   */
  public async saveDraft(survey: ISurvey, wave: IWave, respondent: IRespondent, answers: Answers, existing?: IStoredResponse): Promise<IStoredResponse> {
    this.assertUsable(survey);
    if (existing !== undefined && existing.status === 'submitted') throw alreadySubmitted();
    const write: ResponseWrite = { status: 'draft', answers: JSON.stringify(visibleAnswers(survey.questionnaire, answers)), submittedAt: null };
    return this.write(survey, wave, respondent, write, existing);
  }

  /**
   * Validates the answers (a `ValidationError` carrying each problem: field = question id, key
   * `survey.problem.<code>`) and writes them as submitted, stamped now. Creates or updates the one item,
   * so a submit retried after a lost answer still leaves one item.
   */
  public async submit(survey: ISurvey, wave: IWave, respondent: IRespondent, answers: Answers, existing?: IStoredResponse): Promise<IStoredResponse> {
    this.assertUsable(survey);
    const problems = validateAnswers(survey.questionnaire, answers);
    if (problems.length > 0) throw answerProblemsError(problems);
    const now = this.options.now !== undefined ? this.options.now() : new Date();
    const write: ResponseWrite = { status: 'submitted', answers: JSON.stringify(visibleAnswers(survey.questionnaire, answers)), submittedAt: now };
    return this.write(survey, wave, respondent, write, existing);
  }

  /**
   * Every response to a wave (evaluation leads: others get only their own, by item-level security), read
   * in Id windows between the list's lowest and highest Id with the survey and wave as a second clause:
   * safe at any list size.
   */
  public async responsesForWave(surveyKey: string, waveId: string): Promise<IStoredResponse[]> {
    const filter = responseFilter.and(responseFilter.eq('surveyKey', surveyKey), responseFilter.eq('waveId', waveId));
    const items = await readAllSideBySide(this.site, SurveyResponsesList, { ...this.options, filter });
    return items.map(responseFromItem);
  }

  /**
   * The responses list's lowest and highest Id (one round trip), for `responsesForWaves`: a part opening on
   * its results asks for it as it starts, before it knows the survey, so the responses then take one round
   * trip more rather than two.
   */
  public async responseSpan(): Promise<IKnownSpan> {
    return { span: await idSpan(this.site, SurveyResponsesList) };
  }

  /**
   * Every response to each of some waves of a survey (as `responsesForWave` gives each: evaluation leads
   * read everyone's), in the order of `waveIds`, each in Id order. One read for all the waves: Id windows
   * with the survey and the waves as a second clause, side by side; with the list's span already known
   * (`responseSpan`) that is one round trip, else two (the list's ends and first window, then the rest).
   */
  public async responsesForWaves(surveyKey: string, waveIds: readonly string[], known?: IKnownSpan): Promise<IStoredResponse[][]> {
    if (waveIds.length === 0) return [];
    const filter = responseFilter.and(responseFilter.eq('surveyKey', surveyKey), responseFilter.oneOf('waveId', waveIds));
    const read = { ...this.options, filter };
    let items: SurveyResponseItem[];
    if (known === undefined) items = await readAllSideBySide(this.site, SurveyResponsesList, read);
    else if (known.span === undefined) items = [];
    else items = await readIdSpan(this.site, SurveyResponsesList, known.span.lowest, known.span.highest, read);
    const stored = items.map(responseFromItem);
    // Each wave gets what its own filter would have returned (SharePoint compares text ignoring case).
    return waveIds.map((waveId) => stored.filter((r) => sameText(r.waveId, waveId)));
  }

  /**
   * Publishes aggregates (evaluation leads; others get `ForbiddenError`) of one wave or, without a wave,
   * of the survey as a whole. Each publication is a new item: earlier ones stay as the record.
   */
  public async publishSnapshot(
    surveyKey: string,
    kind: SnapshotKind,
    waveId: string | undefined,
    aggregatesJson: string,
    minGroupSize: number,
    publishedOn: string
  ): Promise<IResultSnapshot> {
    const item = await createItem(
      this.site,
      SurveyResultsList,
      { title: `${surveyKey} ${kind} ${waveId ?? 'all'} ${publishedOn}`, surveyKey, kind, waveId: waveId ?? null, publishedOn, minGroupSize, aggregates: aggregatesJson },
      this.options
    );
    return snapshotFromItem(item);
  }

  /** The newest published snapshot of a kind for a survey (of one wave, when given): one indexed request. */
  public async latestSnapshot(surveyKey: string, kind: SnapshotKind, waveId?: string): Promise<IResultSnapshot | undefined> {
    const byKind = resultFilter.and(resultFilter.eq('surveyKey', surveyKey), resultFilter.eq('kind', kind));
    const filter = waveId !== undefined ? resultFilter.and(byKind, resultFilter.eq('waveId', waveId)) : byKind;
    const [item] = await readNewest(this.site, SurveyResultsList, 1, { ...this.options, filter });
    return item !== undefined ? snapshotFromItem(item) : undefined;
  }

  /** The survey's benefit inputs (the newest item for it), or undefined when none are entered. */
  public async benefitInputs(surveyKey: string): Promise<IStoredBenefitInputs | undefined> {
    const [item] = await readNewest(this.site, BenefitInputsList, 1, { ...this.options, filter: benefitFilter.eq('surveyKey', surveyKey) });
    return item !== undefined ? benefitInputsFromItem(item) : undefined;
  }

  /**
   * Saves benefit inputs (evaluation leads): creates the survey's item (client id derived from the survey,
   * so a retried first save makes one) or updates `existing` with its etag (`ConflictError` when stale).
   */
  public async saveBenefitInputs(surveyKey: string, inputs: IBenefitInputs, existing?: IStoredBenefitInputs): Promise<IStoredBenefitInputs> {
    const values = {
      assumptions: JSON.stringify(inputs.assumptions),
      costs: JSON.stringify(inputs.costs),
      licences: JSON.stringify({ groups: inputs.licences.groups, purchases: inputs.licences.purchases })
    };
    if (existing !== undefined) {
      const { etag } = await updateItem(this.site, BenefitInputsList, { id: existing.id, etag: existing.etag, patch: values }, this.options);
      return { id: existing.id, etag, surveyKey, inputs, problem: undefined };
    }
    const item = await createItem(
      this.site,
      BenefitInputsList,
      { title: surveyKey, surveyKey, ...values, clientId: `bfi-${fnv1a(surveyKey, 0x811c9dc5)}${fnv1a(surveyKey, 0x01234567)}` },
      this.options
    );
    if (item.assumptions === values.assumptions && item.costs === values.costs && item.licences === values.licences) return benefitInputsFromItem(item);
    // The item already existed (an earlier save whose answer was lost, or another lead): update it.
    const { etag } = await updateItem(this.site, BenefitInputsList, { id: item.id, etag: item.etag, patch: values }, this.options);
    return { id: item.id, etag, surveyKey, inputs, problem: undefined };
  }

  private assertUsable(survey: ISurvey): void {
    if (survey.problem !== undefined) throw new ValidationError([{ key: `survey.${survey.problem}`, detail: `survey ${survey.key}: ${survey.problem}` }]);
  }

  /** Creates-or-finds the person's item for the wave, then brings it to `write` if it holds something else. */
  private async write(survey: ISurvey, wave: IWave, respondent: IRespondent, write: ResponseWrite, existing: IStoredResponse | undefined): Promise<IStoredResponse> {
    const upn = personKey(respondent.upn);
    if (existing !== undefined) return this.update(existing, write);
    const unit = respondent.unit;
    const item = await createItem(
      this.site,
      SurveyResponsesList,
      {
        title: `${survey.key} ${wave.id}`,
        surveyKey: survey.key,
        waveId: wave.id,
        upn,
        status: write.status,
        submittedAt: write.submittedAt,
        answers: write.answers,
        force: unit.force,
        department: unit.department,
        grade: unit.grade,
        workerType: unit.workerType,
        role: unit.role,
        clientId: responseClientId(survey.key, wave.id, upn)
      },
      this.options
    );
    const found = responseFromItem(item);
    // SharePoint keeps the time to the second.
    const second = (d: Date | null | undefined): number | null => (d === null || d === undefined ? null : Math.floor(d.getTime() / 1000));
    const holds = item.status === write.status && item.answers === write.answers && second(item.submittedAt) === second(write.submittedAt);
    if (holds) return found;
    // The item was made before (a lost answer, another tab or device): never un-submit it by a draft.
    if (write.status === 'draft' && found.status === 'submitted') throw alreadySubmitted();
    return this.update(found, write);
  }

  private async update(existing: IStoredResponse, write: ResponseWrite): Promise<IStoredResponse> {
    let etag: string;
    try {
      ({ etag } = await updateItem(
        this.site,
        SurveyResponsesList,
        { id: existing.id, etag: existing.etag, patch: { status: write.status, answers: write.answers, submittedAt: write.submittedAt } },
        this.options
      ));
    } catch (error) {
      // Submitting again after a failure whose first submission in fact landed (its answer was lost): the
      // item already holds these answers with this status, only its time differs. Done, not a conflict.
      if (!(error instanceof ConflictError)) throw error;
      const stored = error.current as ItemOf<typeof SurveyResponsesList> | null | undefined;
      if (stored === null || stored === undefined || stored.status !== write.status || stored.answers !== write.answers) throw error;
      return responseFromItem(stored);
    }
    return {
      ...existing,
      etag,
      status: write.status,
      answers: parseAnswers(write.answers),
      submittedAt: write.submittedAt !== null ? write.submittedAt.toISOString() : undefined
    };
  }
}

function alreadySubmitted(): ValidationError {
  return new ValidationError([{ field: 'status', key: 'survey.alreadySubmitted', detail: 'the response is submitted; submit again to change it' }]);
}

/** What the person may do with surveys, from SharePoint's effective permissions (never from a group name in the app). */
export interface ISurveyRights {
  /** SharePoint lets them read every response (Override List Behaviors: evaluation leads). */
  readAllResponses: boolean;
  /** They can create and edit surveys. */
  buildSurveys: boolean;
  /** They can publish result snapshots. */
  publishResults: boolean;
  /** They can enter benefit inputs. */
  editBenefitInputs: boolean;
}

export async function surveyRights(site: DataSite): Promise<ISurveyRights> {
  const [readAllResponses, buildSurveys, publishResults, editBenefitInputs] = await Promise.all([
    hasPermission(site, SurveyResponsesList, PermissionKind.CancelCheckout),
    hasPermission(site, SurveysList, PermissionKind.AddListItems),
    hasPermission(site, SurveyResultsList, PermissionKind.AddListItems),
    hasPermission(site, BenefitInputsList, PermissionKind.AddListItems)
  ]);
  return { readAllResponses, buildSurveys, publishResults, editBenefitInputs };
}
