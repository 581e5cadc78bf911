import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { createGraphQLClient } from './graphqlClient';

const doc = (text: string) => new TypedDocumentString<Record<string, unknown>, Record<string, unknown>>(text);

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

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
