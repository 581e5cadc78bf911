/**
 * The hot paths at province scale, through the whole server (issue 17 items 5 and 6). Not a test: figures go to
 * docs/benchmarks.md.
 *
 *   pnpm --filter @wuye/server bench:hot-paths -- --db /tmp/wuye-scale.sqlite [--runs 30] [--warmup 3] [--only home]
 *   DATABASE_URL=postgresql://…/wuye_scale pnpm --filter @wuye/server bench:hot-paths
 *
 * The database holds the province of packages/db/src/seed/scale.ts (`pnpm --filter @wuye/db seed:scale`). The bench
 * adds one user per role it needs (if missing), rolls up the closed months as the `kpi-rollups` job does, holds the
 * platform clock on the province's reference day (2026-11-15, 10:00 in Shanghai), starts the app in this process on a
 * loopback port and sends each request kind, one after another, `--runs` times after `--warmup` rounds: the KPI home's
 * four requests (cards, trend, townships, issues by category), the issue ledger's first page with each quick filter,
 * a firm's credit page, the public boards, the inbox, and the ranking (a page of 25, every firm in one request, and the
 * streamed CSV export to its last byte). It prints p50 / p95 per request, the SQL statements per
 * request (the ORM's query log; the session look-up included) and the load average before and after.
 * `--home-parallel`: also the home's four requests sent at once, as the browser does (time to the first card's
 * answer and to the last one).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  Department,
  Enterprise,
  LIVE_FAMILIES,
  MONTHLY_FAMILIES,
  Township,
  User,
  bumpKpiLiveToken,
  clock,
  hashPassword,
  migrate,
  openOrm,
  rollUpClosedMonths,
} from '@wuye/db';
import { shanghaiDate } from '@wuye/domain';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logging.js';

const argv = process.argv.slice(2);
const { values: o } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    db: { type: 'string', default: '/tmp/wuye-scale.sqlite' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    'home-parallel': { type: 'boolean', default: false },
    /** Print each request's SQL statements (of its last run), to EXPLAIN them. */
    sql: { type: 'boolean', default: false },
    /** A new live token before every request, as after a write: every KPI answer computed (the live computation's cost). */
    cold: { type: 'boolean', default: false },
    /** A new live token for these families only before every request (ISSUES: as after an issue registered this month is written; live-families.ts). */
    after: { type: 'string' },
    /** Leave the database's schema as it is (to measure before a migration's indexes). */
    'no-migrate': { type: 'boolean', default: false },
  },
});
const afterFamilies = o.after ? o.after.split(',').map((f) => f.trim().toUpperCase()) : null;
for (const f of afterFamilies ?? [])
  if (!(LIVE_FAMILIES as readonly string[]).includes(f)) throw new Error(`--after: ${f} is not one of ${LIVE_FAMILIES.join(', ')}`);
/** As after a write: the families' live tokens renewed (all of them with --cold). */
const renew = async () => {
  if (o.cold) await bumpKpiLiveToken(orm.em.fork());
  else if (afterFamilies) {
    // A row of a monthly family (an issue, a complaint) written today renews today's month of it.
    const families = afterFamilies as (typeof LIVE_FAMILIES)[number][];
    const month = shanghaiDate(NOW).slice(0, 7);
    await bumpKpiLiveToken(
      orm.em.fork(),
      families,
      families.filter((f) => MONTHLY_FAMILIES[f]).map((family) => ({ family, month })),
    );
  }
};
const databaseUrl = process.env.DATABASE_URL;
const driver = databaseUrl ? 'postgresql' : 'sqlite';
const NOW = new Date('2026-11-15T10:00:00+08:00');
const PASSWORD = 'Bench-password-42';
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

let statements = 0;
let logged: string[] = [];
const orm = await openOrm({
  ...(databaseUrl ? { databaseUrl } : { sqlitePath: o.db }),
  onQuery: (sql) => {
    if (!sql.includes('[query]')) return;
    statements++;
    if (o.sql) logged.push(sql);
  },
});
if (!o['no-migrate']) await migrate(orm);
clock.startAt(NOW);

// One user per role the requests need: the bureau (regulator), a department, a township, a firm.
const em = orm.em.fork();
const department = await em.findOneOrFail(Department, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
const township = await em.findOneOrFail(Township, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
const firm = await em.findOneOrFail(Enterprise, { status: 'ACTIVE' }, { orderBy: { id: 'asc' } });
const passwordHash = await hashPassword(PASSWORD);
for (const [username, role, extra] of [
  ['bench-regulator', 'REGULATOR', {}],
  ['bench-department', 'DEPARTMENT', { department }],
  ['bench-township', 'TOWNSHIP', { township }],
  ['bench-firm', 'ENTERPRISE', { enterprise: firm }],
] as const) {
  if (!(await em.findOne(User, { username }))) em.create(User, { username, displayName: username, role, passwordHash, ...extra });
}
await em.flush();
const t0 = performance.now();
const rolled = await rollUpClosedMonths(orm.em.fork(), { today: '2026-11-15', now: NOW, firstResponseDays: 3 });
console.log(`[${driver}] closed months rolled up now: ${rolled.length} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const rateLimits = { perAddressPerMinute: 0, perTokenPerMinute: 0, loginPerMinute: 0, loginPerHour: 0 };
const { app } = await createApp({ orm, databaseKind: driver, logger: createLogger({ level: 'silent' }), rateLimits, dashboardDir: null });
const server: Server = createServer(app);
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function gql(query: string, variables: Record<string, unknown>, token: string | null): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}
async function download(path: string, token: string): Promise<number> {
  const res = await fetch(url.replace(/\/graphql$/, path), { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.arrayBuffer()).byteLength;
}
const tokens: Record<string, string | null> = { anonymous: null };
for (const u of ['bench-regulator', 'bench-department', 'bench-township', 'bench-firm']) {
  const d = await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { token } } }`, { u, p: PASSWORD }, null);
  tokens[u] = d.login.token;
}

// The dashboard's own documents (apps/dashboard/src/features/…/operations.ts, fields.ts), trimmed of nothing.
const KPI_CARDS = `query KpiCards($period: String!) { kpis(period: $period) { period from to previousPeriod
  rows { kpis { code value numerator denominator target status previous change improved applicable distribution { key count } } }
  definitions { code name kind direction target numerator denominator unavailable note } } }`;
const KPI_TREND = `query KpiTrend($period: String!) { kpis(period: $period, groupBy: [MONTH]) { rows { month kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE, OVERDUE_ISSUES]) { code value } } } }`;
const KPI_TOWNSHIPS = `query KpiTownships($period: String!) { kpis(period: $period, groupBy: [TOWNSHIP]) { rows { groupId groupName kpis(codes: [CLOSE_OFF_RATE, ON_TIME_RATE]) { code value } } } }`;
const BY_CATEGORY = `query IssuesByCategory($filter: AggregateFilter) { aggregates(subject: ISSUES, groupBy: [CATEGORY], filter: $filter) { keys labels count } }`;
const ISSUE_LIST = `query IssueList($page: Int, $perPage: Int, $sortField: IssueSortField, $sortOrder: SortOrder, $filter: IssueFilter) {
  issues(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { items { id title category subtype state source
  sourceId deadline overdue daysOverdue dueSoon flagged returned communityId community { id name } townshipId township { id name } enterpriseId
  enterprise { id name } departmentId department { id name } assignedAt closedAt createdAt updatedAt availableActions } total totalCapped } }`;
const ENTERPRISE_CREDIT = `query EnterpriseCredit($id: ID!, $asOf: Date, $from: Date, $to: Date) { enterprise(id: $id) { id name uscc status township { id name }
  credit(asOf: $asOf) { asOf score grade positivePoints negativePoints veto standardVersion listStatus listUntil
  breakdown { recordId itemCode points termMonths effectiveFrom expiresOn veto inherited record { id itemLabel reason status sourceType confirmedOn
  availableActions { action available reason reasons availableFrom } } } history(from: $from, to: $to) { date score grade } } } }`;
const RANKING = `query Ranking($page: Int, $perPage: Int) { ranking(page: $page, perPage: $perPage) { total asOf standardVersion
  items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil } } }`;
const LISTED = 'enterpriseId name uscc score grade kind reason reasonText from until';
const BOARDS = `query Boards { redList { ${LISTED} } blackList { ${LISTED} } ratings { id quarter status publishedOn asOf total standardVersion } }`;
const INBOX = `query Inbox { inbox { hasTasks tasks { total totalCapped items { reasons issue { id title category state deadline overdue daysOverdue flagged availableActions community { id name } enterprise { id name } } } } complaints { total totalCapped items { id category channel state content receivedAt
  firstResponseDue resolutionDue firstResponseLate resolutionLate community { id name } } } } }`;

interface Kind {
  name: string;
  group: string;
  user: string;
  query: string;
  variables: Record<string, unknown>;
  /** A GET of this path (an export) read to its last byte, instead of a GraphQL request. */
  get?: string;
}
const ledger = (filter: Record<string, unknown>) => ({ page: 1, perPage: 25, sortField: 'updatedAt', sortOrder: 'DESC', filter });
const kinds: Kind[] = [
  { group: 'home', name: 'home: KPI cards (2026-11 and 2026-10)', user: 'bench-regulator', query: KPI_CARDS, variables: { period: '2026-11' } },
  { group: 'home', name: 'home: trend (2026 by month, and from 2025-12)', user: 'bench-regulator', query: KPI_TREND, variables: { period: '2026' } },
  { group: 'home', name: 'home: townships (2026-11 and 2026-10)', user: 'bench-regulator', query: KPI_TOWNSHIPS, variables: { period: '2026-11' } },
  {
    group: 'home',
    name: 'home: issues by category (year to date)',
    user: 'bench-regulator',
    query: BY_CATEGORY,
    variables: { filter: { from: '2026-01-01', to: '2026-11-15' } },
  },
  { group: 'ledger', name: 'issue ledger p1 (no filter)', user: 'bench-regulator', query: ISSUE_LIST, variables: ledger({}) },
  { group: 'ledger', name: 'issue ledger p1: overdue', user: 'bench-regulator', query: ISSUE_LIST, variables: ledger({ overdue: true }) },
  { group: 'ledger', name: 'issue ledger p1: flagged', user: 'bench-regulator', query: ISSUE_LIST, variables: ledger({ flagged: true }) },
  { group: 'ledger', name: 'issue ledger p1: mine (regulator)', user: 'bench-regulator', query: ISSUE_LIST, variables: ledger({ mine: true }) },
  { group: 'ledger', name: 'issue ledger p1: due this week', user: 'bench-regulator', query: ISSUE_LIST, variables: ledger({ dueWithinDays: 7 }) },
  { group: 'ledger', name: 'issue ledger p1: mine (firm)', user: 'bench-firm', query: ISSUE_LIST, variables: ledger({ mine: true }) },
  {
    group: 'credit',
    name: 'credit page of a firm (12-month history)',
    user: 'bench-regulator',
    query: ENTERPRISE_CREDIT,
    variables: { id: String(firm.id), from: '2025-11-15', to: '2026-11-15' },
  },
  { group: 'boards', name: 'public boards (anonymous)', user: 'anonymous', query: BOARDS, variables: {} },
  { group: 'inbox', name: 'inbox (regulator)', user: 'bench-regulator', query: INBOX, variables: {} },
  { group: 'inbox', name: 'inbox (department)', user: 'bench-department', query: INBOX, variables: {} },
  { group: 'inbox', name: 'inbox (township)', user: 'bench-township', query: INBOX, variables: {} },
  { group: 'inbox', name: 'inbox (firm)', user: 'bench-firm', query: INBOX, variables: {} },
  { group: 'ranking', name: 'ranking page 1 (25 firms)', user: 'bench-regulator', query: RANKING, variables: { page: 1, perPage: 25 } },
  { group: 'ranking', name: 'ranking: every firm in one request', user: 'bench-regulator', query: RANKING, variables: { page: 1, perPage: 20000 } },
  { group: 'ranking', name: 'ranking export (CSV, streamed, to the last byte)', user: 'bench-regulator', query: '', variables: {}, get: '/export/ranking.csv' },
].filter((k) => !o.only || o.only.split(',').includes(k.group));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};
const runs = Number(o.runs);
const before = load();
console.log(`[${driver}] load average before: ${before}`);
const results: string[] = [];
for (const k of kinds) {
  const times: number[] = [];
  let stmts = 0;
  for (let i = 0; i < Number(o.warmup) + runs; i++) {
    await renew();
    statements = 0;
    logged = [];
    const t = performance.now();
    if (k.get) await download(k.get, tokens[k.user]!);
    else await gql(k.query, k.variables, tokens[k.user]!);
    const ms = performance.now() - t;
    if (i >= Number(o.warmup)) times.push(ms);
    stmts = statements;
  }
  const line = `| ${k.name} | ${pct(times, 0.5).toFixed(1)} | ${pct(times, 0.95).toFixed(1)} | ${stmts} | ${load()} |`;
  console.log(line);
  if (o.sql) console.log(logged.join('\n'));
  results.push(line);
}
if (o['home-parallel']) {
  const home = kinds.filter((k) => k.group === 'home');
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < Number(o.warmup) + runs; i++) {
    await renew();
    const t = performance.now();
    const done = home.map((k) => gql(k.query, k.variables, tokens[k.user]!).then(() => performance.now() - t));
    const [cards, ...rest] = await Promise.all(done);
    if (i >= Number(o.warmup)) {
      first.push(cards!);
      all.push(Math.max(cards!, ...rest));
    }
  }
  const line = `| home, four requests at once: cards answered / all answered | ${pct(first, 0.5).toFixed(1)} / ${pct(all, 0.5).toFixed(1)} | ${pct(first, 0.95).toFixed(1)} / ${pct(all, 0.95).toFixed(1)} | | ${load()} |`;
  console.log(line);
  results.push(line);
  // As the dashboard asks (KpiHome.tsx: the charts wait for the cards to settle): the cards, then the three charts at once.
  const cardsFirst: number[] = [];
  const allAfter: number[] = [];
  for (let i = 0; i < Number(o.warmup) + runs; i++) {
    await renew();
    const t = performance.now();
    const [cards, ...charts] = home;
    await gql(cards!.query, cards!.variables, tokens[cards!.user]!);
    const c = performance.now() - t;
    await Promise.all(charts.map((k) => gql(k.query, k.variables, tokens[k.user]!)));
    if (i >= Number(o.warmup)) {
      cardsFirst.push(c);
      allAfter.push(performance.now() - t);
    }
  }
  const asked = `| home as the dashboard asks (cards, then the charts at once): cards answered / all answered | ${pct(cardsFirst, 0.5).toFixed(1)} / ${pct(allAfter, 0.5).toFixed(1)} | ${pct(cardsFirst, 0.95).toFixed(1)} / ${pct(allAfter, 0.95).toFixed(1)} | | ${load()} |`;
  console.log(asked);
  results.push(asked);
}
console.log(
  `\n[${driver}]${o.cold ? ' cold (new live tokens before each request)' : afterFamilies ? ` after a write of ${afterFamilies.join(', ')} before each request` : ''} ${runs} runs after ${o.warmup} warm-up, ms; load average before ${before}, after ${load()}`,
);
console.log('| request | p50 ms | p95 ms | SQL statements | load after |\n|---|---|---|---|---|');
for (const r of results) console.log(r);
server.close();
await orm.close(true);
