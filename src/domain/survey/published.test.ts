import { breakdown, trend } from './aggregate';
import type { Distribution } from './aggregate';
import {
  buildPublishedResults,
  groupsOf,
  latestClosedWave,
  measuredTaskMinutes,
  netMinutesBy,
  parsePublishedResults,
  PUBLISHED_RESULTS_MAX_CHARS,
  questionFigures,
  RESULT_DIMENSIONS,
  serialisePublishedResults,
  taskMinutes,
  waveRespondents
} from './published';
import type { Figure, IPublishedResults, ITaskMinutes, QuestionFigures, ResultDimension, StoredCell, StoredQuestionResult } from './published';
import { countedResponses } from './responses';
import { derivableEntries } from './suppression';
import { COPILOT_TASKS, copilotTemplate, FREQUENCY_OPTIONS, minutesCheckingId, minutesSavedId, QUESTION_IDS, taskCommentId, usesPerWeekId } from './template';
import { copilotAnswers, response, responses, seededRandom, taskMinutes as taskAnswers, unit, wave } from './testing';
import type { AnswerValue, IRespondentUnit, IResponse, IWave } from './types';
import { allQuestions } from './validation';

const template = copilotTemplate();
const PUBLISHED_ON = '2026-11-23';
const WAVES: IWave[] = [
  wave({ id: 'baseline', kind: 'baseline', opensOn: '2026-09-07', closesOn: '2026-09-25' }),
  wave({ id: 'month1', kind: 'month1', opensOn: '2026-10-05', closesOn: '2026-10-23' }),
  wave({ id: 'month3', kind: 'month3', opensOn: '2026-11-16', closesOn: '2026-12-11' }),
  wave({ id: 'month6', kind: 'month6', opensOn: '2027-03-01', closesOn: '2027-03-19' })
];
const SUBMITTED: Record<string, string> = { baseline: '2026-09-10T10:00:00Z', month1: '2026-10-12T10:00:00Z', month3: '2026-11-18T10:00:00Z' };

function build(rs: readonly IResponse[], minSize: number = 10, waves: readonly IWave[] = WAVES): IPublishedResults {
  return buildPublishedResults(template, waves, rs, minSize, PUBLISHED_ON);
}

function questionIndex(results: IPublishedResults, id: string): number {
  const i = results.qs.map((q) => q.id).indexOf(id);
  if (i < 0) throw new Error(`not published: ${id}`);
  return i;
}

function groupIndex(results: IPublishedResults, dim: ResultDimension, name: string): number {
  const g = groupsOf(results, dim).filter((x) => x.name === name)[0];
  if (g === undefined) throw new Error(`no group ${dim} ${name}`);
  return g.index;
}

/** One dimension's group cells of a stored question result. */
function groupCells(entry: StoredQuestionResult, dimension: number): readonly StoredCell[] {
  return entry[dimension + 1] as readonly StoredCell[];
}

/** Every stored cell of the snapshot (question cells, task cells, net cells), with where it is. */
function allCells(results: IPublishedResults): { where: string; cell: StoredCell }[] {
  const out: { where: string; cell: StoredCell }[] = [];
  results.r.forEach((w, wi) => {
    w.q.forEach((entry, qi) => {
      out.push({ where: `w${wi} q${qi} overall`, cell: entry[0] });
      RESULT_DIMENSIONS.forEach((d, di) => groupCells(entry, di).forEach((cell, gi) => out.push({ where: `w${wi} q${qi} ${d}${gi}`, cell })));
    });
    w.t.a.forEach((cell, ti) => out.push({ where: `w${wi} task${ti}`, cell }));
    w.t.f.forEach((row, fi) => row.forEach((cell, ti) => out.push({ where: `w${wi} force${fi} task${ti}`, cell })));
    out.push({ where: `w${wi} net`, cell: w.t.n });
    w.t.nd.forEach((row, di) => row.forEach((cell, gi) => out.push({ where: `w${wi} net ${RESULT_DIMENSIONS[di]}${gi}`, cell })));
  });
  return out;
}

/** A mixed population over three waves with small groups in every dimension (seeded: the same every run). */
function mixedPopulation(seed: number, people: number = 260): IResponse[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[], skew: number = 1.8): T => xs[Math.min(xs.length - 1, Math.floor(Math.pow(rnd(), skew) * xs.length))];
  const units: IRespondentUnit[] = Array.from({ length: people }, () =>
    unit({
      force: rnd() < 0.8 ? 'Essex' : 'Kent',
      department: pick(['Contact management', 'Response', 'CID', 'Support Services', 'Intelligence', 'Custody', 'Vetting']),
      grade: pick(['Band 4', 'Constable', 'Band 5', 'Sergeant', 'Band 6', 'Inspector']),
      role: pick(['Call handler', 'Response officer', 'Detective', 'HR adviser', 'Analyst', 'Custody officer', 'Vetting officer', 'Chief of staff', ''], 2.2)
    })
  );
  const out: IResponse[] = [];
  WAVES.slice(0, 3).forEach((w) => {
    units.forEach((u, i) => {
      if (rnd() < 0.35) return;
      const never = rnd() < 0.1;
      const answers: Record<string, AnswerValue | undefined> = never ? { frequency: 'never' } : { ...copilotAnswers() };
      if (!never) {
        answers.frequency = pick(FREQUENCY_OPTIONS.slice(0, 4), 1);
        for (const id of ['impactProductive', 'impactFaster', 'impactLessEffort', 'impactQuality', 'wellbeingWorkload', 'wellbeingSatisfaction', 'usabilityEase', 'usabilityConfidence']) answers[id] = 1 + Math.floor(rnd() * 5);
        const barriers = ['accuracy', 'training', 'time', 'access', 'trust', 'other'].filter(() => rnd() < 0.25).slice(0, 3);
        if (barriers.length > 0) answers.usabilityBarriers = barriers;
        COPILOT_TASKS.forEach((t) => {
          if (rnd() < 0.45) answers[minutesSavedId(t)] = Math.floor(rnd() * 90);
          if (rnd() < 0.4) answers[minutesCheckingId(t)] = Math.floor(rnd() * 60);
        });
      }
      out.push(response({ respondentUpn: `p${i}@policing.example`, waveId: w.id, submittedAt: SUBMITTED[w.id], answers, unit: u }));
    });
  });
  return out;
}

/** The cells `breakdown` gives, for comparison: suppressed or the figures `questionFigures` should decode to. */
function expectMatches(published: Figure<QuestionFigures>, d: Distribution, label: string): void {
  if (d.kind === 'excluded') throw new Error('text questions are not published');
  if (d.suppressed) {
    expect({ label, status: published.status }).toEqual({ label, status: 'suppressed' });
    return;
  }
  expect({ label, status: published.status }).toEqual({ label, status: 'shown' });
  const value = (published as { value: QuestionFigures }).value;
  expect({ label, n: value.n }).toEqual({ label, n: d.n });
  if (d.kind === 'choice') expect({ label, counts: (value as { counts: number[] }).counts }).toEqual({ label, counts: (d.counts ?? []).map((c) => c.count) });
  else if (d.summary) {
    expect({ label, mean: value.kind === 'number' ? value.mean : undefined }).toEqual({ label, mean: Math.round(d.summary.mean * 10) / 10 });
    expect({ label, median: value.kind === 'number' ? value.median : undefined }).toEqual({ label, median: Math.round(d.summary.median * 10) / 10 });
  }
}

describe('building published results', () => {
  const population = mixedPopulation(11);
  const results = build(population);
  const opened = WAVES.slice(0, 3);

  it('covers the waves that have opened, marks the open one provisional, and counts respondents per wave', () => {
    expect(results.waves.map((w) => [w.id, w.p])).toEqual([
      ['baseline', false],
      ['month1', false],
      ['month3', true]
    ]);
    opened.forEach((w, i) => expect(waveRespondents(results, i)).toEqual({ status: 'shown', value: countedResponses(population, w, template).length }));
    expect(latestClosedWave(results)).toBe(1);
  });

  it('reports every question but free text, with the template\u2019s options', () => {
    const ids = results.qs.map((q) => q.id);
    expect(ids).toEqual(allQuestions(template).filter((q) => q.kind !== 'text').map((q) => q.id));
    expect(ids).not.toContain(QUESTION_IDS.comment);
    expect(results.qs[questionIndex(results, 'frequency')]).toEqual({ id: 'frequency', k: 'single', o: FREQUENCY_OPTIONS });
    expect(results.tk).toEqual([...COPILOT_TASKS]);
  });

  it('gives, group by group, exactly what `breakdown` gives (small groups and complements suppressed)', () => {
    let suppressed = 0;
    let complementary = 0;
    opened.forEach((w, wi) => {
      const counted = countedResponses(population, w, template);
      results.qs.forEach((q, qi) => {
        RESULT_DIMENSIONS.forEach((dim) => {
          if (results.x.indexOf(dim) >= 0 || (q.k === 'number' && results.xn.indexOf(dim) >= 0)) return;
          const b = breakdown(template, counted, dim, q.id, { minSize: 10 });
          expectMatches(questionFigures(results, wi, qi), b.overall as Distribution, `${w.id} ${q.id} overall`);
          b.groups.forEach((g) => {
            const published = questionFigures(results, wi, qi, { dimension: dim, index: groupIndex(results, dim, g.group) });
            expectMatches(published, g.distribution, `${w.id} ${q.id} ${dim} ${g.group}`);
            if (published.status === 'suppressed' && published.reason === 'small') suppressed++;
            if (published.status === 'suppressed' && published.reason === 'complementary') complementary++;
          });
        });
      });
    });
    // The fixture must exercise both kinds of suppression, or this test proves little.
    expect(suppressed).toBeGreaterThan(50);
    expect(complementary).toBeGreaterThan(10);
  });

  it('gives the trend across waves that `trend` gives', () => {
    results.qs.forEach((q, qi) => {
      trend(template, opened, population, q.id, undefined, { minSize: 10 }).forEach((point, wi) => expectMatches(questionFigures(results, wi, qi), point.overall, `trend ${q.id} ${point.waveId}`));
    });
  });

  it('leaves no suppressed count derivable: every shown count is 0 or at least the minimum, and no withheld cell follows from the totals', () => {
    const shownSmall = allCells(results).filter(({ cell }) => Array.isArray(cell) && (cell as number[])[0] > 0 && (cell as number[])[0] < 10 && !isSingleOrLikert(cell));
    expect(shownSmall).toEqual([]);
    // Single choice and Likert cells hold counts only: their n is the sum.
    results.r.forEach((w) =>
      w.q.forEach((entry, qi) => {
        if (results.qs[qi].k !== 'likert' && results.qs[qi].k !== 'single') return;
        [entry[0], ...RESULT_DIMENSIONS.reduce((all: StoredCell[], _, di) => all.concat(groupCells(entry, di)), [])].forEach((cell) => {
          if (Array.isArray(cell)) {
            const n = (cell as number[]).reduce((a, b) => a + b, 0);
            expect(n === 0 || n >= 10).toBe(true);
          }
        });
      })
    );
    // For each breakdown: the answer counts per group and the total as a table, the published flags as its suppression.
    opened.forEach((w, wi) => {
      const counted = countedResponses(population, w, template);
      results.qs.forEach((q, qi) => {
        RESULT_DIMENSIONS.forEach((dim, di) => {
          const row = groupCells(results.r[wi].q[qi], di);
          if (row.length === 0) return;
          const groups = groupsOf(results, dim).filter((g) => counted.some((r) => r.unit[dim] === g.name));
          const counts = groups.map((g) => counted.filter((r) => r.unit[dim] === g.name && r.answers[q.id] !== undefined).length);
          const table = { counts: [counts], rowTotals: false, columnTotals: false, grandTotal: true };
          const flags = groups.map((g) => {
            const cell = row[g.index];
            return { count: 0, suppressed: cell === 's' || cell === 'c' };
          });
          const overall = results.r[wi].q[qi][0];
          expect(derivableEntries(table, { cells: [flags], rowTotals: undefined, columnTotals: undefined, grandTotal: { count: 0, suppressed: overall === 's' } })).toEqual([]);
        });
      });
    });
  });

  it('holds no free text, no names and no UPNs', () => {
    const secret = 'PRIVATE-REMARK-7f3a';
    const withText = population.map((r, i) => (i % 3 === 0 && r.answers.frequency !== 'never' ? { ...r, answers: { ...r.answers, [QUESTION_IDS.comment]: `${secret} ${i}`, [taskCommentId('drafting')]: `${secret} task ${i}` } } : r));
    const json = serialisePublishedResults(build(withText));
    expect(json).not.toContain(secret);
    expect(json).not.toContain('policing.example');
    expect(json).not.toContain(QUESTION_IDS.comment);
    expect(json).not.toContain('taskComment');
  });
});

function isSingleOrLikert(cell: StoredCell): boolean {
  // Single and Likert cells hold counts only (checked separately); every other cell starts with n.
  return Array.isArray(cell) && cell.length === 5;
}

describe('minutes per use (the catalogue\u2019s measured figure)', () => {
  const at = SUBMITTED.month1;
  /** People in a force who saved `saved` and checked `checking` minutes a week on drafting over `uses` uses. */
  const people = (force: string, n: number, saved: number, checking: number, uses: number | undefined, prefix: string): IResponse[] =>
    responses(
      n,
      {
        waveId: 'month1',
        submittedAt: at,
        unit: unit({ force }),
        answers: copilotAnswers({ ...taskAnswers({ drafting: [saved, checking] }), ...(uses !== undefined ? { [usesPerWeekId('drafting')]: uses } : {}) })
      },
      prefix
    );
  const drafting = (results: IPublishedResults): ITaskMinutes | undefined => taskMinutes(results, 1)?.tasks.filter((t) => t.task === 'drafting')[0];

  it('is total net minutes over total uses, among the people who gave both, overall and by force', () => {
    // Essex: 10 people net 50 over 5 uses, 2 more net 40 who gave no uses; Kent: 10 net 30 over 2 uses, 5 net 20 over 0 uses (not counted).
    const results = build([
      ...people('Essex', 10, 60, 10, 5, 'ea'),
      ...people('Essex', 2, 40, 0, undefined, 'eb'),
      ...people('Kent', 10, 35, 5, 2, 'ka'),
      ...people('Kent', 5, 20, 0, 0, 'kb')
    ]);
    const task = drafting(results);
    // Overall: (10×50 + 10×30) ÷ (10×5 + 10×2) = 800 ÷ 70 = 11.43 a use, over the 20 who gave both.
    expect(task?.overall).toMatchObject({ status: 'shown', value: { n: 27, perUse: { n: 20, net: 11.43 } } });
    expect(task?.byForce.map((f) => f.figure)).toEqual([
      expect.objectContaining({ status: 'shown', value: expect.objectContaining({ n: 12, perUse: { n: 10, net: 10 } }) }),
      expect.objectContaining({ status: 'shown', value: expect.objectContaining({ n: 15, perUse: { n: 10, net: 15 } }) })
    ]);
    // It survives the round trip through the list's text column.
    expect(parsePublishedResults(serialisePublishedResults(results))).toEqual(results);
  });

  it('is left out where fewer than the smallest group gave their uses, and by force whenever one force is short', () => {
    const results = build([...people('Essex', 12, 60, 10, 5, 'ea'), ...people('Kent', 9, 35, 5, 2, 'ka'), ...people('Kent', 6, 35, 5, undefined, 'kb')]);
    const task = drafting(results);
    // Overall: 21 gave uses, so shown; by force: Kent's 9 are too few, and Essex's alone would give Kent's away by subtraction.
    expect(task?.overall).toMatchObject({ status: 'shown', value: { perUse: { n: 21 } } });
    for (const f of task?.byForce ?? []) {
      expect(f.figure.status).toBe('shown');
      expect(f.figure.status === 'shown' ? f.figure.value.perUse : 'not shown').toBeUndefined();
    }
    const few = drafting(build([...people('Essex', 12, 60, 10, undefined, 'ea'), ...people('Kent', 9, 35, 5, 2, 'ka')]));
    expect(few?.overall.status === 'shown' ? few.overall.value.perUse : 'not shown').toBeUndefined();
  });

  it('reads a snapshot published before the question existed (four-number task cells) without a per-use figure', () => {
    const results = build(people('Essex', 12, 60, 10, undefined, 'ea'));
    const text = serialisePublishedResults(results);
    const parsed = parsePublishedResults(text);
    expect(parsed).toBeDefined();
    expect(drafting(parsed as IPublishedResults)?.overall).toMatchObject({ status: 'shown', value: { n: 12 } });
    // A malformed per-use pair is refused like any other malformed cell.
    const broken = text.replace(/\[12,([0-9.]+),([0-9.]+),([0-9.]+)\]/, '[12,$1,$2,$3,5]');
    expect(broken).not.toBe(text);
    expect(parsePublishedResults(broken)).toBeUndefined();
  });
});

describe('task minutes by force (what the catalogue and the risk register read)', () => {
  const month1 = WAVES[1];
  const at = SUBMITTED.month1;
  const essex = (n: number, minutes: Parameters<typeof taskAnswers>[0], prefix: string): IResponse[] =>
    responses(n, { waveId: month1.id, submittedAt: at, unit: unit({ force: 'Essex' }), answers: copilotAnswers(taskAnswers(minutes)) }, prefix);
  const kent = (n: number, minutes: Parameters<typeof taskAnswers>[0], prefix: string): IResponse[] =>
    responses(n, { waveId: month1.id, submittedAt: at, unit: unit({ force: 'Kent', department: 'Response', role: 'Response officer', grade: 'Constable', workerType: 'Officer' }), answers: copilotAnswers(taskAnswers(minutes)) }, prefix);
  const fixture = [
    ...essex(6, { drafting: [60, 10] }, 'ea'),
    ...essex(4, { drafting: [30, 20] }, 'eb'),
    ...kent(9, { spreadsheetAnalysis: [20, 50] }, 'ka'),
    ...kent(3, { spreadsheetAnalysis: [20, 50], drafting: [40, 0] }, 'kb')
  ];
  const results = build(fixture);
  const table = taskMinutes(results, 1);

  it('gives saved, checking and net per week and per working day, to the hundredth', () => {
    const drafting = table?.tasks.filter((t) => t.task === 'drafting')[0];
    // 13 people: saved (6×60 + 4×30 + 3×40) / 13, checking (6×10 + 4×20) / 13, net 460 / 13.
    expect(drafting?.overall).toEqual({
      status: 'shown',
      value: { n: 13, saved: { perWeek: 46.15, perDay: 9.23 }, checking: { perWeek: 10.77, perDay: 2.15 }, net: { perWeek: 35.38, perDay: 7.08 } }
    });
    const spreadsheet = table?.tasks.filter((t) => t.task === 'spreadsheetAnalysis')[0];
    expect(spreadsheet?.byForce).toEqual([
      { force: 'Essex', figure: { status: 'shown', value: { n: 0, saved: { perWeek: 0, perDay: 0 }, checking: { perWeek: 0, perDay: 0 }, net: { perWeek: 0, perDay: 0 } } } },
      // Checking outweighs the saving: a net loss, reported as such.
      { force: 'Kent', figure: { status: 'shown', value: { n: 12, saved: { perWeek: 20, perDay: 4 }, checking: { perWeek: 50, perDay: 10 }, net: { perWeek: -30, perDay: -6 } } } }
    ]);
    expect(measuredTaskMinutes(results, 'spreadsheetAnalysis', 'kent')).toEqual(spreadsheet?.byForce[1].figure);
  });

  it('suppresses a small force and, because the total is shown, the other force too', () => {
    const drafting = table?.tasks.filter((t) => t.task === 'drafting')[0];
    expect(drafting?.byForce).toEqual([
      { force: 'Essex', figure: { status: 'suppressed', reason: 'complementary' } },
      { force: 'Kent', figure: { status: 'suppressed', reason: 'small' } }
    ]);
    // Essex's own drafting figures (10 people: 48 saved, 14 checking, 34 net) appear nowhere.
    expect(serialisePublishedResults(results)).not.toContain('[10,48,14,34]');
  });

  it('gives each respondent\u2019s net minutes over all tasks, overall and by force', () => {
    expect(table?.net.overall).toEqual({ status: 'shown', value: { n: 22, mean: { perWeek: 4.55, perDay: 0.91 }, median: { perWeek: 10, perDay: 2 }, netLoss: 9 } });
    expect(table?.net.byForce).toEqual([
      { force: 'Essex', figure: { status: 'shown', value: { n: 10, mean: { perWeek: 34, perDay: 6.8 }, median: { perWeek: 50, perDay: 10 }, netLoss: 0 } } },
      { force: 'Kent', figure: { status: 'shown', value: { n: 12, mean: { perWeek: -20, perDay: -4 }, median: { perWeek: -30, perDay: -6 }, netLoss: 9 } } }
    ]);
    expect(netMinutesBy(results, 1, 'role').map((r) => [r.group.name, r.figure.status])).toEqual([
      ['Call handler', 'shown'],
      ['Response officer', 'shown']
    ]);
  });

  it('withholds a wave with fewer respondents than the minimum, totals and all', () => {
    const small = build([...essex(4, { drafting: [60, 10] }, 'x'), ...kent(3, { drafting: [60, 10] }, 'y')]);
    expect(waveRespondents(small, 1)).toEqual({ status: 'suppressed', reason: 'small' });
    const cells = allCells(small).filter((c) => c.where.indexOf('w1 ') === 0);
    expect(cells.filter(({ cell }) => Array.isArray(cell))).toEqual([]);
    expect(serialisePublishedResults(small)).not.toMatch(/"n":7\b/);
  });
});

describe('counting', () => {
  it('counts each person\u2019s latest submission before the close, not drafts or late ones', () => {
    const month1 = WAVES[1];
    const base = responses(12, { waveId: month1.id, submittedAt: '2026-10-12T10:00:00Z', answers: copilotAnswers({ impactFaster: 2 }) });
    const changed = base.slice(0, 3).map((r) => ({ ...r, submittedAt: '2026-10-20T10:00:00Z', answers: copilotAnswers({ impactFaster: 5 }) }));
    const late = base.slice(3, 5).map((r) => ({ ...r, submittedAt: '2026-10-30T10:00:00Z', answers: copilotAnswers({ impactFaster: 1 }) }));
    const drafts = responses(4, { waveId: month1.id, status: 'draft', submittedAt: undefined }, 'draft');
    const results = build([...base, ...changed, ...late, ...drafts]);
    expect(waveRespondents(results, 1)).toEqual({ status: 'shown', value: 12 });
    expect(questionFigures(results, 1, questionIndex(results, 'impactFaster'))).toEqual({ status: 'shown', value: { kind: 'choice', n: 12, counts: [0, 9, 0, 0, 3] } });
  });
});

describe('fitting the text column', () => {
  const ROLES = 110;
  const DEPARTMENTS = 40;

  /** About 12,000 responses over three waves, two forces, 40 departments and 110 job titles with a long tail. */
  function demoScale(): IResponse[] {
    const rnd = seededRandom(2026);
    const skewed = (n: number): number => Math.min(n - 1, Math.floor(Math.pow(rnd(), 2.2) * n));
    const grades = ['Constable', 'Sergeant', 'Inspector', 'Chief Inspector', 'Superintendent', 'Chief Superintendent', 'Band 3', 'Band 4', 'Band 5', 'Band 6', 'Band 7', 'Band 8', 'Band 9', 'Band 10', 'PCSO'];
    const people = Array.from({ length: 15000 }, (_, i) => ({
      upn: `person${i}@policing.example`,
      unit: unit({ force: rnd() < 0.5 ? 'Kent' : 'Essex', department: `Department ${skewed(DEPARTMENTS) + 1}`, grade: grades[skewed(grades.length)], role: `Job title ${skewed(ROLES) + 1}` })
    }));
    const out: IResponse[] = [];
    WAVES.slice(0, 3).forEach((w) =>
      people.forEach((p) => {
        if (rnd() > 0.27) return;
        const answers: Record<string, AnswerValue> = { frequency: FREQUENCY_OPTIONS[Math.floor(rnd() * 5)] };
        if (answers.frequency !== 'never') {
          for (const id of ['impactProductive', 'impactFaster', 'impactLessEffort', 'impactQuality', 'wellbeingWorkload', 'wellbeingSatisfaction', 'usabilityEase', 'usabilityConfidence']) answers[id] = 1 + Math.floor(rnd() * 5);
          answers.usabilityBarriers = ['accuracy', 'time', 'trust'].slice(0, 1 + Math.floor(rnd() * 3));
          COPILOT_TASKS.forEach((t) => {
            if (rnd() < 0.4) {
              answers[minutesSavedId(t)] = Math.floor(rnd() * 180);
              answers[minutesCheckingId(t)] = Math.floor(rnd() * 60);
            }
          });
        }
        if (rnd() < 0.12) answers[QUESTION_IDS.comment] = 'Meeting notes are the biggest time saver for me.';
        out.push(response({ respondentUpn: p.upn, waveId: w.id, submittedAt: SUBMITTED[w.id], answers, unit: p.unit }));
      })
    );
    return out;
  }

  const population = demoScale();
  const results = build(population);
  const json = serialisePublishedResults(results);

  it('fits SharePoint\u2019s multi-line text limit at demo scale, keeping the largest roles and merging the rest before suppression', () => {
    expect(population.length).toBeGreaterThan(11000);
    expect(population.length).toBeLessThan(13000);
    expect(json.length).toBeLessThanOrEqual(PUBLISHED_RESULTS_MAX_CHARS);
    expect(PUBLISHED_RESULTS_MAX_CHARS).toBe(63999);
    expect(results.g.department).toHaveLength(DEPARTMENTS);
    expect(results.g.role.length).toBeGreaterThanOrEqual(10);
    expect((results.m.role ?? 0) + results.g.role.length).toBe(ROLES);
    // The roles kept are the largest (the generator makes "Job title 1" the largest).
    expect(results.g.role).toContain('Job title 1');
    expect(results.x).toEqual([]);
    const other = groupsOf(results, 'role').filter((g) => g.name === undefined)[0];
    expect(other.merged).toBe(results.m.role);
    // Merged before suppression: the long tail together is large enough to show.
    expect(questionFigures(results, 0, questionIndex(results, 'frequency'), { dimension: 'role', index: other.index }).status).toBe('shown');
    expect(parsePublishedResults(json)).toEqual(results);
  });

  it('gives up detail in a stated order when the limit is tighter, and says what it left out', () => {
    const tight = buildPublishedResults(template, WAVES, population, 10, PUBLISHED_ON, { maxChars: 20000 });
    expect(serialisePublishedResults(tight).length).toBeLessThanOrEqual(20000);
    expect(tight.xn).toEqual(['role', 'grade', 'department'].filter((d) => tight.x.indexOf(d as ResultDimension) < 0));
    expect(tight.x).toContain('role');
    expect(tight.r[0].q[0][2]).toEqual([]);
  });

  it('keeps every group when they fit', () => {
    const small = build(mixedPopulation(3));
    expect(small.m).toEqual({});
    expect(small.x).toEqual([]);
    expect(small.xn).toEqual([]);
  });

  it('merges the smallest roles into one group before suppressing, so together they can be shown', () => {
    const month1 = WAVES[1];
    const role = (name: string, n: number): IResponse[] => responses(n, { waveId: month1.id, submittedAt: SUBMITTED.month1, unit: unit({ role: name }) }, name);
    const rs = [...role('Call handler', 30), ...role('Dispatcher', 20), ...role('Chief of staff', 4), ...role('Trainer', 3), ...role('Auditor', 5)];
    const merged = buildPublishedResults(template, WAVES, rs, 10, PUBLISHED_ON, { capLevels: [{ numbers: true, role: 2, department: 50, grade: 30 }] });
    expect(merged.g.role).toEqual(['Call handler', 'Dispatcher']);
    expect(merged.m).toEqual({ role: 3 });
    expect(questionFigures(merged, 1, questionIndex(merged, 'frequency'), { dimension: 'role', index: 2 })).toEqual({ status: 'shown', value: { kind: 'choice', n: 12, counts: [12, 0, 0, 0, 0] } });
  });
});

describe('parsing', () => {
  const results = build(mixedPopulation(5, 80));
  const json = serialisePublishedResults(results);

  it('reads back what was built', () => {
    expect(parsePublishedResults(json)).toEqual(results);
  });

  it.each([
    ['nothing', ''],
    ['not JSON', 'results'],
    ['cut short', json.slice(0, json.length - 10)],
    ['an array', '[]'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['another version', json.replace('"v":1', '"v":2')],
    ['a day that is not a day', json.replace(`"on":"${PUBLISHED_ON}"`, '"on":"23/11/2026"')],
    ['a negative count', json.replace(/"n":(\d+)/, '"n":-4')],
    ['a count as text', json.replace(/"n":(\d+)/, '"n":"$1"')],
    ['an unknown wave kind', json.replace('"k":"month1"', '"k":"month2"')],
    ['an unknown question kind', json.replace('"k":"likert"', '"k":"slider"')],
    ['an unknown task', json.replace('"drafting"', '"juggling"')],
    ['an unknown dimension left out', json.replace('"x":[]', '"x":["shoeSize"]')]
  ])('rejects %s', (_, text) => {
    expect(parsePublishedResults(text)).toBeUndefined();
  });

  it('rejects cells of the wrong shape and results that do not match the waves', () => {
    const broken = (mutate: (r: { r: { q: unknown[][]; t: Record<string, unknown> }[]; waves: unknown[] }) => void): string => {
      const copy = JSON.parse(json) as { r: { q: unknown[][]; t: Record<string, unknown> }[]; waves: unknown[] };
      mutate(copy);
      return JSON.stringify(copy);
    };
    const likert = questionIndex(results, 'impactFaster');
    expect(parsePublishedResults(broken((c) => (c.r[0].q[likert][0] = [1, 2, 3])))).toBeUndefined();
    expect(parsePublishedResults(broken((c) => (c.r[0].q[likert][0] = 'x')))).toBeUndefined();
    expect(parsePublishedResults(broken((c) => (c.r[0].q[likert][1] = new Array(50).fill(0))))).toBeUndefined();
    expect(parsePublishedResults(broken((c) => (c.r[0].t.a = [])))).toBeUndefined();
    expect(parsePublishedResults(broken((c) => c.r.pop()))).toBeUndefined();
    expect(parsePublishedResults(broken((c) => c.waves.pop()))).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const rnd = seededRandom(99);
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(rnd() * json.length);
      const mutated = json.slice(0, at) + String.fromCharCode(32 + Math.floor(rnd() * 90)) + json.slice(at + 1);
      expect(() => parsePublishedResults(mutated)).not.toThrow();
    }
    expect(parsePublishedResults(undefined)).toBeUndefined();
    expect(parsePublishedResults(null)).toBeUndefined();
  });
});
