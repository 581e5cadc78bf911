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
}

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
    let response: Response;
    try {
      response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }) });
    } catch {
      throw new HttpError('ra.notification.http_error', 0);
    }

    let body: GraphQLResponseBody | undefined;
    try {
      body = (await response.json()) as GraphQLResponseBody;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) throw graphQLErrorsToHttpError(body.errors, response.status);
    if (!response.ok || !body?.data) {
      throw new HttpError(response.statusText || 'ra.notification.http_error', response.ok ? 500 : response.status);
    }
    return body.data as R;
  };
}
