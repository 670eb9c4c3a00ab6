import { startEmulator, RunningEmulatorLike, EMULATOR_ADMIN, EMULATOR_WEB } from './testing/emulator';
import { DATA_SITE_PROPERTY, DataSiteResolver } from './dataSite';
import { DataSiteNotConfiguredError } from './errors';
import { spFromUrl } from './sp';

let emu: RunningEmulatorLike;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(async () => {
  await emu.close();
});

function resolver(override?: string): DataSiteResolver {
  const headers = { 'X-Emulator-User': EMULATOR_ADMIN };
  return new DataSiteResolver({ pageSp: spFromUrl(`${emu.url}${EMULATOR_WEB}`, { headers }), spFor: (url) => spFromUrl(url, { headers }), override });
}

describe('the data site', () => {
  it('is refused with a typed error when neither the part nor the tenant names one', async () => {
    await expect(resolver().resolve()).rejects.toBeInstanceOf(DataSiteNotConfiguredError);
  });

  it('comes from the tenant property, and the web part setting wins over it', async () => {
    const r = await fetch(`${emu.url}/_emulator/storage-entities`, {
      method: 'POST',
      body: JSON.stringify({ key: DATA_SITE_PROPERTY, value: `${emu.url}/sites/m365-programme` })
    });
    expect(r.status).toBe(200);
    const fromTenant = await resolver().resolve();
    expect(fromTenant.webUrl).toBe(`${emu.url}/sites/m365-programme`);
    expect(fromTenant.serverRelativeUrl).toBe('/sites/m365-programme');
    const fromPart = await resolver(` ${emu.url}/sites/test-data/ `).resolve();
    expect(fromPart.serverRelativeUrl).toBe('/sites/test-data');
  });

  it('asks SharePoint once per part', async () => {
    const r = resolver();
    const [a, b] = await Promise.all([r.resolve(), r.resolve()]);
    expect(a).toBe(b);
  });
});
