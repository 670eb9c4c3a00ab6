import { buildPublishedResults } from '../../../../domain/survey/published';
import type { IPublishedResults } from '../../../../domain/survey/published';
import { copilotTemplate, QUESTION_IDS } from '../../../../domain/survey/template';
import { copilotAnswers, responses, taskMinutes, unit, wave } from '../../../../domain/survey/testing';
import type { IResponse } from '../../../../domain/survey/types';
import { freeTextAnswers } from './freeText';
import { breakdownCsv, breakdownRows, distributionCsv, netCsv, netRows, taskCsv, taskRows, unavailable } from './resultsTables';
import { detailNotes, formats, minutesText } from './resultsText';

const WAVE = wave({ id: 'month1', kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' });
const AT = '2026-10-20T09:00:00Z';
const f = formats('en-GB');

function group(n: number, force: string, role: string, prefix: string, extra: Record<string, number> = {}): IResponse[] {
  return responses(n, { waveId: WAVE.id, submittedAt: AT, unit: unit({ force, role }), answers: copilotAnswers({ ...extra, ...taskMinutes({ drafting: [60, 10] }) }) }, prefix);
}

// Essex 14 (impact 4) and Kent 3 (impact 2): Kent is too small, Essex is withheld as its complement.
const fixture = [...group(14, 'Essex', 'Call handler', 'e'), ...group(3, 'Kent', 'Detective', 'k', { impactFaster: 2 })];
const results: IPublishedResults = buildPublishedResults(copilotTemplate(), [WAVE], fixture, 10, '2026-11-23');
const impact = results.qs.map((q) => q.id).indexOf(QUESTION_IDS.impactFaster);

describe('exported aggregates', () => {
  it('exports a suppressed group blank, with the reason and never the count', () => {
    const { rows, overall } = breakdownRows(results, 0, impact, 'force', 'en-GB', f);
    const csv = breakdownCsv(results, impact, 'force', rows, overall, f);
    expect(csv.headers.slice(0, 4)).toEqual(['Force', 'Answered', 'Strongly disagree: people', 'Strongly disagree: share (%)']);
    expect(csv.headers[csv.headers.length - 1]).toBe('Suppressed');
    const essex = csv.rows.filter((r) => r[0] === 'Essex')[0];
    const kent = csv.rows.filter((r) => r[0] === 'Kent')[0];
    expect(essex.slice(1, -1).every((c) => c === '')).toBe(true);
    expect(essex[essex.length - 1]).toBe('withheld (complementary)');
    expect(kent.slice(1, -1).every((c) => c === '')).toBe(true);
    expect(kent[kent.length - 1]).toBe('fewer than 10');
    // The overall is shown: 17 answered, 14 agree and 3 disagree.
    expect(csv.rows[csv.rows.length - 1]).toEqual(['All respondents', 17, 0, 0, 3, 17.6, 0, 0, 14, 82.4, 0, 0, '']);
  });

  it('exports the distribution on screen, and blanks when the whole wave is withheld', () => {
    const shown = distributionCsv(results, impact, breakdownRows(results, 0, impact, 'force', 'en-GB', f).overall ?? { status: 'absent' }, f);
    expect(shown.rows[1]).toEqual(['Disagree', 3, 17.6, '']);
    const suppressed = distributionCsv(results, impact, { status: 'suppressed', reason: 'small' }, f);
    expect(suppressed.rows.every((r) => r[1] === '' && r[2] === '' && r[3] === 'fewer than 10')).toBe(true);
  });

  it('exports task minutes per week and per working day, a small force blank', () => {
    const all = taskCsv(results, taskRows(results, 0, undefined), 'All forces', f);
    expect(all.rows[0]).toEqual(['Drafting documents', 'All forces', 17, 60, 10, 50, 12, 2, 10, '', '']);
    const kent = taskCsv(results, taskRows(results, 0, results.g.force.indexOf('Kent')), 'Kent', f);
    expect(kent.rows[0]).toEqual(['Drafting documents', 'Kent', '', '', '', '', '', '', '', '', 'fewer than 10']);
  });

  it('exports net minutes per person by group, the overall last', () => {
    const { rows, overall } = netRows(results, 0, 'role', f);
    const csv = netCsv(results, 'role', rows, overall, f);
    expect(csv.rows).toEqual([
      ['Call handler', '', '', '', '', '', '', 'withheld (complementary)'],
      ['Detective', '', '', '', '', '', '', 'fewer than 10'],
      ['All respondents', 17, 50, 10, 50, 10, 0, '']
    ]);
  });

  it('gives a breakdown by wave as the trend, and says when a breakdown was not published', () => {
    expect(breakdownRows(results, 0, impact, 'wave', 'en-GB', f).rows.map((r) => r.label)).toEqual(['The one-month survey (closed 23 October 2026)']);
    const trimmed = buildPublishedResults(copilotTemplate(), [WAVE], fixture, 10, '2026-11-23', { capLevels: [{ numbers: false, role: 0, department: 5, grade: 5 }] });
    expect(unavailable(trimmed, impact, 'role')).toBe('omitted');
    expect(unavailable(trimmed, trimmed.qs.map((q) => q.id).indexOf('minutesSaved.drafting'), 'grade')).toBe('numbersByForceOnly');
    expect(unavailable(trimmed, impact, 'grade')).toBeUndefined();
    expect(detailNotes(trimmed, f)).toEqual([
      'Results by role are not available: there are too many groups to store them in the published results.',
      'Number questions are broken down by force only, to keep the published results within SharePoint’s size limit. The time saved per task is shown below by force.'
    ]);
  });

  it('says a net loss in words', () => {
    expect(minutesText(-30, f)).toBe('-30 (net loss)');
    expect(minutesText(12.5, f)).toBe('12.5');
  });
});

describe('free text for leads', () => {
  it('lists the counted answers per text question, identical ones once with their count, with nothing about who wrote them', () => {
    const rs = [
      ...responses(2, { waveId: WAVE.id, submittedAt: AT, answers: copilotAnswers({ [QUESTION_IDS.comment]: 'Zebra crossings' }) }, 'a'),
      ...responses(1, { waveId: WAVE.id, submittedAt: AT, answers: copilotAnswers({ [QUESTION_IDS.comment]: '  apples  ' }) }, 'b'),
      // A later submission by the same person replaces their earlier answer; a draft never counts.
      ...responses(1, { waveId: WAVE.id, submittedAt: '2026-10-21T09:00:00Z', answers: copilotAnswers({ [QUESTION_IDS.comment]: 'Mangoes' }) }, 'a'),
      ...responses(1, { waveId: WAVE.id, status: 'draft', submittedAt: undefined, answers: copilotAnswers({ [QUESTION_IDS.comment]: 'Draft only' }) }, 'c')
    ];
    const comment = freeTextAnswers(copilotTemplate(), WAVE, rs, 'en-GB').filter((q) => q.questionId === QUESTION_IDS.comment)[0];
    expect(comment.answers).toEqual([
      { text: 'apples', count: 1 },
      { text: 'Mangoes', count: 1 },
      { text: 'Zebra crossings', count: 1 }
    ]);
    expect(comment.total).toBe(3);
    const repeated = freeTextAnswers(copilotTemplate(), WAVE, [...rs, ...responses(3, { waveId: WAVE.id, submittedAt: AT, answers: copilotAnswers({ [QUESTION_IDS.comment]: 'apples ' }) }, 'd')], 'en-GB');
    expect(repeated.filter((q) => q.questionId === QUESTION_IDS.comment)[0].answers.slice(0, 2)).toEqual([
      { text: 'apples', count: 4 },
      { text: 'Mangoes', count: 1 }
    ]);
  });
});
