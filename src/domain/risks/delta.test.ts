/**
 * "Since last board", exhaustively: two weekly meetings (16 and 23 November 2026, the clock fixed by the
 * snapshots' days) with one risk per kind of change, and the edge cases around them.
 */
import { emptyCounts, sinceLastBoard, type IBoardDelta, type IDeltaCounts, type IDeltaItem } from './delta';
import { takeSnapshot, type IRegisterSnapshot } from './snapshot';
import { appetite, assessment, ESSEX_OWNER, jointRisk, raid, risk, sc } from './testing';
import type { IAppetite, IForceAssessment, IRaidItem, IRegisterData, IRisk } from './types';

const LAST = { day: '2026-11-16', at: '2026-11-16T11:00:00.000Z' };
const THIS = { day: '2026-11-23', at: '2026-11-23T11:00:00.000Z' };

const appetites: IAppetite[] = [
  appetite('copilotGovernance', 9, null, { id: 901 }),
  appetite('storageRecords', 6, null, { id: 902 }),
  appetite('platformAssurance', 16, null, { id: 903 }),
  appetite('licensingFinance', 12, null, { id: 904 }),
  appetite('nationalDevelopments', 12, null, { id: 905 })
];

function snap(risks: IRisk[], assessments: IForceAssessment[], raidItems: IRaidItem[], when: { day: string; at: string }, apps: IAppetite[] = appetites): IRegisterSnapshot {
  const data: IRegisterData = { risks, assessments, actions: [], raid: raidItems, appetites: apps };
  return takeSnapshot(data, when.at, { today: when.day });
}

// ---- last week's register
const a = risk({ id: 1, reference: 'K-CG-01', current: sc(3, 4) }); // out of appetite both weeks (12 > 9)
const b = risk({ id: 2, reference: 'E-SR-01', force: 'Essex', ownerUpn: ESSEX_OWNER, category: 'storageRecords', current: sc(2, 3) }); // re-scored up, newly out
const c = jointRisk({ id: 3, reference: 'J-PA-01', category: 'platformAssurance' }); // Essex re-scores only
const d = risk({ id: 4, reference: 'K-LF-01', category: 'licensingFinance', current: sc(2, 2) }); // closed this week
const e = risk({ id: 5, reference: 'E-TR-01', force: 'Essex', category: 'trainingReadiness', status: 'closed', closedOn: '2026-10-01', current: sc(2, 2) }); // reopened
const f = risk({ id: 6, reference: 'K-ND-01', category: 'nationalDevelopments', current: sc(2, 3) }); // escalated
const g = risk({ id: 7, reference: 'E-BR-01', force: 'Essex', kind: 'opportunity', response: 'exploit', category: 'benefitsRealisation', inherent: sc(2, 3), current: sc(2, 3), target: sc(4, 4) }); // opportunity up
const h = risk({ id: 8, reference: 'K-CG-02', current: sc(2, 2), escalation: 'national', escalatedOn: '2026-10-01' }); // de-escalated
const i = risk({ id: 9, reference: 'K-CG-03', category: 'copilotGovernance', current: sc(3, 2), target: sc(1, 2) }); // cell moves, same score
const j = risk({ id: 10, reference: 'E-SR-02', force: 'Essex', category: 'storageRecords', current: sc(4, 3) }); // back in appetite
const k = risk({ id: 11, reference: 'K-SR-09', category: 'storageRecords', current: sc(1, 1) }); // removed
const m = risk({ id: 13, reference: 'E-SR-03', force: 'Essex', category: 'storageRecords', current: sc(5, 5) }); // out, then closed
const cKent = assessment(3, 'Kent', sc(3, 5), { id: 31 });
const cEssex = assessment(3, 'Essex', sc(4, 4), { id: 32 });
const r1 = raid({ id: 101, reference: 'A-01', type: 'action', category: 'licensingFinance' });
const r3 = raid({ id: 103, reference: 'I-03', type: 'issue', force: 'Essex', category: 'storageRecords' });

const previous = snap([a, b, c, d, e, f, g, h, i, j, k, m], [cKent, cEssex], [r1, r3], LAST);

// ---- this week's register
const l = jointRisk({ id: 12, reference: 'J-CG-09', category: 'copilotGovernance' }); // new, joint
const lKent = assessment(12, 'Kent', sc(2, 2), { id: 121 });
const lEssex = assessment(12, 'Essex', sc(2, 3), { id: 122 });
const r2 = raid({ id: 102, reference: 'D-02', type: 'decision', category: 'copilotGovernance', force: 'Joint' });
const current = snap(
  [
    a,
    { ...b, current: sc(4, 3) },
    c,
    { ...d, status: 'closed', closedOn: '2026-11-20' },
    { ...e, status: 'open', closedOn: null },
    { ...f, escalation: 'forceExecutive', escalatedOn: '2026-11-20' },
    { ...g, current: sc(3, 3) },
    { ...h, escalation: 'forceExecutive' },
    { ...i, current: sc(2, 3), target: sc(1, 1) },
    { ...j, current: sc(2, 3) },
    l,
    { ...m, status: 'closed', closedOn: '2026-11-20' }
  ],
  [cKent, { ...cEssex, current: sc(5, 5) }, lKent, lEssex],
  [{ ...r1, status: 'closed', closedOn: '2026-11-20' }, r2, r3],
  THIS
);

const line = (x: IDeltaItem): string => {
  const bits = [x.kind, x.reference, x.force];
  if (x.kind === 'rescored') bits.push(`${x.fromScore ?? '-'}\u2192${x.toScore ?? '-'} ${x.direction ?? ''}${x.improved === true ? ' improved' : ''}`);
  if (x.kind === 'escalated' || x.kind === 'deescalated') bits.push(`${x.fromEscalation ?? ''}\u2192${x.toEscalation ?? ''}`);
  if (x.kind === 'outOfAppetite') bits.push(x.continuing ? 'continuing' : 'newly');
  if (x.kind === 'backInAppetite') bits.push(`${x.fromScore ?? '-'}\u2192${x.toScore ?? '-'}`);
  if (x.subject === 'raid') bits.push(x.raidType ?? '');
  return bits.join(' ');
};

const counts = (patch: Partial<IDeltaCounts>): IDeltaCounts => ({ ...emptyCounts(), ...patch });

describe('since last board', () => {
  const delta: IBoardDelta = sinceLastBoard(previous, current);

  it('lists every change once, in topic order, then reference', () => {
    expect(delta.items.map(line)).toEqual([
      // Copilot deployment and governance: risks, then the topic's RAID items
      'new J-CG-09 Joint',
      'outOfAppetite K-CG-01 Kent continuing',
      'deescalated K-CG-02 Kent national\u2192forceExecutive',
      'rescored K-CG-03 Kent 6\u21926 same',
      'raidNew D-02 Joint decision',
      // Platform risk and assurance: Essex re-scored its own assessment only
      'rescored J-PA-01 Essex 16\u219225 up',
      'outOfAppetite J-PA-01 Essex newly',
      // Licensing and finance
      'closed K-LF-01 Kent',
      'raidClosed A-01 Kent action',
      // Storage and records management (E-SR-03 was out of appetite, but closing it is what is reported)
      'rescored E-SR-01 Essex 6\u219212 up',
      'outOfAppetite E-SR-01 Essex newly',
      'rescored E-SR-02 Essex 12\u21926 down improved',
      'backInAppetite E-SR-02 Essex 12\u21926',
      'closed E-SR-03 Essex',
      'removed K-SR-09 Kent',
      // National developments
      'escalated K-ND-01 Kent none\u2192forceExecutive',
      // Training readiness
      'reopened E-TR-01 Essex',
      // Benefits realisation: an opportunity going up is good news
      'rescored E-BR-01 Essex 6\u21929 up improved'
    ]);
  });

  it('re-scores one force of a joint risk without touching the other\u2019s', () => {
    const rescores = delta.items.filter((x) => x.reference === 'J-PA-01' && x.kind === 'rescored');
    expect(rescores).toHaveLength(1);
    expect(rescores[0]).toMatchObject({ force: 'Essex', itemForce: 'Joint', measure: 'current', from: sc(4, 4), to: sc(5, 5), direction: 'up', improved: false });
  });

  it('counts per topic', () => {
    expect(delta.byTopic.copilotGovernance).toEqual(counts({ new: 1, rescoredMoved: 1, deescalated: 1, outOfAppetite: 1, raidNew: 1 }));
    expect(delta.byTopic.platformAssurance).toEqual(counts({ rescoredUp: 1, outOfAppetite: 1, newlyOutOfAppetite: 1 }));
    expect(delta.byTopic.licensingFinance).toEqual(counts({ closed: 1, raidClosed: 1 }));
    expect(delta.byTopic.storageRecords).toEqual(counts({ rescoredUp: 1, rescoredDown: 1, outOfAppetite: 1, newlyOutOfAppetite: 1, backInAppetite: 1, closed: 1, removed: 1 }));
    expect(delta.byTopic.nationalDevelopments).toEqual(counts({ escalated: 1 }));
    expect(delta.byTopic.trainingReadiness).toEqual(counts({ reopened: 1 }));
    expect(delta.byTopic.benefitsRealisation).toEqual(counts({ rescoredUp: 1 }));
  });

  it('counts per force: a joint risk\u2019s per-force change under that force, the rest under Joint', () => {
    expect(delta.forces).toEqual(['Kent', 'Essex', 'Joint']);
    expect(delta.byForce.Kent).toEqual(counts({ outOfAppetite: 1, deescalated: 1, rescoredMoved: 1, closed: 1, removed: 1, escalated: 1, raidClosed: 1 }));
    expect(delta.byForce.Essex).toEqual(counts({ rescoredUp: 3, rescoredDown: 1, outOfAppetite: 2, newlyOutOfAppetite: 2, backInAppetite: 1, closed: 1, reopened: 1 }));
    expect(delta.byForce.Joint).toEqual(counts({ new: 1, raidNew: 1 }));
    expect(delta.totals).toEqual(counts({ new: 1, removed: 1, closed: 2, reopened: 1, rescoredUp: 3, rescoredDown: 1, rescoredMoved: 1, escalated: 1, deescalated: 1, outOfAppetite: 3, newlyOutOfAppetite: 2, backInAppetite: 1, raidNew: 1, raidClosed: 1 }));
  });

  it('says which meetings it compares', () => {
    expect(delta.previous).toEqual({ takenAt: LAST.at, asOf: LAST.day });
    expect(delta.current).toEqual({ takenAt: THIS.at, asOf: THIS.day });
  });

  it('is pure: the same snapshots give the same answer, and they are not changed', () => {
    const before = JSON.stringify([previous, current]);
    expect(sinceLastBoard(previous, current)).toEqual(delta);
    expect(JSON.stringify([previous, current])).toBe(before);
  });

  it('adds target and inherent re-scores when asked', () => {
    const withTargets = sinceLastBoard(previous, current, { measures: ['current', 'target'] });
    expect(withTargets.items.filter((x) => x.kind === 'rescored' && x.measure === 'target').map(line)).toEqual(['rescored K-CG-03 Kent 2\u21921 down improved']);
  });
});

describe('since last board: edge cases', () => {
  it('reports nothing but continuing out-of-appetite risks between identical snapshots', () => {
    const again = sinceLastBoard(current, snap(
      [a, { ...b, current: sc(4, 3) }, c, { ...d, status: 'closed', closedOn: '2026-11-20' }, { ...e, status: 'open', closedOn: null }, { ...f, escalation: 'forceExecutive', escalatedOn: '2026-11-20' }, { ...g, current: sc(3, 3) }, { ...h, escalation: 'forceExecutive' }, { ...i, current: sc(2, 3), target: sc(1, 1) }, { ...j, current: sc(2, 3) }, l, { ...m, status: 'closed', closedOn: '2026-11-20' }],
      [cKent, { ...cEssex, current: sc(5, 5) }, lKent, lEssex],
      [{ ...r1, status: 'closed', closedOn: '2026-11-20' }, r2, r3],
      { day: '2026-11-30', at: '2026-11-30T11:00:00.000Z' }
    ));
    expect(again.items.map(line)).toEqual(['outOfAppetite K-CG-01 Kent continuing', 'outOfAppetite J-PA-01 Essex continuing', 'outOfAppetite E-SR-01 Essex continuing']);
    expect(again.totals).toEqual(counts({ outOfAppetite: 3 }));
  });

  it('at the first board, reports every active risk and open RAID item as new, and appetite and escalation as they stand', () => {
    const first = sinceLastBoard(null, previous);
    expect(first.previous).toBeNull();
    const kinds = first.items.map((x) => `${x.kind} ${x.reference}`);
    expect(kinds.filter((x) => x.indexOf('new ') === 0)).toEqual(['new K-CG-01', 'new K-CG-02', 'new K-CG-03', 'new J-PA-01', 'new K-LF-01', 'new E-SR-01', 'new E-SR-02', 'new E-SR-03', 'new K-SR-09', 'new K-ND-01', 'new E-BR-01']);
    expect(kinds).not.toContain('new E-TR-01');
    expect(kinds.filter((x) => x.indexOf('escalated') === 0)).toEqual(['escalated K-CG-02']);
    expect(first.items.filter((x) => x.kind === 'outOfAppetite').map(line)).toEqual(['outOfAppetite K-CG-01 Kent newly', 'outOfAppetite E-SR-02 Essex newly', 'outOfAppetite E-SR-03 Essex newly']);
    expect(first.items.filter((x) => x.subject === 'raid').map(line)).toEqual(['raidNew A-01 Kent action', 'raidNew I-03 Essex issue']);
    expect(first.items.some((x) => x.kind === 'rescored' || x.kind === 'closed')).toBe(false);
  });

  it('flags a risk newly out of appetite when the board lowered its appetite, without a re-score', () => {
    const stricter = appetites.map((x) => (x.category === 'nationalDevelopments' ? { ...x, maxScore: 4 } : x));
    const before = snap([f], [], [], LAST);
    const after = snap([f], [], [], THIS, stricter);
    expect(sinceLastBoard(before, after).items.map(line)).toEqual(['outOfAppetite K-ND-01 Kent newly']);
    // The earlier snapshot still says what the board saw then.
    expect(before.risks[0].outOfAppetite).toBe(false);
  });

  it('reports a force assessing a joint risk for the first time as re-scored from nothing', () => {
    const before = snap([c], [cKent], [], LAST);
    const after = snap([c], [cKent, cEssex], [], THIS);
    expect(sinceLastBoard(before, after).items.map(line)).toEqual(['rescored J-PA-01 Essex -\u219216 up']);
  });

  it('reports a risk created and closed between meetings as new and closed', () => {
    const before = snap([], [], [], LAST);
    const after = snap([{ ...d, status: 'closed', closedOn: '2026-11-20' }], [], [], THIS);
    expect(sinceLastBoard(before, after).items.map(line)).toEqual(['new K-LF-01 Kent', 'closed K-LF-01 Kent']);
    expect(sinceLastBoard(snap([d], [], [], LAST), after).items.map(line)).toEqual(['closed K-LF-01 Kent']);
  });

  it('keeps zero counts for every topic and known force', () => {
    const none = sinceLastBoard(snap([], [], [], LAST), snap([], [], [], THIS));
    expect(Object.keys(none.byTopic)).toEqual(['copilotGovernance', 'platformAssurance', 'licensingFinance', 'storageRecords', 'nationalDevelopments', 'trainingReadiness', 'benefitsRealisation']);
    expect(Object.keys(none.byTopic).every((t) => JSON.stringify(none.byTopic[t as keyof typeof none.byTopic]) === JSON.stringify(emptyCounts()))).toBe(true);
    expect(none.items).toEqual([]);
    expect(none.forces).toEqual([]);
  });
});
