/**
 * The risk register repository against the emulator with the real set-up (groups, permission levels,
 * lists): the programme board adds and edits but never deletes, the workforce reads; an Essex re-score
 * of a joint risk writes Essex's assessment only; two people editing one risk are told what changed; the
 * history says who changed what; starter content and CSV imports are idempotent and bad rows change nothing.
 * What SharePoint must refuse is checked twice: through the repository and by direct REST.
 */
import { PermissionKind } from '@pnp/sp/security';
import { RaidItemsList, RiskActionsList, RiskAssessmentsList, RisksList } from '../lists/risks';
import { toWire } from '../lists/mapping';
import {
  blankRisk,
  buildRegister,
  forceView,
  heatMap,
  heatMapCell,
  COMBINED_VIEW,
  filterRegister,
  resolveRiskConflict,
  STARTER_RISKS,
  type IForceAssessment,
  type IRisk,
  type IRiskContent
} from '../domain/risks';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import { emulatorList, emulatorSite, EMULATOR_WEB, type RunningEmulatorLike } from './testing/emulator';
import { restAs, type RestCall } from './testing/rest';
import { startSuiteEmulator } from './testing/suiteEmulator';
import { EditConflictError, RiskRepository, assessmentClientId, riskValues } from './RiskRepository';
import { hasPermission, type DataSite } from './sp';
import type { Transport } from './sendStage';
import { deleteItem } from './writes';

const OWNER = 'essex.owner@policing.example';
const KENT_BOARD = 'kent.board@policing.example';
const ESSEX_BOARD = 'essex.board@policing.example';
const PC = 'essex.pc@policing.example';
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

let emu: RunningEmulatorLike;

function repo(upn: string, site?: DataSite): RiskRepository {
  return new RiskRepository(site ?? emulatorSite(emu, upn), { now: () => NOW });
}

/** Moves the emulator's clock on a minute, so each step of a test is its own version time. */
async function tick(): Promise<void> {
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 60000 }) });
}

function rest(upn: string): RestCall {
  return restAs(`${emu.url}${EMULATOR_WEB}`, upn);
}

const itemsOf = (url: string): string => `_api/web/getList('${encodeURIComponent(`${EMULATOR_WEB}/${url}`)}')/items`;
const RISK_ITEMS = itemsOf(RisksList.url);

/** A site recording every data write it sends (method as sent, path, JSON body). */
function recordingSite(upn: string): { site: DataSite; writes: Array<{ method: string; path: string; body: Record<string, unknown> }> } {
  const writes: Array<{ method: string; path: string; body: Record<string, unknown> }> = [];
  const transport: Transport = (url, init) => {
    const headers = new Headers(init.headers);
    const method = (headers.get('X-HTTP-Method') ?? init.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(new URL(url).pathname);
    if (method !== 'GET' && !path.endsWith('/_api/contextinfo')) {
      writes.push({ method, path, body: typeof init.body === 'string' && init.body !== '' ? (JSON.parse(init.body) as Record<string, unknown>) : {} });
    }
    return fetch(url, init);
  };
  return { site: emulatorSite(emu, upn, { transport }), writes };
}

function jointRisk(overrides: Partial<IRiskContent> = {}): IRiskContent {
  return {
    ...blankRisk('Joint', KENT_BOARD, 'copilotGovernance'),
    reference: 'J-CG-01',
    title: 'Copilot surfaces files people should not see',
    cause: 'Broad legacy permissions.',
    event: 'Copilot summarises HR files for people who should not see them.',
    effect: 'A data breach and loss of trust.',
    response: 'reduce',
    proximity: 'imminent',
    controls: 'Permissions review of the most-used sites.',
    reviewDate: '2026-12-07',
    ...overrides
  };
}

beforeAll(async () => {
  emu = await startSuiteEmulator({ upn: OWNER, title: 'Priya Nair' }, [
    { upn: KENT_BOARD, title: 'Ruth Calder', groups: ['workforce', 'programme'] },
    { upn: ESSEX_BOARD, title: 'James Pike', groups: ['workforce', 'programme'] },
    { upn: PC, title: 'Daniel Okafor', groups: ['workforce'] }
  ]);
  await fetch(`${emu.url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ fixed: '2026-11-23T08:00:00Z' }) });
}, 60000);

afterAll(async () => {
  await emu.close();
});

/** The joint risk the tests share, and its two assessments (the tests run in order). */
let joint: IRisk;
let kent: IForceAssessment;
let essex: IForceAssessment;

describe('rights, from SharePoint\u2019s effective permissions', () => {
  it('lets the board add and edit but not delete; the workforce only reads; the owner may do anything', async () => {
    expect(await repo(KENT_BOARD).rights()).toEqual({ canAdd: true, canEdit: true, canDelete: false, canEditAppetite: true });
    expect(await repo(PC).rights()).toEqual({ canAdd: false, canEdit: false, canDelete: false, canEditAppetite: false });
    expect(await repo(OWNER).rights()).toEqual({ canAdd: true, canEdit: true, canDelete: true, canEditAppetite: true });
  });
});

describe('a joint risk scored by each force', () => {
  it('creates the risk and one assessment per force; a retried create is the same risk', async () => {
    const assessments = [
      { force: 'Kent', ownerUpn: KENT_BOARD, inherent: { likelihood: 5, impact: 5 } as const, current: { likelihood: 4, impact: 5 } as const, target: { likelihood: 2, impact: 4 } as const, assessedOn: TODAY, notes: '' },
      { force: 'Essex', ownerUpn: ESSEX_BOARD, inherent: { likelihood: 5, impact: 5 } as const, current: { likelihood: 4, impact: 4 } as const, target: { likelihood: 2, impact: 4 } as const, assessedOn: TODAY, notes: '' }
    ];
    const made = await repo(KENT_BOARD).createRisk(jointRisk(), assessments, 'client-joint-1');
    expect(made.risk).toMatchObject({ reference: 'J-CG-01', force: 'Joint', current: null, status: 'open', editor: { title: 'Ruth Calder' } });
    expect(made.assessments.map((a) => [a.force, a.current])).toEqual([
      ['Kent', { likelihood: 4, impact: 5 }],
      ['Essex', { likelihood: 4, impact: 4 }]
    ]);
    const again = await repo(KENT_BOARD).createRisk(jointRisk(), assessments, 'client-joint-1');
    expect(again.risk.id).toBe(made.risk.id);
    expect(again.assessments.map((a) => a.id)).toEqual(made.assessments.map((a) => a.id));
    joint = made.risk;
    [kent, essex] = made.assessments;
    // The joint item itself holds no scores, even when asked to.
    expect(riskValues({ ...jointRisk(), current: { likelihood: 3, impact: 3 } }).currentLikelihood).toBeNull();
  });

  it('refuses a second risk under a reference already held, and invalid content, before sending', async () => {
    await expect(repo(ESSEX_BOARD).createRisk(jointRisk({ title: 'Another' }))).rejects.toMatchObject({ problems: [expect.objectContaining({ key: 'risks.problem.referenceTaken' })] });
    const { site, writes } = recordingSite(ESSEX_BOARD);
    const bad = repo(ESSEX_BOARD, site).createRisk({ ...jointRisk({ reference: 'E-CG-09', force: 'Essex', ownerUpn: 'James Pike' }) });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({ problems: expect.arrayContaining([expect.objectContaining({ field: 'ownerUpn', key: 'risks.problem.notASignInName' }), expect.objectContaining({ field: 'current', key: 'risks.problem.currentRequired' })]) });
    expect(writes).toEqual([]);
  });

  it('lets an Essex board member re-score Essex only: ONE write, to Essex\u2019s assessment; Kent\u2019s and the risk are untouched', async () => {
    const before = await repo(PC).register();
    const kentBefore = before.assessments.filter((a) => a.id === kent.id)[0];
    const riskBefore = before.risks.filter((r) => r.id === joint.id)[0];
    const { site, writes } = recordingSite(ESSEX_BOARD);
    await tick();
    const rescored = await repo(ESSEX_BOARD, site).rescoreForce(essex, { inherent: essex.inherent, current: { likelihood: 5, impact: 5 }, target: essex.target }, 'Two oversharing incidents this month.');
    expect(writes).toHaveLength(1);
    expect(writes[0].method).toBe('MERGE');
    expect(writes[0].path).toContain(`/Lists/RiskAssessments')/items(${essex.id})`);
    expect(Object.keys(writes[0].body).sort()).toEqual(['rfaAssessedOn', 'rfaCurrentI', 'rfaCurrentL', 'rfaInherentI', 'rfaInherentL', 'rfaNotes', 'rfaTargetI', 'rfaTargetL']);
    expect(rescored).toMatchObject({ force: 'Essex', current: { likelihood: 5, impact: 5 }, assessedOn: TODAY, notes: 'Two oversharing incidents this month.', editor: { title: 'James Pike' } });

    const after = await repo(PC).register();
    const kentAfter = after.assessments.filter((a) => a.id === kent.id)[0];
    expect(kentAfter).toEqual(kentBefore);
    expect(after.risks.filter((r) => r.id === joint.id)[0]).toEqual(riskBefore);

    // The register and the heat maps show it: Essex's map moved, Kent's did not, the joint view is the worst force.
    const entries = buildRegister(after, { today: TODAY });
    const entry = entries.filter((e) => e.risk.id === joint.id)[0];
    // Both red, but five points apart: highlighted.
    expect(entry.divergence).toEqual({ highest: { force: 'Essex', score: 25, rag: 'red' }, lowest: { force: 'Kent', score: 20, rag: 'red' }, difference: 5, ragDiffers: false, highlighted: true });
    expect(heatMapCell(heatMap(entries, 'current', forceView('Essex')), 5, 5).riskIds).toEqual([joint.id]);
    expect(heatMapCell(heatMap(entries, 'current', forceView('Kent')), 4, 5).riskIds).toEqual([joint.id]);
    expect(heatMapCell(heatMap(entries, 'current', COMBINED_VIEW), 5, 5).riskIds).toEqual([joint.id]);
    expect(filterRegister(entries, { view: forceView('Kent'), cell: { measure: 'current', likelihood: 4, impact: 5 } }).map((e) => e.risk.id)).toEqual([joint.id]);
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    essex = rescored;
  });

  it('lets Kent re-score Kent at the same time from what it read before Essex did: no conflict, different items', async () => {
    const stale = kent; // read before Essex's re-score
    await tick();
    const rescored = await repo(KENT_BOARD).rescoreForce(stale, { inherent: stale.inherent, current: { likelihood: 3, impact: 5 }, target: stale.target });
    expect(rescored.current).toEqual({ likelihood: 3, impact: 5 });
    const detail = await repo(PC).detail(joint.id);
    expect(detail?.assessments.map((a) => [a.force, a.current])).toEqual([
      ['Kent', { likelihood: 3, impact: 5 }],
      ['Essex', { likelihood: 5, impact: 5 }]
    ]);
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    kent = rescored;
  });

  it('gives a re-score on a stale assessment an EditConflictError with what the other person changed', async () => {
    const stale = { ...essex, etag: '"1"' };
    const error = await repo(KENT_BOARD).rescoreForce(stale, { inherent: essex.inherent, current: { likelihood: 2, impact: 5 }, target: essex.target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditConflictError);
    expect((error as EditConflictError<IForceAssessment, unknown>).latest.current).toEqual({ likelihood: 5, impact: 5 });
    expect((await repo(PC).detail(joint.id))?.assessments[1].current).toEqual({ likelihood: 5, impact: 5 });
  });
});

describe('two people editing one risk', () => {
  it('tells the second what changed, who changed it, and loses nothing when they keep both', async () => {
    const asKent = (await repo(KENT_BOARD).latest(joint.id)) as IRisk;
    const asEssex = (await repo(ESSEX_BOARD).latest(joint.id)) as IRisk;
    await tick();
    const kentEdit = await repo(KENT_BOARD).updateRisk(asKent, { ...asKent, controls: 'Permissions review; restricted SharePoint search.', actionees: [ESSEX_BOARD] });
    expect(kentEdit.etag).not.toBe(asKent.etag);

    const mine: IRiskContent = { ...asEssex, title: 'Copilot shows people files they should not see', controls: 'Permissions review; sensitivity labels on HR sites.' };
    const error = await repo(ESSEX_BOARD).updateRisk(asEssex, mine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(EditConflictError);
    const conflict = error as EditConflictError<IRisk, IRiskContent>;
    expect(conflict.key).toBe('errors.conflict');
    expect(conflict.changedBy).toMatchObject({ title: 'Ruth Calder' });
    expect(conflict.theirChanges).toEqual([
      { field: 'actionees', from: null, to: ESSEX_BOARD },
      { field: 'controls', from: 'Permissions review of the most-used sites.', to: 'Permissions review; restricted SharePoint search.' }
    ]);
    expect(conflict.myChanges.map((c) => c.field)).toEqual(['title', 'controls']);
    expect(conflict.conflicts).toEqual([{ field: 'controls', base: 'Permissions review of the most-used sites.', mine: mine.controls, theirs: 'Permissions review; restricted SharePoint search.' }]);
    // The merge keeps Kent's actionee and Essex's title; the conflicting column is Kent's until Essex chooses.
    expect(conflict.merged).toMatchObject({ title: mine.title, actionees: [ESSEX_BOARD], controls: 'Permissions review; restricted SharePoint search.' });
    // Nothing of Essex's was written.
    expect((await repo(PC).latest(joint.id))?.title).toBe(joint.title);

    // Essex chooses: their own wording of the controls, everything else merged; written against the latest etag.
    const resolved = resolveRiskConflict(asEssex, mine, conflict.latest, { controls: 'mine' });
    await tick();
    const saved = await repo(ESSEX_BOARD).updateRisk(conflict.latest, resolved);
    expect(saved).toMatchObject({ title: mine.title, controls: mine.controls, actionees: [ESSEX_BOARD], editor: { title: 'James Pike' } });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    joint = saved;
  });
});

describe('permissions enforced by SharePoint', () => {
  it('lets the workforce read the register and its history, and nothing else, through the repository and by direct REST', async () => {
    const pc = repo(PC);
    expect((await pc.register()).risks.map((r) => r.id)).toContain(joint.id);
    await expect(pc.updateRisk(joint, { ...joint, title: 'Hijacked' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(pc.rescoreForce(kent, { inherent: null, current: { likelihood: 1, impact: 1 }, target: null })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(pc.createRisk({ ...jointRisk({ reference: 'E-X-01', force: 'Essex', ownerUpn: PC, current: { likelihood: 1, impact: 1 } }) })).rejects.toBeInstanceOf(ForbiddenError);

    const merge = await rest(PC)('POST', `${RISK_ITEMS}(${joint.id})`, { xHttpMethod: 'MERGE', body: { Title: 'Hijacked' } });
    expect(merge.status).toBe(403);
    const del = await rest(PC)('POST', `${RISK_ITEMS}(${joint.id})`, { xHttpMethod: 'DELETE' });
    expect(del.status).toBe(403);
    const add = await rest(PC)('POST', RISK_ITEMS, { body: { Title: 'Sneaked in', rskRef: 'X-1', rskKind: 'threat', rskCategory: 'copilotGovernance', rskForce: 'Essex', rskOwnerUpn: PC, rskStatus: 'open', rskEscalation: 'none' } });
    expect(add.status).toBe(403);
    const assessment = await rest(PC)('POST', `${itemsOf(RiskAssessmentsList.url)}(${kent.id})`, { xHttpMethod: 'MERGE', body: { rfaCurrentL: 1 } });
    expect(assessment.status).toBe(403);
    expect((await pc.latest(joint.id))?.title).toBe(joint.title);

    const versions = await rest(PC)('GET', `${RISK_ITEMS}(${joint.id})/versions`);
    expect(versions.status).toBe(200);
  });

  it('refuses a board member a delete (403, through PnPjs and by REST) but lets them close the risk', async () => {
    const board = emulatorSite(emu, KENT_BOARD);
    await expect(deleteItem(board, RisksList, joint.id, joint.etag)).rejects.toBeInstanceOf(ForbiddenError);
    const del = await rest(KENT_BOARD)('POST', `${RISK_ITEMS}(${joint.id})`, { xHttpMethod: 'DELETE' });
    expect(del.status).toBe(403);
    expect((del.body as { 'odata.error': { code: string } })['odata.error'].code).toContain('UnauthorizedAccessException');
    const delAssessment = await rest(ESSEX_BOARD)('POST', `${itemsOf(RiskAssessmentsList.url)}(${essex.id})`, { xHttpMethod: 'DELETE' });
    expect(delAssessment.status).toBe(403);
    // Nor can the board prune history: its level has View Versions but no Delete Versions (the workforce's Read views them too).
    expect(await hasPermission(board, RisksList, PermissionKind.DeleteVersions)).toBe(false);
    expect(await hasPermission(board, RisksList, PermissionKind.ViewVersions)).toBe(true);
    expect(await hasPermission(emulatorSite(emu, PC), RisksList, PermissionKind.ViewVersions)).toBe(true);
    expect(await hasPermission(emulatorSite(emu, OWNER), RisksList, PermissionKind.DeleteVersions)).toBe(true);

    await tick();
    const closed = await repo(KENT_BOARD).closeRisk(joint, 'Permissions review complete; restricted search on.');
    expect(closed).toMatchObject({ status: 'closed', closedOn: TODAY, closureNote: 'Permissions review complete; restricted search on.' });
    await tick();
    const reopened = await repo(KENT_BOARD).reopenRisk(closed, 'A new oversharing report came in.');
    expect(reopened).toMatchObject({ status: 'open', closedOn: null });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    joint = reopened;
  });
});

describe('history: who changed what, when', () => {
  it('lists the risk\u2019s and each force\u2019s changes, newest first, with SharePoint\u2019s editors', async () => {
    const detail = await repo(PC).detail(joint.id, { history: true });
    expect(detail).toBeDefined();
    const history = detail?.history ?? [];
    const line = (e: (typeof history)[number]): string =>
      `${e.by?.title ?? '?'} ${e.subject}${e.force !== null ? `:${e.force}` : ''} ${e.created ? 'created' : e.changes.map((c) => c.field).join(',')}`;
    expect(history.map(line)).toEqual([
      'Ruth Calder risk status,closedOn,closureNote',
      'Ruth Calder risk status,closedOn,closureNote',
      'James Pike risk title,controls',
      'Ruth Calder risk actionees,controls',
      'Ruth Calder assessment:Kent currentLikelihood',
      'James Pike assessment:Essex currentLikelihood,currentImpact,notes',
      'Ruth Calder assessment:Essex created',
      'Ruth Calder assessment:Kent created',
      'Ruth Calder risk created'
    ]);
    const essexRescore = history.filter((e) => e.subject === 'assessment' && e.force === 'Essex' && !e.created)[0];
    expect(essexRescore.scoreChanges).toEqual([{ force: 'Essex', measure: 'current', from: { likelihood: 4, impact: 4 }, to: { likelihood: 5, impact: 5 }, direction: 'up' }]);
    const kentRescore = history.filter((e) => e.subject === 'assessment' && e.force === 'Kent' && !e.created)[0];
    expect(kentRescore.scoreChanges).toEqual([{ force: 'Kent', measure: 'current', from: { likelihood: 4, impact: 5 }, to: { likelihood: 3, impact: 5 }, direction: 'down' }]);
    const titleChange = history.filter((e) => e.changes.some((c) => c.field === 'title'))[0];
    expect(titleChange.changes.filter((c) => c.field === 'title')[0]).toEqual({ field: 'title', from: 'Copilot surfaces files people should not see', to: 'Copilot shows people files they should not see' });
    // SharePoint's times, one minute apart per step: the creation at 08:00, the reopening last.
    expect(history[history.length - 1].at).toBe('2026-11-23T08:00:00.000Z');
    expect(history[0].at > history[1].at && history[1].at > history[2].at).toBe(true);
  });
});

describe('actions, RAID and appetite', () => {
  it('links actions and RAID items to risks, flags the overdue ones, and keeps their etags', async () => {
    const board = repo(KENT_BOARD);
    const overdue = await board.createAction({ title: 'Label HR sites', riskIds: [joint.id], ownerUpn: KENT_BOARD, force: 'Kent', dueDate: '2026-11-09', status: 'inProgress', completedOn: null, notes: '', meetingId: null });
    const later = await board.createAction({ title: 'Restricted search review', riskIds: [joint.id], ownerUpn: ESSEX_BOARD, force: 'Essex', dueDate: '2026-12-20', status: 'notStarted', completedOn: null, notes: '', meetingId: 4 });
    expect(overdue.riskIds).toEqual([joint.id]);
    const issue = await board.createRaidItem({
      reference: 'I-001',
      type: 'issue',
      title: 'HR site found by Copilot in Essex',
      description: 'Reported through the poor-output route.',
      category: 'copilotGovernance',
      force: 'Essex',
      ownerUpn: ESSEX_BOARD,
      raisedOn: '2026-11-18',
      dueDate: '2026-11-20',
      status: 'open',
      closedOn: null,
      priority: 'high',
      riskIds: [joint.id],
      meetingId: null,
      meetingDate: '2026-11-18',
      resolution: ''
    });
    const detail = await repo(PC).detail(joint.id);
    expect(detail?.actions.map((a) => a.title).sort()).toEqual(['Label HR sites', 'Restricted search review']);
    expect(detail?.raid.map((r) => r.reference)).toEqual(['I-001']);
    const entry = buildRegister(await repo(PC).register(), { today: TODAY }).filter((e) => e.risk.id === joint.id)[0];
    expect({ open: entry.openActions, overdue: entry.overdueActions }).toEqual({ open: 2, overdue: 1 });

    const done = await board.updateAction(overdue, { ...overdue, status: 'done', completedOn: TODAY });
    expect(done.status).toBe('done');
    await expect(repo(ESSEX_BOARD).updateAction(overdue, { ...overdue, notes: 'stale' })).rejects.toBeInstanceOf(EditConflictError);
    const closed = await board.updateRaidItem(issue, { ...issue, status: 'closed', closedOn: TODAY, resolution: 'Site relabelled.' });
    expect(closed).toMatchObject({ status: 'closed', resolution: 'Site relabelled.' });
    expect(later.meetingId).toBe(4);
  });

  it('sets appetite per topic and per force, one row each, and applies the stricter to a joint risk', async () => {
    const board = repo(KENT_BOARD);
    const all = await board.saveAppetite({ category: 'copilotGovernance', force: null, maxScore: 9, level: 'cautious', rationale: 'Learn safely.' });
    const again = await board.saveAppetite({ category: 'copilotGovernance', force: null, maxScore: 12, level: 'open', rationale: 'Learn safely.' });
    expect(again.id).toBe(all.id);
    expect(again.maxScore).toBe(12);
    await expect(board.saveAppetite({ category: 'copilotGovernance', force: null, maxScore: 6, level: 'minimal', rationale: '' }, all)).rejects.toBeInstanceOf(ConflictError);
    await board.saveAppetite({ category: 'copilotGovernance', force: 'Essex', maxScore: 16, level: 'open', rationale: 'Essex pilots first.' });
    const appetites = await repo(PC).appetites();
    expect(appetites.map((a) => [a.force, a.maxScore])).toEqual([
      [null, 12],
      ['Essex', 16]
    ]);
    const entry = buildRegister(await repo(PC).register(), { today: TODAY }).filter((e) => e.risk.id === joint.id)[0];
    // Kent 3×5 = 15 > 12 (all forces); Essex 5×5 = 25 > 16 (Essex's own row).
    expect(entry.appetite.perForce).toEqual([
      { force: 'Kent', current: 15, maxScore: 12, outOfAppetite: true },
      { force: 'Essex', current: 25, maxScore: 16, outOfAppetite: true }
    ]);
    expect(entry.appetite.escalationDue).toBe(true);
    const escalated = await board.escalateRisk(joint, 'jointChiefOfficers', 'Out of appetite in both forces.');
    expect(escalated).toMatchObject({ escalation: 'jointChiefOfficers', escalatedOn: TODAY });
    // eslint-disable-next-line require-atomic-updates -- RATIONALE: tests run one after another; the next ones continue from this state
    joint = escalated;
  });
});

describe('starter content', () => {
  it('imports the starter risks for the joint register once: proposed, scored per force, with first actions', async () => {
    const board = repo(KENT_BOARD);
    const first = await board.importStarter({ force: 'Joint', ownerUpn: KENT_BOARD, withAppetite: true });
    // J-CG-01 is already held (the risk above): left alone.
    expect(first.filter((o) => o.outcome === 'exists').map((o) => o.reference)).toEqual(['J-CG-01']);
    expect(first.filter((o) => o.outcome === 'created')).toHaveLength(STARTER_RISKS.length - 1);
    const data = await repo(PC).register();
    const starter = data.risks.filter((r) => r.reference !== 'J-CG-01' && r.reference.indexOf('J-') === 0);
    expect(starter).toHaveLength(STARTER_RISKS.length - 1);
    expect(starter.every((r) => r.status === 'proposed' && r.force === 'Joint' && r.current === null)).toBe(true);
    const entries = buildRegister(data, { today: TODAY });
    const cg02 = entries.filter((e) => e.risk.reference === 'J-CG-02')[0];
    expect(cg02.exposures.map((x) => [x.force, x.current])).toEqual([
      ['Kent', { likelihood: 3, impact: 5 }],
      ['Essex', { likelihood: 3, impact: 5 }]
    ]);
    expect(cg02.actions.length).toBeGreaterThan(0);
    // Appetite was set only where none existed (copilotGovernance kept the board's 12).
    expect(data.appetites.filter((a) => a.force === null).map((a) => [a.category, a.maxScore])).toEqual([
      ['copilotGovernance', 12],
      ['platformAssurance', 6],
      ['licensingFinance', 12],
      ['storageRecords', 6],
      ['nationalDevelopments', 9],
      ['trainingReadiness', 12],
      ['benefitsRealisation', 12]
    ]);

    const counts = { risks: data.risks.length, assessments: data.assessments.length, actions: data.actions.length };
    const second = await board.importStarter({ force: 'Joint', ownerUpn: KENT_BOARD, withAppetite: true });
    expect(second.every((o) => o.outcome === 'exists')).toBe(true);
    const after = await repo(PC).register();
    expect({ risks: after.risks.length, assessments: after.assessments.length, actions: after.actions.length }).toEqual(counts);
    // Every assessment is the one its client id names.
    expect(after.assessments.every((a) => a.riskId > 0)).toBe(true);
    expect(assessmentClientId(cg02.risk.id, 'Kent')).toBe(`rfa:${cg02.risk.id}:kent`);
  });
});

describe('CSV import', () => {
  const csv = [
    'sep=;',
    'Risk ID;Risk title;Category;Force;Owner;Likelihood;Impact;Inherent likelihood;Inherent impact;Treatment;Next review;Status;Kent current likelihood;Kent current impact;Essex current likelihood;Essex current impact;Comments',
    'K-TR-01;Training completion below target;Training readiness;Kent Police;kent.board@policing.example;Likely;Moderate;4;4;Treat;07/12/2026;Open;;;;;from the old register',
    'J-BR-09;"Benefits double-counted with ""other"" programmes";Benefits realisation;Joint;essex.board@policing.example;;;;;Tolerate;2026-12-14;Open;2;3;3;3;',
    'J-CG-02;Personal data or intelligence typed into prompts;Copilot;Joint;kent.board@policing.example;;;;;reduce;;Open;;;4;5;',
    'J-LF-01;Paid licences go unused;Licensing and finance;Joint;kent.board@policing.example;;;;;Reduce;21/12/2026;Proposed;;;;;',
    'E-PA-07;Audit logs not kept long enough;Platform;Essex;essex.board@policing.example;7;4;;;Treat;;Open;;;;;',
    'K-TR-01;Duplicate;Training;Kent;kent.board@policing.example;1;1;;;Treat;;Open;;;;;',
    'E-PA-08;Owner is a name;Platform;Essex;James Pike;2;2;;;Treat;;Open;;;;;'
  ].join('\r\n');

  it('plans a dry run that writes nothing and says, row by row, what would change', async () => {
    const { site, writes } = recordingSite(KENT_BOARD);
    const before = (await repo(PC).register()).risks.length;
    const plan = await repo(KENT_BOARD, site).planImport(`\uFEFF${csv}`);
    expect(writes).toEqual([]);
    expect((await repo(PC).register()).risks.length).toBe(before);
    expect(plan.ok).toBe(true);
    expect(plan.separator).toBe(';');
    expect(plan.rows.map((r) => [r.line, r.reference, r.action])).toEqual([
      [3, 'K-TR-01', 'create'],
      [4, 'J-BR-09', 'create'],
      [5, 'J-CG-02', 'update'],
      [6, 'J-LF-01', 'unchanged'],
      [7, 'E-PA-07', 'rejected'],
      [8, 'K-TR-01', 'rejected'],
      [9, 'E-PA-08', 'rejected']
    ]);
    expect(plan.counts).toEqual({ create: 2, update: 1, unchanged: 1, rejected: 3 });
    expect(plan.problems.map((p) => p.detail)).toEqual(['Column "Comments" is not a register column and is ignored.']);
    expect(plan.rows[4].problems.map((p) => p.detail)).toEqual(['Line 7, column "Likelihood": "7" is not a likelihood from 1 to 5 (or Rare, Unlikely, Possible, Likely, Almost certain).']);
    expect(plan.rows[5].problems.map((p) => p.detail)).toEqual(['Line 8, column "Risk ID": "K-TR-01" is also on line 3; each reference may appear once.']);
    expect(plan.rows[6].problems[0].detail).toBe('Line 9, column "Owner": "James Pike" is not a sign-in name; write the owner as name@force (their email), one person only.');
    const update = plan.rows[2];
    // The board accepts the starter risk (proposed → open); its empty review cell clears the review date.
    expect(update.changes).toEqual([
      { field: 'reviewDate', from: '2026-12-21', to: null },
      { field: 'status', from: 'proposed', to: 'open' }
    ]);
    expect(update.assessments.map((a) => [a.force, a.action, a.changes.map((c) => `${c.field}:${String(c.from)}\u2192${String(c.to)}`)])).toEqual([
      ['Kent', 'unchanged', []],
      ['Essex', 'update', ['currentLikelihood:3\u21924']]
    ]);
    const created = plan.rows[0];
    expect(created.content).toMatchObject({ force: 'Kent', category: 'trainingReadiness', current: { likelihood: 4, impact: 3 }, inherent: { likelihood: 4, impact: 4 }, response: 'reduce', reviewDate: '2026-12-07' });
    expect(plan.rows[1].content).toMatchObject({ title: 'Benefits double-counted with "other" programmes', response: 'accept' });
    expect(plan.rows[1].assessments.map((a) => [a.force, a.content.current])).toEqual([
      ['Kent', { likelihood: 2, impact: 3 }],
      ['Essex', { likelihood: 3, impact: 3 }]
    ]);
  });

  it('applies only the rows that passed, and applying the same plan again changes nothing', async () => {
    const board = repo(KENT_BOARD);
    const plan = await board.planImport(csv);
    const before = await repo(PC).register();
    const outcomes = await board.applyImport(plan);
    expect(outcomes.map((o) => [o.reference, o.outcome])).toEqual([
      ['K-TR-01', 'created'],
      ['J-BR-09', 'created'],
      ['J-CG-02', 'updated'],
      ['J-LF-01', 'unchanged'],
      ['E-PA-07', 'rejected'],
      ['K-TR-01', 'rejected'],
      ['E-PA-08', 'rejected']
    ]);
    const after = await repo(PC).register();
    expect(after.risks.length).toBe(before.risks.length + 2);
    expect(after.risks.map((r) => r.reference)).not.toContain('E-PA-07');
    expect(after.risks.map((r) => r.reference)).not.toContain('E-PA-08');
    const entries = buildRegister(after, { today: TODAY });
    const cg02 = entries.filter((e) => e.risk.reference === 'J-CG-02')[0];
    expect(cg02.exposures.map((x) => [x.force, x.current])).toEqual([
      ['Kent', { likelihood: 3, impact: 5 }],
      ['Essex', { likelihood: 4, impact: 5 }]
    ]);
    const br09 = entries.filter((e) => e.risk.reference === 'J-BR-09')[0];
    expect(br09.exposures.map((x) => x.force)).toEqual(['Kent', 'Essex']);

    const again = await board.applyImport(plan);
    expect(again.map((o) => o.outcome)).toEqual(['alreadyApplied', 'alreadyApplied', 'alreadyApplied', 'unchanged', 'rejected', 'rejected', 'rejected']);
    const third = await repo(PC).register();
    expect({ risks: third.risks.length, assessments: third.assessments.length }).toEqual({ risks: after.risks.length, assessments: after.assessments.length });
  });

  it('reports a row whose risk changed since the dry run as a conflict, and writes nothing for it', async () => {
    const board = repo(KENT_BOARD);
    const plan = await board.planImport(['Reference,Title,Owner', 'K-TR-01,Training completion below the target,kent.board@policing.example'].join('\n'));
    expect(plan.rows.map((r) => r.action)).toEqual(['update']);
    const stored = plan.rows[0].existing as IRisk;
    await repo(ESSEX_BOARD).updateRisk(stored, { ...stored, controls: 'Protected training time.' });
    const outcomes = await board.applyImport(plan);
    expect(outcomes[0]).toMatchObject({ outcome: 'conflict', error: expect.any(EditConflictError) });
    expect((await repo(PC).latest(stored.id))?.title).toBe('Training completion below target');
  });
});

describe('threshold-safe reads', () => {
  it('reads a risk\u2019s actions from a list holding more than 5,000 items', async () => {
    const list = emulatorList(emu, RiskActionsList);
    const rows = Array.from({ length: 5100 }, (_x, i) => ({
      values: { ...toWire(RiskActionsList, { title: `Bulk action ${i}`, riskIds: ';999999;', ownerUpn: KENT_BOARD, status: 'done' }) },
      authorId: 1,
      created: '2026-10-01T09:00:00Z'
    }));
    list.bulkInsert(rows);
    const detail = await repo(PC).detail(joint.id);
    expect(detail?.actions.map((a) => a.title).sort()).toEqual(['Label HR sites', 'Restricted search review']);
    const data = await repo(PC).register();
    expect(data.actions.length).toBeGreaterThan(5100);
    // The RAID list is untouched by the bulk rows.
    expect(emulatorList(emu, RaidItemsList).itemCount).toBe(1);
    // And the raw list query the app never makes still hits the threshold.
    const raw = await rest(PC)('GET', `${itemsOf(RiskActionsList.url)}?$filter=${encodeURIComponent("racForce eq 'Kent'")}`);
    expect(raw.status).toBe(500);
  });
});
