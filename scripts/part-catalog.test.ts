import * as fs from 'fs';
import * as path from 'path';
import { PART_CATALOG, SUITE_COMPONENT_ID, releasedParts } from '../src/webparts/shared/partCatalog';

interface IManifest {
  id: string;
  alias: string;
  hiddenFromToolbox?: boolean;
}

function manifestOf(folder: string): IManifest {
  const dir = path.join(__dirname, '..', 'src', 'webparts', folder);
  const file = fs.readdirSync(dir).filter((f) => f.endsWith('.manifest.json'))[0];
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as IManifest;
}

describe('part catalogue', () => {
  it.each(PART_CATALOG.map((p) => [p.key, p]))('%s matches its web part manifest', (key, part) => {
    const manifest = manifestOf(key as string);
    expect(manifest.id).toBe(part.componentId);
    // A part is in the toolbox exactly when it is released (and then the Suite part offers it).
    expect(!manifest.hiddenFromToolbox).toBe(part.released);
  });

  it('knows the Suite web part id', () => {
    expect(manifestOf('suite').id).toBe(SUITE_COMPONENT_ID);
  });

  it('loads every part app from its lazy chunk', async () => {
    for (const part of PART_CATALOG) {
      const mod = await part.load();
      expect(typeof mod.default).toBe('function');
    }
  });

  it('offers only released parts', () => {
    expect(releasedParts().every((p) => p.released)).toBe(true);
  });
});
