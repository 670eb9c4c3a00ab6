import { RISK_CATEGORIES } from '../../lists/risks';
import { partDefinition } from '../shared/partCatalog';
import { defaultForceViewError, defaultTopicError, defaultViewError, forceViewName, resolveRiskSettings, riskRegisterSettings, SETTINGS_TOPICS } from './settings';

describe('risk register settings', () => {
  it('offers exactly the register\u2019s seven topics, in agenda order', () => {
    expect(SETTINGS_TOPICS).toEqual([...RISK_CATEGORIES]);
  });

  it('opens on the whole register, every topic, the programme\u2019s view when nothing is set', () => {
    expect(resolveRiskSettings({})).toEqual({ topic: undefined, forceView: 'combined', startView: 'register' });
    expect(resolveRiskSettings({ defaultTopic: '', defaultForceView: '', defaultView: '' })).toEqual({ topic: undefined, forceView: 'combined', startView: 'register' });
  });

  it('applies what is set', () => {
    expect(resolveRiskSettings({ defaultTopic: 'licensingFinance', defaultForceView: 'Essex', defaultView: 'heatMap' })).toEqual({ topic: 'licensingFinance', forceView: 'Essex', startView: 'heatMap' });
    expect(resolveRiskSettings({ defaultForceView: 'Joint' }).forceView).toBe('Joint');
  });

  it('refuses values it does not know, and ignores them rather than half-applying them', () => {
    // A topic removed since, a force the view selector does not offer, a view that does not exist (typed into the page's JSON).
    expect(defaultTopicError('copilot')).toBe('This topic is not one of the board\u2019s seven topics. Choose a topic, or every topic.');
    expect(defaultTopicError('benefitsRealisation')).toBe('');
    expect(defaultForceViewError('Surrey')).toBe('Choose All, Kent, Essex or Joint.');
    expect(defaultForceViewError('kent')).toBe('Choose All, Kent, Essex or Joint.');
    expect(defaultForceViewError('Kent')).toBe('');
    expect(defaultViewError('raid')).toBe('Choose the register, the heat map or the board.');
    expect(resolveRiskSettings({ defaultView: 'board' }).startView).toBe('board');
    expect(defaultViewError(' heatMap ')).toBe('');
    expect(resolveRiskSettings({ defaultTopic: 'copilot', defaultForceView: 'Surrey', defaultView: 'raid' })).toEqual({ topic: undefined, forceView: 'combined', startView: 'register' });
  });

  it('is the risk register part\u2019s property pane, with the shared data site group after its own', () => {
    const page = partDefinition('riskRegister').settings();
    expect(page.groups.map((g) => g.name)).toEqual(['Risk register', 'Data']);
    expect(page.groups[1].fields.map((f) => f.key)).toEqual(['dataSiteUrl']);
    const fields = riskRegisterSettings().fields;
    expect(fields.map((f) => `${f.kind}:${f.key}`)).toEqual(['dropdown:defaultView', 'dropdown:defaultTopic', 'dropdown:defaultForceView']);
    const options = (key: string): string[] => {
      const field = fields.filter((f) => f.key === key)[0];
      return field.kind === 'dropdown' ? field.options.map((o) => `${o.key}=${o.text}`) : [];
    };
    expect(options('defaultView')).toEqual(['register=Register', 'heatMap=Heat map', 'board=Board']);
    expect(options('defaultTopic')[0]).toBe('=Every topic');
    expect(options('defaultTopic')).toHaveLength(8);
    expect(options('defaultTopic')[3]).toBe('licensingFinance=Licensing and finance');
    expect(options('defaultForceView')).toEqual(['combined=All (programme, worst force on joint risks)', 'Kent=Kent', 'Essex=Essex', 'Joint=Joint']);
    // Released with issue 9: in the toolbox, offered by the Suite part.
    expect(partDefinition('riskRegister').released).toBe(true);
    expect(forceViewName('combined')).toBe('All (programme, worst force on joint risks)');
  });
});
