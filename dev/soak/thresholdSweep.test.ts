import { runThresholdSweep } from './thresholdSweep';

// Every read of the data layer past the list view threshold, in npm test (5,100 items a list); `npm run
// soak` runs it with the workforce lists at 100,000 (thresholdSweep.soak.ts).
describe('reads past the list view threshold', () => {
  it('meets no threshold refusal and fails no read with every list past 5,000 items', async () => {
    const result = await runThresholdSweep({ workforceItems: 5100, otherItems: 5100 });
    expect(result.largest).toBeGreaterThan(5000);
    expect(result.failures).toEqual([]);
    expect(result.thresholdErrors).toEqual([]);
    expect(result.reads).toBe(150);
    console.log(`Threshold sweep: ${result.reads} reads (${result.requests} GET requests) against ${result.lists} lists, the largest ${result.largest} items: ${result.failures.length} failures, ${result.thresholdErrors.length} threshold errors, ${result.seconds} s`);
  }, 300000);
});
