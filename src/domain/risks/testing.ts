/** Test fixtures of the risk register domain (not shipped: only tests import this). */
import type { IAppetite, IForceAssessment, IRaidItem, IRisk, IRiskAction, IScore, Level } from './types';

export const TODAY = '2026-11-23';

export const KENT_OWNER = 'kent.board@policing.example';
export const ESSEX_OWNER = 'essex.board@policing.example';

let nextId = 1000;

export const sc = (likelihood: Level, impact: Level): IScore => ({ likelihood, impact });

const stamp = (id: number): Pick<IRisk, 'id' | 'etag' | 'createdAt' | 'modifiedAt' | 'author' | 'editor'> => ({
  id,
  etag: '"1"',
  createdAt: '2026-09-01T09:00:00.000Z',
  modifiedAt: '2026-11-01T09:00:00.000Z',
  author: null,
  editor: null
});

/** A stored, open, single-force (Kent) threat scored 4×4 → 3×4 → 2×3, unless overridden. */
export function risk(overrides: Partial<IRisk> = {}): IRisk {
  const id = overrides.id ?? nextId++;
  return {
    ...stamp(id),
    reference: `K-CG-${id}`,
    title: `Risk ${id}`,
    kind: 'threat',
    cause: 'A cause.',
    event: 'An event.',
    effect: 'An effect.',
    category: 'copilotGovernance',
    force: 'Kent',
    ownerUpn: KENT_OWNER,
    actionees: [],
    inherent: sc(4, 4),
    current: sc(3, 4),
    target: sc(2, 3),
    proximity: 'withinQuarter',
    response: 'reduce',
    controls: 'Controls.',
    reviewDate: '2026-12-01',
    status: 'open',
    escalation: 'none',
    escalatedOn: null,
    escalationNote: '',
    closedOn: null,
    closureNote: '',
    ...overrides
  };
}

/** A joint risk (no scores of its own). */
export function jointRisk(overrides: Partial<IRisk> = {}): IRisk {
  const id = overrides.id ?? nextId++;
  return risk({ id, reference: `J-CG-${id}`, force: 'Joint', inherent: null, current: null, target: null, ...overrides });
}

export function assessment(riskId: number, force: string, current: IScore | null, overrides: Partial<IForceAssessment> = {}): IForceAssessment {
  const id = overrides.id ?? nextId++;
  return {
    ...stamp(id),
    riskId,
    force,
    ownerUpn: force === 'Essex' ? ESSEX_OWNER : KENT_OWNER,
    inherent: sc(5, 5),
    current,
    target: sc(2, 3),
    assessedOn: '2026-11-01',
    notes: '',
    ...overrides
  };
}

export function action(riskIds: number[], overrides: Partial<IRiskAction> = {}): IRiskAction {
  const id = overrides.id ?? nextId++;
  return { ...stamp(id), title: `Action ${id}`, riskIds, ownerUpn: KENT_OWNER, force: 'Kent', dueDate: '2026-12-15', status: 'notStarted', completedOn: null, notes: '', meetingId: null, ...overrides };
}

export function raid(overrides: Partial<IRaidItem> = {}): IRaidItem {
  const id = overrides.id ?? nextId++;
  return {
    ...stamp(id),
    reference: `I-${id}`,
    type: 'issue',
    title: `Issue ${id}`,
    description: '',
    category: 'copilotGovernance',
    force: 'Kent',
    ownerUpn: KENT_OWNER,
    raisedOn: '2026-11-01',
    dueDate: null,
    status: 'open',
    closedOn: null,
    priority: 'medium',
    riskIds: [],
    meetingId: null,
    meetingDate: null,
    resolution: '',
    ...overrides
  };
}

export function appetite(category: IAppetite['category'], maxScore: number, force: string | null = null, overrides: Partial<IAppetite> = {}): IAppetite {
  const id = overrides.id ?? nextId++;
  return { ...stamp(id), category, force, maxScore, level: null, rationale: '', ...overrides };
}
