import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context } from './context.js';
import { limitsFor, measureOperation } from './operation-guard.js';

/** What an operation costs against the limits (cf. GitHub's `rateLimit { cost }`), reported in response extensions. */
export interface OperationCost {
  complexity: number;
  depth: number;
  breadth: number;
  limit: { complexity: number; depth: number; breadth: number };
}

/** The cost of `operation` (with the fragments of `document`), computed as the complexity plugin computes it; null for invalid variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  ctx: Context,
  variables: Record<string, unknown>,
): OperationCost | null {
  const r = measureOperation(schema, document, operation, ctx, variables);
  return r && { complexity: r.complexity, depth: r.depth, breadth: r.breadth, limit: { ...limitsFor(ctx) } };
}
