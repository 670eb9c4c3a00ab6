import { QUESTION_IDS, minutesCheckingId, minutesSavedId } from './template';
import type { CopilotTask } from './template';
import type { Answers, IRespondentUnit, IResponse, IWave } from './types';

/** Builders for tests: a sensible default overridden by what the test cares about. */
export function unit(overrides: Partial<IRespondentUnit> = {}): IRespondentUnit {
  return { force: 'Essex', department: 'Contact management', grade: 'Band 4', workerType: 'Staff', role: 'Call handler', ...overrides };
}

export function wave(overrides: Partial<IWave> = {}): IWave {
  return { id: 'month1', questionnaireId: 'copilot-evaluation', kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-20', ...overrides };
}

/** Answers that pass the Copilot template's validation: a daily user, all impact items at 4. */
export function copilotAnswers(overrides: Answers = {}): Answers {
  return {
    [QUESTION_IDS.frequency]: 'daily',
    [QUESTION_IDS.impactProductive]: 4,
    [QUESTION_IDS.impactFaster]: 4,
    [QUESTION_IDS.impactLessEffort]: 4,
    [QUESTION_IDS.impactQuality]: 4,
    [QUESTION_IDS.wellbeingWorkload]: 4,
    [QUESTION_IDS.wellbeingSatisfaction]: 4,
    [QUESTION_IDS.usabilityEase]: 4,
    [QUESTION_IDS.usabilityConfidence]: 4,
    ...overrides
  };
}

/** Answers giving minutes saved and checking for the tasks named. */
export function taskMinutes(minutes: Partial<Record<CopilotTask, [number, number]>>): Answers {
  const answers: Record<string, number> = {};
  (Object.keys(minutes) as CopilotTask[]).forEach((task) => {
    const pair = minutes[task] as [number, number];
    answers[minutesSavedId(task)] = pair[0];
    answers[minutesCheckingId(task)] = pair[1];
  });
  return answers;
}

export function response(overrides: Partial<IResponse> = {}): IResponse {
  return {
    respondentUpn: 'essex.callhandler@policing.example',
    waveId: 'month1',
    status: 'submitted',
    submittedAt: '2026-11-10T09:30:00Z',
    answers: copilotAnswers(),
    unit: unit(),
    ...overrides
  };
}

/** `count` submitted responses from distinct people in one unit, with the same answers. */
export function responses(count: number, overrides: Partial<IResponse> = {}, prefix: string = 'person'): IResponse[] {
  return Array.from({ length: count }, (_, i) => response({ respondentUpn: `${prefix}${i}@policing.example`, ...overrides }));
}

/** A small seeded pseudo-random generator (mulberry32) so property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
