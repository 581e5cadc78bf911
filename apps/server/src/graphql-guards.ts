import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { operationCost, type Context, type OperationCost } from '@wuye/api';

/**
 * Reports the cost of each executed operation in `extensions.cost`, so a script sees how close it runs to the limits
 * before it is refused (the refusal itself is the complexity plugin's, with code QUERY_TOO_COMPLEX).
 */
export function costReportPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: OperationCost | null = null;
      return {
        async didResolveOperation(rc) {
          // Measure the chosen operation only (with the fragments it may spread).
          const document: DocumentNode = {
            kind: Kind.DOCUMENT,
            definitions: rc.document.definitions.filter((d) => d === rc.operation || d.kind === Kind.FRAGMENT_DEFINITION),
          };
          cost = operationCost(schema, document, rc.contextValue, rc.request.variables ?? {});
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

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Anonymous callers learn nothing about the schema beyond the fields they may use: no introspection (GraphiQL sends
 * the signed-in user's token) and no "Did you mean …?" hints, which would let anyone map the names by trial.
 */
export function noSchemaHintsForAnonymousPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (rc.contextValue.principal || !rc.operation) return;
          const introspects = rc.operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'));
          if (introspects) {
            const en = rc.contextValue.locale === 'en';
            throw new GraphQLError(en ? 'Sign in to read the schema' : '请先登录后再查看接口结构', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
        async willSendResponse(rc) {
          if (rc.contextValue.principal || rc.response.body.kind !== 'single') return;
          const errors = rc.response.body.singleResult.errors;
          if (errors) rc.response.body.singleResult.errors = errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
        },
      };
    },
  };
}
