/**
 * Does one analyst's heaviest allowed request stall everyone else? Sends about the most expensive request the limits
 * allow (KPI reports by firm and month, see HEAVIEST) as the demo analyst, polls /healthz every 100 ms while it
 * runs, and prints /healthz latency idle and during the request. Loopback only; docs/load.md has the figures.
 *
 *   PROBE_URL=http://127.0.0.1:3000 pnpm --filter @wuye/server exec tsx src/stall-probe.ts
 */
import { DEMO_PASSWORD } from '@wuye/db';

const url = new URL(process.env.PROBE_URL ?? 'http://127.0.0.1:3000');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error(`PROBE_URL must be a loopback address, got ${url.hostname}`);
  process.exit(2);
}

/**
 * Near the signed-in complexity limit: a year by firm and month with every KPI (≈35,000) and three years by township
 * and month with one KPI (≈10,000). Three of the first, or one 36-month report by firm with every KPI, are refused.
 */
const HEAVIEST = `{
  a: kpis(period: "2026", groupBy: [ENTERPRISE, MONTH]) { rows { month groupName kpis { code value } } }
  b: kpis(period: "2024-01-01~2026-12-31", groupBy: [TOWNSHIP, MONTH]) { rows { month groupName kpi(code: CLOSE_OFF_RATE) { value } } }
}`;

async function gql(query: string, variables: Record<string, unknown>, token: string | null) {
  const res = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[]; extensions?: { cost?: { complexity: number } } };
}

async function healthz(): Promise<number> {
  const t = performance.now();
  const res = await fetch(new URL('/healthz', url));
  await res.arrayBuffer();
  return performance.now() - t;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const fmt = (xs: number[]) => `n=${xs.length} p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms · max ${Math.max(...xs).toFixed(1)} ms`;

async function main() {
  const login = await gql(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on LoginSuccess { token } } }`,
    { u: 'analyst', p: DEMO_PASSWORD },
    null,
  );
  const token = (login.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);

  const idle: number[] = [];
  for (let i = 0; i < 30; i++) idle.push(await healthz());

  const during: number[] = [];
  let done = false;
  const started = performance.now();
  const heavy = gql(HEAVIEST, {}, token).finally(() => void (done = true));
  while (!done) {
    during.push(await healthz());
    await new Promise((r) => setTimeout(r, 100));
  }
  const answer = await heavy;
  const seconds = (performance.now() - started) / 1000;
  if (answer.errors) throw new Error(`the heavy request failed: ${answer.errors[0]!.message}`);
  console.log(`heaviest allowed request: ${seconds.toFixed(2)} s, complexity ${answer.extensions?.cost?.complexity}`);
  console.log(`/healthz idle:   ${fmt(idle)}`);
  console.log(`/healthz during: ${fmt(during)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
