import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_ENTERPRISE_1, Enterprise, ProjectManager } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16, item 6: project managers in the dashboard. A firm's manager sees the ranking of their own firm's project
 * managers only (with county ranks) and opens one's credit file; an analyst sees the same file with the phone masked.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

it('a firm sees its own managers ranked and a manager’s credit file; an analyst sees the phone masked', async () => {
  const em = stage.orm.em.fork();
  const firm = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const own = await em.find(ProjectManager, { enterprise: firm }, { orderBy: { score: 'desc', certificateNo: 'asc' } });
  expect(own.length).toBeGreaterThan(0);
  const manager = own[0]!;

  const page = await stage.newPage();
  await login(page, stage.url, 'ent_demo');
  await page.goto(`${stage.url}/#/manager-ranking`);
  const table = page.getByTestId('manager-ranking');
  await expect.poll(() => table.isVisible(), { timeout: 30_000 }).toBe(true);
  const rows = table.locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(Math.min(own.length, 25));
  // Only the firm's own managers, whatever their county rank.
  for (let i = 0; i < (await rows.count()); i++) expect(await rows.nth(i).locator('td').nth(3).textContent()).toBe(firm.name);

  await rows.first().getByRole('link', { name: manager.name }).click();
  const credit = page.getByTestId('manager-credit');
  await expect.poll(() => credit.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => credit.getByTestId('manager-score').textContent()).toMatch(/^信用分 \d/);
  await expect.poll(() => page.getByText('近一年信用分变化').isVisible()).toBe(true);
  if (manager.phone) await expect.poll(() => page.getByText(manager.phone!, { exact: true }).isVisible()).toBe(true);
  await shot(page, 'manager-credit-file');

  const analyst = await stage.newPage();
  await login(analyst, stage.url, 'analyst');
  await analyst.goto(`${stage.url}/#/projectManagers/${manager.id}/show`);
  await expect.poll(() => analyst.getByTestId('manager-credit').isVisible(), { timeout: 30_000 }).toBe(true);
  if (manager.phone) {
    await expect.poll(() => analyst.getByText(/\d{3}\*{4}\d{4}/).isVisible()).toBe(true);
    expect(await analyst.getByText(manager.phone, { exact: true }).count()).toBe(0);
  }
  // The analyst's ranking has every firm's managers.
  await analyst.goto(`${stage.url}/#/manager-ranking`);
  await expect.poll(() => analyst.getByTestId('manager-ranking').locator('tbody tr').count(), { timeout: 30_000 }).toBe(25);
  expect(stage.external).toEqual([]);
});
