import type { IssueCategory } from '@wuye/domain';

/**
 * The slice of the data a caller sees, as the read models need it (the API derives it from the principal, the
 * same way as its GraphQL row scoping): everything, one township, one firm, or the items routed to one department.
 */
/** What an analyst narrows an aggregate or an export to. */
export interface AnalyticsFilter {
  townshipId?: number | null;
  enterpriseId?: number | null;
  departmentId?: number | null;
  category?: IssueCategory | null;
  /** Issue state, complaint state, record status or list status. */
  state?: string | null;
  /** Dated from / to (both inclusive): issues by registration, complaints by receipt, records by effective date. */
  from?: string | null;
  to?: string | null;
}

export type DataScope =
  | { kind: 'ALL' }
  | { kind: 'TOWNSHIP'; townshipId: number }
  | { kind: 'ENTERPRISE'; enterpriseId: number }
  | { kind: 'DEPARTMENT'; departmentId: number }
  | { kind: 'NONE' };

export interface ScopeSql {
  sql: string;
  params: unknown[];
}

const none: ScopeSql = { sql: ' and 1 = 0', params: [] };
const all: ScopeSql = { sql: '', params: [] };

/** Issues and complaints (alias `a`): routed to the department, located in the township, of the firm. */
export function routedScopeSql(s: DataScope, a: string): ScopeSql {
  switch (s.kind) {
    case 'ALL':
      return all;
    case 'TOWNSHIP':
      return { sql: ` and ${a}.township_id = ?`, params: [s.townshipId] };
    case 'ENTERPRISE':
      return { sql: ` and ${a}.enterprise_id = ?`, params: [s.enterpriseId] };
    case 'DEPARTMENT':
      return { sql: ` and ${a}.department_id = ?`, params: [s.departmentId] };
    case 'NONE':
      return none;
  }
}

/** Firms (alias `e`): a township sees those registered there and those serving a community there. */
export function enterpriseScopeSql(s: DataScope, e: string): ScopeSql {
  switch (s.kind) {
    case 'ALL':
    case 'DEPARTMENT':
      return all;
    case 'TOWNSHIP':
      return {
        sql: ` and (${e}.township_id = ? or ${e}.id in (select c0.enterprise_id from community c0 where c0.township_id = ? and c0.enterprise_id is not null))`,
        params: [s.townshipId, s.townshipId],
      };
    case 'ENTERPRISE':
      return { sql: ` and ${e}.id = ?`, params: [s.enterpriseId] };
    case 'NONE':
      return none;
  }
}

/** Communities (alias `c`). */
export function communityScopeSql(s: DataScope, c: string): ScopeSql {
  switch (s.kind) {
    case 'ALL':
    case 'DEPARTMENT':
      return all;
    case 'TOWNSHIP':
      return { sql: ` and ${c}.township_id = ?`, params: [s.townshipId] };
    case 'ENTERPRISE':
      return { sql: ` and ${c}.enterprise_id = ?`, params: [s.enterpriseId] };
    case 'NONE':
      return none;
  }
}
