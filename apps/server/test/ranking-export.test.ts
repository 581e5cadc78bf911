import ExcelJS from 'exceljs';
import { Enterprise, Township } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './harness.js';

// Batches of 4 rows, so 15 ranked firms cross three batch boundaries.
describeEachDriver('the streamed ranking export', (driver) => {
  let s: Running;
  let analyst: string;
  let town2: number;
  beforeAll(async () => {
    s = await startServer(driver, { exportBatchSize: 4 });
    const em = s.orm.em.fork();
    const town1 = await em.findOneOrFail(Township, { code: 'CG' });
    const t2 = em.create(Township, { name: '东港镇', code: 'DG' });
    for (let i = 0; i < 16; i++)
      em.create(Enterprise, {
        name: `排名企业${String(i).padStart(2, '0')}`,
        uscc: withUsccCheckChar(`91330100MA00010${String(i).padStart(2, '0')}`),
        legalRepresentative: '甲',
        township: i % 3 === 0 ? t2 : town1,
        score: 60 + ((i * 7) % 40),
        grade: i % 2 ? 'A' : 'AA',
        creditPositive: i,
        creditNegative: i % 5,
        // A suspended firm is not ranked, so it is not exported either.
        status: i === 15 ? 'SUSPENDED' : 'ACTIVE',
      });
    await em.flush();
    town2 = t2.id;
    analyst = await s.login('analyst');
  });
  afterAll(async () => s?.stop());

  const csv = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${s.url}/export/ranking.csv${query}`, { headers: { authorization: `Bearer ${analyst}`, ...headers } });
    const body = await res.text();
    const lines = body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    return { res, header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
  };
  const ranking = async (args: string) => {
    const r = await s.gql(`{ ranking(${args}perPage: 1000) { total items { rank name uscc grade townshipName } } }`, {}, analyst);
    expect(r.body.errors).toBeUndefined();
    return r.body.data!.ranking as { total: number; items: { rank: number; name: string; uscc: string; grade: string; townshipName: string }[] };
  };

  it('holds every ranked firm, in rank order, as many rows as the ranking counts, with the catalogue headers', async () => {
    const whole = await ranking('');
    expect(whole.total).toBe(16); // 15 active here plus the harness's own firm
    const { res, header, rows } = await csv('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/filename="ranking-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers.get('x-total-rows')).toBe(String(whole.total));
    expect(rows).toHaveLength(whole.total);
    expect(header).toEqual(['排名', '企业名称', '统一社会信用代码', '注册乡镇', '信用分', '信用等级', '加分', '扣分', '红黑榜', '上榜截止']);
    expect(rows.map((r) => [Number(r[0]), r[1], r[2]])).toEqual(whole.items.map((i) => [i.rank, i.name, i.uscc]));
    expect(rows.some((r) => r[1] === '排名企业15')).toBe(false);
    const en = await csv('', { 'accept-language': 'en' });
    expect(en.header.slice(0, 3)).toEqual(['rank', 'name', 'USCC']);
    expect(en.rows).toHaveLength(whole.total);
  });

  it('applies the ranking filters: township, grade, worst first', async () => {
    const inTown = await ranking(`townshipId: "${town2}", `);
    const byTown = await csv(`?townshipId=${town2}`);
    expect(byTown.rows).toHaveLength(inTown.total);
    expect(inTown.total).toBe(5);
    expect(new Set(byTown.rows.map((r) => r[3]))).toEqual(new Set(['东港镇']));

    const aa = await ranking('grade: AA, ');
    const byGrade = await csv('?grade=AA');
    expect(byGrade.res.headers.get('x-total-rows')).toBe(String(aa.total));
    expect(byGrade.rows.map((r) => r[2])).toEqual(aa.items.map((i) => i.uscc));
    expect(new Set(byGrade.rows.map((r) => r[5]))).toEqual(new Set(['AA']));

    const worst = await csv('?worstFirst=true');
    const best = await csv('');
    expect(worst.rows.map((r) => r[2])).toEqual(best.rows.map((r) => r[2]).reverse());
  });

  it('writes the same rows as an Excel workbook', async () => {
    const whole = await ranking('');
    const res = await fetch(`${s.url}/export/ranking.xlsx`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(whole.total);
    expect(sheet.getRow(2).getCell(3).value).toBe(whole.items[0]!.uscc);
  });

  it('is scoped like the ranking: a firm gets its own row, with its rank among all', async () => {
    const firm = await s.login('firm');
    const res = await fetch(`${s.url}/export/ranking.csv`, { headers: { authorization: `Bearer ${firm}` } });
    const rows = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    const whole = await ranking('');
    const own = whole.items.find((i) => i.name === '安居物业服务有限公司')!;
    expect(res.headers.get('x-total-rows')).toBe('1');
    expect(rows).toEqual([expect.arrayContaining([String(own.rank), own.name, own.uscc])]);
  });

  it('refuses a bad filter by name and an unknown caller', async () => {
    const bad = await fetch(`${s.url}/export/ranking.csv?grade=Z`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('grade');
    expect((await fetch(`${s.url}/export/ranking.csv?asOf=2026-13-01`, { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(400);
    expect((await fetch(`${s.url}/export/ranking.csv`)).status).toBe(401);
  });
});
