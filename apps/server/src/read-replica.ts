import type { Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { Context } from '@wuye/api';
import { recordUserWrite, type Em, type ReplicaMonitor, type User } from '@wuye/db';

/**
 * Which reads go to the replica (issue 18, docs/deployment.md "Read replica"): reads that can lag — an analyst's
 * queries, exports, public pages and the KPI/aggregate/ranking fields — while the replica answers and is close enough,
 * unless the caller has a write the replica has not replayed yet. Everything else, and every mutation, is primary.
 */
export const LAG_TOLERANT_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'kpis',
  'kpiDefinitions',
  'aggregates',
  'ranking',
  'redList',
  'blackList',
  'publicFirm',
  'publicFirmSearch',
  'publicCommunities',
  'publishedTenderResults',
  'weeklyProgress',
  '__typename',
]);

export type ReadSource = 'primary' | 'replica';

/** Whether an operation is a read that can lag: a query by an analyst, or one whose root fields all may lag. */
export function operationMayLag(op: OperationDefinitionNode | null | undefined, user: User | null): boolean {
  if (!op || op.operation !== 'query') return false;
  if (user?.role === 'ANALYST') return true;
  // Fragments at the root are not followed: such a query simply stays on the primary.
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && LAG_TOLERANT_ROOT_FIELDS.has(s.name.value));
}

/**
 * The entity manager a read that can lag uses: the replica's when the monitor says it serves this user now, else the
 * primary's (`primary`). The answer says where it read from (`X-Read-From`), for operators and tests.
 */
export function readEmFor(monitor: ReplicaMonitor | undefined, primary: Em, user: User | null, res?: Response): Em {
  const source: ReadSource = monitor?.serves(user?.lastWriteLsn) ? 'replica' : 'primary';
  if (monitor) res?.setHeader('X-Read-From', source);
  return source === 'replica' ? (monitor!.replica.em.fork() as Em) : primary;
}

/** A context that may read from the replica carries the response here until its operation is known (replicaReadsPlugin). */
const ROUTE = Symbol('replica route');
/** A context whose reads went to the replica keeps the primary's entity manager here, for replicaFallbackPlugin. */
const PRIMARY = Symbol('primary');
type Routable = Context & { [ROUTE]?: { res: Response | undefined }; [PRIMARY]?: Em };

/**
 * Marks a GraphQL context as one whose reads may go to the replica once Apollo knows the operation: the request came
 * with a JSON body naming a document (a POST; other requests stay on the primary).
 */
export function mayReadFromReplica<C extends Context>(context: C, body: unknown, res: Response | undefined): C {
  const query = (body as { query?: unknown } | null | undefined)?.query;
  return typeof query === 'string' ? Object.assign(context, { [ROUTE]: { res } }) : context;
}

/**
 * Sends a read that can lag to the replica (readEmFor), decided on the operation Apollo parsed, validated and chose
 * (didResolveOperation), so the document is parsed once — by Apollo, or not at all when its document cache has it.
 * The context's entity manager is swapped before anything executes; replicaFallbackPlugin keeps the primary's.
 */
export function replicaReadsPlugin(monitor: ReplicaMonitor): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const ctx = contextValue as Routable;
          const route = ctx[ROUTE];
          if (!route) return;
          // Decided once per request: an answer run again from the primary (replicaFallbackPlugin) is not rerouted.
          ctx[ROUTE] = undefined;
          if (!operationMayLag(operation, ctx.user)) return;
          const primary = ctx.em;
          const em = readEmFor(monitor, primary, ctx.user, route.res);
          // The response cache neither answers nor keeps a read of the replica (it may lag the credit token).
          if (em !== primary) Object.assign(ctx, { em, creditToken: null, [PRIMARY]: primary });
        },
      };
    },
  };
}

/** After a signed-in caller's mutation: their position on the primary, so their next reads wait for the replica to have it. */
export function replicaWritesPlugin(monitor: ReplicaMonitor, report: (e: unknown) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.user) return;
          try {
            await recordUserWrite(monitor.primary.em.fork() as Em, contextValue.user.id);
          } catch (e) {
            report(e);
          }
        },
      };
    },
  };
}

/**
 * A read sent to the replica in the moment between its stop and the monitor's next check fails as unavailable: the
 * replica is marked down at once and the query (a read, so safe to run twice) is answered again from the primary,
 * instead of the client getting a 503 (found by the cluster drill, scripts/cluster-drill.sh).
 * `unavailable` tells such an answer's errors (formatted, so by their code).
 */
export function replicaFallbackPlugin(
  monitor: ReplicaMonitor,
  server: () => ApolloServer<Context>,
  unavailable: (code: unknown) => boolean,
  response: (ctx: Context) => Response | undefined,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response: answer, contextValue }) {
          const primary = (contextValue as Routable)[PRIMARY];
          if (!primary || answer.body.kind !== 'single') return;
          if (!answer.body.singleResult.errors?.some((e) => unavailable(e.extensions?.code))) return;
          monitor.markDown('a read failed');
          const again = await server().executeOperation(
            { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions },
            { contextValue: { ...contextValue, em: primary, [PRIMARY]: undefined, [ROUTE]: undefined } as Routable },
          );
          if (again.body.kind !== 'single') return;
          answer.body.singleResult = again.body.singleResult;
          // Hooks run side by side: the 503 set for the replica's failure is undone unless the primary failed too.
          if (!again.body.singleResult.errors?.some((e) => unavailable(e.extensions?.code))) {
            answer.http.status = again.http.status;
            answer.http.headers.delete('retry-after');
          }
          response(contextValue)?.setHeader('X-Read-From', 'primary');
        },
      };
    },
  };
}
