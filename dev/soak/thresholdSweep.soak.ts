import { runThresholdSweep } from './thresholdSweep';

// The sweep at workforce scale: people, training records, responses and votes at 100,000 items each.
describe('reads past the list view threshold, at workforce scale', () => {
  it('meets no threshold refusal and fails no read with the workforce lists at 100,000 items', async () => {
    const result = await runThresholdSweep({ workforceItems: 100000, otherItems: 5100 });
    console.log(`Threshold sweep: ${result.reads} reads (${result.requests} GET requests) against ${result.lists} lists, the largest ${result.largest} items: ${result.failures.length} failures, ${result.thresholdErrors.length} threshold errors, ${result.seconds} s`);
    expect(result.failures).toEqual([]);
    expect(result.thresholdErrors).toEqual([]);
  });
});
