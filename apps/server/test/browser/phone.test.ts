import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Enterprise, Issue, Rating } from '@wuye/db';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 15: the firm manager's job on a 390×844 phone, and the public 信用中国-style look-up.
 * Written at the end of a session and not yet run once: skipped until someone runs it and removes the `.skip`s.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const phone = async (): Promise<Page> => {
  const context = await stage.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
};

const signIn = async (page: Page, username: string) => {
  await page.goto(`${stage.url}/`);
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 20_000 });
};

describe.skip('the firm manager on a phone', () => {
  it('我的任务 shows one card per issue with its reasons; 签收 and 反馈整改结果 show their words', async () => {
    const page = await phone();
    await signIn(page, 'ent_demo');
    await page.goto(`${stage.url}/#/inbox`);
    const cards = page.getByTestId('inbox-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // One card per issue: no issue link twice.
    const hrefs = await cards.locator('a[href*="/issues/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.getByRole('table').count()).toBe(0);
    await shot(page, '40-phone-inbox');

    const acknowledge = page.getByRole('button', { name: '签收', exact: true }).first();
    await expect.poll(() => acknowledge.isVisible(), { timeout: 20_000 }).toBe(true);
    expect((await acknowledge.innerText()).trim()).toBe('签收');
    expect((await acknowledge.boundingBox())!.width).toBeGreaterThan(40);
    const card = cards.filter({ has: acknowledge }).first();
    const href = (await card.locator('a[href*="/issues/"]').first().getAttribute('href'))!;
    const issueId = Number(/issues\/(\d+)/.exec(href)![1]);
    await acknowledge.click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Issue, { id: issueId })).state, { timeout: 20_000 }).toBe('RECTIFYING');

    await page.goto(`${stage.url}/#/issues/${issueId}/show`);
    const feedback = page.getByRole('button', { name: '反馈整改结果' });
    await expect.poll(() => feedback.isVisible(), { timeout: 20_000 }).toBe(true);
    expect((await feedback.innerText()).trim()).toBe('反馈整改结果');
    await feedback.click();
    await expect
      .poll(
        () =>
          page
            .getByRole('dialog')
            .getByLabel(/整改情况说明/)
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await shot(page, '41-phone-feedback');
  });

  it('the issue ledger is a list of cards, dates on one line', async () => {
    const page = await phone();
    await signIn(page, 'ent_demo');
    await page.goto(`${stage.url}/#/issues`);
    const items = page.locator('.RaSimpleList-root li');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('columnheader').count()).toBe(0);
    const date = page.getByText(/^\d{4}-\d{2}-\d{2}$/).first();
    await expect.poll(() => date.isVisible(), { timeout: 20_000 }).toBe(true);
    const box = (await date.boundingBox())!;
    expect(box.height).toBeLessThan(30);
    await shot(page, '42-phone-issues');
  });
});

describe.skip('the public look-up (信用中国-style)', () => {
  it('finds a black-listed firm by a part of its name and by its credit code, with the reason in words, and opens its public page', async () => {
    const em = stage.orm.em.fork();
    expect(await em.count(Rating, { status: 'PUBLISHED' })).toBeGreaterThan(0);
    const firm = await em.findOneOrFail(Enterprise, { listStatus: 'BLACK' }, { orderBy: { id: 'asc' } });
    const page = await stage.newPage();
    await page.goto(`${stage.url}/#/public/boards`);
    const box = page.getByLabel('企业名称或统一社会信用代码');
    await expect.poll(() => box.isVisible(), { timeout: 20_000 }).toBe(true);
    await box.fill(firm.name.slice(0, 4));
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    const results = page.getByRole('table', { name: '查询结果' });
    const link = results.getByRole('link', { name: firm.name });
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    const row = results.getByRole('row').filter({ has: link });
    const listing = await row.innerText();
    expect(listing).toMatch(/黑名单/);
    expect(listing).not.toMatch(/\bB\d{1,2}\b/);
    await shot(page, '43-public-search');

    await box.fill(firm.uscc);
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => results.getByRole('link').count(), { timeout: 20_000 }).toBe(1);

    await results.getByRole('link', { name: firm.name }).click();
    await page.waitForURL((u) => u.hash.includes(`/public/firms/${firm.id}`), { timeout: 20_000 });
    await expect.poll(() => page.getByRole('heading', { name: firm.name }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText(firm.uscc).isVisible()).toBe(true);
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/黑名单/);
    expect(body).not.toMatch(/\bB\d{1,2}\b/);
    // Only what is public: no contact, no legal representative.
    if (firm.legalRepresentative) expect(body).not.toContain(firm.legalRepresentative);
    await shot(page, '44-public-firm');
  });

  it('the public board names firms as links to their public pages on a phone', async () => {
    const page = await phone();
    await page.goto(`${stage.url}/#/public/boards`);
    const firmLinks = page.locator('a[href*="/public/firms/"]');
    await expect.poll(() => firmLinks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });
});
