/**
 * The training repository against the emulator, with the real set-up: item-level security on the
 * completions, a learner recording their own completion, a colleague who cannot see it, and a training
 * lead who rebuilds the summary and reads the completions made since.
 */
import { emulatorSite, RunningEmulatorLike } from './testing/emulator';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { TrainingModulesList } from '../lists/training';
import { createItem } from './writes';
import { TrainingRepository } from './TrainingRepository';
import { buildSummary, compliance } from '../domain/training/summary';
import { learner } from '../domain/training/testing';
import type { ICompletion } from '../domain/training/types';

const OWNER = 'olivia.owner@essex.police.uk';
const CHLOE = 'chloe.barnes@essex.police.uk';
const DAN = 'dan.okafor@essex.police.uk';
const LEAD = 'emma.clarke@essex.police.uk';
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;

function repo(upn: string): TrainingRepository {
  return new TrainingRepository(emulatorSite(emu, upn));
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: CHLOE, title: 'Chloe Barnes', groups: ['workforce'] },
    { upn: DAN, title: 'Dan Okafor', groups: ['workforce'] },
    { upn: LEAD, title: 'Emma Clarke', groups: ['workforce', 'trainingLeads'] }
  ]);
  const site = emulatorSite(emu, OWNER);
  await createItem(site, TrainingModulesList, {
    title: 'Acceptable use of Microsoft 365',
    key: 'acceptable-use',
    description: 'What you may and may not do with Microsoft 365 and Copilot.',
    mandatory: true,
    active: true,
    dueWithinDays: 30,
    assignedOn: '2026-10-01',
    policyVersion: 2,
    policyPublishedOn: '2026-11-16'
  });
});

afterAll(async () => {
  await emu.close();
});

describe('training repository', () => {
  const chloe = learner({ upn: CHLOE });

  it('gives a learner the modules, mapped to the domain', async () => {
    const modules = await repo(CHLOE).modules();
    expect(modules).toHaveLength(1);
    expect(modules[0]).toMatchObject({ key: 'acceptable-use', mandatory: true, policy: { version: 2, publishedOn: '2026-11-16' }, knowledgeCheck: undefined });
  });

  it('records a learner\u2019s attestation as their own item, with their unit and prior state', async () => {
    const [module] = await repo(CHLOE).modules();
    const completion = await repo(CHLOE).record(chloe, module, { attestation: 'I have read and understood version 2 of Acceptable use of Microsoft 365.', score: undefined }, [], TODAY);
    expect(completion).toEqual<ICompletion>({ upn: CHLOE, moduleKey: 'acceptable-use', completedOn: TODAY, policyVersion: 2, score: undefined });
    expect(await repo(CHLOE).completionsOf(CHLOE)).toEqual([completion]);
  });

  it('hides it from a colleague even when they ask for it by name (item-level security, not a filter)', async () => {
    expect(await repo(DAN).completionsOf(CHLOE)).toEqual([]);
  });

  it('lets a training lead rebuild the summary and see completions made since', async () => {
    const lead = repo(LEAD);
    const modules = await lead.modules();
    const deltas = await lead.deltasBetween(1, await lead.newestRecordId());
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toMatchObject({ unit: { force: 'Essex', department: 'Contact management' }, counts: true, prior: { done: false, dueOn: '2026-12-16' } });

    const summary = buildSummary([chloe, learner({ upn: DAN })], modules, new Map([[CHLOE, [deltas[0].completion]]]), TODAY, deltas[0].id);
    await lead.saveSummary(summary, 'rebuild-1');
    const [stored] = await lead.latestSummaries();
    const saved = stored.summary;
    expect(saved).toEqual(summary);
    expect(compliance(saved!, modules, TODAY, { groupBy: ['force'] })).toEqual([{ group: { force: 'Essex' }, applicable: 2, done: 1, dueSoon: 0, overdue: 0, upcoming: 1 }]);
    expect(await lead.deltasBetween(summary.maxRecordId + 1, await lead.newestRecordId())).toEqual([]);
  });

  it('does not let a learner write the summary', async () => {
    await expect(repo(CHLOE).saveSummary({ asOf: TODAY, maxRecordId: 0, cells: [] }, 'x')).resolves.toBeUndefined();
    await expect(
      repo(CHLOE).saveSummary({ asOf: TODAY, maxRecordId: 0, cells: [{ force: 'Essex', department: 'x', grade: 'x', workerType: 'Staff', moduleKey: 'acceptable-use', applicable: 1, pending: {}, done: {}, completedOn: {} }] }, 'x')
    ).rejects.toMatchObject({ key: 'errors.forbidden' });
  });
});

describe('recording again after a failure', () => {
  it('keeps one item when a submission is sent again with its client id (its first answer was lost)', async () => {
    const dan = learner({ upn: DAN });
    const [module] = await repo(DAN).modules();
    const input = { attestation: 'I have read and understood version 2 of Acceptable use of Microsoft 365.', score: undefined, clientId: 'dan-attestation-1' };
    await repo(DAN).record(dan, module, input, [], TODAY);
    await repo(DAN).record(dan, module, input, [], TODAY);
    expect(await repo(DAN).completionsOf(DAN)).toHaveLength(1);
    // A new submission (a new id) is a new record, as a second knowledge check attempt is.
    await repo(DAN).record(dan, module, { ...input, clientId: 'dan-attestation-2' }, [], TODAY);
    expect(await repo(DAN).completionsOf(DAN)).toHaveLength(2);
  });
});
