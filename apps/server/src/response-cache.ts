import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { Kind, getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '@wuye/api';
import { clock } from '@wuye/db';

/**
 * The ranking's response cache (issue 17). A query whose root fields are all credit-versioned (`ranking`) is answered
 * from this process's memory when the same request — the same document, operation, variables, caller's role and scope,
 * day and language — was answered under the credit version's current token (packages/db credit/version.ts). The
 * database replaces that token in every transaction that writes a row the ranking reads, so a write is seen on the
 * very next read, on every instance. The token comes from the context, read with the caller in the session's statement
 * before anything runs (so a cached answer costs no statement of its own, and a computed one was computed from data at
 * least as new as its token); a request without one (a read sent to the replica, anything in a transaction) is
 * neither answered from nor kept in the cache. Mutations are never cached; an answer with errors is never kept. The
 * guards of didResolveOperation (operation guard, cost) run before this, as for any request.
 */

/** Root fields answered from the cache: each reads only the credit version's tables. */
export const CREDIT_VERSIONED_ROOT_FIELDS: ReadonlySet<string> = new Set(['ranking']);
/** The object types those fields may return, all of plain values: an object field added elsewhere must be reviewed here. */
const CACHED_OBJECT_TYPES: ReadonlySet<string> = new Set(['RankingPage', 'RankingRow']);
/** Answers kept per token, and their size in characters of JSON (a whole province's ranking is some 2 MB); the
 *  oldest goes first beyond either. */
export const RESPONSE_CACHE_SIZE = 500;
export const RESPONSE_CACHE_CHARS = 32_000_000;

/**
 * Checks at start that everything the cached root fields can return is plain values of the reviewed object types:
 * a field reaching other data (a firm's communities, say) would be served stale after writes the token does not see.
 */
export function assertCacheableSchema(schema: GraphQLSchema): void {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType, path: string) => {
    if (isScalarType(type) || isEnumType(type)) return;
    if (!isObjectType(type) || !CACHED_OBJECT_TYPES.has(type.name)) {
      throw new Error(`response cache: ${path} returns ${type.name}, which is not among the types reviewed for the credit version`);
    }
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type), `${type.name}.${field.name}`);
  };
  const query = schema.getQueryType()!.getFields();
  for (const name of CREDIT_VERSIONED_ROOT_FIELDS) {
    const field = query[name];
    if (!field) throw new Error(`response cache: no query field ${name}`);
    visit(getNamedType(field.type), `Query.${name}`);
  }
}

/** Whether an operation is a query of credit-versioned root fields only (no fragment at the root, at least one field). */
export function isCreditVersioned(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  let any = false;
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return false;
    if (s.name.value === '__typename') continue;
    if (!CREDIT_VERSIONED_ROOT_FIELDS.has(s.name.value)) return false;
    any = true;
  }
  return any;
}

/** JSON with the keys of every object sorted, so that `{a, b}` and `{b, a}` are one request. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as Record<string, unknown>)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** Everything of the caller that an answer may depend on: role (permissions) and scope, never the user's identity. */
function callerKey(ctx: Context): string {
  const p = ctx.principal;
  return p ? [p.role, p.townshipId ?? '', p.departmentId ?? '', p.enterpriseId ?? '', p.agencyId ?? '', p.position ?? ''].join('|') : 'anonymous';
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<Context>;
  /** Answers kept now (tests). */
  size(): number;
}

export function responseCache(schema: GraphQLSchema): ResponseCache {
  assertCacheableSchema(schema);
  type Kept = { token: string; answers: Map<string, { data: Record<string, unknown>; chars: number }>; chars: number };
  const empty = (token: string): Kept => ({ token, answers: new Map(), chars: 0 });
  let kept = empty('');
  // Null when the variables nest too deep to write out: such a request is neither answered from nor kept in the cache.
  const keyOf = (rc: GraphQLRequestContextResponseForOperation<Context>): string | null => {
    let variables: string;
    try {
      variables = canonical(rc.request.variables);
    } catch {
      return null;
    }
    return [rc.queryHash, rc.operationName ?? '', variables, callerKey(rc.contextValue), rc.contextValue.today ?? clock.today(), rc.contextValue.locale].join(
      '\n',
    );
  };
  return {
    size: () => kept.answers.size,
    plugin: {
      async requestDidStart() {
        let pending: { token: string; key: string } | null = null;
        return {
          async responseForOperation(rc) {
            const token = rc.contextValue.creditToken;
            if (!token || !isCreditVersioned(rc.operation)) return null;
            const key = keyOf(rc);
            if (key === null) return null;
            if (kept.token === token) {
              const answer = kept.answers.get(key);
              if (answer) return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: answer.data } } };
            }
            pending = { token, key };
            return null;
          },
          async willSendResponse(rc) {
            if (!pending || rc.response.body.kind !== 'single') return;
            const { data, errors } = rc.response.body.singleResult;
            if (errors?.length || !data) return;
            // One token's answers at a time: another token's answer replaces them (tokens are random, not ordered;
            // a request that read the old token just before a write may briefly win, and the next one turns it back).
            if (kept.token !== pending.token) kept = empty(pending.token);
            const chars = JSON.stringify(data).length;
            if (chars > RESPONSE_CACHE_CHARS / 4) return;
            while (kept.answers.size > 0 && (kept.answers.size >= RESPONSE_CACHE_SIZE || kept.chars + chars > RESPONSE_CACHE_CHARS)) {
              const [oldest, answer] = kept.answers.entries().next().value!;
              kept.answers.delete(oldest);
              kept.chars -= answer.chars;
            }
            const before = kept.answers.get(pending.key);
            if (before) kept.chars -= before.chars;
            kept.answers.set(pending.key, { data, chars });
            kept.chars += chars;
          },
        };
      },
    },
  };
}
