import { afterAll, beforeAll, expect, it } from 'vitest';
import { DrawnCommunity, RandomDraw, User, clock, createDraw, performDraw, publishDraw, type LoopActor } from '@wuye/db';
import { shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 (双随机一公开): a draw made and published by a regulator (through the platform's commands; the bureau's
 * own pages are still to come) appears on the public page with its seed, list and teams, and its reproduce check holds.
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
