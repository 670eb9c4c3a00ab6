/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { ConflictError, ForbiddenError, NetworkError, SharePointBusyError } from '../../../../data/errors';
import { DuplicateModuleKeyError, recordFromItem, type IModuleRecord } from '../../../../data/TrainingModuleRepository';
import { draftFromModule, moduleToItem, type IModuleDraft } from '../../../../domain/training/moduleDraft';
import { trainingModule } from '../../../../domain/training/testing';
import type { ITrainingModule } from '../../../../domain/training/types';
import type { TrainingModuleItem } from '../../../../lists/training';
import { ModuleEditorPanel, type IModuleEditorPanelProps } from './ModuleEditorPanel';
import { formatBritish, parseBritishDay } from '../../../../ui/form/DayField';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';

function record(module: ITrainingModule, id: number = 7, etag: string = '"1"', editor: string = 'Emma Clarke'): IModuleRecord {
  const item = {
    ...moduleToItem(draftFromModule(module, null)),
    policyVersion: module.policy?.version ?? null,
    policyPublishedOn: module.policy?.publishedOn ?? null,
    active: module.active,
    id,
    etag,
    created: new Date('2026-10-01T09:00:00Z'),
    modified: new Date('2026-11-20T09:00:00Z'),
    author: { id: 1, title: 'Emma Clarke', email: 'emma.clarke@essex.police.uk' },
    editor: { id: 2, title: editor, email: '' },
    moderationStatus: null,
    clientId: null
  } as TrainingModuleItem;
  return recordFromItem(item);
}

const aup = trainingModule({ key: 'acceptable-use', title: 'Acceptable use of M365', policy: { version: 2, publishedOn: '2026-11-16' } });

function renderPanel(overrides: Partial<IModuleEditorPanelProps> = {}): { onSave: jest.Mock; onReload: jest.Mock; onDismiss: jest.Mock } {
  const onSave = jest.fn(async (_draft: IModuleDraft, _base: IModuleRecord | undefined) => undefined);
  const onReload = jest.fn(async (_id: number) => record(aup));
  const onDismiss = jest.fn();
  render(
    <ModuleEditorPanel
      record={undefined}
      today={TODAY}
      locale="en-GB"
      idPrefix="t"
      existingKeys={['acceptable-use', 'copilot-basics']}
      forceChoices={['Kent', 'Essex']}
      onSave={onSave}
      onReload={onReload}
      onDismiss={onDismiss}
      {...overrides}
    />
  );
  return { onSave: (overrides.onSave as jest.Mock) ?? onSave, onReload: (overrides.onReload as jest.Mock) ?? onReload, onDismiss };
}

// By label rather than by role: computing every accessible name of a whole panel is slow in jsdom.
function field(name: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(name, { selector: 'input, textarea' }) as HTMLInputElement;
}

function summaryOf(heading: string): HTMLElement {
  const summary = screen.getByText(heading).closest<HTMLElement>('[role="alert"]');
  if (!summary) throw new Error('no summary');
  return summary;
}

function type(name: string | RegExp, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
}

function fillMinimum(): void {
  type(/^Module title/, 'Prompt writing');
  type(/^Module code/, 'prompt-writing');
}

describe('adding a module', () => {
  it('shows every problem at the top and on its field, saves nothing, and keeps what was typed', async () => {
    const { onSave } = renderPanel();
    type(/^Module code/, 'Prompt Writing');
    type(/^Duration/, '3o');
    save();
    await screen.findByText('3 things need correcting before the module can be saved:');
    const summary = summaryOf('3 things need correcting before the module can be saved:');
    expect(within(summary).getByText('Module title: Fill this in.')).toBeTruthy();
    expect(within(summary).getByText('Module code: Use 2 to 64 lower-case letters, digits or hyphens, for example copilot-basics.')).toBeTruthy();
    expect(within(summary).getByText('Duration (minutes): Enter a whole number from 1 to 600.')).toBeTruthy();
    expect(field(/^Module title/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Enter a whole number from 1 to 600.').length).toBeGreaterThan(0);
    expect(field(/^Module code/).value).toBe('Prompt Writing');
    expect(field(/^Duration/).value).toBe('3o');
    expect(onSave).not.toHaveBeenCalled();

    // Each problem in the summary takes the keyboard to its field.
    fireEvent.click(within(summary).getByText('Module title: Fill this in.'));
    expect(document.activeElement).toBe(field(/^Module title/));
  });

  it('refuses a code another module uses, ignoring case', async () => {
    const { onSave } = renderPanel();
    type(/^Module title/, 'Another AUP');
    type(/^Module code/, 'acceptable-use');
    save();
    expect((await screen.findAllByText('Another module already uses this code (retired modules keep theirs). Choose a different code.')).length).toBeGreaterThan(0);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the whole draft: audience, typed force, British date and a knowledge check with its correct answer', async () => {
    const { onSave } = renderPanel();
    fillMinimum();
    type('Link to the content', 'https://learning.example/prompts');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kent' }));
    type('Another force or joint unit', '  Joint ');
    fireEvent.click(screen.getByRole('button', { name: 'Add force' }));
    expect((screen.getByRole('checkbox', { name: 'Joint' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Police staff' }));
    type('Departments', 'Contact management\nCrime');
    type(/^Assigned on/, '1/12/2026');
    type(/^Due within/, '14');
    fireEvent.click(screen.getByRole('switch', { name: 'Policy module (people attest to a version)' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Knowledge check' }));
    type(/^Pass mark/, '100');
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    type(/^Text of question 1/, 'Copilot can invent facts.');
    type(/^Option 1 of question 1/, 'True');
    type(/^Option 2 of question 1/, 'False');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /Correct answer to question 1/ })).getByRole('radio', { name: 'True' }));
    save();

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const [draft, base] = onSave.mock.calls[0] as [IModuleDraft, IModuleRecord | undefined];
    expect(base).toBeUndefined();
    expect(draft).toMatchObject({
      title: 'Prompt writing',
      key: 'prompt-writing',
      contentUrl: 'https://learning.example/prompts',
      forces: ['Kent', 'Joint'],
      workerTypes: ['Staff'],
      departments: 'Contact management\nCrime',
      assignedOn: '2026-12-01',
      dueWithinDays: '14',
      policy: true,
      knowledgeCheck: true,
      passMark: '100',
      questions: [{ text: 'Copilot can invent facts.', options: ['True', 'False'], answer: 0 }]
    });
  });

  it('keeps a date typed wrongly as typed, and says how to write it', async () => {
    const { onSave } = renderPanel();
    fillMinimum();
    type(/^Assigned on/, '31/02/2026');
    fireEvent.blur(field(/^Assigned on/));
    save();
    expect((await screen.findAllByText('Enter a real date as day/month/year, for example 23/11/2026.')).length).toBeGreaterThan(0);
    expect(field(/^Assigned on/).value).toBe('31/02/2026');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('takes a day picked from the calendar', async () => {
    const { onSave } = renderPanel();
    fillMinimum();
    fireEvent.click(screen.getByRole('button', { name: 'Choose Assigned on from a calendar' }));
    const calendar = await screen.findByRole('dialog', { name: 'Calendar' });
    fireEvent.click(within(calendar).getByRole('button', { name: /^15, November, 2026/ }));
    await waitFor(() => expect(field(/^Assigned on/).value).toBe('15/11/2026'));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ assignedOn: '2026-11-15' }), undefined));
  });

  it('needs at least one question, two options and a correct answer when the check is on', async () => {
    const { onSave } = renderPanel();
    fillMinimum();
    fireEvent.click(screen.getByRole('switch', { name: 'Knowledge check' }));
    save();
    expect((await screen.findAllByText('Add at least one question, or turn the knowledge check off.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    type(/^Text of question 1/, 'Q?');
    type(/^Option 1 of question 1/, 'Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Remove option 2 of question 1' }));
    expect(await screen.findByText('Question 1: Give at least 2 options.')).toBeTruthy();
    expect(screen.getByText('Question 1: Choose the correct answer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an option to question 1' }));
    type(/^Option 2 of question 1/, 'No');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /Correct answer to question 1/ })).getByRole('radio', { name: 'No' }));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect((onSave.mock.calls[0] as [IModuleDraft])[0].questions[0]).toMatchObject({ options: ['Yes', 'No'], answer: 1 });
  });

  it('disables Save and shows progress while saving, so one click makes one module', async () => {
    let finish: () => void = () => undefined;
    const onSave = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        })
    );
    renderPanel({ onSave });
    fillMinimum();
    save();
    expect(await screen.findByText('Saving the module…')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(button.disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(button);
    expect(onSave).toHaveBeenCalledTimes(1);
    await act(async () => finish());
  });

  it('shows a code SharePoint says was taken meanwhile on the code field', async () => {
    const onSave = jest.fn(async () => {
      throw new DuplicateModuleKeyError('prompt-writing', 'Prompt writing (Kent)');
    });
    renderPanel({ onSave });
    fillMinimum();
    save();
    expect(await screen.findByText('Module code: Prompt writing (Kent) already uses this code (retired modules keep theirs). Choose a different code.')).toBeTruthy();
    expect(field(/^Module code/).value).toBe('prompt-writing');
  });

  it.each<[string, Error, string]>([
    ['a refusal (403)', new ForbiddenError(), 'You do not have permission to do this. If you think you should, ask the site owner.'],
    ['throttling (429/503)', new SharePointBusyError(4, 30000), 'SharePoint is busy. Nothing you entered is lost; try again in a minute.'],
    ['a lost connection', new NetworkError('POST', true), 'The connection to SharePoint was lost. Nothing you entered is lost; try again.']
  ])('says why after %s and keeps everything typed', async (_name, error, text) => {
    const onSave = jest.fn(async () => {
      throw error;
    });
    renderPanel({ onSave });
    fillMinimum();
    type('Description', 'Writing good prompts.');
    save();
    expect(await screen.findByText(text)).toBeTruthy();
    expect(field(/^Module title/).value).toBe('Prompt writing');
    expect(field('Description').value).toBe('Writing good prompts.');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks before discarding unsaved changes', async () => {
    const { onDismiss } = renderPanel();
    type(/^Module title/, 'Half-written');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(field(/^Module title/).value).toBe('Half-written');
  });
});

describe('editing a module', () => {
  it('shows the code read-only and the policy version, and saves against the etag read', async () => {
    const base = record(aup);
    const { onSave } = renderPanel({ record: base, existingKeys: ['copilot-basics'] });
    expect(field(/^Module code/).readOnly).toBe(true);
    expect(screen.getByText('The code cannot be changed: completions refer to it.')).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'Policy module (people attest to a version)' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/^Version 2, published 16 November 2026\./)).toBeTruthy();
    expect(field(/^Assigned on/).value).toBe('01/10/2026');
    type(/^Module title/, 'Acceptable use of Microsoft 365');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Acceptable use of Microsoft 365', key: 'acceptable-use' }), base));
  });

  it('on a conflict, says who changed it, keeps the draft, and reloads the latest only when asked', async () => {
    const base = record(aup);
    const theirs = record({ ...aup, title: 'AUP (Raj\u2019s wording)' }, 7, '"2"', 'Raj Patel');
    const onSave = jest.fn(async () => {
      throw new ConflictError<IModuleRecord>(theirs);
    });
    const onReload = jest.fn(async () => theirs);
    renderPanel({ record: base, onSave, onReload });
    type(/^Module title/, 'My new wording');
    save();
    expect(await screen.findByText(/^Raj Patel saved this module after you opened it, so your changes were not saved\. They are still here\./)).toBeTruthy();
    expect(field(/^Module title/).value).toBe('My new wording');
    expect(onReload).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload the latest version' }));
    expect(await screen.findByText('The latest version is loaded. Make your changes again and save.')).toBeTruthy();
    expect(onReload).toHaveBeenCalledWith(7);
    expect(field(/^Module title/).value).toBe('AUP (Raj\u2019s wording)');

    // The next save goes against their version's etag.
    const onSaveAgain = onSave as jest.Mock;
    onSaveAgain.mockImplementation(async () => undefined);
    save();
    await waitFor(() => expect(onSaveAgain).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'AUP (Raj\u2019s wording)' }), theirs));
  });
});

describe('British dates', () => {
  it.each<[string, string | undefined]>([
    ['1/12/2026', '2026-12-01'],
    ['01-12-2026', '2026-12-01'],
    ['1.12.2026', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['31/02/2026', undefined],
    ['12/31/2026', undefined],
    ['1 Dec 2026', undefined],
    ['', undefined]
  ])('reads %j as %j', (text, day) => {
    expect(parseBritishDay(text)).toBe(day);
  });

  it('writes day/month/year', () => {
    expect(formatBritish(new Date(2026, 11, 1))).toBe('01/12/2026');
    expect(formatBritish(undefined)).toBe('');
  });
});
