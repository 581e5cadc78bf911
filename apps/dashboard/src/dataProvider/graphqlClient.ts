import { HttpError } from 'ra-core';
import type { TypedDocumentString } from '../gql/graphql';
import { acceptLanguage } from '../i18n/locale';
import { graphQLErrorsToHttpError } from './errors';
import type { GraphQLErrorShape } from './types';

export interface GraphQLClientOptions {
  endpoint?: string;
  getToken: () => string | null;
  getLocale: () => string;
  fetch?: typeof fetch;
  /** Waits between retries (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>;
  /** Told when the database is unavailable and a read is being retried (true), and when it answers again (false). */
  onDatabaseUnavailable?: (retrying: boolean) => void;
}

/** Reads answered 503 DATABASE_UNAVAILABLE are retried after these waits (at least the server's Retry-After, capped). */
export const UNAVAILABLE_BACKOFF_MS = [1000, 2000, 4000, 8000];
const MAX_WAIT_MS = 10_000;

/** The words shown while the database is unavailable and reads are retried. */
export const DATABASE_UNAVAILABLE_MESSAGE: Record<'zh-CN' | 'en', string> = {
  'zh-CN': '数据库暂时不可用，正在重试',
  en: 'The database is temporarily unavailable, retrying',
};

const isRead = (text: string) => !/^\s*(mutation|subscription)\b/.test(text.replace(/^\s*(#[^\n]*\n\s*)*/, ''));
const unavailable = (status: number, body: GraphQLResponseBody | undefined) =>
  status === 503 && Boolean(body?.errors?.some((e) => (e as { extensions?: { code?: unknown } }).extensions?.code === 'DATABASE_UNAVAILABLE'));

/** The variables argument of a document: optional when the operation declares none or only optional ones. */
export type VariablesOf<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Posts a typed document from `graphql()` (src/gql): its result and variable types come from the schema. */
export type GraphQLRequest = <R, V>(document: TypedDocumentString<R, V>, ...variables: VariablesOf<V>) => Promise<R>;

interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorShape[];
}

/** POSTs one operation to `/graphql`; resolves with `data`, rejects with an HttpError react-admin understands. */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLRequest {
  const endpoint = options.endpoint ?? '/graphql';
  return async function request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesOf<V>): Promise<R> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': acceptLanguage(options.getLocale()),
    };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;

    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
    const text = document.toString();
    const send = async (): Promise<{ response: Response; body: GraphQLResponseBody | undefined }> => {
      let response: Response;
      try {
        response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: text, variables: variables ?? {} }) });
      } catch {
        throw new HttpError('ra.notification.http_error', 0);
      }
      try {
        return { response, body: (await response.json()) as GraphQLResponseBody };
      } catch {
        return { response, body: undefined };
      }
    };

    let { response, body } = await send();
    // The database is down or restarting: a read is retried with backoff (a write is not: the user decides).
    if (isRead(text)) {
      let retried = false;
      for (const wait of UNAVAILABLE_BACKOFF_MS) {
        if (!unavailable(response.status, body)) break;
        retried = true;
        options.onDatabaseUnavailable?.(true);
        const retryAfter = Number(response.headers.get('retry-after')) * 1000 || 0;
        await sleep(Math.min(Math.max(wait, retryAfter), MAX_WAIT_MS));
        ({ response, body } = await send());
      }
      if (retried && !unavailable(response.status, body)) options.onDatabaseUnavailable?.(false);
    }
    if (unavailable(response.status, body)) {
      const locale = options.getLocale() === 'en' ? 'en' : 'zh-CN';
      throw new HttpError(DATABASE_UNAVAILABLE_MESSAGE[locale], 503, { graphQLErrors: body?.errors ?? [] });
    }
    if (body?.errors?.length) throw graphQLErrorsToHttpError(body.errors, response.status);
    if (!response.ok || !body?.data) {
      throw new HttpError(response.statusText || 'ra.notification.http_error', response.ok ? 500 : response.status);
    }
    return body.data as R;
  };
}
