import { runSuiteStorm } from './suiteStorm';

// The suite-wide storm in npm test (bounded, seeded); `npm run soak` runs longer ones (suiteStorm.soak.ts).
describe('a throttling storm across the four parts', () => {
  it('loses nothing, writes nothing twice and overwrites nothing: 1,000 operations, 8 at a time, 20 % throttled (429 then 503), 2 % dropped', async () => {
    const result = await runSuiteStorm({ operations: 1000, concurrency: 8, throttleRate: 0.2, dropRate: 0.02, seed: 7 });
    // Every kind of operation ran, and the faults really happened.
    for (const kind of Object.keys(result.done) as Array<keyof typeof result.done>) expect({ kind, succeeded: result.done[kind].succeeded > 20 }).toEqual({ kind, succeeded: true });
    expect(Object.values(result.done).reduce((s, d) => s + d.tried, 0)).toBe(1000);
    expect(result.throttled[429]).toBeGreaterThan(50);
    expect(result.throttled[503]).toBeGreaterThan(50);
    expect(result.droppedBeforeCommit + result.droppedAfterCommit).toBeGreaterThan(5);
    expect(result.conflictsDetected).toBeGreaterThan(0);
    expect(result.lostWrites).toBe(0);
    expect(result.duplicates).toBe(0);
    expect(result.wrongValues).toBe(0);
    console.log(
      `Suite storm: ${Object.values(result.done).reduce((s, d) => s + d.tried, 0)} operations, ${result.throttled[429]} answered 429 and ${result.throttled[503]} 503, ${result.droppedBeforeCommit + result.droppedAfterCommit} dropped, ${result.conflictsDetected} conflicts detected: ${result.lostWrites} lost, ${result.duplicates} duplicated, ${result.wrongValues} wrong`
    );
  }, 120000);
});
