import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { createGraphQLClient } from './graphqlClient';

const doc = (text: string) => new TypedDocumentString<Record<string, unknown>, Record<string, unknown>>(text);

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('GraphQL client', () => {
  it('posts the operation with the token and the UI language', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ data: { me: null } }));
    const request = createGraphQLClient({ getToken: () => 'tok', getLocale: () => 'en', fetch: fetch as typeof globalThis.fetch });
    expect(await request(doc('query { me { id } }'), { a: 1 })).toEqual({ me: null });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Accept-Language': 'en', 'Content-Type': 'application/json' });
    expect(JSON.parse(init?.body as string)).toEqual({ query: 'query { me { id } }', variables: { a: 1 } });
  });

  it('sends zh-CN by default and no Authorization without a token', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ data: {} }));
    const request = createGraphQLClient({ getToken: () => null, getLocale: () => 'zh-CN', fetch: fetch as typeof globalThis.fetch });
    await request(doc('{ __typename }'));
    const headers = fetch.mock.calls[0]![1]?.headers as Record<string, string>;
    expect(headers['Accept-Language']).toBe('zh-CN');
    expect(headers).not.toHaveProperty('Authorization');
  });

  it('rejects with the status of GraphQL errors, even on HTTP 200', async () => {
    const fetch = vi.fn(async () => json({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }], data: null }));
    const request = createGraphQLClient({ getToken: () => 'old', getLocale: () => 'zh-CN', fetch: fetch as typeof globalThis.fetch });
    await expect(request(doc('{ me { id } }'))).rejects.toMatchObject({ status: 401, message: '请先登录' });
  });

  it('rejects on HTTP errors without a GraphQL body and on network failures', async () => {
    const failing = createGraphQLClient({
      getToken: () => null,
      getLocale: () => 'zh-CN',
      fetch: (async () => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' })) as typeof globalThis.fetch,
    });
    await expect(failing(doc('{ me { id } }'))).rejects.toMatchObject({ status: 502 });
    const offline = createGraphQLClient({
      getToken: () => null,
      getLocale: () => 'zh-CN',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch,
    });
    await expect(offline(doc('{ me { id } }'))).rejects.toMatchObject({ status: 0, message: 'ra.notification.http_error' });
  });
});

describe('GraphQL client when the database is unavailable', () => {
  const down = () =>
    new Response(JSON.stringify({ errors: [{ message: '数据库暂时不可用，请 5 秒后重试', extensions: { code: 'DATABASE_UNAVAILABLE', retryAfter: 5 } }] }), {
      status: 503,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '5' },
    });

  it('retries a read with backoff (at least Retry-After) and resolves once the database answers', async () => {
    const answers = [down(), down(), json({ data: { me: null } })];
    const fetch = vi.fn(async () => answers.shift()!);
    const waits: number[] = [];
    const states: boolean[] = [];
    const request = createGraphQLClient({
      getToken: () => null,
      getLocale: () => 'zh-CN',
      fetch: fetch as typeof globalThis.fetch,
      sleep: async (ms) => void waits.push(ms),
      onDatabaseUnavailable: (r) => states.push(r),
    });
    expect(await request(doc('query { me { id } }'))).toEqual({ me: null });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([5000, 5000]);
    expect(states).toEqual([true, true, false]);
  });

  it('gives up after the last backoff with the words “数据库暂时不可用，正在重试” (or English) and status 503', async () => {
    const fetch = vi.fn(async () => down());
    const request = createGraphQLClient({ getToken: () => null, getLocale: () => 'en', fetch: fetch as typeof globalThis.fetch, sleep: async () => {} });
    await expect(request(doc('{ bulletins { id } }'))).rejects.toMatchObject({ status: 503, message: 'The database is temporarily unavailable, retrying' });
    expect(fetch).toHaveBeenCalledTimes(5);
    const zh = createGraphQLClient({ getToken: () => null, getLocale: () => 'zh-CN', fetch: fetch as typeof globalThis.fetch, sleep: async () => {} });
    await expect(zh(doc('{ bulletins { id } }'))).rejects.toMatchObject({ message: '数据库暂时不可用，正在重试' });
  });

  it('does not retry a write', async () => {
    const fetch = vi.fn(async () => down());
    const request = createGraphQLClient({ getToken: () => null, getLocale: () => 'zh-CN', fetch: fetch as typeof globalThis.fetch, sleep: async () => {} });
    await expect(request(doc('mutation { logout }'))).rejects.toMatchObject({ status: 503 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
