import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '@wuye/domain';
import { CreditRecord, Issue, IssueEvent, Objection, clock } from '@wuye/db';
import { DEMO_PASSWORD, login, shot, startStage, type Stage } from './browser.js';

/**
 * The regulator's side of the loop (overdue issue flagged, a registered issue assigned with a deadline) and the firm
 * manager's due process (an objection to a publicized credit record).
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const dialog = (page: Page) => page.getByRole('dialog');
const confirm = (page: Page) => dialog(page).getByRole('button', { name: '确认' });
const issueState = async (id: number) => (await stage.orm.em.fork().findOneOrFail(Issue, { id })).state;

describe('regulator: overdue issues and assignment', () => {
  it('filters the ledger to overdue issues, opens one and flags it for supervision', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/issues`);
    await page.getByRole('button', { name: '逾期', exact: true }).click();
    await expect
      .poll(
        () =>
          page
            .getByText(/逾期 \d+ 天/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await shot(page, '14-overdue-issues');
    const overdue = await stage.orm.em
      .fork()
      .findOneOrFail(Issue, { state: { $in: ['ASSIGNED', 'RECTIFYING'] }, deadline: { $lt: clock.today() }, flagged: false }, { orderBy: { id: 'asc' } });
    await page.goto(`${stage.url}/#/issues/${overdue.id}/show`);
    await expect
      .poll(
        () =>
          page
            .getByText(/已逾期 \d+ 天/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: '挂牌督办', exact: true }).click();
    await dialog(page).getByLabel(/说明/).fill('逾期未整改，挂牌督办。');
    await confirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Issue, { id: overdue.id })).flagged, { timeout: 20_000 }).toBe(true);
  });

  it('assigns a registered issue to its firm with measures and a deadline', async () => {
    const registered = await stage.orm.em.fork().findOneOrFail(Issue, { state: 'REGISTERED' }, { orderBy: { id: 'asc' } });
    const deadline = addDays(clock.today(), 14);
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/issues/${registered.id}/show`);
    await page.getByRole('button', { name: '交办', exact: true }).click();
    await dialog(page)
      .getByLabel(/整改措施/)
      .fill('按问题描述限期整改到位，整改后上传现场照片反馈。');
    await dialog(page)
      .getByLabel(/整改期限/)
      .fill(deadline);
    await shot(page, '15-assign-with-deadline');
    await confirm(page).click();
    await expect.poll(() => issueState(registered.id), { timeout: 20_000 }).toBe('ASSIGNED');
    const assigned = await stage.orm.em.fork().findOneOrFail(Issue, { id: registered.id });
    expect(assigned.deadline).toBe(deadline);
    const events = await stage.orm.em.fork().find(IssueEvent, { issue: registered.id }, { orderBy: { id: 'asc' } });
    expect(events.at(-1)?.action).toBe('ASSIGN');
  });
});

describe('firm manager: due process', () => {
  let recordId: number;
  beforeAll(async () => {
    // A record publicized today (through the API, as the bureau would), so its 10-day objection window is open.
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(`${stage.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: Record<string, { token?: string; data?: { id: string } }> };
    };
    const login = await post('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ ... on LoginSuccess { token } } }', {
      u: 'regulator',
      p: DEMO_PASSWORD,
    });
    const token = login.data.login!.token!;
    const proposed = await post(
      'mutation($input: ProposeCreditRecordInput!){ proposeCreditRecord(input:$input){ ... on MutationProposeCreditRecordSuccess { data { id } } } }',
      { input: { enterpriseId: '1', itemCode: 'B6', effectiveFrom: clock.today(), reason: '县住建局通报批评：消防通道长期堵塞。' } },
      token,
    );
    recordId = Number(proposed.data.proposeCreditRecord!.data!.id);
    await post('mutation($id:ID!){ publicizeCreditRecord(id:$id){ __typename } }', { id: String(recordId) }, token);
    expect((await stage.orm.em.fork().findOneOrFail(CreditRecord, { id: recordId })).status).toBe('PUBLICIZING');
  });

  it('objects to a publicized record within the window; the objection reaches the bureau', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/creditRecords/${recordId}/show`);
    await page.getByRole('button', { name: '提出异议' }).click();
    await expect
      .poll(
        () =>
          dialog(page)
            .getByText(/异议期至/)
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await dialog(page)
      .getByLabel(/异议陈述/)
      .fill('通报所指消防通道已于当日清理完毕，附整改照片及业主签字。');
    await shot(page, '23-objection');
    await confirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(CreditRecord, { id: recordId })).status, { timeout: 20_000 }).toBe('OBJECTED');
    const objection = await stage.orm.em.fork().findOneOrFail(Objection, { record: recordId });
    expect(objection.status).toBe('PENDING');
    expect(objection.statement).toContain('消防通道');
  });

  it('a second regulator decides the objection from the inbox', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator2');
    const objection = await stage.orm.em.fork().findOneOrFail(Objection, { record: recordId });
    await page.goto(`${stage.url}/#/objections`);
    await expect.poll(() => page.getByText('青溪县安居物业服务有限公司').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await page.goto(`${stage.url}/#/objections/${objection.id}/show`);
    await page.getByRole('button', { name: '复核异议' }).click();
    await dialog(page).getByRole('combobox').click();
    await page.getByRole('option', { name: '异议成立，撤销记录' }).click();
    await dialog(page)
      .getByLabel(/复核意见/)
      .fill('经核实已整改完毕，撤销记录。');
    await confirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(CreditRecord, { id: recordId })).status, { timeout: 20_000 }).toBe('REVOKED');
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
