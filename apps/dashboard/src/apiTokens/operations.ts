/** GraphQL documents and helpers of the API tokens page (docs/kpi.md "API tokens"); validated against schema.graphql. */

const RESULT = (success: string, data: string) =>
  `{ __typename ... on ${success} { data { ${data} } } ... on Error { message } ... on ValidationError { fieldErrors { field message } } }`;

const TOKEN_FIELDS = 'id name readOnly createdAt lastUsedAt revokedAt';

export const API_TOKENS_QUERY = `query ApiTokens { apiTokens { ${TOKEN_FIELDS} } }`;

export const CREATE_API_TOKEN = `mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) ${RESULT('MutationCreateApiTokenSuccess', `token apiToken { ${TOKEN_FIELDS} }`)}
}`;

export const REVOKE_API_TOKEN = `mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) ${RESULT('MutationRevokeApiTokenSuccess', TOKEN_FIELDS)}
}`;

export const API_TOKEN_OPERATIONS = { API_TOKENS_QUERY, CREATE_API_TOKEN, REVOKE_API_TOKEN };

export interface ApiTokenRow {
  id: string;
  name: string;
  readOnly: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

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
