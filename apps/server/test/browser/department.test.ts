import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Complaint, ComplaintEvent } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

/** A message key that reached the page untranslated (`app.issue.note`, `resources.complaints.fields.state`, `ra.action.save`). */
const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;

/** The visible text of the page matching RAW_KEY, if any. */
async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  return text.split('\n').filter((line) => RAW_KEY.test(line));
}

const dialogConfirm = (page: Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });

describe('department: a complaint routed to it, handled through to its follow-up visit', () => {
  const content = `浏览器旅程：3 号楼电梯多次困人，物业未及时处置（${Date.now()}）`;
  let complaintId: number;
  const seen: string[] = [];

  it('the bureau takes the complaint in on the intake form; the elevator category routes it to 市场监管局', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/complaints/create`);
    await page.getByRole('combobox', { name: /小区/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: /类别/ }).click();
    await page.getByRole('option', { name: '电梯', exact: true }).click();
    await expect.poll(() => page.getByText(/自动分派至：市场监管局/).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel(/投诉内容/).fill(content);
    await page
      .getByLabel(/投诉人/)
      .first()
      .fill('李女士');
    await page.getByLabel(/联系电话/).fill('13800001234');
    seen.push(...(await rawKeys(page)));
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((u) => /#\/complaints\/\d+\/show/.test(u.hash), { timeout: 20_000 });
    complaintId = Number(/complaints\/(\d+)\/show/.exec(page.url())![1]);
    const c = await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId }, { populate: ['department'] });
    expect(c.state).toBe('ROUTED');
    expect(c.department?.name).toBe('市场监管局');
  });

  it('the department finds it in 我的任务, responds, answers it and closes it with a follow-up rating', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'dept_scjg');
    await page.goto(`${stage.url}/#/inbox`);
    const link = page.getByRole('link', { name: content.slice(0, 20) });
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    seen.push(...(await rawKeys(page)));
    await link.click();
    await page.waitForURL((u) => u.hash.includes(`/complaints/${complaintId}/show`), { timeout: 20_000 });
    // The handling department sees the complainant in full.
    await expect.poll(() => page.getByText('13800001234').isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(page, 'department-complaint');
    seen.push(...(await rawKeys(page)));

    const state = async () => (await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId })).state;
    await page.getByRole('button', { name: '首次响应' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/响应说明/)
      .fill('已联系物业和维保单位，当日到场排查。');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESPONDED');

    await page.getByRole('button', { name: '答复办结' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/答复内容/)
      .fill('经查属实，已责令维保单位更换门机板并加强巡检。');
    await page
      .getByRole('dialog')
      .getByLabel(/投诉属实/)
      .check();
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESOLVED');

    await page.getByRole('button', { name: '回访办结' }).click();
    await page
      .getByRole('dialog')
      .getByRole('combobox', { name: /回访评价/ })
      .click();
    await page.getByRole('option', { name: '基本满意' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/回访情况/)
      .fill('电话回访，投诉人认可处理结果。');
    await shot(page, 'department-follow-up');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('CLOSED');

    const c = await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId });
    expect(c.followUpRating).toBe('BASICALLY_SATISFIED');
    const actions = (await stage.orm.em.fork().find(ComplaintEvent, { complaint: complaintId }, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['RECEIVE', 'ROUTE', 'RESPOND', 'RESOLVE', 'CLOSE']);

    // The history names the follow-up visit with its rating.
    const closeRow = page.getByRole('row').filter({ hasText: '电话回访，投诉人认可处理结果。' });
    await expect.poll(() => closeRow.textContent(), { timeout: 20_000 }).toMatch(/回访办结（基本满意）/);
    await expect.poll(() => closeRow.textContent()).toMatch(/已答复 → /);
    seen.push(...(await rawKeys(page)));
  });

  it('no page showed an untranslated message key', () => {
    expect(seen).toEqual([]);
  });
});

/**
 * The little of the DOM the checks below read. Code passed to page.evaluate runs in the browser; this package is
 * compiled for Node (no DOM lib), so it names what it uses.
 */
interface DomElement {
  type?: string;
  labels?: ArrayLike<{ textContent: string | null }> | null;
  outerHTML: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
}
interface DomGlobals {
  document: { getElementById(id: string): { textContent: string | null } | null; activeElement: DomElement | null; documentElement: { scrollWidth: number } };
  innerWidth: number;
}

/** Inputs, selects and text areas (and MUI's combobox buttons) on the page without an accessible name. */
async function unnamedInputs(page: Page): Promise<string[]> {
  return page.locator('input, select, textarea, [role="combobox"]').evaluateAll((nodes) => {
    const { document } = globalThis as unknown as DomGlobals;
    return (nodes as unknown as DomElement[])
      .filter((el) => {
        if (el.type === 'hidden' || el.getAttribute('aria-hidden') === 'true') return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      })
      .filter((el) => {
        if (el.labels && Array.from(el.labels).some((l) => l.textContent?.trim())) return false;
        if (el.getAttribute('aria-label')?.trim()) return false;
        const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
        return !ids.some((id) => document.getElementById(id)?.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 160));
  });
}

describe('keyboard and labels', () => {
  it('every field of the login page has a name, and the login form is completed by keyboard alone', async () => {
    const page = await stage.newPage();
    await page.goto(`${stage.url}/#/login`);
    await expect.poll(() => page.getByLabel(/用户名/).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await unnamedInputs(page)).toEqual([]);
    const focused = () => page.evaluate(() => (globalThis as unknown as DomGlobals).document.activeElement?.getAttribute('name') ?? '');
    for (let i = 0; i < 10 && (await focused()) !== 'username'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('username');
    await page.keyboard.type('dept_scjg');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('password');
    await page.keyboard.type('Demo@2026pass');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 20_000 });
  });

  it('the issue list filters and the complaint form name every field', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/issues`);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(2);
    // Every filter of the ledger, shown at once.
    const addFilter = page.getByRole('button', { name: '添加筛选' });
    await addFilter.click();
    const n = await page.getByRole('menuitemcheckbox').count();
    expect(n).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    for (let i = 0; i < n; i++) {
      await addFilter.click();
      const item = page.getByRole('menuitemcheckbox').nth(i);
      // A filter already shown is checked; clicking it would hide it again.
      if ((await item.getAttribute('aria-checked')) === 'true') await page.keyboard.press('Escape');
      else await item.click();
    }
    await page.waitForLoadState('networkidle');
    expect(await unnamedInputs(page)).toEqual([]);
    expect(await rawKeys(page)).toEqual([]);

    await page.goto(`${stage.url}/#/complaints/create`);
    await expect.poll(() => page.getByLabel(/投诉内容/).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await unnamedInputs(page)).toEqual([]);
  });
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 820, height: 1180 },
] as const;

/** The page is no wider than the window: wide tables scroll inside their own container. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as DomGlobals;
    return w.document.documentElement.scrollWidth - w.innerWidth;
  });

describe('1280×800 and tablet', () => {
  const lists = [
    { path: '/#/issues', ready: (page: Page) => page.getByRole('row').count(), shot: 'tablet-issues' },
    { path: '/#/enterprises', ready: (page: Page) => page.getByRole('row').count() },
    { path: '/#/complaints', ready: (page: Page) => page.getByRole('row').count() },
    { path: '/#/ranking', ready: (page: Page) => page.getByRole('row').count() },
  ];

  it('the main list pages do not overflow the window', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    const seen: string[] = [];
    for (const vp of VIEWPORTS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      for (const list of lists) {
        await page.goto(`${stage.url}${list.path}`);
        await expect.poll(() => list.ready(page), { timeout: 20_000 }).toBeGreaterThan(2);
        await page.waitForLoadState('networkidle');
        expect.soft(await overflow(page), `${list.path} at ${vp.width}×${vp.height}`).toBeLessThanOrEqual(0);
        seen.push(...(await rawKeys(page)));
        if (vp.name === 'tablet' && list.shot) await shot(page, list.shot);
      }
    }
    expect(seen).toEqual([]);
  });

  it('the public red/black board does not overflow either', async () => {
    const page = await stage.newPage();
    for (const vp of VIEWPORTS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`${stage.url}/#/public/boards`);
      await expect
        .poll(
          () =>
            page
              .getByText(/黑名单/)
              .first()
              .isVisible(),
          { timeout: 20_000 },
        )
        .toBe(true);
      await page.waitForLoadState('networkidle');
      expect.soft(await overflow(page), `public boards at ${vp.width}×${vp.height}`).toBeLessThanOrEqual(0);
      expect(await rawKeys(page)).toEqual([]);
      if (vp.name === 'tablet') await shot(page, 'tablet-public-board');
    }
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
