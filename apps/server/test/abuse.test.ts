import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, MAX_TOKENS } from '@wuye/api';
import { loginAttempts } from '../src/rate-limits.js';
import { startServer, type Running } from './harness.js';

/** Abuse limits over real HTTP: cost in the extensions, no schema hints for anonymous callers, rate limits. */
describe('abuse limits', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite', { rateLimits: { perAddressPerMinute: 60, perTokenPerMinute: 25, loginPerMinute: 4, loginPerHour: 100 } });
  });
  afterAll(async () => s?.stop());

  it('reports the cost of every executed query in extensions.cost, with the limits', async () => {
    const token = await s.login('admin');
    const r = await s.gql(`{ communities(perPage: 50) { total items { id name } } }`, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.extensions?.cost).toEqual({ complexity: expect.any(Number), depth: 3, breadth: expect.any(Number), limit: { ...LIMITS } });
    // A list costs its page size: twice the page, about twice the cost.
    const r2 = await s.gql(`{ communities(perPage: 100) { total items { id name } } }`, {}, token);
    expect(r2.body.extensions!.cost!.complexity).toBeGreaterThan(1.8 * r.body.extensions!.cost!.complexity);
  });

  it('gives anonymous callers no "Did you mean" hints and no introspection; signed-in callers keep both', async () => {
    const anon = await s.gql(`{ enterprisez { total } }`);
    expect(anon.status).toBe(400);
    expect(anon.body.errors![0]!.message).toContain('enterprisez');
    expect(anon.body.errors![0]!.message).not.toMatch(/Did you mean/);
    const intro = await s.gql(`{ __schema { queryType { name } } }`);
    expect(intro.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(intro.body.data ?? null).toBeNull();
    const typeProbe = await s.gql(`query { __type(name: "User") { fields { name } } }`);
    expect(typeProbe.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');

    const token = await s.login('analyst');
    const signed = await s.gql(`{ enterprisez { total } }`, {}, token);
    expect(signed.body.errors![0]!.message).toMatch(/Did you mean .*"enterprises"/);
    const introSigned = await s.gql(`{ __schema { queryType { name } } }`, {}, token);
    expect(introSigned.body.data!.__schema.queryType.name).toBe('Query');
  });

  it('keeps CSRF prevention: a simple cross-site GET with a query is refused in the reader’s language; a preflighted one runs', async () => {
    type Answer = { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
    const url = `${s.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const zh = await fetch(url);
    expect(zh.status).toBe(400);
    expect(((await zh.json()) as Answer).errors[0]).toEqual({ message: expect.stringContaining('跨站请求伪造'), extensions: { code: 'CSRF_BLOCKED' } });
    const en = await fetch(url, { headers: { 'accept-language': 'en', 'content-type': 'text/plain' } });
    expect(en.status).toBe(400);
    expect(((await en.json()) as Answer).errors[0]!.message).toMatch(/^This request was blocked as a possible cross-site request forgery/);
    const preflight = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect([preflight.status, ((await preflight.json()) as Answer).data]).toEqual([200, { __typename: 'Query' }]);
  });

  it('throttles login attempts per address (any username), with 429, Retry-After and a clear message', async () => {
    // Two logins happened above; this address may make two more this minute.
    const attempt = (u: string) =>
      fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ query: `mutation { x: login(username: "${u}", password: "wrong-password-1") { __typename } }` }),
      });
    const statuses: number[] = [];
    for (const u of ['nobody1', 'nobody2', 'nobody3']) statuses.push((await attempt(u)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await attempt('nobody4');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await limited.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(body.errors[0]!.message).toMatch(/Too many requests/);
    // The right password for a real account is throttled too: the limit is per address, whatever the username.
    await expect(s.login('admin')).rejects.toThrow(/RATE_LIMITED/);
    // Other requests from the address still pass.
    expect((await s.gql(`{ me { id } }`)).status).toBe(200);
  });
});

describe('per-token and per-address request limits', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite', { rateLimits: { perAddressPerMinute: 40, perTokenPerMinute: 10, loginPerMinute: 0, loginPerHour: 0 } });
  });
  afterAll(async () => s?.stop());

  it('a token past its limit gets 429 while the address still has room; past the address limit everything is refused', async () => {
    const token = await s.login('analyst');
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await s.gql(`{ me { id } }`, {}, token)).status);
    expect(codes.slice(0, 10).every((c) => c === 200)).toBe(true);
    expect(codes[10]).toBe(429);
    // Anonymous requests from the same address are counted by address only.
    const more: number[] = [];
    for (let i = 0; i < 30; i++) more.push((await s.gql(`{ me { id } }`)).status);
    expect(more.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(more.indexOf(429)).toBe(40 - 12);
    // Downloads count too: exports and bulletins are the heaviest requests.
    expect((await fetch(`${s.url}/export/enterprises.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(429);
    expect((await fetch(`${s.url}/files/1`)).status).toBe(429);
  });
});

describe('loginAttempts', () => {
  const login = (alias = '') => `${alias}login(username: "a", password: "b") { __typename }`;
  it('counts every login of the operation that runs: aliases, comments, inline and named fragments, nested', () => {
    expect(loginAttempts({ query: `mutation { ${login()} }` })).toBe(1);
    expect(loginAttempts({ query: 'mutation M { logout a: login # c\n (username: "a", password: "b") { __typename } }' })).toBe(1);
    expect(loginAttempts({ query: `mutation { ${[1, 2, 3, 4, 5].map((i) => login(`a${i}: `)).join(' ')} }` })).toBe(5);
    expect(loginAttempts({ query: `mutation { ... on Mutation { ${login()} } }` })).toBe(1);
    expect(loginAttempts({ query: `mutation { ...F } fragment F on Mutation { ${login()} }` })).toBe(1);
    expect(loginAttempts({ query: `mutation { ...A ...B } fragment A on Mutation { ... { ...B } } fragment B on Mutation { ${login('x: ')} }` })).toBe(2);
    expect(loginAttempts({ query: `query Q { me { id } } mutation L { ${login()} ${login('b: ')} }`, operationName: 'L' })).toBe(2);
    expect(loginAttempts({ query: `query Q { me { id } } mutation L { ${login()} }`, operationName: 'Q' })).toBe(0);
  });
  it('finds none in queries, strings or unparseable bodies', () => {
    expect(loginAttempts({ query: '{ me { username } }' })).toBe(0);
    expect(loginAttempts({ query: 'mutation { changePassword(currentPassword: "login", newPassword: "x") { __typename } }' })).toBe(0);
    expect(loginAttempts({ query: 'mutation { login(' })).toBe(0);
    expect(loginAttempts(null)).toBe(0);
  });
});

describe('limits on the operation as executed, over HTTP', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite', { rateLimits: { perAddressPerMinute: 0, perTokenPerMinute: 0, loginPerMinute: 6, loginPerHour: 100 } });
  });
  afterAll(async () => s?.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const aliased = (n: number) =>
    `mutation { ... on Mutation { ...L } } fragment L on Mutation { ${Array.from({ length: n }, (_, i) => `a${i}: login(username: "admin", password: "wrong-password-${i}") { __typename }`).join(' ')} }`;

  it('N aliased logins in fragments count N attempts and none runs; batched requests are refused', async () => {
    const five = await post({ query: aliased(5) }, { 'accept-language': 'en' });
    expect(five.status).toBe(400);
    const body = (await five.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'executions', field: 'login', max: 1, actual: 5 });
    // Five of the six attempts this minute are spent: one more login passes, the next is throttled.
    expect((await post({ query: aliased(1) })).status).toBe(200);
    expect((await post({ query: aliased(1) })).status).toBe(429);
    // One operation per request: an array of operations is not run.
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
  });

  it('an anonymous document of 55,000 aliased __typename is refused before parsing, naming the limit', async () => {
    const r = await s.gql(`{ ${Array.from({ length: 55_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: MAX_TOKENS, actual: `> ${MAX_TOKENS}` });
    expect(r.body.errors![0]!.message).toBe(`查询长度（词法单元数）超出上限：> ${MAX_TOKENS}，上限 ${MAX_TOKENS}`);
  });

  it('refuses anonymous introspection in a nested named fragment, and breadth past the anonymous budget', async () => {
    const intro = await s.gql(`{ ...A } fragment A on Query { ... on Query { ...B } } fragment B on Query { x: __schema { queryType { name } } }`);
    expect(intro.status).toBe(401);
    expect(intro.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(intro.body.data ?? null).toBeNull();
    const wide = await s.gql(`{ ${Array.from({ length: 400 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(wide.status).toBe(400);
    expect(wide.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'breadth', actual: 400, anonymous: true });
  });
});
