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
