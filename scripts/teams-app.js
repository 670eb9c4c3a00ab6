'use strict';
// Builds the suite's Teams app manifest from the web part manifests and config/teams-app.json, and zips it
// with the icons as teams/TeamsSPFxApp.zip, which package-solution copies into the .sppkg. SharePoint's own
// "Sync to Teams" would only generate a manifest for the first Teams-capable web part; the suite needs one
// app with a personal tab per released part and one channel tab (the Suite web part).
const fs = require('fs');
const path = require('path');

const SUITE_ALIAS = 'SuiteWebPart';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every web part manifest under src/webparts, sorted by alias so the output is stable. */
function webPartManifests(root) {
  const dir = path.join(root, 'src', 'webparts');
  const found = [];
  for (const folder of fs.readdirSync(dir)) {
    const full = path.join(dir, folder);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full)) {
      if (file.endsWith('.manifest.json')) found.push(readJson(path.join(full, file)));
    }
  }
  return found.sort((a, b) => a.alias.localeCompare(b.alias));
}

function teamsVersion(root) {
  // Teams wants semver (x.y.z); the solution version is x.y.z.w.
  const v = readJson(path.join(root, 'config', 'package-solution.json')).solution.version;
  return v.split('.').slice(0, 3).join('.');
}

function personalTabUrl(componentId) {
  return `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`;
}

function configurationUrl(componentId) {
  return `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`;
}

function buildTeamsManifest(root) {
  const app = readJson(path.join(root, 'config', 'teams-app.json'));
  const parts = webPartManifests(root);
  const suite = parts.find((p) => p.alias === SUITE_ALIAS);
  if (!suite) throw new Error(`No ${SUITE_ALIAS} manifest found`);
  const personal = parts.filter(
    (p) => p.alias !== SUITE_ALIAS && !p.hiddenFromToolbox && (p.supportedHosts || []).includes('TeamsPersonalApp')
  );
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${app.manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion: app.manifestVersion,
    version: teamsVersion(root),
    id: app.id,
    developer: app.developer,
    name: { short: app.shortName, full: app.fullName },
    description: { short: app.shortDescription, full: app.fullDescription },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: app.accentColor,
    staticTabs: personal.map((p) => ({
      entityId: p.id,
      name: p.preconfiguredEntries[0].title.default,
      contentUrl: personalTabUrl(p.id),
      scopes: ['personal']
    })),
    configurableTabs: [
      {
        configurationUrl: configurationUrl(suite.id),
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat']
      }
    ],
    validDomains: ['*.login.microsoftonline.com', '*.sharepoint.com', 'spoprod-a.akamaihd.net', 'resourceseeker.azurewebsites.net'],
    webApplicationInfo: { resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' }
  };
}

async function writeTeamsPackage(root) {
  const JSZip = require('jszip');
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical between builds of the same sources.
  const options = { date: new Date(Date.UTC(2026, 0, 1)) };
  zip.file('manifest.json', JSON.stringify(buildTeamsManifest(root), null, 2), options);
  zip.file('color.png', fs.readFileSync(path.join(root, 'teams', 'color.png')), options);
  zip.file('outline.png', fs.readFileSync(path.join(root, 'teams', 'outline.png')), options);
  const out = path.join(root, 'teams', 'TeamsSPFxApp.zip');
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.writeFileSync(out, data);
  return out;
}

module.exports = { buildTeamsManifest, writeTeamsPackage, webPartManifests };

if (require.main === module) {
  writeTeamsPackage(path.join(__dirname, '..')).then(
    (out) => console.log(`wrote ${path.relative(process.cwd(), out)}`),
    (err) => {
      console.error(err);
      process.exit(1);
    }
  );
}
