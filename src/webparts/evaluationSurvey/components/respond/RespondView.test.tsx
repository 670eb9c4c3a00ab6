/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import type { IRespondent, IStoredResponse, ISurvey } from '../../../../data/SurveyRepository';
import { answerProblemsError } from '../../../../data/SurveyRepository';
import { copilotTemplate, QUESTION_IDS } from '../../../../domain/survey/template';
import { copilotAnswers, unit } from '../../../../domain/survey/testing';
import type { Answers, IWave } from '../../../../domain/survey/types';
import { RespondView, problemsFromError, type IRespondViewProps, type RespondRepository } from './RespondView';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const UPN = 'chloe.barnes@essex.police.uk';
const WAVE: IWave = { id: 'month1', questionnaireId: 'copilot-evaluation', kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-30' };
const SURVEY: ISurvey = {
  id: 1,
  etag: '"1"',
  key: 'copilot-2026',
  title: 'Copilot evaluation 2026',
  description: '',
  questionnaire: copilotTemplate(),
  waves: [WAVE],
  forces: [],
  minGroupSize: 10,
  problem: undefined
};
const RESPONDENT: IRespondent = { upn: UPN, unit: unit() };

function stored(answers: Answers, overrides: Partial<IStoredResponse> = {}): IStoredResponse {
  return { id: 7, etag: '"2"', surveyKey: SURVEY.key, respondentUpn: UPN, waveId: WAVE.id, status: 'draft', submittedAt: undefined, answers, unit: unit(), ...overrides };
}

interface IFake {
  ownResponse: jest.Mock;
  saveDraft: jest.Mock;
  submit: jest.Mock;
}

function fakeRepository(existing?: IStoredResponse): IFake {
  return {
    ownResponse: jest.fn(async () => existing),
    saveDraft: jest.fn(async (_s: ISurvey, _w: IWave, _r: IRespondent, answers: Answers) => stored(answers)),
    submit: jest.fn(async (_s: ISurvey, _w: IWave, _r: IRespondent, answers: Answers) => stored(answers, { status: 'submitted', submittedAt: '2026-11-23T10:45:00.000Z' }))
  };
}

function renderView(fake: IFake, today: string = '2026-11-23', more: Partial<IRespondViewProps> = {}): void {
  render(
    <RespondView
      {...more}
      site={async () => ({}) as DataSite}
      repository={() => fake as unknown as RespondRepository}
      survey={SURVEY}
      wave={WAVE}
      respondent={RESPONDENT}
      today={today}
      locale="en-GB"
      idPrefix="r"
      autosaveDelayMs={30}
      now={() => new Date('2026-11-23T10:42:00Z')}
    />
  );
}

async function frequency(): Promise<HTMLElement> {
  return screen.findByRole('radiogroup', { name: /How often do you use/ });
}

describe('responding to a wave', () => {
  it('shows the privacy notice honestly', async () => {
    renderView(fakeRepository());
    await frequency();
    const notice = screen.getByRole('region', { name: 'How your answers are used' });
    expect(within(notice).getByText(/confidential but not anonymous/)).toBeTruthy();
    expect(within(notice).getByText(/fewer than 10 people/)).toBeTruthy();
    expect(within(notice).getByText(/the evaluation leads and the data site’s owners .* can read your answers/)).toBeTruthy();
    expect(within(notice).getByText(/could also change a response in SharePoint; this app never does/)).toBeTruthy();
    expect(within(notice).getByText(/Nothing is kept in this browser/)).toBeTruthy();
    expect(within(notice).getByText('You can change your answers until the survey closes on 30 November 2026.')).toBeTruthy();
  });

  it('saves a draft shortly after the last change, once, and says when', async () => {
    const fake = fakeRepository();
    renderView(fake);
    fireEvent.click(within(await frequency()).getByRole('radio', { name: 'Every working day' }));
    fireEvent.change(screen.getByRole('textbox', { name: /anything else you would like to tell/ }), { target: { value: 'Helpful' } });
    expect(fake.saveDraft).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved at 10:42'));
    expect(fake.saveDraft).toHaveBeenCalledTimes(1);
    expect(fake.saveDraft.mock.calls[0][3]).toEqual({ [QUESTION_IDS.frequency]: 'daily', [QUESTION_IDS.comment]: 'Helpful' });
    expect(fake.ownResponse).toHaveBeenCalledWith(SURVEY.key, WAVE.id, UPN);
  });

  it('gives its first load the responses the part asked for early, and asks afresh when tried again', async () => {
    const fake = fakeRepository();
    const early = { upn: UPN, responses: Promise.resolve([]) };
    // The part hands them out once: whoever asks next gets nothing.
    const take = jest.fn().mockReturnValueOnce(early).mockReturnValue(undefined);
    fake.ownResponse.mockRejectedValueOnce(new Error('offline'));
    renderView(fake, '2026-11-23', { early: take });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await frequency();
    expect(fake.ownResponse.mock.calls).toEqual([
      [SURVEY.key, WAVE.id, UPN, early],
      [SURVEY.key, WAVE.id, UPN]
    ]);
    expect(take).toHaveBeenCalledTimes(2);
  });

  it('never runs two saves at once, and passes on the item the last one saved', async () => {
    const fake = fakeRepository();
    let finishFirst: (r: IStoredResponse) => void = () => undefined;
    fake.saveDraft.mockImplementationOnce(() => new Promise<IStoredResponse>((resolve) => (finishFirst = resolve)));
    renderView(fake);
    fireEvent.click(within(await frequency()).getByRole('radio', { name: 'Every working day' }));
    await waitFor(() => expect(fake.saveDraft).toHaveBeenCalledTimes(1));
    fireEvent.change(screen.getByRole('textbox', { name: /anything else you would like to tell/ }), { target: { value: 'More' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.saveDraft).toHaveBeenCalledTimes(1);
    const first = stored({ [QUESTION_IDS.frequency]: 'daily' }, { etag: '"first"' });
    await act(async () => finishFirst(first));
    await waitFor(() => expect(fake.saveDraft).toHaveBeenCalledTimes(2));
    expect(fake.saveDraft.mock.calls[1][4]).toBe(first);
    expect(fake.saveDraft.mock.calls[1][3][QUESTION_IDS.comment]).toBe('More');
  });

  it('says so when the answers were submitted elsewhere, and submitting again replaces that item', async () => {
    const fake = fakeRepository(stored(copilotAnswers()));
    const elsewhere = stored(copilotAnswers(), { status: 'submitted', etag: '"elsewhere"', submittedAt: '2026-11-23T10:30:00.000Z' });
    fake.saveDraft.mockRejectedValueOnce(new ValidationError([{ field: 'status', key: 'survey.alreadySubmitted' }]));
    renderView(fake);
    const group = await frequency();
    fake.ownResponse.mockResolvedValue(elsewhere);
    fireEvent.click(within(group).getByRole('radio', { name: 'About once a week' }));
    expect(await screen.findByText(/already submitted, perhaps in another tab/)).toBeTruthy();
    expect((within(group).getByRole('radio', { name: 'About once a week' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(fake.ownResponse).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    await waitFor(() => expect(fake.submit).toHaveBeenCalledTimes(1));
    expect(fake.submit.mock.calls[0][4]).toBe(elsewhere);
    expect(fake.submit.mock.calls[0][3][QUESTION_IDS.frequency]).toBe('weekly');
  });

  it('keeps every answer when a save fails, says so, and retries', async () => {
    const fake = fakeRepository();
    fake.saveDraft.mockRejectedValueOnce(new Error('offline'));
    renderView(fake);
    fireEvent.click(within(await frequency()).getByRole('radio', { name: 'Every working day' }));
    const comment = screen.getByRole('textbox', { name: /anything else you would like to tell/ }) as HTMLTextAreaElement;
    fireEvent.change(comment, { target: { value: 'Still here' } });
    expect(await screen.findByText(/Nothing you typed is lost/)).toBeTruthy();
    expect(comment.value).toBe('Still here');
    expect((within(await frequency()).getByRole('radio', { name: 'Every working day' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved at 10:42'));
    expect(fake.saveDraft).toHaveBeenCalledTimes(2);
    expect(fake.saveDraft.mock.calls[1][3][QUESTION_IDS.comment]).toBe('Still here');
    expect(screen.queryByText(/Nothing you typed is lost/)).toBeNull();
  });

  it('moves focus to the first unanswered question instead of submitting', async () => {
    const fake = fakeRepository();
    renderView(fake);
    await frequency();
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    const first = within(await frequency()).getByRole('radio', { name: 'Every working day' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(screen.getByText('Answer this question.')).toBeTruthy();
    expect(fake.submit).not.toHaveBeenCalled();
    fireEvent.click(within(await frequency()).getByRole('radio', { name: 'Never' }));
    expect(screen.queryByText('Answer this question.')).toBeNull();
  });

  it('submits a complete draft and confirms with the dates', async () => {
    const fake = fakeRepository(stored(copilotAnswers()));
    renderView(fake);
    expect((within(await frequency()).getByRole('radio', { name: 'Every working day' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    expect(
      await screen.findByText('Thank you — your answers for the one-month survey were submitted on 23 November 2026. You can change them until 30 November 2026.')
    ).toBeTruthy();
    expect(fake.submit).toHaveBeenCalledTimes(1);
    expect(fake.submit.mock.calls[0][3]).toEqual(copilotAnswers());
    expect(fake.submit.mock.calls[0][4]).toEqual(stored(copilotAnswers()));
  });

  it('shows a failed submit and submits again with the same item', async () => {
    const fake = fakeRepository(stored(copilotAnswers()));
    fake.submit.mockRejectedValueOnce(new Error('lost'));
    renderView(fake);
    await frequency();
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    expect(await screen.findByText(/could not be submitted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    expect(await screen.findByText(/Thank you/)).toBeTruthy();
    expect(fake.submit.mock.calls[1][4]).toEqual(fake.submit.mock.calls[0][4]);
  });

  it('shows the confirmation to someone who has submitted, and lets them change their answers', async () => {
    const fake = fakeRepository(stored(copilotAnswers(), { status: 'submitted', submittedAt: '2026-11-10T09:30:00Z' }));
    renderView(fake);
    expect(await screen.findByText(/submitted on 10 November 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(await screen.findByText(/Changes are kept only when you submit again/)).toBeTruthy();
    fireEvent.click(within(await frequency()).getByRole('radio', { name: 'About once a week' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.saveDraft).not.toHaveBeenCalled();
  });

  it('says when a wave has closed and reads nothing', async () => {
    const fake = fakeRepository();
    renderView(fake, '2026-12-01');
    expect(await screen.findByText('The one-month survey closed on 30 November 2026, so it no longer takes answers. Thank you to everyone who took part.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit your answers' })).toBeNull();
    expect(fake.ownResponse).not.toHaveBeenCalled();
  });

  it('reads per-question problems from the repository’s validation error', () => {
    expect(problemsFromError(answerProblemsError([{ questionId: 'frequency', code: 'required' }]))).toEqual([{ questionId: 'frequency', code: 'required' }]);
    expect(problemsFromError(new ValidationError([{ key: 'survey.alreadySubmitted' }]))).toEqual([]);
    expect(problemsFromError(new Error('x'))).toEqual([]);
  });
});
