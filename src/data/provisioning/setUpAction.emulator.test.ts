/**
 * The set-up action a site owner runs from any web part: its status check and the run itself, against the
 * emulator, as an owner and as a workforce member.
 */
import { startEmulator, emulatorSite, RunningEmulatorLike } from '../testing/emulator';
import { ALL_LISTS } from '../../lists';
import { RoundTripMeter, slowLink } from '../testing/roundTrips';
import { DEFAULT_GROUP_PREFIX, runSetUp, setUpStatus } from './setUpAction';

const OWNER = 'olivia.owner@kent.police.uk';
const MEMBER = 'pc.one@kent.police.uk';

/** Where round trips are counted, answers come this late (see `slowLink`): a busy test machine does not blur the rounds. */
const LATENCY_MS = 25;
let emu: RunningEmulatorLike;

beforeAll(async () => {
  emu = await startEmulator({
    users: [
      { upn: OWNER, title: 'Olivia Owner', defaultRole: 'owner' },
      { upn: MEMBER, title: 'PC One', defaultRole: 'visitor' }
    ],
    defaultUser: OWNER
  });
});

afterAll(async () => {
  await emu.close();
});

describe('set-up from a web part', () => {
  it('on an empty site: every list is out of date, the owner may set up and a member may not', async () => {
    const owner = await setUpStatus(emulatorSite(emu, OWNER));
    expect(owner.outdated).toEqual(ALL_LISTS.map((l) => l.title));
    expect(owner.canSetUp).toBe(true);
    const member = await setUpStatus(emulatorSite(emu, MEMBER));
    expect(member.canSetUp).toBe(false);
  });

  it('a member who tries anyway is refused by SharePoint, not by the app', async () => {
    await expect(runSetUp(emulatorSite(emu, MEMBER))).rejects.toMatchObject({ key: 'errors.forbidden' });
  });

  it('the owner sets up; afterwards everything is current and a second run has nothing to do', async () => {
    const first = await runSetUp(emulatorSite(emu, OWNER));
    expect(first.lists.length).toBeGreaterThan(0);
    expect(first.permissions.some((s) => s.kind === 'createGroup' && s.detail === `${DEFAULT_GROUP_PREFIX} Workforce`)).toBe(true);
    expect((await setUpStatus(emulatorSite(emu, OWNER))).outdated).toEqual([]);
    const second = await runSetUp(emulatorSite(emu, OWNER));
    expect(second.lists).toEqual([]);
    // Only the standing finding about the site's Members group remains (set-up never changes it silently).
    expect(second.permissions.filter((s) => s.kind !== 'membersCanManageLists')).toEqual([]);
  });

  it('reads the status, beside every part, in one round trip: the settings list in one window and one read of the rights', async () => {
    for (const [upn, canSetUp] of [
      [OWNER, true],
      [MEMBER, false]
    ] as const) {
      const meter = new RoundTripMeter(slowLink(LATENCY_MS));
      const status = await setUpStatus(emulatorSite(emu, upn, { transport: meter.transport }));
      expect(status.canSetUp).toBe(canSetUp);
      expect(meter.sequential()).toBe(1);
      // The Suite settings list's highest and lowest Id and its first window; the person's rights on the site.
      expect(meter.requests).toBe(4);
    }
  });
});
