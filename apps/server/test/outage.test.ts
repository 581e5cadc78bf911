import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { User, hashPassword, migrate, openOrm } from '@wuye/db';
import { pgAvailable } from '@wuye/db/testing';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logging.js';
import { PASSWORD, freePort, startServer, type Running } from './harness.js';
import { captureLog } from './log-capture.js';

/**
 * The database goes away under a running server: a real PostgreSQL cluster of this test's own (scripts/pg-test-cluster.sh
 * with a private PG_TEST_DIR) is stopped mid-test and started again. Clients get 503 DATABASE_UNAVAILABLE with
 * Retry-After — anonymous and signed-in, GraphQL and plain HTTP — never a 500 or a 200 with an error; the log has one
 * line per failed request, the stack once; the server answers again as soon as the database is back.
 */
const SCRIPT = new URL('../../../scripts/pg-test-cluster.sh', import.meta.url).pathname;

const ANON = `{ bulletins { id month } }`;
const SIGNED_IN = `{ me { username } }`;

describe.skipIf(!pgAvailable())('PostgreSQL stopped under a running server', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let s: Running;
  let token: string;
  const log = captureLog();
  const cluster = (command: string) => execFileSync('bash', [SCRIPT, command], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wuye-outage-'));
    env = { ...process.env, PG_TEST_DIR: dir, PG_TEST_PORT: String(await freePort()), PG_TEST_DB: 'outage' };
    // This file's databases live on the private cluster (each test file runs in a process of its own).
    process.env.TEST_PG_URL = cluster('start');
    s = await startServer('postgresql', { logger: createLogger({ destination: log.stream }) });
    token = await s.login('admin');
  }, 180_000);

  afterAll(async () => {
    cluster('start');
    await s?.stop();
    cluster('stop');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while the database is down, and serves again once it is back', async () => {
    expect((await s.gql(ANON)).status).toBe(200);
    expect((await s.gql(SIGNED_IN, {}, token)).body.data!.me!.username).toBe('admin');

    cluster('halt');

    // Anonymous: the resolver fails (Apollo would answer 200 with a generic error).
    const anon = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: ANON }),
    });
    expect(anon.status).toBe(503);
    expect(anon.headers.get('retry-after')).toBe('5');
    const anonBody = (await anon.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(anonBody.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(anonBody.errors[0]!.message).toBe('The database is temporarily unavailable: try again in 5 s');

    // Signed in: the session check fails before any resolver.
    const signedIn = await s.gql(SIGNED_IN, {}, token);
    expect(signedIn.status).toBe(503);
    expect(signedIn.body.errors![0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(signedIn.body.errors![0]!.message).toBe('数据库暂时不可用，请 5 秒后重试');

    // A login (a write) and the plain HTTP routes.
    const login = await s.gql(`mutation { login(username: "admin", password: "${PASSWORD}") { __typename } }`);
    expect(login.status).toBe(503);
    const exported = await fetch(`${s.url}/export/enterprises.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(exported.status).toBe(503);
    expect(exported.headers.get('retry-after')).toBe('5');
    expect(((await exported.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');

    // More of the same: counted, not written out again.
    for (let i = 0; i < 10; i++) expect((await s.gql(ANON)).status).toBe(503);

    cluster('start');
    expect((await s.gql(ANON)).status).toBe(200);
    expect((await s.gql(SIGNED_IN, {}, token)).body.data!.me!.username).toBe('admin');

    const failed = log.lines().filter((l) => l.msg === 'request failed');
    // One line per failed request (5 above and 10 repeats), each with its request id and status.
    expect(failed).toHaveLength(15);
    if (process.env.SHOW_LOG) console.log(log.text());
    for (const line of failed) {
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(line.res?.status).toBe(503);
      expect(line.err?.databaseUnavailable).toMatch(/^(ECONNREFUSED|57P01|connection-terminated)$/);
    }
    // The stack once per kind of error, not per request.
    const withStack = failed.filter((l) => l.err?.stack);
    expect(withStack.length).toBeGreaterThanOrEqual(1);
    expect(withStack.length).toBeLessThanOrEqual(3);
    expect(failed.filter((l) => l.err?.repeat).length).toBeGreaterThanOrEqual(12);
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain(PASSWORD);
  }, 120_000);
});

describe('SQLite locked past its busy timeout under a running server', () => {
  let dir: string;
  let orm: MikroORM;
  let holder: MikroORM;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wuye-busy-'));
    const sqlitePath = join(dir, 'wuye.sqlite');
    orm = await openOrm({ sqlitePath });
    await migrate(orm);
    const em = orm.em.fork();
    em.create(User, { username: 'admin', displayName: '管理员', role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) });
    await em.flush();
    holder = await openOrm({ sqlitePath });
    const rateLimits = { perAddressPerMinute: 0, perTokenPerMinute: 0, loginPerMinute: 0, loginPerHour: 0 };
    const { app } = await createApp({ orm, databaseKind: 'sqlite', logger: createLogger({ level: 'silent' }), rateLimits });
    server = createServer(app);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
    await holder?.close(true);
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  const login = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "admin", password: "${PASSWORD}") { __typename } }` }),
    });

  it('a write that waits out the busy timeout gets 503 DATABASE_UNAVAILABLE; once the lock is gone it succeeds', async () => {
    // Another connection holds the write lock (as a long backup or a stuck process would).
    const conn = holder.em.getConnection();
    await conn.execute('begin immediate');
    try {
      const busy = await login();
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(((await busy.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await conn.execute('commit');
    }
    const ok = await login();
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { login: { __typename: string } } }).data.login.__typename).toBe('LoginSuccess');
  }, 60_000);
});
