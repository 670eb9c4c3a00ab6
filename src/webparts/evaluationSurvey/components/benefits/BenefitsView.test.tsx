/** @jest-environment jsdom */
/**
 * The benefits view end to end in the DOM: the real repository and PnPjs against the emulator with the
 * suite's permissions (evaluation leads read every response and write inputs; a workforce member reads
 * only what is published). The tests run in order and share the emulator: the first saves the inputs
 * the others start from.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { DataSite } from '../../../../data/sp';
import { SurveyRepository, surveyRights, type IBenefitInputs, type ISurvey, type ISurveyRights } from '../../../../data/SurveyRepository';
import { emulatorList, emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem } from '../../../../data/writes';
import { parsePublishedBenefits } from '../../../../domain/benefits/published';
import { copilotTemplate } from '../../../../domain/survey/template';
import { copilotAnswers, taskMinutes } from '../../../../domain/survey/testing';
import type { IWave, WorkerType } from '../../../../domain/survey/types';
import { toWire } from '../../../../lists/mapping';
import { SurveyResponsesList, SurveysList } from '../../../../lists/survey';
import { BenefitsView } from './BenefitsView';
import { changedInputs } from './BenefitInputsEditor';
import { UK_POLICING_EXAMPLE_ASSUMPTIONS } from '../../../../domain/benefits/assumptions';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const OWNER = 'essex.owner@policing.example';
const LEAD = 'essex.evaluationlead@policing.example';
const OTHER_LEAD = 'kent.evaluationlead@policing.example';
const WORKER = 'essex.callhandler@policing.example';
const KEY = 'copilot-evaluation';
const questionnaire = copilotTemplate();
const WAVES: IWave[] = [
  { id: 'baseline', questionnaireId: questionnaire.id, kind: 'baseline', opensOn: '2026-09-01', closesOn: '2026-09-25' },
  { id: 'month1', questionnaireId: questionnaire.id, kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-30' },
  { id: 'month3', questionnaireId: questionnaire.id, kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' },
  { id: 'month6', questionnaireId: questionnaire.id, kind: 'month6', opensOn: '2027-02-01', closesOn: '2027-02-26' }
];

let emu: RunningEmulatorLike;
let survey: ISurvey;

function siteOf(upn: string): () => Promise<DataSite> {
  return async () => emulatorSite(emu, upn);
}

/** Submitted responses: each weekly figure is drafting minutes saved, with 20 minutes of checking taken off. */
function seed(waveId: string, submittedAt: string, people: ReadonlyArray<{ workerType: WorkerType; grade: string; weekly: readonly number[] }>): void {
  let n = 0;
  const rows = people.reduce<Array<{ values: Record<string, unknown>; authorId: number; created: string }>>((all, group) => {
    group.weekly.forEach((minutes) => {
      n += 1;
      all.push({
        values: toWire(SurveyResponsesList, {
          title: `${KEY} ${waveId}`,
          surveyKey: KEY,
          waveId,
          upn: `${waveId}.person${n}@policing.example`,
          status: 'submitted',
          submittedAt: new Date(submittedAt),
          answers: JSON.stringify(copilotAnswers(taskMinutes({ drafting: [minutes + 20, 20] }))),
          force: 'Essex',
          department: 'Contact management',
          grade: group.grade,
          workerType: group.workerType,
          role: 'Call handler'
        }),
        authorId: 1,
        created: submittedAt
      });
    });
    return all;
  }, []);
  emulatorList(emu, SurveyResponsesList).bulkInsert(rows);
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: LEAD, title: 'Robert Ellis', groups: ['workforce', 'evaluationLeads'] },
    { upn: OTHER_LEAD, title: 'Fatima Sheikh', groups: ['workforce', 'evaluationLeads'] },
    { upn: WORKER, title: 'Chloe Barnes', groups: ['workforce'] }
  ]);
  await createItem(emulatorSite(emu, OWNER), SurveysList, {
    title: 'Copilot evaluation',
    key: KEY,
    questionnaire: JSON.stringify(questionnaire),
    waves: JSON.stringify(WAVES),
    minGroupSize: 10
  });
  // Month 1: twelve Band 4 staff whose net minutes a week average 130 (26 a day).
  seed('month1', '2026-10-20T09:00:00Z', [{ workerType: 'Staff', grade: 'Band 4', weekly: [100, 160, 130, 90, 170, 130, 120, 140, 125, 135, 130, 130] }]);
  // Baseline: a group of 3 sergeants, too few to show on its own.
  seed('baseline', '2026-09-10T09:00:00Z', [
    { workerType: 'Staff', grade: 'Band 4', weekly: Array.from({ length: 12 }, () => 130) },
    { workerType: 'Staff', grade: 'Band 5', weekly: Array.from({ length: 15 }, () => 100) },
    { workerType: 'Officer', grade: 'Sergeant', weekly: [300, 300, 300] }
  ]);
  survey = (await new SurveyRepository(emulatorSite(emu, LEAD)).surveys()).filter((s) => s.key === KEY)[0];
}, 60000);

afterAll(async () => {
  await emu.close();
});

async function renderAs(upn: string, override: Partial<ISurveyRights> = {}): Promise<void> {
  const rights = { ...(await surveyRights(emulatorSite(emu, upn))), ...override };
  render(<BenefitsView site={siteOf(upn)} survey={survey} rights={rights} today={TODAY} locale="en-GB" idPrefix="b" />);
}

function type(container: HTMLElement, label: string, value: string): void {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}

/** The value cell of a figure row in a table. */
function figure(tableName: string, rowName: string, column: number = 0): string {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell')[column].textContent ?? '';
}

/** Saved inputs show as a summary first: open the editor. */
async function openEditor(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit the inputs' }));
}

async function chooseWave(name: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: /^Wave / }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

async function storedInputs(): Promise<IBenefitInputs | undefined> {
  return (await new SurveyRepository(emulatorSite(emu, LEAD)).benefitInputs(KEY))?.inputs;
}

describe('benefits and value for money', () => {
  it('takes the inputs typed by a lead, saves them, and shows 13 working days, £238 a licence and the break-even minutes', async () => {
    await renderAs(LEAD);
    expect(await screen.findByText('No inputs have been saved for this survey yet.')).toBeTruthy();
    // Nothing is defaulted: the fields are empty until the lead chooses the example.
    expect((screen.getByLabelText('Working days per year') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Start from the UK policing example' }));
    expect((screen.getByLabelText('Working days per year') as HTMLInputElement).value).toBe('225');
    expect((screen.getByLabelText('Hours per working day') as HTMLInputElement).value).toBe('7.5');
    type(document.body, 'Label shown beside the figures', 'Essex evaluation, month 1');

    fireEvent.click(screen.getByRole('button', { name: 'Add an hourly cost' }));
    const cost = screen.getByRole('group', { name: 'Hourly cost 1' });
    type(cost, 'Force', 'Essex');
    type(cost, 'Cost per hour (£)', '30');

    fireEvent.click(screen.getByRole('button', { name: 'Add a licence purchase' }));
    const purchase = screen.getByRole('group', { name: 'Licence purchase 1' });
    type(purchase, 'Force', 'Essex');
    type(purchase, 'Licences', '500');
    type(purchase, 'Annual cost (£)', '119,000');

    // The month 1 wave (the newest closed one) is loaded: its respondents' one group fills a row to complete.
    fireEvent.click(await screen.findByRole('button', { name: 'Fill groups from this wave’s respondents' }));
    expect(screen.getByText('Groups added from the respondents to the one-month survey: 1. Enter the number of licence holders in each.')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Licensed users 1' });
    expect((within(group).getByLabelText('Grade or rank') as HTMLInputElement).value).toBe('Band 4');
    type(group, 'Licensed users', '500');

    fireEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    expect(await screen.findByText('Saved. The figures below use these inputs.')).toBeTruthy();
    expect(await storedInputs()).toEqual({
      assumptions: { label: 'Essex evaluation, month 1', workingDaysPerWeek: 5, workingDaysPerYear: 225, hoursPerWorkingDay: 7.5, sensitivityPercent: 20 },
      costs: [{ force: 'Essex', hourlyCostPence: 3000 }],
      licences: { groups: [{ force: 'Essex', workerType: 'Staff', grade: 'Band 4', licensedUsers: 500 }], purchases: [{ force: 'Essex', licences: 500, annualCostPence: 11_900_000 }] }
    });

    const essex = 'Value for money: Essex';
    await screen.findByRole('table', { name: essex });
    expect(figure(essex, 'Respondents')).toBe('12');
    expect(figure(essex, 'Net minutes saved per user per day')).toBe('26.00 minutes');
    expect(figure(essex, 'Hours saved per user per year')).toBe('97.50 hours');
    expect(figure(essex, 'Working days saved per user per year')).toBe('13.00 working days');
    // The assumptions are beside the figure.
    expect(figure(essex, 'Working days saved per user per year', 1)).toBe('12 respondents’ answers, 5-day week, 225 working days a year, 7.5-hour day');
    expect(figure(essex, 'Annual licence cost')).toBe('£119,000.00');
    expect(figure(essex, 'Cost per licence per year')).toBe('£238.00');
    expect(figure(essex, 'Cost per licence per year', 1)).toBe('500 licences at £119,000.00 a year');
    // 97.5 h × £30 = £2,925 a user; × 500 = £1,462,500; − £119,000; ÷ £119,000 = 12.289…; 12 × 119,000 ÷ 1,462,500 = 0.976… months.
    expect(figure(essex, 'Value per licensed user per year')).toBe('£2,925.00');
    expect(figure(essex, 'Value per year')).toBe('£1,462,500.00');
    expect(figure(essex, 'Net value per year (value minus licence cost)')).toBe('£1,343,500.00');
    expect(figure(essex, 'Return (value for every £1 of licence cost)')).toBe('12.29 to 1');
    expect(figure(essex, 'Payback')).toBe('0.98 months');
    // 238 × 60 ÷ (30 × 225) = 2.1155… → 2.12
    expect(figure(essex, 'Break-even net minutes per user per day')).toBe('2.12 minutes');
    // Low, central and high: ±20 % on the minutes.
    expect(figure('Sensitivity band for Essex: minutes saved 20% lower and higher', 'Net minutes saved per user per day', 0)).toBe('20.80 minutes');
    expect(figure('Sensitivity band for Essex: minutes saved 20% lower and higher', 'Value per year', 2)).toBe('£1,755,000.00');

    // The benchmark beside the survey's own minutes, with its source.
    const bench = screen.getByRole('table', { name: 'Net minutes saved per user per day beside the benchmarks' });
    expect(within(bench).getByRole('rowheader', { name: 'UK cross-government experiment' })).toBeTruthy();
    expect(within(bench).getByText('26 minutes')).toBeTruthy();
    expect(within(bench).getByText('about 13 working days')).toBeTruthy();
    expect(screen.getByText('Department for Business and Trade evaluation: 72% satisfied, net promoter score 31.')).toBeTruthy();

    // The calculator has no hourly cost until one is typed.
    const status = (): string => screen.getByRole('heading', { name: 'Break-even calculator' }).closest('section')?.querySelector('[role="status"]')?.textContent ?? '';
    expect(status()).toBe('');
    fireEvent.change(screen.getAllByLabelText('Hourly cost (£)')[0], { target: { value: '30' } });
    expect(status()).toBe('At £30.00 an hour, a licence costing £238.00 a year (All forces) is covered by 2.12 minutes saved per user per day (225 working days a year).');
    fireEvent.change(screen.getAllByLabelText('Hourly cost (£)')[0], { target: { value: '25' } });
    // 238 × 60 ÷ (25 × 225) = 2.5386… → 2.54
    expect(status()).toContain('covered by 2.54 minutes');
  }, 60000);

  it('says what is wrong with each field, keeps what was typed, and saves nothing', async () => {
    await renderAs(LEAD);
    await openEditor();
    const days = (await screen.findByLabelText('Working days per year')) as HTMLInputElement;
    expect(days.value).toBe('225');
    fireEvent.change(days, { target: { value: '400' } });
    type(screen.getByRole('group', { name: 'Hourly cost 1' }), 'Cost per hour (£)', '30.555');
    fireEvent.click(screen.getByRole('button', { name: 'Add a group' }));
    type(screen.getByRole('group', { name: 'Licensed users 2' }), 'Licensed users', 'lots');
    fireEvent.click(screen.getByRole('button', { name: 'Save inputs' }));

    expect(await screen.findByText('5 fields need attention. The first one has been selected.')).toBeTruthy();
    expect(screen.getByText('Enter a number above 0 and no more than 366.')).toBeTruthy();
    expect(screen.getByText('Enter pounds and pence, such as 30 or 30.50.')).toBeTruthy();
    const added = screen.getByRole('group', { name: 'Licensed users 2' });
    expect(within(added).getByText('Enter the force.')).toBeTruthy();
    expect(within(added).getByText('Choose officer, staff, PCSO, special or other.')).toBeTruthy();
    expect(within(added).getByText('Enter a whole number, such as 500.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Working days per year')));
    expect((screen.getByLabelText('Working days per year') as HTMLInputElement).value).toBe('400');
    expect((within(screen.getByRole('group', { name: 'Hourly cost 1' })).getByLabelText('Cost per hour (£)') as HTMLInputElement).value).toBe('30.555');
    expect((await storedInputs())?.assumptions.workingDaysPerYear).toBe(225);

    // Fixing a field clears its message.
    fireEvent.change(screen.getByLabelText('Working days per year'), { target: { value: '225' } });
    expect(screen.queryByText('Enter a number above 0 and no more than 366.')).toBeNull();
  }, 60000);

  it('never overwrites another lead’s save silently: says so, keeps the typed values, and loads theirs on request', async () => {
    await renderAs(LEAD);
    await openEditor();
    const label = (await screen.findByLabelText('Label shown beside the figures')) as HTMLInputElement;
    await screen.findByRole('table', { name: 'Value for money: Essex' });
    const theirs = await new SurveyRepository(emulatorSite(emu, OTHER_LEAD)).benefitInputs(KEY);
    await new SurveyRepository(emulatorSite(emu, OTHER_LEAD)).saveBenefitInputs(KEY, { ...(theirs?.inputs as IBenefitInputs), assumptions: { ...(theirs?.inputs as IBenefitInputs).assumptions, label: 'Saved by Kent first' } }, theirs);

    fireEvent.change(label, { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    expect(await screen.findByText(/Another evaluation lead saved the inputs after you opened them/)).toBeTruthy();
    // And what they changed, before the lead chooses.
    expect(await screen.findByText('They changed: Stated assumptions.', { exact: false })).toBeTruthy();
    expect((screen.getByLabelText('Label shown beside the figures') as HTMLInputElement).value).toBe('Mine');
    expect((await storedInputs())?.assumptions.label).toBe('Saved by Kent first');

    fireEvent.click(screen.getByRole('button', { name: 'Load their inputs (replaces yours on this page)' }));
    expect(await screen.findByText('The other lead’s inputs are loaded below.')).toBeTruthy();
    expect((screen.getByLabelText('Label shown beside the figures') as HTMLInputElement).value).toBe('Saved by Kent first');
    // The figures follow the loaded inputs.
    expect(await screen.findByText(/Assumptions: Saved by Kent first/)).toBeTruthy();
  }, 60000);

  it('names every set of inputs another lead changed, and says so when nothing differs', () => {
    const base: IBenefitInputs = { assumptions: { ...UK_POLICING_EXAMPLE_ASSUMPTIONS }, costs: [], licences: { groups: [], purchases: [] } };
    expect(changedInputs(base, base)).toEqual([]);
    const theirs: IBenefitInputs = {
      ...base,
      costs: [{ force: 'Essex', workerType: 'Staff', hourlyCostPence: 2900 }],
      licences: { groups: [], purchases: [{ force: 'Essex', licences: 500, annualCostPence: 11900000 }] }
    };
    expect(changedInputs(base, theirs)).toEqual(['Hourly costs', 'Licence purchases']);
    expect(changedInputs(undefined, base)).toEqual(['Stated assumptions', 'Hourly costs', 'Licence purchases', 'Licensed users per group']);
  });

  it('shows SharePoint’s refusal when someone without the right tries to save, and keeps their values', async () => {
    // As if the app thought they could edit: SharePoint still refuses.
    await renderAs(WORKER, { editBenefitInputs: true });
    await openEditor();
    const label = (await screen.findByLabelText('Label shown beside the figures')) as HTMLInputElement;
    fireEvent.change(label, { target: { value: 'Not allowed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save inputs' }));
    expect(await screen.findByText(/The inputs could not be saved\. You do not have permission to do this/)).toBeTruthy();
    expect(label.value).toBe('Not allowed');
    // Without every response to read, they see published figures only: none yet.
    expect(await screen.findByText('The evaluation leads have not published value-for-money figures for this survey yet.')).toBeTruthy();
  }, 60000);

  it('leaves small groups out of the view and of what is published, and shows everyone else the same figures', async () => {
    await renderAs(LEAD);
    await screen.findByRole('table', { name: 'Value for money: Essex' });
    await chooseWave(/^The baseline survey/);
    await waitFor(() => expect(figure('Value for money: Essex', 'Respondents')).toBe('30'));
    // 3 sergeants are too few; the 12 Band 4 staff are withheld too, or 30 − 15 − 12 would give the sergeants away.
    const groups = screen.getByRole('table', { name: 'Groups in Essex' });
    expect(within(groups).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Essex · Staff · Band 5']);
    expect(
      screen.getByText('Groups of fewer than 10 respondents are included in the totals but not shown, with another withheld where needed so they cannot be worked out from the total (2 groups not shown here).')
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publish value for money' }));
    expect(await screen.findByText('Published on 23 November 2026. Everyone who can see the results now sees these figures.')).toBeTruthy();
    const snapshot = await new SurveyRepository(emulatorSite(emu, WORKER)).latestSnapshot(KEY, 'benefits');
    expect(snapshot).toMatchObject({ waveId: 'baseline', publishedOn: TODAY, minGroupSize: 10 });
    expect(snapshot?.aggregatesJson).not.toMatch(/Sergeant|Band 4/);
    expect(parsePublishedBenefits(snapshot?.aggregatesJson ?? '')?.forces[0]).toMatchObject({ respondents: 30, hiddenGroups: 2 });
    const liveDays = figure('Value for money: Essex', 'Working days saved per user per year');
    cleanup();

    await renderAs(WORKER);
    expect(await screen.findByText('The baseline survey: figures published on 23 November 2026.')).toBeTruthy();
    expect(figure('Value for money: Essex', 'Working days saved per user per year')).toBe(liveDays);
    expect(figure('Value for money: Essex', 'Cost per licence per year')).toBe('£238.00');
    expect(within(screen.getByRole('table', { name: 'Groups in Essex' })).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Essex · Staff · Band 5']);
    expect(document.body.textContent).not.toMatch(/Sergeant/);
    // The inputs they rest on, read-only.
    expect(screen.getByText('Only evaluation leads can change these inputs.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save inputs' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publish value for money' })).toBeNull();
  }, 60000);

  it('marks an open wave provisional and does not offer to publish it', async () => {
    await renderAs(LEAD);
    await screen.findByRole('table', { name: 'Value for money: Essex' });
    await chooseWave(/^The three-month survey/);
    expect(await screen.findByText('Provisional: The three-month survey is open until 11 December 2026, so these figures will change as more people answer.')).toBeTruthy();
    expect(await screen.findByText('The three-month survey is still open. Publish once it has closed, so the published figures do not change afterwards.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish value for money' })).toBeNull();
    // No answers yet: said in words, never shown as zero.
    expect(screen.getAllByText('No counted response gave any minutes saved, so there are no time or £ figures.').length).toBeGreaterThan(0);
    expect(figure('Value for money: All forces', 'Net minutes saved per user per day')).toBe('Not available');
  }, 60000);
});
