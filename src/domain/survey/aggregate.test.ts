import {
  breakdown,
  distribution,
  median,
  netMinutesPerWeek,
  netMinutesSummary,
  netTaskMinutes,
  NET_MINUTES_FLOOR,
  taskAverages,
  trend
} from './aggregate';
import { copilotTemplate } from './template';
import { copilotAnswers, response, responses, taskMinutes, unit, wave } from './testing';
import type { Answers, IResponse, Question } from './types';
import { findQuestion } from './validation';

const template = copilotTemplate();
const q = (id: string): Question => findQuestion(template, id) as Question;

/** n people in a unit giving these answers. */
function people(n: number, force: string, answers: Answers, prefix: string = force): IResponse[] {
  return responses(n, { unit: unit({ force }), answers: copilotAnswers(answers) }, prefix);
}

describe('distribution', () => {
  const group = [...people(6, 'Essex', { impactFaster: 5 }, 'a'), ...people(4, 'Essex', { impactFaster: 2 }, 'b'), ...people(2, 'Essex', { frequency: 'never' }, 'c')];

  it('counts each Likert value, zeros included, over those who answered', () => {
    const d = distribution(q('impactFaster'), group.map((r) => (r.answers.frequency === 'never' ? { ...r, answers: { frequency: 'never' } } : r)));
    expect(d).toEqual({
      questionId: 'impactFaster',
      kind: 'choice',
      n: 10,
      suppressed: false,
      counts: [
        { value: 1, count: 0 },
        { value: 2, count: 4 },
        { value: 3, count: 0 },
        { value: 4, count: 0 },
        { value: 5, count: 6 }
      ]
    });
  });

  it('counts single choice options in their order', () => {
    const d = distribution(q('frequency'), group);
    expect(d).toMatchObject({ n: 12, counts: [{ value: 'daily', count: 10 }, { value: 'severalTimesAWeek', count: 0 }, { value: 'weekly', count: 0 }, { value: 'lessThanWeekly', count: 0 }, { value: 'never', count: 2 }] });
  });

  it('counts every option chosen in a multiple choice (counts may exceed n)', () => {
    const rs = [...people(5, 'Essex', { usabilityBarriers: ['accuracy', 'time'] }, 'a'), ...people(5, 'Essex', { usabilityBarriers: ['time'] }, 'b')];
    const d = distribution(q('usabilityBarriers'), rs);
    expect(d).toMatchObject({ n: 10, counts: [{ value: 'accuracy', count: 5 }, { value: 'training', count: 0 }, { value: 'time', count: 10 }, { value: 'access', count: 0 }, { value: 'trust', count: 0 }, { value: 'other', count: 0 }] });
  });

  it('summarises numbers as n, mean and median', () => {
    const rs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 400].map((m, i) => response({ respondentUpn: `p${i}@x`, answers: copilotAnswers({ 'minutesSaved.email': m }) }));
    expect(distribution(q('minutesSaved.email'), rs)).toEqual({ questionId: 'minutesSaved.email', kind: 'number', n: 10, suppressed: false, summary: { mean: 85, median: 55 } });
  });

  it('excludes free text from aggregates', () => {
    expect(distribution(q('comment'), people(20, 'Essex', { comment: 'Saves me an hour a day' }))).toEqual({ questionId: 'comment', kind: 'excluded' });
  });

  it('suppresses a group under the minimum size and withholds every figure', () => {
    expect(distribution(q('impactFaster'), people(9, 'Essex', {}))).toEqual({ questionId: 'impactFaster', kind: 'choice', n: undefined, suppressed: true, counts: undefined });
    expect(distribution(q('minutesSaved.email'), people(3, 'Essex', { 'minutesSaved.email': 5 }))).toMatchObject({ suppressed: true, n: undefined, summary: undefined });
    expect(distribution(q('impactFaster'), people(9, 'Essex', {}), { minSize: 5 })).toMatchObject({ suppressed: false, n: 9 });
  });

  it('suppresses on the number who answered the question, not the number who responded', () => {
    const rs = [...people(9, 'Essex', { 'minutesSaved.email': 5 }, 'a'), ...people(20, 'Essex', {}, 'b')];
    expect(distribution(q('minutesSaved.email'), rs)).toMatchObject({ suppressed: true });
  });

  it('shows an unanswered question as n = 0, not suppressed', () => {
    expect(distribution(q('minutesSaved.email'), people(20, 'Essex', {}))).toEqual({ questionId: 'minutesSaved.email', kind: 'number', n: 0, suppressed: false, summary: undefined });
  });

  it.each([
    [[3], 3],
    [[1, 2], 1.5],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5]
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('breakdown', () => {
  const rs = [
    ...people(30, 'Essex', { impactFaster: 4 }),
    ...people(12, 'Kent', { impactFaster: 2 }),
    ...people(4, 'Herts', { impactFaster: 5 }),
    ...people(25, 'Suffolk', { impactFaster: 3 })
  ];

  it('suppresses a small force and the next-smallest, and still shows the overall', () => {
    const b = breakdown(template, rs, 'force', 'impactFaster');
    expect(b.groups.map((g) => [g.group, (g.distribution as { suppressed: boolean }).suppressed])).toEqual([
      ['Essex', false],
      ['Herts', true],
      ['Kent', true],
      ['Suffolk', false]
    ]);
    expect(b.overall).toMatchObject({ n: 71, suppressed: false });
    expect(b.groups[0].distribution).toMatchObject({ n: 30, counts: [{ count: 0 }, { count: 0 }, { count: 0 }, { count: 30 }, { count: 0 }] });
  });

  it('needs no complement when no group is small', () => {
    const b = breakdown(template, rs.filter((r) => r.unit.force !== 'Herts'), 'force', 'impactFaster');
    expect(b.groups.every((g) => !(g.distribution as { suppressed: boolean }).suppressed)).toBe(true);
  });

  it.each<['role' | 'grade' | 'department', keyof ReturnType<typeof unit>]>([
    ['role', 'role'],
    ['grade', 'grade'],
    ['department', 'department']
  ])('breaks down by %s', (by, field) => {
    const mixed = [...responses(10, { unit: unit({ [field]: 'A' }) }, 'a'), ...responses(15, { unit: unit({ [field]: 'B' }) }, 'b')];
    const b = breakdown(template, mixed, by, 'impactQuality');
    expect(b.groups.map((g) => [g.group, (g.distribution as { n: number }).n])).toEqual([
      ['A', 10],
      ['B', 15]
    ]);
  });

  it('breaks down by wave without an overall (waves do not add up) and suppresses only small waves', () => {
    const mixed = [...responses(3, { waveId: 'baseline' }), ...responses(12, { waveId: 'month1' }), ...responses(11, { waveId: 'month3' })];
    const b = breakdown(template, mixed, 'wave', 'impactQuality');
    expect(b.overall).toBeUndefined();
    expect(b.groups.map((g) => [g.group, (g.distribution as { suppressed: boolean }).suppressed])).toEqual([
      ['baseline', true],
      ['month1', false],
      ['month3', false]
    ]);
  });

  it('rejects an unknown question', () => {
    expect(() => breakdown(template, rs, 'force', 'nope')).toThrow('Unknown question: nope');
  });
});

describe('trend across waves', () => {
  const waves = [
    wave({ id: 'baseline', kind: 'baseline', opensOn: '2026-09-01', closesOn: '2026-09-14' }),
    wave({ id: 'month1', kind: 'month1', opensOn: '2026-10-01', closesOn: '2026-10-14' })
  ];
  const all = [
    ...responses(12, { waveId: 'baseline', submittedAt: '2026-09-05T10:00:00Z', answers: copilotAnswers({ impactFaster: 2 }) }, 'e'),
    ...responses(15, { waveId: 'month1', submittedAt: '2026-10-05T10:00:00Z', answers: copilotAnswers({ impactFaster: 4 }) }, 'e'),
    ...responses(5, { waveId: 'month1', submittedAt: '2026-10-05T10:00:00Z', unit: unit({ force: 'Kent' }) }, 'k'),
    // Late: after month 1 closed, never counted.
    ...responses(30, { waveId: 'month1', submittedAt: '2026-10-20T10:00:00Z', unit: unit({ force: 'Kent' }) }, 'late')
  ];

  it('counts each wave\u2019s own responses', () => {
    const t = trend(template, waves, all, 'impactFaster');
    expect(t.map((p) => [p.waveId, (p.overall as { n: number }).n])).toEqual([
      ['baseline', 12],
      ['month1', 20]
    ]);
    expect((t[0].overall as { counts: { count: number }[] }).counts[1].count).toBe(12);
    expect(t[0].groups).toEqual([]);
  });

  it('suppresses a small group in a wave and a complement so it cannot be worked out from the wave total', () => {
    const t = trend(template, waves, all, 'impactFaster', 'force');
    const shown = t.map((p) => p.groups.map((g) => `${g.group}:${(g.distribution as { suppressed: boolean }).suppressed ? 'x' : (g.distribution as { n: number }).n}`));
    // Kent has 0 at baseline (shown) and 5 in month 1 (small); Essex month 1 is the complement.
    expect(shown).toEqual([
      ['Essex:12', 'Kent:0'],
      ['Essex:x', 'Kent:x']
    ]);
    expect(t[1].overall).toMatchObject({ n: 20, suppressed: false });
  });

  it('suppresses a whole wave under the minimum', () => {
    const t = trend(template, waves, all, 'impactFaster', undefined, { minSize: 13 });
    expect(t.map((p) => (p.overall as { suppressed: boolean }).suppressed)).toEqual([true, false]);
  });
});

describe('net minutes saved per week', () => {
  it('is saved minus checking summed over tasks', () => {
    const r = response({ answers: copilotAnswers(taskMinutes({ drafting: [60, 15], email: [30, 0], spreadsheetAnalysis: [20, 50] })) });
    expect(netTaskMinutes(r, 'drafting')).toBe(45);
    expect(netTaskMinutes(r, 'spreadsheetAnalysis')).toBe(-30);
    expect(netTaskMinutes(r, 'scheduling')).toBeUndefined();
    expect(netMinutesPerWeek(r)).toBe(45);
  });

  it('may be negative overall: checking that outweighs savings is reported, not hidden', () => {
    expect(netMinutesPerWeek(response({ answers: copilotAnswers(taskMinutes({ spreadsheetAnalysis: [10, 70] })) }))).toBe(-60);
  });

  it('counts a missing half of a pair as zero', () => {
    const r = response({ answers: copilotAnswers({ 'minutesSaved.email': 40, 'minutesChecking.drafting': 10 }) });
    expect(netTaskMinutes(r, 'email')).toBe(40);
    expect(netTaskMinutes(r, 'drafting')).toBe(-10);
    expect(netMinutesPerWeek(r)).toBe(30);
  });

  it('is undefined, not zero, for someone who answered no task', () => {
    expect(netMinutesPerWeek(response())).toBeUndefined();
  });

  it('never goes below the documented floor of 600 minutes checking on every task', () => {
    expect(NET_MINUTES_FLOOR).toBe(-4800);
    expect(netTaskMinutes(response({ answers: { 'minutesChecking.email': 5000 } }), 'email')).toBe(-600);
    const worst = taskMinutes({ drafting: [0, 600], summarising: [0, 600], meetingNotes: [0, 600], searching: [0, 600], email: [0, 600], scheduling: [0, 600], spreadsheetAnalysis: [0, 600], presentations: [0, 600] });
    expect(netMinutesPerWeek(response({ answers: worst }))).toBe(-4800);
  });

  it('summarises respondents: n, mean, median and how many lost time', () => {
    const rs = [...responses(8, { answers: taskMinutes({ drafting: [60, 10] }) }, 'a'), ...responses(2, { answers: taskMinutes({ spreadsheetAnalysis: [0, 30] }) }, 'b'), response({ respondentUpn: 'none@x' })];
    expect(netMinutesSummary(rs)).toEqual({ n: 10, suppressed: false, mean: 34, median: 50, negative: 2 });
  });

  it('suppresses the summary of a small group', () => {
    expect(netMinutesSummary(responses(9, { answers: taskMinutes({ drafting: [60, 10] }) }))).toEqual({ n: undefined, suppressed: true, mean: undefined, median: undefined, negative: undefined });
    expect(netMinutesSummary([])).toEqual({ n: 0, suppressed: false, mean: undefined, median: undefined, negative: 0 });
  });

  it('averages each task over those who answered it, suppressing small tasks', () => {
    const rs = [
      ...responses(6, { answers: taskMinutes({ drafting: [60, 10], email: [5, 0] }) }, 'a'),
      ...responses(4, { answers: taskMinutes({ drafting: [30, 20] }) }, 'b')
    ];
    const averages = taskAverages(rs);
    expect(averages[0]).toEqual({ task: 'drafting', n: 10, suppressed: false, meanSaved: 48, meanChecking: 14, meanNet: 34 });
    expect(averages.filter((a) => a.task === 'email')[0]).toEqual({ task: 'email', n: undefined, suppressed: true, meanSaved: undefined, meanChecking: undefined, meanNet: undefined });
    expect(averages.filter((a) => a.task === 'scheduling')[0]).toEqual({ task: 'scheduling', n: 0, suppressed: false, meanSaved: undefined, meanChecking: undefined, meanNet: undefined });
    expect(averages.map((a) => a.task)).toHaveLength(8);
  });
});
