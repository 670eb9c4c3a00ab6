import { runStorm, type IStormResult } from './storm';

// `npm run soak`: the long storm, several seeds. Prints the figures the reliability issue reports.
const RUNS = [
  { operations: 1000, concurrency: 8, throttleRate: 0.2, dropRate: 0.02, seed: 1 },
  { operations: 1000, concurrency: 8, throttleRate: 0.2, dropRate: 0.02, seed: 2 },
  { operations: 2000, concurrency: 16, throttleRate: 0.3, dropRate: 0.04, seed: 3 }
];

describe('storm soak', () => {
  const results: IStormResult[] = [];

  afterAll(() => {
    console.table(results);
  });

  it.each(RUNS)('$operations operations, $concurrency at a time, throttle $throttleRate, drop $dropRate (seed $seed)', async (run) => {
    const result = await runStorm(run);
    results.push(result);
    expect(result.lostWrites).toBe(0);
    expect(result.duplicates).toBe(0);
    expect(result.wrongValues).toBe(0);
  });
});
