import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { text, type Locale } from '@wuye/domain';
import { ANONYMOUS_LIMITS, LIMITS } from './builder.js';
import type { Context } from './context.js';

/**
 * Every per-request rule that depends on what an operation selects, applied to the operation as it will execute:
 * fragments (inline and named, nested) expanded, aliases counted one by one. The server runs `guardOperation` after
 * validation and before execution; `parseOptions` and `tokenCount` keep the document small enough that parsing and
 * validation stay cheap.
 */

/** Lexical tokens a document may have; the largest dashboard and GraphiQL documents have well under 1,000. */
export const MAX_TOKENS = 5000;

/**
 * How many times a root field may run in one operation: each `kpis`, `aggregates` or `ranking` runs its own SQL
 * statements, so 200 aliases would run 200 reports; one `login` per request keeps the login rate limit per attempt.
 */
export const MAX_EXECUTIONS: Readonly<Record<string, number>> = {
  'Query.kpis': 3,
  'Query.aggregates': 5,
  'Query.ranking': 3,
  'Mutation.login': 1,
};

export type LimitKind = 'depth' | 'breadth' | 'complexity' | 'tokens';

/** The budget of a caller: signed-in users get LIMITS, anonymous callers (login, public boards) far less. */
export function limitsFor(ctx: Pick<Context, 'principal'>): { depth: number; breadth: number; complexity: number } {
  return ctx.principal ? LIMITS : ANONYMOUS_LIMITS;
}

/** The refusal of an operation past one of the limits: which limit, its value and the measured value. */
export function limitError(kind: LimitKind, actual: number | string, max: number, locale: Locale, anonymous = false): GraphQLError {
  const extensions = { code: 'QUERY_TOO_COMPLEX', limit: kind, max, actual, ...(anonymous ? { anonymous } : {}), http: { status: 400 } };
  const message = text(anonymous ? 'graphql.limits.exceededAnonymous' : 'graphql.limits.exceeded', locale, {
    what: text(`graphql.limits.${kind}`, locale),
    actual: String(actual),
    max,
  });
  return new GraphQLError(message, { extensions });
}

/** Counts the tokens of `source`, stopping once past `max` (then returns max + 1); a lexical error ends the count. */
export function tokenCount(source: string, max = MAX_TOKENS): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++n > max) return n;
    }
  } catch {
    // The parser reports the syntax error itself.
  }
  return n;
}

/** The refusal of a document longer than MAX_TOKENS, or null; run before parsing. */
export function checkDocumentSize(source: string, locale: Locale): GraphQLError | null {
  const n = tokenCount(source);
  return n > MAX_TOKENS ? limitError('tokens', `> ${MAX_TOKENS}`, MAX_TOKENS, locale) : null;
}

/**
 * How many times each root field runs in `operation` (key `Query.kpis`, `Mutation.login`…): inline fragments and
 * fragment spreads are expanded, nested ones included, and every alias counts. Per-fragment results are memoised, so
 * a fragment spread many times costs one walk; a fragment cycle (refused by validation anyway) counts nothing.
 */
export function rootFieldCounts(document: DocumentNode, operation: OperationDefinitionNode): Map<string, number> {
  const root = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Map<string, number>>();
  const active = new Set<string>();
  const add = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [k, v] of from) into.set(k, Math.min(Number.MAX_SAFE_INTEGER, (into.get(k) ?? 0) + v));
  };
  const walk = (set: SelectionSetNode): Map<string, number> => {
    const out = new Map<string, number>();
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) add(out, new Map([[`${root}.${s.name.value}`, 1]]));
      else if (s.kind === Kind.INLINE_FRAGMENT) add(out, walk(s.selectionSet));
      else {
        const name = s.name.value;
        const def = fragments.get(name);
        if (!def || active.has(name)) continue;
        let counts = memo.get(name);
        if (!counts) {
          active.add(name);
          counts = walk(def.selectionSet);
          active.delete(name);
          memo.set(name, counts);
        }
        add(out, counts);
      }
    }
    return out;
  };
  return walk(operation.selectionSet);
}

/** The operation a request runs: the named one, or the only one; null when that is ambiguous or missing. */
export function operationToRun(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name?.value === operationName) ?? null;
  return ops.length === 1 ? ops[0]! : null;
}

export interface Measured {
  depth: number;
  breadth: number;
  complexity: number;
}

const measured = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, Measured | null>>>();
/** Variable sets remembered per operation (a dashboard page sends a handful; an id in the variables makes more). */
const MEASURED_PER_OPERATION = 64;

/**
 * Depth, breadth and complexity of `operation` (with the fragments of `document`) for `variables`, as the complexity
 * plugin counts them; null when the variables are bad (execution refuses them with its own, precise error).
 * Remembered per operation node and variables — the guard and the cost report both need it, on every request, and
 * Apollo's document cache hands the same validated document to every request of the same text. Only the arguments
 * decide it: no field's complexity function reads the context (checked by operation-guard.test.ts).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  ctx: Context,
  variables: Record<string, unknown>,
): Measured | null {
  let bySchema = measured.get(schema);
  if (!bySchema) measured.set(schema, (bySchema = new WeakMap()));
  let byVariables = bySchema.get(operation);
  if (!byVariables) bySchema.set(operation, (byVariables = new Map()));
  const key = keyOfVariables(variables);
  const known = key === null ? undefined : byVariables.get(key);
  if (known !== undefined) return known;
  const only: DocumentNode = { kind: Kind.DOCUMENT, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
  let cost: Measured | null;
  try {
    const r = complexityFromQuery(only, { schema, ctx, variables });
    cost = { depth: r.depth, breadth: r.breadth, complexity: r.complexity };
  } catch {
    cost = null;
  }
  if (key === null) return cost;
  if (byVariables.size >= MEASURED_PER_OPERATION) byVariables.delete(byVariables.keys().next().value!);
  byVariables.set(key, cost);
  return cost;
}

/** The variables as a cache key; null when they nest too deep to write out (measured each time, never remembered). */
function keyOfVariables(variables: Record<string, unknown>): string | null {
  try {
    return JSON.stringify(variables);
  } catch {
    return null;
  }
}

export interface GuardInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  ctx: Context;
  variables: Record<string, unknown>;
}

/**
 * The first rule `operation` breaks, or null: introspection needs a signed-in caller; API tokens never mutate;
 * expensive root fields run a bounded number of times; depth, breadth and complexity stay within the caller's budget
 * (anonymous callers included — fields without resolvers such as `__typename` count too).
 */
export function guardOperation({ schema, document, operation, ctx, variables }: GuardInput): GraphQLError | null {
  const { locale } = ctx;
  const counts = rootFieldCounts(document, operation);
  if (!ctx.principal && ((counts.get('Query.__schema') ?? 0) > 0 || (counts.get('Query.__type') ?? 0) > 0)) {
    return new GraphQLError(text('graphql.introspection', locale), { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  if (ctx.apiTokenId && operation.operation === 'mutation') {
    return new GraphQLError(text('graphql.readOnly', locale), { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
  for (const [field, max] of Object.entries(MAX_EXECUTIONS)) {
    const n = counts.get(field) ?? 0;
    if (n > max) {
      const name = field.split('.')[1]!;
      return new GraphQLError(text('graphql.limits.executions', locale, { field: name, actual: n, max }), {
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'executions', field: name, max, actual: n, http: { status: 400 } },
      });
    }
  }
  const cost = measureOperation(schema, document, operation, ctx, variables);
  // Bad variables: execution refuses them with its own, precise error.
  if (!cost) return null;
  const max = limitsFor(ctx);
  for (const kind of ['depth', 'breadth', 'complexity'] as const) {
    if (cost[kind] > max[kind]) return limitError(kind, cost[kind], max[kind], locale, !ctx.principal);
  }
  return null;
}
