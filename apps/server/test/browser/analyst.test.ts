import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * The analyst's journey (issue 7): a saved query in GraphiQL, a server-side export with progress, and a personal API
 * token that reads the API from a script, cannot write, and stops working once revoked.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const graphql = (token: string, query: string) =>
  fetch(`${stage.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  }));

describe('analyst', () => {
  it('picks the saved “KPI by township and month” query in GraphiQL and runs it', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'analyst');
    await page.goto(`${stage.url}/graphiql`);
    // The examples panel is open on a first visit.
    const example = page.locator('[data-example="kpi-by-township-month"]');
    await expect.poll(() => example.isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator('.graphiql-query-editor .monaco-editor').count(), { timeout: 60_000 }).toBe(1);
    await example.click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain('KpiByTownshipAndMonth');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: 60_000 }).toMatch(/"groupName":\s*"[^"]*(镇|街道|乡)"/); // Monaco renders spaces as U+00A0: \s
    const text = await response.innerText();
    expect(text).toContain('"CLOSE_OFF_RATE"');
    expect(text).not.toContain('"errors"');
    await shot(page, 'analyst-graphiql');
  });

  it('exports the filtered issue list as CSV through the progress dialog; the file has every row', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'analyst');
    await page.goto(`${stage.url}/#/issues?filter=${encodeURIComponent(JSON.stringify({ category: 'ELEVATOR' }))}`);
    const totalText = page.getByText(/共 \d+ 条/);
    await expect.poll(() => totalText.isVisible(), { timeout: 30_000 }).toBe(true);
    const total = Number(/共 (\d+) 条/.exec(await totalText.innerText())![1]);
    expect(total).toBeGreaterThan(0);

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('export-done').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await dialog.getByTestId('export-status').innerText()).toBe(`已接收 ${total} / ${total} 行`);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^问题.*-\d{4}-\d{2}-\d{2}\.csv$/);
    await shot(page, 'analyst-export');

    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).toMatch(/^编号,标题,类别,状态,/);
    expect(lines).toHaveLength(total + 1);
    // Categories are written as words in the reader's language, never as codes.
    expect(lines.slice(1).every((l) => l.includes(',电梯,') && !l.includes('ELEVATOR'))).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('creates an API token that reads the API from a script, cannot write, and stops working once revoked', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'analyst');
    await page.getByRole('menuitem', { name: 'API 令牌' }).click();
    await page.getByLabel(/名称/).fill('月度报表脚本');
    await page.getByRole('button', { name: '创建令牌' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('关闭本窗口后将无法再次查看', { exact: false }).isVisible(), { timeout: 20_000 }).toBe(true);
    const token = await dialog.getByTestId('new-api-token').inputValue();
    expect(token).toMatch(/^wuye_[A-Za-z0-9_-]{43}$/);
    expect(await dialog.getByTestId('curl-example').innerText()).toContain(`${stage.url}/graphql`);
    await dialog.getByRole('button', { name: /我已保存/ }).click();
    const row = page.locator('tr[data-token-name="月度报表脚本"]');
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('从未使用');

    const read = await graphql(token, '{ kpis(period: "2026-10") { rows { kpis(codes: [CLOSE_OFF_RATE]) { code value } } } }');
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.kpis).toBeTruthy();
    const write = await graphql(token, 'mutation { createApiToken(name: "more") { __typename } }');
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await page.reload();
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).not.toContain('从未使用');
    await row.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('已撤销');
    const refused = await graphql(token, '{ kpis(period: "2026-10") { period } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
