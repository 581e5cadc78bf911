import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '../../../../../../packages/api/schema.graphql?raw';
import { CURL_KPI_QUERY, curlExample } from './operations';

const schema = buildSchema(sdl);

describe('API token operations', () => {
  it('the curl example posts a valid query with the token, and downloads an export', () => {
    const text = curlExample('http://10.0.0.5:3000', 'wuye_abc', '2026');
    expect(text).toContain("TOKEN='wuye_abc'");
    expect(text).toContain('curl -s http://10.0.0.5:3000/graphql -H "Authorization: Bearer $TOKEN"');
    expect(text).toContain('http://10.0.0.5:3000/export/issues.csv');
    const body = /-d '(.*)'/.exec(text)![1]!;
    const { query } = JSON.parse(body) as { query: string };
    expect(query).toBe(CURL_KPI_QUERY('2026').replace(/\\"/g, '"'));
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
