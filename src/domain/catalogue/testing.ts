/** Test fixtures of the catalogue domain (not shipped: only tests import this). */
import { entryState } from './lifecycle';
import type { ICatalogueEntry, IEntryContent } from './types';

let nextId = 1;

/** Content that passes `contentProblems` for a submission. */
export function content(overrides: Partial<IEntryContent> = {}): IEntryContent {
  return {
    type: 'useCase',
    title: 'Draft a shift briefing summary',
    summary: 'Turn the non-sensitive bulletins into a two-minute briefing.',
    problem: 'Sergeants spend the start of every shift reading bulletins.',
    howToHtml: '<ol><li>Open Copilot Chat.</li><li>Paste the bulletin.</li></ol>',
    prompts: ['Summarise these bulletins as five bullet points.'],
    products: ['Copilot Chat'],
    departments: ['Response'],
    roles: ['Supervisor or manager'],
    force: 'Kent',
    ownerUpn: 'kent.champion@policing.example',
    handling: 'amber',
    whenNotToUse: 'Never with intelligence or personal data.',
    trainingModuleKey: 'prompt-writing',
    estimatedMinutesPerUse: 10,
    measuredTask: 'summarising',
    ...overrides
  };
}

/** A stored entry; its state follows from moderation, submitted-at and retired-on unless given. */
export function entry(overrides: Partial<ICatalogueEntry> = {}): ICatalogueEntry {
  const id = overrides.id ?? nextId++;
  const base: ICatalogueEntry = {
    ...content(),
    id,
    etag: '"1"',
    state: 'approved',
    moderation: 'approved',
    moderationComment: null,
    reviewBy: '2027-11-01',
    submittedAt: '2026-10-01T09:00:00Z',
    publishedOn: '2026-10-02',
    retiredOn: null,
    retiredReason: '',
    sourceQuestionId: null,
    createdAt: '2026-10-01T09:00:00Z',
    modifiedAt: '2026-10-02T09:00:00Z',
    author: { id: 50, title: 'Author', email: 'author@policing.example' },
    editor: null,
    ...overrides
  };
  return overrides.state !== undefined ? base : { ...base, state: entryState(base) };
}
