import { catalogueSettings, defaultFilterError, filterValues, policyUrlError, resolveCatalogueSettings } from './settings';
import { partDefinition } from '../shared/partCatalog';

describe('solutions catalogue settings', () => {
  it('reads default filter values separated by semicolons, commas or lines, each once', () => {
    expect(filterValues(' Response; Contact management ,\nresponse;; ')).toEqual(['Response', 'Contact management']);
    expect(filterValues('')).toEqual([]);
    expect(filterValues(undefined)).toEqual([]);
  });

  it('refuses too many default values or a value too long to be a name', () => {
    expect(defaultFilterError('Response; CID / local investigation')).toBe('');
    expect(defaultFilterError(Array.from({ length: 11 }, (_x, i) => `Department ${i}`).join(';'))).toBe('Enter at most 10 values.');
    expect(defaultFilterError('x'.repeat(101))).toBe('Each value is at most 100 characters. Separate values with semicolons.');
  });

  it('accepts only an https address (or nothing) as the acceptable use policy', () => {
    expect(policyUrlError('')).toBe('');
    expect(policyUrlError('  https://intranet.kent.police.uk/policies/acceptable-use  ')).toBe('');
    expect(policyUrlError('http://intranet.kent.police.uk/aup')).toBe('The address must start with https://.');
    // eslint-disable-next-line no-script-url -- RATIONALE: the hostile value the validator must refuse
    expect(policyUrlError('javascript:alert(1)')).toBe('The address must start with https://.');
    expect(policyUrlError('intranet/aup')).toBe('Enter a full web address, such as https://intranet.example/policies/acceptable-use, or leave the box empty.');
    expect(policyUrlError('https://user:secret@intranet.example/aup')).toBe('Enter a full web address, such as https://intranet.example/policies/acceptable-use, or leave the box empty.');
  });

  it('opens submissions and questions, in cards, with no filters and no policy link when nothing is set', () => {
    expect(resolveCatalogueSettings({})).toEqual({ departments: [], products: [], layout: 'cards', submissionsOpen: true, questionsOpen: true, policyUrl: undefined });
  });

  it('applies what is set, and ignores values that fail validation rather than half-applying them', () => {
    expect(
      resolveCatalogueSettings({
        defaultDepartments: 'Response; Contact management',
        defaultProducts: 'Copilot in Outlook',
        layout: 'list',
        submissionsClosed: true,
        questionsClosed: false,
        policyUrl: 'https://intranet.example/aup'
      })
    ).toEqual({
      departments: ['Response', 'Contact management'],
      products: ['Copilot in Outlook'],
      layout: 'list',
      submissionsOpen: false,
      questionsOpen: true,
      policyUrl: 'https://intranet.example/aup'
    });
    expect(resolveCatalogueSettings({ policyUrl: 'http://intranet.example/aup', defaultProducts: 'y'.repeat(120), layout: 'grid' as 'cards' })).toMatchObject({
      policyUrl: undefined,
      products: [],
      layout: 'cards'
    });
  });

  it('is the catalogue part\u2019s property pane, with the shared data site group after its own', () => {
    const page = partDefinition('solutionsCatalogue').settings();
    expect(page.groups.map((g) => g.name)).toEqual(['Solutions catalogue', 'Data']);
    expect(catalogueSettings().fields.map((f) => `${f.kind}:${f.key}`)).toEqual([
      'text:defaultDepartments',
      'text:defaultProducts',
      'dropdown:layout',
      'toggle:submissionsClosed',
      'toggle:questionsClosed',
      'text:policyUrl'
    ]);
    const policy = catalogueSettings().fields.filter((f) => f.key === 'policyUrl')[0];
    expect(policy.kind === 'text' && policy.validate !== undefined ? policy.validate('ftp://x') : 'no validator').toBe('The address must start with https://.');
  });
});
