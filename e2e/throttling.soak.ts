import { busyJourney } from './harness/busyJourney';
import { startWorkbench, type IWorkbenchFixture } from './harness/workbench';

// The exhausted-budget journey with the production budget (120 s): SharePoint busy with Retry-After 30 s,
// so the data layer waits four times (2 minutes) before it says so.
let wb: IWorkbenchFixture;

beforeAll(async () => {
  wb = await startWorkbench();
});

afterAll(async () => {
  await wb.close();
});

describe('throttled past the production retry budget', () => {
  it('keeps what was typed through two minutes of 503s, says SharePoint is busy, and saves once when asked again', async () => {
    const waited = await busyJourney(wb, {
      upn: 'essex.board@policing.example',
      title: 'Time saved goes back to the front line',
      retryAfterSeconds: 30,
      retrying: /Trying again in 30 s \(attempt [2-5] of 6\)/,
      screenshot: 'throttling-risk-production-budget'
    });
    console.log(`Production budget: gave up after ${Math.round(waited)} s`);
    expect(waited).toBeGreaterThanOrEqual(90);
  });
});
