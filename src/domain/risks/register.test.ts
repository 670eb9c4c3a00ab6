import {
  buildRegister,
  COMBINED_VIEW,
  compareReferences,
  filterRegister,
  forceView,
  heatMap,
  heatMapCell,
  isActionOverdue,
  isRaidOverdue,
  outOfAppetiteIn,
  overdueActions,
  overdueRaid,
  ownerIn,
  scoresIn,
  sortRegister,
  type ForceView,
  type IRegisterEntry,
  type IRegisterFilter
} from './register';
import { LEVELS } from './scoring';
import { action, appetite, assessment, ESSEX_OWNER, jointRisk, KENT_OWNER, raid, risk, sc, TODAY } from './testing';
import type { IRegisterData, Measure } from './types';

const r1 = risk({ id: 1, reference: 'K-CG-2', title: 'Oversharing in Kent', current: sc(3, 4), reviewDate: '2026-12-01' });
const r2 = risk({ id: 2, reference: 'E-SR-1', force: 'Essex', ownerUpn: ESSEX_OWNER, category: 'storageRecords', inherent: sc(5, 5), current: sc(5, 5), reviewDate: '2026-11-01', escalation: 'forceExecutive', escalatedOn: '2026-11-02' });
const r3 = jointRisk({ id: 3, reference: 'J-PA-1', category: 'platformAssurance', title: 'Sharing between the forces', reviewDate: null });
const r4 = risk({ id: 4, reference: 'K-CG-10', status: 'closed', closedOn: '2026-10-01', current: sc(2, 2), reviewDate: '2026-10-01' });
const r5 = risk({ id: 5, reference: 'K-BR-1', kind: 'opportunity', response: 'exploit', category: 'benefitsRealisation', inherent: sc(2, 4), current: sc(3, 4), target: sc(4, 4), reviewDate: '2026-11-22' });
const r6 = jointRisk({ id: 6, reference: 'J-TR-1', category: 'trainingReadiness', reviewDate: '2026-11-23' });
const r7 = risk({ id: 7, reference: 'E-LF-1', force: 'Essex', ownerUpn: ESSEX_OWNER, category: 'licensingFinance', status: 'proposed', inherent: null, current: null, target: null, reviewDate: null });

const data: IRegisterData = {
  risks: [r7, r6, r5, r4, r3, r2, r1],
  assessments: [
    assessment(3, 'Kent', sc(3, 5), { id: 31, inherent: sc(4, 5), target: sc(2, 4) }),
    assessment(3, 'Essex', sc(4, 5), { id: 32, inherent: sc(5, 5), target: sc(2, 4) }),
    assessment(6, 'Kent', sc(2, 3), { id: 61 })
  ],
  actions: [
    action([1], { id: 101, dueDate: '2026-11-10', status: 'inProgress' }),
    action([1], { id: 102, dueDate: '2026-11-01', status: 'done', completedOn: '2026-10-30' }),
    action([3], { id: 103, dueDate: '2026-12-10' }),
    action([1, 3], { id: 104, dueDate: '2026-11-22', status: 'notStarted' }),
    action([3], { id: 105, dueDate: TODAY, status: 'inProgress' }),
    action([3], { id: 106, dueDate: '2026-11-01', status: 'cancelled' })
  ],
  raid: [],
  appetites: [appetite('copilotGovernance', 9), appetite('storageRecords', 6), appetite('platformAssurance', 12), appetite('benefitsRealisation', 4)]
};

const entries = buildRegister(data, { today: TODAY });
const byId = (id: number): IRegisterEntry => entries.filter((e) => e.risk.id === id)[0];
const ids = (list: readonly IRegisterEntry[]): number[] => list.map((e) => e.risk.id);
const kentView = forceView('Kent');
const essexView = forceView('Essex');
const jointView = forceView('Joint');

describe('building the register', () => {
  it('lists every risk in natural reference order', () => {
    expect(entries.map((e) => e.risk.reference)).toEqual(['E-LF-1', 'E-SR-1', 'J-PA-1', 'J-TR-1', 'K-BR-1', 'K-CG-2', 'K-CG-10']);
  });

  it('scores a single-force risk from its own item', () => {
    expect(byId(1)).toMatchObject({ current: 12, inherent: 16, target: 6, rag: 'redAmber', divergence: null, missingForces: [], unscored: false, reviewOverdue: false });
  });

  it('scores a joint risk at its worst force, with the difference between forces', () => {
    expect(byId(3)).toMatchObject({ current: 20, inherent: 25, target: 8, rag: 'red', missingForces: [], unscored: false });
    expect(byId(3).divergence).toEqual({ highest: { force: 'Essex', score: 20, rag: 'red' }, lowest: { force: 'Kent', score: 15, rag: 'red' }, difference: 5, ragDiffers: false, highlighted: true });
    expect(byId(3).exposures.map((e) => e.force)).toEqual(['Kent', 'Essex']);
  });

  it('flags a joint risk a force has not assessed, and an active risk without a current score, as unscored', () => {
    expect(byId(6)).toMatchObject({ missingForces: ['Essex'], unscored: true, current: 6, divergence: null });
    expect(byId(7)).toMatchObject({ unscored: true, current: null, rag: null });
    expect(byId(4).unscored).toBe(false);
  });

  it('applies appetite and the escalation rule', () => {
    expect(byId(1).appetite).toMatchObject({ outOfAppetite: true, escalationDue: true });
    expect(byId(2).appetite).toMatchObject({ outOfAppetite: true, escalationDue: false });
    expect(byId(3).appetite.outForces).toEqual(['Kent', 'Essex']);
    expect(byId(4).appetite.outOfAppetite).toBe(false);
    expect(byId(5).appetite.outOfAppetite).toBe(false);
  });

  it('flags reviews due before today on active risks only', () => {
    expect(entries.filter((e) => e.reviewOverdue).map((e) => e.risk.id)).toEqual([2, 5]);
  });

  it('links actions and counts the open and overdue ones (due before today, not done or cancelled)', () => {
    expect(byId(1)).toMatchObject({ openActions: 2, overdueActions: 2 });
    expect(byId(1).actions.map((a) => a.id)).toEqual([101, 102, 104]);
    expect(byId(3)).toMatchObject({ openActions: 3, overdueActions: 1 });
  });
});

describe('views', () => {
  it('gives each force its own exposure, the Joint view the joint risks, and the programme every risk', () => {
    expect(scoresIn(byId(3), kentView)?.current).toEqual(sc(3, 5));
    expect(scoresIn(byId(3), essexView)?.current).toEqual(sc(4, 5));
    expect(scoresIn(byId(3), jointView)?.current).toEqual(sc(4, 5));
    expect(scoresIn(byId(3), COMBINED_VIEW)?.current).toEqual(sc(4, 5));
    expect(scoresIn(byId(1), essexView)).toBeNull();
    expect(scoresIn(byId(1), jointView)).toBeNull();
    expect(scoresIn(byId(6), essexView)).toBeNull();
  });

  it('shows a force\u2019s own owner in its view', () => {
    expect(ownerIn(byId(3), essexView)).toBe(ESSEX_OWNER);
    expect(ownerIn(byId(3), COMBINED_VIEW)).toBe(KENT_OWNER);
    expect(ownerIn(byId(2), kentView)).toBe(ESSEX_OWNER);
  });

  it('judges appetite per force in a force view', () => {
    const partly = buildRegister({ ...data, appetites: [appetite('platformAssurance', 15)] }, { today: TODAY });
    const joint = partly.filter((e) => e.risk.id === 3)[0];
    expect([outOfAppetiteIn(joint, kentView), outOfAppetiteIn(joint, essexView), outOfAppetiteIn(joint, jointView), outOfAppetiteIn(joint, COMBINED_VIEW)]).toEqual([false, true, true, true]);
  });
});

describe('filtering the register', () => {
  const f = (filter: IRegisterFilter): number[] => ids(filterRegister(entries, filter)).sort((a, b) => a - b);

  it('keeps everything without criteria, and only the view\u2019s risks in a force view', () => {
    expect(f({})).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(f({ categories: [], forces: [], owners: [] })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(f({ view: kentView })).toEqual([1, 3, 4, 5, 6]);
    expect(f({ view: essexView })).toEqual([2, 3, 7]);
    expect(f({ view: jointView })).toEqual([3, 6]);
  });

  it('filters by topic, force column, status and kind', () => {
    expect(f({ categories: ['copilotGovernance', 'storageRecords'] })).toEqual([1, 2, 4]);
    expect(f({ forces: ['joint'] })).toEqual([3, 6]);
    expect(f({ forces: ['Kent', 'Essex'] })).toEqual([1, 2, 4, 5, 7]);
    expect(f({ statuses: ['open', 'proposed'] })).toEqual([1, 2, 3, 5, 6, 7]);
    expect(f({ kinds: ['opportunity'] })).toEqual([5]);
  });

  it('filters by owner: the risk\u2019s, or a force\u2019s on a joint risk (in a force view, that force\u2019s)', () => {
    expect(f({ owners: [ESSEX_OWNER.toUpperCase()] })).toEqual([2, 3, 7]);
    expect(f({ owners: [ESSEX_OWNER], view: kentView })).toEqual([]);
    expect(f({ owners: [ESSEX_OWNER], view: essexView })).toEqual([2, 3, 7]);
  });

  it('filters by RAG in the view, unscored included on request', () => {
    expect(f({ rags: ['red'] })).toEqual([2, 3]);
    expect(f({ rags: ['red'], view: kentView })).toEqual([3]);
    expect(f({ rags: ['redAmber'] })).toEqual([1, 5]);
    expect(f({ rags: ['unscored'] })).toEqual([7]);
    expect(f({ rags: ['green', 'amber'] })).toEqual([4, 6]);
  });

  it('filters by overdue review, appetite, escalation and difference between forces', () => {
    expect(f({ overdueReview: true })).toEqual([2, 5]);
    expect(f({ overdueReview: false })).toEqual([1, 3, 4, 6, 7]);
    expect(f({ outOfAppetite: true })).toEqual([1, 2, 3]);
    expect(f({ escalationDue: true })).toEqual([1, 3]);
    expect(f({ escalated: true })).toEqual([2]);
    expect(f({ escalated: false })).toEqual([1, 3, 4, 5, 6, 7]);
    expect(f({ divergent: true })).toEqual([3]);
  });

  it('finds free text in reference, title, cause, event, effect, controls and owners', () => {
    expect(f({ text: 'between THE forces' })).toEqual([3]);
    expect(f({ text: 'k-cg' })).toEqual([1, 4]);
    expect(f({ text: 'essex.board' })).toEqual([2, 3, 7]);
    expect(f({ text: '   ' })).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('combines criteria with "and"', () => {
    expect(f({ categories: ['copilotGovernance'], statuses: ['open'], outOfAppetite: true })).toEqual([1]);
  });
});

describe('sorting the register', () => {
  const refs = (list: readonly IRegisterEntry[]): string[] => list.map((e) => e.risk.reference);

  it('sorts references naturally', () => {
    expect(['R-10', 'r-2', 'R-1', 'Q-100', 'R-1a', 'R-01'].sort(compareReferences)).toEqual(['Q-100', 'R-1', 'R-01', 'R-1a', 'r-2', 'R-10']);
    expect(refs(sortRegister(entries, { key: 'reference', descending: true }))).toEqual(['K-CG-10', 'K-CG-2', 'K-BR-1', 'J-TR-1', 'J-PA-1', 'E-SR-1', 'E-LF-1']);
  });

  it('sorts by current score (score, then impact), unscored last in both directions', () => {
    expect(refs(sortRegister(entries, { key: 'current', descending: true }))).toEqual(['E-SR-1', 'J-PA-1', 'K-BR-1', 'K-CG-2', 'J-TR-1', 'K-CG-10', 'E-LF-1']);
    expect(refs(sortRegister(entries, { key: 'current' }))).toEqual(['K-CG-10', 'J-TR-1', 'K-BR-1', 'K-CG-2', 'J-PA-1', 'E-SR-1', 'E-LF-1']);
  });

  it('sorts by the view\u2019s scores', () => {
    const kent = sortRegister(filterRegister(entries, { view: kentView }), { key: 'current', descending: true }, kentView);
    expect(refs(kent)).toEqual(['J-PA-1', 'K-BR-1', 'K-CG-2', 'J-TR-1', 'K-CG-10']);
  });

  it('sorts by review date, topic, force, status, RAG and owner; ties by reference', () => {
    expect(refs(sortRegister(entries, { key: 'reviewDate' }))).toEqual(['K-CG-10', 'E-SR-1', 'K-BR-1', 'J-TR-1', 'K-CG-2', 'E-LF-1', 'J-PA-1']);
    expect(refs(sortRegister(entries, { key: 'category' }))).toEqual(['K-CG-2', 'K-CG-10', 'J-PA-1', 'E-LF-1', 'E-SR-1', 'J-TR-1', 'K-BR-1']);
    expect(refs(sortRegister(entries, { key: 'force' }))).toEqual(['J-PA-1', 'J-TR-1', 'K-BR-1', 'K-CG-2', 'K-CG-10', 'E-LF-1', 'E-SR-1'].sort((a, b) => ['K', 'E', 'J'].indexOf(a[0]) - ['K', 'E', 'J'].indexOf(b[0]) || compareReferences(a, b)));
    expect(refs(sortRegister(entries, { key: 'status' }))).toEqual(['E-LF-1', 'E-SR-1', 'J-PA-1', 'J-TR-1', 'K-BR-1', 'K-CG-2', 'K-CG-10']);
    expect(refs(sortRegister(entries, { key: 'rag', descending: true }))).toEqual(['E-SR-1', 'J-PA-1', 'K-BR-1', 'K-CG-2', 'J-TR-1', 'K-CG-10', 'E-LF-1']);
    expect(refs(sortRegister(entries, { key: 'owner' })).slice(0, 2)).toEqual(['E-LF-1', 'E-SR-1']);
  });

  it('never changes its input', () => {
    const before = refs(entries);
    sortRegister(entries, { key: 'title', descending: true });
    expect(refs(entries)).toEqual(before);
  });
});

describe('the heat map', () => {
  it('lays out five rows, likelihood 5 at the top, impact 1 on the left, each cell with its band', () => {
    const map = heatMap(entries, 'current');
    expect(map.rows.map((row) => row.map((c) => `${c.likelihood}${c.impact}`).join(' '))).toEqual(['51 52 53 54 55', '41 42 43 44 45', '31 32 33 34 35', '21 22 23 24 25', '11 12 13 14 15']);
    expect(heatMapCell(map, 5, 5)).toMatchObject({ score: 25, rag: 'red' });
    expect(heatMapCell(map, 1, 4)).toMatchObject({ score: 4, rag: 'green' });
  });

  it('counts the programme view: every risk once, a joint risk at its worst force', () => {
    const map = heatMap(entries, 'current');
    expect(heatMapCell(map, 5, 5).riskIds).toEqual([2]);
    expect(heatMapCell(map, 4, 5).riskIds).toEqual([3]);
    expect(heatMapCell(map, 3, 4).riskIds.sort()).toEqual([1, 5]);
    expect(map.total).toBe(6);
    expect(map.unscoredIds).toEqual([7]);
  });

  it('counts each force\u2019s own exposure in its view', () => {
    expect(heatMapCell(heatMap(entries, 'current', kentView), 3, 5).riskIds).toEqual([3]);
    expect(heatMapCell(heatMap(entries, 'current', essexView), 4, 5).riskIds).toEqual([3]);
    expect(heatMap(entries, 'current', essexView).total).toBe(2);
    expect(heatMap(entries, 'current', jointView).total).toBe(2);
  });

  it('maps inherent and target scores too', () => {
    expect(heatMapCell(heatMap(entries, 'inherent'), 5, 5).riskIds.sort()).toEqual([2, 3, 6]);
    expect(heatMapCell(heatMap(entries, 'target', essexView), 2, 4).riskIds).toEqual([3]);
  });

  it('filters the register to exactly the risks of a selected cell, in every view and measure', () => {
    const views: ForceView[] = [COMBINED_VIEW, kentView, essexView, jointView];
    const measures: Measure[] = ['inherent', 'current', 'target'];
    for (const view of views) {
      for (const measure of measures) {
        const map = heatMap(entries, measure, view);
        for (const likelihood of LEVELS) {
          for (const impact of LEVELS) {
            const selected = ids(filterRegister(entries, { view, cell: { measure, likelihood, impact } }));
            expect({ view, measure, likelihood, impact, ids: selected }).toEqual({ view, measure, likelihood, impact, ids: heatMapCell(map, likelihood, impact).riskIds });
          }
        }
      }
    }
  });
});

describe('overdue actions and RAID items', () => {
  it('lists open actions due before today, most overdue first', () => {
    expect(overdueActions(data.actions, TODAY).map((a) => a.id)).toEqual([101, 104]);
    expect(isActionOverdue({ status: 'inProgress', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isActionOverdue({ status: 'notStarted', dueDate: null }, TODAY)).toBe(false);
  });

  it('lists open RAID items past their due day', () => {
    const items = [raid({ id: 1, dueDate: '2026-11-20' }), raid({ id: 2, dueDate: '2026-11-01', status: 'closed', closedOn: '2026-11-02' }), raid({ id: 3, type: 'decision', dueDate: '2026-11-10', status: 'inProgress' }), raid({ id: 4 })];
    expect(overdueRaid(items, TODAY).map((r) => r.id)).toEqual([3, 1]);
    expect(isRaidOverdue(items[3], TODAY)).toBe(false);
  });
});
