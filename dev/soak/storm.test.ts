import { runStorm } from './storm';

// The bounded version that runs in npm test; `npm run soak` runs the full storm (see storm.soak.ts).
describe('a throttling storm through the data layer', () => {
  it('loses nothing and creates nothing twice: 200 operations, 8 at a time, 20 % throttled, 2 % dropped', async () => {
    const result = await runStorm({ operations: 200, concurrency: 8, throttleRate: 0.2, dropRate: 0.02, seed: 11 });
    expect(result.throttled).toBeGreaterThan(10);
    expect(result.lostWrites).toBe(0);
    expect(result.duplicates).toBe(0);
    expect(result.wrongValues).toBe(0);
    expect(result.creates + result.updates + result.failedOperations).toBe(200);
  });
});
