import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Issue, IssueEvent } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

describe('anonymous visitor', () => {
  it('sees the login page with the demo accounts, and the public red/black board without logging in', async () => {
    const page = await stage.newPage();
    await page.goto(`${stage.url}/`);
    await expect.poll(() => page.getByText('演示账号').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('ent_demo', { exact: true }).isVisible()).toBe(true);
    await shot(page, '01-login');
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
    await expect.poll(() => page.getByText(/红榜/).first().isVisible()).toBe(true);
    await shot(page, '02-public-boards');
  });

  it('is refused everything else: the API answers UNAUTHENTICATED and the dashboard sends to login', async () => {
    const res = await fetch(`${stage.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ enterprises { total } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const page = await stage.newPage();
    await page.goto(`${stage.url}/#/enterprises`);
    await page.waitForURL((u) => u.hash.includes('login'), { timeout: 20_000 });
  });
});

describe('regulator', () => {
  it('logs in, reads the home page, opens the ranking and a firm’s credit page', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await shot(page, '10-regulator-home');
    await page.goto(`${stage.url}/#/ranking`);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await shot(page, '11-ranking');
    await page.goto(`${stage.url}/#/enterprises`);
    await expect.poll(() => page.getByText(/共 8\d 条/).isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(page, '12-enterprises');
  });
});

describe('firm manager', () => {
  it('sees only their own firm and reads their score breakdown', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/enterprises`);
    await expect.poll(() => page.getByText('青溪县安居物业服务有限公司').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText(/共 1 条/).isVisible()).toBe(true);
    await page.goto(`${stage.url}/#/my-credit`);
    await expect
      .poll(
        () =>
          page
            .getByText(/信用分/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await shot(page, '20-my-credit');
  });
});

// A 1×1 PNG: real image bytes, so the server's content check accepts it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('closed loop: the firm answers an assigned issue with evidence, the regulator closes it off', () => {
  let issueId: number;
  beforeAll(async () => {
    const issue = await stage.orm.em.fork().findOneOrFail(Issue, { enterprise: 1, state: 'ASSIGNED' }, { orderBy: { id: 'asc' } });
    issueId = issue.id;
  });
  const dialogConfirm = (page: import('playwright-core').Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });

  it('the firm manager acknowledges the issue and submits feedback with a photo', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/issues/${issueId}/show`);
    await page.getByRole('button', { name: '签收' }).click();
    await dialogConfirm(page).click();
    await page.getByRole('button', { name: '反馈整改结果' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/整改情况说明/)
      .fill('已清理楼道堆物并张贴告示，附整改后照片。');
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(
        () =>
          page
            .getByText(/整改后\.png/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await shot(page, '21-feedback-with-evidence');
    await dialogConfirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Issue, { id: issueId })).state, { timeout: 20_000 }).toBe('SUBMITTED');
  });

  it('the regulator sees the feedback and closes the issue off', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/issues/${issueId}/show`);
    await expect.poll(() => page.getByText('已清理楼道堆物并张贴告示，附整改后照片。').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: '销号' }).click();
    await dialogConfirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Issue, { id: issueId })).state, { timeout: 20_000 }).toBe('CLOSED');
    await shot(page, '13-issue-closed');
    const actions = (await stage.orm.em.fork().find(IssueEvent, { issue: issueId }, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['ACKNOWLEDGE', 'SUBMIT', 'CLOSE']);
  });
});

describe('firm manager self-check (自查自纠)', () => {
  it('submits a self-check against the checklist; its finding enters the ledger as SELF_CHECK', async () => {
    const count = () => stage.orm.em.fork().count(Issue, { source: 'SELF_CHECK', enterprise: 1 });
    const before = await count();
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/selfChecks/create`);
    await page.getByRole('combobox', { name: /小区/ }).click();
    await page.getByRole('option').first().click();
    await page.locator('input[name="deduction-SEC-01"]').fill('2');
    await shot(page, '22-self-check');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(count, { timeout: 20_000 }).toBe(before + 1);
  });
});

describe('analyst', () => {
  it('opens the self-hosted GraphiQL', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'analyst');
    await page.goto(`${stage.url}/graphiql`);
    await expect.poll(() => page.locator('.graphiql-container').count(), { timeout: 30_000 }).toBe(1);
    await shot(page, '40-graphiql');
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
