import { buildRegister, COMBINED_VIEW, filterRegister, forceView, type IHistoryEntry, type IScore } from '../../../../domain/risks';
import { assessment, jointRisk, risk, sc, TODAY } from '../../../../domain/risks/testing';
import { directionFor, emptyFilter, filtersSet, historyKey, ownersOf, toRegisterFilter, viewKeys, viewOf } from './registerModel';

function rescore(force: string, from: IScore | null, to: IScore, at: string, created: boolean = false): IHistoryEntry {
  const value = (s: IScore | null): number => (s === null ? 0 : s.likelihood * s.impact);
  return {
    at,
    by: null,
    version: created ? '1.0' : '2.0',
    subject: 'assessment',
    itemId: 1,
    force,
    created,
    baseline: false,
    changes: [],
    scoreChanges: [{ force, measure: 'current', from, to, direction: value(to) > value(from) ? 'up' : value(to) < value(from) ? 'down' : 'same' }]
  };
}

describe('the register view model', () => {
  const j = jointRisk({ id: 500 });
  const kent = assessment(500, 'Kent', sc(4, 5), { id: 501 });
  const essex = assessment(500, 'Essex', sc(5, 5), { id: 502 });
  const single = risk({ id: 510, reference: 'K-LF-01', category: 'licensingFinance', current: sc(3, 3), reviewDate: '2026-11-16' });
  const entries = buildRegister({ risks: [j, single], assessments: [kent, essex], actions: [], appetites: [] }, { today: TODAY });
  const entry = entries.filter((e) => e.risk.id === 500)[0];

  it('tells the direction of the last re-score in a force view from that force\u2019s history only', () => {
    const history = [rescore('Essex', sc(4, 4), sc(5, 5), '2026-11-23T10:00:00Z'), rescore('Kent', sc(5, 5), sc(4, 5), '2026-11-20T10:00:00Z')];
    expect(directionFor(history, entry, forceView('Essex'))).toEqual({ kind: 'moved', direction: 'up', from: 16, to: 25, at: '2026-11-23T10:00:00Z' });
    expect(directionFor(history, entry, forceView('Kent'))).toEqual({ kind: 'moved', direction: 'down', from: 25, to: 20, at: '2026-11-20T10:00:00Z' });
  });

  it('reads the programme\u2019s view of a joint risk as its worst force before and after the last re-score', () => {
    // Essex went 16 → 25 while Kent stayed at 20: the worst force went from 20 (Kent) to 25 (Essex).
    const history = [rescore('Essex', sc(4, 4), sc(5, 5), '2026-11-23T10:00:00Z')];
    expect(directionFor(history, entry, COMBINED_VIEW)).toMatchObject({ kind: 'moved', direction: 'up', from: 20, to: 25 });
    expect(directionFor(history, entry, forceView('Joint'))).toMatchObject({ kind: 'moved', direction: 'up', from: 20, to: 25 });
    // A re-score under the worst force changes nothing on the programme's view.
    const kentOnly = [rescore('Kent', sc(3, 5), sc(4, 5), '2026-11-23T10:00:00Z')];
    expect(directionFor(kentOnly, entry, COMBINED_VIEW)).toMatchObject({ kind: 'moved', direction: 'same', from: 25, to: 25 });
  });

  it('says when a score was never changed since the risk was raised, or when no change is kept', () => {
    expect(directionFor([rescore('Essex', null, sc(5, 5), '2026-11-01T10:00:00Z', true)], entry, forceView('Essex'))).toEqual({ kind: 'created' });
    expect(directionFor([], entry, forceView('Essex'))).toEqual({ kind: 'none' });
  });

  it('keys a history by the etags it was read at, so any change reads it again', () => {
    expect(historyKey(entry)).toBe(`500|${j.etag}|501:${kent.etag}|502:${essex.etag}`);
  });

  it('turns the person\u2019s filters into the domain\u2019s, with open and proposed risks by default', () => {
    expect(filterRegister(entries, toRegisterFilter(emptyFilter(), COMBINED_VIEW)).map((e) => e.risk.id)).toEqual([500, 510]);
    expect(filterRegister(entries, toRegisterFilter({ ...emptyFilter(), overdueReview: true }, COMBINED_VIEW)).map((e) => e.risk.id)).toEqual([510]);
    expect(filterRegister(entries, toRegisterFilter(emptyFilter('licensingFinance'), COMBINED_VIEW)).map((e) => e.risk.id)).toEqual([510]);
    expect(filterRegister(entries, toRegisterFilter(emptyFilter(), forceView('Essex'), { measure: 'current', likelihood: 5, impact: 5 })).map((e) => e.risk.id)).toEqual([500]);
    expect(filterRegister(entries, toRegisterFilter(emptyFilter(), forceView('Kent'), { measure: 'current', likelihood: 5, impact: 5 }))).toEqual([]);
    expect(toRegisterFilter({ ...emptyFilter(), status: 'all' }, COMBINED_VIEW).statuses).toBeUndefined();
    expect(filtersSet(emptyFilter())).toBe(0);
    expect(filtersSet({ ...emptyFilter(), text: '  ', rag: 'red', escalated: true })).toBe(2);
  });

  it('offers the programme, Kent, Essex and Joint views, then any other force the register holds, and every owner', () => {
    const surrey = risk({ id: 520, force: 'Surrey', ownerUpn: 'surrey.board@policing.example' });
    const more = buildRegister({ risks: [j, single, surrey], assessments: [kent, essex], actions: [], appetites: [] }, { today: TODAY });
    expect(viewKeys(more)).toEqual(['combined', 'Kent', 'Essex', 'Joint', 'Surrey']);
    expect(viewOf('combined')).toBe(COMBINED_VIEW);
    expect(viewOf('Essex')).toEqual(forceView('Essex'));
    expect(ownersOf(more)).toEqual(['essex.board@policing.example', 'kent.board@policing.example', 'surrey.board@policing.example']);
  });
});
