import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { limitsFor } from './operation-guard.js';

/** What an operation costs against the limits (cf. GitHub's `rateLimit { cost }`), reported in response extensions. */
export interface OperationCost {
  complexity: number;
  depth: number;
  breadth: number;
  limit: { complexity: number; depth: number; breadth: number };
}

/** The cost of the first operation in `document`, computed as the complexity plugin computes it; null for invalid variables. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, ctx: Context, variables: Record<string, unknown>): OperationCost | null {
  try {
    const r = complexityFromQuery(document, { schema, ctx, variables });
    return { complexity: r.complexity, depth: r.depth, breadth: r.breadth, limit: { ...limitsFor(ctx) } };
  } catch {
    return null;
  }
}
