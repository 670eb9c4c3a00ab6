import type { ICompletion, ILearner, ITrainingModule } from './types';

/** Builders for tests: a sensible default overridden by what the test cares about. */
export function learner(overrides: Partial<ILearner> = {}): ILearner {
  return {
    upn: 'essex.callhandler@policing.example',
    force: 'Essex',
    department: 'Contact management',
    grade: 'Band 4',
    workerType: 'Staff',
    jobTitle: 'Call handler',
    startDate: '2015-04-01',
    leaveDate: undefined,
    ...overrides
  };
}

export function trainingModule(overrides: Partial<ITrainingModule> = {}): ITrainingModule {
  return {
    key: 'copilot-basics',
    title: 'How to use Copilot',
    description: 'What Copilot can do for you in Microsoft 365, step by step.',
    contentUrl: 'https://learning.policing.example/copilot',
    durationMinutes: 30,
    mandatory: true,
    active: true,
    audience: {},
    dueWithinDays: 30,
    assignedOn: '2026-10-01',
    refreshMonths: undefined,
    policy: undefined,
    knowledgeCheck: undefined,
    ...overrides
  };
}

export function completion(overrides: Partial<ICompletion> = {}): ICompletion {
  return {
    upn: 'essex.callhandler@policing.example',
    moduleKey: 'copilot-basics',
    completedOn: '2026-10-15',
    policyVersion: undefined,
    score: undefined,
    ...overrides
  };
}
