/**
 * Module management against the emulator with the real set-up: a training lead creates, edits, publishes
 * and retires modules; a second lead working from a stale copy gets a conflict and overwrites nothing; a
 * workforce member who is not a lead is refused by SharePoint itself (no button hidden is security).
 */
import { emulatorSite, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { emptyModuleDraft, type IModuleDraft } from '../domain/training/moduleDraft';
import { moduleStatus } from '../domain/training/status';
import { completion, learner } from '../domain/training/testing';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import { DuplicateModuleKeyError, TrainingModuleRepository, draftOf, type IModuleRecord } from './TrainingModuleRepository';
import { TrainingRepository } from './TrainingRepository';

const OWNER = 'olivia.owner@essex.police.uk';
const LEAD = 'emma.clarke@essex.police.uk';
const LEAD2 = 'raj.patel@kent.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;

function repo(upn: string): TrainingModuleRepository {
  return new TrainingModuleRepository(emulatorSite(emu, upn));
}

function draft(overrides: Partial<IModuleDraft> = {}): IModuleDraft {
  return { ...emptyModuleDraft('2026-10-01'), title: 'Acceptable use of Microsoft 365', key: 'acceptable-use', ...overrides };
}

async function byKey(key: string, upn: string = LEAD): Promise<IModuleRecord> {
  const found = (await repo(upn).list()).filter((r) => r.module.key === key)[0];
  if (!found) throw new Error(`no module ${key}`);
  return found;
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: LEAD, title: 'Emma Clarke', groups: ['workforce', 'trainingLeads'] },
    { upn: LEAD2, title: 'Raj Patel', groups: ['workforce', 'trainingLeads'] },
    { upn: CHLOE, title: 'Chloe Barnes', groups: ['workforce'] }
  ]);
});

afterAll(async () => {
  await emu.close();
});

describe('training module management', () => {
  it('lets a lead create a policy module with its audience and knowledge check, read back as the learners see it', async () => {
    const created = await repo(LEAD).create(
      draft({
        description: 'What you may and may not do.',
        contentUrl: 'https://intranet.essex.police.uk/policies/aup',
        durationMinutes: '20',
        sortOrder: '1',
        forces: ['Essex', 'Joint'],
        workerTypes: ['Officer', 'Staff'],
        departments: ' Contact management \n\n',
        policy: true,
        knowledgeCheck: true,
        passMark: '100',
        maxAttempts: '3',
        questions: [{ id: 'q1', text: 'You may paste a victim\u2019s details into Copilot Chat.', options: ['True', 'False'], answer: 1 }]
      })
    );
    expect(created.module).toEqual({
      key: 'acceptable-use',
      title: 'Acceptable use of Microsoft 365',
      description: 'What you may and may not do.',
      contentUrl: 'https://intranet.essex.police.uk/policies/aup',
      durationMinutes: 20,
      mandatory: true,
      active: true,
      audience: { forces: ['Essex', 'Joint'], workerTypes: ['Officer', 'Staff'], departments: ['Contact management'], grades: [], jobTitles: [] },
      dueWithinDays: 30,
      assignedOn: '2026-10-01',
      refreshMonths: undefined,
      policy: { version: 1, publishedOn: '2026-10-01' },
      knowledgeCheck: { passMark: 100, maxAttempts: 3, questions: [{ id: 'q1', text: 'You may paste a victim\u2019s details into Copilot Chat.', options: ['True', 'False'], answer: 1 }] }
    });
    // What the lead wrote is what a learner's view reads.
    expect(await new TrainingRepository(emulatorSite(emu, CHLOE)).modules()).toEqual([created.module]);
  });

  it('refuses a second module with the same code, even from another lead, and creates nothing', async () => {
    const before = await repo(LEAD2).list();
    const attempt = repo(LEAD2).create(draft({ title: 'Another acceptable use' }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicateModuleKeyError);
    await expect(attempt).rejects.toMatchObject({ moduleKey: 'acceptable-use', heldBy: 'Acceptable use of Microsoft 365', problems: [{ field: 'key', key: 'validation.keyTaken' }] });
    expect(await repo(LEAD2).list()).toHaveLength(before.length);
  });

  it('makes a create retried with the same client id exactly once', async () => {
    const d = draft({ key: 'copilot-basics', title: 'How to use Copilot', sortOrder: '2' });
    const first = await repo(LEAD).create(d, 'create-copilot-basics-1');
    const again = await repo(LEAD).create(d, 'create-copilot-basics-1');
    expect(again.id).toBe(first.id);
    expect((await repo(LEAD).list()).filter((r) => r.module.key === 'copilot-basics')).toHaveLength(1);
  });

  it('refuses a draft that does not validate before sending anything', async () => {
    const before = (await repo(LEAD).list()).length;
    const attempt = repo(LEAD).create(draft({ key: 'Bad Code', title: '', durationMinutes: '0' }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      problems: [
        { field: 'title', key: 'validation.required' },
        { field: 'key', key: 'validation.keyFormat' },
        { field: 'durationMinutes', key: 'validation.wholeNumber' }
      ]
    });
    expect(await repo(LEAD).list()).toHaveLength(before);
  });

  it('lists every module in the leads\u2019 order', async () => {
    expect((await repo(LEAD).list()).map((r) => r.module.key)).toEqual(['acceptable-use', 'copilot-basics']);
  });

  it('saves a lead\u2019s edits with the etag they read, and never changes the code', async () => {
    const read = await byKey('copilot-basics');
    const edited = { ...draftOf(read), key: 'renamed-code', title: 'How to use Copilot safely', refreshMonths: '12', jobTitles: 'Call handler\n Dispatcher ' };
    const written = await repo(LEAD).update(read.id, read.etag, edited);
    expect(written.etag).not.toBe(read.etag);
    const now = await repo(LEAD).get(read.id);
    expect(now.etag).toBe(written.etag);
    expect(now.module).toMatchObject({ key: 'copilot-basics', title: 'How to use Copilot safely', refreshMonths: 12, audience: { jobTitles: ['Call handler', 'Dispatcher'] }, active: true });
  });

  it('gives a lead working from a stale copy a conflict with the current version, and overwrites nothing', async () => {
    const stale = await byKey('copilot-basics', LEAD2);
    const fresh = await byKey('copilot-basics', LEAD);
    await repo(LEAD).update(fresh.id, fresh.etag, { ...draftOf(fresh), durationMinutes: '45' });

    const attempt = repo(LEAD2).update(stale.id, stale.etag, { ...draftOf(stale), title: 'Raj\u2019s title', durationMinutes: '5' });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const conflict = (await attempt.catch((e: unknown) => e)) as ConflictError<IModuleRecord>;
    expect(conflict.current?.module).toMatchObject({ title: 'How to use Copilot safely', durationMinutes: 45 });

    const after = await repo(LEAD).get(stale.id);
    expect(after.module).toMatchObject({ title: 'How to use Copilot safely', durationMinutes: 45 });
    expect(after.etag).toBe(conflict.current?.etag);
  });

  it('publishes a new policy version: 1 becomes 2, dated, and everyone must attest again within the due period', async () => {
    const read = await byKey('acceptable-use');
    const published = await repo(LEAD).publishPolicyVersion(read.id, read.etag, TODAY);
    expect(published).toMatchObject({ version: 2, publishedOn: TODAY });
    const now = await repo(LEAD).get(read.id);
    expect(now.etag).toBe(published.etag);
    expect(now.module.policy).toEqual({ version: 2, publishedOn: TODAY });

    // A learner who attested to version 1 is due again: 30 days from publication.
    const chloe = learner({ upn: CHLOE });
    const attestedV1 = completion({ upn: CHLOE, moduleKey: 'acceptable-use', completedOn: '2026-10-05', policyVersion: 1, score: 100 });
    expect(moduleStatus(read.module, chloe, [attestedV1], TODAY)?.state).toBe('done');
    expect(moduleStatus(now.module, chloe, [attestedV1], TODAY)).toMatchObject({ state: 'upcoming', dueOn: '2026-12-23' });
  });

  it('refuses to publish from a stale copy, so two leads publishing at once make one version', async () => {
    const read = await byKey('acceptable-use');
    await repo(LEAD).publishPolicyVersion(read.id, read.etag, TODAY);
    const attempt = repo(LEAD2).publishPolicyVersion(read.id, read.etag, TODAY);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect((await repo(LEAD).get(read.id)).module.policy?.version).toBe(3);
  });

  it('makes a module a policy module at version 1 when it first publishes one', async () => {
    const read = await byKey('copilot-basics');
    expect(read.module.policy).toBeUndefined();
    await expect(repo(LEAD).publishPolicyVersion(read.id, read.etag, TODAY)).resolves.toMatchObject({ version: 1, publishedOn: TODAY });
    expect((await repo(LEAD).get(read.id)).module.policy).toEqual({ version: 1, publishedOn: TODAY });
  });

  it('retires and reinstates a module without deleting it', async () => {
    const read = await byKey('copilot-basics');
    const retired = await repo(LEAD).setActive(read.id, read.etag, false);
    expect((await repo(LEAD).get(read.id)).module.active).toBe(false);
    // A retired module still holds its code.
    await expect(repo(LEAD).create(draft({ key: 'copilot-basics', title: 'New Copilot module' }))).rejects.toBeInstanceOf(DuplicateModuleKeyError);
    await repo(LEAD).setActive(read.id, retired.etag, true);
    expect((await repo(LEAD).get(read.id)).module.active).toBe(true);
  });

  it('lets a workforce member read modules but SharePoint refuses them every change', async () => {
    const read = await byKey('copilot-basics', CHLOE);
    const chloe = repo(CHLOE);
    await expect(chloe.create(draft({ key: 'chloes-module', title: 'Mine' }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(chloe.update(read.id, read.etag, { ...draftOf(read), title: 'Changed by Chloe' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(chloe.publishPolicyVersion(read.id, read.etag, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(chloe.setActive(read.id, read.etag, false)).rejects.toBeInstanceOf(ForbiddenError);

    const after = await repo(LEAD).get(read.id);
    expect(after.etag).toBe(read.etag);
    expect(after.module).toEqual(read.module);
    expect((await repo(LEAD).list()).map((r) => r.module.key)).toEqual(['acceptable-use', 'copilot-basics']);
  });
});
