/** @jest-environment jsdom */
/**
 * The results view end to end in the DOM: the real repository and PnPjs against the emulator with the
 * suite's permissions (evaluation leads read every response and publish; the workforce reads only what is
 * published). The tests run in order and share the emulator: nothing is published until the lead's test.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { SharePointBusyError } from '../../../../data/errors';
import { listOf, type DataSite } from '../../../../data/sp';
import { SurveyRepository, surveyRights, type ISurvey, type ISurveyRights } from '../../../../data/SurveyRepository';
import { emulatorList, emulatorSite, type RunningEmulatorLike } from '../../../../data/testing/emulator';
import { startSuiteEmulator } from '../../../../data/testing/suiteEmulator';
import { createItem } from '../../../../data/writes';
import { parsePublishedResults } from '../../../../domain/survey/published';
import { copilotTemplate, QUESTION_IDS, usesPerWeekId } from '../../../../domain/survey/template';
import { copilotAnswers, taskMinutes } from '../../../../domain/survey/testing';
import type { Answers, IRespondentUnit, IWave } from '../../../../domain/survey/types';
import { toWire } from '../../../../lists/mapping';
import { SurveyResponsesList, SurveyResultsList, SurveysList } from '../../../../lists/survey';
import { ResultsView, type ResultsRepository } from './ResultsView';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const OWNER = 'essex.owner@policing.example';
const LEAD = 'essex.evaluationlead@policing.example';
const WORKER = 'essex.callhandler@policing.example';
const KEY = 'copilot-evaluation';
const REMARK = 'Meeting notes save me an hour a week.';
const questionnaire = copilotTemplate();
const WAVES: IWave[] = [
  { id: 'baseline', questionnaireId: questionnaire.id, kind: 'baseline', opensOn: '2026-09-07', closesOn: '2026-09-25' },
  { id: 'month1', questionnaireId: questionnaire.id, kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' },
  { id: 'month3', questionnaireId: questionnaire.id, kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' },
  { id: 'month6', questionnaireId: questionnaire.id, kind: 'month6', opensOn: '2027-03-01', closesOn: '2027-03-19' }
];
const ESSEX: IRespondentUnit = { force: 'Essex', department: 'Contact management', grade: 'Band 4', workerType: 'Staff', role: 'Call handler' };
const KENT: IRespondentUnit = { force: 'Kent', department: 'Response', grade: 'Sergeant', workerType: 'Officer', role: 'Response sergeant' };

let emu: RunningEmulatorLike;
let survey: ISurvey;
let seeded = 0;

function siteOf(upn: string): () => Promise<DataSite> {
  return async () => emulatorSite(emu, upn);
}

/** `count` submitted responses in one unit, straight into the list (their authors do not matter to a lead, who reads all). */
function seed(waveId: string, submittedAt: string, count: number, unit: IRespondentUnit, answers: (i: number) => Answers): void {
  const rows = Array.from({ length: count }, (_, i) => {
    seeded += 1;
    return {
      values: toWire(SurveyResponsesList, {
        title: `${KEY} ${waveId}`,
        surveyKey: KEY,
        waveId,
        upn: `person${seeded}@policing.example`,
        status: 'submitted',
        submittedAt: new Date(submittedAt),
        answers: JSON.stringify(answers(i)),
        ...unit
      }),
      authorId: 1,
      created: submittedAt
    };
  });
  emulatorList(emu, SurveyResponsesList).bulkInsert(rows);
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: LEAD, title: 'Robert Ellis', groups: ['workforce', 'evaluationLeads'] },
    { upn: WORKER, title: 'Chloe Barnes', groups: ['workforce'] }
  ]);
  await createItem(emulatorSite(emu, OWNER), SurveysList, { title: 'Copilot evaluation', key: KEY, questionnaire: JSON.stringify(questionnaire), waves: JSON.stringify(WAVES), minGroupSize: 10 });
  // Baseline: 12 in Essex, 3 in Kent (too few to show, so Essex is withheld too: the total is shown).
  seed('baseline', '2026-09-10T09:00:00Z', 12, ESSEX, () => copilotAnswers());
  seed('baseline', '2026-09-10T09:00:00Z', 3, KENT, () => copilotAnswers({ [QUESTION_IDS.impactFaster]: 2 }));
  // Month 1: drafting saves Essex time; spreadsheet analysis costs Kent more checking than it saves.
  seed('month1', '2026-10-20T09:00:00Z', 15, ESSEX, (i) =>
    copilotAnswers({ ...taskMinutes({ drafting: [60, 10] }), [usesPerWeekId('drafting')]: 4, ...(i === 0 ? { [QUESTION_IDS.comment]: REMARK } : {}) })
  );
  seed('month1', '2026-10-20T09:00:00Z', 12, KENT, () => copilotAnswers(taskMinutes({ spreadsheetAnalysis: [20, 50] })));
  // Month 3 is still open.
  seed('month3', '2026-11-18T09:00:00Z', 11, ESSEX, () => copilotAnswers());
  survey = (await new SurveyRepository(emulatorSite(emu, LEAD)).surveys()).filter((s) => s.key === KEY)[0];
}, 60000);

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  cleanup();
});

async function renderAs(upn: string, override: Partial<ISurveyRights> = {}, repository?: (site: DataSite) => ResultsRepository): Promise<void> {
  const rights = { ...(await surveyRights(emulatorSite(emu, upn))), ...override };
  render(<ResultsView site={siteOf(upn)} survey={survey} rights={rights} today={TODAY} locale="en-GB" idPrefix="r" repository={repository} />);
}

/** The text of each cell (after the row header) of a row in a table. */
function rowCells(tableName: string, rowName: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

async function choose(combobox: RegExp, option: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const FREQUENCY = 'How often do you use Microsoft 365 Copilot in your work?';
const BY_FORCE_MONTH1 = `Answers to “${FREQUENCY}” by force, the one-month survey`;
const BY_FORCE_BASELINE = `Answers to “${FREQUENCY}” by force, the baseline survey`;
const TASKS_MONTH1 = 'Minutes per task: All forces, the one-month survey';

async function publishedItems(): Promise<number> {
  return ((await listOf(emulatorSite(emu, WORKER), SurveyResultsList).items.select('Id')()) as unknown[]).length;
}

describe('survey results', () => {
  it('tells the workforce when nothing is published yet', async () => {
    await renderAs(WORKER);
    expect(await screen.findByText('The evaluation team has not published results yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish results' })).toBeNull();
  });

  it('shows a lead live results with free text, and publishes them as one item the workforce can read', async () => {
    await renderAs(LEAD);
    expect(await screen.findByText(/^Live results, worked out now/)).toBeTruthy();
    expect(screen.getByText('Not published yet: until you publish, only evaluation leads can see these results.')).toBeTruthy();
    // The newest closed wave is chosen; the open one is offered as provisional.
    expect(screen.getByText('27 people responded to the one-month survey.')).toBeTruthy();
    expect(rowCells(`Answers to “${FREQUENCY}”, the one-month survey`, 'Every working day')).toEqual(['27', '100%']);
    expect(rowCells(BY_FORCE_MONTH1, 'Essex')).toEqual(['15', '100% (15)', '0% (0)', '0% (0)', '0% (0)', '0% (0)']);
    expect(rowCells(BY_FORCE_MONTH1, 'Kent')).toEqual(['12', '100% (12)', '0% (0)', '0% (0)', '0% (0)', '0% (0)']);
    // Minutes per task: a net loss is said in words; per working day is per week ÷ 5.
    // Net per use where people said how often (50 a week over 4 uses), and said not to be known where nobody did.
    expect(rowCells(TASKS_MONTH1, 'Spreadsheet analysis')).toEqual(['12', '20', '50', '-30 (net loss)', '4', '10', '-6 (net loss)', 'not asked or too few']);
    expect(rowCells(TASKS_MONTH1, 'Drafting documents')).toEqual(['15', '60', '10', '50', '12', '2', '10', '12.5']);
    // Free text for leads only, marked as such, without names.
    expect(screen.getByRole('heading', { name: 'Free-text answers: only evaluation leads see this' })).toBeTruthy();
    expect(screen.getByText(REMARK)).toBeTruthy();

    // The baseline: Kent's 3 are too few, and Essex is withheld because the total is shown.
    await choose(/^Wave/, /^The baseline survey/);
    expect(screen.getByText('15 people responded to the baseline survey.')).toBeTruthy();
    expect(rowCells(BY_FORCE_BASELINE, 'Kent')).toEqual(['fewer than 10']);
    expect(rowCells(BY_FORCE_BASELINE, 'Essex')).toEqual(['withheld (so a small group cannot be worked out)']);
    expect(rowCells(BY_FORCE_BASELINE, 'All respondents')[0]).toBe('15');
    expect(screen.queryByText(REMARK)).toBeNull();
    await choose(/^Wave/, /^The three-month survey: still open, provisional/);
    expect(await screen.findByText('The three-month survey is open until 11 December 2026: these figures are provisional and will change.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    expect(await screen.findByText(/^Everyone in the workforce will be able to read these aggregates/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published on 23 November 2026; everyone in the workforce can now read these aggregates.')).toBeTruthy();
    expect(screen.getByText('Last published on 23 November 2026.')).toBeTruthy();

    // One item, readable by a workforce member through REST, holding aggregates and no free text.
    expect(await publishedItems()).toBe(1);
    const snapshot = await new SurveyRepository(emulatorSite(emu, WORKER)).latestSnapshot(KEY, 'results');
    expect(snapshot).toMatchObject({ kind: 'results', waveId: undefined, publishedOn: TODAY, minGroupSize: 10 });
    expect(parsePublishedResults(snapshot?.aggregatesJson)?.waves.map((w) => w.id)).toEqual(['baseline', 'month1', 'month3']);
    expect(snapshot?.aggregatesJson).not.toContain(REMARK);
    expect(snapshot?.aggregatesJson).not.toContain('policing.example');
  });

  it('shows the workforce the published results the same way, without free text or publishing', async () => {
    await renderAs(WORKER);
    expect(await screen.findByText('Published on 23 November 2026; groups of fewer than 10 are left out.')).toBeTruthy();
    expect(screen.getByText('27 people responded to the one-month survey.')).toBeTruthy();
    expect(rowCells(BY_FORCE_MONTH1, 'Essex')).toEqual(['15', '100% (15)', '0% (0)', '0% (0)', '0% (0)', '0% (0)']);
    expect(rowCells(TASKS_MONTH1, 'Spreadsheet analysis')).toEqual(['12', '20', '50', '-30 (net loss)', '4', '10', '-6 (net loss)', 'not asked or too few']);
    await choose(/^Show/, /^Essex$/);
    // Kent has nobody on drafting, so Essex's per-use figure gives nothing of Kent's away.
    expect(rowCells('Minutes per task: Essex, the one-month survey', 'Drafting documents')).toEqual(['15', '60', '10', '50', '12', '2', '10', '12.5']);
    expect(rowCells('Minutes per task: Essex, the one-month survey', 'Spreadsheet analysis')).toEqual(['0', 'Nobody gave minutes for this.']);
    expect(rowCells('Net minutes per person over all tasks, by force, the one-month survey', 'Kent')).toEqual(['12', '-30 (net loss)', '-6 (net loss)', '-30 (net loss)', '-6 (net loss)', '12']);
    await choose(/^Wave/, /^The baseline survey/);
    expect(rowCells(BY_FORCE_BASELINE, 'Kent')).toEqual(['fewer than 10']);
    expect(rowCells(BY_FORCE_BASELINE, 'Essex')).toEqual(['withheld (so a small group cannot be worked out)']);
    expect(screen.queryByText(/only evaluation leads see this/)).toBeNull();
    expect(screen.queryByText(REMARK)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publish results' })).toBeNull();
  });

  it('shows a refused publication and writes nothing (SharePoint, not the app, refuses the workforce)', async () => {
    // As if the app had wrongly offered publishing: SharePoint answers 403 and the view says so.
    await renderAs(WORKER, { readAllResponses: true, publishResults: true });
    // Item-level security: a workforce member reads only their own responses (none), so nobody is counted.
    expect(await screen.findByText('Nobody responded to the one-month survey.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/^The results were not published\. You do not have permission to do this/)).toBeTruthy();
    expect(await publishedItems()).toBe(1);
  });

  it('shows throttling while publishing, and publishes when tried again', async () => {
    let calls = 0;
    const busyOnce = (site: DataSite): ResultsRepository => {
      const real = new SurveyRepository(site);
      return {
        responsesForWaves: (key, waves, known) => real.responsesForWaves(key, waves, known),
        latestSnapshot: (key, kind, wave) => real.latestSnapshot(key, kind, wave),
        publishSnapshot: async (...args) => {
          calls += 1;
          if (calls === 1) throw new SharePointBusyError(4, 30000);
          return real.publishSnapshot(...args);
        }
      };
    };
    await renderAs(LEAD, {}, busyOnce);
    await screen.findByText('Last published on 23 November 2026.');
    fireEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/^The results were not published\. SharePoint is busy/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published on 23 November 2026; everyone in the workforce can now read these aggregates.')).toBeTruthy();
    await waitFor(async () => expect(await publishedItems()).toBe(2));
  });

  it('says so when the newest publication cannot be read', async () => {
    await new SurveyRepository(emulatorSite(emu, LEAD)).publishSnapshot(KEY, 'results', undefined, '{"v":1,"on":"2026-11-24"', 10, '2026-11-24');
    await renderAs(WORKER);
    expect(await screen.findByText('The published results could not be read. Ask the evaluation team to publish them again.')).toBeTruthy();
  });
});
