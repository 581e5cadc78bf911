import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { MikroORM } from '@mikro-orm/core';
import type { OperationCost } from '@wuye/api';
import { Enterprise, Township, User, hashPassword, openOrm, type DriverName } from '@wuye/db';
import { createTestOrm, dropTestOrm } from '@wuye/db/testing';
import { withUsccCheckChar } from '@wuye/domain';
import { createApp, type AppOptions } from '../src/app.js';
import { createLogger } from '../src/logging.js';

export const PASSWORD = 'Correct-horse-42';

/** A loopback port free right now, for a process a test starts itself (a private PostgreSQL, a child server). */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** One error of a GraphQL answer. */
export interface GqlError {
  message: string;
  extensions: { code?: string } & Record<string, unknown>;
}

/** A GraphQL answer: its data (none when the request failed as a whole), its errors, and the cost Apollo reports. */
export interface GqlBody<D> {
  data?: D | null;
  errors?: GqlError[];
  extensions?: { cost?: OperationCost };
}

type Me = { id: string; username: string; displayName: string; role: string; permissions: string[]; enterprise: { id: string } | null };

/**
 * What the server's tests read of an answer's data, by root field; a request selects some of them (a test reading
 * another field names its own shape: `gql<{ … }>`).
 */
export interface TestData {
  __schema: { queryType: { name: string } };
  me: Me | null;
  login: { __typename: string; token: string; message: string; user: Pick<Me, 'username' | 'role'> };
  logout: boolean;
  changePassword: { __typename: string; fieldErrors: { field: string; message: string }[] };
  createUser: { __typename: string };
  createApiToken: { __typename: string; data: { token: string; apiToken: { id: string } } };
  updateEnterprise: { __typename: string; message?: string };
  enterprise: { name: string } | null;
  kpis: { rows: { month: string; groupName: string }[] };
  objections: { total: number };
  ranking: { total: number; items: { rank: number; enterpriseId: string; name: string; uscc: string; grade: string; townshipName: string }[] };
}

/** A running server on a loopback port over a fresh database with one user per role that the tests need. */
export interface Running {
  url: string;
  orm: MikroORM;
  gql: <D = TestData>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: GqlBody<D> }>;
  login: (username: string, password?: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** Login throttling is off unless a test asks for it (`options.rateLimits`): tests log in often from one address. */
export async function startServer(
  driver: DriverName,
  { onQuery, ...options }: Partial<AppOptions> & { onQuery?: (sql: string) => void } = {},
): Promise<Running> {
  const orm = await createTestOrm({ driver, onQuery });
  const em = orm.em.fork();
  const town = em.create(Township, { name: '城关镇', code: 'CG' });
  const firm = em.create(Enterprise, { name: '安居物业服务有限公司', uscc: withUsccCheckChar('91330100MA0000001'), legalRepresentative: '王', township: town });
  const passwordHash = await hashPassword(PASSWORD);
  em.create(User, { username: 'admin', displayName: '管理员', role: 'ADMIN', passwordHash });
  em.create(User, { username: 'firm', displayName: '企业用户', role: 'ENTERPRISE', enterprise: firm, passwordHash });
  em.create(User, { username: 'analyst', displayName: '分析员', role: 'ANALYST', passwordHash });
  await em.flush();

  const dashboardDir = standInDashboard();
  const served = await serve(orm, driver, { dashboardDir, ...options });
  return {
    ...served,
    stop: async () => {
      await served.close();
      await dropTestOrm(orm);
    },
  };
}

/** A stand-in dashboard build, to check the static routes without building the real one. */
function standInDashboard(): string {
  const dashboardDir = mkdtempSync(join(tmpdir(), 'wuye-dash-'));
  writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>物业监管平台</title>');
  writeFileSync(join(dashboardDir, 'graphiql.html'), '<!doctype html><title>GraphiQL</title>');
  // A hashed asset with the brotli and gzip copies the build writes beside it.
  const asset = `console.log(${JSON.stringify('物业'.repeat(400))});`;
  mkdirSync(join(dashboardDir, 'assets'));
  writeFileSync(join(dashboardDir, 'assets', 'main-Ab12Cd34.js'), asset);
  writeFileSync(join(dashboardDir, 'assets', 'main-Ab12Cd34.js.br'), brotliCompressSync(asset));
  writeFileSync(join(dashboardDir, 'assets', 'main-Ab12Cd34.js.gz'), gzipSync(asset));
  return dashboardDir;
}

/** An app on `orm`, listening on a loopback port, with a client for it; `close` stops listening (the ORM stays open). */
async function serve(orm: MikroORM, driver: DriverName, options: Partial<AppOptions>): Promise<Omit<Running, 'stop'> & { close: () => Promise<void> }> {
  const rateLimits = { perAddressPerMinute: 0, perTokenPerMinute: 0, loginPerMinute: 0, loginPerHour: 0 };
  const { app } = await createApp({ orm, databaseKind: driver, logger: createLogger({ level: 'silent' }), rateLimits, ...options });
  const server: Server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: Running['gql'] = async <D>(query: string, variables = {}, token: string | null = null, headers = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GqlBody<D> };
  };
  const login = async (username: string, password = PASSWORD) => {
    const r = await gql(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on AuthError { message } } }`,
      { u: username, p: password },
    );
    if (r.body.data?.login?.__typename !== 'LoginSuccess') throw new Error(`login failed: ${JSON.stringify(r.body)}`);
    return r.body.data.login.token;
  };
  return {
    url,
    orm,
    gql,
    login,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * A second instance on the PostgreSQL database of `first`, as another process of a multi-instance deployment would
 * be: its own ORM (its own connection pool and identity maps), its own app and port. Stop it before `first`, which
 * drops the database.
 */
export async function startSecondInstance(first: Running, options: Partial<AppOptions> = {}): Promise<Running> {
  const databaseUrl = first.orm.config.get('clientUrl');
  if (!databaseUrl) throw new Error('a second instance needs a PostgreSQL database');
  const orm = await openOrm({ databaseUrl });
  const served = await serve(orm, 'postgresql', options);
  return {
    ...served,
    stop: async () => {
      await served.close();
      await orm.close(true);
    },
  };
}
