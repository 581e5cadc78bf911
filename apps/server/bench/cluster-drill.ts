/**
 * The cluster drill's client (issue 18): `scripts/cluster-drill.sh` starts PostgreSQL with a streaming replica, three
 * instances and nginx, and runs this program three ways:
 *
 *   seed   a small province on a migrated database (seed/scale.ts at DRILL_FACTOR, default 0.002) and the drill's accounts
 *   run    a mixed read/write load through nginx until the script writes `end` to DRILL_EVENTS (at most DRILL_SECONDS),
 *          then the checks: acknowledged writes present once with their audit rows, the login lockout and the login
 *          limit shared by the instances, the periodic jobs run once; prints the figures per fault window, exits 1 when
 *          a check fails
 *   bench  closed-loop throughput of one instance (the ranking, a KPI report, the mixed load) for the capacity estimate
 *
 * Loopback only. Environment: DATABASE_URL (the primary, for seed and the checks), DRILL_LB (nginx), DRILL_INSTANCES
 * (the instances' URLs, comma-separated), DRILL_EVENTS (the fault timeline the script appends to), DRILL_PASSWORD.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Enterprise, User, backfillCommunityHistory, hashPassword, openOrm } from '@wuye/db';
import { seedScale } from '@wuye/db/scale';
import { ISSUE_CATEGORIES } from '@wuye/domain';

const mode = process.argv[2];
const PASSWORD = process.env.DRILL_PASSWORD ?? 'Drill@2026pass';
const LOCK_USER = 'drill_lock';

function loopback(raw: string): string {
  const u = new URL(raw);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) throw new Error(`the drill runs on loopback only, got ${raw}`);
  return u.origin;
}

// --- seed -----------------------------------------------------------------------------------------------------------

async function seed() {
  const orm = await openOrm({ databaseUrl: process.env.DATABASE_URL! });
  try {
    const summary = await seedScale(orm.em.fork(), { factor: Number(process.env.DRILL_FACTOR ?? 0.0005) });
    await backfillCommunityHistory(orm.em.fork());
    // The drill's accounts, made as the demo county makes its own (seed data, not a user's write).
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    const firm = (await em.find(Enterprise, {}, { orderBy: { id: 'asc' }, limit: 1 }))[0]!;
    em.create(User, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', passwordHash });
    em.create(User, { username: 'regulator', displayName: '演练监管员', role: 'REGULATOR', passwordHash });
    em.create(User, { username: 'analyst', displayName: '演练分析员', role: 'ANALYST', passwordHash });
    em.create(User, { username: LOCK_USER, displayName: '演练锁定账号', role: 'ENTERPRISE', enterprise: firm, passwordHash });
    await em.flush();
    console.log(JSON.stringify(summary));
  } finally {
    await orm.close(true);
  }
}

// --- HTTP -----------------------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  readFrom: string | null;
}

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* nginx's own error pages are HTML */
  }
  return { status: res.status, body, readFrom: res.headers.get('x-read-from') };
}

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on AuthError { message } } }`;

async function login(base: string, username: string): Promise<string> {
  for (let i = 0; ; i++) {
    const r = await gql(base, LOGIN, { u: username, p: PASSWORD });
    const token = r.body?.data?.login?.token;
    if (token) return token;
    if (i >= 5) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    await sleep(500);
  }
}

// --- the load -------------------------------------------------------------------------------------------------------

interface Kind {
  name: string;
  user: 'regulator' | 'analyst' | '';
  weight: number;
  query: string;
  write?: boolean;
}

const KINDS: Kind[] = [
  { name: 'write: createIssue', user: 'regulator', weight: 5, write: true, query: '' },
  { name: 'inbox', user: 'regulator', weight: 3, query: `{ inbox { toAssign { total } overdue { total } } }` },
  { name: 'issue ledger', user: 'regulator', weight: 3, query: `{ issues(perPage: 25, filter: { open: true }) { total items { id title state } } }` },
  { name: 'ranking (analyst)', user: 'analyst', weight: 3, query: `{ ranking(perPage: 100) { total items { rank name score } } }` },
  { name: 'KPIs (analyst)', user: 'analyst', weight: 2, query: `{ kpis(period: "2026-10", groupBy: [TOWNSHIP]) { rows { groupName kpis { code value } } } }` },
  { name: 'public boards', user: '', weight: 2, query: `{ redList { name score } blackList { name until } }` },
];

const CREATE_ISSUE = `mutation($input: IssueInput!) { createIssue(input: $input) { __typename ... on MutationCreateIssueSuccess { data { id title } } ... on Error { message } } }`;
const READ_ISSUE = `query($id: ID!) { issue(id: $id) { id title } }`;

interface Sample {
  /** When the client got its answer (or none): a request in flight when an instance is killed fails in that fault's window. */
  at: number;
  kind: string;
  ok: boolean;
  /** `status` for an HTTP error, `graphql:<code>` for an error answer, `network` for no answer. */
  failure?: string;
  readFrom?: string | null;
}

interface Write {
  marker: string;
  at: number;
  outcome: 'acknowledged' | 'refused' | 'unknown';
  id?: string;
  readBack?: boolean;
}

function readEvents(file: string): { at: number; name: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, name] = line.split(' ');
      return { at: Number(at), name: name! };
    });
}

/** The fault windows from the timeline: `<fault>:begin` … `<fault>:end`; everything else is steady. */
function windowsOf(events: { at: number; name: string }[]): { name: string; from: number; to: number }[] {
  const out: { name: string; from: number; to: number }[] = [];
  for (const e of events) {
    const m = /^(.+):begin$/.exec(e.name);
    if (!m) continue;
    const end = events.find((x) => x.name === `${m[1]}:end` && x.at >= e.at);
    out.push({ name: m[1]!, from: e.at, to: end?.at ?? Infinity });
  }
  return out;
}

async function run() {
  const lb = loopback(process.env.DRILL_LB ?? 'http://127.0.0.1:58099');
  const instances = (process.env.DRILL_INSTANCES ?? '').split(',').filter(Boolean).map(loopback);
  const eventsFile = process.env.DRILL_EVENTS!;
  const maxSeconds = Math.min(Number(process.env.DRILL_SECONDS ?? 120), 240);
  const connections = Math.min(Number(process.env.DRILL_CONNECTIONS ?? 8), 32);
  const runId = `${Date.now().toString(36)}`;
  const marker = (n: number) => `演练 ${runId} #${n}`;
  if (instances.length < 2) throw new Error('DRILL_INSTANCES: at least two instances');

  const tokens: Record<string, string | null> = { '': null, regulator: await login(lb, 'regulator'), analyst: await login(lb, 'analyst') };
  const community = (await gql(lb, `{ communities(perPage: 1) { items { id } } }`, {}, tokens.regulator)).body?.data?.communities?.items?.[0]?.id;
  if (!community) throw new Error('no community to write issues against');
  for (const k of KINDS.filter((x) => !x.write)) {
    const r = await gql(lb, k.query, {}, tokens[k.user]);
    if (r.status !== 200 || r.body?.errors) throw new Error(`${k.name}: ${r.status} ${JSON.stringify(r.body?.errors ?? r.body)}`);
  }

  const samples: Sample[] = [];
  const writes: Write[] = [];
  const deck = KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const started = Date.now();
  const deadline = started + maxSeconds * 1000;
  let finished = false;
  let written = 0;
  appendFileSync(eventsFile, `${started} load:start\n`);
  const watcher = setInterval(() => {
    if (readEvents(eventsFile).some((e) => e.name === 'end')) finished = true;
  }, 200);

  const worker = async (w: number) => {
    let i = w * 3;
    while (!finished && Date.now() < deadline) {
      const k = deck[(i++ * 7919) % deck.length]!;
      const at = Date.now();
      try {
        if (k.write) {
          const write: Write = { marker: marker(++written), at, outcome: 'unknown' };
          writes.push(write);
          const category = ISSUE_CATEGORIES[written % ISSUE_CATEGORIES.length]!;
          const r = await gql(lb, CREATE_ISSUE, { input: { communityId: community, category, title: write.marker } }, tokens.regulator);
          const result = r.body?.data?.createIssue;
          if (r.status === 200 && result?.__typename === 'MutationCreateIssueSuccess') {
            write.outcome = 'acknowledged';
            write.id = String(result.data.id);
            samples.push({ at: Date.now(), kind: k.name, ok: true });
            // Read your own write at once, through any instance: it must be there.
            const back = await gql(lb, READ_ISSUE, { id: write.id }, tokens.regulator);
            if (back.status === 200 && back.body?.data) write.readBack = back.body.data.issue?.title === write.marker;
          } else {
            if (r.status === 200 && result) write.outcome = 'refused';
            samples.push({ at: Date.now(), kind: k.name, ok: false, failure: failureOf(r) });
          }
        } else {
          const r = await gql(lb, k.query, {}, tokens[k.user]);
          const ok = r.status === 200 && !r.body?.errors;
          samples.push({ at: Date.now(), kind: k.name, ok, readFrom: r.readFrom, ...(ok ? {} : { failure: failureOf(r) }) });
        }
      } catch (e) {
        samples.push({ at: Date.now(), kind: k.name, ok: false, failure: e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'network' });
        if (k.write) {
          /* the write's outcome stays unknown */
        }
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  clearInterval(watcher);
  const elapsed = (Date.now() - started) / 1000;
  const events = readEvents(eventsFile);
  const windows = windowsOf(events);

  // --- figures per window ---
  const bucket = (at: number) => windows.find((w) => at >= w.from && at < w.to)?.name ?? 'steady';
  const table = new Map<
    string,
    { requests: number; errors: number; failures: Map<string, number>; replica: number; primary: number; from: number; to: number }
  >();
  for (const name of ['steady', ...windows.map((w) => w.name)]) {
    const w = windows.find((x) => x.name === name);
    table.set(name, { requests: 0, errors: 0, failures: new Map(), replica: 0, primary: 0, from: w?.from ?? 0, to: w?.to ?? 0 });
  }
  for (const s of samples) {
    const row = table.get(bucket(s.at))!;
    row.requests++;
    if (s.readFrom === 'replica') row.replica++;
    if (s.readFrom === 'primary') row.primary++;
    if (!s.ok) {
      row.errors++;
      row.failures.set(s.failure!, (row.failures.get(s.failure!) ?? 0) + 1);
    }
  }

  console.log(
    `\nload: ${connections} clients · ${elapsed.toFixed(0)} s · ${samples.length} requests · ${(samples.length / elapsed).toFixed(0)} req/s through nginx`,
  );
  console.log('\ntimeline (s from the load start):');
  for (const e of events) console.log(`  ${((e.at - started) / 1000).toFixed(1).padStart(6)}  ${e.name}`);
  console.log('\n| window | length s | requests | client errors | what the clients got | reads from replica / primary |');
  console.log('|---|---:|---:|---:|---|---:|');
  for (const [name, r] of table) {
    const length = name === 'steady' ? '' : ((Math.min(r.to, Date.now()) - r.from) / 1000).toFixed(1);
    const what = [...r.failures].map(([f, n]) => `${f} × ${n}`).join(', ') || '—';
    console.log(`| ${name} | ${length} | ${r.requests} | ${r.errors} | ${what} | ${r.replica} / ${r.primary} |`);
  }

  // --- checks ---
  const checks: { name: string; ok: boolean; detail: string }[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  const acked = writes.filter((w) => w.outcome === 'acknowledged');
  const unknown = writes.filter((w) => w.outcome === 'unknown');
  const orm = await openOrm({ databaseUrl: process.env.DATABASE_URL! });
  try {
    const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params) as Promise<any[]>;
    const rows: { id: number; title: string }[] = await sql(`select id, title from issue where title like ?`, [`演练 ${runId} #%`]);
    const byTitle = new Map<string, number[]>();
    for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), Number(r.id)]);
    const missing = acked.filter((w) => !byTitle.has(w.marker));
    const twice = [...byTitle].filter(([, ids]) => ids.length > 1);
    const wrongId = acked.filter((w) => byTitle.get(w.marker)?.[0] !== Number(w.id));
    const unknownStored = unknown.filter((w) => byTitle.has(w.marker)).length;
    check(
      'every acknowledged write present exactly once',
      missing.length === 0 && twice.length === 0 && wrongId.length === 0 && acked.length > 0,
      `${acked.length} acknowledged, ${missing.length} missing, ${twice.length} stored twice, ${wrongId.length} under another id; ${unknown.length} without an answer (${unknownStored} of them committed), ${writes.filter((w) => w.outcome === 'refused').length} refused`,
    );
    const audits: { entity_id: string; n: string }[] = await sql(
      `select entity_id, count(*) as n from audit_log where action = 'issue.create' and entity_type = 'Issue' and changes::text like ? group by entity_id`,
      [`%演练 ${runId} #%`],
    );
    const auditIds = new Map(audits.map((a) => [Number(a.entity_id), Number(a.n)]));
    const issueIds = rows.map((r) => Number(r.id));
    const withoutAudit = issueIds.filter((id) => auditIds.get(id) !== 1);
    const auditWithoutIssue = [...auditIds.keys()].filter((id) => !issueIds.includes(id));
    check(
      'one audit row per stored write, none for a write not stored',
      withoutAudit.length === 0 && auditWithoutIssue.length === 0,
      `${rows.length} issues stored, ${audits.length} audited; ${withoutAudit.length} without exactly one audit row, ${auditWithoutIssue.length} audit rows without their issue`,
    );
    const readBack = acked.filter((w) => w.readBack !== undefined);
    const notSeen = readBack.filter((w) => !w.readBack);
    check(
      'each acknowledged write read back at once (any instance)',
      notSeen.length === 0 && readBack.length > 0,
      `${readBack.length} read back, ${notSeen.length} not found (${acked.length - readBack.length} read-backs failed in a fault window)`,
    );

    // Login lockout: failures spread over the instances lock the account on all of them.
    const lockFailures: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql(instances[i % instances.length]!, LOGIN, { u: LOCK_USER, p: 'wrong-password' }, null, { 'accept-language': 'en' });
      if (r.body?.data?.login?.__typename !== 'AuthError') lockFailures.push(`attempt ${i + 1}: ${r.status}`);
    }
    const refusedEverywhere: boolean[] = [];
    for (const base of instances) {
      const r = await gql(base, LOGIN, { u: LOCK_USER, p: PASSWORD }, null, { 'accept-language': 'en' });
      refusedEverywhere.push(r.body?.data?.login?.__typename === 'AuthError' && /locked/i.test(r.body.data.login.message));
    }
    const [lockRow] = await sql(`select locked_until from app_user where username = ?`, [LOCK_USER]);
    check(
      'five failed logins spread over the instances lock the account on every instance',
      lockFailures.length === 0 && refusedEverywhere.every(Boolean) && lockRow?.locked_until != null,
      `right password refused as locked on ${refusedEverywhere.filter(Boolean).length}/${instances.length} instances; locked_until ${lockRow?.locked_until ? 'set' : 'empty'}`,
    );

    // The login limit per address, counted in PostgreSQL: attempts from one client address through nginx (round robin
    // over the instances) stop at the limit, not at three times it.
    const limit = Number(process.env.LOGIN_LIMIT_PER_MINUTE ?? 20);
    let served = 0;
    let limited = 0;
    for (let i = 0; i < limit + 6; i++) {
      const r = await gql(lb, LOGIN, { u: 'nobody', p: 'x' }, null, { 'x-forwarded-for': '198.51.100.23' });
      if (r.status === 200) served++;
      else if (r.status === 429) limited++;
    }
    check(
      'login limit per address shared by the instances',
      served === limit && limited === 6,
      `${limit + 6} attempts from one address through nginx: ${served} answered, ${limited} refused with 429 (limit ${limit} a minute)`,
    );

    // Jobs: each (job, hour) claimed and run once, by one instance, though three instances ticked and two restarted.
    let jobs: { job: string; slot: string; state: string; attempts: number; instance: string }[] = [];
    for (let i = 0; i < 60; i++) {
      jobs = await sql(`select job, slot, state, attempts, instance from job_run order by slot, job`);
      if (!jobs.some((j) => j.state === 'RUNNING')) break;
      await sleep(500);
    }
    const slots = new Set(jobs.map((j) => j.slot));
    const names = new Set(jobs.map((j) => j.job));
    const bad = jobs.filter((j) => j.state !== 'SUCCEEDED' || Number(j.attempts) !== 1);
    const ranBy = new Set(jobs.map((j) => j.instance));
    const expected = Number(process.env.DRILL_JOBS ?? 6);
    check(
      'periodic jobs ran once per hour across the instances',
      bad.length === 0 && names.size === expected && jobs.length === names.size * slots.size,
      `${jobs.length} runs for ${names.size} jobs × ${slots.size} hour(s), by ${ranBy.size} instance(s); ${bad.length} not succeeded on their first attempt${bad.length ? ': ' + bad.map((j) => `${j.job} ${j.state} ×${j.attempts}`).join(', ') : ''}`,
    );
  } finally {
    await orm.close(true);
  }

  const steady = table.get('steady')!;
  check('no client errors outside the fault windows', steady.errors === 0, `${steady.errors} of ${steady.requests} steady requests failed`);
  const replicaDown = table.get('replica-stopped');
  if (replicaDown) {
    check(
      'replica stopped: its reads served by the primary without errors',
      replicaDown.errors === 0 && replicaDown.primary > 0,
      `${replicaDown.errors} errors; ${replicaDown.primary} lag-tolerant reads from the primary, ${replicaDown.replica} from the replica`,
    );
    const after = samples.filter((s) => s.at > replicaDown.to + 3000 && s.readFrom === 'replica').length;
    check('replica back: used again', after > 0, `${after} reads from the replica after it came back`);
  }
  const sigtermExit =
    process.env.DRILL_SIGTERM_EXIT && existsSync(process.env.DRILL_SIGTERM_EXIT) ? readFileSync(process.env.DRILL_SIGTERM_EXIT, 'utf8').trim() : null;
  if (sigtermExit !== null) check('SIGTERM: the instance stopped gracefully (exit 0)', sigtermExit === '0', `exit status ${sigtermExit}`);
  const graceful = table.get('sigterm-restart');
  if (graceful) check('graceful restart (SIGTERM): no client errors', graceful.errors === 0, `${graceful.errors} of ${graceful.requests} requests failed`);

  console.log('\nchecks:');
  for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed ? `\ncluster drill: ${failed} check(s) FAILED` : `\ncluster drill: all ${checks.length} checks passed`);
  process.exitCode = failed ? 1 : 0;
}

function failureOf(r: Answer): string {
  if (r.status !== 200) return `HTTP ${r.status}${r.body?.errors?.[0]?.extensions?.code ? ' ' + r.body.errors[0].extensions.code : ''}`;
  return `graphql ${r.body?.errors?.[0]?.extensions?.code ?? 'error'}`;
}

// --- bench: one instance's throughput -------------------------------------------------------------------------------

async function bench() {
  const base = loopback(process.env.DRILL_BENCH_URL ?? process.env.DRILL_LB ?? 'http://127.0.0.1:58101');
  const seconds = Math.min(Number(process.env.DRILL_BENCH_SECONDS ?? 10), 60);
  const connections = Math.min(Number(process.env.DRILL_CONNECTIONS ?? 8), 32);
  const tokens: Record<string, string | null> = { '': null, regulator: await login(base, 'regulator'), analyst: await login(base, 'analyst') };
  const reads = KINDS.filter((k) => !k.write);
  const mixes: { name: string; kinds: Kind[] }[] = [
    { name: 'ranking (analyst, 100 rows)', kinds: reads.filter((k) => k.name.startsWith('ranking')) },
    { name: 'KPI report by township', kinds: reads.filter((k) => k.name.startsWith('KPIs')) },
    { name: 'dashboard reads (inbox, ledger, boards)', kinds: reads.filter((k) => ['inbox', 'issue ledger', 'public boards'].includes(k.name)) },
  ];
  console.log(`\n| ${base}, ${connections} clients, ${seconds} s each | req/s | p50 ms | p95 ms | errors |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const mix of mixes) {
    const latencies: number[] = [];
    let errors = 0;
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async (_, w) => {
        let i = w;
        while (Date.now() < until) {
          const k = mix.kinds[i++ % mix.kinds.length]!;
          const t0 = performance.now();
          const r = await gql(base, k.query, {}, tokens[k.user]).catch(() => null);
          latencies.push(performance.now() - t0);
          if (!r || r.status !== 200 || r.body?.errors) errors++;
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
    console.log(`| ${mix.name} | ${(latencies.length / seconds).toFixed(0)} | ${pct(0.5)} | ${pct(0.95)} | ${errors} |`);
  }
}

const commands: Record<string, () => Promise<void>> = { seed, run, bench };
const command = commands[mode ?? ''];
if (!command) {
  console.error('usage: cluster-drill.ts seed|run|bench');
  process.exit(2);
}
command().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
