import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { checkDocumentSize, guardOperation, localeFromHeader, operationCost, type Context, type OperationCost } from '@wuye/api';

/**
 * Reports the cost of each executed operation in `extensions.cost`, so a script sees how close it runs to the limits
 * before it is refused (the refusal itself is operationGuardPlugin's, with code QUERY_TOO_COMPLEX).
 */
export function costReportPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: OperationCost | null = null;
      return {
        async didResolveOperation(rc) {
          // Measure the chosen operation only (with the fragments it may spread).
          cost = rc.operation ? operationCost(schema, rc.document, rc.operation, rc.contextValue, rc.request.variables ?? {}) : null;
        },
        async willSendResponse(rc) {
          if (cost && rc.response.body.kind === 'single') {
            rc.response.body.singleResult.extensions = { ...rc.response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}

/**
 * Every per-operation rule (packages/api operation-guard.ts) on the operation about to run, after validation and before
 * anything executes: introspection, read-only API tokens, runs of expensive fields, depth, breadth and complexity.
 */
export function operationGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const refused = guardOperation({
            schema,
            document: rc.document,
            operation: rc.operation,
            ctx: rc.contextValue,
            variables: rc.request.variables ?? {},
          });
          if (refused) throw refused;
        },
      };
    },
  };
}

/** Documents of this size or less that passed are remembered (the dashboard sends the same few hundred again and again). */
const REMEMBERED_LENGTH = 20_000;
const REMEMBERED_DOCUMENTS = 512;

/** Refuses a GraphQL document of more than MAX_TOKENS tokens before Apollo parses and validates it (400, JSON). */
export function documentSizeGuard(): RequestHandler {
  // Texts already counted within the limit: counting tokens again would only find the same number.
  const passed = new Set<string>();
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | unknown[] | undefined;
    const queries = [Array.isArray(body) ? body : [body]].flat().map((b) => (b as { query?: unknown } | undefined)?.query);
    queries.push(req.query.query);
    const locale = localeFromHeader(req.headers['accept-language']);
    for (const q of queries) {
      if (typeof q !== 'string' || passed.has(q)) continue;
      const refused = checkDocumentSize(q, locale);
      if (!refused && q.length <= REMEMBERED_LENGTH) {
        if (passed.size >= REMEMBERED_DOCUMENTS) passed.delete(passed.values().next().value!);
        passed.add(q);
      }
      if (refused) {
        const { http: _http, ...extensions } = refused.extensions as Record<string, unknown>;
        res.status(400).json({ errors: [{ message: refused.message, extensions }] });
        return;
      }
    }
    next();
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Anonymous callers learn nothing about the schema beyond the fields they may use: no "Did you mean …?" hints, which
 * would let anyone map the names by trial (introspection is refused by operationGuardPlugin).
 */
export function noSchemaHintsForAnonymousPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          if (rc.contextValue.principal || rc.response.body.kind !== 'single') return;
          const errors = rc.response.body.singleResult.errors;
          if (errors) rc.response.body.singleResult.errors = errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
        },
      };
    },
  };
}
