/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../../data/errors';
import { recordFromItem, type IModuleRecord, type IModuleWrite, type IPublishedVersion, type ITrainingModuleStore } from '../../../../data/TrainingModuleRepository';
import type { DataSite } from '../../../../data/sp';
import { draftFromModule, modulePatch, moduleToItem, type IModuleDraft } from '../../../../domain/training/moduleDraft';
import { trainingModule } from '../../../../domain/training/testing';
import type { ITrainingModule } from '../../../../domain/training/types';
import type { TrainingModuleItem } from '../../../../lists/training';
import { ModuleManager } from './ModuleManager';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';

/**
 * An in-memory list with SharePoint's etag rule: a write with an etag other than the current one is
 * refused with a conflict and changes nothing. `refuse` makes every write fail as SharePoint would.
 */
class FakeModules implements ITrainingModuleStore {
  public items = new Map<number, TrainingModuleItem>();
  public refuse: Error | undefined;
  public calls: string[] = [];
  private nextId = 1;

  public constructor(modules: ITrainingModule[]) {
    modules.forEach((m, i) => {
      const item = this.put({
        ...moduleToItem(draftFromModule(m, i + 1)),
        policyVersion: m.policy?.version ?? null,
        policyPublishedOn: m.policy?.publishedOn ?? null,
        active: m.active
      });
      this.items.set(item.id, item);
    });
  }

  private put(values: Partial<TrainingModuleItem>, id?: number, version: number = 1): TrainingModuleItem {
    const itemId = id ?? this.nextId++;
    return { created: new Date(), modified: new Date(), author: null, editor: null, moderationStatus: null, clientId: null, ...values, id: itemId, etag: `"${version}"` } as TrainingModuleItem;
  }

  private write(id: number, etag: string, patch: Partial<TrainingModuleItem>): IModuleWrite {
    if (this.refuse) throw this.refuse;
    const current = this.items.get(id);
    if (!current) throw new NotFoundError();
    if (current.etag !== etag) throw new ConflictError<IModuleRecord>(recordFromItem(current));
    const next = this.put({ ...current, ...patch }, id, Number(current.etag.replace(/"/g, '')) + 1);
    this.items.set(id, next);
    return { etag: next.etag };
  }

  /** Someone else saves a change (e.g. another lead in another browser). */
  public changeBehindTheirBack(id: number, patch: Partial<TrainingModuleItem>): void {
    const current = this.items.get(id)!;
    this.write(id, current.etag, patch);
  }

  public async list(): Promise<IModuleRecord[]> {
    this.calls.push('list');
    return [...this.items.values()].map(recordFromItem);
  }

  public async get(id: number): Promise<IModuleRecord> {
    const item = this.items.get(id);
    if (!item) throw new NotFoundError();
    return recordFromItem(item);
  }

  public async create(draft: IModuleDraft, clientId?: string): Promise<IModuleRecord> {
    this.calls.push(`create ${draft.key} ${clientId ?? ''}`);
    if (this.refuse) throw this.refuse;
    const item = this.put(moduleToItem(draft));
    this.items.set(item.id, item);
    return recordFromItem(item);
  }

  public async update(id: number, etag: string, draft: IModuleDraft): Promise<IModuleWrite> {
    this.calls.push(`update ${id} ${etag}`);
    return this.write(id, etag, modulePatch(draft) as Partial<TrainingModuleItem>);
  }

  public async publishPolicyVersion(id: number, etag: string, publishedOn: string): Promise<IPublishedVersion> {
    this.calls.push(`publish ${id} ${etag} ${publishedOn}`);
    const version = (this.items.get(id)?.policyVersion ?? 0) + 1;
    const written = this.write(id, etag, { policyVersion: version, policyPublishedOn: publishedOn });
    return { ...written, version, publishedOn };
  }

  public async setActive(id: number, etag: string, active: boolean): Promise<IModuleWrite> {
    this.calls.push(`active ${id} ${etag} ${active}`);
    return this.write(id, etag, { active });
  }
}

const site = (): Promise<DataSite> => Promise.resolve({ sp: {} as DataSite['sp'], webUrl: 'https://contoso.sharepoint.com/sites/m365', serverRelativeUrl: '/sites/m365' });

function modules(): ITrainingModule[] {
  return [
    trainingModule({ key: 'acceptable-use', title: 'Acceptable use of M365', policy: { version: 2, publishedOn: '2026-11-16' }, audience: { forces: ['Essex'], workerTypes: ['Officer', 'PCSO'] } }),
    trainingModule({
      key: 'copilot-basics',
      title: 'How to use Copilot',
      refreshMonths: 12,
      knowledgeCheck: { passMark: 80, maxAttempts: 2, questions: [{ id: 'a', text: 'Q?', options: ['Yes', 'No'], answer: 0 }] }
    }),
    trainingModule({ key: 'old-intranet', title: 'The old intranet', active: false, mandatory: false })
  ];
}

function renderManager(fake: FakeModules, onChanged: jest.Mock = jest.fn()): void {
  render(<ModuleManager site={site} today={TODAY} locale="en-GB" idPrefix="t" onChanged={onChanged} store={() => fake} />);
}

function row(title: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: title });
  const tr = header.closest('tr');
  if (!tr) throw new Error('no row');
  return tr;
}

async function dialogNamed(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('alertdialog', { name });
}

describe('module management', () => {
  it('lists every module with what a lead needs to see', async () => {
    renderManager(new FakeModules(modules()));
    const table = await screen.findByRole('table', { name: 'Training modules (3)' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Module',
      'Code',
      'Mandatory',
      'Applies to',
      'Due',
      'Policy version',
      'Knowledge check',
      'Status',
      'Actions'
    ]);
    expect(within(row('Acceptable use of M365')).getAllByRole('cell').map((c) => c.textContent).slice(0, 7)).toEqual([
      'acceptable-use',
      'Yes',
      'Forces: Essex · Worker types: Police officers, PCSOs',
      'Within 30 days of 16 November 2026',
      'Version 2, published 16 November 2026',
      'No',
      'Active'
    ]);
    expect(within(row('How to use Copilot')).getByText('Within 30 days of 1 October 2026 · refreshed every 12 months')).toBeTruthy();
    expect(within(row('How to use Copilot')).getByText('Yes: 1 question, pass mark 80%')).toBeTruthy();
    expect(within(row('How to use Copilot')).getByText('Not a policy')).toBeTruthy();
    expect(within(row('The old intranet')).getByText('Retired')).toBeTruthy();
    expect(within(row('The old intranet')).queryByRole('button', { name: /policy/ })).toBeNull();
    expect(within(row('The old intranet')).getByRole('button', { name: 'Reinstate The old intranet' })).toBeTruthy();
  });

  it('says exactly what publishing a new version does, then publishes it against the etag read', async () => {
    const fake = new FakeModules(modules());
    const onChanged = jest.fn();
    renderManager(fake, onChanged);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Publish a new policy version of Acceptable use of M365' }));
    const dialog = await dialogNamed('Publish version 3 of Acceptable use of M365?');
    expect(
      within(dialog).getByText('Version 3 will be published today, 23 November 2026. Everyone it applies to must attest again within 30 days, by 23 December 2026.')
    ).toBeTruthy();
    expect(within(dialog).getByText('Attestations to version 2 or earlier will no longer count.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));

    expect(await screen.findByText('Version 3 of Acceptable use of M365 published. Everyone it applies to must attest by 23 December 2026.')).toBeTruthy();
    expect(fake.calls).toContain(`publish 1 "1" ${TODAY}`);
    await waitFor(() => expect(within(row('Acceptable use of M365')).getByText('Version 3, published 23 November 2026')).toBeTruthy());
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('offers a module that is not a policy its first version', async () => {
    renderManager(new FakeModules(modules()));
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Make How to use Copilot a policy module at version 1' }));
    const dialog = await dialogNamed('Make How to use Copilot a policy module?');
    expect(within(dialog).getByText('Version 1 will be published today, 23 November 2026. Everyone it applies to must attest to it within 30 days, by 23 December 2026.')).toBeTruthy();
  });

  it('refuses to publish over someone else\u2019s change and offers to reload the list', async () => {
    const fake = new FakeModules(modules());
    renderManager(fake);
    await screen.findByRole('table');
    fake.changeBehindTheirBack(1, { title: 'Acceptable use of M365 (revised)' });
    fireEvent.click(screen.getByRole('button', { name: 'Publish a new policy version of Acceptable use of M365' }));
    const dialog = await dialogNamed('Publish version 3 of Acceptable use of M365?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    expect(await within(dialog).findByText(/^Someone changed this module after the list was loaded, so nothing was changed\./)).toBeTruthy();
    expect(fake.items.get(1)?.policyVersion).toBe(2);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload the list' }));
    expect(await screen.findByRole('rowheader', { name: 'Acceptable use of M365 (revised)' })).toBeTruthy();
  });

  it('retires a module after saying what that means, and can reinstate it', async () => {
    const fake = new FakeModules(modules());
    renderManager(fake);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Retire How to use Copilot' }));
    const dialog = await dialogNamed('Retire How to use Copilot?');
    expect(within(dialog).getByText(/Completions already recorded are kept, and you can reinstate it later\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retire' }));
    expect(await screen.findByText('How to use Copilot retired.')).toBeTruthy();
    await waitFor(() => expect(within(row('How to use Copilot')).getByText('Retired')).toBeTruthy());

    fireEvent.click(within(row('How to use Copilot')).getByRole('button', { name: 'Reinstate How to use Copilot' }));
    const again = await dialogNamed('Reinstate How to use Copilot?');
    // Assigned 1 October with 30 days: the due day has passed, and the lead is told so.
    expect(within(again).getByText(/will be due to complete it by 31 October 2026\./)).toBeTruthy();
    expect(within(again).getByText(/overdue straight away/)).toBeTruthy();
    fireEvent.click(within(again).getByRole('button', { name: 'Reinstate' }));
    await waitFor(() => expect(within(row('How to use Copilot')).getByText('Active')).toBeTruthy());
    expect(fake.calls.filter((c) => c.indexOf('active') === 0)).toEqual(['active 2 "1" false', 'active 2 "2" true']);
  });

  it('shows SharePoint\u2019s refusal to a person who is not a training lead, and changes nothing', async () => {
    const fake = new FakeModules(modules());
    fake.refuse = new ForbiddenError();
    renderManager(fake);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Retire How to use Copilot' }));
    const dialog = await dialogNamed('Retire How to use Copilot?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retire' }));
    expect(await within(dialog).findByText('You do not have permission to do this. If you think you should, ask the site owner.')).toBeTruthy();
    expect(fake.items.get(2)?.active).toBe(true);
  });

  it('adds a module through the panel, once, and lists it', async () => {
    const fake = new FakeModules(modules());
    renderManager(fake);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Add module' }));
    await screen.findByText('Add a module');
    fireEvent.change(screen.getByLabelText(/^Module title/, { selector: 'input' }), { target: { value: 'Prompt writing' } });
    fireEvent.change(screen.getByLabelText(/^Module code/, { selector: 'input' }), { target: { value: 'acceptable-use' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The code check covers the modules already listed.
    expect((await screen.findAllByText(/Another module already uses this code/)).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/^Module code/, { selector: 'input' }), { target: { value: 'prompt-writing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Prompt writing added.')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Prompt writing' })).toBeTruthy();
    const creates = fake.calls.filter((c) => c.indexOf('create') === 0);
    expect(creates).toHaveLength(1);
    expect(creates[0]).toMatch(/^create prompt-writing \S+$/);
  });

  it('edits a module against the etag it was read with', async () => {
    const fake = new FakeModules(modules());
    renderManager(fake);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Edit How to use Copilot' }));
    await screen.findByText('Edit How to use Copilot');
    fireEvent.change(screen.getByLabelText(/^Due within/, { selector: 'input' }), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes to How to use Copilot saved.')).toBeTruthy();
    expect(fake.calls).toContain('update 2 "1"');
    await waitFor(() => expect(within(row('How to use Copilot')).getByText(/^Within 14 days of 1 October 2026/)).toBeTruthy());
  });

  it('says why the modules could not be read', async () => {
    const fake = new FakeModules([]);
    fake.list = async () => {
      throw new ForbiddenError();
    };
    renderManager(fake);
    expect(await screen.findByText('You do not have permission to do this. If you think you should, ask the site owner.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('invites the first module when there are none', async () => {
    renderManager(new FakeModules([]));
    expect(await screen.findByText('There are no modules yet. Add the first module of the training package.')).toBeTruthy();
  });
});
