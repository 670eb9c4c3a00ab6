import { withRetries } from './lazyView';

describe('loading a chunk', () => {
  it('asks again after each delay when a load fails, and gives the first success', async () => {
    const waits: number[] = [];
    let calls = 0;
    const load = (): Promise<string> => (++calls < 3 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('view'));
    const wait = async (ms: number): Promise<void> => {
      waits.push(ms);
    };
    await expect(withRetries(load, [1000, 3000], wait)).resolves.toBe('view');
    expect({ calls, waits }).toEqual({ calls: 3, waits: [1000, 3000] });
  });

  it('fails with the last error once the retries are used up', async () => {
    let calls = 0;
    const load = (): Promise<string> => Promise.reject(new TypeError(`Failed to fetch ${++calls}`));
    await expect(withRetries(load, [1, 1], async () => undefined)).rejects.toThrow('Failed to fetch 3');
  });
});
