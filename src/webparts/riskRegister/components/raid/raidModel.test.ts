import * as strings from 'SuiteStrings';
import { planRiskImport, raidFromFields, raidToFields, threeWay, RAID_FIELD_KEYS, type IImportProblem, type IRaidContent, type IRiskImportPlan } from '../../../../domain/risks';
import { action, jointRisk, KENT_OWNER, raid, risk, TODAY } from '../../../../domain/risks/testing';
import {
  actionDraftOf,
  actionDraftProblems,
  blankActionDraft,
  blankRaidDraft,
  cellReader,
  filterActions,
  filterRaid,
  ALL_ACTIONS,
  ALL_RAID,
  IMPORT_TEMPLATE_HEADERS,
  looksBinary,
  matchingRisks,
  nextRaidReference,
  raidContentOf,
  raidDraftOf,
  raidDraftProblems,
  resolveRaid
} from './raidModel';
import { fieldName, importProblemPlace, importProblemText, problemText, valueText } from './raidText';

describe('RAID drafts', () => {
  it('suggests the next reference for a type from the highest number held', () => {
    const items = [raid({ reference: 'A-02' }), raid({ reference: 'a-11' }), raid({ reference: 'AS-40' }), raid({ reference: 'I-3' })];
    expect(nextRaidReference('action', items)).toBe('A-12');
    expect(nextRaidReference('assumption', items)).toBe('AS-41');
    expect(nextRaidReference('issue', items)).toBe('I-04');
    expect(nextRaidReference('decision', items)).toBe('D-01');
  });

  it('names each problem at its field, in the form\u2019s order; a date that does not read is never dropped', () => {
    const held = raid({ id: 7, reference: 'A-01' });
    const draft = { ...blankRaidDraft('action', [held], 'Ruth Calder', TODAY), reference: 'a-01', dueDate: '31/02/2026', status: 'closed' as const };
    expect(raidDraftProblems(draft, [held], null)).toEqual([
      { field: 'reference', code: 'referenceTaken' },
      { field: 'title', code: 'required' },
      { field: 'category', code: 'required' },
      { field: 'force', code: 'required' },
      { field: 'ownerUpn', code: 'notASignInName' },
      { field: 'dueDate', code: 'invalidDate' },
      { field: 'closedOn', code: 'required' }
    ]);
    // Its own reference is not "taken" when editing the item.
    expect(raidDraftProblems({ ...raidDraftOf(held) }, [held], 7)).toEqual([]);
    expect(raidContentOf({ ...raidDraftOf(held), dueDate: '2026-12-01', priority: '' })).toMatchObject({ dueDate: '2026-12-01', priority: null });
  });

  it('checks actions: a linked risk, a sign-in name, and the day a done action was completed', () => {
    expect(actionDraftProblems(blankActionDraft('someone'))).toEqual([
      { field: 'title', code: 'required' },
      { field: 'riskIds', code: 'required' },
      { field: 'ownerUpn', code: 'notASignInName' }
    ]);
    expect(actionDraftProblems({ ...actionDraftOf(action([1])), status: 'done', completedOn: 'yesterday' })).toEqual([{ field: 'completedOn', code: 'invalidDate' }]);
    expect(actionDraftProblems({ ...actionDraftOf(action([1])), status: 'done', completedOn: '' })).toEqual([{ field: 'completedOn', code: 'required' }]);
    expect(problemText({ field: 'riskIds', code: 'required' })).toBe(strings.RiskRaidProblemRisksRequired);
    expect(problemText({ field: 'closedOn', code: 'required' })).toBe(strings.RiskRaidProblemClosedOnRequired);
  });

  it('resolves a conflict three ways, never losing the other person\u2019s changes unless asked', () => {
    const base: IRaidContent = raid({ title: 'Old', ownerUpn: KENT_OWNER, description: '' });
    const mine: IRaidContent = { ...base, title: 'Mine', description: 'My note' };
    const theirs: IRaidContent = { ...base, title: 'Theirs', ownerUpn: 'essex.board@policing.example' };
    const diff = threeWay(raidToFields(base), raidToFields(mine), raidToFields(theirs), RAID_FIELD_KEYS as Array<keyof ReturnType<typeof raidToFields> & string>);
    const merged = raidFromFields(diff.merged);
    expect(diff.conflicts.map((c) => c.field)).toEqual(['title']);
    expect(resolveRaid(theirs, merged, mine, diff.conflicts, 'mergeTheirs')).toMatchObject({ title: 'Theirs', ownerUpn: 'essex.board@policing.example', description: 'My note' });
    expect(resolveRaid(theirs, merged, mine, diff.conflicts, 'mergeMine')).toMatchObject({ title: 'Mine', ownerUpn: 'essex.board@policing.example', description: 'My note' });
    expect(resolveRaid(theirs, merged, mine, diff.conflicts, 'theirs')).toMatchObject({ title: 'Theirs', description: '' });
  });
});

describe('the logs\u2019 filters', () => {
  it('filters RAID items by type, status, owner and overdue, in reference order', () => {
    const items = [
      raid({ reference: 'I-10', dueDate: '2026-11-01' }),
      raid({ reference: 'I-2', dueDate: '2026-11-01', status: 'closed', closedOn: '2026-11-02' }),
      raid({ reference: 'D-1', type: 'decision', ownerUpn: 'essex.board@policing.example', dueDate: '2026-12-01' })
    ];
    expect(filterRaid(items, ALL_RAID, TODAY).map((i) => i.reference)).toEqual(['D-1', 'I-2', 'I-10']);
    expect(filterRaid(items, { ...ALL_RAID, overdueOnly: true }, TODAY).map((i) => i.reference)).toEqual(['I-10']);
    expect(filterRaid(items, { ...ALL_RAID, status: 'active' }, TODAY).map((i) => i.reference)).toEqual(['D-1', 'I-10']);
    expect(filterRaid(items, { ...ALL_RAID, type: 'issue', owner: KENT_OWNER }, TODAY).map((i) => i.reference)).toEqual(['I-2', 'I-10']);
  });

  it('filters actions, soonest due first', () => {
    const actions = [action([1], { title: 'Later', dueDate: '2026-12-20' }), action([1], { title: 'Late', dueDate: '2026-11-20' }), action([1], { title: 'Done', dueDate: '2026-11-01', status: 'done', completedOn: '2026-11-02' })];
    expect(filterActions(actions, ALL_ACTIONS, TODAY).map((a) => a.title)).toEqual(['Done', 'Late', 'Later']);
    expect(filterActions(actions, { ...ALL_ACTIONS, overdueOnly: true }, TODAY).map((a) => a.title)).toEqual(['Late']);
  });

  it('finds risks to link by reference first, then title, leaving out those linked', () => {
    const risks = [risk({ id: 1, reference: 'K-10', title: 'Audit logs' }), risk({ id: 2, reference: 'J-CG-01', title: 'Oversharing K-1 style' }), risk({ id: 3, reference: 'K-2', title: 'Licences' })];
    expect(matchingRisks(risks, 'k-', []).map((r) => r.reference)).toEqual(['K-2', 'K-10', 'J-CG-01']);
    expect(matchingRisks(risks, 'k-', [3]).map((r) => r.reference)).toEqual(['K-10', 'J-CG-01']);
    expect(matchingRisks(risks, '  ', [])).toEqual([]);
  });
});

describe('the import\u2019s messages', () => {
  const plan = (text: string): IRiskImportPlan => planRiskImport(text, { risks: [risk({ reference: 'K-1' }), jointRisk({ reference: 'J-1' })], assessments: [] }, { today: TODAY, defaultOwnerUpn: KENT_OWNER });

  it('reads the template\u2019s every heading as a register column', () => {
    const p = plan(IMPORT_TEMPLATE_HEADERS.join(','));
    expect(p.ok).toBe(true);
    expect(p.problems).toEqual([]);
    expect(p.columns.every((c) => c.column !== null || c.force !== null)).toBe(true);
  });

  it('words every problem code in the user\u2019s language, quoting the cell from the file', () => {
    const files = [
      '',
      'Title\nx',
      'Ref,Likelihood,Residual likelihood\nR-1,2,3',
      'Ref,Title\nR-1,"never closed',
      'Ref,Title\nR-1,a"b',
      'Ref,Title\nR-1,"a"b',
      [
        'Reference,Title,Topic,Force,Owner,Likelihood,Impact,Score,Review date,Response,Kent current likelihood,Kent current impact,Notes',
        'K-1,Extra,Platform,Kent,kent.board@policing.example,2,2,5,,reduce,,,,x',
        ',No ref,Platform,Kent,kent.board@policing.example,2,2,,,,,,',
        'K-1,Again,Platform,Kent,kent.board@policing.example,2,2,,,,,,',
        'K-3,Bad,Weather,Kent,Ruth Calder,9,,,32/13/2026,,,,',
        'K-4,Score only,Licensing,Kent,kent.board@policing.example,,,12,,,,,',
        'K-5,Half a score,Licensing,Kent,kent.board@policing.example,2,,,,,,,',
        'K-6,Per force on Kent,Licensing,Kent,kent.board@policing.example,2,2,,,,3,3,',
        'J-1,Joint held,Licensing,Joint,kent.board@policing.example,2,2,,,,,,'
      ].join('\n'),
      'Reference,Title,Owner,Likelihood,Impact\nK-7,No topic,kent.board@policing.example,2,2',
      'Reference,Title,Topic,Force,Owner,Likelihood,Impact\nJ-5,Joint new,Licensing,Joint,kent.board@policing.example,2,2'
    ];
    const seen = new Set<string>();
    for (const text of files) {
      const p = plan(text);
      const cells = cellReader(text, p);
      const all: IImportProblem[] = [...p.problems, ...p.rows.flatMap((r) => r.problems)];
      for (const problem of all) {
        seen.add(problem.key);
        const message = importProblemText(problem, cells(problem), p);
        // The data layer's English detail is never shown as it is ("The file is empty." reads the same in both).
        if (problem.key !== 'risks.import.empty') expect(message).not.toBe(problem.detail);
        expect(message).not.toMatch(/\{\d\}|undefined/);
        expect(importProblemPlace(problem)).not.toMatch(/\{\d\}|undefined/);
      }
    }
    const codes = [
      'empty',
      'noReferenceColumn',
      'duplicateColumn',
      'ignoredColumn',
      'unterminatedQuote',
      'quoteInUnquotedField',
      'textAfterClosingQuote',
      'extraCells',
      'referenceRequired',
      'duplicateReference',
      'categoryRequired',
      'unknownValue',
      'invalidLevel',
      'invalidDate',
      'scoreIncomplete',
      'scoreWithoutLevels',
      'scoreMismatch',
      'ownerNotSignInName',
      'jointPlainScoresIgnored',
      'jointScoresCopied',
      'forceScoresIgnored'
    ];
    expect(codes.filter((c) => !seen.has(`risks.import.${c}`))).toEqual([]);
  });

  it('quotes the value in the file and says which line held the reference first', () => {
    const text = ['Reference,Title,Topic,Owner,Likelihood,Impact', 'K-9,One,Licensing,kent.board@policing.example,2,2', 'K-9,Two,Licensing,kent.board@policing.example,2,2', 'K-8,Three,Weather,kent.board@policing.example,2,2'].join('\n');
    const p = plan(text);
    const cells = cellReader(text, p);
    const [dup] = p.rows[1].problems;
    expect(importProblemText(dup, cells(dup), p)).toBe('\u201cK-9\u201d is also on line 2: each reference may appear once.');
    const [topic] = p.rows[2].problems;
    expect(`${importProblemPlace(topic)}: ${importProblemText(topic, cells(topic), p)}`).toMatch(/^Line 4, column \u201cTopic\u201d: \u201cWeather\u201d is not accepted here\. Use Copilot deployment and governance, /);
  });

  it('names columns and values as people read them', () => {
    expect(fieldName('Kent ownerUpn')).toBe('Kent: Owner');
    expect(fieldName('currentLikelihood')).toBe('Current likelihood');
    expect(valueText('category', 'licensingFinance', 'en-GB', () => '')).toBe('Licensing and finance');
    expect(valueText('reviewDate', '2026-12-07', 'en-GB', () => '')).toBe('7 December 2026');
    expect(valueText('riskIds', ';4;9;', 'en-GB', (ids) => `refs of ${ids}`)).toBe('refs of ;4;9;');
    expect(valueText('description', null, 'en-GB', () => '')).toBe('(empty)');
  });

  it('tells an Excel workbook from text', () => {
    expect(looksBinary('PK\u0003\u0004\u0014\u0000')).toBe(true);
    expect(looksBinary('Reference,Title\r\nK-1,x')).toBe(false);
  });
});
