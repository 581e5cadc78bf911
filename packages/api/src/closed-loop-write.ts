import type { FilterQuery } from '@mikro-orm/core';
import { closedLoopPolicy, type AuditEvent, type Complaint, type Em, type Inspection, type Issue, type LoopActor, type SelfCheck } from '@wuye/db';
import { addDays, shanghaiMidnight } from '@wuye/domain';
import type { Context } from './context.js';
import { auditedWrite } from './write.js';

/**
 * Shared plumbing of the closed-loop schema modules: who acts, the clock, row scoping of the four item kinds,
 * and the write wrapper that turns a refused rule into a localised ValidationError.
 */

export function loopActor(ctx: Context): LoopActor {
  return { principal: ctx.principal!, name: ctx.user?.displayName ?? null };
}

export function now(): Date {
  return closedLoopPolicy.now();
}

/** auditedWrite for closed-loop operations: the item, its timeline, proposed records and the audit row in one transaction. */
export function loopWrite<T>(ctx: Context, fn: (em: Em, at: Date) => Promise<{ result: T; audit: AuditEvent }>): Promise<T> {
  return auditedWrite(ctx, (em) => fn(em, now()));
}

const NOTHING = { id: { $in: [] as number[] } };

type Scoped = { township: unknown; enterprise: unknown; department?: unknown };

/**
 * Which issues and complaints a caller sees (docs/product.md §1): the bureau and analysts everything; a department
 * the items routed to it; a township those in its area; a firm its own.
 */
function routedScope<T extends Scoped>(ctx: Context): FilterQuery<T> {
  const p = ctx.principal;
  if (!p) return NOTHING as unknown as FilterQuery<T>;
  switch (p.role) {
    case 'ADMIN':
    case 'REGULATOR':
    case 'ANALYST':
      return {} as FilterQuery<T>;
    case 'DEPARTMENT':
      return (p.departmentId ? { department: Number(p.departmentId) } : NOTHING) as unknown as FilterQuery<T>;
    case 'TOWNSHIP':
      return (p.townshipId ? { township: Number(p.townshipId) } : NOTHING) as unknown as FilterQuery<T>;
    case 'ENTERPRISE':
      return (p.enterpriseId ? { enterprise: Number(p.enterpriseId) } : NOTHING) as unknown as FilterQuery<T>;
    case 'AGENCY':
      return NOTHING as unknown as FilterQuery<T>;
  }
}

export const issueScope = (ctx: Context): FilterQuery<Issue> => routedScope<Issue>(ctx);
export const complaintScope = (ctx: Context): FilterQuery<Complaint> => routedScope<Complaint>(ctx);

/** Inspections and self-checks are not routed: departments do not see them (they see the issues that follow). */
function sheetScope<T extends Scoped>(ctx: Context): FilterQuery<T> {
  if (ctx.principal?.role === 'DEPARTMENT') return NOTHING as unknown as FilterQuery<T>;
  return routedScope<T>(ctx);
}
export const inspectionScope = (ctx: Context): FilterQuery<Inspection> => sheetScope<Inspection>(ctx);
export const selfCheckScope = (ctx: Context): FilterQuery<SelfCheck> => sheetScope<SelfCheck>(ctx);

/** A `Date` range over a timestamp column, by Shanghai calendar days, both ends inclusive. */
export function dayRange(from: string | null | undefined, to: string | null | undefined): Record<string, Date> | null {
  if (!from && !to) return null;
  return {
    ...(from ? { $gte: shanghaiMidnight(from) } : {}),
    ...(to ? { $lt: shanghaiMidnight(addDays(to, 1)) } : {}),
  };
}

/** A `Date` range over a date column (YYYY-MM-DD strings compare in order). */
export function dateRange(from: string | null | undefined, to: string | null | undefined): Record<string, string> | null {
  if (!from && !to) return null;
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
}
