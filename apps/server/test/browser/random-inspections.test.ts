import { afterAll, beforeAll, expect, it } from 'vitest';
import { DrawnCommunity, RandomDraw, User, clock, createDraw, performDraw, publishDraw, type LoopActor } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (双随机一公开): a draw made and published by a regulator appears on the public page with its seed, list and
 * teams, and its reproduce check holds — once through the platform's commands, once through the bureau's own page.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

it('an anonymous visitor sees the published draws with their lists, and the reproduce check confirms them', async () => {
  const em = stage.orm.em.fork();
  const u = await em.findOneOrFail(User, { username: 'regulator' });
  const regulator: LoopActor = { principal: { userId: String(u.id), role: 'REGULATOR' }, name: u.displayName };
  const title = '2026年11月双随机抽查（浏览器加抽）';
  await em.transactional(async (tx) => {
    const plan = await createDraw(tx, { title, policyCode: 'EQUAL', communityCount: 3, dueBy: '2026-12-15' }, regulator, clock.now());
    await performDraw(tx, plan, '浏览器加抽-1', regulator, clock.now());
    await publishDraw(tx, plan, regulator, clock.now());
  });
  const draw = await stage.orm.em.fork().findOneOrFail(RandomDraw, { title });
  const first = await stage.orm.em.fork().findOneOrFail(DrawnCommunity, { draw, position: 1 }, { populate: ['community'] });

  const page = await stage.newPage();
  await page.goto(`${stage.url}/#/public/random-inspections`);
  const card = page.getByTestId('published-draw').filter({ hasText: title });
  await expect.poll(() => card.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => card.getByText('浏览器加抽-1').isVisible()).toBe(true);
  await expect.poll(() => card.getByRole('cell', { name: first.community.name, exact: true }).isVisible()).toBe(true);
  expect(await card.getByRole('row').count()).toBe(1 + 3);
  // The demo county's November draw is there too, with its results.
  await expect
    .poll(() =>
      page
        .getByTestId('published-draw')
        .filter({ hasText: '第11期' })
        .getByText(/分，问题 \d+ 项/)
        .first()
        .isVisible(),
    )
    .toBe(true);
  await card.getByRole('button', { name: '复核抽取结果' }).click();
  await expect.poll(() => card.getByText(/复核一致/).isVisible(), { timeout: 20_000 }).toBe(true);
  await shot(page, 'public-random-inspections');
  expect(stage.external).toEqual([]);
});

it('a regulator plans a draw, draws it with a seed, records a result and publishes it; the public page shows it', async () => {
  const page = await stage.newPage();
  await login(page, stage.url, 'regulator');
  await page.goto(`${stage.url}/#/random-inspections`);
  await expect.poll(() => page.getByTestId('inspector-pool').isVisible(), { timeout: 30_000 }).toBe(true);
  const title = '2026年12月双随机抽查（页面抽取）';
  const form = page.getByTestId('draw-plan-form');
  await form.getByLabel('计划名称').fill(title);
  await form.getByLabel('抽取小区数').fill('4');
  await form.getByLabel('每组人数').fill('2');
  await form.getByLabel('检查完成期限').fill('2026-12-20');
  await form.getByRole('button', { name: '建立计划' }).click();

  const card = page.getByTestId('bureau-draw').filter({ hasText: title });
  await expect.poll(() => card.getByText('待抽取', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
  // Not drawn yet: nothing to publish, and the server says why.
  await expect.poll(() => card.getByRole('button', { name: '公布' }).isDisabled()).toBe(true);
  await card.getByLabel('随机种子（可留空）').fill('公证批次-2026-12-01');
  await card.getByRole('button', { name: '抽取', exact: true }).click();
  await expect.poll(() => card.getByText('已抽取', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => card.getByTestId('draw-seed').textContent()).toBe('公证批次-2026-12-01');
  expect(await card.getByRole('row').count()).toBe(1 + 4);

  // The drawn list is the one the seed gives: the server reproduces it.
  const draw = await stage.orm.em.fork().findOneOrFail(RandomDraw, { title });
  expect(draw.seed).toBe('公证批次-2026-12-01');
  const first = await stage.orm.em.fork().findOneOrFail(DrawnCommunity, { draw, position: 1 }, { populate: ['community'] });

  // A result for the first community: inspected today, one deduction, findings straight into the ledger.
  await card.getByRole('row').nth(1).getByRole('button', { name: '录入结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('检查日期').fill('2026-11-15');
  await dialog.getByRole('button', { name: '添加扣分项' }).click();
  await dialog.getByLabel('检查项目').click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('spinbutton', { name: '扣分' }).fill('1');
  await dialog.getByLabel('说明').first().fill('消防通道堆放杂物');
  await dialog.getByRole('button', { name: '保存结果' }).click();
  await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(false);
  await expect.poll(() => card.getByText(/99 分，问题 1 项/).isVisible(), { timeout: 20_000 }).toBe(true);

  await card.getByRole('button', { name: '公布' }).click();
  await expect.poll(() => card.getByText('已公布', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
  await shot(page, 'bureau-random-inspections');

  const visitor = await stage.newPage();
  await visitor.goto(`${stage.url}/#/public/random-inspections`);
  const published = visitor.getByTestId('published-draw').filter({ hasText: title });
  await expect.poll(() => published.isVisible(), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => published.getByText('公证批次-2026-12-01').isVisible()).toBe(true);
  await expect.poll(() => published.getByRole('cell', { name: first.community.name, exact: true }).isVisible()).toBe(true);
  await expect.poll(() => published.getByText(/99 分，问题 1 项/).isVisible()).toBe(true);
  await published.getByRole('button', { name: '复核抽取结果' }).click();
  await expect.poll(() => published.getByText(/复核一致/).isVisible(), { timeout: 20_000 }).toBe(true);
  expect(stage.external).toEqual([]);
});
