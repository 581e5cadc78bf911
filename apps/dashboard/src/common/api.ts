import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { HttpError } from 'ra-core';
import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify, useRefresh } from 'react-admin';
import { getToken } from '../authProvider/token';
import { unwrapMutationResult } from '../dataProvider/errors';
import { createGraphQLClient, type GraphQLRequest } from '../dataProvider/graphqlClient';
import type { MutationResultShape } from '../dataProvider/types';
import { i18nProvider } from '../i18n';

/** The signed-in client (bearer token from localStorage) shared by the data provider and the custom pages. */
export const request: GraphQLRequest = createGraphQLClient({ getToken, getLocale: () => i18nProvider.getLocale() });

/** The anonymous client of the public pages: never sends a token, so a stale one cannot get in the way. */
export const publicRequest: GraphQLRequest = createGraphQLClient({ getToken: () => null, getLocale: () => i18nProvider.getLocale() });

/** A read of a custom page (ranking, credit file, inbox…) through react-query; a 401 signs the user out. */
export function useGql<T>(
  key: readonly unknown[],
  query: string,
  variables: Record<string, unknown> = {},
  options: { enabled?: boolean; client?: GraphQLRequest; refetchInterval?: number } = {},
) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const client = options.client ?? request;
  return useQuery<T, Error>({
    queryKey: ['gql', ...key, variables],
    queryFn: async () => {
      try {
        return await client<T>(query, variables);
      } catch (error) {
        if (client === request) await logoutIfAccessDenied(error);
        throw error;
      }
    },
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
    retry: false,
  } satisfies UseQueryOptions<T, Error>);
}

/** Runs one of the API's union-result mutations and returns its `data`, or throws the HttpError of the error member. */
export async function runMutation<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const data = await request<Record<string, MutationResultShape | null>>(query, variables);
  return unwrapMutationResult(data[field]) as T;
}

/** Form errors of a refused write, keyed by input field (`ValidationError.fieldErrors`), without the summary. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof HttpError)) return {};
  const errors = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors ?? {};
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) if (field !== 'root' && typeof message === 'string') out[field] = message;
  return out;
}

/** A mutation with the usual feedback: a success notice and a refresh, or the API's message as an error notice. */
export function useRunAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async <T,>(query: string, variables: Record<string, unknown>, field: string, success = 'app.action.done'): Promise<T> => {
      try {
        const result = await runMutation<T>(query, variables, field);
        notify(success, { type: 'success' });
        refresh();
        return result;
      } catch (error) {
        if (await logoutIfAccessDenied(error)) throw error;
        notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
        throw error;
      }
    },
    [notify, refresh, logoutIfAccessDenied],
  );
}
