import { Community, Complaint, Department, Enterprise, Issue, Session, TOTAL_CAP, Township, User, clock, hashPassword } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { PASSWORD, startServer, type Running } from './harness.js';

/**
 * The province's lists (issue 17, docs/benchmarks.md "Province-scale hot paths"): a list counts its total up to
 * TOTAL_CAP rows and says when it stopped there, whatever the table holds; the issue ledger's "overdue" page on SQLite
 * walks the `updated_at` index instead of sorting every overdue issue; a department's inbox reads its issues and
 * complaints through the (department, deadline / received time, state) indexes, a township's through the (township,
 * deadline, state, owners'-committee flag) and (township, flag, received time, state) ones. Deterministic guards:
 * statements per request, the count's LIMIT, and SQLite's plan under the province's statistics.
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
    // The department every issue is routed to; WAITING_COMPLAINTS of its complaints still open (more than an inbox
    // section holds, so that their total is counted) and one closed (in no inbox).
    const department = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SANITATION'] });
    em.create(User, { username: 'dept', displayName: '部门用户', role: 'DEPARTMENT', department, passwordHash: await hashPassword(PASSWORD) });
    // The township of every issue (all of them overdue, so in its inbox too), with TOWNSHIP_COMPLAINTS routed to it.
    em.create(User, { username: 'town', displayName: '乡镇用户', role: 'TOWNSHIP', township, passwordHash: await hashPassword(PASSWORD) });
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
      department,
      state: 'RECTIFYING',
      deadline: '2020-01-10',
    });
    const complaint = (state: 'ROUTED' | 'CLOSED', day: number, byTownship = false) =>
      em.create(Complaint, {
        channel: 'HOTLINE',
        community,
        township,
        enterprise,
        department: byTownship ? null : department,
        handledByTownship: byTownship,
        category: byTownship ? 'OWNERS_COMMITTEE' : 'SANITATION',
        content: '投诉',
        state,
        receivedAt: new Date(Date.UTC(2020, 0, day, 2)),
      });
    complaint('CLOSED', 1);
    for (let day = 2; day < 2 + WAITING_COMPLAINTS; day++) complaint('ROUTED', day);
    complaint('CLOSED', 1, true);
    for (let day = 2; day < 2 + TOWNSHIP_COMPLAINTS; day++) complaint('ROUTED', day, true);
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
    expect(r.body.data!.issues).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data!.issues.items).toHaveLength(25);
    const queries = queriesOf(statements);
    // The session, the page, the capped count: never a count of every matching row.
    expect(queries).toHaveLength(3);
    const counts = queries.filter((q) => /count\(/i.test(q));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatch(/\blimit\b.*\) as [`"]?capped/is);

    // A short list: the page is the whole list, its total exact, no count statement.
    statements.length = 0;
    const few = await s.gql(LEDGER, { filter: { ids: [String(firstId), String(firstId + 1)] } }, token);
    expect(few.body.data!.issues).toMatchObject({ total: 2, totalCapped: false });
    expect(queriesOf(statements).filter((q) => /count\(/i.test(q))).toEqual([]);
  });

  it('the inbox counts its sections the same way', async () => {
    const token = await signedIn('admin');
    statements.length = 0;
    const r = await s.gql(`{ inbox { tasks { total totalCapped items { issue { id } } } complaints { total totalCapped } } }`, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.inbox.tasks).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data!.inbox.tasks.items).toHaveLength(100);
    expect(r.body.data!.inbox.complaints).toEqual({ total: WAITING_COMPLAINTS + TOWNSHIP_COMPLAINTS, totalCapped: false });
    const counts = queriesOf(statements).filter((q) => /count\(/i.test(q));
    expect(counts).toHaveLength(2);
    for (const count of counts) expect(count).toMatch(/\blimit\b.*\) as [`"]?capped/is);
  });

  it("a department's inbox: its waiting issues counted up to the cap, its complaints still open", async () => {
    const token = await signedIn('dept');
    statements.length = 0;
    const r = await s.gql(DEPARTMENT_INBOX, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.inbox.tasks).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data!.inbox.tasks.items).toHaveLength(100);
    expect(r.body.data!.inbox.complaints).toEqual({ total: WAITING_COMPLAINTS, totalCapped: false });
    // The session, the two pages, their two capped counts.
    expect(queriesOf(statements)).toHaveLength(5);
  });

  it("a township's inbox: its area's waiting issues counted up to the cap, the complaints routed to it still open", async () => {
    const token = await signedIn('town');
    statements.length = 0;
    const r = await s.gql(DEPARTMENT_INBOX, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.inbox.tasks).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(r.body.data!.inbox.tasks.items).toHaveLength(100);
    // Only the complaints routed to the township (its area's other complaints are the department's).
    expect(r.body.data!.inbox.complaints).toEqual({ total: TOWNSHIP_COMPLAINTS, totalCapped: false });
    // The session, the two pages, their two capped counts.
    expect(queriesOf(statements)).toHaveLength(5);
  });

  if (driver === 'sqlite')
    it("SQLite, with the province's statistics: the ledger's overdue page walks issue_updated_at_index instead of sorting every overdue issue", async () => {
      const em = s.orm.em.fork();
      const conn = em.getConnection();
      await provinceStatistics(conn);

      const token = await signedIn('admin');
      statements.length = 0;
      const r = await s.gql(LEDGER, { filter: { overdue: true } }, token);
      expect(r.body.errors).toBeUndefined();
      const page = queriesOf(statements).find((q) => /from [`"]?issue[`"]? as [`"]?i0/i.test(q) && /order by/i.test(q));
      expect(page).toBeDefined();
      const sql = statementOf(page!);
      const plan = (text: string) => planOf(conn, text);
      const steered = await plan(sql);
      expect(steered).toMatch(/issue_updated_at_index/);
      expect(steered).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      // The same statement with the columns left indexable takes the (state, deadline) range and sorts (≈ 5 s at
      // province scale): what the steering is for.
      const plain = await plan(sql.replace(/\+\s*[`"]?i0[`"]?\.[`"]?(state|deadline)[`"]?/g, '`i0`.`$1`'));
      expect(plain).toMatch(/TEMP B-TREE FOR ORDER BY/);
    });

  if (driver === 'sqlite')
    it("SQLite, with the province's statistics: the bureau's open complaints count searches the index by the open states, not through every closed complaint", async () => {
      const conn = s.orm.em.fork().getConnection();
      await provinceStatistics(conn);
      const token = await signedIn('admin');
      statements.length = 0;
      const r = await s.gql(DEPARTMENT_INBOX, {}, token);
      expect(r.body.errors).toBeUndefined();
      const count = queriesOf(statements)
        .map(statementOf)
        .find((q) => /count\(.*from [`"]?complaint[`"]?/is.test(q));
      expect(count).toBeDefined();
      // Written `state not in ('RECEIVED', 'CLOSED')` it scans a state index from its start (at province scale
      // ≈ 61,000 closed complaints before the first open one).
      expect(await planOf(conn, count!)).toMatch(/SEARCH [`"]?e[`"]? USING COVERING INDEX complaint_state_received_at_index \(state=\?\)/);
    });

  /**
   * The inbox asked by `username` under the province's statistics: the statement it sent that matches a pattern, and
   * SQLite's plan of a statement.
   */
  const inboxStatements = async (username: string) => {
    const conn = s.orm.em.fork().getConnection();
    await provinceStatistics(conn);
    const token = await signedIn(username);
    statements.length = 0;
    const r = await s.gql(DEPARTMENT_INBOX, {}, token);
    expect(r.body.errors).toBeUndefined();
    const logged = queriesOf(statements).map(statementOf);
    const find = (re: RegExp) => {
      const found = logged.find((q) => re.test(q));
      expect(found, `no statement matching ${re}`).toBeDefined();
      return found!;
    };
    return { find, plan: (text: string) => planOf(conn, text) };
  };

  if (driver === 'sqlite')
    it("SQLite, with the province's statistics: a department's inbox walks its own issues and complaints in order, and counts from the index alone", async () => {
      const { find, plan } = await inboxStatements('dept');
      // The tasks' page: the department's issues by deadline, no sort of every waiting issue (at province scale
      // ≈ 20,000 of them, read from the table and sorted: 0.23 s; walking the index: 2–5 ms).
      const issuePage = await plan(find(/from [`"]?issue[`"]? as [`"]?i0[`"]?.*department_id.*order by/is));
      expect(issuePage).toMatch(/issue_department_id_deadline_index \(department_id=\?\)/);
      expect(issuePage).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      // Its capped count, from the index alone.
      const issueCount = await plan(find(/count\(.*from [`"]?issue[`"]?/is));
      expect(issueCount).toMatch(/COVERING INDEX issue_department_id_deadline_index/);
      // The complaints still open, oldest first: walked in order, the state checked on the index.
      const complaintPage = await plan(find(/from [`"]?complaint[`"]? as [`"]?c0[`"]?.*department_id.*order by/is));
      expect(complaintPage).toMatch(/complaint_department_id_received_at_index \(department_id=\?\)/);
      expect(complaintPage).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      const complaintCount = await plan(find(/count\(.*from [`"]?complaint[`"]?/is));
      expect(complaintCount).toMatch(/COVERING INDEX complaint_department_id_received_at_index/);
    });

  if (driver === 'sqlite')
    it("SQLite, with the province's statistics: a township's inbox walks its own issues and routed complaints in order, and counts from the index alone", async () => {
      const { find, plan } = await inboxStatements('town');
      // The tasks' page: the township's issues by deadline (the province's townships hold ≈ 10,000 each), not all of
      // them read from the table and sorted.
      const issuePage = await plan(find(/from [`"]?issue[`"]? as [`"]?i0[`"]?.*township_id.*order by/is));
      expect(issuePage).toMatch(/issue_township_id_deadline_index \(township_id=\?\)/);
      expect(issuePage).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      // Its capped count, from the index alone (the state and the owners'-committee flag are on it).
      const issueCount = await plan(find(/count\(.*from [`"]?issue[`"]?/is));
      expect(issueCount).toMatch(/COVERING INDEX issue_township_id_deadline_index/);
      // The complaints routed to it and still open, oldest first: walked in order, the state checked on the index.
      const complaintPage = await plan(find(/from [`"]?complaint[`"]? as [`"]?c0[`"]?.*handled_by_township.*order by/is));
      expect(complaintPage).toMatch(/complaint_township_id_handled_received_at_index \(township_id=\? AND handled_by_township=\?\)/);
      expect(complaintPage).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      const complaintCount = await plan(find(/count\(.*from [`"]?complaint[`"]?/is));
      expect(complaintCount).toMatch(/COVERING INDEX complaint_township_id_handled_received_at_index/);
    });
});

type Conn = { execute: (sql: string, params?: unknown[]) => Promise<unknown> };

/** A logged statement's SQL, without the logger's prefix and timing. */
const statementOf = (line: string) => line.replace(/^.*?\[query\]\s*/s, '').replace(/\s*\[took .*$/s, '');

/** SQLite's EXPLAIN QUERY PLAN of a statement, one line; it plans without the values (no STAT4): placeholders are bound to null. */
async function planOf(conn: Conn, text: string): Promise<string> {
  const rows = (await conn.execute(
    `explain query plan ${text}`,
    Array.from(text.matchAll(/\?/g), () => null),
  )) as { detail: string }[];
  return rows.map((p) => p.detail).join(' | ');
}

/** The department's open complaints in the test database: more than an inbox section (50) holds. */
const WAITING_COMPLAINTS = 51;
/** The township's open complaints (owners' committee matters routed to it): more than a section holds too. */
const TOWNSHIP_COMPLAINTS = 52;
const DEPARTMENT_INBOX = `{ inbox { tasks { total totalCapped items { issue { id } } } complaints { total totalCapped } } }`;

/**
 * The province's statistics for the issue and complaint tables (sqlite_stat1 of `seed:scale`'s 1,000,000 issues and
 * 100,000 complaints, after the `speed`, `inbox_indexes` and `township_inbox_indexes` migrations' ANALYZE): the planner is deterministic given
 * them, whatever the test database holds.
 */
async function provinceStatistics(conn: Conn) {
  // ANALYZE of a small table creates the statistics tables without measuring the test data's issues and complaints:
  // once measured (better-sqlite3's SQLite keeps STAT4 samples too), rows written afterwards are not all reloaded by
  // `analyze sqlite_schema`, and the plan would follow the test data (every issue in one department).
  await conn.execute('analyze township');
  await conn.execute(`delete from sqlite_stat1 where tbl in ('issue', 'complaint')`);
  const stat4 = (await conn.execute(`select 1 from sqlite_master where name = 'sqlite_stat4'`)) as unknown[];
  if (stat4.length) await conn.execute(`delete from sqlite_stat4 where tbl in ('issue', 'complaint')`);
  for (const [tbl, stats] of [
    ['issue', PROVINCE_ISSUE_STATS],
    ['complaint', PROVINCE_COMPLAINT_STATS],
  ] as const)
    for (const [idx, stat] of stats) await conn.execute(`insert into sqlite_stat1 (tbl, idx, stat) values (?, ?, ?)`, [tbl, idx, stat]);
  await conn.execute('analyze sqlite_schema');
}

/** sqlite_stat1 rows of the province's issue table (`seed:scale`, 1,000,000 issues, after `analyze issue`). */
const PROVINCE_ISSUE_STATS: [string, string][] = [
  ['issue_b1proposed_index', '1000000 1000000'],
  ['issue_category_index', '1000000 83334'],
  ['issue_community_id_index', '1000000 15'],
  ['issue_created_at_index', '1000000 3'],
  ['issue_created_by_id_index', '1000000 1000000'],
  ['issue_deadline_index', '1000000 1415'],
  ['issue_department_id_deadline_index', '1000000 90910 129 36'],
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
  ['issue_township_id_deadline_index', '1000000 10000 15 5 5'],
  ['issue_township_id_index', '1000000 10000'],
  ['issue_updated_at_index', '1000000 3'],
];

/** sqlite_stat1 rows of the province's complaint table (100,000 complaints, after `analyze complaint`). */
const PROVINCE_COMPLAINT_STATS: [string, string][] = [
  ['complaint_b3proposed_index', '100000 100000'],
  ['complaint_category_index', '100000 8334'],
  ['complaint_channel_index', '100000 16667'],
  ['complaint_closed_at_index', '100000 148'],
  ['complaint_community_id_index', '100000 2'],
  ['complaint_created_by_id_index', '100000 100000'],
  ['complaint_department_id_index', '100000 9091'],
  ['complaint_department_id_received_at_index', '100000 9091 1 1'],
  ['complaint_enterprise_id_index', '100000 11'],
  ['complaint_issue_id_index', '100000 100000'],
  ['complaint_received_at_index', '100000 2'],
  ['complaint_state_index', '100000 33334'],
  ['complaint_state_received_at_index', '100000 33334 1'],
  ['complaint_township_id_handled_received_at_index', '100000 1000 500 1 1'],
  ['complaint_township_id_index', '100000 1000'],
];
