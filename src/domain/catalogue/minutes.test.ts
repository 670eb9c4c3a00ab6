import { minutesPerUseById, resolveMinutesSaved, type MeasuredTaskMinutes } from './minutes';

const SOURCE = 'Evaluation survey, month 3';

describe('resolveMinutesSaved', () => {
  const measured: MeasuredTaskMinutes = {
    summarising: { netMinutesPerUse: 12.4, netMinutesPerWeek: 48, respondents: 212, source: SOURCE },
    drafting: { netMinutesPerWeek: 60, usesPerWeek: 4, respondents: 180, source: SOURCE },
    meetingNotes: { netMinutesPerWeek: 35, respondents: 150, source: SOURCE },
    spreadsheetAnalysis: { netMinutesPerUse: -6, respondents: 40, source: SOURCE },
    email: { netMinutesPerUse: 9, respondents: 7, source: SOURCE }
  };

  it('takes the survey\u2019s per-use figure over the estimate, marked measured', () => {
    expect(resolveMinutesSaved({ measuredTask: 'summarising', estimatedMinutesPerUse: 30 }, measured)).toEqual({
      basis: 'measured',
      perUse: 12.4,
      task: 'summarising',
      taskNetMinutesPerWeek: 48,
      respondents: 212,
      source: SOURCE
    });
  });

  it('divides a weekly figure by uses a week when given, and never passes a weekly figure off as per use', () => {
    expect(resolveMinutesSaved({ measuredTask: 'drafting', estimatedMinutesPerUse: null }, measured)).toMatchObject({ basis: 'measured', perUse: 15 });
    expect(resolveMinutesSaved({ measuredTask: 'meetingNotes', estimatedMinutesPerUse: 30 }, measured)).toEqual({
      basis: 'estimated',
      perUse: 30,
      task: 'meetingNotes',
      taskNetMinutesPerWeek: 35,
      respondents: 150,
      source: SOURCE
    });
    expect(resolveMinutesSaved({ measuredTask: 'meetingNotes', estimatedMinutesPerUse: null }, measured)).toMatchObject({ basis: 'none', perUse: null, taskNetMinutesPerWeek: 35 });
  });

  it('keeps a net loss, and ignores figures from too few respondents', () => {
    expect(resolveMinutesSaved({ measuredTask: 'spreadsheetAnalysis', estimatedMinutesPerUse: 20 }, measured)).toMatchObject({ basis: 'measured', perUse: -6 });
    expect(resolveMinutesSaved({ measuredTask: 'email', estimatedMinutesPerUse: 20 }, measured)).toEqual({
      basis: 'estimated',
      perUse: 20,
      task: 'email',
      taskNetMinutesPerWeek: null,
      respondents: null,
      source: null
    });
    expect(resolveMinutesSaved({ measuredTask: 'email', estimatedMinutesPerUse: 20 }, measured, 5)).toMatchObject({ basis: 'measured', perUse: 9 });
  });

  it('uses the estimate without a task or without published figures', () => {
    expect(resolveMinutesSaved({ measuredTask: null, estimatedMinutesPerUse: 45 }, measured)).toMatchObject({ basis: 'estimated', perUse: 45, task: null });
    expect(resolveMinutesSaved({ measuredTask: 'scheduling', estimatedMinutesPerUse: 5 }, undefined)).toMatchObject({ basis: 'estimated', perUse: 5 });
    expect(resolveMinutesSaved({ measuredTask: null, estimatedMinutesPerUse: null }, undefined)).toMatchObject({ basis: 'none', perUse: null });
  });

  it('maps every entry for sorting', () => {
    const map = minutesPerUseById(
      [
        { id: 1, measuredTask: 'summarising', estimatedMinutesPerUse: 30 },
        { id: 2, measuredTask: null, estimatedMinutesPerUse: null }
      ],
      measured
    );
    expect(Array.from(map.entries())).toEqual([
      [1, 12.4],
      [2, null]
    ]);
  });
});
