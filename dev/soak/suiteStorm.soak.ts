import { runSuiteStorm, type ISuiteStormResult } from './suiteStorm';

// `npm run soak`: the suite-wide storm at length, several seeds. Prints the figures the reliability issue reports.
const RUNS = [
  { operations: 5000, concurrency: 8, throttleRate: 0.2, dropRate: 0.02, seed: 1, learners: 300 },
  { operations: 5000, concurrency: 16, throttleRate: 0.3, dropRate: 0.04, seed: 2, learners: 300 }
];

describe('suite storm soak', () => {
  const results: ISuiteStormResult[] = [];

  afterAll(() => {
    console.log(JSON.stringify(results, null, 1));
  });

  it.each(RUNS)('$operations operations, $concurrency at a time, throttle $throttleRate, drop $dropRate (seed $seed)', async (run) => {
    const result = await runSuiteStorm(run);
    results.push(result);
    expect(result.lostWrites).toBe(0);
    expect(result.duplicates).toBe(0);
    expect(result.wrongValues).toBe(0);
  });
});
