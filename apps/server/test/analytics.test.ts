import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  ApiToken,
  Bulletin,
  Community,
  clock,
  CreditRecord,
  Department,
  Enterprise,
  Inspection,
  Issue,
  Objection,
  ProjectManager,
  RepairApplication,
  Township,
  User,
  hashPassword,
} from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { addDays, withUsccCheckChar } from '@wuye/domain';
import { PASSWORD, startServer, type Running } from './harness.js';

describeEachDriver('API tokens, exports and the bulletin page over HTTP', (driver) => {
  let s: Running;
  let session: string;
  beforeAll(async () => {
    s = await startServer(driver);
    const em = s.orm.em.fork();
    const town = await em.findOneOrFail(Township, { code: 'CG' });
    const mine = await em.findOneOrFail(Enterprise, { name: '安居物业服务有限公司' });
    const other = em.create(Enterprise, { name: '别家物业', uscc: withUsccCheckChar('91330100MA0000002'), legalRepresentative: '李', township: town });
    const c1 = em.create(Community, {
      name: '阳光花园',
      township: town,
      type: 'NEW_RESIDENTIAL',
      serviceMode: 'ENTERPRISE',
      enterprise: mine,
      households: 10,
      floorArea: 100,
    });
    const c2 = em.create(Community, {
      name: '别家小区',
      township: town,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      enterprise: other,
      households: 10,
      floorArea: 100,
    });
    for (let i = 0; i < 12; i++) {
      const c = i < 7 ? c1 : c2;
      em.create(Issue, {
        source: 'TOWNSHIP_REPORT',
        category: 'SANITATION',
        title: i === 0 ? '=cmd,"引号"' : `问题${i}`,
        community: c,
        township: town,
        enterprise: c.enterprise,
        state: 'REGISTERED',
      });
    }
    // Registry, inspection and credit rows of both firms, for the exports of those lists.
    for (const [c, n] of [
      [c1, 3],
      [c2, 2],
    ] as const) {
      for (let i = 0; i < n; i++) {
        em.create(Inspection, {
          kind: 'SCHEDULED',
          date: `2026-10-0${i + 1}`,
          inspectors: '张三、李四',
          community: c,
          township: town,
          enterprise: c.enterprise,
          deductions: [],
          score: 90 - i,
          grade: 'A',
          findingsTurned: [],
        });
      }
    }
    em.create(ProjectManager, { name: '赵经理', enterprise: mine, certificateNo: 'PM-001', phone: '13800000001' });
    em.create(ProjectManager, { name: '钱经理', enterprise: mine, certificateNo: 'PM-002', phone: '13800000002' });
    em.create(ProjectManager, { name: '孙经理', enterprise: other, certificateNo: 'PM-003', phone: '13800000003' });
    const filer = await em.findOneOrFail(User, { username: 'firm' });
    const record = (enterprise: typeof mine) =>
      em.create(CreditRecord, {
        subjectType: 'ENTERPRISE',
        enterprise,
        itemCode: 'B6',
        points: -10,
        termMonths: 12,
        standardVersion: 1,
        effectiveFrom: '2026-10-01',
        expiresOn: '2027-09-30',
        status: 'CONFIRMED',
        confirmedOn: '2026-10-01',
        proposedAt: new Date(),
        reason: '违规',
        sourceType: 'MANUAL',
      });
    const [r1, r2] = [record(mine), record(other)];
    for (const [r, status] of [
      [r1, 'PENDING'],
      [r1, 'ACCEPTED'],
      [r2, 'PENDING'],
    ] as const) {
      em.create(Objection, { record: r, enterprise: r.enterprise, filedBy: filer, filedAt: new Date(), statement: '事实有误', status });
    }
    for (const r of [r1, r2])
      em.create(RepairApplication, { record: r, enterprise: r.enterprise, appliedBy: filer, appliedAt: new Date(), commitment: '承诺整改', status: 'PENDING' });
    const dept = em.create(Department, { name: '住建局', code: 'ZJ', remit: [] });
    em.create(User, { username: 'dept', displayName: '部门用户', role: 'DEPARTMENT', department: dept, passwordHash: await hashPassword(PASSWORD) });
    em.create(Bulletin, {
      month: '2026-09',
      status: 'PUBLISHED',
      snapshot: snapshot('2026-09'),
      generatedAt: new Date(),
      publishedAt: new Date(),
      publishedOn: '2026-10-05',
    });
    em.create(Bulletin, { month: '2026-10', status: 'DRAFT', snapshot: snapshot('2026-10'), generatedAt: new Date() });
    await em.flush();
    session = await s.login('analyst');
  });
  afterAll(async () => s?.stop());

  const createToken = async () => {
    const r = await s.gql(
      `mutation { createApiToken(name: "shell") { ... on MutationCreateApiTokenSuccess { data { token apiToken { id } } } } }`,
      {},
      session,
    );
    return r.body.data!.createApiToken.data;
  };

  it('an analyst with only an API token fetches a KPI grouped by township and month', async () => {
    const { token, apiToken } = await createToken();
    const r = await s.gql(
      `{ kpis(period: "2026-09-01~2026-10-31", groupBy: [TOWNSHIP, MONTH]) { rows { month groupName kpi(code: CLOSE_OFF_RATE) { value numerator denominator } } } }`,
      {},
      token,
    );
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.kpis.rows.map((x: { month: string; groupName: string }) => `${x.month} ${x.groupName}`)).toEqual(['2026-09 城关镇', '2026-10 城关镇']);
    const used = await s.orm.em.fork().findOneOrFail(ApiToken, { id: Number(apiToken.id) });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.tokenHash).not.toBe(token);
  });

  it('an API token is read-only: every mutation is refused before it runs', async () => {
    const { token } = await createToken();
    const r = await s.gql(`mutation { createApiToken(name: "more") { __typename } }`, {}, token);
    expect(r.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(r.body.errors![0]!.message).toContain('只能读取');
    // Whatever its shape: inside inline and named fragments, aliased.
    for (const shape of [
      `mutation { ... on Mutation { x: createApiToken(name: "more") { __typename } } }`,
      `mutation { ...A } fragment A on Mutation { ... { ...B } } fragment B on Mutation { y: createApiToken(name: "more") { __typename } }`,
    ]) {
      const refused = await s.gql(shape, {}, token);
      expect(refused.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    }
    const count = await s.orm.em.fork().count(ApiToken, { name: 'more' });
    expect(count).toBe(0);
  });

  it('a revoked token is refused', async () => {
    const { token, apiToken } = await createToken();
    await s.gql(`mutation { revokeApiToken(id: "${apiToken.id}") { __typename } }`, {}, session);
    const r = await s.gql(`{ kpis(period: "2026-10") { period } }`, {}, token);
    expect(r.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
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

  it('exports inspections, project managers, objections and repair applications, scoped like their GraphQL lists', async () => {
    const [admin, analyst, firm] = [await s.login('admin'), await s.login('analyst'), await s.login('firm')];
    const lists = [
      {
        list: 'inspections',
        field: 'inspections',
        header: '编号,检查日期,检查方式,乡镇/街道,小区,物业服务企业,检查人员,得分,等级,拒不配合,登记时间',
        firmCol: 5,
        all: 5,
        mine: 3,
      },
      { list: 'project-managers', field: 'projectManagers', header: '编号,姓名,证书编号,物业服务企业,信用分,信用等级', firmCol: 3, all: 3, mine: 2 },
      {
        list: 'objections',
        field: 'objections',
        header: '编号,物业服务企业,信用记录编号,信用事项,提出时间,状态,异议理由,处理时间,处理意见',
        firmCol: 1,
        all: 3,
        mine: 2,
      },
      {
        list: 'repair-applications',
        field: 'repairApplications',
        header: '编号,物业服务企业,信用记录编号,信用事项,申请时间,未销号问题数,状态,信用承诺,处理时间,处理理由',
        firmCol: 1,
        all: 2,
        mine: 1,
      },
    ];
    for (const l of lists) {
      for (const [who, token, expected] of [
        ['admin', admin, l.all],
        ['analyst', analyst, l.all],
        ['firm', firm, l.mine],
      ] as const) {
        const res = await fetch(`${s.url}/export/${l.list}.csv`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status, `${l.list} as ${who}`).toBe(200);
        const lines = (await res.text())
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines[0], `${l.list} header`).toBe(l.header);
        expect(res.headers.get('x-total-rows'), `${l.list} as ${who}`).toBe(String(expected));
        expect(lines.slice(1), `${l.list} as ${who}`).toHaveLength(expected);
        const g = await s.gql<Record<string, { total: number }>>(`{ ${l.field}(perPage: 1) { total } }`, {}, token);
        expect(g.body.errors).toBeUndefined();
        expect(g.body.data![l.field]!.total, `GraphQL ${l.field} as ${who}`).toBe(expected);
        // Personal data never leaves: no phone numbers in any export.
        expect(lines.join('\n')).not.toMatch(/1380000000/);
        if (who === 'firm') for (const line of lines.slice(1)) expect(line.split(',')[l.firmCol], `${l.list}: ${line}`).toBe('安居物业服务有限公司');
      }
    }
    // The list's own filters: status, and the inspection date.
    const accepted = await fetch(`${s.url}/export/objections.csv?state=ACCEPTED`, { headers: { authorization: `Bearer ${admin}` } });
    expect(accepted.headers.get('x-total-rows')).toBe('1');
    const late = await fetch(`${s.url}/export/inspections.csv?from=2026-10-02&to=2026-10-02`, { headers: { authorization: `Bearer ${admin}` } });
    expect(late.headers.get('x-total-rows')).toBe('2');
    // A department reads no inspections in GraphQL, and may not export them; it reads every firm's objections.
    const dept = await s.login('dept');
    expect((await fetch(`${s.url}/export/inspections.csv`, { headers: { authorization: `Bearer ${dept}` } })).status).toBe(403);
    expect((await s.gql(`{ inspections { total } }`, {}, dept)).body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const deptObjections = await fetch(`${s.url}/export/objections.csv`, { headers: { authorization: `Bearer ${dept}` } });
    expect(deptObjections.headers.get('x-total-rows')).toBe('3');
    expect((await s.gql(`{ objections { total } }`, {}, dept)).body.data!.objections.total).toBe(3);
    // Excel, in English.
    const xlsx = await fetch(`${s.url}/export/inspections.xlsx`, { headers: { authorization: `Bearer ${firm}`, 'accept-language': 'en' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(4);
    expect(wb.worksheets[0]!.getRow(1).getCell(2).value).toBe('date');
    expect(wb.worksheets[0]!.getRow(2).getCell(8).value).toBe(90);
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
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('an export given the list’s filter holds exactly the list’s rows: quick filters, search, grade; dated in Shanghai', async () => {
    const em = s.orm.em.fork();
    const town = await em.findOneOrFail(Township, { code: 'CG' });
    const c = await em.findOneOrFail(Community, { name: '阳光花园' });
    const today = clock.today();
    const issue = (title: string, deadline: string, extra: Partial<Issue> = {}) =>
      em.create(Issue, {
        source: 'TOWNSHIP_REPORT',
        category: 'ELEVATOR',
        title,
        community: c,
        township: town,
        enterprise: c.enterprise,
        state: 'RECTIFYING',
        deadline,
        ...extra,
      });
    issue('逾期甲', addDays(today, -3));
    issue('逾期乙', addDays(today, -1), { flagged: true });
    issue('本周到期', addDays(today, 2));
    issue('已提交', addDays(today, 20), { state: 'SUBMITTED' });
    await em.flush();
    const admin = await s.login('admin');
    const listTotal = async (list: string, type: string, filter: Record<string, unknown>) => {
      const r = await s.gql<Record<string, { total: number }>>(`query($f: ${type}) { ${list}(perPage: 1, filter: $f) { total } }`, { f: filter }, admin);
      expect(r.body.errors).toBeUndefined();
      return r.body.data![list]!.total;
    };
    const exported = async (file: string, filter: Record<string, unknown>) => {
      const res = await fetch(`${s.url}/export/${file}?filter=${encodeURIComponent(JSON.stringify(filter))}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(res.status).toBe(200);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(res.headers.get('x-total-rows')).toBe(String(lines.length - 1));
      return { rows: lines.length - 1, disposition: res.headers.get('content-disposition') };
    };
    const cases: [Record<string, unknown>, number][] = [
      [{ overdue: true }, 2],
      [{ flagged: true }, 1],
      [{ dueWithinDays: 7 }, 1],
      [{ mine: true }, 13],
      [{ q: '逾期' }, 2],
      [{ overdue: true, flagged: false, category: 'ELEVATOR' }, 1],
      [{ open: true, states: ['SUBMITTED'] }, 1],
    ];
    for (const [filter, expected] of cases) {
      const total = await listTotal('issues', 'IssueFilter', filter);
      expect(total, JSON.stringify(filter)).toBe(expected);
      expect((await exported('issues.csv', filter)).rows, JSON.stringify(filter)).toBe(total);
    }
    // Without the list's filter the export would have held every issue.
    expect((await exported('issues.csv', {})).rows).toBe(16);
    const firms = await exported('enterprises.csv', { grade: 'AAA' });
    expect(firms.rows).toBe(await listTotal('enterprises', 'EnterpriseFilter', { grade: 'AAA' }));
    expect((await exported('complaints.csv', { channel: 'HOTLINE', overdue: true })).rows).toBe(
      await listTotal('complaints', 'ComplaintFilter', { channel: 'HOTLINE', overdue: true }),
    );
    expect(firms.disposition).toContain(`enterprises-${today}.csv`);
    // A firm's export of the same filter stays within its own rows, as its list does.
    const firm = await s.login('firm');
    const own = await fetch(`${s.url}/export/issues.csv?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`, {
      headers: { authorization: `Bearer ${firm}` },
    });
    expect(own.headers.get('x-total-rows')).toBe('2');
    const other = await fetch(
      `${s.url}/export/issues.csv?filter=${encodeURIComponent(JSON.stringify({ communityId: String((await em.findOneOrFail(Community, { name: '别家小区' })).id) }))}`,
      { headers: { authorization: `Bearer ${firm}` } },
    );
    expect(other.headers.get('x-total-rows')).toBe('0');
    // A filter the list would refuse is refused, naming the field.
    for (const [bad, field] of [
      ['{"overdue":"yes"}', 'filter.overdue'],
      ['{"nope":1}', 'filter'],
      ['[1]', 'filter'],
      ['not json', 'filter'],
      [JSON.stringify({ q: 'x'.repeat(300) }), 'filter.q'],
    ] as const) {
      const res = await fetch(`${s.url}/export/issues.csv?filter=${encodeURIComponent(bad)}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field, bad).toBe(field);
    }
  });
});

function snapshot(month: string): Record<string, unknown> {
  return {
    month,
    asOf: `${month}-30`,
    generatedOn: '2026-11-15',
    county: [{ code: 'CLOSE_OFF_RATE', value: 0.9, numerator: 9, denominator: 10, previous: 0.8, target: 0.95 }],
    byTownship: [
      { townshipId: 1, townshipName: '城关镇', kpis: [{ code: 'CLOSE_OFF_RATE', value: 0.9, numerator: 9, denominator: 10, previous: null, target: 0.95 }] },
    ],
    distribution: { AAA: 1, AA: 0, A: 0, B: 0, C: 0, RED: 0, BLACK: 0 },
    listChanges: [],
    overdueIssues: [],
    flaggedIssues: [],
    typicalCases: [],
    top10: [{ rank: 1, enterpriseId: 1, name: '安居物业服务有限公司', township: '城关镇', score: 86, grade: 'AAA' }],
    bottom10: [],
    totalFirms: 1,
  };
}
