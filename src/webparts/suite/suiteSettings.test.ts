import { settingsOnSwitch, suiteSettings } from './suiteSettings';

const fieldKeys = (part?: Parameters<typeof suiteSettings>[0]): string[] => suiteSettings(part).groups.flatMap((g) => g.fields.map((f) => f.key));
const optionsOf = (part: Parameters<typeof suiteSettings>[0], key: string): string[] => {
  const field = suiteSettings(part)
    .groups.flatMap((g) => g.fields)
    .find((f) => f.key === key);
  return field?.kind === 'dropdown' ? field.options.map((o) => o.key) : [];
};

describe('Suite part settings (the Teams channel tab)', () => {
  it('asks only for the part and the data site until a part is chosen', () => {
    expect(fieldKeys()).toEqual(['part', 'dataSiteUrl']);
    expect(optionsOf(undefined, 'part')).toEqual(['trainingTracker', 'solutionsCatalogue', 'riskRegister', 'evaluationSurvey']);
  });

  it('offers the chosen part’s own settings, with the view it opens on, and the data site once', () => {
    expect(optionsOf('trainingTracker', 'defaultView')).toEqual(['my', 'team', 'dashboard', 'modules']);
    expect(optionsOf('riskRegister', 'defaultView')).toEqual(['register', 'heatMap', 'board']);
    expect(optionsOf('evaluationSurvey', 'mode')).toEqual(['respond', 'results', 'benefits']);
    expect(fieldKeys('solutionsCatalogue')).toEqual(expect.arrayContaining(['part', 'layout', 'policyUrl', 'dataSiteUrl']));
    for (const part of ['trainingTracker', 'solutionsCatalogue', 'riskRegister', 'evaluationSurvey'] as const) {
      expect([part, fieldKeys(part).filter((k) => k === 'dataSiteUrl').length, fieldKeys(part)[0]]).toEqual([part, 1, 'part']);
    }
  });

  it('starts a newly chosen part from its own defaults, so a risk view never reaches the training tracker', () => {
    const fromRisks = { part: 'trainingTracker', defaultView: 'heatMap', defaultTopic: 'security', dataSiteUrl: 'https://contoso.sharepoint.com/sites/data' };
    expect(settingsOnSwitch(fromRisks)).toEqual({ part: 'trainingTracker', dataSiteUrl: 'https://contoso.sharepoint.com/sites/data' });
    expect(settingsOnSwitch({ part: 'riskRegister', mode: 'results' })).toEqual({ part: 'riskRegister' });
  });
});
