/** GraphQL documents and helpers of the API tokens page (docs/kpi.md "API tokens"), typed from the schema (src/gql). */
import { graphql } from '../../../gql';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    readOnly
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const API_TOKENS_QUERY = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      __typename
      ... on MutationCreateApiTokenSuccess {
        data {
          token
          apiToken {
            ...ApiTokenFields
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on MutationRevokeApiTokenSuccess {
        data {
          ...ApiTokenFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export type ApiTokenRow = ApiTokenFieldsFragment;

/** The KPI query of the shell example: close-off rate by township and month of the given year. */
export const CURL_KPI_QUERY = (year: string) =>
  `{ kpis(period: \\"${year}\\", groupBy: [TOWNSHIP, MONTH]) { rows { month groupName kpi(code: CLOSE_OFF_RATE) { value numerator denominator } } } }`;

/**
 * A ready-to-paste shell example for a freshly created token (as docs/kpi.md "API tokens from a shell"), against the
 * server the page was loaded from.
 */
export function curlExample(origin: string, token: string, year: string): string {
  return [
    `TOKEN='${token}'`,
    `curl -s ${origin}/graphql -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
    `  -d '{"query":"${CURL_KPI_QUERY(year)}"}'`,
    `curl -s -OJ ${origin}/export/issues.csv -H "Authorization: Bearer $TOKEN"`,
  ].join('\n');
}
