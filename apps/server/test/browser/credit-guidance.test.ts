import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMonths } from '@wuye/domain';
import { CreditRecord, Enterprise, Issue, clock } from '@wuye/db';
import { DEMO_PASSWORD, login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 15 items 3 and 4: the firm manager's guidance on "my credit" (the next grade, when records stop counting,
 * open issues, positive items) with credit repair shown as not yet available, its earliest day and every reason;
 * a regulator going from a firm's credit file to its open issues and proposing a record for it.
 */
let stage: Stage;
let firm: Enterprise;
let recordId: number;
let openIssues: number;

type Post = { data?: Record<string, { token?: string; data?: { id: string }; __typename?: string } | null>; errors?: unknown[] };
const post = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Post> => {
  const res = await fetch(`${stage.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Post;
};
const tokenOf = async (username: string) =>
  (await post('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ ... on LoginSuccess { token } } }', { u: username, p: DEMO_PASSWORD })).data!
    .login!.token!;
const visible = (page: Page, text: string | RegExp) => expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 30_000 }).toBe(true);

beforeAll(async () => {
  stage = await startStage();
  firm = await stage.orm.em.fork().findOneOrFail(Enterprise, { id: 1 });
  openIssues = await stage.orm.em.fork().count(Issue, { enterprise: firm.id, state: { $ne: 'CLOSED' } });
  // A deduction confirmed today through due process (proposed, objected to, objection rejected by another reviewer):
  // it counts from today, so its repair waits for the minimum publicity period.
  const regulator = await tokenOf('regulator');
  const proposed = await post(
    'mutation($input: ProposeCreditRecordInput!){ proposeCreditRecord(input:$input){ __typename ... on MutationProposeCreditRecordSuccess { data { id } } } }',
    { input: { enterpriseId: String(firm.id), itemCode: 'B5', effectiveFrom: clock.today(), reason: '回访不满意：电梯维修后未回复业主。' } },
    regulator,
  );
  recordId = Number(proposed.data!.proposeCreditRecord!.data!.id);
  const objected = await post(
    'mutation($id:ID!){ fileObjection(recordId:$id, statement:"已回复业主"){ __typename ... on MutationFileObjectionSuccess { data { id } } } }',
    { id: String(recordId) },
    await tokenOf('ent_demo'),
  );
  const objectionId = objected.data!.fileObjection!.data!.id;
  await post(
    'mutation($id:ID!){ decideObjection(objectionId:$id, upholdRecord:true, note:"回访记录属实"){ __typename } }',
    { id: objectionId },
    await tokenOf('admin'),
  );
  expect((await stage.orm.em.fork().findOneOrFail(CreditRecord, { id: recordId })).status).toBe('CONFIRMED');
});
afterAll(async () => stage?.stop());

describe('firm manager: what to do next', () => {
  it('reads the gap to the next grade, when each record stops counting, and the positive items', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.getByRole('menuitem', { name: '我的信用' }).click();
    await page.waitForURL((u) => u.hash.startsWith(`#/credit/${firm.id}`), { timeout: 20_000 });
    const guidance = page.getByTestId('credit-guidance');
    await expect.poll(() => guidance.getByTestId('next-grade').isVisible(), { timeout: 30_000 }).toBe(true);
    // The same words the API gives: "再得 N 分可升至 X 级" (or the top grade / veto sentence).
    const g = (
      (await post(
        'query($id:ID!){ enterprise(id:$id){ creditGuidance { nextGrade pointsToNextGrade vetoed } } }',
        { id: String(firm.id) },
        await tokenOf('ent_demo'),
      )) as unknown as { data: { enterprise: { creditGuidance: { nextGrade: string | null; pointsToNextGrade: number | null; vetoed: boolean } } } }
    ).data.enterprise.creditGuidance;
    const headline = await guidance.getByTestId('next-grade').innerText();
    if (g.nextGrade) expect(headline).toMatch(new RegExp(`再得 ${g.pointsToNextGrade}(\\.0)? 分可升至 ${g.nextGrade} 级`));
    else expect(headline).toMatch(g.vetoed ? /一票否决/ : /最高等级/);

    const changes = guidance.getByTestId('score-changes');
    const row = changes.getByRole('row').filter({ has: page.getByRole('link', { name: /^B5/ }) });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    // A one-year record counting from today: it stops counting a year on.
    expect(await row.innerText()).toContain(addMonths(clock.today(), 12));

    const positive = guidance.getByTestId('positive-items');
    expect(await positive.getByRole('row').count()).toBe(9); // header + G1–G8
    expect(await positive.getByRole('row').filter({ hasText: 'G6' }).innerText()).toContain('满意度');
    await shot(page, '40-firm-credit-guidance');
  });

  it('sees credit repair as not yet available, with the earliest day and every reason, before writing anything', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/credit/${firm.id}`);
    const row = page
      .getByTestId('score-changes')
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /^B5/ }) });
    const blocked = row.getByTestId('repair-blocked');
    await expect.poll(() => blocked.isVisible(), { timeout: 30_000 }).toBe(true);
    const earliest = addMonths(clock.today(), 3);
    expect(await blocked.getByRole('button', { name: '申请信用修复' }).isDisabled()).toBe(true);
    const text = await blocked.innerText();
    expect(text).toContain(`最早 ${earliest} 可申请`);
    expect(text).toContain(`最早可于 ${earliest} 申请信用修复`);
    if (openIssues > 0) expect(text).toContain(`尚有 ${openIssues} 个未销号问题`);
    // The open issues that block repair are listed, and lead to the ledger filtered to them.
    if (openIssues > 0) {
      const issues = page.getByTestId('guidance-open-issues');
      expect(await issues.innerText()).toContain(`尚有 ${openIssues} 个未销号问题`);
      await issues.getByText('查看全部未销号问题', { exact: true }).click();
      await page.waitForURL((u) => u.hash.startsWith('#/issues'), { timeout: 20_000 });
      const filter = JSON.parse(decodeURIComponent(new URL(page.url()).hash.split('filter=')[1]!.split('&')[0]!));
      expect(filter).toMatchObject({ enterpriseId: String(firm.id), open: true });
    }
  });
});

describe('regulator: acting from a firm’s credit file', () => {
  it('goes from the credit file to the firm’s open issues', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/credit/${firm.id}`);
    const links = page.getByTestId('firm-links');
    await expect.poll(() => links.isVisible(), { timeout: 30_000 }).toBe(true);
    await links.getByText('未销号问题', { exact: true }).click();
    await page.waitForURL((u) => u.hash.startsWith('#/issues'), { timeout: 20_000 });
    const filter = JSON.parse(decodeURIComponent(new URL(page.url()).hash.split('filter=')[1]!.split('&')[0]!));
    expect(filter).toMatchObject({ enterpriseId: String(firm.id), open: true });
    if (openIssues > 0) {
      const first = await stage.orm.em
        .fork()
        .findOneOrFail(Issue, { enterprise: firm.id, state: { $ne: 'CLOSED' } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      await visible(page, firm.name);
      // The issue's page names the firm and the community as links.
      await page.goto(`${stage.url}/#/issues/${first.id}/show`);
      const firmLink = page.getByRole('link', { name: firm.name });
      await expect.poll(() => firmLink.first().isVisible(), { timeout: 30_000 }).toBe(true);
      await firmLink.first().click();
      await page.waitForURL((u) => u.hash.startsWith(`#/enterprises/${firm.id}/show`), { timeout: 20_000 });
    }
  });

  it('proposes a record for the firm from its credit file, the form prefilled with the firm, and finds it among the pending records', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/credit/${firm.id}`);
    const propose = page.getByTestId('firm-links').getByText('为该企业拟定信用记录', { exact: true });
    await expect.poll(() => propose.isVisible(), { timeout: 30_000 }).toBe(true);
    await propose.click();
    await page.waitForURL((u) => u.hash.startsWith('#/creditRecords/create'), { timeout: 20_000 });
    // The firm's autocomplete is filled in with this firm (the subject-type select is a combobox too, a <div>).
    const firmInput = page.locator('input[role="combobox"]').first();
    await expect.poll(() => firmInput.inputValue(), { timeout: 30_000 }).toBe(firm.name);
    await page.getByRole('combobox', { name: /事项/ }).first().click();
    await page.getByRole('option', { name: /^B10 / }).click();
    const reason = `随机抽查时拒不配合检查，未提供维修台账（${Date.now()}）。`;
    await page.getByRole('textbox', { name: /事由/ }).first().fill(reason);
    await shot(page, '41-propose-from-credit-file');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((u) => /#\/creditRecords\/\d+\/show/.test(u.hash), { timeout: 20_000 });
    const made = await stage.orm.em.fork().findOneOrFail(CreditRecord, { reason }, { populate: ['enterprise'] });
    // The bureau's own proposal is publicized at once: the firm may object from today.
    expect([made.enterprise.id, made.itemCode, made.status]).toEqual([firm.id, 'B10', 'PUBLICIZING']);

    // Back on the credit file: the record is among those being publicized or contested, with its objection deadline.
    await page.goto(`${stage.url}/#/credit/${firm.id}`);
    const pending = page.getByRole('heading', { name: '公示与异议中的记录' }).locator('xpath=..');
    const row = pending.getByRole('row').filter({ hasText: reason });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('B10');
    expect(text).toContain('公示中');
    expect(text).toContain(made.objectionDeadline!);
    await shot(page, '42-credit-file-pending');
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
