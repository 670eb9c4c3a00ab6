/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { copilotTemplate, COPILOT_TASKS, QUESTION_IDS, minutesCheckingId, minutesSavedId } from '../../../../domain/survey/template';
import { copilotAnswers } from '../../../../domain/survey/testing';
import type { Answers, IAnswerProblem, IQuestionnaire } from '../../../../domain/survey/types';
import { allQuestions } from '../../../../domain/survey/validation';
import { SurveyForm, numberAnswer } from './SurveyForm';
import { optionText, questionText } from './surveyText';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const template = copilotTemplate();
const SAVED_DRAFTING = 'Drafting documents: minutes saved in a typical week';

function Harness(props: { initial?: Answers; problems?: IAnswerProblem[]; questionnaire?: IQuestionnaire; onChange?: (a: Answers) => void }): React.ReactElement {
  const [answers, setAnswers] = React.useState<Answers>(props.initial ?? {});
  return (
    <SurveyForm
      questionnaire={props.questionnaire ?? template}
      answers={answers}
      problems={props.problems ?? []}
      disabled={false}
      idPrefix="t"
      locale="en-GB"
      onChange={(next) => {
        setAnswers(next);
        props.onChange?.(next);
      }}
    />
  );
}

/** The texts an element's aria-describedby points at. */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('survey text', () => {
  it('words every question and option of the Copilot template by its stable id', () => {
    for (const q of allQuestions(template)) {
      expect(questionText(q.id)).not.toBe(q.id);
      if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options) expect(optionText(q.id, o)).not.toBe(o);
    }
    expect(questionText(QUESTION_IDS.impactLessEffort)).toBe('Copilot means I spend less mental effort on repetitive tasks.');
    expect(questionText(minutesCheckingId('spreadsheetAnalysis'))).toBe('Spreadsheet analysis: minutes spent checking and correcting its output in a typical week');
    expect(COPILOT_TASKS.map((t) => questionText(minutesSavedId(t))).every((t) => /: minutes saved in a typical week$/.test(t))).toBe(true);
  });

  it('falls back to a custom question’s own text', () => {
    expect(questionText('station', 'Which station do you work from?')).toBe('Which station do you work from?');
  });
});

describe('survey form', () => {
  it('renders the template in sections with labelled Likert ends, and required marks', () => {
    render(<Harness initial={copilotAnswers()} />);
    expect(screen.getByRole('heading', { name: 'Impact on your work' })).toBeTruthy();
    const productive = screen.getByRole('radiogroup', { name: /Using Copilot makes me more productive/ });
    expect(within(productive).getByRole('radio', { name: 'Strongly disagree' })).toBeTruthy();
    expect(within(productive).getByRole('radio', { name: 'Strongly agree' })).toBeTruthy();
    expect((within(productive).getByRole('radio', { name: 'Agree' }) as HTMLInputElement).checked).toBe(true);
    expect((within(productive).getByRole('radio', { name: 'Agree' }) as HTMLInputElement).required).toBe(true);
    const barriers = screen.getByRole('group', { name: /What, if anything, stops you/ });
    expect(within(barriers).getAllByRole('checkbox')).toHaveLength(6);
    expect(description(barriers)).toContain('Choose up to 3.');
    expect(screen.getByRole('textbox', { name: SAVED_DRAFTING }).getAttribute('inputmode')).toBe('numeric');
  });

  it('hides every Copilot question from someone who never uses it, and shows them once they do', () => {
    render(<Harness />);
    const frequency = screen.getByRole('radiogroup', { name: /How often do you use/ });
    fireEvent.click(within(frequency).getByRole('radio', { name: 'Never' }));
    expect(screen.queryByRole('textbox', { name: SAVED_DRAFTING })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Time saved, task by task' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: /more productive/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: /anything else you would like to tell/ })).toBeTruthy();
    fireEvent.click(within(frequency).getByRole('radio', { name: 'Every working day' }));
    expect(screen.getByRole('textbox', { name: SAVED_DRAFTING })).toBeTruthy();
  });

  it('keeps a number as typed, stores it only when it is one, and says the range', async () => {
    const onChange = jest.fn();
    render(<Harness initial={copilotAnswers()} onChange={onChange} />);
    const minutes = screen.getByRole('textbox', { name: SAVED_DRAFTING }) as HTMLInputElement;
    fireEvent.change(minutes, { target: { value: 'ten' } });
    expect(minutes.value).toBe('ten');
    expect(onChange.mock.calls[0][0][minutesSavedId('drafting')]).toBe('ten');
    // Fluent shows a field's error message a moment after it is set.
    await waitFor(() => expect(description(minutes)).toContain('Enter a whole number from 0 to 600.'));
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(minutes, { target: { value: '700' } });
    expect(onChange.mock.calls[1][0][minutesSavedId('drafting')]).toBe(700);
    await waitFor(() => expect(description(minutes)).toContain('Enter a whole number from 0 to 600.'));
    fireEvent.change(minutes, { target: { value: '45' } });
    expect(onChange.mock.calls[2][0][minutesSavedId('drafting')]).toBe(45);
    await waitFor(() => expect(screen.queryByText('Enter a whole number from 0 to 600.')).toBeNull());
    expect(minutes.getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(minutes, { target: { value: '' } });
    expect(minutesSavedId('drafting') in onChange.mock.calls[3][0]).toBe(false);
  });

  it('reads typed numbers without losing text', () => {
    expect(numberAnswer(' 30 ')).toBe(30);
    expect(numberAnswer('1.5')).toBe(1.5);
    expect(numberAnswer('1,000')).toBe('1,000');
    expect(numberAnswer('  ')).toBeUndefined();
  });

  it('counts characters against the limit and says how far over', async () => {
    render(<Harness />);
    const comment = screen.getByRole('textbox', { name: /anything else you would like to tell/ }) as HTMLTextAreaElement;
    expect(description(comment)).toContain('0 of 2,000 characters');
    fireEvent.change(comment, { target: { value: 'x'.repeat(2143) } });
    expect(comment.value).toHaveLength(2143);
    expect(description(comment)).toContain('2,143 of 2,000 characters');
    await waitFor(() => expect(description(comment)).toContain('Keep it to 2,000 characters (you have 2,143).'));
  });

  it('shows each problem on its own question', () => {
    render(
      <Harness
        initial={copilotAnswers({ [QUESTION_IDS.impactFaster]: undefined })}
        problems={[
          { questionId: QUESTION_IDS.impactFaster, code: 'required' },
          { questionId: QUESTION_IDS.usabilityBarriers, code: 'tooManyChoices', max: 3 }
        ]}
      />
    );
    const faster = screen.getByRole('radiogroup', { name: /complete tasks faster/ });
    for (const radio of within(faster).getAllByRole('radio')) expect(description(radio)).toBe('Answer this question.');
    const productive = screen.getByRole('radiogroup', { name: /more productive/ });
    expect(within(productive).getAllByRole('radio').map(description).join('')).toBe('');
    expect(description(screen.getByRole('group', { name: /What, if anything, stops you/ }))).toContain('Choose no more than 3.');
    expect(screen.getAllByText('Answer this question.')).toHaveLength(1);
  });

  it('labels a custom question with its own text', () => {
    const custom: IQuestionnaire = { id: 'c', sections: [{ id: 'extra', questions: [{ id: 'station', kind: 'text', required: true, maxLength: 100, text: 'Which station do you work from?' }] }] };
    render(<Harness questionnaire={custom} />);
    expect(screen.getByRole('heading', { name: 'Section 1' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Which station do you work from\?/ })).toBeTruthy();
  });
});
