import { surveyKeyError, surveySettings } from './settings';
import { defaultSurvey, respondWave } from './components/EvaluationSurveyApp';
import { partDefinition } from '../shared/partCatalog';
import { copilotTemplate } from '../../domain/survey/template';
import { wave } from '../../domain/survey/testing';
import type { ISurvey } from '../../data/SurveyRepository';
import type { IWave } from '../../domain/survey/types';

function survey(id: number, waves: IWave[], overrides: Partial<ISurvey> = {}): ISurvey {
  return {
    id,
    etag: '"1"',
    problem: undefined,
    key: `survey-${id}`,
    title: `Survey ${id}`,
    description: '',
    questionnaire: copilotTemplate(),
    waves,
    forces: [],
    minGroupSize: 10,
    ...overrides
  };
}

const BASELINE = wave({ id: 'baseline', kind: 'baseline', opensOn: '2026-09-01', closesOn: '2026-09-19' });
const MONTH1 = wave({ id: 'month1', kind: 'month1', opensOn: '2026-11-02', closesOn: '2026-11-20' });
const MONTH3 = wave({ id: 'month3', kind: 'month3', opensOn: '2027-01-04', closesOn: '2027-01-22' });

describe('evaluation survey settings', () => {
  it('is the survey part\u2019s property pane: the view it opens on and the survey, then the shared data site group', () => {
    const page = partDefinition('evaluationSurvey').settings();
    expect(page.groups.map((g) => g.name)).toEqual(['Survey', 'Data']);
    const fields = surveySettings().fields;
    expect(fields.map((f) => `${f.kind}:${f.key}`)).toEqual(['dropdown:mode', 'text:surveyKey']);
    const mode = fields[0];
    expect(mode.kind === 'dropdown' ? mode.options.map((o) => o.key) : []).toEqual(['respond', 'results', 'benefits']);
    const key = fields[1];
    expect(key.kind === 'text' && key.validate !== undefined ? key.validate('Copilot Evaluation') : 'no validator').toMatch(/lower-case letters, digits and hyphens/);
  });

  it('takes an empty survey code (the newest offered) or a code of 2 to 64 lower-case letters, digits and hyphens', () => {
    expect(surveyKeyError('')).toBe('');
    expect(surveyKeyError('   ')).toBe('');
    expect(surveyKeyError(' copilot-evaluation ')).toBe('');
    expect(surveyKeyError('w2')).toBe('');
    expect(surveyKeyError('a'.repeat(64))).toBe('');
    for (const bad of ['a', 'a'.repeat(65), 'Copilot', '-copilot', 'copilot_evaluation', 'copilot evaluation', "x' or 1 eq 1"]) {
      expect(surveyKeyError(bad)).toBe('A survey code has 2 to 64 lower-case letters, digits and hyphens, for example copilot-evaluation.');
    }
  });

  it('opens the newest survey offered to the person\u2019s force with a wave open today, else one that has opened, else the newest', () => {
    const joint = survey(1, [BASELINE, MONTH1]);
    const kentOnly = survey(2, [MONTH1], { forces: ['Kent'] });
    const future = survey(3, [MONTH3]);
    const broken = survey(4, [MONTH1], { problem: 'unreadableWaves' });
    const all = [joint, kentOnly, future, broken];
    expect(defaultSurvey(all, 'Kent', '2026-11-10')?.id).toBe(2);
    expect(defaultSurvey(all, 'kent', '2026-11-10')?.id).toBe(2);
    expect(defaultSurvey(all, 'Essex', '2026-11-10')?.id).toBe(1);
    // Nothing open: the newest that has opened, never the one not yet opened.
    expect(defaultSurvey(all, 'Essex', '2026-12-01')?.id).toBe(1);
    // Nothing has opened yet: the newest offered.
    expect(defaultSurvey([future, survey(5, [MONTH3], { forces: ['Kent'] })], 'Essex', '2026-08-01')?.id).toBe(3);
    // A survey whose stored JSON cannot be read is offered to nobody.
    expect(defaultSurvey([broken], 'Essex', '2026-11-10')).toBeUndefined();
  });

  it('answers the wave open today, else the next to open, else the last to close', () => {
    const s = survey(1, [MONTH3, BASELINE, MONTH1]);
    expect(respondWave(s, '2026-11-10')?.id).toBe('month1');
    expect(respondWave(s, '2026-11-20')?.id).toBe('month1');
    expect(respondWave(s, '2026-11-21')?.id).toBe('month3');
    expect(respondWave(s, '2026-08-01')?.id).toBe('baseline');
    expect(respondWave(s, '2027-02-01')?.id).toBe('month3');
    expect(respondWave(survey(2, []), '2026-11-10')).toBeUndefined();
  });
});
