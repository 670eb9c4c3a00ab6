import { RISK_CATEGORIES } from '../../lists/risks';
import { assessmentProblems, blocking, riskProblems } from './content';
import { scoreValue } from './scoring';
import { APPETITE_LEVEL_SCORES, starterAppetite, starterContent, starterReference, STARTER_APPETITE, STARTER_RISKS } from './starter';

const OWNER = 'Kent.Board@policing.example';

describe('starter risks', () => {
  it('cover every topic with unique codes, in plain cause → event → effect wording', () => {
    expect(new Set(STARTER_RISKS.map((r) => r.code)).size).toBe(STARTER_RISKS.length);
    expect(new Set(STARTER_RISKS.map((r) => r.category))).toEqual(new Set(RISK_CATEGORIES));
    for (const r of STARTER_RISKS) {
      expect({ code: r.code, ok: /^[A-Z]{2}-\d{2}$/.test(r.code) }).toEqual({ code: r.code, ok: true });
      for (const text of [r.title, r.cause, r.event, r.effect, r.controls]) {
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text).not.toMatch(/TODO|lorem/i);
      }
      expect(r.title.length).toBeLessThanOrEqual(80);
    }
  });

  it('carry the programme risks of the demo facts with their suggested current scores', () => {
    const byTitle = (words: RegExp): (typeof STARTER_RISKS)[number] => STARTER_RISKS.filter((r) => words.test(r.title))[0];
    expect(byTitle(/files people should not see/).current).toEqual({ likelihood: 4, impact: 5 });
    expect(byTitle(/typed into prompts/).current).toEqual({ likelihood: 3, impact: 5 });
    expect(byTitle(/made-up answer/).current).toEqual({ likelihood: 3, impact: 5 });
    expect(byTitle(/undermines a prosecution/).current).toEqual({ likelihood: 2, impact: 5 });
    expect(byTitle(/retention rules/).current).toEqual({ likelihood: 3, impact: 4 });
    expect(byTitle(/missed at disclosure/).current).toEqual({ likelihood: 2, impact: 5 });
    expect(byTitle(/go unused/).current).toEqual({ likelihood: 4, impact: 3 });
    expect(byTitle(/training completion/).current).toEqual({ likelihood: 4, impact: 3 });
    expect(byTitle(/standards change/).current).toEqual({ likelihood: 3, impact: 4 });
    expect(byTitle(/locked in/).current).toEqual({ likelihood: 3, impact: 3 });
    expect(byTitle(/overstated/).current).toEqual({ likelihood: 4, impact: 3 });
    expect(byTitle(/not covered by the agreements/).current).toEqual({ likelihood: 2, impact: 4 });
    expect(byTitle(/cut jobs/).current).toEqual({ likelihood: 3, impact: 3 });
    expect(byTitle(/environmental/).current).toEqual({ likelihood: 2, impact: 2 });
    expect(byTitle(/out-of-date policy/).current).toEqual({ likelihood: 3, impact: 3 });
  });

  it('score threats inherent ≥ current ≥ target, opportunities the other way, with a response that fits', () => {
    for (const r of STARTER_RISKS) {
      const [i, c, t] = [scoreValue(r.inherent), scoreValue(r.current), scoreValue(r.target)];
      const ordered = r.kind === 'threat' ? i >= c && c >= t : i <= c && c <= t;
      expect({ code: r.code, ordered }).toEqual({ code: r.code, ordered: true });
    }
  });

  it('become valid register content for a force, scored on the risk', () => {
    const items = starterContent({ force: 'Essex', ownerUpn: OWNER, today: '2026-11-23' });
    expect(items).toHaveLength(STARTER_RISKS.length);
    for (const item of items) {
      expect({ ref: item.content.reference, problems: riskProblems(item.content) }).toEqual({ ref: item.content.reference, problems: [] });
      expect(riskProblems({ ...item.content, status: 'open' })).toEqual([]);
    }
    expect(items[0].content).toMatchObject({ reference: 'E-CG-01', force: 'Essex', ownerUpn: 'kent.board@policing.example', status: 'proposed', reviewDate: '2026-12-21', current: { likelihood: 4, impact: 5 } });
    expect(items[0].assessments).toEqual([]);
    expect(items[0].actions.length).toBeGreaterThan(0);
  });

  it('become joint risks scored by each force, for a chosen subset', () => {
    const items = starterContent({ force: 'joint', ownerUpn: OWNER, today: '2026-11-23', reviewInDays: 7, jointForces: ['Kent', 'Essex', 'Surrey'] }, ['CG-02', 'TR-01']);
    expect(items.map((i) => i.content.reference)).toEqual(['J-CG-02', 'J-TR-01']);
    expect(items[0].content).toMatchObject({ force: 'Joint', current: null, inherent: null, target: null, reviewDate: '2026-11-30' });
    expect(items[0].assessments.map((a) => [a.force, a.current])).toEqual([
      ['Kent', { likelihood: 3, impact: 5 }],
      ['Essex', { likelihood: 3, impact: 5 }],
      ['Surrey', { likelihood: 3, impact: 5 }]
    ]);
    for (const item of items) {
      expect(blocking(riskProblems(item.content))).toEqual([]);
      item.assessments.forEach((a) => expect(assessmentProblems(a, item.content.kind)).toEqual([]));
    }
  });

  it('names references by force', () => {
    expect([starterReference('CG-01', 'Joint'), starterReference('CG-01', 'kent'), starterReference('CG-01', 'Essex'), starterReference('CG-01', 'Surrey')]).toEqual(['J-CG-01', 'K-CG-01', 'E-CG-01', 'S-CG-01']);
  });
});

describe('starter appetite', () => {
  it('suggests one Orange Book level per topic, as a highest acceptable score', () => {
    expect(STARTER_APPETITE.map((a) => a.category)).toEqual([...RISK_CATEGORIES]);
    expect(APPETITE_LEVEL_SCORES).toEqual({ averse: 4, minimal: 6, cautious: 9, open: 12, eager: 16 });
    expect(starterAppetite().map((a) => [a.category, a.force, a.maxScore])).toEqual([
      ['copilotGovernance', null, 9],
      ['platformAssurance', null, 6],
      ['licensingFinance', null, 12],
      ['storageRecords', null, 6],
      ['nationalDevelopments', null, 9],
      ['trainingReadiness', null, 12],
      ['benefitsRealisation', null, 12]
    ]);
  });
});
