/**
 * Load test: replays a realistic mix of dashboard and analyst GraphQL requests against a running server with the
 * demo county, for a bounded time and request count, and reports throughput, latency per request kind, errors and
 * (given the server's pid) its resident memory over time. Loopback only.
 *
 *   LOAD_URL=http://127.0.0.1:3000 LOAD_SECONDS=180 LOAD_CONNECTIONS=8 LOAD_SERVER_PID=<pid> \
 *     pnpm --filter @wuye/server exec tsx src/load.ts
 *
 * Start the server with the request limits off (RATE_LIMIT_PER_MINUTE=0 RATE_LIMIT_TOKEN_PER_MINUTE=0): the
 * limits would otherwise answer most of this traffic with 429. docs/load.md has the procedure and the figures.
 */
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '@wuye/db';

const url = new URL(process.env.LOAD_URL ?? 'http://127.0.0.1:3000');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error(`LOAD_URL must be a loopback address, got ${url.hostname}`);
  process.exit(2);
}
const SECONDS = Math.min(Number(process.env.LOAD_SECONDS ?? 180), 300);
const CONNECTIONS = Math.min(Number(process.env.LOAD_CONNECTIONS ?? 8), 64);
const MAX_REQUESTS = Math.min(Number(process.env.LOAD_MAX_REQUESTS ?? 500_000), 2_000_000);
const SERVER_PID = process.env.LOAD_SERVER_PID ? Number(process.env.LOAD_SERVER_PID) : null;

interface Kind {
  name: string;
  user: string;
  weight: number;
  query: string;
}

const MONTH = '2026-10';
/** What a day of use looks like: mostly dashboard pages and inboxes, some heavy analyst pages. */
const KINDS: Kind[] = [
  {
    name: 'inbox (regulator)',
    user: 'regulator',
    weight: 10,
    query: `{ inbox { toAssign { total } toVerify { total } overdue { total } dueSoon { total } } notifications(perPage: 5) { unread } }`,
  },
  {
    name: 'enterprise list',
    user: 'regulator',
    weight: 12,
    query: `{ enterprises(perPage: 25, sortField: score, sortOrder: DESC) { total items { id name uscc score grade listStatus township { name } communityCount managerCount } } }`,
  },
  {
    name: 'enterprise detail + credit',
    user: 'regulator',
    weight: 8,
    query: `query($id: ID!) { enterprise(id: $id) { name uscc score grade credit { score grade breakdown { itemCode points expiresOn } history { date score } } } creditRecords(filter: { enterpriseId: $id }) { total items { itemCode status reason effectiveFrom } } }`,
  },
  {
    name: 'community list (township)',
    user: 'township_chengguan',
    weight: 8,
    query: `{ communities(perPage: 25, sortField: name) { total items { id name type serviceMode households enterprise { name } currentManager { name phone } } } }`,
  },
  {
    name: 'issue ledger',
    user: 'regulator',
    weight: 10,
    query: `{ issues(perPage: 25, filter: { open: true }) { total items { id title state deadline overdue flagged community { name } enterprise { name } } } }`,
  },
  {
    name: 'complaints (department)',
    user: 'dept_scjg',
    weight: 6,
    query: `{ complaints(perPage: 25) { total items { id channel state category complainantName complainantPhone firstResponseDue community { name } } } }`,
  },
  {
    name: 'firm own file',
    user: 'ent_demo',
    weight: 8,
    query: `{ me { enterprise { id name score grade credit { score grade breakdown { itemCode points } } } } creditRecords { total items { itemCode status objectionDeadline } } issues(filter: { open: true }) { total } }`,
  },
  { name: 'public boards', user: '', weight: 6, query: `{ redList { name score } blackList { name until } ratings { quarter status } }` },
  {
    name: 'KPIs by township',
    user: 'regulator',
    weight: 6,
    query: `{ kpis(period: "${MONTH}", groupBy: [TOWNSHIP]) { rows { groupName kpis { code value target status } } } }`,
  },
  { name: 'ranking', user: 'analyst', weight: 6, query: `{ ranking(perPage: 100) { total items { rank name score grade negativePoints positivePoints } } }` },
  {
    name: 'analyst big page',
    user: 'analyst',
    weight: 4,
    query: `{ creditRecords(perPage: 500) { total items { id itemCode points status effectiveFrom expiresOn enterpriseId } } }`,
  },
  {
    name: 'analyst communities',
    user: 'analyst',
    weight: 4,
    query: `{ communities(perPage: 300) { total items { id name households floorArea serviceMode townshipId enterpriseId } } }`,
  },
];

// Answers are only checked for errors and a few known fields.
type Answer = { data?: Record<string, { token?: string; items?: { id: string }[] } | null>; errors?: { message: string; extensions?: { code?: string } }[] };
async function post(query: string, variables: Record<string, unknown>, token: string | null): Promise<{ status: number; body: Answer }> {
  const res = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

async function main() {
  const tokens: Record<string, string | null> = { '': null };
  for (const user of new Set(KINDS.map((k) => k.user).filter(Boolean))) {
    const r = await post(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { token } ... on AuthError { message } } }`,
      { u: user, p: DEMO_PASSWORD },
      null,
    );
    const token = r.body.data?.login?.token;
    if (!token) throw new Error(`login ${user} failed: ${JSON.stringify(r.body)}`);
    tokens[user] = token;
  }
  const firms = ((await post(`{ enterprises(perPage: 100) { items { id } } }`, {}, tokens.regulator!)).body.data?.enterprises?.items ?? []).map((e) => e.id);
  // Every request kind must work before it is timed.
  for (const k of KINDS) {
    const r = await post(k.query, { id: firms[0] }, tokens[k.user]!);
    if (r.status !== 200 || r.body.errors) throw new Error(`${k.name}: ${r.status} ${JSON.stringify(r.body.errors)}`);
  }

  const deck = KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const stats = new Map(KINDS.map((k) => [k.name, { latencies: [] as number[], errors: 0, statuses: new Map<number, number>() }]));
  const memory: { t: number; mb: number }[] = [];
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  let sent = 0;
  let firstError: string | null = null;
  const sampler = SERVER_PID
    ? setInterval(() => {
        const mb = rssMb(SERVER_PID);
        if (mb !== null) memory.push({ t: Math.round((Date.now() - started) / 1000), mb });
      }, 5000)
    : null;
  if (SERVER_PID) memory.push({ t: 0, mb: rssMb(SERVER_PID) ?? 0 });

  const worker = async (w: number) => {
    let i = w;
    while (Date.now() < deadline && sent < MAX_REQUESTS) {
      sent++;
      const k = deck[(i++ * 7919) % deck.length]!;
      const s = stats.get(k.name)!;
      const t0 = performance.now();
      try {
        const r = await post(k.query, { id: firms[i % firms.length] }, tokens[k.user]!);
        s.latencies.push(performance.now() - t0);
        s.statuses.set(r.status, (s.statuses.get(r.status) ?? 0) + 1);
        if (r.status !== 200 || r.body.errors) {
          s.errors++;
          firstError ??= `${k.name}: ${r.status} ${JSON.stringify(r.body.errors ?? r.body).slice(0, 300)}`;
        }
      } catch (e) {
        s.errors++;
        firstError ??= `${k.name}: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
  if (sampler) clearInterval(sampler);
  if (SERVER_PID) memory.push({ t: Math.round((Date.now() - started) / 1000), mb: rssMb(SERVER_PID) ?? 0 });
  const elapsed = (Date.now() - started) / 1000;

  const all = [...stats.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
  const errors = [...stats.values()].reduce((n, s) => n + s.errors, 0);
  console.log(
    `\n${url.origin} · ${CONNECTIONS} connections · ${elapsed.toFixed(0)} s · ${all.length} requests · ${(all.length / elapsed).toFixed(1)} req/s · errors ${errors}`,
  );
  console.log(
    `latency ms: p50 ${pct(all, 50).toFixed(1)} · p95 ${pct(all, 95).toFixed(1)} · p99 ${pct(all, 99).toFixed(1)} · max ${(all.at(-1) ?? 0).toFixed(1)}\n`,
  );
  console.log('| request | share | count | errors | p50 ms | p95 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const k of KINDS) {
    const s = stats.get(k.name)!;
    const l = [...s.latencies].sort((a, b) => a - b);
    console.log(
      `| ${k.name} | ${Math.round((100 * k.weight) / deck.length)}% | ${l.length} | ${s.errors} | ${pct(l, 50).toFixed(1)} | ${pct(l, 95).toFixed(1)} | ${pct(l, 99).toFixed(1)} |`,
    );
  }
  if (memory.length > 1) {
    const half = memory.filter((m) => m.t >= elapsed / 2);
    console.log(
      `\nserver RSS MB: start ${memory[0]!.mb} · max ${Math.max(...memory.map((m) => m.mb))} · end ${memory.at(-1)!.mb} · second half ${Math.min(...half.map((m) => m.mb))}–${Math.max(...half.map((m) => m.mb))}`,
    );
    console.log(`samples: ${memory.map((m) => `${m.t}s:${m.mb}`).join(' ')}`);
  }
  if (firstError) console.log(`\nfirst error: ${firstError}`);
  process.exitCode = errors > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
