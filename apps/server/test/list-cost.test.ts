import { Community, Enterprise, Issue, Session, TOTAL_CAP, Township, clock } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './harness.js';

/**
 * The province's lists (issue 17, docs/benchmarks.md "Province-scale hot paths"): a list counts its total up to
 * TOTAL_CAP rows and says when it stopped there, whatever the table holds; the issue ledger's "overdue" page on SQLite
 * walks the `updated_at` index instead of sorting every overdue issue. Deterministic guards: statements per request,
 * the count's LIMIT, and SQLite's plan under the province's statistics.
 */
const OVERDUE = TOTAL_CAP + 1;
const LEDGER = `query($filter: IssueFilter) { issues(page: 1, perPage: 25, sortField: updatedAt, sortOrder: DESC, filter: $filter) { total totalCapped items { id } } }`;

describeEachDriver('lists at province scale', (driver) => {
  let s: Running;
  const statements: string[] = [];
  let firstId = 0;
  beforeAll(async () => {
    s = await startServer(driver, { onQuery: (sql) => statements.push(sql) });
    const em = s.orm.em.fork();
    const township = await em.findOneOrFail(Township, { code: 'CG' });
    const enterprise = await em.findOneOrFail(Enterprise, { township });
    const community = em.create(Community, {
      name: '幸福小区',
      township,
      enterprise,
      type: 'OLD',
      serviceMode: 'ENTERPRISE',
      households: 100,
      floorArea: 1000,
    });
    // One open issue past its deadline (overdue whatever the day), then TOTAL_CAP copies of it in one statement.
    const first = em.create(Issue, {
      source: 'TOWNSHIP_REPORT',
      category: 'SANITATION',
      title: '垃圾清运不及时',
      community,
      township,
      enterprise,
      state: 'RECTIFYING',
      deadline: '2020-01-10',
    });
    await em.flush();
    firstId = first.id;
    const meta = s.orm.getMetadata().find('Issue')!;
    const columns = meta.props
      .filter((p) => !p.primary && p.persist !== false && (p.kind === 'scalar' || p.kind === 'm:1') && p.fieldNames?.length)
      .flatMap((p) => p.fieldNames);
    const list = columns.join(', ');
    await em.getConnection().execute(
      `insert into issue (${list}) select ${columns.map((c) => `i.${c}`).join(', ')} from issue i,
        (with recursive n(k) as (select 1 union all select k + 1 from n where k < ?) select k from n) copies where i.id = ?`,
      [OVERDUE - 1, firstId],
    );
  });
  afterAll(async () => s?.stop());
  afterEach(() => clock.startAt(null));

  /** Logs in, then holds the clock at the session's last use so the once-a-minute touch cannot add a statement. */
  const signedIn = async (username: string) => {
    const token = await s.login(username);
    const session = await s.orm.em.fork().findOneOrFail(Session, { user: { username } }, { orderBy: { id: 'desc' } });
    clock.startAt(session.lastSeenAt);
    return token;
  };
  const queriesOf = (log: string[]) => log.filter((l) => l.includes('[query]'));

  it(`counts a list's total up to ${TOTAL_CAP} rows and says so; a short list is exact and needs no count`, async () => {
    const token = await signedIn('admin');
    statements.length = 0;
    const r = await s.gql(LEDGER, { filter: { overdue: true } }, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.issues).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data.issues.items).toHaveLength(25);
    const queries = queriesOf(statements);
    // The session, the page, the capped count: never a count of every matching row.
    expect(queries).toHaveLength(3);
    const counts = queries.filter((q) => /count\(/i.test(q));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatch(/\blimit\b.*\) as [`"]?capped/is);

    // A short list: the page is the whole list, its total exact, no count statement.
    statements.length = 0;
    const few = await s.gql(LEDGER, { filter: { ids: [String(firstId), String(firstId + 1)] } }, token);
    expect(few.body.data.issues).toMatchObject({ total: 2, totalCapped: false });
    expect(queriesOf(statements).filter((q) => /count\(/i.test(q))).toEqual([]);
  });

  it('the inbox counts its sections the same way', async () => {
    const token = await signedIn('admin');
    statements.length = 0;
    const r = await s.gql(`{ inbox { tasks { total totalCapped items { issue { id } } } complaints { total totalCapped } } }`, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.inbox.tasks).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data.inbox.tasks.items).toHaveLength(100);
    expect(r.body.data.inbox.complaints).toEqual({ total: 0, totalCapped: false });
    const counts = queriesOf(statements).filter((q) => /count\(/i.test(q));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatch(/\blimit\b.*\) as [`"]?capped/is);
  });

  if (driver === 'sqlite')
    it("SQLite, with the province's statistics: the ledger's overdue page walks issue_updated_at_index instead of sorting every overdue issue", async () => {
      const em = s.orm.em.fork();
      const conn = em.getConnection();
      // The province's statistics for the issue table (sqlite_stat1 of `seed:scale`'s 1,000,000 issues, after the
      // `speed` migration's ANALYZE): the planner is deterministic given them.
      await conn.execute('analyze');
      await conn.execute(`delete from sqlite_stat1 where tbl = 'issue'`);
      for (const [idx, stat] of PROVINCE_ISSUE_STATS) await conn.execute(`insert into sqlite_stat1 (tbl, idx, stat) values ('issue', ?, ?)`, [idx, stat]);
      await conn.execute('analyze sqlite_schema');

      const token = await signedIn('admin');
      statements.length = 0;
      const r = await s.gql(LEDGER, { filter: { overdue: true } }, token);
      expect(r.body.errors).toBeUndefined();
      const page = queriesOf(statements).find((q) => /from [`"]?issue[`"]? as [`"]?i0/i.test(q) && /order by/i.test(q));
      expect(page).toBeDefined();
      const sql = page!.replace(/^.*?\[query\]\s*/s, '').replace(/\s*\[took .*$/s, '');
      // SQLite plans without the values (no STAT4): the logged statement's placeholders are bound to null.
      const plan = async (text: string) =>
        (
          (await conn.execute(
            `explain query plan ${text}`,
            Array.from(text.matchAll(/\?/g), () => null),
          )) as { detail: string }[]
        )
          .map((p) => p.detail)
          .join(' | ');
      const steered = await plan(sql);
      expect(steered).toMatch(/issue_updated_at_index/);
      expect(steered).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      // The same statement with the columns left indexable takes the (state, deadline) range and sorts (≈ 5 s at
      // province scale): what the steering is for.
      const plain = await plan(sql.replace(/\+\s*[`"]?i0[`"]?\.[`"]?(state|deadline)[`"]?/g, '`i0`.`$1`'));
      expect(plain).toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
});

/** sqlite_stat1 rows of the province's issue table (`seed:scale`, 1,000,000 issues, after `analyze issue`). */
const PROVINCE_ISSUE_STATS: [string, string][] = [
  ['issue_b1proposed_index', '1000000 1000000'],
  ['issue_category_index', '1000000 83334'],
  ['issue_community_id_index', '1000000 15'],
  ['issue_created_at_index', '1000000 3'],
  ['issue_created_by_id_index', '1000000 1000000'],
  ['issue_deadline_index', '1000000 1415'],
  ['issue_department_id_index', '1000000 90910'],
  ['issue_developer_id_index', '1000000 1000000'],
  ['issue_enterprise_id_index', '1000000 101'],
  ['issue_flagged_index', '1000000 500000'],
  ['issue_kpi_closed_index', '1000000 3 1 1 1 1 1 1'],
  ['issue_kpi_created_index', '1000000 3 1 1 1 1 1 1 1 1'],
  ['issue_source_id_index', '1000000 1000000'],
  ['issue_source_index', '1000000 1000000'],
  ['issue_state_deadline_index', '1000000 250000 354'],
  ['issue_state_index', '1000000 250000'],
  ['issue_township_id_index', '1000000 10000'],
  ['issue_updated_at_index', '1000000 3'],
];
