import { measuredFromPublished } from './measured';
import { resolveMinutesSaved } from '../../../../domain/catalogue/minutes';
import { buildPublishedResults } from '../../../../domain/survey/published';
import { copilotTemplate, usesPerWeekId } from '../../../../domain/survey/template';
import { copilotAnswers, responses, taskMinutes, unit, wave } from '../../../../domain/survey/testing';
import type { IResponse, IWave } from '../../../../domain/survey/types';

// The survey's published per-task minutes, as the catalogue turns them into "minutes saved per use".
const WAVES: IWave[] = [
  wave({ id: 'month1', kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' }),
  wave({ id: 'month3', kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' })
];

function people(force: string, n: number, drafting: [number, number], uses: number | undefined, prefix: string, waveId: string = 'month1'): IResponse[] {
  const answers = copilotAnswers({ ...taskMinutes({ drafting, email: [20, 5] }), ...(uses !== undefined ? { [usesPerWeekId('drafting')]: uses } : {}) });
  return responses(n, { waveId, submittedAt: waveId === 'month1' ? '2026-10-12T10:00:00Z' : '2026-11-18T10:00:00Z', unit: unit({ force }), answers }, prefix);
}

function published(rs: IResponse[]): Parameters<typeof measuredFromPublished>[0] {
  return { surveyKey: 'copilot-evaluation', surveyTitle: 'Copilot evaluation', publishedOn: '2026-11-23', results: buildPublishedResults(copilotTemplate(), WAVES, rs, 10, '2026-11-23') };
}

const ENTRY = { measuredTask: 'drafting' as const, estimatedMinutesPerUse: 25 };

describe('measured minutes from the survey\u2019s published results', () => {
  // Essex: net 50 a week over 5 uses (10 a use); Kent: net 30 over 2 (15 a use); the open wave is ignored.
  const results = published([
    ...people('Essex', 10, [60, 10], 5, 'e'),
    ...people('Kent', 10, [35, 5], 2, 'k'),
    ...people('Kent', 10, [200, 0], 1, 'k3', 'month3')
  ]);

  it('gives the reader\u2019s own force its measured minutes per use, naming the survey, wave, force and date', () => {
    const kent = measuredFromPublished(results, 'en-GB', 'Kent');
    expect(kent?.drafting).toEqual({
      netMinutesPerUse: 15,
      netMinutesPerWeek: 30,
      respondents: 10,
      source: 'Copilot evaluation, the one-month survey, Kent, published 23 November 2026'
    });
    expect(resolveMinutesSaved(ENTRY, kent)).toMatchObject({ basis: 'measured', perUse: 15, taskNetMinutesPerWeek: 30 });
    expect(resolveMinutesSaved(ENTRY, measuredFromPublished(results, 'en-GB', 'Essex'))).toMatchObject({ basis: 'measured', perUse: 10 });
  });

  it('falls back to all forces for a reader with no force, or whose force has no per-use figure', () => {
    const all = measuredFromPublished(results, 'en-GB');
    expect(resolveMinutesSaved(ENTRY, all)).toMatchObject({ basis: 'measured', perUse: 11.4 });
    // (10×50 + 10×30) ÷ (10×5 + 10×2) = 800 ÷ 70 = 11.43 a use.
    expect(all?.drafting).toMatchObject({ netMinutesPerUse: 11.43, netMinutesPerWeek: 40, source: 'Copilot evaluation, the one-month survey, all forces, published 23 November 2026' });
    expect(measuredFromPublished(results, 'en-GB', 'Surrey')?.drafting?.source).toMatch(/, all forces, /);
  });

  it('keeps the weekly figure as evidence but the author\u2019s estimate per use when nobody said how often they used it', () => {
    const weeklyOnly = measuredFromPublished(published([...people('Essex', 10, [60, 10], undefined, 'e'), ...people('Kent', 10, [35, 5], undefined, 'k')]), 'en-GB', 'Kent');
    expect(weeklyOnly?.drafting).toEqual({ netMinutesPerWeek: 40, respondents: 20, source: 'Copilot evaluation, the one-month survey, all forces, published 23 November 2026' });
    expect(resolveMinutesSaved(ENTRY, weeklyOnly)).toMatchObject({ basis: 'estimated', perUse: 25, taskNetMinutesPerWeek: 40 });
  });

  it('has nothing to say without published results or a closed wave', () => {
    expect(measuredFromPublished(undefined, 'en-GB', 'Kent')).toBeUndefined();
    expect(measuredFromPublished(published(people('Kent', 10, [35, 5], 2, 'k3', 'month3')), 'en-GB', 'Kent')).toBeUndefined();
  });
});
