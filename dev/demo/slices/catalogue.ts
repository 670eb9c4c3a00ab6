import { CatalogueEntriesList, ChampionQuestionsList, HelpfulVotesList, PoorOutputReportsList, toWire } from '../../../src/lists';
import { contentValues, faqClientId, voteClientId } from '../../../src/data/CatalogueRepository';
import { entryState } from '../../../src/domain/catalogue/lifecycle';
import type { EntryState, ICatalogueEntry, IEntryContent, PoorOutputCategory, ReportStatus } from '../../../src/domain/catalogue/types';
import { addDays, addMonths } from '../../../src/domain/training/days';
import type { IDemoPerson } from '../people';
import { personaUpn } from '../personas';
import { Rng } from '../rng';
import { FAQ_SEEDS, USE_CASE_FAMILIES, type IFaqSeed, type IUseCaseFamily } from './catalogueContent';
import type { IDemoContext, IDemoSlice } from './index';

/**
 * The demo solutions catalogue: ≈ 290 use cases and FAQs across departments for both forces and the joint
 * units (published over the last six months, a few with overdue reviews flagged to their champion
 * owners), a few submissions waiting for a champion, drafts, rejections with the champion's comment,
 * retired entries with their reason, "this helped me" votes, questions (open, answered, promoted to FAQ)
 * and a few poor-output reports. Seeded straight into the store, cheaply (a few thousand rows), so the
 * demo still starts in seconds. `catalogueBenchEntries` makes the larger set for the search benchmark
 * from the same words.
 */

export interface IDemoEntry {
  content: IEntryContent;
  state: EntryState;
  authorUpn: string;
  submittedAt: string;
  publishedOn: string | null;
  reviewBy: string | null;
  retiredOn: string | null;
  retiredReason: string;
  rejectionComment: string | null;
  /** How widely it is used, 0–1: shapes its votes. */
  popularity: number;
}

type Force = 'Kent' | 'Essex' | 'Joint';

/** Families people use most (their entries collect more votes). */
const POPULAR: ReadonlySet<string> = new Set(['minutes', 'email', 'hrPolicy', 'recap', 'foi', 'shiftBriefing']);

const RETIRED_REASONS: readonly string[] = [
  'Superseded by the national template published by the College of Policing.',
  'The Copilot feature it relied on changed; the steps no longer work.',
  'Merged into a clearer entry on the same task.',
  'Criminal-justice documents are paused nationally (June 2026) until safeguards are proven.'
];

const REJECTION_COMMENTS: readonly string[] = [
  'The example prompt names a real address. Please remove every personal detail and resubmit.',
  'This uses intelligence reports, which must never go into Copilot. Could it work from published statistics instead?'
];

const championFor = (force: Force, rng: Rng): string => personaUpn('champion', force === 'Joint' ? (rng.next() < 0.5 ? 'Kent' : 'Essex') : force);

function howToHtml(steps: readonly string[]): string {
  return `<ol>${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function roundTo5(n: number): number {
  return Math.max(5, Math.round(n / 5) * 5);
}

/** People by force and department, for authors and owners. */
class PeoplePicker {
  private readonly byUnit = new Map<string, IDemoPerson[]>();
  private readonly byForce = new Map<string, IDemoPerson[]>();

  public constructor(people: readonly IDemoPerson[], today: string) {
    for (const p of people) {
      if ((p.leaveDate !== undefined && p.leaveDate <= today) || p.workerType === 'Special' || p.persona !== undefined) continue;
      const unit = `${p.force}|${p.department}`;
      this.byUnit.set(unit, [...(this.byUnit.get(unit) ?? []), p]);
      this.byForce.set(p.force, [...(this.byForce.get(p.force) ?? []), p]);
    }
  }

  public pick(rng: Rng, force: Force, departments: readonly string[]): string {
    const forces: Array<'Kent' | 'Essex'> = force === 'Joint' ? [rng.next() < 0.5 ? 'Kent' : 'Essex'] : [force];
    for (const f of forces) {
      for (const d of departments.length > 0 ? [rng.pick(departments), ...departments] : []) {
        const pool = this.byUnit.get(`${f}|${d}`);
        if (pool !== undefined && pool.length > 0) return rng.pick(pool).upn;
      }
      const pool = this.byForce.get(f);
      if (pool !== undefined && pool.length > 0) return rng.pick(pool).upn;
    }
    return personaUpn('champion', 'Kent');
  }
}

/** Titles start with a capital even when the variant leads ("dog unit kit checklist: …"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function contentOfUseCase(family: IUseCaseFamily, variant: string, phrasing: 0 | 1, force: Force, owner: string, rng: Rng): IEntryContent {
  const [low, high] = family.minutes;
  return {
    type: 'useCase',
    title: sentenceCase(family.titles[phrasing](variant)),
    summary: sentenceCase(family.summary(variant)),
    problem: family.problem,
    howToHtml: howToHtml(family.steps(variant)),
    prompts: [...family.prompts(variant)],
    products: [...family.products],
    departments: [...family.departments],
    roles: [...family.roles],
    force,
    ownerUpn: owner,
    handling: family.handling,
    whenNotToUse: family.whenNotToUse,
    trainingModuleKey: family.module,
    estimatedMinutesPerUse: low < 10 ? low + Math.floor(rng.next() * (high - low + 1)) : roundTo5(low + rng.next() * (high - low)),
    measuredTask: family.task
  };
}

function faqContent(seed: IFaqSeed, owner: string): IEntryContent {
  return {
    type: 'faq',
    title: seed.question,
    summary: seed.summary,
    problem: '',
    howToHtml: seed.answer.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    prompts: [],
    products: [...seed.products],
    departments: [...seed.departments],
    roles: [...seed.roles],
    force: seed.force,
    ownerUpn: owner,
    handling: seed.handling,
    whenNotToUse: seed.whenNotToUse,
    trainingModuleKey: seed.module,
    estimatedMinutesPerUse: null,
    measuredTask: null
  };
}

/** Every use case (each family variant once per force that would write it) and every FAQ, in a stable order. */
function allContent(rng: Rng, people: PeoplePicker): Array<{ content: IEntryContent; family: string }> {
  const out: Array<{ content: IEntryContent; family: string }> = [];
  for (const family of USE_CASE_FAMILIES) {
    family.variants.forEach((variant, vi) => {
      // Neighbourhood newsletters are about places: the first half are Kent's towns, the rest Essex's.
      const forces: Force[] = family.joint ? ['Joint'] : family.key === 'newsletter' ? [vi < family.variants.length / 2 ? 'Kent' : 'Essex'] : ['Kent', 'Essex'];
      forces.forEach((force, fi) => {
        const owner = rng.next() < 0.35 ? championFor(force, rng) : people.pick(rng, force, family.departments);
        out.push({ content: contentOfUseCase(family, variant, ((vi + fi) % 2) as 0 | 1, force, owner, rng), family: family.key });
      });
    });
  }
  for (const seed of FAQ_SEEDS) out.push({ content: faqContent(seed, championFor(seed.force, rng)), family: 'faq' });
  return out;
}

/**
 * The demo entries with their lifecycle: mostly published, some pending, drafts, rejected, retired, and a
 * few published long enough ago that their review is overdue.
 */
export function demoCatalogueEntries(people: readonly IDemoPerson[], today: string, seed: number = 8): IDemoEntry[] {
  const rng = new Rng(seed);
  const picker = new PeoplePicker(people, today);
  const all = allContent(rng, picker);
  // Which use cases are not (simply) published: chosen by position so the mix is stable.
  const useCases = all.map((x, i) => ({ ...x, i })).filter((x) => x.content.type === 'useCase');
  const pick = (n: number, taken: Set<number>, filter: (x: (typeof useCases)[number]) => boolean = () => true): Set<number> => {
    const chosen = new Set<number>();
    const pool = useCases.filter((x) => !taken.has(x.i) && filter(x));
    while (chosen.size < n && chosen.size < pool.length) {
      const candidate = rng.pick(pool).i;
      if (!chosen.has(candidate)) chosen.add(candidate);
    }
    chosen.forEach((i) => taken.add(i));
    return chosen;
  };
  const taken = new Set<number>();
  const retiredCj = pick(1, taken, (x) => x.family === 'criminalJustice');
  const retired = pick(7, taken);
  const pending = pick(8, taken);
  const drafts = pick(2, taken);
  const rejected = pick(2, taken);
  const overdue = pick(10, taken, (x) => x.content.ownerUpn.indexOf('.champion@') > 0);
  let retiredCount = 0;
  let rejectedCount = 0;

  return all.map(({ content, family }, i): IDemoEntry => {
    const ageDays = overdue.has(i) ? rng.int(372, 430) : pending.has(i) || drafts.has(i) || rejected.has(i) ? rng.int(1, 12) : rng.int(3, 200);
    const publishedOn = addDays(today, -ageDays);
    const minute = rng.int(0, 59);
    const submittedAt = `${addDays(publishedOn, -rng.int(1, 6))}T09:${String(minute).padStart(2, '0')}:00Z`;
    // Champions' own FAQs are authored by them; use cases by their owner, or someone in the team.
    const authorUpn = content.ownerUpn;
    const base: IDemoEntry = {
      content,
      state: 'approved',
      authorUpn,
      submittedAt,
      publishedOn,
      reviewBy: addMonths(publishedOn, 12),
      retiredOn: null,
      retiredReason: '',
      rejectionComment: null,
      popularity: (POPULAR.has(family) ? 0.6 : 0.25) * (0.3 + rng.next())
    };
    if (retiredCj.has(i) || retired.has(i)) {
      const reason = retiredCj.has(i) ? RETIRED_REASONS[3] : RETIRED_REASONS[retiredCount++ % 3];
      return { ...base, state: 'retired', retiredOn: addDays(today, -rng.int(2, 40)), retiredReason: reason };
    }
    if (pending.has(i)) return { ...base, state: 'submitted', submittedAt: `${addDays(today, -rng.int(0, 6))}T10:${String(minute).padStart(2, '0')}:00Z`, publishedOn: null, reviewBy: null, popularity: 0 };
    if (drafts.has(i)) return { ...base, state: 'draft', publishedOn: null, reviewBy: null, popularity: 0 };
    if (rejected.has(i)) return { ...base, state: 'rejected', publishedOn: null, reviewBy: null, rejectionComment: REJECTION_COMMENTS[rejectedCount++ % REJECTION_COMMENTS.length], popularity: 0 };
    return base;
  });
}

/**
 * ≈ `count` published entries for the search benchmark, as the domain sees them: the demo's words,
 * repeated over more places, audiences and phrasings (each title distinct), ids 1…count.
 */
export function catalogueBenchEntries(count: number, seed: number = 1000): ICatalogueEntry[] {
  const rng = new Rng(seed);
  const audiences = ['', ' for new starters', ' for supervisors', ' (quick version)', ' (step by step)', ' for the joint units', ' for night shifts', ' for hybrid workers'];
  const forces: Force[] = ['Kent', 'Essex', 'Joint'];
  const out: ICatalogueEntry[] = [];
  let round = 0;
  while (out.length < count) {
    const audience = audiences[round % audiences.length];
    for (const family of USE_CASE_FAMILIES) {
      for (let vi = 0; vi < family.variants.length && out.length < count; vi++) {
        const force = forces[(vi + round) % 3];
        const content = contentOfUseCase(family, `${family.variants[vi]}${audience}`, ((vi + round) % 2) as 0 | 1, force, championFor(force, rng), rng);
        out.push(benchEntry(out.length + 1, content, rng));
      }
    }
    for (const seedFaq of FAQ_SEEDS) {
      if (out.length >= count) break;
      const content = faqContent(seedFaq, championFor(seedFaq.force, rng));
      out.push(benchEntry(out.length + 1, { ...content, title: `${content.title}${audience}` }, rng));
    }
    round++;
  }
  return out;
}

function benchEntry(id: number, content: IEntryContent, rng: Rng): ICatalogueEntry {
  const publishedOn = addDays('2026-11-23', -rng.int(1, 400));
  const lifecycle = { moderation: 'approved' as const, submittedAt: `${publishedOn}T09:00:00Z`, retiredOn: null };
  return {
    ...content,
    id,
    etag: '"1"',
    state: entryState(lifecycle),
    moderation: lifecycle.moderation,
    moderationComment: null,
    reviewBy: addMonths(publishedOn, 12),
    submittedAt: lifecycle.submittedAt,
    publishedOn,
    retiredOn: null,
    retiredReason: '',
    sourceQuestionId: null,
    createdAt: lifecycle.submittedAt,
    modifiedAt: `${publishedOn}T10:00:00Z`,
    author: null,
    editor: null
  };
}

interface IQuestionSeed {
  question: string;
  department: string;
  force: 'Kent' | 'Essex';
  answer?: string;
  /** Promoted to an FAQ entry: the FAQ seed's question it became. */
  promotedTo?: string;
  /** Asked by this persona rather than a random colleague. */
  persona?: string;
}

const QUESTIONS: readonly IQuestionSeed[] = [
  { question: 'Can I use Copilot to tidy up my pocket notebook entries before I type them up?', department: 'Response', force: 'Essex', answer: 'No. Notebook entries are evidential and hold personal data: they must never go into Copilot. You can ask Copilot Chat to explain the published notebook guidance instead.', persona: 'essex.pc@policing.example' },
  { question: 'Is there a prompt that turns our ward panel minutes into the newsletter format?', department: 'Neighbourhood policing', force: 'Kent' },
  { question: 'Can Copilot summarise the HMICFRS PEEL report for our force before the board?', department: 'Corporate services', force: 'Essex', answer: 'Yes: it is a published report. Open it in Word and ask for key findings, areas for improvement and questions for the board. Check the summary against the report.' },
  { question: 'Are we allowed to use Copilot to write disclosure schedules?', department: 'CID / local investigation', force: 'Kent', answer: 'No. Disclosure schedules are evidential material and criminal-justice documents. They must not be prepared with AI.' },
  { question: 'Can I paste anonymised call volumes by hour into Copilot in Excel?', department: 'Contact management', force: 'Essex' },
  { question: 'What should I do if Copilot shows me an HR file from another department?', department: 'Support Services', force: 'Kent', answer: 'Stop, do not share it, and report the location to the service desk as an oversharing risk. Copilot only shows what permissions already allow.', promotedTo: 'Copilot found a document I should not be able to see. What do I do?' },
  { question: 'Does Copilot keep what I type? I do not want my prompts used to train it.', department: 'Intelligence and analysis', force: 'Kent', answer: 'Prompts stay in our tenant and are not used to train the model, but they are kept like email and can be disclosed.', promotedTo: 'Does Copilot learn from what I type?' },
  { question: 'Can I use Copilot on my force phone while on patrol?', department: 'Response', force: 'Kent' },
  { question: 'How do I copy one of the catalogue prompts into Outlook?', department: 'Criminal justice and custody', force: 'Essex' },
  { question: 'Can I use Copilot to plan the custody rota?', department: 'Criminal justice and custody', force: 'Kent', answer: 'Yes, with a rota spreadsheet that holds only shift patterns and initials, no personal information beyond what the rota already shows. Check the result: Copilot in Excel makes mistakes.' }
];

const REPORTS: ReadonlyArray<{ category: PoorOutputCategory; details: string; status: ReportStatus; riskRef?: string; triageNote?: string }> = [
  { category: 'madeUp', details: 'Copilot quoted a section of the flexible working policy that does not exist.', status: 'onRiskRegister', riskRef: 'R-009', triageNote: 'Hallucination of policy content: linked to the untested agents / outdated policy risk.' },
  { category: 'outdatedPolicy', details: 'The answer used last year\u2019s travel claim rates.', status: 'triaged', triageNote: 'Policy page owner asked to archive the old version.' },
  { category: 'inaccurate', details: 'The trend summary said burglary rose, but the published figures show a fall.', status: 'new' },
  { category: 'incomplete', details: 'The minutes missed two of the actions agreed at the end of the meeting.', status: 'new' },
  { category: 'inappropriate', details: 'The draft press release used a flippant tone for a road safety campaign.', status: 'triaged', triageNote: 'Comms lead reviewing the example prompt.' }
];

export const catalogueSlice: IDemoSlice = {
  name: 'catalogue',
  seed(ctx: IDemoContext) {
    const web = ctx.dataWeb;
    const list = (url: string): NonNullable<ReturnType<typeof web.getListByUrl>> => {
      const found = web.getListByUrl(`${web.serverRelativeUrl}/${url}`);
      if (!found) throw new Error('The catalogue lists do not exist: run provisioning before seeding');
      return found;
    };
    const entries = list(CatalogueEntriesList.url);
    const votes = list(HelpfulVotesList.url);
    const questions = list(ChampionQuestionsList.url);
    const reports = list(PoorOutputReportsList.url);
    if (entries.itemCount > 0) return { items: 0 };

    const site = ctx.security.site(web.serverRelativeUrl);
    const userId = (upn: string): number => site.userByUpn(upn)?.id ?? ctx.ownerId;
    const demo = demoCatalogueEntries(ctx.people, ctx.today);
    const firstId = entries.maxId + 1;
    const idOfQuestionFaq = new Map<string, number>();

    entries.bulkInsert(
      demo.map((e, i) => {
        const moderation = e.state === 'approved' || e.state === 'retired' ? 0 : e.state === 'rejected' ? 1 : 2;
        const submittedAt = e.state === 'draft' ? null : new Date(e.submittedAt);
        if (e.content.type === 'faq') idOfQuestionFaq.set(e.content.title, firstId + i);
        const values = {
          ...contentValues(e.content),
          submittedAt,
          publishedOn: e.publishedOn,
          reviewBy: e.reviewBy,
          retiredOn: e.retiredOn,
          retiredReason: e.retiredReason === '' ? null : e.retiredReason
        };
        const champion = e.content.ownerUpn.indexOf('.champion@') > 0 ? e.content.ownerUpn : personaUpn('champion', e.content.force === 'Essex' ? 'Essex' : 'Kent');
        const decided = e.publishedOn !== null && (e.state === 'approved' || e.state === 'retired');
        return {
          values: { ...toWire(CatalogueEntriesList, values) },
          authorId: userId(e.authorUpn),
          editorId: decided ? userId(champion) : userId(e.authorUpn),
          created: e.submittedAt,
          modified: e.retiredOn !== null ? `${e.retiredOn}T11:00:00Z` : decided ? `${e.publishedOn as string}T10:00:00Z` : e.submittedAt,
          moderationStatus: moderation as 0 | 1 | 2
        };
      })
    );
    // A rejection carries the champion's comment (a bulk insert cannot set it).
    demo.forEach((e, i) => {
      if (e.rejectionComment === null) return;
      entries.updateItem(firstId + i, {}, { userId: userId(personaUpn('champion', e.content.force === 'Essex' ? 'Essex' : 'Kent')), now: new Date(`${ctx.today}T08:00:00Z`) }, { moderationStatus: 1, moderationComments: e.rejectionComment, systemUpdate: true });
    });

    // Votes: each published entry gets voters from the workforce (one item each), a few switched off again.
    const rng = ctx.rng;
    const voters = ctx.people.filter((p) => (p.leaveDate === undefined || p.leaveDate > ctx.today) && p.workerType !== 'Special');
    const voteRows: Array<{ values: Record<string, unknown>; authorId: number; created: string; modified: string }> = [];
    demo.forEach((e, i) => {
      if (e.state !== 'approved' && e.state !== 'retired') return;
      const entryId = firstId + i;
      const n = Math.floor(e.popularity * e.popularity * 90 * rng.next());
      const chosen = new Set<string>();
      for (let k = 0; k < n * 3 && chosen.size < n; k++) chosen.add(rng.pick(voters).upn);
      for (const upn of chosen) {
        const day = addDays(e.publishedOn as string, rng.int(0, Math.max(0, Math.min(150, daysSince(e.publishedOn as string, ctx.today)))));
        const when = `${day <= ctx.today ? day : ctx.today}T${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
        voteRows.push({
          values: { ...toWire(HelpfulVotesList, { title: `Entry ${entryId}`, entryId, upn, helpful: rng.next() > 0.08, clientId: voteClientId(entryId, upn) }) },
          authorId: userId(upn),
          created: when,
          modified: when
        });
      }
    });
    voteRows.sort((a, b) => a.created.localeCompare(b.created));
    votes.bulkInsert(voteRows);

    // Questions: some open, some answered, two promoted to the FAQ they became.
    const askers = voters.filter((p) => p.persona === undefined);
    const questionRows = QUESTIONS.map((q, i) => {
      const asker = q.persona ?? rng.pick(askers.filter((p) => p.force === q.force && p.department === q.department).concat(askers.filter((p) => p.force === q.force)).slice(0, 50)).upn;
      const asked = `${addDays(ctx.today, -(QUESTIONS.length - i) * 2)}T11:${String(10 + i).padStart(2, '0')}:00Z`;
      const champion = personaUpn('champion', q.force);
      const answeredAt = q.answer !== undefined ? new Date(new Date(asked).getTime() + 26 * 3600000) : null;
      return {
        values: {
          ...toWire(ChampionQuestionsList, {
            title: q.question.slice(0, 255),
            question: q.question,
            askerUpn: asker,
            force: q.force,
            department: q.department,
            status: q.answer !== undefined ? 'answered' : 'open',
            answer: q.answer ?? null,
            answeredBy: q.answer !== undefined ? champion : null,
            answeredAt,
            promotedEntryId: q.promotedTo !== undefined ? idOfQuestionFaq.get(q.promotedTo) ?? null : null
          })
        },
        authorId: userId(asker),
        editorId: q.answer !== undefined ? userId(champion) : userId(asker),
        created: asked,
        modified: answeredAt !== null ? answeredAt.toISOString() : asked
      };
    });
    const firstQuestionId = questions.maxId + 1;
    questions.bulkInsert(questionRows);
    // The FAQs those questions became point back at them (and carry the client id a promotion gives them).
    QUESTIONS.forEach((q, i) => {
      const faqId = q.promotedTo !== undefined ? idOfQuestionFaq.get(q.promotedTo) : undefined;
      if (faqId === undefined) return;
      entries.updateItem(faqId, toWire(CatalogueEntriesList, { sourceQuestionId: firstQuestionId + i, clientId: faqClientId(firstQuestionId + i) }), { userId: ctx.ownerId, now: new Date(`${ctx.today}T08:00:00Z`) }, { moderationStatus: 0, systemUpdate: true });
    });

    // Poor-output reports against published entries, from colleagues, in triage.
    const published = demo.map((e, i) => ({ e, id: firstId + i })).filter((x) => x.e.state === 'approved' && x.e.content.type === 'useCase');
    const reportRows = REPORTS.map((r, i) => {
      const target = published[(i * 37) % published.length];
      const reporter = rng.pick(askers);
      const created = `${addDays(ctx.today, -(REPORTS.length - i) * 3)}T14:00:00Z`;
      return {
        values: {
          ...toWire(PoorOutputReportsList, {
            title: target.e.content.title.slice(0, 255),
            entryId: target.id,
            entryTitle: target.e.content.title.slice(0, 255),
            category: r.category,
            details: r.details,
            product: target.e.content.products[0] ?? null,
            reporterUpn: reporter.upn,
            force: reporter.force,
            department: reporter.department,
            status: r.status,
            triageNote: r.triageNote ?? null,
            riskRef: r.riskRef ?? null
          })
        },
        authorId: userId(reporter.upn),
        created
      };
    });
    reports.bulkInsert(reportRows);
    return { items: demo.length + voteRows.length + questionRows.length + reportRows.length };
  }
};

function daysSince(day: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86400000));
}
