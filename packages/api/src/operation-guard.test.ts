import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { ANONYMOUS_LIMITS, LIMITS } from './builder.js';
import { MAX_EXECUTIONS, MAX_TOKENS, operationToRun, rootFieldCounts, tokenCount } from './operation-guard.js';
import { kpiCost } from './schema/kpi.js';
import { createFixture, type Fixture } from './testing.js';

const counts = (source: string, name?: string) => {
  const doc = parse(source);
  return Object.fromEntries(rootFieldCounts(doc, operationToRun(doc, name)!));
};

/** The same root field in every shape a document can take: each must be seen by the per-field rules. */
const shapes = (op: 'query' | 'mutation', type: 'Query' | 'Mutation', field: string): [string, string][] => [
  ['plain', `${op} { ${field} }`],
  ['aliased', `${op} { x: ${field} }`],
  ['inline fragment', `${op} { ... on ${type} { ${field} } }`],
  ['untyped inline fragment', `${op} { ... @include(if: true) { ${field} } }`],
  ['named fragment', `${op} { ...F } fragment F on ${type} { ${field} }`],
  ['nested fragments', `${op} { ...A } fragment A on ${type} { ... on ${type} { ...B } } fragment B on ${type} { y: ${field} }`],
];

describe('root fields as executed', () => {
  it('counts every alias, every fragment spread, nested fragments; memoised, cycle-safe', () => {
    expect(counts(`mutation { a: login(username: "a", password: "b") { __typename } b: login(username: "a", password: "c") { __typename } }`)).toEqual({
      'Mutation.login': 2,
    });
    expect(counts(`mutation { ...L ... on Mutation { ...L } } fragment L on Mutation { x: login(username: "a", password: "b") { __typename } }`)).toEqual({
      'Mutation.login': 2,
    });
    expect(counts(`query A { me { id } } query B { ...K ...K } fragment K on Query { kpis(period: "2026") { period } }`, 'B')).toEqual({ 'Query.kpis': 2 });
    // 2^30 executions written in 30 fragments: counted without expanding them one by one.
    const bomb =
      Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
      ' fragment F30 on Query { kpis(period: "2026") { period } }';
    expect(counts(`{ ...F0 } ${bomb}`)['Query.kpis']).toBe(2 ** 30);
    expect(counts(`{ ...A } fragment A on Query { ...B me { id } } fragment B on Query { ...A }`)).toEqual({ 'Query.me': 1 });
  });

  it('names no operation when the choice is ambiguous or missing', () => {
    expect(operationToRun(parse(`query A { me { id } } query B { me { id } }`), null)).toBeNull();
    expect(operationToRun(parse(`query A { me { id } }`), 'Z')).toBeNull();
  });

  it('counts the tokens of a document, stopping past the limit', () => {
    expect(tokenCount(`{ me { id } }`)).toBe(6);
    expect(tokenCount(`{ ${'x: __typename '.repeat(55_000)} }`)).toBe(MAX_TOKENS + 1);
  });
});

describe('per-field rules whatever the syntax', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(async () => f?.close());

  it.each([...shapes('query', 'Query', '__schema { queryType { name } }'), ...shapes('query', 'Query', '__type(name: "User") { name }')])(
    'anonymous introspection is refused: %s',
    async (_shape, source) => {
      const r = await f.gql(source, {}, null);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(r.errors?.[0]?.message).toBe('请先登录后再查看接口结构');
      expect(r.data).toBeUndefined();
      // Signed in, the same document runs.
      const signed = await f.gql(source, {}, 'analyst');
      expect(signed.errors).toBeUndefined();
    },
  );

  it.each(
    shapes('mutation', 'Mutation', 'login(username: "admin", password: "wrong-password-1") { __typename }').map(([s, src]) => [
      s,
      src.replace(/(login\([^)]*\) \{ __typename \})/, '$1 second: $1'),
    ]),
  )('two logins in one request are refused before either runs: %s', async (_shape, source) => {
    const r = await f.gql(source, {}, null, 'en');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'executions', field: 'login', max: 1, actual: 2 });
    expect(r.errors?.[0]?.message).toBe('login may run at most 1 times per request; this request runs it 2 times');
    expect(r.data).toBeUndefined();
  });

  it.each(
    shapes('query', 'Query', 'kpis(period: "2026-10") { period }').map(([s, src]) => [
      s,
      src.replace(/(kpis\([^)]*\) \{ period \})/, `$1 k2: $1 k3: $1 k4: $1`),
    ]),
  )(`more than ${MAX_EXECUTIONS['Query.kpis']} kpis reports in one request are refused: %s`, async (_shape, source) => {
    const r = await f.gql(source, {}, 'analyst');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'executions', field: 'kpis', max: 3, actual: 4 });
    expect(r.errors?.[0]?.message).toBe('每个请求最多执行 3 次 kpis，本请求执行 4 次');
  });

  it('three kpis reports, the cap, run', async () => {
    const r = await f.gql(
      `{ a: kpis(period: "2026-10") { period } ...K } fragment K on Query { b: kpis(period: "2026-09") { period } c: kpis(period: "2026-08") { period } }`,
      {},
      'analyst',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: { period: '2026-10' }, b: { period: '2026-09' }, c: { period: '2026-08' } });
  });

  it('caps aggregates and ranking runs too', async () => {
    const agg = Array.from({ length: 6 }, (_, i) => `a${i}: aggregates(subject: ISSUES) { count }`).join(' ');
    expect((await f.gql(`{ ${agg} }`, {}, 'analyst')).errors?.[0]?.extensions).toMatchObject({ limit: 'executions', field: 'aggregates', max: 5, actual: 6 });
    const rank = Array.from({ length: 4 }, (_, i) => `... on Query { r${i}: ranking(perPage: 5) { total } }`).join(' ');
    expect((await f.gql(`{ ${rank} }`, {}, 'analyst')).errors?.[0]?.extensions).toMatchObject({ limit: 'executions', field: 'ranking', max: 3, actual: 4 });
  });
});

describe('cost reflects real cost, for every caller', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(async () => f?.close());

  it('prices a KPI report by its period, its grouping and the rows it returns', () => {
    const shapes = [
      kpiCost('2026-10', []),
      kpiCost('2026', []),
      kpiCost('2026', ['MONTH']),
      kpiCost('2026', ['TOWNSHIP', 'MONTH']),
      kpiCost('2026', ['ENTERPRISE', 'MONTH']),
    ];
    for (const key of ['field', 'multiplier'] as const) {
      const xs = shapes.map((c) => c[key]);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
    expect(new Set(shapes.map((c) => c.field)).size).toBe(5);
  });

  it('reports by firm and month are priced by the rows they return: one with every KPI fits, two do not', async () => {
    const report = (alias: string, codes = '') =>
      `${alias}: kpis(period: "2026", groupBy: [ENTERPRISE, MONTH]) { rows { month groupName kpis${codes} { code value } } }`;
    const two = await f.gql(`{ ${report('a')} ${report('b')} }`, {}, 'analyst', 'en');
    expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity', max: LIMITS.complexity });
    expect(two.errors?.[0]?.message).toMatch(new RegExp(`^query complexity \\d+ exceeds the limit of ${LIMITS.complexity}$`));
    expect((await f.gql(`{ ${report('a')} }`, {}, 'analyst')).errors).toBeUndefined();
    // Fewer KPIs per row, less to return: three such reports, the cap, fit.
    expect(
      (
        await f.gql(
          `{ ${report('a', '(codes: [CLOSE_OFF_RATE])')} ${report('b', '(codes: [CLOSE_OFF_RATE])')} ${report('c', '(codes: [CLOSE_OFF_RATE])')} }`,
          {},
          'analyst',
        )
      ).errors,
    ).toBeUndefined();
  });

  it('an anonymous body of aliased __typename is refused by breadth, then by size, before it runs', async () => {
    const wide = await f.gql(`{ ${Array.from({ length: ANONYMOUS_LIMITS.breadth + 1 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, null);
    expect(wide.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'breadth',
      max: ANONYMOUS_LIMITS.breadth,
      actual: ANONYMOUS_LIMITS.breadth + 1,
      anonymous: true,
    });
    expect(wide.errors?.[0]?.message).toBe(`查询字段数超出上限：${ANONYMOUS_LIMITS.breadth + 1}，上限 ${ANONYMOUS_LIMITS.breadth}（未登录）`);
    expect(wide.data).toBeUndefined();
    const huge = await f.gql(`{ ${Array.from({ length: 55_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, null, 'en');
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: MAX_TOKENS });
    expect(huge.errors?.[0]?.message).toBe(`query size (tokens) > ${MAX_TOKENS} exceeds the limit of ${MAX_TOKENS}`);
  });

  it('signed-in callers are held to the breadth limit even with fields that have no resolver', async () => {
    const r = await f.gql(`{ ${Array.from({ length: LIMITS.breadth + 1 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, 'admin', 'en');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'breadth', max: LIMITS.breadth, actual: LIMITS.breadth + 1 });
    expect(r.errors?.[0]?.message).toBe(`query breadth (fields) ${LIMITS.breadth + 1} exceeds the limit of ${LIMITS.breadth}`);
  });

  it('anonymous callers have a smaller complexity budget; the public pages fit in it', async () => {
    // Over the anonymous budget, well within the signed-in one.
    const big = `{ ${['a', 'b', 'c'].map((a) => `${a}: ratings { ranking(perPage: 1000) { rank name score grade } }`).join(' ')} }`;
    expect((await f.gql(big, {}, null)).errors?.[0]?.extensions).toMatchObject({ limit: 'complexity', max: ANONYMOUS_LIMITS.complexity, anonymous: true });
    expect((await f.gql(big, {}, 'admin')).errors).toBeUndefined();
    // The documents of the public boards, ratings and bulletins pages (apps/dashboard credit/ and bulletins/operations.ts).
    const listed = `enterpriseId name uscc score grade kind reason from until`;
    const publicPages = [
      `query Boards { redList { ${listed} } blackList { ${listed} } ratings { id quarter status publishedOn asOf total standardVersion } }`,
      `query Rating($id: ID, $page: Int, $perPage: Int) { rating(id: $id) { id quarter status asOf publishedOn preparedAt reviewedAt reviewNote total standardVersion g5ProposalIds distribution { grade count } redList { ${listed} } blackList { ${listed} } consecutiveC { ${listed} } ranking(page: $page, perPage: $perPage) { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints } } }`,
      `query PublicBulletins { bulletins { id month status publishedOn } }`,
      `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token expiresAt user { id username displayName role permissions township { id name } department { id name } enterprise { id name } } } ... on AuthError { message } ... on ValidationError { fieldErrors { field message } } } }`,
    ];
    for (const doc of publicPages) {
      const r = await f.gql(doc, { id: '1', page: 1, perPage: 1000, u: 'nobody', p: 'wrong-password-1' }, null);
      expect(r.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')).toBeUndefined();
    }
  });
});

describe('measuring an operation once per document and variables', () => {
  it('no field prices itself from the context, so a measure kept for one caller holds for every caller', async () => {
    const { buildSchema } = await import('./schema/index.js');
    const schema = buildSchema();
    const READ = new Error('a complexity function read the context');
    const ctx = new Proxy(
      {},
      {
        get: () => {
          throw READ;
        },
      },
    );
    const priced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields() as Record<string, { extensions?: { complexity?: unknown } }>)) {
        const complexity = field.extensions?.complexity;
        if (typeof complexity !== 'function') continue;
        priced.push(`${type.name}`);
        let thrown: unknown = null;
        try {
          complexity({}, ctx, field);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).not.toBe(READ);
      }
    }
    expect(priced.length).toBeGreaterThan(5);
  });

  it('gives the same measure to the guard and the cost report, and a new one for other variables', async () => {
    const { buildSchema } = await import('./schema/index.js');
    const { measureOperation } = await import('./operation-guard.js');
    const schema = buildSchema();
    const doc = parse(`query R($n: Int!) { ranking(perPage: $n) { total items { name } } }`);
    const op = operationToRun(doc)!;
    const ctx = { principal: null } as never;
    const a = measureOperation(schema, doc, op, ctx, { n: 25 });
    expect(measureOperation(schema, doc, op, ctx, { n: 25 })).toBe(a);
    expect(measureOperation(schema, doc, op, ctx, { n: 50 })!.complexity).toBeGreaterThan(a!.complexity);
    expect(measureOperation(schema, doc, op, ctx, { n: 'x' })).toBeNull();
  });
});
