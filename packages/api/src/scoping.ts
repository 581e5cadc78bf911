import type { FilterQuery } from '@mikro-orm/core';
import { Community, type Enterprise, type ProjectManager } from '@wuye/db';
import { scopeOf } from '@wuye/domain';
import type { Context } from './context.js';

/**
 * Row scoping, applied on the server before any filter (docs/product.md §1): a firm manager sees only their firm,
 * a township user what is located in their township. `null` means "nothing".
 */
const NOTHING = { id: { $in: [] as number[] } };

export function communityScope(ctx: Context): FilterQuery<Community> {
  const s = scopeOf(ctx.principal);
  switch (s.kind) {
    case 'ALL':
      return {};
    case 'TOWNSHIP':
      return { township: Number(s.townshipId) };
    case 'ENTERPRISE':
      return { enterprise: Number(s.enterpriseId) };
    case 'NONE':
      return NOTHING;
  }
}

/** A township sees the firms registered there and the firms serving a community there. */
export function enterpriseScope(ctx: Context): FilterQuery<Enterprise> {
  const s = scopeOf(ctx.principal);
  switch (s.kind) {
    case 'ALL':
      return {};
    case 'TOWNSHIP': {
      const serving = ctx.em
        .createQueryBuilder(Community, 'c')
        .select('c.enterprise_id')
        .where({ township: Number(s.townshipId), enterprise: { $ne: null } })
        .getKnexQuery();
      return { $or: [{ township: Number(s.townshipId) }, { id: { $in: serving } }] } as FilterQuery<Enterprise>;
    }
    case 'ENTERPRISE':
      return { id: Number(s.enterpriseId) };
    case 'NONE':
      return NOTHING;
  }
}

export function projectManagerScope(ctx: Context): FilterQuery<ProjectManager> {
  const s = scopeOf(ctx.principal);
  if (s.kind === 'ALL') return {};
  if (s.kind === 'ENTERPRISE') return { enterprise: Number(s.enterpriseId) };
  if (s.kind === 'NONE') return NOTHING;
  return { enterprise: enterpriseScope(ctx) } as FilterQuery<ProjectManager>;
}

export function and<T>(...parts: FilterQuery<T>[]): FilterQuery<T> {
  const nonEmpty = parts.filter((p) => p && Object.keys(p as object).length > 0);
  if (nonEmpty.length === 0) return {} as FilterQuery<T>;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return { $and: nonEmpty } as FilterQuery<T>;
}

/** Credit records, objections and repair applications follow the firm they concern. */
export function creditScope(ctx: Context): FilterQuery<{ enterprise: unknown }> {
  const s = scopeOf(ctx.principal);
  if (s.kind === 'ALL') return {};
  if (s.kind === 'ENTERPRISE') return { enterprise: Number(s.enterpriseId) };
  if (s.kind === 'NONE') return NOTHING as FilterQuery<{ enterprise: unknown }>;
  return { enterprise: enterpriseScope(ctx) } as FilterQuery<{ enterprise: unknown }>;
}
