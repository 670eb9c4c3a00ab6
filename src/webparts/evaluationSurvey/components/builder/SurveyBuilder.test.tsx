/** @jest-environment jsdom */
/**
 * The survey builder end to end in the DOM, against the emulator with the suite's real permissions: an
 * evaluation lead builds a survey from the Copilot template and it is read back as saved; bad input is
 * named at its field and in a summary with nothing lost; a workforce member is refused by SharePoint and
 * told so; a conflict with another lead offers their version; an unreadable survey is rebuilt.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { DataSite } from '../../../../data/sp';
import { SurveyRepository, type ISurvey } from '../../../../data/SurveyRepository';
import { emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem } from '../../../../data/writes';
import { templateDefinition } from '../../../../domain/survey/definition';
import { copilotTemplate, QUESTION_IDS } from '../../../../domain/survey/template';
import type { IWave } from '../../../../domain/survey/types';
import { SurveysList } from '../../../../lists/survey';
import { SurveyBuilder } from './SurveyBuilder';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const OWNER = 'olivia.owner@essex.police.uk';
const LEAD = 'robert.ellis@essex.police.uk';
const OTHER_LEAD = 'fatima.sheikh@kent.police.uk';
const WORKER = 'chloe.barnes@essex.police.uk';
const FREQUENCY = 'How often do you use Microsoft 365 Copilot in your work?';

const SEEDED_WAVES: IWave[] = [
  { id: 'baseline', questionnaireId: 'copilot-evaluation', kind: 'baseline', opensOn: '2026-09-07', closesOn: '2026-10-02' },
  { id: 'month1', questionnaireId: 'copilot-evaluation', kind: 'month1', opensOn: '2026-10-12', closesOn: '2026-11-06' },
  { id: 'month3', questionnaireId: 'copilot-evaluation', kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' },
  { id: 'month6', questionnaireId: 'copilot-evaluation', kind: 'month6', opensOn: '2027-03-01', closesOn: '2027-03-26' }
];

/** Waits that include a round trip to the emulator (a busy test machine can take seconds). */
const NETWORK = { timeout: 10000 };

let emu: RunningEmulatorLike;

function siteOf(upn: string): () => Promise<DataSite> {
  return async () => emulatorSite(emu, upn);
}

async function surveysAs(upn: string): Promise<ISurvey[]> {
  return new SurveyRepository(emulatorSite(emu, upn)).surveys();
}

async function surveyByKey(key: string): Promise<ISurvey | undefined> {
  return (await surveysAs(LEAD)).filter((s) => s.key === key)[0];
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Olivia Owner' }, [
    { upn: LEAD, title: 'Robert Ellis', groups: ['workforce', 'evaluationLeads'] },
    { upn: OTHER_LEAD, title: 'Fatima Sheikh', groups: ['workforce', 'evaluationLeads'] },
    { upn: WORKER, title: 'Chloe Barnes', groups: ['workforce'] }
  ]);
  const owner = emulatorSite(emu, OWNER);
  await createItem(owner, SurveysList, {
    title: 'Copilot evaluation',
    key: 'copilot-evaluation',
    questionnaire: JSON.stringify(copilotTemplate()),
    waves: JSON.stringify(SEEDED_WAVES),
    minGroupSize: 10
  });
  await createItem(owner, SurveysList, { title: 'Broken', key: 'broken', questionnaire: '{"id": "x", "sections": [', waves: '[]', minGroupSize: 12 });
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  emu.faults.reset();
});

async function renderBuilder(upn: string): Promise<jest.Mock> {
  const surveys = await surveysAs(upn);
  const onSaved = jest.fn();
  render(<SurveyBuilder site={siteOf(upn)} surveys={surveys} today={TODAY} locale="en-GB" idPrefix="b" onSaved={onSaved} />);
  return onSaved;
}

// By label rather than by role: computing every accessible name of a large form is slow in jsdom.
function field(name: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(name, { selector: 'input, textarea' }) as HTMLInputElement;
}

function type(name: string | RegExp, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

/** A button by its aria-label or, failing that, its text (role queries over a whole survey are slow in jsdom). */
function button(name: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  const labelled = within(container).queryAllByLabelText(name, { selector: 'button' });
  if (labelled.length === 1) return labelled[0];
  const text = within(container).getByText(name, { selector: 'button, button *' });
  const found = text.closest('button');
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

async function findByTextIn(text: string | RegExp, selector: string): Promise<HTMLElement> {
  const el = await screen.findByText(text, { selector });
  return (el.closest('button') as HTMLElement | null) ?? el;
}

function tab(name: string): HTMLElement {
  return button(name, screen.getByRole('tablist'));
}

function questionCard(heading: RegExp): HTMLElement {
  const h = screen.getByText(heading, { selector: 'h6' });
  const card = h.closest<HTMLElement>('[role="group"]');
  if (!card) throw new Error('no question card');
  return card;
}

function startFromTemplate(): void {
  fireEvent.click(button('New survey from the Copilot evaluation template'));
  expect(screen.getByText('New survey', { selector: 'h3' })).toBeTruthy();
}

async function summary(): Promise<HTMLElement> {
  const heading = await screen.findByText(/problems? to fix before saving/);
  const alert = heading.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error('no summary');
  return alert;
}

describe('the survey builder', () => {
  it('lists the surveys with their code, waves and state, and flags one it cannot read', async () => {
    await renderBuilder(LEAD);
    const list = screen.getByRole('list', { name: 'Surveys' });
    const copilot = within(list).getByRole('group', { name: 'Copilot evaluation' });
    expect(within(copilot).getByText('copilot-evaluation')).toBeTruthy();
    expect(within(copilot).getByText('All forces')).toBeTruthy();
    expect(within(copilot).getByText('The baseline survey: 7 September 2026 to 2 October 2026 (closed)')).toBeTruthy();
    expect(within(copilot).getByText('The three-month survey: 16 November 2026 to 11 December 2026 (open now)')).toBeTruthy();
    expect(within(copilot).getByText('The six-month survey: 1 March 2027 to 26 March 2027 (not yet open)')).toBeTruthy();
    const broken = within(list).getByRole('group', { name: 'Broken' });
    expect(await within(broken).findByText(/stored in a form that cannot be read, so nobody is offered it/)).toBeTruthy();
    expect(within(broken).queryByRole('button', { name: 'Edit “Broken”' })).toBeNull();
    expect(within(broken).getByRole('button', { name: 'Rebuild “Broken” from the Copilot evaluation template' })).toBeTruthy();
  });

  it('builds a survey from the template, changes a question, adds a branching rule, and saves what is read back', async () => {
    const onSaved = await renderBuilder(LEAD);
    startFromTemplate();
    expect(field(/^Title/).value).toBe('Copilot evaluation');
    // The template's own code is taken, so the next free one is suggested.
    expect(field(/^Code/).value).toBe('copilot-evaluation-2');
    expect(field(/^Smallest group reported/).value).toBe('10');
    type(/^Title/, 'Copilot evaluation 2027');

    // Change a template question: the closing comment's length limit.
    fireEvent.click(button('Edit question 43'));
    const comment = questionCard(/^Question 43: Is there anything else/);
    expect(within(comment).getByText(/wording and options of template questions are fixed/)).toBeTruthy();
    fireEvent.change(within(comment).getByLabelText(/^Longest answer/, { selector: 'input' }), { target: { value: '1500' } });

    // A new section with a custom single-choice question, shown only to daily users.
    fireEvent.click(button('Add a section'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Section 7'));
    fireEvent.click(button('Add a question to Section 7'));
    fireEvent.click(await findByTextIn('Single choice', '.ms-ContextualMenu-itemText'));
    await waitFor(() => expect(document.activeElement).toBe(field('Wording of question 44')));
    type('Wording of question 44', 'Which team are you in?');
    const team = questionCard(/^Question 44: Which team are you in\?/);
    fireEvent.change(within(team).getByLabelText(/^Options/, { selector: 'textarea' }), { target: { value: 'Response\nInvestigation\n' } });
    fireEvent.click(within(team).getByRole('checkbox', { name: 'Show this question only for some answers to an earlier question' }));
    fireEvent.click(within(team).getByRole('combobox', { name: /^Earlier question that decides whether question 44 is shown/ }));
    fireEvent.click(await findByTextIn(FREQUENCY, '.ms-Dropdown-optionText'));
    fireEvent.click(within(team).getByRole('checkbox', { name: 'Every working day' }));

    // The preview uses the respondents' form: the new question appears only for daily users.
    fireEvent.click(tab('Preview'));
    expect(await screen.findByText(/nothing you answer here is saved/)).toBeTruthy();
    expect(screen.queryByText('Which team are you in?')).toBeNull();
    fireEvent.click(within(document.getElementById('b-preview-q-frequency') as HTMLElement).getByLabelText('Every working day'));
    expect(await screen.findByText('Which team are you in?')).toBeTruthy();
    fireEvent.click(tab('Edit'));
    expect(field(/^Title/).value).toBe('Copilot evaluation 2027');

    fireEvent.click(button('Save survey'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), NETWORK);
    expect(await screen.findByText('“Copilot evaluation 2027” was saved.', {}, NETWORK)).toBeTruthy();

    const saved = onSaved.mock.calls[0][0] as ISurvey;
    const stored = await surveyByKey('copilot-evaluation-2');
    expect(stored).toBeDefined();
    expect(stored?.problem).toBeUndefined();
    expect(stored?.title).toBe('Copilot evaluation 2027');
    expect(stored?.questionnaire).toEqual(saved.questionnaire);
    const sections = stored?.questionnaire.sections ?? [];
    const template = copilotTemplate('copilot-evaluation-2');
    expect(sections.slice(0, 5)).toEqual(template.sections.slice(0, 5));
    expect(sections[5].questions[0]).toEqual({ ...template.sections[5].questions[0], maxLength: 1500 });
    expect(sections[6].questions).toEqual([
      {
        id: expect.stringMatching(/^q-[a-z0-9]{8}$/),
        kind: 'single',
        required: true,
        text: 'Which team are you in?',
        options: ['Response', 'Investigation'],
        showIf: { questionId: QUESTION_IDS.frequency, anyOf: ['daily'] }
      }
    ]);
    expect(stored?.waves.map((w) => [w.kind, w.opensOn, w.closesOn])).toEqual([
      ['baseline', '2026-11-23', '2026-12-20'],
      ['month1', '2026-12-23', '2027-01-19'],
      ['month3', '2027-02-23', '2027-03-22'],
      ['month6', '2027-05-23', '2027-06-19']
    ]);
    expect(stored?.minGroupSize).toBe(10);
  });

  it('names each problem at its field and in a summary, moves focus to the first, and keeps what was typed', async () => {
    const before = (await surveysAs(LEAD)).length;
    await renderBuilder(LEAD);
    startFromTemplate();
    type(/^Code/, 'copilot-bad-input');
    // The one-month wave closing before it opens.
    type('The one-month survey closes on', '01/12/2026');
    // Frequency moved below the first impact question, which depends on it.
    fireEvent.click(button('Move question 1 down'));
    await waitFor(() => expect(document.activeElement).toBe(button('Move question 1 down')));
    fireEvent.click(button('Move question 1 down'));
    expect(screen.getByText(`Question 2: ${FREQUENCY}`)).toBeTruthy();

    fireEvent.click(button('Save survey'));
    const found = await summary();
    expect(within(found).getByText('There are 3 problems to fix before saving. Nothing you typed is lost.')).toBeTruthy();
    const items = within(found)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Your use of Copilot: Add at least one question to this section, or remove the section.',
      `Impact on your work, question 1: Branching: This depends on “${FREQUENCY}”, which comes later in the survey. A question can only depend on an earlier one: move one of them, or choose another question.`,
      'The one-month survey: Closes on: It must close on or after the day it opens (23 December 2026).'
    ]);
    // Focus is on the first problem: the empty section's "Add a question".
    await waitFor(() => expect(document.activeElement).toBe(button('Add a question to Your use of Copilot')));
    // Each message is also at its field; the question with the problem was opened to show it.
    expect(screen.getAllByText(/which comes later in the survey/)).toHaveLength(2);
    expect(screen.getByText('It must close on or after the day it opens (23 December 2026).')).toBeTruthy();
    expect(field('The one-month survey closes on').value).toBe('01/12/2026');
    expect(field(/^Code/).value).toBe('copilot-bad-input');

    // A summary link takes focus to its field.
    fireEvent.click(within(found).getByText(/^The one-month survey: Closes on/));
    await waitFor(() => expect(document.activeElement).toBe(field('The one-month survey closes on')));

    // Fixing the date removes its message at once.
    type('The one-month survey closes on', '19/01/2027');
    expect(screen.queryAllByText(/It must close on or after the day it opens/)).toHaveLength(0);
    expect((await surveysAs(LEAD)).length).toBe(before);
  });

  it('tells a workforce member SharePoint refused the save, and keeps the draft', async () => {
    const before = (await surveysAs(LEAD)).length;
    const onSaved = await renderBuilder(WORKER);
    startFromTemplate();
    type(/^Code/, 'copilot-by-worker');
    fireEvent.click(button('Save survey'));
    expect(await screen.findByText(/SharePoint did not let you save the survey: only evaluation leads can create and change surveys/, {}, NETWORK)).toBeTruthy();
    expect(button('Try saving again')).toBeTruthy();
    expect(field(/^Code/).value).toBe('copilot-by-worker');
    expect(onSaved).not.toHaveBeenCalled();
    expect((await surveysAs(LEAD)).length).toBe(before);
    expect(await surveyByKey('copilot-by-worker')).toBeUndefined();
  });

  it('puts a code another lead took meanwhile at the code field, and retries after SharePoint was busy', async () => {
    const onSaved = jest.fn();
    render(
      <SurveyBuilder site={async () => emulatorSite(emu, LEAD, { maxAttempts: 1 })} surveys={await surveysAs(LEAD)} today={TODAY} locale="en-GB" idPrefix="b" onSaved={onSaved} />
    );
    startFromTemplate();
    type(/^Title/, 'Race survey');
    type(/^Code/, 'copilot-race');
    // Another lead creates a survey with the same code after this one was started.
    const mine = templateDefinition(TODAY, { key: 'copilot-race', title: 'Theirs' });
    await new SurveyRepository(emulatorSite(emu, OTHER_LEAD)).saveSurvey(mine);
    fireEvent.click(button('Save survey'));
    await waitFor(() => expect(document.activeElement).toBe(field(/^Code/)), NETWORK);
    expect(await screen.findByText('Another survey already uses this code. Choose a different one.')).toBeTruthy();
    expect((await surveyByKey('copilot-race'))?.title).toBe('Theirs');

    type(/^Code/, 'copilot-race-2');
    emu.faults.set({ throttleRate: 1, retryAfterSeconds: 0, pathPattern: '/items' });
    fireEvent.click(button('Save survey'));
    expect(await screen.findByText(/The survey could not be saved\. SharePoint is busy\./, {}, NETWORK)).toBeTruthy();
    expect(field(/^Code/).value).toBe('copilot-race-2');
    emu.faults.reset();
    fireEvent.click(button('Try saving again'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), NETWORK);
    expect((await surveyByKey('copilot-race-2'))?.questionnaire.id).toBe('copilot-race-2');
  });

  it('warns what a change does to answers already given, and offers another lead\u2019s version after a conflict', async () => {
    const onSaved = await renderBuilder(LEAD);
    fireEvent.click(button('Edit “Copilot evaluation”'));
    expect(await screen.findByText(/People may already have answered this survey: the baseline survey opened on 7 September 2026/)).toBeTruthy();
    expect((field(/^Code/) as HTMLInputElement).readOnly).toBe(true);

    // Another lead saves first.
    const theirs = (await surveyByKey('copilot-evaluation')) as ISurvey;
    await new SurveyRepository(emulatorSite(emu, OTHER_LEAD)).saveSurvey({ ...theirs, title: 'Copilot evaluation (Kent and Essex)' }, theirs);

    // Remove the comment on drafting and save: the warning names it first.
    fireEvent.click(button('Remove question 14'));
    await waitFor(() => expect(document.activeElement).toBe(button(/^Undo: Question 14/)));
    fireEvent.click(button('Save survey'));
    const title = await screen.findByText('People may already have answered this survey');
    const dialog = title.closest<HTMLElement>('[role="alertdialog"]') as HTMLElement;
    expect(within(dialog).getByText('Already opened: the baseline survey, the one-month survey, the three-month survey.')).toBeTruthy();
    expect(within(dialog).getByText(/answers already given to the 42 questions you keep still count/)).toBeTruthy();
    expect(within(dialog).getByText(/Removed questions drop out: .*“Drafting documents: anything you would like to add \(optional\)”/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(button('Save anyway', dialog));
    });

    expect(await screen.findByText(/Another lead saved this survey first, so yours was not saved/, {}, NETWORK)).toBeTruthy();
    // Nothing of theirs was overwritten, and the removal is still on screen until the lead chooses.
    expect((await surveyByKey('copilot-evaluation'))?.title).toBe('Copilot evaluation (Kent and Essex)');
    expect(screen.queryByText(/^Question 14: Drafting documents: anything/)).toBeNull();
    fireEvent.click(button('Reload their version'));
    expect(await screen.findByText('Their version is loaded. Make your changes again and save.', {}, NETWORK)).toBeTruthy();
    expect(field(/^Title/).value).toBe('Copilot evaluation (Kent and Essex)');
    expect(screen.getByText(/^Question 14: Drafting documents: anything/)).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('rebuilds a survey whose questions cannot be read, keeping its code and smallest group', async () => {
    const onSaved = await renderBuilder(LEAD);
    fireEvent.click(button('Rebuild “Broken” from the Copilot evaluation template'));
    expect(field(/^Code/).value).toBe('broken');
    expect(field(/^Smallest group reported/).value).toBe('12');
    fireEvent.click(button('Save survey'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), NETWORK);
    const rebuilt = await surveyByKey('broken');
    expect(rebuilt?.problem).toBeUndefined();
    expect(rebuilt?.questionnaire).toEqual(copilotTemplate('broken'));
    expect(rebuilt?.waves).toHaveLength(4);
  });
});
