import {
  compareScores,
  directionOf,
  improves,
  isLevel,
  LEVELS,
  ragOf,
  ragOrNull,
  RAG_BANDS,
  sameScore,
  scoreFrom,
  scoreText,
  scoreValue,
  validRagBands,
  worstScore,
  type Rag
} from './scoring';
import { sc } from './testing';

describe('the 5×5 scale', () => {
  it('scores likelihood × impact for every cell', () => {
    for (const l of LEVELS) for (const i of LEVELS) expect(scoreValue(sc(l, i))).toBe(l * i);
  });

  it('accepts only whole levels 1–5', () => {
    expect([0, 1, 2.5, 3, 5, 6, -1, NaN, '3', null].map(isLevel)).toEqual([false, true, false, true, true, false, false, false, false, false]);
    expect(scoreFrom(3, 4)).toEqual(sc(3, 4));
    expect(scoreFrom(3, null)).toBeNull();
    expect(scoreFrom(null, 4)).toBeNull();
    expect(scoreFrom(7, 4)).toBeNull();
    expect(scoreFrom(undefined, undefined)).toBeNull();
  });
});

describe('RAG bands: 1–4 green, 5–9 amber, 10–14 red-amber, 15–25 red', () => {
  /** The whole matrix, likelihood 5 at the top, impact 1 on the left (as the heat map shows it). */
  const matrix: Rag[][] = [
    ['amber', 'redAmber', 'red', 'red', 'red'],
    ['green', 'amber', 'redAmber', 'red', 'red'],
    ['green', 'amber', 'amber', 'redAmber', 'red'],
    ['green', 'green', 'amber', 'amber', 'redAmber'],
    ['green', 'green', 'green', 'green', 'amber']
  ];

  it('colours every cell of the matrix', () => {
    const actual = LEVELS.slice()
      .reverse()
      .map((l) => LEVELS.map((i) => ragOf(l * i)));
    expect(actual).toEqual(matrix);
  });

  it.each([
    [1, 'green'],
    [4, 'green'],
    [5, 'amber'],
    [9, 'amber'],
    [10, 'redAmber'],
    [12, 'redAmber'],
    [14, 'redAmber'],
    [15, 'red'],
    [25, 'red']
  ] as const)('score %i is %s', (score, rag) => {
    expect(ragOf(score)).toBe(rag);
  });

  it('refuses a score outside 1–25', () => {
    expect(() => ragOf(0)).toThrow(RangeError);
    expect(() => ragOf(26)).toThrow(RangeError);
  });

  it('reads unscored as no band, and takes a board\u2019s own bands', () => {
    expect(ragOrNull(null)).toBeNull();
    const threeBands = [
      { rag: 'green' as const, min: 1, max: 6 },
      { rag: 'amber' as const, min: 7, max: 14 },
      { rag: 'red' as const, min: 15, max: 25 }
    ];
    expect(validRagBands(threeBands)).toBe(true);
    expect(ragOrNull(sc(2, 3), threeBands)).toBe('green');
    expect(ragOf(12, threeBands)).toBe('amber');
  });

  it('checks bands are contiguous from 1 to 25', () => {
    expect(validRagBands(RAG_BANDS)).toBe(true);
    expect(validRagBands([{ rag: 'green', min: 1, max: 10 }])).toBe(false);
    expect(validRagBands([{ rag: 'green', min: 1, max: 10 }, { rag: 'red', min: 12, max: 25 }])).toBe(false);
    expect(validRagBands([{ rag: 'green', min: 2, max: 25 }])).toBe(false);
    expect(validRagBands([{ rag: 'green', min: 1, max: 5 }, { rag: 'red', min: 6, max: 4 }])).toBe(false);
  });
});

describe('comparing scores', () => {
  it('orders by score, then impact, then likelihood; unscored lowest', () => {
    const sorted = [sc(4, 3), null, sc(3, 4), sc(2, 5), sc(5, 2), sc(1, 1), sc(2, 6 as never)].filter((s) => s === null || isLevel(s.impact)).sort(compareScores);
    expect(sorted).toEqual([null, sc(1, 1), sc(5, 2), sc(2, 5), sc(4, 3), sc(3, 4)]);
  });

  it('finds the worst of several (the joint-combined rule)', () => {
    expect(worstScore([sc(3, 4), sc(4, 3), null])).toEqual(sc(3, 4));
    expect(worstScore([sc(2, 2), sc(5, 5)])).toEqual(sc(5, 5));
    expect(worstScore([null, null])).toBeNull();
    expect(worstScore([])).toBeNull();
  });

  it('tells the same score from the same cell', () => {
    expect(sameScore(sc(3, 4), sc(3, 4))).toBe(true);
    expect(sameScore(sc(3, 4), sc(4, 3))).toBe(false);
    expect(sameScore(null, null)).toBe(true);
    expect(sameScore(null, sc(1, 1))).toBe(false);
  });

  it('says which way a score moved and whether that is good news for the kind', () => {
    expect([directionOf(12, 16), directionOf(16, 12), directionOf(12, 12), directionOf(null, 4), directionOf(4, null)]).toEqual(['up', 'down', 'same', 'up', 'down']);
    expect(improves('threat', 'down')).toBe(true);
    expect(improves('threat', 'up')).toBe(false);
    expect(improves('opportunity', 'up')).toBe(true);
    expect(improves('opportunity', 'down')).toBe(false);
    expect(improves('threat', 'same')).toBe(false);
    expect(scoreText(sc(3, 4))).toBe('3\u00d74');
    expect(scoreText(null)).toBe('');
  });
});
