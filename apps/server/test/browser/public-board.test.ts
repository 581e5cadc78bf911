import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Enterprise, Rating } from '@wuye/db';
import { shot, startStage, type Stage } from './browser.js';

/**
 * Issue 15 item 9: the public board like 信用中国 — an anonymous visitor finds a firm by a part of its name and by its
 * unified social credit code, reads why it is listed in words (no item codes), and opens the firm's public page,
 * which shows nothing private. On a phone the board keeps its firm links.
 */
let stage: Stage;
let firm: Enterprise;
beforeAll(async () => {
  stage = await startStage();
  const em = stage.orm.em.fork();
  expect(await em.count(Rating, { status: 'PUBLISHED' })).toBeGreaterThan(0);
  firm = await em.findOneOrFail(Enterprise, { listStatus: 'BLACK' }, { orderBy: { id: 'asc' } });
});
afterAll(async () => stage?.stop());

/** An item code such as B12 or G5 shown to the public instead of its words. */
const ITEM_CODE = /(^|[^A-Za-z0-9])[BG]\d{1,2}([^A-Za-z0-9]|$)/m;

const search = async (page: Page, text: string) => {
  const box = page.getByLabel('企业名称或统一社会信用代码');
  await expect.poll(() => box.isVisible(), { timeout: 30_000 }).toBe(true);
  await box.fill(text);
  await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
};

describe('the public look-up (信用中国-style)', () => {
  it('finds a black-listed firm by a part of its name and by its credit code, the reason in words, and opens its public page', async () => {
    const page = await stage.newPage();
    await page.goto(`${stage.url}/#/public/boards`);
    // Part of the name (not its start): the firm is among the results, its listing in words.
    await search(page, firm.name.slice(2, 6));
    const results = page.getByRole('table', { name: '查询结果' });
    const row = results.getByRole('row').filter({ has: page.getByRole('link', { name: firm.name, exact: true }) });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const listing = await row.innerText();
    expect(listing).toContain(firm.uscc);
    expect(listing).toMatch(/黑名单 · \S+/);
    expect(listing).not.toMatch(ITEM_CODE);
    await shot(page, '46-public-search-name');

    // The credit code: exactly this firm.
    await search(page, firm.uscc);
    await expect.poll(() => results.getByRole('link').allInnerTexts(), { timeout: 30_000 }).toEqual([firm.name]);
    await shot(page, '47-public-search-uscc');

    // Nothing matching: said so.
    await search(page, '不存在的物业公司名称');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBe(0);

    // The firm's public page: its listing with the reason in words, its published ratings; nothing private.
    await search(page, firm.uscc);
    await results.getByRole('link', { name: firm.name }).click();
    await page.waitForURL((u) => u.hash.includes(`/public/firms/${firm.id}`), { timeout: 20_000 });
    await expect.poll(() => page.getByRole('heading', { name: firm.name }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText(firm.uscc).first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/黑名单 · \S+/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText('已发布的季度评比').isVisible()).toBe(true);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(ITEM_CODE);
    if (firm.legalRepresentative) expect(body).not.toContain(firm.legalRepresentative);
    if (firm.contactPhone) expect(body).not.toContain(firm.contactPhone);
    await shot(page, '48-public-firm');
  });

  it('on a phone the board names firms as links to their public pages, without sideways scrolling', async () => {
    const context = await stage.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true });
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(stage.url) && !r.url().startsWith('data:')) stage.external.push(r.url());
    });
    await page.goto(`${stage.url}/#/public/boards`);
    const firmLinks = page.locator('a[href*="/public/firms/"]');
    await expect.poll(() => firmLinks.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await search(page, firm.uscc);
    await expect.poll(() => page.getByRole('table', { name: '查询结果' }).getByRole('link', { name: firm.name }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
    await shot(page, '49-phone-public-search');
    await context.close();
  });

  it('sent no request off the server', () => {
    expect(stage.external).toEqual([]);
  });
});
