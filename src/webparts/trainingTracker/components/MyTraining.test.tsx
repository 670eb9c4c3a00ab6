/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { licenceReadiness, myTraining } from '../../../domain/training/status';
import { completion, learner, trainingModule } from '../../../domain/training/testing';
import { MyTraining } from './MyTraining';
import { RecordCompletionDialog, type ICompletionInput } from './RecordCompletionDialog';
import { safeContentUrl } from './ModuleCard';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const theme = createTheme({});
const modules = [
  trainingModule({ key: 'copilot', title: 'How to use Copilot' }),
  trainingModule({ key: 'aup', title: 'Acceptable use of M365', policy: { version: 2, publishedOn: '2026-11-16' } }),
  trainingModule({ key: 'prompts', title: 'Prompt writing', mandatory: false, assignedOn: '2026-11-01' }),
  trainingModule({
    key: 'limits',
    title: 'Limitations of AI outputs',
    knowledgeCheck: {
      passMark: 100,
      maxAttempts: 2,
      questions: [
        { id: 'a', text: 'Copilot can invent facts.', options: ['True', 'False'], answer: 0 },
        { id: 'b', text: 'You may paste a victim\u2019s details into Copilot Chat.', options: ['True', 'False'], answer: 1 }
      ]
    }
  })
];

function renderMine(records = [completion({ moduleKey: 'limits', score: 100, completedOn: '2026-11-02' })]): void {
  const me = learner();
  render(
    <MyTraining
      modules={modules}
      statuses={myTraining(modules, me, records, TODAY)}
      readiness={licenceReadiness(modules, me, records, TODAY)}
      locale="en-GB"
      theme={theme}
      idPrefix="t"
      onRecord={jest.fn()}
    />
  );
}

describe('my training', () => {
  it('groups modules as overdue, due soon, coming up and done, with dates in British English', () => {
    renderMine();
    const overdue = screen.getByRole('list', { name: 'Overdue (1)' });
    expect(within(overdue).getByText('How to use Copilot')).toBeTruthy();
    expect(within(overdue).getByText(/Was due 31 October 2026/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Due soon (1)' })).getByText('Prompt writing')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Coming up (1)' })).getByText('Acceptable use of M365')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Done (1)' })).getByText(/Completed 2 November 2026/)).toBeTruthy();
  });

  it('shows mandatory progress and that a licence must wait', async () => {
    renderMine();
    expect(screen.getAllByText('1 of 3 mandatory modules done').length).toBeGreaterThan(0);
    expect(await screen.findByText(/Complete the mandatory modules/)).toBeTruthy();
  });

  it('names each record button after its module for screen readers', () => {
    renderMine();
    expect(screen.getByRole('button', { name: 'Record completion of How to use Copilot' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record completion of Limitations of AI outputs' })).toBeNull();
  });

  it('opens only web links as content', () => {
    expect(safeContentUrl('https://learning.policing.example/x')).toBe('https://learning.policing.example/x');
    // eslint-disable-next-line no-script-url -- RATIONALE: proves a script URL is never linked.
    expect(safeContentUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeContentUrl('not a url')).toBeUndefined();
  });
});

describe('recording a completion', () => {
  it('needs the attestation ticked, then records the exact sentence', async () => {
    const onSubmit = jest.fn(async (_input: ICompletionInput) => undefined);
    render(<RecordCompletionDialog module={modules[1]} attemptsUsed={0} onSubmit={onSubmit} onDismiss={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Tick the box to confirm before recording your completion.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have read and understood version 2 of Acceptable use of M365.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ attestation: 'I have read and understood version 2 of Acceptable use of M365.', score: undefined, passed: true, clientId: expect.any(String) }));
  });

  it('asks for every answer, records a failed attempt, and keeps the answers', async () => {
    const onSubmit = jest.fn(async (_input: ICompletionInput) => undefined);
    render(<RecordCompletionDialog module={modules[3]} attemptsUsed={0} onSubmit={onSubmit} onDismiss={jest.fn()} />);
    expect(screen.getByText(/You need 100% to pass. Attempts left: 2./)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getAllByRole('radio', { name: 'True' })[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Answer every question before you submit. Unanswered: 2.')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('radio', { name: 'True' })[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('You scored 50%. You need 100% to pass.')).toBeTruthy();
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ score: 50, passed: false }));
    expect(screen.getByText(/Attempts left: 1./)).toBeTruthy();
    expect((screen.getAllByRole('radio', { name: 'True' })[0] as HTMLInputElement).checked).toBe(true);
  });

  it('shows why saving failed and keeps everything as entered', async () => {
    const onSubmit = jest.fn(async () => {
      throw new Error('SharePoint is busy. Your answers are kept; try again in a minute.');
    });
    render(<RecordCompletionDialog module={modules[0]} attemptsUsed={0} onSubmit={onSubmit} onDismiss={jest.fn()} />);
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    // Submitting again sends the same submission id, so a first attempt that landed is not recorded twice.
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    const ids = (onSubmit.mock.calls as unknown as Array<[{ clientId: string }]>).map((c) => c[0].clientId);
    expect(ids[1]).toBe(ids[0]);
  });

  it('stops when every attempt is used', async () => {
    render(<RecordCompletionDialog module={modules[3]} attemptsUsed={2} onSubmit={jest.fn()} onDismiss={jest.fn()} />);
    expect(await screen.findByText(/You have used every attempt/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Submit' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
