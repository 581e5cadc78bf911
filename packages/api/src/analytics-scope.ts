import type { DataScope, KpiFilter } from '@wuye/db';
import type { Context } from './context.js';

/**
 * The caller's slice of the analytics (KPIs, aggregates, exports), the same as their GraphQL row scoping: the
 * bureau and analysts everything; a township its area; a firm itself; a department the items routed to it.
 */
export function dataScopeOf(ctx: Pick<Context, 'principal'>): DataScope {
  const p = ctx.principal;
  if (!p) return { kind: 'NONE' };
  switch (p.role) {
    case 'ADMIN':
    case 'REGULATOR':
    case 'ANALYST':
      return { kind: 'ALL' };
    case 'TOWNSHIP':
      return p.townshipId ? { kind: 'TOWNSHIP', townshipId: Number(p.townshipId) } : { kind: 'NONE' };
    case 'ENTERPRISE':
      return p.enterpriseId ? { kind: 'ENTERPRISE', enterpriseId: Number(p.enterpriseId) } : { kind: 'NONE' };
    case 'DEPARTMENT':
      return p.departmentId ? { kind: 'DEPARTMENT', departmentId: Number(p.departmentId) } : { kind: 'NONE' };
    case 'AGENCY':
      // An agency's working group sees only its own leasing, none of the platform's figures.
      return { kind: 'NONE' };
  }
}

/** A caller's filter narrowed to their scope: a scoped caller's own township / firm / department always wins. */
export function scopedKpiFilter(scope: DataScope, filter: KpiFilter): KpiFilter | null {
  switch (scope.kind) {
    case 'ALL':
      return filter;
    case 'TOWNSHIP':
      return { ...filter, townshipId: scope.townshipId };
    case 'ENTERPRISE':
      return { ...filter, enterpriseId: scope.enterpriseId };
    case 'DEPARTMENT':
      return { ...filter, departmentId: scope.departmentId };
    case 'NONE':
      return null;
  }
}
