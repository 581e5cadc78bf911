import type { EntityManager } from '@mikro-orm/core';
import { codeLabel, shanghaiMidnight, addDays, text, type CodeFamily, type Locale, type MessageKey, type Permission } from '@wuye/domain';
import { dialectOf, dateString, num, run, type Dialect, type Raw } from './sql.js';
import { rankEnterprises, type RankingQuery, type RankingRow } from '../credit/standings.js';
import { communityScopeSql, enterpriseScopeSql, routedScopeSql, type AnalyticsFilter, type DataScope, type ScopeSql } from './scope.js';

/**
 * Exports of the big lists, read in keyset batches (`id > last … order by id limit n`) so a million rows never sit
 * in memory at once: the caller writes each batch out before asking for the next. Personal data (complainants,
 * phones) is not exported at all.
 */
export const EXPORT_LISTS = [
  'issues',
  'complaints',
  'enterprises',
  'communities',
  'credit-records',
  'inspections',
  'project-managers',
  'objections',
  'repair-applications',
] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export type ExportFilter = AnalyticsFilter & {
  /**
   * Only the rows of this id subquery (`select id from … where …`, `?` placeholders): the GraphQL list's own WHERE for
   * the list's filter, so the export holds exactly the rows the list shows.
   */
  rowsIn?: { sql: string; params: unknown[] } | null;
};

export interface ExportColumn {
  key: string;
  /** The header's catalogue key: `text(header, locale)` names the column in the reader's language. */
  header: MessageKey;
  /** Kind of value, for spreadsheet formats. */
  type: 'string' | 'number' | 'date' | 'datetime' | 'boolean';
  /** The values are codes, written by name in the reader's language (of this family, or looked up across all). */
  codes?: CodeFamily | true;
}

interface ListSpec {
  /** The read permission of the matching GraphQL list: without it the caller may not export the list either. */
  permission: Permission;
  columns: ExportColumn[];
  select: (d: Dialect) => string;
  from: string;
  alias: string;
  filters: (f: ExportFilter, d: Dialect) => [string, unknown][];
  scope: (s: DataScope) => ScopeSql;
}

/** The column names of the catalogue (`exports.columns.<name>` in @wuye/domain messages.ts). */
type ColumnName<K = MessageKey> = K extends `exports.columns.${infer N}` ? N : never;

/** A column whose header is `exports.columns.<header>` (by default its key's). */
const col = (key: string, type: ExportColumn['type'] = 'string', header: ColumnName = key as ColumnName): ExportColumn => ({
  key,
  header: `exports.columns.${header}`,
  type,
});
const code = (key: string, family: CodeFamily | true = true, header: ColumnName = key as ColumnName): ExportColumn => ({
  ...col(key, 'string', header),
  codes: family,
});

function instantRange(d: Dialect, column: string, f: ExportFilter): [string, unknown][] {
  return [
    [`${column} >= ?`, f.from ? d.instant(shanghaiMidnight(f.from)) : null],
    [`${column} < ?`, f.to ? d.instant(shanghaiMidnight(addDays(f.to, 1))) : null],
  ];
}

/** Issues and complaints (alias `a`) are routed alike: joined to their places, filtered and scoped the same way. */
const routedList = (table: 'issue' | 'complaint', dateCol: string): Pick<ListSpec, 'from' | 'alias' | 'filters' | 'scope'> => ({
  from: `${table} a join township t on t.id = a.township_id join community c on c.id = a.community_id left join enterprise e on e.id = a.enterprise_id left join department dp on dp.id = a.department_id`,
  alias: 'a',
  filters: (f, d) => [
    ['a.township_id = ?', f.townshipId],
    ['a.enterprise_id = ?', f.enterpriseId],
    ['a.department_id = ?', f.departmentId],
    ['a.category = ?', f.category],
    ['a.state = ?', f.state],
    ...instantRange(d, dateCol, f),
  ],
  scope: (s) => routedScopeSql(s, 'a'),
});

const SPECS: Record<ExportList, ListSpec> = {
  issues: {
    permission: 'issue:read',
    columns: [
      col('id', 'number'),
      col('title'),
      code('category', 'issueCategory'),
      code('state'),
      col('flagged', 'boolean'),
      col('township'),
      col('community'),
      col('enterprise'),
      col('department'),
      col('deadline', 'date'),
      col('createdAt', 'datetime'),
      col('closedAt', 'datetime'),
    ],
    select: () =>
      `a.id, a.title, a.category, a.state, a.flagged, t.name as township, c.name as community, e.name as enterprise, dp.name as department, a.deadline, a.created_at, a.closed_at`,
    ...routedList('issue', 'a.created_at'),
  },
  complaints: {
    permission: 'complaint:read',
    columns: [
      col('id', 'number'),
      code('channel'),
      code('category', 'issueCategory'),
      code('state'),
      col('complainantCount', 'number'),
      col('township'),
      col('community'),
      col('enterprise'),
      col('department', 'string', 'complaintDepartment'),
      col('receivedAt', 'datetime'),
      col('respondedAt', 'datetime'),
      code('followUpRating'),
    ],
    select: () =>
      `a.id, a.channel, a.category, a.state, a.complainant_count, t.name as township, c.name as community, e.name as enterprise, dp.name as department, a.received_at, a.responded_at, a.follow_up_rating`,
    ...routedList('complaint', 'a.received_at'),
  },
  enterprises: {
    permission: 'enterprise:read',
    columns: [
      col('id', 'number'),
      col('name', 'string', 'enterpriseName'),
      col('uscc'),
      col('township', 'string', 'enterpriseTownship'),
      code('status', 'enterpriseStatus'),
      col('score', 'number'),
      col('grade'),
      code('listStatus', 'listStatus'),
    ],
    select: () => `a.id, a.name, a.uscc, t.name as township, a.status, a.score, a.grade, a.list_status`,
    from: 'enterprise a join township t on t.id = a.township_id',
    alias: 'a',
    filters: (f) => [
      ['a.township_id = ?', f.townshipId],
      ['a.id = ?', f.enterpriseId],
      ['a.status = ?', f.state],
    ],
    scope: (s) => enterpriseScopeSql(s, 'a'),
  },
  communities: {
    permission: 'community:read',
    columns: [
      col('id', 'number'),
      col('name', 'string', 'communityName'),
      col('township'),
      code('type', 'communityType'),
      col('households', 'number'),
      code('serviceMode', 'serviceMode'),
      col('enterprise'),
    ],
    select: () => `a.id, a.name, t.name as township, a.type, a.households, a.service_mode, e.name as enterprise`,
    from: 'community a join township t on t.id = a.township_id left join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [
      ['a.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
      ['a.service_mode = ?', f.state],
    ],
    scope: (s) => communityScopeSql(s, 'a'),
  },
  'credit-records': {
    permission: 'credit:read',
    columns: [
      col('id', 'number'),
      col('enterprise'),
      col('itemCode'),
      col('points', 'number'),
      code('status'),
      col('effectiveFrom', 'date'),
      col('expiresOn', 'date'),
      col('reason'),
    ],
    select: () => `a.id, e.name as enterprise, a.item_code, a.points, a.status, a.effective_from, a.expires_on, a.reason`,
    from: 'credit_record a join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [
      ['e.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
      ['a.status = ?', f.state],
      ['a.effective_from >= ?', f.from],
      ['a.effective_from <= ?', f.to],
    ],
    scope: (s) => (s.kind === 'DEPARTMENT' ? { sql: '', params: [] } : enterpriseScopeSql(s, 'e')),
  },
  inspections: {
    permission: 'inspection:read',
    columns: [
      col('id', 'number'),
      col('date', 'date'),
      code('kind', 'inspectionKind'),
      col('township'),
      col('community'),
      col('enterprise'),
      col('inspectors'),
      col('score', 'number', 'inspectionScore'),
      col('grade', 'string', 'inspectionGrade'),
      col('refusedToCooperate', 'boolean'),
      col('createdAt', 'datetime'),
    ],
    select: () =>
      `a.id, a.date, a.kind, t.name as township, c.name as community, e.name as enterprise, a.inspectors, a.score, a.grade, a.refused_to_cooperate, a.created_at`,
    from: 'inspection a join township t on t.id = a.township_id join community c on c.id = a.community_id left join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [
      ['a.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
      ['a.date >= ?', f.from],
      ['a.date <= ?', f.to],
    ],
    // Not routed: departments see none (they see the issues that follow), the others as for issues.
    scope: (s) => (s.kind === 'DEPARTMENT' ? { sql: ' and 1 = 0', params: [] } : routedScopeSql(s, 'a')),
  },
  'project-managers': {
    permission: 'projectManager:read',
    // Phones are personal data and never exported; name and certificate no. are shown unmasked to every role.
    columns: [col('id', 'number'), col('name', 'string', 'managerName'), col('certificateNo'), col('enterprise'), col('score', 'number'), col('grade')],
    select: () => `a.id, a.name, a.certificate_no, e.name as enterprise, a.score, a.grade`,
    from: 'project_manager a join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [
      ['e.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
    ],
    scope: (s) => enterpriseScopeSql(s, 'e'),
  },
  objections: {
    permission: 'credit:read',
    columns: [
      col('id', 'number'),
      col('enterprise'),
      col('recordId', 'number'),
      col('itemCode'),
      col('filedAt', 'datetime'),
      code('status', 'objectionStatus'),
      col('statement'),
      col('decidedAt', 'datetime'),
      col('decisionNote'),
    ],
    select: () => `a.id, e.name as enterprise, a.record_id, r.item_code, a.filed_at, a.status, a.statement, a.decided_at, a.decision_note`,
    from: 'objection a join enterprise e on e.id = a.enterprise_id join credit_record r on r.id = a.record_id',
    alias: 'a',
    filters: (f, d) => [
      ['e.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
      ['a.status = ?', f.state],
      ...instantRange(d, 'a.filed_at', f),
    ],
    scope: (s) => enterpriseScopeSql(s, 'e'),
  },
  'repair-applications': {
    permission: 'credit:read',
    columns: [
      col('id', 'number'),
      col('enterprise'),
      col('recordId', 'number'),
      col('itemCode'),
      col('appliedAt', 'datetime'),
      col('openIssues', 'number'),
      code('status'),
      col('commitment'),
      col('decidedAt', 'datetime'),
      col('reasons'),
    ],
    select: () => `a.id, e.name as enterprise, a.record_id, r.item_code, a.applied_at, a.open_issues, a.status, a.commitment, a.decided_at, a.reasons`,
    from: 'repair_application a join enterprise e on e.id = a.enterprise_id join credit_record r on r.id = a.record_id',
    alias: 'a',
    filters: (f, d) => [
      ['e.township_id = ?', f.townshipId],
      ['a.enterprise_id = ?', f.enterpriseId],
      ['a.status = ?', f.state],
      ...instantRange(d, 'a.applied_at', f),
    ],
    scope: (s) => enterpriseScopeSql(s, 'e'),
  },
};

export function exportColumns(list: ExportList): ExportColumn[] {
  return SPECS[list].columns;
}

/** The permission a caller needs, besides `export:read`, to export the list (the GraphQL list's own). */
export function exportPermission(list: ExportList): Permission {
  return SPECS[list].permission;
}

function whereOf(list: ExportList, d: Dialect, filter: ExportFilter, scope: DataScope): { sql: string; params: unknown[] } {
  const spec = SPECS[list];
  const used = spec.filters(filter, d).filter(([, v]) => v != null && v !== '');
  const s = spec.scope(scope);
  const rows = filter.rowsIn ? { sql: ` and ${spec.alias}.id in (${filter.rowsIn.sql})`, params: filter.rowsIn.params } : { sql: '', params: [] };
  return { sql: `where 1 = 1${used.map(([w]) => ` and ${w}`).join('')}${s.sql}${rows.sql}`, params: [...used.map(([, v]) => v), ...s.params, ...rows.params] };
}

/** How many rows the export will have (for progress), in one COUNT. */
export async function countExportRows(em: EntityManager, list: ExportList, filter: ExportFilter, scope: DataScope): Promise<number> {
  const d = dialectOf(em);
  const w = whereOf(list, d, filter, scope);
  const [row] = await run(em, `select count(*) as n from ${SPECS[list].from} ${w.sql}`, w.params);
  return num(row?.n);
}

function cell(value: unknown, column: ExportColumn, locale: Locale): string | number | null {
  if (value == null) return null;
  if (column.codes) return codeLabel(String(value), locale, column.codes === true ? undefined : column.codes);
  switch (column.type) {
    case 'number':
      return Number(value);
    case 'date':
      return dateString(value);
    case 'datetime': {
      const ms =
        value instanceof Date ? value.getTime() : typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : new Date(String(value)).getTime();
      return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    }
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 't' ? text('exports.yes', locale) : text('exports.no', locale);
    default:
      return String(value);
  }
}

/**
 * Yields the rows of a list in batches of `batchSize`, each row an array in `exportColumns(list)` order, with
 * dates as YYYY-MM-DD, instants as Shanghai local time, codes and yes/no by name in `locale`. One statement per batch, keyed on the id.
 */
export async function* exportBatches(
  em: EntityManager,
  list: ExportList,
  filter: ExportFilter,
  scope: DataScope,
  batchSize = 5000,
  locale: Locale = 'zh-CN',
): AsyncGenerator<(string | number | null)[][]> {
  const d = dialectOf(em);
  const spec = SPECS[list];
  const w = whereOf(list, d, filter, scope);
  let last = 0;
  for (;;) {
    const rows: Raw[] = await run(em, `select ${spec.select(d)} from ${spec.from} ${w.sql} and ${spec.alias}.id > ? order by ${spec.alias}.id limit ?`, [
      ...w.params,
      last,
      batchSize,
    ]);
    if (rows.length === 0) return;
    last = Number(rows[rows.length - 1]!.id);
    yield rows.map((r) => Object.values(r).map((v, i) => cell(v, spec.columns[i]!, locale)));
    if (rows.length < batchSize) return;
  }
}

/** The columns of the ranking export (GET /export/ranking.csv|xlsx), in the order of the ranking page. */
export const RANKING_EXPORT_COLUMNS: ExportColumn[] = [
  col('rank', 'number'),
  col('name', 'string', 'enterpriseName'),
  col('uscc'),
  col('townshipName', 'string', 'enterpriseTownship'),
  col('score', 'number'),
  col('grade'),
  col('positive', 'number', 'positivePoints'),
  col('negative', 'number', 'negativePoints'),
  code('listStatus', 'listStatus'),
  col('listUntil', 'date'),
];

/**
 * The whole ranking (scoped and filtered like the `ranking` query) in pages of `batchSize`, read through
 * `rankEnterprises` itself so the export holds exactly the rows and ranks the pages show. The first batch also carries
 * the total, for the `X-Total-Rows` header; the caller writes each batch before the next is read.
 */
export async function* rankingExportBatches(
  em: EntityManager,
  query: Omit<RankingQuery, 'page' | 'perPage'>,
  batchSize = 5000,
  locale: Locale = 'zh-CN',
): AsyncGenerator<{ total: number; rows: (string | number | null)[][] }> {
  for (let page = 1; ; page++) {
    const { items, total } = await rankEnterprises(em, { ...query, page, perPage: batchSize });
    const rows = items.map((r) => RANKING_EXPORT_COLUMNS.map((c) => cell(r[c.key as keyof RankingRow], c, locale)));
    if (rows.length > 0 || page === 1) yield { total, rows };
    if (items.length < batchSize || page * batchSize >= total) return;
  }
}
