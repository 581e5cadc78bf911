/**
 * The ranking page side by side (issue 17): the project's server, PostGraphile v5 (amber preset) and v4 over the same tables, and raw SQL over HTTP, on one throwaway PostgreSQL holding the province of packages/db/src/seed/scale.ts.
 *
 *   pnpm bench:peers [-- --factor 1 --rounds 5 --seconds 10 --connections 10 --per-page 25 --port 55475 --reuse]
 *
 * Steps: start a cluster (scripts/pg-test-cluster.sh, in a temp directory, with pg_stat_statements), migrate and
 * generate the province, recompute the firms' stored standings from the generated records (the only job the ranking
 * reads; the periodic jobs stay off in the project's server), start each server as its own process, check that all
 * return the same rows, then run
 * interleaved autocannon rounds (the order turns each round) and print requests/s per round, the project's ratio to
 * each peer per round and the median, sequential p50, SQL statements and server CPU per request. Not a test.
 *
 * `--reuse` keeps the cluster (in --data-dir, default <tmp>/wuye-bench-peers-<port>) when the run ends and, on the next
 * run, skips generation when it holds a finished province of the same --factor: iterations then take a few minutes
 * rather than the twenty-odd the generation takes on a busy machine. Without it the cluster is thrown away.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
// `pnpm bench:peers -- --factor 1` reaches here as `-- -- --factor 1` (the root script ends in `--` too).
const argv = process.argv.slice(2);
while (argv[0] === '--') argv.shift();
const { values: o } = parseArgs({
  args: argv,
  options: {
    factor: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'per-page': { type: 'string', default: '25' },
    sequential: { type: 'string', default: '200' },
    port: { type: 'string', default: '55475' },
    reuse: { type: 'boolean', default: false },
    /** First of the servers' HTTP ports (project; PostGraphile 5 +1, PostGraphile 4 +2, raw +3), so two runs can share the machine. */
    'http-port': { type: 'string', default: '4101' },
    /** Which peers to serve beside the project: `pgl5,pgl4,raw` or `none` (profiling the project alone). */
    peers: { type: 'string', default: 'pgl5,pgl4,raw' },
    /** Write a V8 CPU profile of the project's server into this directory (node --cpu-prof); skews its CPU figures. */
    'cpu-prof': { type: 'string' },
    'data-dir': { type: 'string' },
    serve: { type: 'string' },
  },
});
const PER_PAGE = Number(o['per-page']);
const HTTP_PORT = Number(o['http-port']);
const PEERS = o.peers === 'none' ? [] : o.peers!.split(',');
/** The generated province's last day (seed/scale.ts): standings are computed for it and the server's clock starts on it. */
const REFERENCE_DAY = '2026-11-15';

/** The project's ranking statement for today's stored standings (packages/db/src/credit/standings.ts), for the raw peer. */
const RAW_SQL = `select e.id, e.name, e.uscc, e.township_id, t.name as township_name, e.score, e.grade, e.credit_positive as pos,
    e.credit_negative as neg, e.list_status, e.list_until, (select count(*) from enterprise e where e.status = 'ACTIVE') as total
  from enterprise e join township t on t.id = e.township_id where e.status = 'ACTIVE'
  order by e.score desc, e.credit_negative asc, e.credit_positive desc, e.uscc asc limit $1 offset 0`;

const PROJECT_QUERY = `query Ranking($perPage: Int!) { ranking(perPage: $perPage) { total items { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints listStatus listUntil } } }`;
const PGL_QUERY = `query Ranking($first: Int!) { allEnterprises(first: $first, condition: { status: "ACTIVE" },
  orderBy: [SCORE_DESC, CREDIT_NEGATIVE_ASC, CREDIT_POSITIVE_DESC, USCC_ASC]) { totalCount nodes { id name uscc
  townshipByTownshipId { name } score grade creditPositive creditNegative listStatus listUntil } } }`;

// --- child mode: the raw SQL server and the PostGraphile servers run in processes of their own ---------------------
if (o.serve) {
  const url = process.env.BENCH_DATABASE_URL!;
  const port = Number(process.env.BENCH_HTTP_PORT);
  if (o.serve === 'raw') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        const perPage = Number(JSON.parse(body || '{}').perPage ?? 25);
        const { rows } = await pool.query(RAW_SQL, [perPage]);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ total: Number(rows[0]?.total ?? 0), items: rows }));
      });
    }).listen(port, '127.0.0.1');
  } else if (o.serve === 'pgl5') {
    // PostGraphile 5 (grafast) needs Node 22's Promise.withResolvers; on Node 20 every connection field fails
    // ("Cannot read properties of undefined (reading 'items')") without it. Defined here, in its process only.
    if (!('withResolvers' in Promise)) {
      Object.defineProperty(Promise, 'withResolvers', {
        value: function withResolvers<T>() {
          let resolve!: (v: T) => void;
          let reject!: (e: unknown) => void;
          const promise = new Promise<T>((ok, no) => {
            resolve = ok;
            reject = no;
          });
          return { promise, resolve, reject };
        },
      });
    }
    const [{ postgraphile }, { default: preset }, { makePgService }, { grafserv }] = await Promise.all([
      import('postgraphile' as string),
      import('postgraphile/presets/amber' as string),
      import('postgraphile/adaptors/pg' as string),
      import('postgraphile/grafserv/node' as string),
    ]);
    // Every column orderable, as in v4 (v5 by default orders only by indexed columns; the ranking's tie-breakers
    // credit_negative and credit_positive are not indexed).
    const pgl = postgraphile({
      extends: [preset],
      disablePlugins: ['PgIndexBehaviorsPlugin'],
      pgServices: [makePgService({ connectionString: url, schemas: ['public'] })],
      grafserv: { graphiql: false },
    });
    const server = createServer();
    await pgl.createServ(grafserv).addTo(server);
    server.listen(port, '127.0.0.1');
  } else if (o.serve === 'pgl4') {
    // PostGraphile 4 (installed under the alias postgraphile4, with its own graphql 15) as its docs advise for
    // production: no query log, no GraphiQL, no watch; every column orderable (ignoreIndexes is its default).
    const { postgraphile } = await import('postgraphile4' as string);
    createServer(
      postgraphile(url, 'public', { disableQueryLog: true, graphiql: false, watchPg: false, disableDefaultMutations: true, retryOnInitFail: false }),
    ).listen(port, '127.0.0.1');
  }
  await new Promise(() => {});
}

// --- the bench ----------------------------------------------------------------------------------------------------
interface Target {
  name: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  child: ChildProcess;
  /** Rows of the page, as (uscc, score) pairs, for the equality check. */
  rows: (json: any) => string[];
}

const sh = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();

const clusterDir = o.reuse ? (o['data-dir'] ?? join(tmpdir(), `wuye-bench-peers-${o.port}`)) : mkdtempSync(join(tmpdir(), 'wuye-bench-peers-'));
const clusterEnv = { PG_TEST_PORT: o.port!, PG_TEST_DIR: clusterDir, PG_TEST_DB: 'wuye_bench' };
const cluster = (verb: string) => sh('bash', [join(ROOT, 'scripts/pg-test-cluster.sh'), verb], clusterEnv);
const children: ChildProcess[] = [];
const cleanUp = async () => {
  // The project's server first, with time to stop as it does under SIGTERM (and to write its CPU profile).
  const [first, ...rest] = children;
  if (first && first.exitCode === null) {
    const exited = new Promise((ok) => first.once('exit', ok));
    first.kill();
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 15_000))]);
  }
  for (const c of rest) c.kill();
  try {
    // --reuse keeps the data for the next run; otherwise the cluster and its directory go.
    cluster(o.reuse ? 'halt' : 'stop');
  } catch {
    /* already stopped */
  }
};
process.on('SIGINT', () => {
  void cleanUp().then(() => process.exit(130));
});
process.on('uncaughtException', (e) => {
  console.error(e);
  void cleanUp().then(() => process.exit(1));
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in clock ticks (100 Hz)
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function waitFor(url: string, init: RequestInit) {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(url, init);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`${url} did not come up`);
}

try {
  let url = cluster('start');
  // pg_stat_statements counts the statements each server sends (loaded at start, hence the restart).
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  const preload = (await setup.query(`show shared_preload_libraries`)).rows[0].shared_preload_libraries as string;
  await setup.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await setup.query(`alter system set jit = off`);
  await setup.end();
  if (!preload.includes('pg_stat_statements')) {
    cluster('halt');
    url = cluster('start');
  }
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('create extension if not exists pg_stat_statements');
    return c;
  };
  let admin = await connect();
  console.log(`PostgreSQL ${url} in ${clusterDir}; load average ${load()}`);

  const { openOrm, migrate, User, hashPassword, recomputeAllCredit } = await import('@wuye/db');
  const { seedScale } = await import('@wuye/db/scale');
  // A finished province of this factor, from an earlier --reuse run: the marker is written after generation and
  // the standings, so an interrupted run generates again.
  const marker = await admin.query(`select to_regclass('bench_peers_generated') as t`);
  const generated = marker.rows[0].t ? ((await admin.query(`select factor from bench_peers_generated`)).rows[0]?.factor as string | undefined) : undefined;
  const reusable = o.reuse && generated === String(Number(o.factor));
  if (!reusable) {
    const { rows } = await admin.query(`select to_regclass('enterprise') as t`);
    if (rows[0].t) {
      console.log(`the database holds ${generated ? `a province of factor ${generated}` : 'an unfinished province'}: starting it again`);
      await admin.end();
      cluster('reset');
      admin = await connect();
    }
  }
  const orm = await openOrm({ databaseUrl: url });
  await migrate(orm);
  if (reusable) {
    console.log(`reusing the province of factor ${generated} generated earlier (--reuse)`);
  } else {
    const started = Date.now();
    const summary = await seedScale(orm.em.fork(), {
      factor: Number(o.factor),
      onProgress: (table, done, total) => process.stderr.write(`\r${table} ${done}/${total}      `),
    });
    process.stderr.write('\n');
    console.log(
      `generated ${summary.enterprises} firms, ${summary.creditRecords} credit records in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load()}`,
    );
    // The generator writes plausible scores without the points behind them; the ranking reads the stored standings,
    // so they are computed from the generated records (as the credit commands keep them), for the firms only.
    const t0 = Date.now();
    const standings = await recomputeAllCredit(orm.em.fork(), REFERENCE_DAY, { managers: false });
    console.log(`standings of ${standings.enterprises} firms recomputed in ${((Date.now() - t0) / 1000).toFixed(0)} s; load average ${load()}`);
    await admin.query(`vacuum analyze enterprise`);
    const em = orm.em.fork();
    em.create(User, { username: 'bench', displayName: 'bench', role: 'ANALYST', passwordHash: await hashPassword('Bench-password-42') });
    await em.flush();
    await admin.query(`create table bench_peers_generated (factor text not null, generated_at timestamptz not null default now())`);
    await admin.query(`insert into bench_peers_generated (factor) values ($1)`, [String(Number(o.factor))]);
  }
  await orm.close(true);

  // Each server is one node process (tsx as a loader, not tsx's wrapper process), so /proc gives its CPU time.
  const tsx = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href];
  const spawnServer = (args: string[], env: Record<string, string>, flags: string[] = []) => {
    const c = spawn(process.execPath, [...flags, ...tsx, ...args], {
      cwd: join(ROOT, 'apps/server'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(c);
    return c;
  };
  const targets: Target[] = [];

  const projectPort = HTTP_PORT;
  // No periodic jobs in the measured server: they would change standings and take CPU mid-run.
  const project = spawnServer(
    [join(ROOT, 'apps/server/src/main.ts'), 'serve'],
    {
      DATABASE_URL: url,
      PORT: String(projectPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_TOKEN_PER_MINUTE: '0',
      LOGIN_LIMIT_PER_MINUTE: '0',
      LOGIN_LIMIT_PER_HOUR: '0',
      NODE_ENV: 'production',
      PERIODIC_JOBS: 'off',
      CLOCK_START: REFERENCE_DAY,
    },
    o['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${o['cpu-prof']}`] : [],
  );
  const gqlInit = (body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  await waitFor(`http://127.0.0.1:${projectPort}/healthz`, {});
  const login = await (
    await fetch(
      `http://127.0.0.1:${projectPort}/graphql`,
      gqlInit(JSON.stringify({ query: `mutation { login(username: "bench", password: "Bench-password-42") { ... on LoginSuccess { token } } }` })),
    )
  ).json();
  const token = login.data.login.token as string;
  targets.push({
    name: 'project',
    url: `http://127.0.0.1:${projectPort}/graphql`,
    body: JSON.stringify({ query: PROJECT_QUERY, variables: { perPage: PER_PAGE } }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    child: project,
    rows: (j) => j.data.ranking.items.map((r: any) => `${r.uscc} ${Number(r.score)}`),
  });

  const self = fileURLToPath(import.meta.url);
  const peer = (name: string, port: number, body: string, rows: Target['rows']) => {
    const child = spawnServer([self, '--serve', name], { BENCH_DATABASE_URL: url, BENCH_HTTP_PORT: String(port) });
    return { name, url: `http://127.0.0.1:${port}/${name === 'raw' ? '' : 'graphql'}`, body, headers: { 'content-type': 'application/json' }, child, rows };
  };
  const candidates = [
    ...(PEERS.includes('pgl5')
      ? [
          peer('pgl5', HTTP_PORT + 1, JSON.stringify({ query: PGL_QUERY, variables: { first: PER_PAGE } }), (j) =>
            j.data.allEnterprises.nodes.map((r: any) => `${r.uscc} ${Number(r.score)}`),
          ),
        ]
      : []),
    ...(PEERS.includes('pgl4')
      ? [
          peer('pgl4', HTTP_PORT + 2, JSON.stringify({ query: PGL_QUERY, variables: { first: PER_PAGE } }), (j) =>
            j.data.allEnterprises.nodes.map((r: any) => `${r.uscc} ${Number(r.score)}`),
          ),
        ]
      : []),
    ...(PEERS.includes('raw')
      ? [peer('raw', HTTP_PORT + 3, JSON.stringify({ perPage: PER_PAGE }), (j) => j.items.map((r: any) => `${r.uscc} ${Number(r.score)}`))]
      : []),
  ];
  const expected = targets[0]!.rows(await (await fetch(targets[0]!.url, gqlInit(targets[0]!.body, targets[0]!.headers))).json());
  for (const c of candidates) {
    try {
      await Promise.race([waitFor(c.url, gqlInit(c.body)), new Promise((_, no) => setTimeout(() => no(new Error('timeout')), 120_000))]);
      const json = await (await fetch(c.url, gqlInit(c.body, c.headers))).json();
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
      const got = c.rows(json);
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`rows differ from the project's: ${got.slice(0, 3).join(', ')}…`);
      targets.push(c);
    } catch (e) {
      console.log(`${c.name}: left out (${(e as Error).message})`);
      c.child.kill();
    }
  }
  console.log(`same ${expected.length} rows from: ${targets.map((t) => t.name).join(', ')}`);

  // Sequential p50, SQL statements and PostgreSQL execution time per request.
  const seq = Number(o.sequential);
  const perRequest: Record<string, { p50: number; statements: number; pgMs: number }> = {};
  for (const t of targets) {
    for (let i = 0; i < 20; i++) await (await fetch(t.url, gqlInit(t.body, t.headers))).arrayBuffer();
    await admin.query('select pg_stat_statements_reset()');
    const times: number[] = [];
    for (let i = 0; i < seq; i++) {
      const t0 = performance.now();
      await (await fetch(t.url, gqlInit(t.body, t.headers))).arrayBuffer();
      times.push(performance.now() - t0);
    }
    const { rows } = await admin.query(
      `select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0) as ms from pg_stat_statements
        where dbid = (select oid from pg_database where datname = 'wuye_bench') and query not like '%pg_stat_statements%'`,
    );
    perRequest[t.name] = { p50: median(times), statements: Number(rows[0].calls) / seq, pgMs: Number(rows[0].ms) / seq };
  }

  // Interleaved rounds; the order turns each round so no server always runs first.
  const rounds = Number(o.rounds);
  const rps: Record<string, number[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
  const cpu: Record<string, { ms: number; requests: number }> = Object.fromEntries(targets.map((t) => [t.name, { ms: 0, requests: 0 }]));
  for (let r = 0; r < rounds; r++) {
    const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
    for (const t of order) {
      const before = cpuMs(t.child.pid!);
      const result = await autocannon({
        url: t.url,
        method: 'POST',
        headers: t.headers,
        body: t.body,
        connections: Number(o.connections),
        duration: Number(o.seconds),
      });
      const used = cpuMs(t.child.pid!) - before;
      if (result.non2xx || result.errors) console.log(`  ${t.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      rps[t.name]!.push(result.requests.average);
      cpu[t.name]!.ms += used;
      cpu[t.name]!.requests += result.requests.total;
    }
    const ratios = targets.slice(1).map((t) => `${t.name} ${(rps.project!.at(-1)! / rps[t.name]!.at(-1)!).toFixed(2)}×`);
    console.log(
      `round ${r + 1}: ${targets.map((t) => `${t.name} ${rps[t.name]!.at(-1)!.toFixed(0)} req/s`).join(', ')}; project vs ${ratios.join(', ')}; load ${load()}`,
    );
  }

  console.log(`\nranking page of ${PER_PAGE}, ${rounds} rounds of ${o.seconds} s at ${o.connections} connections`);
  console.log('server    req/s (median)  project ratio (median of rounds)  sequential p50  SQL/request  PG exec ms/request  server CPU ms/request');
  for (const t of targets) {
    const ratios = rps.project!.map((p, i) => p / rps[t.name]![i]!);
    const pr = perRequest[t.name]!;
    console.log(
      [
        t.name.padEnd(9),
        median(rps[t.name]!).toFixed(0).padStart(14),
        (t.name === 'project' ? '—' : `${median(ratios).toFixed(2)}× (${ratios.map((x) => x.toFixed(2)).join(' ')})`).padStart(33),
        `${pr.p50.toFixed(1)} ms`.padStart(15),
        pr.statements.toFixed(2).padStart(12),
        pr.pgMs.toFixed(2).padStart(19),
        (cpu[t.name]!.ms / cpu[t.name]!.requests).toFixed(2).padStart(22),
      ].join(' '),
    );
  }
  console.log(`load average at the end ${load()}`);
  await admin.end();
} finally {
  await cleanUp();
}
