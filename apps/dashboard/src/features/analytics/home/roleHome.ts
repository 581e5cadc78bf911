import type { OpenIssueFieldsFragment } from '../../../gql/graphql';
import type { AppPermissions } from '../../../authProvider/permissions';

/** Whose figures a home shows: the county (ADMIN, REGULATOR, ANALYST) or the user's own slice, which the API forces. */
export type KpiScope = 'county' | 'township' | 'department' | 'enterprise';

export function kpiScopeOf(me: Pick<AppPermissions, 'role'>): KpiScope {
  switch (me.role) {
    case 'TOWNSHIP':
      return 'township';
    case 'DEPARTMENT':
      return 'department';
    case 'ENTERPRISE':
      return 'enterprise';
    default:
      return 'county';
  }
}

/** Open issues for a firm or department: overdue first (longest overdue on top), then by deadline, none last. */
export function overdueFirst<T extends Pick<OpenIssueFieldsFragment, 'overdue' | 'daysOverdue' | 'deadline'>>(issues: readonly T[]): T[] {
  return [...issues].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.daysOverdue - a.daysOverdue || (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31'),
  );
}
