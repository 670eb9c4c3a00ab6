import * as fs from 'fs';
import * as path from 'path';
import { pngSize, validateTeamsManifest } from './teamsSchema';
import { SUITE_TEAMS_APP_ID } from '../src/ui/host/hostContext';

// eslint-disable-next-line @typescript-eslint/no-var-requires -- RATIONALE: the generator is a plain Node script shared with the gulpfile.
const teamsApp = require('./teams-app') as {
  buildTeamsManifest(root: string): Record<string, unknown>;
  webPartManifests(root: string): Array<{ id: string; alias: string; hiddenFromToolbox?: boolean; supportedHosts: string[] }>;
};

const root = path.join(__dirname, '..');

describe('Teams app manifest', () => {
  const manifest = teamsApp.buildTeamsManifest(root) as {
    staticTabs: Array<{ entityId: string; contentUrl: string }>;
    configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
    version: string;
  };

  it('passes the Teams v1.17 manifest schema', () => {
    const result = validateTeamsManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has the app id the parts put in Teams deep links when Teams does not say it', () => {
    expect((manifest as unknown as { id: string }).id).toBe(SUITE_TEAMS_APP_ID);
  });

  it('fails the schema when a required field is missing (the check can fail)', () => {
    const broken: Record<string, unknown> = { ...manifest };
    delete broken.developer;
    expect(validateTeamsManifest(broken).valid).toBe(false);
  });

  it('has exactly one channel tab, hosting the Suite web part', () => {
    const suite = teamsApp.webPartManifests(root).filter((p) => p.alias === 'SuiteWebPart')[0];
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`componentId=${suite.id}`);
    expect(manifest.configurableTabs[0].configurationUrl).toContain('openPropertyPane=true');
  });

  it('has a personal tab for each released part and none for hidden ones', () => {
    const released = teamsApp
      .webPartManifests(root)
      .filter((p) => p.alias !== 'SuiteWebPart' && !p.hiddenFromToolbox && p.supportedHosts.indexOf('TeamsPersonalApp') >= 0)
      .map((p) => p.id);
    expect(manifest.staticTabs.map((t) => t.entityId).sort()).toEqual(released.sort());
    for (const tab of manifest.staticTabs) {
      expect(tab.contentUrl).toContain(`componentId=${tab.entityId}`);
    }
  });

  it('takes its version from the solution version', () => {
    const solution = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } };
    expect(solution.solution.version.startsWith(`${manifest.version}.`)).toBe(true);
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(pngSize(fs.readFileSync(path.join(root, 'teams', 'color.png')))).toEqual({ width: 192, height: 192 });
    expect(pngSize(fs.readFileSync(path.join(root, 'teams', 'outline.png')))).toEqual({ width: 32, height: 32 });
  });
});
