import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { HttpError } from 'ra-core';
import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify, useRefresh } from 'react-admin';
import { getToken } from '../authProvider/token';
import { unwrapMutationResult } from '../dataProvider/errors';
import { createGraphQLClient, type GraphQLRequest, type VariablesOf } from '../dataProvider/graphqlClient';
import type { MutationResultShape } from '../dataProvider/types';
import { graphql } from '../gql';
import type { TypedDocumentString } from '../gql/graphql';
import { i18nProvider } from '../i18n';

/** The error members every mutation result selects besides its success member (docs/graphql-conventions.md). */
export const MUTATION_ERROR_FIELDS = graphql(`
  fragment MutationErrorFields on Error {
    message
    ... on ValidationError {
      fieldErrors {
        field
        message
      }
    }
  }
`);

/** The signed-in client (bearer token from localStorage) shared by the data provider and the custom pages. */
export const request: GraphQLRequest = createGraphQLClient({ getToken, getLocale: () => i18nProvider.getLocale() });

/** The anonymous client of the public pages: never sends a token, so a stale one cannot get in the way. */
export const publicRequest: GraphQLRequest = createGraphQLClient({ getToken: () => null, getLocale: () => i18nProvider.getLocale() });

interface GqlOptions {
  enabled?: boolean;
  client?: GraphQLRequest;
  refetchInterval?: number;
}

/** A read of a custom page (ranking, credit file, inbox…) through react-query; a 401 signs the user out. */
export function useGql<R, V extends Record<string, never>>(
  key: readonly unknown[],
  document: TypedDocumentString<R, V>,
  variables?: V,
  options?: GqlOptions,
): UseQueryResult<R, Error>;
export function useGql<R, V>(key: readonly unknown[], document: TypedDocumentString<R, V>, variables: V, options?: GqlOptions): UseQueryResult<R, Error>;
export function useGql<R, V>(key: readonly unknown[], document: TypedDocumentString<R, V>, variables?: V, options: GqlOptions = {}) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const client = options.client ?? request;
  const vars = variables ?? ({} as V);
  return useQuery<R, Error>({
    queryKey: ['gql', ...key, vars],
    queryFn: async () => {
      try {
        return await client(document, ...([vars] as VariablesOf<V>));
      } catch (error) {
        if (client === request) await logoutIfAccessDenied(error);
        throw error;
      }
    },
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
    retry: false,
  } satisfies UseQueryOptions<R, Error>);
}

/** The fields of a document's result whose value is a mutation result union (members told apart by `__typename`). */
type MutationField<R> = { [F in keyof R]: NonNullable<R[F]> extends { __typename: string } ? F : never }[keyof R] & string;

/** The `data` of a mutation result's success member. */
export type SuccessData<T> = T extends { data: infer D } ? D : never;

/** Runs one of the API's union-result mutations and returns its `data`, or throws the HttpError of the error member. */
export async function runMutation<R, V, F extends MutationField<R>>(
  document: TypedDocumentString<R, V>,
  variables: V,
  field: F,
): Promise<SuccessData<NonNullable<R[F]>>> {
  const data = await request(document, ...([variables] as VariablesOf<V>));
  return unwrapMutationResult(data[field] as MutationResultShape | null) as SuccessData<NonNullable<R[F]>>;
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
    async <R, V, F extends MutationField<R>>(
      document: TypedDocumentString<R, V>,
      variables: V,
      field: F,
      success = 'app.action.done',
    ): Promise<SuccessData<NonNullable<R[F]>>> => {
      try {
        const result = await runMutation(document, variables, field);
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
