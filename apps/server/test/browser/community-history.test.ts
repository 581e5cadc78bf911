import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community, Enterprise, communityKind, updateRegistryRow } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/** The registry keeps history (issue 17): the community page lists which firm served it, from when to when. */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

describe('community history', () => {
  it('the regulator sees a community’s versions: the firm before and the one serving since the change', async () => {
    const em = stage.orm.em.fork();
    const community = await em.findOneOrFail(
      Community,
      { serviceMode: 'ENTERPRISE', type: 'NEW_RESIDENTIAL' },
      { populate: ['enterprise'], orderBy: { id: 'asc' } },
    );
    const before = community.enterprise!;
    const other = await em.findOneOrFail(Enterprise, { id: { $ne: before.id }, status: 'ACTIVE', listStatus: { $ne: 'BLACK' } }, { orderBy: { id: 'asc' } });
    // The change goes through the registry's command, dated the demo's reference day.
    await em.transactional((tx) => updateRegistryRow(tx, communityKind, community.id, { enterpriseId: String(other.id) }, null, '2026-11-15'));

    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/communities/${community.id}/show`);
    const history = page.getByTestId('community-history');
    await expect.poll(() => history.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText('登记历史').isVisible()).toBe(true);
    const rows = history.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => rows.nth(0).textContent()).toContain(other.name);
    await expect.poll(() => rows.nth(0).textContent()).toContain('2026-11-15');
    await expect.poll(() => rows.nth(0).textContent()).toContain('至今');
    await expect.poll(() => rows.nth(1).textContent()).toContain(before.name);
    await expect.poll(() => rows.nth(1).textContent()).toContain('记录之前');
    await shot(page, 'community-history');
  });
});
