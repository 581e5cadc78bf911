import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@wuye/api';
import { isLoginRequest } from '../src/rate-limits.js';
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
    expect(r.body.extensions.cost).toEqual({ complexity: expect.any(Number), depth: 3, breadth: expect.any(Number), limit: { ...LIMITS } });
    // A list costs its page size: twice the page, about twice the cost.
    const r2 = await s.gql(`{ communities(perPage: 100) { total items { id name } } }`, {}, token);
    expect(r2.body.extensions.cost.complexity).toBeGreaterThan(1.8 * r.body.extensions.cost.complexity);
  });

  it('gives anonymous callers no "Did you mean" hints and no introspection; signed-in callers keep both', async () => {
    const anon = await s.gql(`{ enterprisez { total } }`);
    expect(anon.status).toBe(400);
    expect(anon.body.errors[0].message).toContain('enterprisez');
    expect(anon.body.errors[0].message).not.toMatch(/Did you mean/);
    const intro = await s.gql(`{ __schema { queryType { name } } }`);
    expect(intro.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(intro.body.data ?? null).toBeNull();
    const typeProbe = await s.gql(`query { __type(name: "User") { fields { name } } }`);
    expect(typeProbe.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const token = await s.login('analyst');
    const signed = await s.gql(`{ enterprisez { total } }`, {}, token);
    expect(signed.body.errors[0].message).toMatch(/Did you mean .*"enterprises"/);
    const introSigned = await s.gql(`{ __schema { queryType { name } } }`, {}, token);
    expect(introSigned.body.data.__schema.queryType.name).toBe('Query');
  });

  it('keeps Apollo’s CSRF prevention: a simple cross-site GET with a query is refused', async () => {
    const r = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF|preflight/i);
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

describe('isLoginRequest', () => {
  it('finds login under an alias, after other fields, with comments; not in queries or strings', () => {
    expect(isLoginRequest({ query: 'mutation { login(username: "a", password: "b") { __typename } }' })).toBe(true);
    expect(isLoginRequest({ query: 'mutation M { logout a: login # c\n (username: "a", password: "b") { __typename } }' })).toBe(true);
    expect(isLoginRequest({ query: '{ me { username } }' })).toBe(false);
    expect(isLoginRequest({ query: 'mutation { changePassword(currentPassword: "login", newPassword: "x") { __typename } }' })).toBe(false);
    expect(isLoginRequest({ query: 'mutation { login(' })).toBe(false);
    expect(isLoginRequest(null)).toBe(false);
  });
});
