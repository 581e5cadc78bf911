import { afterAll, beforeAll, expect, it } from 'vitest';
import { HANDOVER_ITEMS, HANDOVER_ITEM_LABELS } from '@wuye/domain';
import { Community, Enterprise, Expulsion, Handover } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (清出市场): a regulator expels a black-listed firm from the market, then works one of its communities'
 * handovers to the end — successor, the six checklist items, completion — each button as the server offers it.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

it('a regulator expels a black-listed firm and completes a handover: successor, checklist, completion', async () => {
  // The black-listed firm still in the market that serves the most communities (the demo expelled another one).
  const em = stage.orm.em.fork();
  const black = await em.find(Enterprise, { listStatus: 'BLACK', status: 'ACTIVE' }, { orderBy: { id: 'asc' } });
  const served = await Promise.all(black.map(async (f) => ({ f, n: await em.count(Community, { enterprise: f }) })));
  const firm = served.filter((s) => s.n > 0).sort((a, b) => b.n - a.n)[0]!.f;
  const community = (await em.find(Community, { enterprise: firm }, { orderBy: { id: 'asc' }, limit: 1 }))[0]!;

  const page = await stage.newPage();
  await login(page, stage.url, 'regulator');
  await page.goto(`${stage.url}/#/handovers`);
  // The demo's earlier expulsion is there: one handover completed, one in progress.
  await expect.poll(() => page.getByTestId('handover').filter({ hasText: '县住建〔2026〕清出 1 号' }).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);

  const row = page.getByTestId('expulsion-candidates').getByRole('row').filter({ hasText: firm.name });
  await row.getByRole('button', { name: '清出市场' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('决定文号').fill('县住建〔2026〕清出 2 号');
  // Without a reason the server refuses, naming the field; nothing is written.
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => dialog.getByLabel('理由').getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
  expect(await stage.orm.em.fork().count(Expulsion, { enterprise: firm.id })).toBe(0);
  await dialog.getByLabel('理由').fill('拒不整改，列入黑名单后仍未整改到位，清出本县物业服务市场。');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(false);

  const card = page.getByTestId('handover').filter({ hasText: community.name }).filter({ hasText: '县住建〔2026〕清出 2 号' });
  await expect.poll(() => card.isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => card.getByText('移交中', { exact: true }).isVisible()).toBe(true);
  // No successor yet: completion is offered but not available, with the server's reason.
  await expect.poll(() => card.getByRole('button', { name: '完成移交' }).isDisabled()).toBe(true);
  await expect.poll(() => card.getByTestId('complete-reason').isVisible()).toBe(true);
  const marked = await stage.orm.em.fork().findOneOrFail(Community, { id: community.id });
  expect(marked.handoverDeadline).toBeTruthy();

  await card.getByRole('combobox').click();
  const option = page.getByRole('option').first();
  const successorName = (await option.textContent())!.trim();
  await option.click();
  await card.getByRole('button', { name: '指定接管企业' }).click();
  await expect.poll(() => card.getByText(`接管企业: ${successorName}`).isVisible(), { timeout: 20_000 }).toBe(true);

  for (const item of HANDOVER_ITEMS) {
    const box = card.getByRole('checkbox', { name: HANDOVER_ITEM_LABELS[item]['zh-CN'] });
    await expect.poll(() => box.isEnabled(), { timeout: 20_000 }).toBe(true);
    // The box follows the server: it shows ticked once the write is back and the handover re-read.
    await box.click();
    await expect.poll(() => box.isChecked(), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => card.getByText(new RegExp(`${HANDOVER_ITEM_LABELS[item]['zh-CN'].slice(0, 6)}.*（2026-11-15）`)).isVisible(), { timeout: 20_000 })
      .toBe(true);
  }
  await expect.poll(() => card.getByRole('button', { name: '完成移交' }).isEnabled(), { timeout: 20_000 }).toBe(true);
  await card.getByRole('button', { name: '完成移交' }).click();
  await expect.poll(() => card.getByText('已完成（2026-11-15）').isVisible(), { timeout: 20_000 }).toBe(true);
  await shot(page, 'expulsion-handover');

  const after = stage.orm.em.fork();
  const done = await after.findOneOrFail(Community, { id: community.id }, { populate: ['enterprise'] });
  expect([done.enterprise?.name, done.handoverDeadline ?? null]).toEqual([successorName, null]);
  expect((await after.findOneOrFail(Enterprise, { id: firm.id })).status).toBe('EXPELLED');
  expect((await after.findOneOrFail(Handover, { community: community.id, status: 'COMPLETED' }, { populate: ['successor'] })).successor?.name).toBe(
    successorName,
  );
  expect(stage.external).toEqual([]);
});

it('the risk-based inspection plan: black-listed firms’ communities every 14 days, grade C every 30, the due ones first; a township sees its own', async () => {
  const page = await stage.newPage();
  await login(page, stage.url, 'regulator');
  await page.getByRole('menuitem', { name: '差异化检查计划' }).click();
  await page.waitForURL((u) => u.hash.includes('/inspection-plan'), { timeout: 20_000 });
  const table = page.getByTestId('inspection-plan');
  await expect.poll(() => table.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.getByText(/C 30 天；黑名单 14 天/).isVisible()).toBe(true);
  // Due only (the default): every row is overdue or due, the overdue ones first.
  const statuses = await table.locator('tbody tr td:last-child').allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((s) => /^已逾期 \d+ 天$|^应检查$/.test(s.trim()))).toBe(true);
  const firstDue = statuses.findIndex((s) => s.trim() === '应检查');
  if (firstDue >= 0) expect(statuses.slice(firstDue).every((s) => s.trim() === '应检查')).toBe(true);
  const dueCount = statuses.length;

  // Every community: more rows; a black-listed firm's community has the 14-day interval, a grade-C one 30.
  await page.getByLabel('只看应检查的小区').uncheck();
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(dueCount);
  const black = table.locator('tbody tr').filter({ hasText: '黑名单' }).first();
  expect((await black.locator('td').nth(4).innerText()).trim()).toBe('14');
  const gradeC = table
    .locator('tbody tr')
    .filter({ hasNotText: '黑名单' })
    .filter({ has: page.locator('td:nth-child(4)', { hasText: /^C$/ }) });
  if ((await gradeC.count()) > 0) expect((await gradeC.first().locator('td').nth(4).innerText()).trim()).toBe('30');
  await shot(page, 'inspection-plan');

  const town = await stage.newPage();
  await login(town, stage.url, 'township_chengguan');
  await town.goto(`${stage.url}/#/inspection-plan`);
  await town.getByLabel('只看应检查的小区').uncheck();
  const own = town.getByTestId('inspection-plan');
  await expect.poll(() => own.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const townships = await own.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(new Set(townships.map((t) => t.trim()))).toEqual(new Set(['城关镇']));
  expect(stage.external).toEqual([]);
});
