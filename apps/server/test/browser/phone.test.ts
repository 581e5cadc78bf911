import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Issue } from '@wuye/db';
import { DEMO_PASSWORD, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 15 item 5: the firm manager's job on a 390×844 phone — sign in, the home, 我的任务 as cards, an issue opened
 * and acted on through the actions the server offers; workflow buttons keep their words and no date wraps mid-value.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

// A 1×1 PNG: real image bytes, so the server's content check accepts it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const phone = async (): Promise<Page> => {
  const context = await stage.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(stage.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) stage.external.push(r.url());
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
};

/**
 * Dates (`2026-12-07`, `2026-11-15 14:18`) in the page's main area that the layout broke over two lines, and whether the
 * page scrolls sideways. A value is broken when its characters' boxes sit on more than one line.
 */
/** Runs in the browser (this package has no DOM types, so it is source text); see layoutFaults. */
const LAYOUT_FAULTS = `(() => {
  const root = document.querySelector('#main-content') ?? document.body;
  const broken = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let dates = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const m of node.data.matchAll(/\\d{4}-\\d{2}-\\d{2}(?: \\d{2}:\\d{2})?/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) continue; // not displayed
      dates++;
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
  }
  return { dates, broken, sideways: document.documentElement.scrollWidth > window.innerWidth };
})()`;

const layoutFaults = (page: Page) => page.evaluate<{ dates: number; broken: string[]; sideways: boolean }>(LAYOUT_FAULTS);

const expectTidy = async (page: Page) => {
  const faults = await layoutFaults(page);
  expect(faults.dates).toBeGreaterThan(0);
  expect(faults.broken).toEqual([]);
  expect(faults.sideways).toBe(false);
};

/** A button that shows its words, not an empty icon. */
const expectWords = async (page: Page, name: string) => {
  const button = page.getByRole('button', { name, exact: true }).first();
  await expect.poll(() => button.isVisible(), { timeout: 20_000 }).toBe(true);
  expect((await button.innerText()).trim()).toBe(name);
  expect((await button.boundingBox())!.width).toBeGreaterThan(40);
  return button;
};

const issueState = async (id: number) => (await stage.orm.em.fork().findOneOrFail(Issue, { id })).state;

describe('the firm manager on a phone', () => {
  it('signs in, reads the home, opens 我的任务 as cards, acknowledges an issue and sends its feedback with a photo', async () => {
    const page = await phone();
    await page.goto(`${stage.url}/`);
    await page.getByLabel(/用户名/).fill('ent_demo');
    await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 20_000 });

    // The firm's home: its standing and the issues to rectify, no KPI board.
    await expect.poll(() => page.getByRole('heading', { name: '青溪县安居物业服务有限公司' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '待整改问题（逾期在前）' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect
      .poll(
        () =>
          page
            .getByText(/整改期限：\d{4}-\d{2}-\d{2}/)
            .first()
            .isVisible(),
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectTidy(page);
    await shot(page, '40-phone-firm-home');

    // 我的任务: one card per issue, its reasons as chips, no table.
    await page.getByRole('main').getByRole('link', { name: '我的任务' }).click();
    await page.waitForURL((u) => u.hash.startsWith('#/inbox'), { timeout: 20_000 });
    const cards = page.getByTestId('inbox-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const hrefs = await cards.locator('a[href*="/issues/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.getByRole('table').count()).toBe(0);
    await expect.poll(() => cards.first().getByText('待签收').isVisible()).toBe(true);
    await expectWords(page, '签收');
    await expectTidy(page);
    await shot(page, '41-phone-inbox');

    // Open the first card waiting for acknowledgement; act on it with the actions the server offers.
    const card = cards.filter({ hasText: '待签收' }).first();
    const link = card.locator('a[href*="/issues/"]').first();
    const issueId = Number(/issues\/(\d+)/.exec((await link.getAttribute('href'))!)![1]);
    expect(await issueState(issueId)).toBe('ASSIGNED');
    await link.click();
    await page.waitForURL((u) => u.hash.startsWith(`#/issues/${issueId}/show`), { timeout: 20_000 });
    const acknowledge = await expectWords(page, '签收');
    expect(await page.getByRole('button', { name: '反馈整改结果' }).count()).toBe(0);
    await expect.poll(() => page.getByText('处理记录').isVisible(), { timeout: 20_000 }).toBe(true);
    await expectTidy(page);
    await shot(page, '42-phone-issue');
    await acknowledge.click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect.poll(() => issueState(issueId), { timeout: 20_000 }).toBe('RECTIFYING');

    // The server's next action for the firm: feedback, with its words, and the dialog fits the phone.
    const feedback = await expectWords(page, '反馈整改结果');
    expect(await page.getByRole('button', { name: '签收', exact: true }).count()).toBe(0);
    await feedback.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/整改情况说明/).fill('已更换失效灭火器并组织微型消防站演练，附现场照片。');
    await dialog.locator('input[type=file]').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => dialog.getByText(/整改后\.png/).isVisible(), { timeout: 20_000 }).toBe(true);
    const box = (await dialog.getByRole('button', { name: '确认' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(page, '43-phone-feedback');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => issueState(issueId), { timeout: 20_000 }).toBe('SUBMITTED');
    // Nothing left for the firm to do on it: no workflow button, and the history shows both steps.
    await expect.poll(() => page.getByRole('button', { name: '反馈整改结果' }).count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByText('已更换失效灭火器并组织微型消防站演练，附现场照片。').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expectTidy(page);
    await shot(page, '44-phone-issue-submitted');
  });

  it('the issue ledger is a list of cards, its dates on one line', async () => {
    const page = await phone();
    await page.goto(`${stage.url}/`);
    await page.getByLabel(/用户名/).fill('ent_demo');
    await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 20_000 });
    await page.goto(`${stage.url}/#/issues`);
    const cards = page.locator('#main-content li a[href*="#/issues/"]');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('columnheader').count()).toBe(0);
    await expect
      .poll(
        () =>
          page
            .getByText(/^\d{4}-\d{2}-\d{2}$/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    // The quick filters stay in words on a phone.
    await expect.poll(() => page.getByRole('button', { name: '逾期', exact: true }).isVisible()).toBe(true);
    await expectTidy(page);
    await shot(page, '45-phone-issues');
  });

  it('sent no request off the server', () => {
    expect(stage.external).toEqual([]);
  });
});
