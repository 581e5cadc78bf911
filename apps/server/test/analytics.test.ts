import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ApiToken, Bulletin, Community, Enterprise, Issue, Township } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { startServer, type Running } from './harness.js';

describeEachDriver('API tokens, exports and the bulletin page over HTTP', (driver) => {
  let s: Running;
  let session: string;
  beforeAll(async () => {
    s = await startServer(driver);
    const em = s.orm.em.fork();
    const town = await em.findOneOrFail(Township, { code: 'CG' });
    const mine = await em.findOneOrFail(Enterprise, { name: '安居物业服务有限公司' });
    const other = em.create(Enterprise, { name: '别家物业', uscc: withUsccCheckChar('91330100MA0000002'), legalRepresentative: '李', township: town });
    const c1 = em.create(Community, { name: '阳光花园', township: town, type: 'NEW_RESIDENTIAL', serviceMode: 'ENTERPRISE', enterprise: mine, households: 10, floorArea: 100 });
    const c2 = em.create(Community, { name: '别家小区', township: town, type: 'OLD', serviceMode: 'ENTERPRISE', enterprise: other, households: 10, floorArea: 100 });
    for (let i = 0; i < 12; i++) {
      const c = i < 7 ? c1 : c2;
      em.create(Issue, { source: 'TOWNSHIP_REPORT', category: 'SANITATION', title: i === 0 ? '=cmd,"引号"' : `问题${i}`, community: c, township: town, enterprise: c.enterprise, state: 'REGISTERED' });
    }
    em.create(Bulletin, { month: '2026-09', status: 'PUBLISHED', snapshot: snapshot('2026-09'), generatedAt: new Date(), publishedAt: new Date(), publishedOn: '2026-10-05' });
    em.create(Bulletin, { month: '2026-10', status: 'DRAFT', snapshot: snapshot('2026-10'), generatedAt: new Date() });
    await em.flush();
    session = await s.login('analyst');
  });
  afterAll(async () => s?.stop());

  const createToken = async () => {
    const r = await s.gql(`mutation { createApiToken(name: "shell") { ... on MutationCreateApiTokenSuccess { data { token apiToken { id } } } } }`, {}, session);
    return r.body.data.createApiToken.data as { token: string; apiToken: { id: string } };
  };

  it('an analyst with only an API token fetches a KPI grouped by township and month', async () => {
    const { token, apiToken } = await createToken();
    const r = await s.gql(`{ kpis(period: "2026-09-01~2026-10-31", groupBy: [TOWNSHIP, MONTH]) { rows { month groupName kpi(code: CLOSE_OFF_RATE) { value numerator denominator } } } }`, {}, token);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.kpis.rows.map((x: { month: string; groupName: string }) => `${x.month} ${x.groupName}`)).toEqual(['2026-09 城关镇', '2026-10 城关镇']);
    const used = await s.orm.em.fork().findOneOrFail(ApiToken, { id: Number(apiToken.id) });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.tokenHash).not.toBe(token);
  });

  it('an API token is read-only: every mutation is refused before it runs', async () => {
    const { token } = await createToken();
    const r = await s.gql(`mutation { createApiToken(name: "more") { __typename } }`, {}, token);
    expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(r.body.errors[0].message).toContain('只能读取');
    const count = await s.orm.em.fork().count(ApiToken, { name: 'more' });
    expect(count).toBe(0);
  });

  it('a revoked token is refused', async () => {
    const { token, apiToken } = await createToken();
    await s.gql(`mutation { revokeApiToken(id: "${apiToken.id}") { __typename } }`, {}, session);
    const r = await s.gql(`{ kpis(period: "2026-10") { period } }`, {}, token);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const exp = await fetch(`${s.url}/export/issues.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(exp.status).toBe(401);
  });

  it('streams a CSV export with the row count up front, scoped to the caller', async () => {
    const { token } = await createToken();
    const all = await fetch(`${s.url}/export/issues.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(all.status).toBe(200);
    expect(all.headers.get('x-total-rows')).toBe('12');
    expect(all.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await all.arrayBuffer());
    // A UTF-8 byte-order mark first: Excel then reads the Chinese text correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]!.startsWith('编号,标题')).toBe(true);
    // Quoted, and defused so a spreadsheet does not run it as a formula.
    expect(lines[1]).toContain(`"'=cmd,""引号"""`);
    const firm = await s.login('firm');
    const mine = await fetch(`${s.url}/export/issues.csv?category=SANITATION`, { headers: { authorization: `Bearer ${firm}` } });
    expect(mine.headers.get('x-total-rows')).toBe('7');
    expect((await mine.text()).trim().split('\r\n')).toHaveLength(8);
    expect((await fetch(`${s.url}/export/issues.csv?from=2026-13-01`, { headers: { authorization: `Bearer ${firm}` } })).status).toBe(400);
    expect((await fetch(`${s.url}/export/issues.csv`)).status).toBe(401);
    expect((await fetch(`${s.url}/export/users.csv`, { headers: { authorization: `Bearer ${firm}` } })).status).toBe(404);
  });

  it('streams an Excel export that opens as a workbook', async () => {
    const firm = await s.login('firm');
    const res = await fetch(`${s.url}/export/issues.xlsx`, { headers: { authorization: `Bearer ${firm}`, 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    const buf = Buffer.from(await res.arrayBuffer());
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getRow(1).getCell(2).value).toBe('title');
  });

  it('prints a published bulletin as an A4 page for anyone; drafts only for staff', async () => {
    const em = s.orm.em.fork();
    const pub = await em.findOneOrFail(Bulletin, { month: '2026-09' });
    const draft = await em.findOneOrFail(Bulletin, { month: '2026-10' });
    const page = await fetch(`${s.url}/bulletins/${pub.id}/print`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('2026年9月物业管理服务监管月通报');
    expect(html).toContain('size: A4');
    expect(html).toContain('问题销号率');
    expect((await fetch(`${s.url}/bulletins/${draft.id}/print`)).status).toBe(404);
    const admin = await s.login('admin');
    expect((await fetch(`${s.url}/bulletins/${draft.id}/print`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
    const file = await fetch(`${s.url}/bulletins/${pub.id}/download`);
    expect(file.headers.get('content-disposition')).toContain('bulletin-2026-09.html');
    const xlsx = await fetch(`${s.url}/bulletins/${pub.id}/download?format=xlsx`);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });
});

function snapshot(month: string): Record<string, unknown> {
  return {
    month, asOf: `${month}-30`, generatedOn: '2026-11-15',
    county: [{ code: 'CLOSE_OFF_RATE', value: 0.9, numerator: 9, denominator: 10, previous: 0.8, target: 0.95 }],
    byTownship: [{ townshipId: 1, townshipName: '城关镇', kpis: [{ code: 'CLOSE_OFF_RATE', value: 0.9, numerator: 9, denominator: 10, previous: null, target: 0.95 }] }],
    distribution: { AAA: 1, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 },
    listChanges: [], overdueIssues: [], flaggedIssues: [], typicalCases: [],
    top10: [{ rank: 1, enterpriseId: 1, name: '安居物业服务有限公司', township: '城关镇', score: 86, grade: 'AAA' }], bottom10: [], totalFirms: 1,
  };
}
