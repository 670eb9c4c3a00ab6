import { headerKey, importClientId, planRiskImport, readDay, readForce, rowsToApply, type IExistingRegister, type IRiskImportPlan, type IRiskImportRow } from './import';
import { assessment, ESSEX_OWNER, jointRisk, KENT_OWNER, risk, sc, TODAY } from './testing';

const OPTIONS = { today: TODAY, defaultOwnerUpn: KENT_OWNER };
const EMPTY: IExistingRegister = { risks: [], assessments: [] };

const plan = (lines: string[], existing: IExistingRegister = EMPTY, options: Partial<typeof OPTIONS & { defaultForce: string }> = {}): IRiskImportPlan =>
  planRiskImport(lines.join('\n'), existing, { ...OPTIONS, ...options });
const details = (row: IRiskImportRow): string[] => row.problems.map((p) => `${p.severity}: ${p.detail}`);

const HEADER = 'Reference,Title,Topic,Force,Owner,Likelihood,Impact';

describe('columns by header', () => {
  it.each([
    ['Risk ID', 'reference'],
    ['Ref.', 'reference'],
    ['Risk title', 'title'],
    ['Risk Description', 'event'],
    ['Consequence', 'effect'],
    ['Workstream', 'category'],
    ['Risk owner', 'ownerUpn'],
    ['Residual likelihood', 'currentLikelihood'],
    ['Probability', 'currentLikelihood'],
    ['Severity', 'currentImpact'],
    ['Gross impact', 'inherentImpact'],
    ['Pre-mitigation likelihood', 'inherentLikelihood'],
    ['Target L', 'targetLikelihood'],
    ['Risk score', 'currentScore'],
    ['Treatment', 'response'],
    ['Next review date', 'reviewDate'],
    ['Escalated to', 'escalation'],
    ['Existing controls', 'controls'],
    ['Threat/Opportunity', 'kind']
  ])('reads "%s" as %s', (header, column) => {
    const p = plan([`Reference,${header}`]);
    expect(p.columns[1]).toMatchObject({ header, column, force: null });
  });

  it('reads "<Force> …" headers as that force\u2019s assessment columns', () => {
    const p = plan(['Ref,Essex current likelihood,Kent - Residual impact,KENT OWNER,Essex commentary,Surrey current likelihood']);
    expect(p.columns.slice(1).map((c) => [c.force, c.forceColumn])).toEqual([
      ['Essex', 'currentLikelihood'],
      ['Kent', 'currentImpact'],
      ['Kent', 'ownerUpn'],
      ['Essex', 'notes'],
      [null, null]
    ]);
    expect(p.problems.map((x) => x.detail)).toEqual(['Column "Surrey current likelihood" is not a register column and is ignored.']);
    expect(plan(['Ref,Surrey current likelihood'], EMPTY, {}).columns[1].column).toBeNull();
    expect(planRiskImport('Ref,Surrey current likelihood', EMPTY, { ...OPTIONS, jointForces: ['Kent', 'Surrey'] }).columns[1]).toMatchObject({ force: 'Surrey', forceColumn: 'currentLikelihood' });
    expect(headerKey(' Risk-ID (ref.) ')).toBe('riskidref');
  });

  it('refuses a file without a reference column, or with two columns meaning one thing, or unreadable', () => {
    expect(plan(['Title,Owner', 'x,y'])).toMatchObject({ ok: false, rows: [], problems: [expect.objectContaining({ key: 'risks.import.noReferenceColumn', line: 1 })] });
    const twice = plan(['Ref,Likelihood,Residual likelihood', 'R-1,2,3']);
    expect(twice.ok).toBe(false);
    expect(twice.problems.map((x) => x.detail)).toEqual(['Columns "Likelihood" and "Residual likelihood" both mean currentLikelihood.']);
    expect(plan(['Ref,Title', 'R-1,"never closed'])).toMatchObject({ ok: false, problems: [expect.objectContaining({ key: 'risks.import.unterminatedQuote' })] });
    expect(plan([''])).toMatchObject({ ok: false, problems: [expect.objectContaining({ key: 'risks.import.empty' })] });
    expect(rowsToApply(twice)).toEqual([]);
  });
});

describe('values as registers write them', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026-11-23T00:00:00Z', '2026-11-23'],
    ['23/11/2026', '2026-11-23'],
    ['3/1/2027', '2027-01-03'],
    ['23-11-26', '2026-11-23'],
    ['23.11.2026', '2026-11-23'],
    ['23/11/2026 00:00', '2026-11-23'],
    ['5 Nov 2026', '2026-11-05'],
    ['5th November 2026', '2026-11-05'],
    ['46349', '2026-11-23'],
    ['31/02/2026', undefined],
    ['11/23/2026', undefined],
    ['5 Novx 2026', undefined],
    ['soon', undefined]
  ])('reads the day %s as %s', (text, day) => {
    expect(readDay(text)).toBe(day);
  });

  it('reads forces as registers name them, keeping other forces', () => {
    expect(['Kent Police', 'ESSEX', 'Both', 'Kent & Essex', 'Surrey Police', 'Thames Valley Police', ' Joint '].map(readForce)).toEqual(['Kent', 'Essex', 'Joint', 'Joint', 'Surrey', 'Thames Valley', 'Joint']);
  });

  it('reads levels as numbers or words, responses as the four Ts, topics, statuses and proximity by name', () => {
    const p = plan([
      'Ref,Title,Topic,Owner,Likelihood,Impact,Inherent likelihood,Inherent impact,Response,Status,Proximity,Escalation',
      `R-1,One,Licensing & finance,${KENT_OWNER},Almost certain,Catastrophic,5 - Almost certain,5 (Severe),Tolerate,Live,within 3 months,JCOG`,
      `R-2,Two,records management,${KENT_OWNER},2.0,minor,,,Terminate,Draft,Long term,none`,
      `R-3,Three,Copilot,${KENT_OWNER},Possible,Moderate,,,Treat,Closed,now,`
    ], EMPTY, { defaultForce: 'Kent' });
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'create', 'create']);
    expect(p.rows[0].content).toMatchObject({ category: 'licensingFinance', current: sc(5, 5), inherent: sc(5, 5), response: 'accept', status: 'open', proximity: 'withinQuarter', escalation: 'jointChiefOfficers', escalatedOn: TODAY });
    expect(p.rows[1].content).toMatchObject({ category: 'storageRecords', current: sc(2, 2), inherent: null, response: 'avoid', status: 'proposed', proximity: 'beyondYear', escalation: 'none' });
    expect(p.rows[2].content).toMatchObject({ category: 'copilotGovernance', status: 'closed', closedOn: TODAY, proximity: 'imminent', response: 'reduce' });
  });

  it('takes the default force and owner when the file has no such column', () => {
    const p = plan(['Ref,Title,Topic,Likelihood,Impact', 'R-1,One,Training,4,3'], EMPTY, { defaultForce: 'Essex' });
    expect(p.rows[0].content).toMatchObject({ force: 'Essex', ownerUpn: KENT_OWNER, category: 'trainingReadiness' });
  });
});

describe('rows: what each would do', () => {
  const stored = risk({ id: 7, reference: 'K-CG-07', title: 'Oversharing', ownerUpn: KENT_OWNER, current: sc(3, 4), controls: 'Review.', etag: '"4"' });
  const existing: IExistingRegister = { risks: [stored], assessments: [] };

  it('creates new references, updates changed ones, leaves identical ones, matching references without case', () => {
    const p = plan(
      [
        'Reference,Title,Topic,Force,Owner,Likelihood,Impact,Controls',
        `K-NEW-1,New one,Copilot,Kent,${KENT_OWNER},2,2,`,
        `k-cg-07,Oversharing,Copilot,Kent,${KENT_OWNER},4,4,Review.`
      ],
      existing
    );
    expect(p.rows.map((r) => [r.reference, r.action])).toEqual([
      ['K-NEW-1', 'create'],
      ['k-cg-07', 'update']
    ]);
    expect(p.rows[1].existing).toBe(stored);
    expect(p.rows[1].changes).toEqual([
      { field: 'reference', from: 'K-CG-07', to: 'k-cg-07' },
      { field: 'currentLikelihood', from: 3, to: 4 }
    ]);
    const same = plan(['Reference,Title,Likelihood,Impact', 'K-CG-07,Oversharing,3,4'], existing);
    expect(same.rows[0].action).toBe('unchanged');
    expect(same.counts).toEqual({ create: 0, update: 0, unchanged: 1, rejected: 0 });
    expect(rowsToApply(p).map((r) => r.reference)).toEqual(['K-NEW-1', 'k-cg-07']);
  });

  it('leaves columns the file does not have as they are, clears optional text a present column leaves empty, never clears a score', () => {
    const p = plan(['Reference,Controls,Likelihood,Impact', 'K-CG-07,,,'], existing);
    expect(p.rows[0].changes).toEqual([{ field: 'controls', from: 'Review.', to: null }]);
    expect(p.rows[0].content).toMatchObject({ title: 'Oversharing', current: sc(3, 4), category: stored.category });
  });

  it('rejects bad rows with a specific message each, and they change nothing', () => {
    const p = plan(
      [
        'Reference,Title,Topic,Force,Owner,Likelihood,Impact,Score,Response,Review date',
        `,No reference,Copilot,Kent,${KENT_OWNER},2,2,,Treat,`,
        `R-2,Bad topic,Weather,Kent,${KENT_OWNER},2,2,,Treat,`,
        `R-3,Half a score,Copilot,Kent,${KENT_OWNER},2,,,Treat,`,
        `R-4,Only a score,Copilot,Kent,${KENT_OWNER},,,12,Treat,`,
        `R-5,Wrong response,Copilot,Kent,${KENT_OWNER},2,2,,Exploit,`,
        `R-6,US date,Copilot,Kent,${KENT_OWNER},2,2,,Treat,11/23/2026`,
        `R-7,Two owners,Copilot,Kent,Ruth Calder; James Pike,2,2,,Treat,`,
        `R-8,Bad impact,Copilot,Kent,${KENT_OWNER},2,Huge,,Treat,`,
        `R-9,"${'x'.repeat(256)}",Copilot,Kent,${KENT_OWNER},2,2,,Treat,`,
        `R-10,Mismatch,Copilot,Kent,${KENT_OWNER},2,2,5,Treat,`
      ],
      EMPTY
    );
    expect(p.rows.map((r) => r.action)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'create']);
    expect(p.rows.slice(0, 9).map(details)).toEqual([
      ['error: Line 2, column "Reference": every row needs a reference code.'],
      ['error: Line 3, column "Topic": "Weather" is not one of the board\u2019s seven topics (use one of: Copilot deployment and governance, Platform risk and assurance, Licensing and finance, Storage and records management, National developments, Training readiness, Benefits realisation).'],
      ['error: Line 4, column "Likelihood": a score needs both a likelihood and an impact.'],
      ['error: Line 5, column "Score": a score alone ("12") cannot be placed on the 5\u00d75: give the current likelihood and impact.'],
      ['error: Line 6, column "Response": "exploit" is not a response to a threat (avoid, reduce, transfer, share, accept).'],
      ['error: Line 7, column "Review date": "11/23/2026" is not a date (write 2026-11-23 or 23/11/2026).'],
      ['error: Line 8, column "Owner": "Ruth Calder; James Pike" is not a sign-in name; write the owner as name@force (their email), one person only.'],
      ['error: Line 9, column "Impact": "Huge" is not an impact from 1 to 5 (or Negligible, Minor, Moderate, Major, Severe).'],
      ['error: Line 10, column "Title": the title is longer than 255 characters.']
    ]);
    expect(details(p.rows[9])).toEqual(['warning: Line 11, column "Score": the score "5" is not 2 \u00d7 2 = 4; the likelihood and impact are used.']);
    expect(p.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 9 });
    expect(rowsToApply(p).map((r) => r.reference)).toEqual(['R-10']);
  });

  it('rejects a reference given twice (the later row), a new risk without a topic, and warns of extra cells', () => {
    const p = plan(['Reference,Title,Owner,Likelihood,Impact', `R-1,One,${KENT_OWNER},2,2`, `r-1,Again,${KENT_OWNER},2,2,surplus`]);
    expect(p.rows.map((r) => r.action)).toEqual(['rejected', 'rejected']);
    expect(details(p.rows[0])).toEqual(['error: Line 2: a new risk needs a topic (add a Topic column).', 'error: Line 2: the force is required.']);
    expect(details(p.rows[1])).toEqual(['warning: Line 3: more cells than headers; the extra cells are ignored.', 'error: Line 3, column "Reference": "r-1" is also on line 2; each reference may appear once.']);
  });
});

describe('joint risks', () => {
  const joint = jointRisk({ id: 20, reference: 'J-CG-20', ownerUpn: KENT_OWNER });
  const kent = assessment(20, 'Kent', sc(3, 5), { id: 201 });
  const essex = assessment(20, 'Essex', sc(4, 4), { id: 202 });
  const existing: IExistingRegister = { risks: [joint], assessments: [kent, essex] };

  it('fills each force\u2019s assessment from "<Force> …" columns, touching only the forces re-scored', () => {
    const p = plan(['Reference,Kent current likelihood,Kent current impact,Essex current likelihood,Essex current impact,Essex owner', 'J-CG-20,,,5,5,'], existing);
    const row = p.rows[0];
    expect(row.action).toBe('update');
    expect(row.changes).toEqual([]);
    expect(row.assessments.map((a) => [a.force, a.action, a.existing?.id, a.content.current, a.changes.map((c) => c.field)])).toEqual([
      ['Kent', 'unchanged', 201, sc(3, 5), []],
      ['Essex', 'update', 202, sc(5, 5), ['currentLikelihood', 'currentImpact', 'assessedOn']]
    ]);
    expect(row.assessments[1].content.assessedOn).toBe(TODAY);
    expect(row.content).toMatchObject({ current: null, inherent: null, target: null });
  });

  it('ignores plain scores on an existing joint risk, with a warning', () => {
    const p = plan(['Reference,Likelihood,Impact', 'J-CG-20,1,1'], existing);
    expect(p.rows[0].action).toBe('unchanged');
    expect(details(p.rows[0])).toEqual(['warning: Line 2, column "Likelihood": plain scores say nothing about which force re-scored; use "Kent current likelihood" style columns for a joint risk.']);
  });

  it('gives a new joint risk each force\u2019s assessment, from plain scores (with a warning) or per-force columns', () => {
    const plain = plan(['Reference,Title,Topic,Force,Owner,Likelihood,Impact', `J-NEW-1,New,Copilot,Both,${ESSEX_OWNER},3,4`]);
    expect(plain.rows[0].content).toMatchObject({ force: 'Joint', current: null });
    expect(plain.rows[0].assessments.map((a) => [a.force, a.action, a.content.current, a.content.ownerUpn])).toEqual([
      ['Kent', 'create', sc(3, 4), ESSEX_OWNER],
      ['Essex', 'create', sc(3, 4), ESSEX_OWNER]
    ]);
    expect(details(plain.rows[0])).toEqual(['warning: Line 2, column "Likelihood": a new joint risk: the plain scores are used for Kent and Essex until each force re-scores.']);
    const perForce = plan(['Reference,Title,Topic,Force,Owner,Kent current likelihood,Kent current impact,Kent owner,Essex current likelihood,Essex current impact', `J-NEW-2,New,Copilot,Joint,${ESSEX_OWNER},2,2,${KENT_OWNER},4,5`]);
    expect(perForce.rows[0].assessments.map((a) => [a.force, a.content.current, a.content.ownerUpn])).toEqual([
      ['Kent', sc(2, 2), KENT_OWNER],
      ['Essex', sc(4, 5), ESSEX_OWNER]
    ]);
    expect(details(perForce.rows[0])).toEqual([]);
  });

  it('checks a force\u2019s owner and scores, naming the force', () => {
    const p = plan(['Reference,Kent owner,Kent current likelihood,Kent current impact', 'J-CG-20,Ruth Calder,9,2'], existing);
    expect(p.rows[0].action).toBe('rejected');
    expect(details(p.rows[0])).toEqual([
      'error: Line 2, column "Kent owner": "Ruth Calder" is not a sign-in name; write Kent\'s owner as name@force.',
      'error: Line 2, column "Kent current likelihood": "9" is not a likelihood from 1 to 5 (or Rare, Unlikely, Possible, Likely, Almost certain).',
      'error: Line 2: Kent: the owner must be a sign-in name (name@force).'
    ]);
  });

  it('ignores per-force columns on a single-force risk, with a warning', () => {
    const p = plan(['Reference,Title,Topic,Force,Owner,Likelihood,Impact,Kent current likelihood', `K-1,One,Copilot,Kent,${KENT_OWNER},2,2,5`]);
    expect(p.rows[0].content?.current).toEqual(sc(2, 2));
    expect(details(p.rows[0])).toEqual(['warning: Line 2: per-force columns are read only for joint risks; this risk belongs to Kent.']);
  });
});

describe('client ids of planned creates', () => {
  it('are the same for the same row and differ when the content differs', () => {
    const a = plan([HEADER, `R-1,One,Copilot,Kent,${KENT_OWNER},2,2`]).rows[0];
    const b = plan([HEADER, `R-1,One,Copilot,Kent,${KENT_OWNER},2,2`]).rows[0];
    const c = plan([HEADER, `R-1,One,Copilot,Kent,${KENT_OWNER},2,3`]).rows[0];
    expect(importClientId(a)).toBe(importClientId(b));
    expect(importClientId(a)).not.toBe(importClientId(c));
    expect(importClientId(a)).toMatch(/^rsk-imp:r-1:[0-9a-f]{8}$/);
    expect(importClientId({ reference: 'R'.repeat(32), content: a.content }).length).toBeLessThanOrEqual(64);
  });
});
