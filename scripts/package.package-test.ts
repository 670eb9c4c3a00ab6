import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { validateTeamsManifest } from './teamsSchema';

// Runs after `gulp package-solution --ship` (npm test does both): checks what a tenant admin would upload.
const solutionDir = path.join(__dirname, '..', 'sharepoint', 'solution');

interface IComponentManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  hiddenFromToolbox?: boolean;
  loaderConfig: { scriptResources: Record<string, { type: string; path?: string }> };
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('the shipped .sppkg', () => {
  let pkg: JSZip;
  let components: IComponentManifest[];

  beforeAll(async () => {
    const file = fs.readdirSync(solutionDir).filter((f) => f.endsWith('.sppkg'))[0];
    if (!file) {
      throw new Error(`No .sppkg in ${solutionDir}: run npm run package first`);
    }
    pkg = await JSZip.loadAsync(fs.readFileSync(path.join(solutionDir, file)));
    const webPartFiles = Object.keys(pkg.files).filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
    components = await Promise.all(
      webPartFiles.map(async (name) => {
        const xml = await pkg.file(name)!.async('string');
        const match = /ComponentManifest="([^"]*)"/.exec(xml);
        if (!match) throw new Error(`${name} has no ComponentManifest`);
        return JSON.parse(decodeXmlAttribute(match[1])) as IComponentManifest;
      })
    );
  });

  it('contains the five web parts with their Teams hosts', () => {
    expect(components.map((c) => c.alias).sort()).toEqual([
      'EvaluationSurveyWebPart',
      'RiskRegisterWebPart',
      'SolutionsCatalogueWebPart',
      'SuiteWebPart',
      'TrainingTrackerWebPart'
    ]);
    for (const c of components) {
      expect(c.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
      if (c.alias !== 'SuiteWebPart') {
        expect(c.supportedHosts).toEqual(expect.arrayContaining(['TeamsPersonalApp', 'SharePointFullPage']));
      }
    }
  });

  it('carries every script its components load', () => {
    for (const c of components) {
      for (const resource of Object.values(c.loaderConfig.scriptResources)) {
        if (resource.type === 'path' && resource.path) {
          expect(pkg.file(`ClientSideAssets/${resource.path}`)).not.toBeNull();
        }
      }
    }
  });

  it('carries the suite Teams app, whose manifest passes the Teams schema', async () => {
    const teamsZipFile = pkg.file('ClientSideAssets/TeamsSPFxApp.zip');
    expect(teamsZipFile).not.toBeNull();
    const teamsZip = await JSZip.loadAsync(await teamsZipFile!.async('nodebuffer'));
    const manifest = JSON.parse(await teamsZip.file('manifest.json')!.async('string')) as {
      configurableTabs: Array<{ configurationUrl: string }>;
      staticTabs: Array<{ entityId: string }>;
    };
    const result = validateTeamsManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(teamsZip.file('color.png')).not.toBeNull();
    expect(teamsZip.file('outline.png')).not.toBeNull();
    const suite = components.filter((c) => c.alias === 'SuiteWebPart')[0];
    expect(manifest.configurableTabs[0].configurationUrl).toContain(suite.id);
    const released = components.filter((c) => c.alias !== 'SuiteWebPart' && !c.hiddenFromToolbox).map((c) => c.id);
    expect(manifest.staticTabs.map((t) => t.entityId).sort()).toEqual(released.sort());
  });
});
