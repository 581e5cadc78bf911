import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { Enterprise, ReplicaMonitor, openOrm } from '@wuye/db';
import { pgAvailable } from '@wuye/db/testing';
import { freePort, startSecondInstance, startServer, type Running } from './harness.js';

/**
 * Issue 18 item 2: a real PostgreSQL streaming replica (pg_basebackup -R, scripts/pg-test-cluster.sh replica-start) of
 * this file's private cluster. Reads that can lag go to it; a user's own writes are read back from the primary; a
 * replica that is behind or down is bypassed and /healthz says so.
 */
const SCRIPT = new URL('../../../scripts/pg-test-cluster.sh', import.meta.url).pathname;

type Body = { data?: { enterprise?: { name: string }; ranking?: { items: { enterpriseId: string; name: string }[] } }; errors?: unknown[] };

const until = async (what: () => Promise<boolean> | boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.skipIf(!pgAvailable())('a read replica for reads that can lag', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let first: Running;
  let b: Running;
  let monitor: ReplicaMonitor;
  let replicaOrm: MikroORM;
  let admin: string;
  let analyst: string;
  let firmId: number;
  const cluster = (command: string) => execFileSync('bash', [SCRIPT, command], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const onReplica = (sql: string) => replicaOrm.em.fork().getConnection().execute(sql);
  /** Replay paused for real (a pause is only requested at first: replay may go on for a moment). */
  const pauseReplay = async () => {
    await onReplica('select pg_wal_replay_pause()');
    await until(async () => ((await onReplica('select pg_get_wal_replay_pause_state() as s')) as { s: string }[])[0]!.s === 'paused');
  };

  const ask = async (s: Running, query: string, token: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { from: res.headers.get('x-read-from'), body: (await res.json()) as Body };
  };
  const firmName = `{ enterprise(id: "${'{ID}'}") { name } }`;
  const rankingName = `{ ranking(perPage: 5) { items { enterpriseId name } } }`;
  const nameInRanking = (body: Body) => body.data?.ranking?.items.find((r) => r.enterpriseId === String(firmId))?.name;
  const rename = (name: string) =>
    b.gql(
      `mutation($id: ID!, $n: String!) { updateEnterprise(id: $id, input: { name: $n }) { __typename ... on Error { message } } }`,
      { id: String(firmId), n: name },
      admin,
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wuye-replica-'));
    const port = await freePort();
    env = { ...process.env, PG_TEST_DIR: dir, PG_TEST_PORT: String(port), PG_REPLICA_PORT: String(await freePort()), PG_TEST_DB: 'replica' };
    process.env.TEST_PG_URL = cluster('start');
    const replicaBase = cluster('replica-start');
    first = await startServer('postgresql');
    const dbUrl = String(first.orm.config.get('clientUrl'));
    const dbName = new URL(dbUrl).pathname.slice(1);
    // The test's database was created on the primary after the base backup: the replica receives it by streaming.
    const replicaUrl = replicaBase.replace(/\/[^/]*$/, `/${dbName}`);
    await until(async () => {
      try {
        const o = await openOrm({ databaseUrl: replicaUrl });
        replicaOrm = o;
        return true;
      } catch {
        return false;
      }
    });
    monitor = new ReplicaMonitor({ primary: await openOrm({ databaseUrl: dbUrl }), replica: replicaOrm, maxLagSeconds: 3600, intervalMs: 100 });
    monitor.start();
    b = await startSecondInstance(first, { replica: monitor });
    admin = await b.login('admin');
    analyst = await b.login('analyst');
    firmId = (await first.orm.em.fork().findOneOrFail(Enterprise, { name: '安居物业服务有限公司' })).id;
    await until(async () => {
      const st = await monitor.check();
      return st.status === 'ok' && st.lagBytes === 0;
    });
  }, 240_000);

  afterAll(async () => {
    monitor?.stop();
    await b?.stop();
    await monitor?.primary.close();
    await replicaOrm?.close();
    await first?.stop();
    try {
      cluster('stop');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports the replica in /healthz', async () => {
    const h = (await (await fetch(`${b.url}/healthz`)).json()) as { status: string; replica: { status: string; lagBytes: number; lagSeconds: number } };
    expect(h.status).toBe('ok');
    expect(h.replica).toMatchObject({ status: 'ok', lagBytes: 0, lagSeconds: 0 });
  });

  it('sends an analyst’s queries and the ranking to the replica; other reads and every write to the primary', async () => {
    const q = await ask(b, firmName.replace('{ID}', String(firmId)), analyst);
    expect(q.from).toBe('replica');
    expect(q.body.data?.enterprise?.name).toBe('安居物业服务有限公司');
    expect((await ask(b, rankingName, admin)).from).toBe('replica');
    // An admin's ordinary query is not a read that can lag.
    expect((await ask(b, firmName.replace('{ID}', String(firmId)), admin)).from).toBeNull();
    const w = await rename('安居物业（一）');
    expect(w.body.data!.updateEnterprise.__typename).not.toMatch(/Error/);
    await until(async () => (await monitor.check()).lagBytes === 0);
  });

  it('reads a user’s own write back from the primary while the replica has not replayed it; others may read the old value', async () => {
    await pauseReplay();
    try {
      await rename('安居物业（二）');
      // The writer's next lag-tolerant read goes to the primary and sees the write, on this instance or any other.
      const own = await ask(b, rankingName, admin);
      expect(own.from).toBe('primary');
      expect(nameInRanking(own.body)).toBe('安居物业（二）');
      // An analyst's read can lag: the replica still has the old name.
      const other = await ask(b, firmName.replace('{ID}', String(firmId)), analyst);
      expect(other.from).toBe('replica');
      expect(other.body.data?.enterprise?.name).toBe('安居物业（一）');
    } finally {
      await onReplica('select pg_wal_replay_resume()');
    }
    // Once the replica has replayed it, the writer reads from the replica again and sees the write there.
    await until(async () => (await monitor.check()).lagBytes === 0);
    const later = await ask(b, rankingName, admin);
    expect(later.from).toBe('replica');
    expect(nameInRanking(later.body)).toBe('安居物业（二）');
  });

  it('bypasses a replica that is too far behind', async () => {
    await pauseReplay();
    try {
      monitor.maxLagSeconds = 1;
      await rename('安居物业（三）');
      await new Promise((r) => setTimeout(r, 1500));
      await until(async () => (await monitor.check()).status === 'behind');
      const q = await ask(b, firmName.replace('{ID}', String(firmId)), analyst);
      expect(q.from).toBe('primary');
      expect(q.body.data?.enterprise?.name).toBe('安居物业（三）');
      const h = (await (await fetch(`${b.url}/healthz`)).json()) as { status: string; replica: { status: string; lagBytes: number } };
      expect(h.status).toBe('ok');
      expect(h.replica.status).toBe('behind');
      expect(h.replica.lagBytes).toBeGreaterThan(0);
    } finally {
      await onReplica('select pg_wal_replay_resume()');
      monitor.maxLagSeconds = 3600;
    }
    await until(async () => {
      const st = await monitor.check();
      return st.status === 'ok' && st.lagBytes === 0;
    });
  });

  it('bypasses a replica that is down, without an error, and uses it again once it is back', async () => {
    // Stopped between two checks: the monitor still says ok, so the read goes to the replica, fails there, and is
    // answered again from the primary; the replica is bypassed from then on (the cluster drill's 503s).
    monitor.stop();
    cluster('replica-halt');
    expect(monitor.state.status).toBe('ok');
    const caught = await ask(b, firmName.replace('{ID}', String(firmId)), analyst);
    expect(caught.body.errors).toBeUndefined();
    expect(caught.from).toBe('primary');
    expect(caught.body.data?.enterprise?.name).toBe('安居物业（三）');
    expect(monitor.state).toMatchObject({ status: 'down', reason: 'a read failed' });
    expect((await ask(b, rankingName, analyst)).from).toBe('primary');
    monitor.start();
    await until(async () => (await monitor.check()).status === 'down');
    const q = await ask(b, firmName.replace('{ID}', String(firmId)), analyst);
    expect(q.from).toBe('primary');
    expect(q.body.errors).toBeUndefined();
    expect(q.body.data?.enterprise?.name).toBe('安居物业（三）');
    const exp = await fetch(`${b.url}/export/enterprises.csv`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(exp.status).toBe(200);
    expect(exp.headers.get('x-read-from')).toBe('primary');
    expect(await exp.text()).toContain('安居物业（三）');
    const h = (await (await fetch(`${b.url}/healthz`)).json()) as { status: string; replica: { status: string } };
    expect(h).toMatchObject({ status: 'ok', replica: { status: 'down' } });

    cluster('replica-start');
    await until(async () => {
      const st = await monitor.check();
      return st.status === 'ok' && st.lagBytes === 0;
    }, 60_000);
    const back = await fetch(`${b.url}/export/enterprises.csv`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(back.headers.get('x-read-from')).toBe('replica');
    expect(await back.text()).toContain('安居物业（三）');
  });
});
