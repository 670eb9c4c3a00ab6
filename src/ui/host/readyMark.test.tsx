/** @jest-environment jsdom */
// The part's app chunk: records whether the start mark was already set when the chunk was requested.
let mockStartSetWhenChunkRequested: boolean | undefined;
jest.mock('../../webparts/shared/partCatalog', () => ({
  partDefinition: () => ({
    load: () => {
      const { performance: timeline } = jest.requireActual<{ performance: Performance }>('perf_hooks');
      mockStartSetWhenChunkRequested = timeline.getEntriesByName('riskRegister:start', 'mark').length === 1;
      return new Promise(() => undefined);
    }
  })
}));

import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { markPartReady, markPartStart, readyMark, startMark, usePartReady } from './readyMark';
import { LazyPart } from '../../webparts/shared/LazyPart';

// jsdom's performance has no user timing: give the page Node's real timeline (marks, measures, entries).
const nodePerformance = jest.requireActual<{ performance: Performance }>('perf_hooks').performance;
const jsdomPerformance = globalThis.performance;
beforeAll(() => {
  Object.defineProperty(globalThis, 'performance', { value: nodePerformance, configurable: true, writable: true });
});
afterAll(() => {
  Object.defineProperty(globalThis, 'performance', { value: jsdomPerformance, configurable: true, writable: true });
});
beforeEach(() => {
  nodePerformance.clearMarks();
  nodePerformance.clearMeasures();
});

const marks = (name: string): PerformanceEntry[] => nodePerformance.getEntriesByName(name, 'mark');
const nextFrames = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

function View(props: { ready: boolean }): React.ReactElement {
  usePartReady('trainingTracker', props.ready);
  return <p>{props.ready ? 'data' : 'loading'}</p>;
}

describe('part start and ready marks', () => {
  it('sets the start mark once', () => {
    markPartStart('solutionsCatalogue');
    markPartStart('solutionsCatalogue');
    expect(marks(startMark('solutionsCatalogue'))).toHaveLength(1);
  });

  it('sets ready after the paint that follows the data, once, after start, with a measure between them', async () => {
    markPartStart('trainingTracker');
    const view = render(<View ready={false} />);
    await nextFrames();
    expect(marks(readyMark('trainingTracker'))).toHaveLength(0);

    view.rerender(<View ready={true} />);
    // Not in the commit itself: only once the frame is painted.
    expect(marks(readyMark('trainingTracker'))).toHaveLength(0);
    await waitFor(() => expect(marks(readyMark('trainingTracker'))).toHaveLength(1));
    const [start] = marks(startMark('trainingTracker'));
    const [ready] = marks(readyMark('trainingTracker'));
    expect(ready.startTime).toBeGreaterThanOrEqual(start.startTime);
    const [measure] = nodePerformance.getEntriesByName('trainingTracker', 'measure');
    expect(measure.duration).toBeCloseTo(ready.startTime - start.startTime, 3);

    // Later renders, a second instance and a refresh never move it.
    view.rerender(<View ready={false} />);
    view.rerender(<View ready={true} />);
    render(<View ready={true} />);
    markPartReady('trainingTracker');
    await nextFrames();
    expect(marks(readyMark('trainingTracker'))).toHaveLength(1);
    expect(marks(readyMark('trainingTracker'))[0].startTime).toBe(ready.startTime);
    view.unmount();
  });

  it('does not mark a view that goes back to loading before it is painted', async () => {
    const view = render(<View ready={true} />);
    view.rerender(<View ready={false} />);
    await nextFrames();
    expect(marks(readyMark('trainingTracker'))).toHaveLength(0);
    view.unmount();
  });

  it('sets start when the web part starts, before the part chunk is requested', async () => {
    await act(async () => {
      render(
        <React.Suspense fallback={<p>loading</p>}>
          <LazyPart part="riskRegister" settings={{}} />
        </React.Suspense>
      );
      await nextFrames();
    });
    expect(mockStartSetWhenChunkRequested).toBe(true);
    expect(marks(startMark('riskRegister'))).toHaveLength(1);
    expect(marks(readyMark('riskRegister'))).toHaveLength(0);
  });
});
