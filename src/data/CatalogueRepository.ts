/**
 * The solutions catalogue on the data site: entries under content approval, "this helped me" votes,
 * poor-output reports and the champions' questions (`src/lists/catalogue.ts`).
 *
 * Decisions:
 * - Privacy of submissions is SharePoint's, not ours: entries have content approval with drafts visible
 *   to their author and approvers only, so another reader's request simply does not return them (and an
 *   id answers 404). The app never filters by author to hide anything.
 * - Every lifecycle write is ONE request: the columns and, for a champion, the approval status and
 *   comment (`OData__ModerationStatus`, `OData__ModerationComments`) in the same MERGE with the etag read
 *   (SHAREPOINT_REST_SHAPES §7, form 1). A stale etag is a `ConflictError`; a non-approver who sends a
 *   status gets SharePoint's 403 as `ForbiddenError`. Transitions are planned by the domain
 *   (`planTransition`) before anything is sent, so an app-level refusal sends nothing.
 * - After a write the entry is read back (one GET), so the caller holds what SharePoint now holds
 *   (the approval status it set, the new etag).
 * - Reads are threshold-safe at any size: every list is read in Id windows requested side by side
 *   (`readAllSideBySide`), with any other condition after the Id range.
 * - A vote is one item per person and entry, its client id derived from both: setting it finds the item
 *   and updates it (never a second item, never a delete); votes live in their own list, so voting is never
 *   an edit of the entry and never sends it back to pending.
 * - Promoting an answer creates the FAQ already approved (a champion's create with the status in the same
 *   request) under a client id derived from the question, so a retried promotion finds the entry instead of
 *   making another; should SharePoint create it pending all the same, it is approved in a second request.
 * - How-to HTML is stored as the caller gives it (the form sanitises it with `sanitiseHowTo`, which needs a
 *   DOM); every display sanitises again, because anyone may write the column through REST.
 */
import { PermissionKind } from '@pnp/sp/security';
import { contentProblems, isEntryType, isHandlingLabel, isTaskKey, parsePrompts, personKey, serialisePrompts } from '../domain/catalogue/entry';
import { DEFAULT_REVIEW_MONTHS, entryState, planTransition, type IActor, type ILifecyclePatch, type ITransitionInput, type LifecycleAction, type TransitionResult } from '../domain/catalogue/lifecycle';
import { htmlToText } from '../domain/catalogue/text';
import type {
  ICatalogueEntry,
  IChampionQuestion,
  IEntryContent,
  IHelpfulVote,
  IPoorOutputReport,
  PoorOutputCategory,
  QuestionStatus,
  ReportStatus
} from '../domain/catalogue/types';
import { addMonths, dayInLondon } from '../domain/training/days';
import {
  CatalogueEntriesList,
  ChampionQuestionsList,
  HelpfulVotesList,
  POOR_OUTPUT_CATEGORIES,
  PoorOutputReportsList,
  REPORT_STATUSES,
  type CatalogueEntryItem,
  type ChampionQuestionItem,
  type HelpfulVoteItem,
  type NewCatalogueEntry,
  type PoorOutputReportItem
} from '../lists/catalogue';
import type { ItemPatchOf } from '../lists/define';
import { fromWire, selectFor, type MappingOptions, DEFAULT_MAPPING_OPTIONS } from '../lists/mapping';
import { ConflictError, NotFoundError, ValidationError, toDataError, type ValidationProblem } from './errors';
import { filterFor, type ODataFilter } from './odata';
import { readAllSideBySide } from './paging';
import { hasPermission, listOf, type DataSite } from './sp';
import { createItem, findByClientIds, updateItem, type ModerationWrite, type WriteOptions } from './writes';

const entryFilter = filterFor(CatalogueEntriesList);
const questionFilter = filterFor(ChampionQuestionsList);

/** `OData__ModerationStatus` is no schema column: filters on it are written here, after the Id range. */
const moderationIs = (code: 0 | 1 | 2): ODataFilter => ({ text: `OData__ModerationStatus eq ${code}`, columns: ['OData__ModerationStatus'] });

// ---------------------------------------------------------------------------------------------------
// Wire ⇄ domain

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

/** A stored entry in the domain's shape. An unknown data-handling label reads as the strictest (red). */
export function entryFromItem(item: CatalogueEntryItem): ICatalogueEntry {
  const submittedAt = iso(item.submittedAt);
  const moderation = item.moderationStatus;
  return {
    id: item.id,
    etag: item.etag,
    type: isEntryType(item.type) ? item.type : 'useCase',
    title: item.title,
    summary: item.summary ?? '',
    problem: item.problem ?? '',
    howToHtml: item.howTo ?? '',
    prompts: parsePrompts(item.prompts),
    products: [...item.products],
    departments: [...item.departments],
    roles: [...item.roles],
    force: item.force,
    ownerUpn: personKey(item.ownerUpn ?? ''),
    handling: isHandlingLabel(item.handling) ? item.handling : 'red',
    whenNotToUse: item.whenNotToUse ?? '',
    trainingModuleKey: item.trainingModuleKey ?? '',
    estimatedMinutesPerUse: item.minutesPerUse,
    measuredTask: isTaskKey(item.measuredTask) ? item.measuredTask : null,
    state: entryState({ moderation, submittedAt, retiredOn: item.retiredOn }),
    moderation,
    moderationComment: item.moderationComments ?? null,
    reviewBy: item.reviewBy,
    submittedAt,
    publishedOn: item.publishedOn,
    retiredOn: item.retiredOn,
    retiredReason: item.retiredReason ?? '',
    sourceQuestionId: item.sourceQuestionId,
    createdAt: item.created.toISOString(),
    modifiedAt: item.modified.toISOString(),
    author: item.author,
    editor: item.editor
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** The columns of an entry's content, as written. */
export function contentValues(c: IEntryContent): NewCatalogueEntry {
  return {
    title: c.title.trim(),
    type: c.type,
    summary: orNull(c.summary),
    problem: orNull(c.problem),
    howTo: orNull(c.howToHtml),
    prompts: serialisePrompts(c.prompts),
    products: [...c.products],
    departments: [...c.departments],
    roles: [...c.roles],
    force: c.force,
    ownerUpn: orNull(personKey(c.ownerUpn)),
    handling: c.handling,
    whenNotToUse: orNull(c.whenNotToUse),
    trainingModuleKey: orNull(c.trainingModuleKey),
    minutesPerUse: c.estimatedMinutesPerUse,
    measuredTask: c.measuredTask
  };
}

function lifecycleValues(p: ILifecyclePatch): ItemPatchOf<typeof CatalogueEntriesList> {
  const out: { -readonly [K in keyof ItemPatchOf<typeof CatalogueEntriesList>]: ItemPatchOf<typeof CatalogueEntriesList>[K] } = {};
  if (p.submittedAt !== undefined) out.submittedAt = p.submittedAt === null ? null : new Date(p.submittedAt);
  if (p.publishedOn !== undefined) out.publishedOn = p.publishedOn;
  if (p.reviewBy !== undefined) out.reviewBy = p.reviewBy;
  if (p.retiredOn !== undefined) out.retiredOn = p.retiredOn;
  if (p.retiredReason !== undefined) out.retiredReason = p.retiredReason;
  return out;
}

export function voteFromItem(item: HelpfulVoteItem): IHelpfulVote {
  return {
    id: item.id,
    etag: item.etag,
    entryId: item.entryId,
    upn: personKey(item.upn),
    helpful: item.helpful,
    authorId: item.author !== null ? item.author.id : null,
    modifiedAt: item.modified.toISOString()
  };
}

export function reportFromItem(item: PoorOutputReportItem): IPoorOutputReport {
  const category = POOR_OUTPUT_CATEGORIES.filter((c) => c === item.category)[0] ?? 'other';
  const status = REPORT_STATUSES.filter((s) => s === item.status)[0] ?? 'new';
  return {
    id: item.id,
    etag: item.etag,
    entryId: item.entryId,
    entryTitle: item.entryTitle ?? '',
    summary: item.title,
    category,
    details: item.details,
    product: item.product ?? '',
    reporterUpn: personKey(item.reporterUpn),
    force: item.force ?? '',
    department: item.department ?? '',
    status,
    triageNote: item.triageNote ?? '',
    riskRef: item.riskRef ?? '',
    createdAt: item.created.toISOString()
  };
}

export function questionFromItem(item: ChampionQuestionItem): IChampionQuestion {
  return {
    id: item.id,
    etag: item.etag,
    title: item.title,
    question: item.question,
    askerUpn: personKey(item.askerUpn),
    force: item.force,
    department: item.department ?? '',
    status: item.status === 'answered' ? 'answered' : 'open',
    answer: item.answer ?? '',
    answeredBy: personKey(item.answeredBy ?? ''),
    answeredAt: iso(item.answeredAt),
    promotedEntryId: item.promotedEntryId,
    createdAt: item.created.toISOString()
  };
}

// ---------------------------------------------------------------------------------------------------
// Client ids

/** 32-bit FNV-1a over UTF-16 code units, from a seed: four seeds give 128 bits. */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h + 0x100000000).toString(16).slice(1);
}

/** The client id of a person's vote on an entry: the same for every write of it (the column holds 64 characters, a UPN may be longer). */
export function voteClientId(entryId: number, upn: string): string {
  const text = `${entryId}\n${personKey(upn)}`;
  return `ctv-${[0x811c9dc5, 0x01234567, 0x89abcdef, 0x5bd1e995].map((seed) => fnv1a(text, seed)).join('')}`;
}

/** The client id of the FAQ entry promoted from a question: a retried promotion finds it. */
export function faqClientId(questionId: number): string {
  return `faq-from-question-${questionId}`;
}

// ---------------------------------------------------------------------------------------------------
// Errors

type PlannedTransition = Extract<TransitionResult, { ok: true }>;

function lifecycleError(action: LifecycleAction, result: TransitionResult): ValidationError {
  const problem = result.ok ? 'wrongState' : result.problem;
  return new ValidationError([{ key: `catalogue.lifecycle.${problem}`, detail: `${action}: ${problem}` }]);
}

function contentError(content: IEntryContent, forDraft: boolean): ValidationError | null {
  const problems = contentProblems(content, forDraft);
  if (problems.length === 0) return null;
  return new ValidationError(problems.map((p): ValidationProblem => ({ field: p.field, key: `catalogue.problem.${p.code}`, detail: `${p.field}: ${p.code}` })));
}

function required(field: string, value: string): void {
  if (value.trim() === '') throw new ValidationError([{ field, key: 'catalogue.problem.required', detail: `${field}: required` }]);
}

/** A short title from free text: its first line, at most 255 characters. */
function shortTitle(text: string): string {
  const first = text.trim().split(/\r?\n/)[0].trim();
  return first.length <= 255 ? first : `${first.slice(0, 254)}…`;
}

// ---------------------------------------------------------------------------------------------------
// The repository

/** What a person may do in the catalogue, from SharePoint's effective permissions (never a group name in the app). */
export interface ICatalogueRights {
  /** Approve Items on the entries: a champion. */
  canApprove: boolean;
  /** SharePoint lets them read every question (champions). */
  readAllQuestions: boolean;
  /** SharePoint lets them read every poor-output report (programme board, champions). */
  readAllReports: boolean;
}

export interface ICatalogueRepositoryOptions {
  /** The clock (tests pin it). */
  now?: () => Date;
  write?: WriteOptions;
  mapping?: MappingOptions;
}

export interface IVoter {
  upn: string;
  /** Their site user id, if known: a newly created vote carries it as its author (a create's answer does not). */
  userId?: number;
}

export interface IAsker {
  upn: string;
  force: string;
  department: string;
}

export interface IPoorOutputInput {
  entry: Pick<ICatalogueEntry, 'id' | 'title'>;
  category: PoorOutputCategory;
  /** What went wrong, in the reporter's words (never the output itself, never personal data). */
  details: string;
  /** A one-line summary; the entry's title when empty. */
  summary?: string;
  product?: string;
  reporter: IAsker;
}

export interface ITriage {
  status: ReportStatus;
  triageNote?: string;
  riskRef?: string;
}

export class CatalogueRepository {
  private readonly site: DataSite;
  private readonly now: () => Date;
  private readonly write: WriteOptions;
  private readonly mapping: MappingOptions;

  public constructor(site: DataSite, options: ICatalogueRepositoryOptions = {}) {
    this.site = site;
    this.now = options.now ?? (() => new Date());
    this.mapping = options.mapping ?? DEFAULT_MAPPING_OPTIONS;
    this.write = { mapping: this.mapping, ...options.write };
  }

  /** Three effective-permission GETs, side by side. */
  public async rights(): Promise<ICatalogueRights> {
    const [canApprove, readAllQuestions, readAllReports] = await Promise.all([
      hasPermission(this.site, CatalogueEntriesList, PermissionKind.ApproveItems),
      hasPermission(this.site, ChampionQuestionsList, PermissionKind.CancelCheckout),
      hasPermission(this.site, PoorOutputReportsList, PermissionKind.CancelCheckout)
    ]);
    return { canApprove, readAllQuestions, readAllReports };
  }

  // ---- entries: reads --------------------------------------------------------------------------------

  /** Every approved entry (retired ones included, flagged by their state): what everyone may browse. */
  public async publishedEntries(): Promise<ICatalogueEntry[]> {
    const items = await readAllSideBySide(this.site, CatalogueEntriesList, { filter: moderationIs(0), mapping: this.mapping });
    return items.map(entryFromItem);
  }

  /**
   * Submissions waiting for a champion (pending and submitted), oldest first. SharePoint returns a
   * champion everyone's; anyone else only their own.
   */
  public async pendingEntries(): Promise<ICatalogueEntry[]> {
    const items = await readAllSideBySide(this.site, CatalogueEntriesList, { filter: moderationIs(2), mapping: this.mapping });
    return items
      .map(entryFromItem)
      .filter((e) => e.state === 'submitted')
      .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
  }

  /** The entries a person created (SharePoint's Author), in every state: their drafts, submissions, rejections. */
  public async entriesBy(userId: number): Promise<ICatalogueEntry[]> {
    const items = await readAllSideBySide(this.site, CatalogueEntriesList, { filter: entryFilter.eq('author', userId), mapping: this.mapping });
    return items.map(entryFromItem);
  }

  /** One entry by id (a deep link), or undefined when it does not exist or is hidden from this person. */
  public async entry(id: number): Promise<ICatalogueEntry | undefined> {
    const spec = selectFor(CatalogueEntriesList);
    try {
      const row: unknown = await listOf(this.site, CatalogueEntriesList)
        .items.getById(id)
        .select(...spec.select)
        .expand(...spec.expand)();
      return entryFromItem(fromWire(CatalogueEntriesList, row, this.mapping));
    } catch (e) {
      const error = await toDataError(e);
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  private async reread(id: number): Promise<ICatalogueEntry> {
    const found = await this.entry(id);
    if (found === undefined) throw new NotFoundError();
    return found;
  }

  private today(): string {
    return dayInLondon(this.now());
  }

  private plan(entry: ICatalogueEntry | null, action: LifecycleAction, actor: IActor, input: ITransitionInput = {}): PlannedTransition {
    const result = planTransition(entry, action, actor, this.today(), this.now().toISOString(), input);
    if (!result.ok) throw lifecycleError(action, result);
    return result;
  }

  /** Writes an entry in one request: content (when given), lifecycle columns, approval status. */
  private async writeEntry(entry: ICatalogueEntry, content: IEntryContent | undefined, result: PlannedTransition): Promise<ICatalogueEntry> {
    const { plan } = result;
    const moderation: ModerationWrite | undefined = plan.moderation === undefined ? undefined : { status: plan.moderation, comments: plan.comment };
    const patch = { ...(content !== undefined ? contentValues(content) : {}), ...lifecycleValues(plan.patch) };
    // A person saving again after a failure whose first save landed: done, not a conflict with themselves.
    await updateItem(this.site, CatalogueEntriesList, { id: entry.id, etag: entry.etag, patch, moderation }, { ...this.write, acceptIfHeld: true });
    return this.reread(entry.id);
  }

  // ---- entries: the lifecycle ------------------------------------------------------------------------

  /**
   * Saves a draft: new (`current` undefined; `clientId` makes a retried create one item) or the author's
   * own draft, submission (withdrawn to a draft) or rejected entry. Only the title is required.
   */
  public async saveDraft(actor: IActor, content: IEntryContent, current?: ICatalogueEntry, clientId?: string): Promise<ICatalogueEntry> {
    return this.saveAs('saveDraft', actor, content, current, clientId);
  }

  /** Submits for approval (new, or the author's draft or rejected entry): pending, seen by its author and champions only. */
  public async submit(actor: IActor, content: IEntryContent, current?: ICatalogueEntry, clientId?: string): Promise<ICatalogueEntry> {
    return this.saveAs('submit', actor, content, current, clientId);
  }

  private async saveAs(action: 'saveDraft' | 'submit', actor: IActor, content: IEntryContent, current: ICatalogueEntry | undefined, clientId: string | undefined): Promise<ICatalogueEntry> {
    const invalid = contentError(content, action === 'saveDraft');
    if (invalid !== null) throw invalid;
    const result = this.plan(current ?? null, action, actor);
    if (current !== undefined) return this.writeEntry(current, content, result);
    const values: NewCatalogueEntry = { ...contentValues(content), ...lifecycleValues(result.plan.patch), clientId };
    const created = await createItem(this.site, CatalogueEntriesList, values, this.write);
    // Read back: a create's answer carries no expanded Author.
    return this.reread(created.id);
  }

  /**
   * Edits an entry's content. A champion's edit keeps a published entry published (the status in the
   * same request); the author's edit of their published entry resubmits it (SharePoint makes it pending).
   */
  public async edit(actor: IActor, entry: ICatalogueEntry, content: IEntryContent): Promise<ICatalogueEntry> {
    const invalid = contentError(content, entry.state === 'draft');
    if (invalid !== null) throw invalid;
    return this.writeEntry(entry, content, this.plan(entry, 'edit', actor));
  }

  /**
   * A champion approves a submission (or reconsiders a rejection) in one request: the status, the
   * comment, the published and review-by days and, when given, their corrections to the content.
   */
  public async approve(actor: IActor, entry: ICatalogueEntry, input: { comment?: string; reviewBy?: string; content?: IEntryContent } = {}): Promise<ICatalogueEntry> {
    if (input.content !== undefined) {
      const invalid = contentError(input.content, false);
      if (invalid !== null) throw invalid;
    }
    return this.writeEntry(entry, input.content, this.plan(entry, 'approve', actor, { comment: input.comment, reviewBy: input.reviewBy }));
  }

  /** A champion sends a submission back with a comment (required), in one request. */
  public async reject(actor: IActor, entry: ICatalogueEntry, comment: string): Promise<ICatalogueEntry> {
    return this.writeEntry(entry, undefined, this.plan(entry, 'reject', actor, { comment }));
  }

  /** A champion retires a published entry with a reason; it stays approved, so its links keep working. */
  public async retire(actor: IActor, entry: ICatalogueEntry, reason: string): Promise<ICatalogueEntry> {
    return this.writeEntry(entry, undefined, this.plan(entry, 'retire', actor, { reason }));
  }

  /** A champion confirms a published entry is still right: a new review-by day (default six months on). */
  public async markReviewed(actor: IActor, entry: ICatalogueEntry, reviewBy?: string): Promise<ICatalogueEntry> {
    return this.writeEntry(entry, undefined, this.plan(entry, 'review', actor, { reviewBy }));
  }

  // ---- votes -----------------------------------------------------------------------------------------

  /** Every vote (entry, voter, helpful): for the counts and "most helpful". Count them with `helpfulCounts`. */
  public async helpfulVotes(): Promise<IHelpfulVote[]> {
    const items = await readAllSideBySide(this.site, HelpfulVotesList, { keys: ['entryId', 'upn', 'helpful'], mapping: this.mapping });
    return items.map(voteFromItem);
  }

  /**
   * Sets a person's "this helped me" on an entry, idempotently: one item per person and entry, found by
   * its client id and updated (or created the first time); setting what is already set sends nothing.
   * Should the person's other tab have changed it in between, the fresh item is read and set again.
   */
  public async setHelpful(entryId: number, voter: IVoter, helpful: boolean): Promise<IHelpfulVote> {
    const clientId = voteClientId(entryId, voter.upn);
    for (let attempt = 0; ; attempt++) {
      const found = (await findByClientIds(this.site, HelpfulVotesList, [clientId], this.write)).get(clientId);
      if (found === undefined) {
        const created = await createItem(this.site, HelpfulVotesList, { title: `Entry ${entryId}`, entryId, upn: personKey(voter.upn), helpful }, { ...this.write, newId: () => clientId });
        const vote = voteFromItem(created);
        return vote.authorId === null && voter.userId !== undefined ? { ...vote, authorId: voter.userId } : vote;
      }
      if (found.helpful === helpful) return voteFromItem(found);
      try {
        const { etag } = await updateItem(this.site, HelpfulVotesList, { id: found.id, etag: found.etag, patch: { helpful } }, this.write);
        return { ...voteFromItem(found), etag, helpful, modifiedAt: this.now().toISOString() };
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 1) throw e;
      }
    }
  }

  /** Switches a person's vote on an entry (on when there is none yet); returns the vote as it now stands. */
  public async toggleHelpful(entryId: number, voter: IVoter): Promise<IHelpfulVote> {
    const clientId = voteClientId(entryId, voter.upn);
    const found = (await findByClientIds(this.site, HelpfulVotesList, [clientId], this.write)).get(clientId);
    return this.setHelpful(entryId, voter, found === undefined ? true : !found.helpful);
  }

  // ---- poor-output reports ---------------------------------------------------------------------------

  public async reportPoorOutput(input: IPoorOutputInput): Promise<IPoorOutputReport> {
    required('details', input.details);
    const summary = shortTitle(input.summary !== undefined && input.summary.trim() !== '' ? input.summary : input.entry.title);
    const created = await createItem(
      this.site,
      PoorOutputReportsList,
      {
        title: summary,
        entryId: input.entry.id,
        entryTitle: input.entry.title.slice(0, 255),
        category: input.category,
        details: input.details,
        product: input.product !== undefined && input.product !== '' ? input.product : null,
        reporterUpn: personKey(input.reporter.upn),
        force: input.reporter.force !== '' ? input.reporter.force : null,
        department: input.reporter.department !== '' ? input.reporter.department : null,
        status: 'new'
      },
      this.write
    );
    return reportFromItem(created);
  }

  /** Reports, newest first: a reporter's own; every report for the programme board and champions. */
  public async poorOutputReports(): Promise<IPoorOutputReport[]> {
    const items = await readAllSideBySide(this.site, PoorOutputReportsList, { mapping: this.mapping });
    return items.map(reportFromItem).sort((a, b) => b.id - a.id);
  }

  /** The board's triage of a report (status, note, risk register reference), with the etag read. */
  public async triageReport(report: IPoorOutputReport, triage: ITriage): Promise<IPoorOutputReport> {
    const patch = { status: triage.status, ...(triage.triageNote !== undefined ? { triageNote: triage.triageNote } : {}), ...(triage.riskRef !== undefined ? { riskRef: triage.riskRef } : {}) };
    const { etag } = await updateItem(this.site, PoorOutputReportsList, { id: report.id, etag: report.etag, patch }, this.write);
    return { ...report, ...triage, etag };
  }

  // ---- questions -------------------------------------------------------------------------------------

  /** "Ask a champion": the question with the asker's force and department. */
  public async ask(question: string, asker: IAsker): Promise<IChampionQuestion> {
    required('question', question);
    required('force', asker.force);
    const created = await createItem(
      this.site,
      ChampionQuestionsList,
      {
        title: shortTitle(question),
        question: question.trim(),
        askerUpn: personKey(asker.upn),
        force: asker.force,
        department: asker.department !== '' ? asker.department : null,
        status: 'open'
      },
      this.write
    );
    return questionFromItem(created);
  }

  /**
   * Questions, newest first (optionally only open or answered ones): an asker's own, every question for
   * champions (SharePoint decides, by item-level security).
   */
  public async questions(status?: QuestionStatus): Promise<IChampionQuestion[]> {
    const items = await readAllSideBySide(this.site, ChampionQuestionsList, {
      filter: status !== undefined ? questionFilter.eq('status', status) : undefined,
      mapping: this.mapping
    });
    return items.map(questionFromItem).sort((a, b) => b.id - a.id);
  }

  /** A champion answers a question (the asker then sees the answer), with the etag read. */
  public async answer(actor: IActor, question: IChampionQuestion, answer: string): Promise<IChampionQuestion> {
    if (!actor.isChampion) throw new ValidationError([{ key: 'catalogue.lifecycle.championsOnly', detail: 'answer: championsOnly' }]);
    required('answer', answer);
    const patch = { status: 'answered' as const, answer: answer.trim(), answeredBy: personKey(actor.upn), answeredAt: this.now() };
    const { etag } = await updateItem(this.site, ChampionQuestionsList, { id: question.id, etag: question.etag, patch }, this.write);
    return { ...question, etag, status: 'answered', answer: patch.answer, answeredBy: patch.answeredBy, answeredAt: patch.answeredAt.toISOString() };
  }

  /**
   * A champion turns a question and its answer into a published FAQ entry in one step: the entry is
   * created approved (type FAQ, linked to the question, published today, review in six months) and
   * the question is linked to it (and answered, if it was not yet, with the FAQ's answer). Retrying after
   * a failure finds the entry already made.
   */
  public async promoteToFaq(actor: IActor, question: IChampionQuestion, faq: IEntryContent): Promise<{ entry: ICatalogueEntry; question: IChampionQuestion }> {
    if (!actor.isChampion) throw new ValidationError([{ key: 'catalogue.lifecycle.championsOnly', detail: 'promote: championsOnly' }]);
    const content: IEntryContent = { ...faq, type: 'faq' };
    const invalid = contentError(content, false);
    if (invalid !== null) throw invalid;
    const today = this.today();
    const values: NewCatalogueEntry = {
      ...contentValues(content),
      submittedAt: this.now(),
      publishedOn: today,
      reviewBy: addMonths(today, DEFAULT_REVIEW_MONTHS),
      sourceQuestionId: question.id,
      clientId: faqClientId(question.id)
    };
    const created = await createItem(this.site, CatalogueEntriesList, values, { ...this.write, moderation: { status: 'approved', comments: null } });
    if (created.moderationStatus !== 'approved') {
      // SharePoint created it pending after all (or it was found pending from an earlier attempt): approve it.
      await updateItem(this.site, CatalogueEntriesList, { id: created.id, etag: created.etag, patch: {}, moderation: { status: 'approved', comments: null } }, this.write);
    }
    const entry = await this.reread(created.id);
    if (question.promotedEntryId === entry.id) return { entry, question };
    const answered = question.status === 'answered';
    const answerText = answered ? question.answer : htmlToText(content.howToHtml);
    const answeredAt = answered && question.answeredAt !== null ? new Date(question.answeredAt) : this.now();
    const patch = answered
      ? { promotedEntryId: entry.id }
      : { promotedEntryId: entry.id, status: 'answered' as const, answer: answerText, answeredBy: personKey(actor.upn), answeredAt };
    const { etag } = await updateItem(this.site, ChampionQuestionsList, { id: question.id, etag: question.etag, patch }, this.write);
    return {
      entry,
      question: {
        ...question,
        etag,
        promotedEntryId: entry.id,
        status: 'answered',
        answer: answerText,
        answeredBy: answered ? question.answeredBy : personKey(actor.upn),
        answeredAt: answeredAt.toISOString()
      }
    };
  }
}
