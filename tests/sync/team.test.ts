// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewSchema } from '../../lib/model';
import { exportBackup, getActiveReview, saveReview, setActiveReview } from '../../lib/db';
import { createTeam, type TeamPlatform } from '../../lib/background/team';
import type { ServerConfig } from '../../lib/sync/server';
import { blankReview } from '../../lib/screening/templates';
import { startCouch, teamDatabase, type TestCouch } from './couch-server';
import { clientFor, profile, resetDbForTests, syncOnce } from './helpers';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startCouch();
  await teamDatabase(couch, 'team-a', [
    ['ani', 'ani-pw'],
    ['budi', 'budi-pw'],
  ]);
}, 30_000);
afterAll(async () => couch?.dispose());
beforeEach(resetDbForTests);

function platform() {
  const stored: Record<string, ServerConfig> = {};
  const changed = vi.fn();
  const statuses: string[] = [];
  const p: TeamPlatform = {
    loadConfigs: async () => ({ ...stored }),
    saveConfig: async (id, config) => void (config ? (stored[id] = config) : delete stored[id]),
    fetch: (input, init) => fetch(input, init),
    dataChanged: changed,
    statusChanged: (_, s) => void statuses.push(s.state),
  };
  return { p, stored, changed, statuses };
}

describe('team sync in the background', () => {
  it('says what is wrong before connecting, and stores nothing then', async () => {
    await profile('Ani');
    const { p, stored } = platform();
    const team = createTeam(p);
    await expect(team.connect({ url: 'http://couch.example.org', database: 'team-a', username: 'ani', password: 'x' })).rejects.toThrow(/HTTPS/);
    await expect(team.connect({ url: couch.url, database: 'Team A!', username: 'ani', password: 'x' })).rejects.toThrow(/database name/);
    await expect(team.connect({ url: couch.url, database: 'team-a', username: 'ani', password: 'wrong' })).rejects.toThrow(/name or password/);
    await expect(team.connect({ url: couch.url, database: 'nothing-here', username: 'admin', password: 'admin' })).rejects.toThrow(/does not exist/);
    expect(stored).toEqual({});
  });

  it('pushes the active review to an empty database, and a second reviewer joins it', async () => {
    await profile('Ani');
    const review = await saveReview(ReviewSchema.parse({ ...blankReview('joined-review', 'Pijat oksitosin', 1), mode: 'dual-blind' }));
    await setActiveReview(review.id);
    const ani = platform();
    const aniTeam = createTeam(ani.p);
    expect(await aniTeam.connect({ url: couch.url, database: 'team-a', username: 'ani', password: 'ani-pw' })).toEqual({ reviewId: review.id, joined: false });
    await vi.waitFor(() => expect(ani.statuses.at(-1)).toBe('synced'), { timeout: 10_000 });
    // The password is in the extension's storage only: never in the database, nor its backup.
    expect(ani.stored[review.id].password).toBe('ani-pw');
    expect(JSON.stringify(await exportBackup())).not.toContain('ani-pw');
    aniTeam.kick();
    await aniTeam.disconnect(review.id);
    expect(ani.stored).toEqual({});

    await profile('Budi');
    const budi = platform();
    const warmed = vi.fn();
    const budiTeam = createTeam(budi.p, warmed);
    expect(await budiTeam.connect({ url: couch.url, database: 'team-a', username: 'budi', password: 'budi-pw' })).toEqual({ reviewId: review.id, joined: true });
    await vi.waitFor(async () => expect((await getActiveReview()).id).toBe(review.id), { timeout: 10_000 });
    expect(budi.changed).toHaveBeenCalledWith(review.id);
    // The ranking (and with it the dashboard's first screen) is told of what arrived.
    expect(warmed).toHaveBeenCalledWith(review.id);
    await budiTeam.disconnect(review.id);
    await syncOnce(clientFor(couch, 'team-a', 'budi', 'budi-pw'), review.id);
  });
});
