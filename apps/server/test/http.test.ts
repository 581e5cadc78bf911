import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, Session, User, clock } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { startServer, type Running } from './harness.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token expiresAt user { username role } } ... on AuthError { message } } }`;

describeEachDriver('HTTP server', (driver) => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer(driver);
  });
  afterAll(async () => s?.stop());

  it('answers /healthz with the database in use', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { now: string };
    expect(body).toEqual({ status: 'ok', database: driver, now: expect.any(String) });
    // The platform's clock, which the dashboard reads to know what day it is (CLOCK_START may move it).
    expect(Math.abs(Date.parse(body.now) - clock.now().getTime())).toBeLessThan(60_000);
  });

  it('serves the dashboard at / and for client routes, and GraphiQL at /graphiql, with security headers', async () => {
    const home = await fetch(`${s.url}/`);
    expect(await home.text()).toContain('物业监管平台');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(home.headers.get('x-powered-by')).toBeNull();
    expect(await (await fetch(`${s.url}/enterprises/1/show`)).text()).toContain('物业监管平台');
    expect(await (await fetch(`${s.url}/graphiql`)).text()).toContain('GraphiQL');
  });

  it('serves hashed assets pre-compressed (brotli, else gzip) and cached for a year, and its pages uncached', async () => {
    const raw = (path: string, acceptEncoding?: string) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((ok, fail) => {
        get(`${s.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const asset = '/assets/main-Ab12Cd34.js';
    const plain = await raw(asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('物业');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const br = await raw(asset, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gz = await raw(asset, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

    for (const page of ['/', '/enterprises/1/show', '/graphiql']) expect((await raw(page, 'br')).headers['cache-control']).toBe('no-cache');
    expect((await raw('/assets/missing-00000000.js', 'br')).status).toBe(404);
  });

  it('logs in with the right password, and the token opens the API', async () => {
    const r = await s.gql(LOGIN, { u: 'admin', p: 'Correct-horse-42' });
    expect(r.body.data!.login).toMatchObject({ __typename: 'LoginSuccess', user: { username: 'admin', role: 'ADMIN' } });
    const me = await s.gql(`{ me { username permissions } }`, {}, r.body.data!.login.token);
    expect(me.body.data!.me!.username).toBe('admin');
    expect(me.body.data!.me!.permissions).toContain('user:create');
  });

  it('refuses a wrong password with a clear message and writes a failed-login audit row', async () => {
    const before = await s.orm.em.fork().count(AuditLog, { action: 'auth.loginFailed' });
    const r = await s.gql(LOGIN, { u: 'analyst', p: 'wrong-password-1' });
    expect(r.body.data!.login).toEqual({ __typename: 'AuthError', message: '用户名或密码错误' });
    const unknown = await s.gql(LOGIN, { u: 'nobody', p: 'wrong-password-1' }, null, { 'accept-language': 'en' });
    expect(unknown.body.data!.login).toEqual({ __typename: 'AuthError', message: 'Wrong username or password' });
    expect(await s.orm.em.fork().count(AuditLog, { action: 'auth.loginFailed' })).toBe(before + 2);
  });

  it('stores only a hash of the session token', async () => {
    const token = await s.login('analyst');
    const sessions = await s.orm.em.fork().find(Session, {});
    expect(sessions.some((x) => x.tokenHash === token)).toBe(false);
    expect(sessions.every((x) => /^[0-9a-f]{64}$/.test(x.tokenHash))).toBe(true);
  });

  it('logout revokes the session', async () => {
    const token = await s.login('analyst');
    expect((await s.gql(`mutation { logout }`, {}, token)).body.data!.logout).toBe(true);
    const after = await s.gql(`{ enterprises { total } }`, {}, token);
    expect(after.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('an idle or expired session no longer works', async () => {
    const idle = await s.login('analyst');
    const expired = await s.login('analyst');
    const em = s.orm.em.fork();
    const [a, b] = await Promise.all([
      em.findOneOrFail(Session, { tokenHash: (await import('@wuye/api')).hashToken(idle) }),
      em.findOneOrFail(Session, { tokenHash: (await import('@wuye/api')).hashToken(expired) }),
    ]);
    a.lastSeenAt = new Date(Date.now() - 9 * 3600_000);
    b.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    for (const token of [idle, expired]) {
      const r = await s.gql(`{ me { id } }`, {}, token);
      expect(r.body.data!.me).toBeNull();
    }
  });

  it('locks an account after five failed logins, even for the right password', async () => {
    for (let i = 0; i < 5; i++) await s.gql(LOGIN, { u: 'firm', p: `bad-${i}-password` });
    const r = await s.gql(LOGIN, { u: 'firm', p: 'Correct-horse-42' });
    expect(r.body.data!.login.__typename).toBe('AuthError');
    expect(r.body.data!.login.message).toContain('锁定');
    const em = s.orm.em.fork();
    const firm = await em.findOneOrFail(User, { username: 'firm' });
    firm.lockedUntil = new Date(Date.now() - 1000);
    await em.flush();
    expect((await s.gql(LOGIN, { u: 'firm', p: 'Correct-horse-42' })).body.data!.login.__typename).toBe('LoginSuccess');
  });

  it('changing the password signs out the other sessions and enforces the policy', async () => {
    const first = await s.login('analyst');
    const second = await s.login('analyst');
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ... on ValidationError { fieldErrors { field message } } } }`;
    const weak = await s.gql(CHANGE, { c: 'Correct-horse-42', n: 'short' }, second);
    expect(weak.body.data!.changePassword.fieldErrors[0]!.field).toBe('newPassword');
    const ok = await s.gql(CHANGE, { c: 'Correct-horse-42', n: 'Another-horse-43' }, second);
    expect(ok.body.data!.changePassword.__typename).toBe('MutationChangePasswordSuccess');
    expect((await s.gql(`{ me { id } }`, {}, first)).body.data!.me).toBeNull();
    expect((await s.gql(`{ me { username } }`, {}, second)).body.data!.me!.username).toBe('analyst');
    await s.login('analyst', 'Another-horse-43');
  });

  it('an ADMIN creating a user stores an argon2id hash, never the password', async () => {
    const admin = await s.login('admin');
    const r = await s.gql(
      `mutation { createUser(input: { username: "zhang.san", displayName: "张三", role: ANALYST, password: "Secret-pass-2026" }) { __typename ... on ValidationError { message } } }`,
      {},
      admin,
    );
    expect(r.body.data!.createUser.__typename).toBe('MutationCreateUserSuccess');
    const user = await s.orm.em.fork().findOneOrFail(User, { username: 'zhang.san' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await s.orm.em.fork().findOneOrFail(AuditLog, { action: 'user.create' });
    expect(JSON.stringify(audit.changes)).not.toContain('Secret-pass-2026');
    expect(JSON.stringify(audit.changes)).not.toContain('$argon2');
    expect(audit.changes).toMatchObject({ passwordHash: '[redacted]', username: 'zhang.san' });
    await s.login('zhang.san', 'Secret-pass-2026');
  });

  it('deactivating a user ends their sessions at once', async () => {
    const admin = await s.login('admin');
    const victim = await s.login('analyst', 'Another-horse-43');
    const id = (await s.orm.em.fork().findOneOrFail(User, { username: 'analyst' })).id;
    await s.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { __typename } }`, { id: String(id) }, admin);
    expect((await s.gql(`{ me { id } }`, {}, victim)).body.data!.me).toBeNull();
  });

  it('refuses an oversized body and a query past the depth limit with clear errors', async () => {
    const big = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    const admin = await s.login('admin');
    const deep = await s.gql(
      `{ communities { items { currentManager { enterprise { township { id } } appointments { community { currentManager { appointments { community { enterprise { township { name } } } } } } } } } } }`,
      {},
      admin,
    );
    expect(deep.body.errors![0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('names an unknown field in a 400 error', async () => {
    const r = await s.gql(`{ nonexistentField }`);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.message).toContain('nonexistentField');
  });
});

describe('startup configuration', () => {
  it('rejects a DATABASE_URL that is not PostgreSQL', async () => {
    const { readEnv } = await import('../src/env.js');
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgresql/);
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(readEnv({}).port).toBe(3000);
  });

  it('reads where the clock starts: a date is that morning in Shanghai, an instant needs its zone', async () => {
    const { readEnv } = await import('../src/env.js');
    expect(readEnv({}).clockStart).toBeNull();
    expect(readEnv({ CLOCK_START: '2026-11-15' }).clockStart?.toISOString()).toBe('2026-11-15T01:00:00.000Z');
    expect(readEnv({ CLOCK_START: '2026-11-15T18:30:00+08:00' }).clockStart?.toISOString()).toBe('2026-11-15T10:30:00.000Z');
    for (const bad of ['2026-11-15T09:00', '2026-13-01', 'tomorrow']) expect(() => readEnv({ CLOCK_START: bad })).toThrow(/CLOCK_START/);
  });

  it('runs the periodic jobs unless PERIODIC_JOBS=off', async () => {
    const { readEnv } = await import('../src/env.js');
    expect(readEnv({}).periodicJobs).toBe(true);
    expect(readEnv({ PERIODIC_JOBS: 'on' }).periodicJobs).toBe(true);
    expect(readEnv({ PERIODIC_JOBS: 'OFF' }).periodicJobs).toBe(false);
    expect(() => readEnv({ PERIODIC_JOBS: 'no' })).toThrow(/PERIODIC_JOBS/);
  });
});
