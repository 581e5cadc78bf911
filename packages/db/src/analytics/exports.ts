import type { EntityManager } from '@mikro-orm/core';
import { codeLabel, shanghaiMidnight, addDays, text, type CodeFamily, type Locale, type Permission } from '@wuye/domain';
import { dialectOf, dateString, num, run, type Dialect, type Raw } from './sql.js';
import { communityScopeSql, enterpriseScopeSql, routedScopeSql, type AnalyticsFilter, type DataScope, type ScopeSql } from './scope.js';

/**
 * Exports of the big lists, read in keyset batches (`id > last … order by id limit n`) so a million rows never sit
 * in memory at once: the caller writes each batch out before asking for the next. Personal data (complainants,
 * phones) is not exported at all.
 */
export const EXPORT_LISTS = ['issues', 'complaints', 'enterprises', 'communities', 'credit-records', 'inspections', 'project-managers', 'objections', 'repair-applications'] as const;
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
  header: { 'zh-CN': string; en: string };
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

const col = (key: string, zh: string, en: string, type: ExportColumn['type'] = 'string'): ExportColumn => ({ key, header: { 'zh-CN': zh, en }, type });
const code = (key: string, zh: string, en: string, family: CodeFamily | true = true): ExportColumn => ({ ...col(key, zh, en), codes: family });

function instantRange(d: Dialect, column: string, f: ExportFilter): [string, unknown][] {
  return [
    [`${column} >= ?`, f.from ? d.instant(shanghaiMidnight(f.from)) : null],
    [`${column} < ?`, f.to ? d.instant(shanghaiMidnight(addDays(f.to, 1))) : null],
  ];
}

const SPECS: Record<ExportList, ListSpec> = {
  issues: {
    permission: 'issue:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('title', '标题', 'title'), code('category', '类别', 'category', 'issueCategory'), code('state', '状态', 'state'),
      col('flagged', '挂牌督办', 'flagged', 'boolean'), col('township', '乡镇/街道', 'township'), col('community', '小区', 'community'),
      col('enterprise', '物业服务企业', 'enterprise'), col('department', '责任部门', 'department'), col('deadline', '整改期限', 'deadline', 'date'),
      col('createdAt', '登记时间', 'registered at', 'datetime'), col('closedAt', '销号时间', 'closed at', 'datetime'),
    ],
    select: () => `a.id, a.title, a.category, a.state, a.flagged, t.name as township, c.name as community, e.name as enterprise, dp.name as department, a.deadline, a.created_at, a.closed_at`,
    from: 'issue a join township t on t.id = a.township_id join community c on c.id = a.community_id left join enterprise e on e.id = a.enterprise_id left join department dp on dp.id = a.department_id',
    alias: 'a',
    filters: (f, d) => [['a.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.department_id = ?', f.departmentId], ['a.category = ?', f.category], ['a.state = ?', f.state], ...instantRange(d, 'a.created_at', f)],
    scope: (s) => routedScopeSql(s, 'a'),
  },
  complaints: {
    permission: 'complaint:read',
    columns: [
      col('id', '编号', 'id', 'number'), code('channel', '渠道', 'channel'), code('category', '类别', 'category', 'issueCategory'), code('state', '状态', 'state'),
      col('complainantCount', '投诉人数', 'complainants', 'number'), col('township', '乡镇/街道', 'township'), col('community', '小区', 'community'),
      col('enterprise', '物业服务企业', 'enterprise'), col('department', '承办部门', 'department'), col('receivedAt', '受理时间', 'received at', 'datetime'),
      col('respondedAt', '首次响应时间', 'responded at', 'datetime'), code('followUpRating', '回访评价', 'follow-up rating'),
    ],
    select: () => `a.id, a.channel, a.category, a.state, a.complainant_count, t.name as township, c.name as community, e.name as enterprise, dp.name as department, a.received_at, a.responded_at, a.follow_up_rating`,
    from: 'complaint a join township t on t.id = a.township_id join community c on c.id = a.community_id left join enterprise e on e.id = a.enterprise_id left join department dp on dp.id = a.department_id',
    alias: 'a',
    filters: (f, d) => [['a.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.department_id = ?', f.departmentId], ['a.category = ?', f.category], ['a.state = ?', f.state], ...instantRange(d, 'a.received_at', f)],
    scope: (s) => routedScopeSql(s, 'a'),
  },
  enterprises: {
    permission: 'enterprise:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('name', '企业名称', 'name'), col('uscc', '统一社会信用代码', 'USCC'), col('township', '注册乡镇', 'township'),
      code('status', '状态', 'status', 'enterpriseStatus'), col('score', '信用分', 'score', 'number'), col('grade', '信用等级', 'grade'), code('listStatus', '红黑榜', 'list', 'listStatus'),
    ],
    select: () => `a.id, a.name, a.uscc, t.name as township, a.status, a.score, a.grade, a.list_status`,
    from: 'enterprise a join township t on t.id = a.township_id',
    alias: 'a',
    filters: (f) => [['a.township_id = ?', f.townshipId], ['a.id = ?', f.enterpriseId], ['a.status = ?', f.state]],
    scope: (s) => enterpriseScopeSql(s, 'a'),
  },
  communities: {
    permission: 'community:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('name', '小区名称', 'name'), col('township', '乡镇/街道', 'township'), code('type', '类型', 'type', 'communityType'),
      col('households', '户数', 'households', 'number'), code('serviceMode', '服务模式', 'service mode', 'serviceMode'), col('enterprise', '物业服务企业', 'enterprise'),
    ],
    select: () => `a.id, a.name, t.name as township, a.type, a.households, a.service_mode, e.name as enterprise`,
    from: 'community a join township t on t.id = a.township_id left join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [['a.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.service_mode = ?', f.state]],
    scope: (s) => communityScopeSql(s, 'a'),
  },
  'credit-records': {
    permission: 'credit:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('enterprise', '物业服务企业', 'enterprise'), col('itemCode', '信用事项', 'item'), col('points', '分值', 'points', 'number'),
      code('status', '状态', 'status'), col('effectiveFrom', '生效日期', 'effective from', 'date'), col('expiresOn', '到期日期', 'expires on', 'date'), col('reason', '事由', 'reason'),
    ],
    select: () => `a.id, e.name as enterprise, a.item_code, a.points, a.status, a.effective_from, a.expires_on, a.reason`,
    from: 'credit_record a join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [['e.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.status = ?', f.state], ['a.effective_from >= ?', f.from], ['a.effective_from <= ?', f.to]],
    scope: (s) => (s.kind === 'DEPARTMENT' ? { sql: '', params: [] } : enterpriseScopeSql(s, 'e')),
  },
  inspections: {
    permission: 'inspection:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('date', '检查日期', 'date', 'date'), code('kind', '检查方式', 'kind', 'inspectionKind'), col('township', '乡镇/街道', 'township'),
      col('community', '小区', 'community'), col('enterprise', '物业服务企业', 'enterprise'), col('inspectors', '检查人员', 'inspectors'),
      col('score', '得分', 'score', 'number'), col('grade', '等级', 'grade'), col('refusedToCooperate', '拒不配合', 'refused to cooperate', 'boolean'),
      col('createdAt', '登记时间', 'registered at', 'datetime'),
    ],
    select: () => `a.id, a.date, a.kind, t.name as township, c.name as community, e.name as enterprise, a.inspectors, a.score, a.grade, a.refused_to_cooperate, a.created_at`,
    from: 'inspection a join township t on t.id = a.township_id join community c on c.id = a.community_id left join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [['a.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.date >= ?', f.from], ['a.date <= ?', f.to]],
    // Not routed: departments see none (they see the issues that follow), the others as for issues.
    scope: (s) => (s.kind === 'DEPARTMENT' ? { sql: ' and 1 = 0', params: [] } : routedScopeSql(s, 'a')),
  },
  'project-managers': {
    permission: 'projectManager:read',
    // Phones are personal data and never exported; name and certificate no. are shown unmasked to every role.
    columns: [
      col('id', '编号', 'id', 'number'), col('name', '姓名', 'name'), col('certificateNo', '证书编号', 'certificate no.'), col('enterprise', '物业服务企业', 'enterprise'),
      col('score', '信用分', 'score', 'number'), col('grade', '信用等级', 'grade'),
    ],
    select: () => `a.id, a.name, a.certificate_no, e.name as enterprise, a.score, a.grade`,
    from: 'project_manager a join enterprise e on e.id = a.enterprise_id',
    alias: 'a',
    filters: (f) => [['e.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId]],
    scope: (s) => enterpriseScopeSql(s, 'e'),
  },
  objections: {
    permission: 'credit:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('enterprise', '物业服务企业', 'enterprise'), col('recordId', '信用记录编号', 'record id', 'number'), col('itemCode', '信用事项', 'item'),
      col('filedAt', '提出时间', 'filed at', 'datetime'), code('status', '状态', 'status', 'objectionStatus'), col('statement', '异议理由', 'statement'),
      col('decidedAt', '处理时间', 'decided at', 'datetime'), col('decisionNote', '处理意见', 'decision note'),
    ],
    select: () => `a.id, e.name as enterprise, a.record_id, r.item_code, a.filed_at, a.status, a.statement, a.decided_at, a.decision_note`,
    from: 'objection a join enterprise e on e.id = a.enterprise_id join credit_record r on r.id = a.record_id',
    alias: 'a',
    filters: (f, d) => [['e.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.status = ?', f.state], ...instantRange(d, 'a.filed_at', f)],
    scope: (s) => enterpriseScopeSql(s, 'e'),
  },
  'repair-applications': {
    permission: 'credit:read',
    columns: [
      col('id', '编号', 'id', 'number'), col('enterprise', '物业服务企业', 'enterprise'), col('recordId', '信用记录编号', 'record id', 'number'), col('itemCode', '信用事项', 'item'),
      col('appliedAt', '申请时间', 'applied at', 'datetime'), col('openIssues', '未销号问题数', 'open issues', 'number'), code('status', '状态', 'status'),
      col('commitment', '信用承诺', 'commitment'), col('decidedAt', '处理时间', 'decided at', 'datetime'), col('reasons', '处理理由', 'reasons'),
    ],
    select: () => `a.id, e.name as enterprise, a.record_id, r.item_code, a.applied_at, a.open_issues, a.status, a.commitment, a.decided_at, a.reasons`,
    from: 'repair_application a join enterprise e on e.id = a.enterprise_id join credit_record r on r.id = a.record_id',
    alias: 'a',
    filters: (f, d) => [['e.township_id = ?', f.townshipId], ['a.enterprise_id = ?', f.enterpriseId], ['a.status = ?', f.state], ...instantRange(d, 'a.applied_at', f)],
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
      const ms = value instanceof Date ? value.getTime() : typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : new Date(String(value)).getTime();
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
export async function* exportBatches(em: EntityManager, list: ExportList, filter: ExportFilter, scope: DataScope, batchSize = 5000, locale: Locale = 'zh-CN'): AsyncGenerator<(string | number | null)[][]> {
  const d = dialectOf(em);
  const spec = SPECS[list];
  const w = whereOf(list, d, filter, scope);
  let last = 0;
  for (;;) {
    const rows: Raw[] = await run(em, `select ${spec.select(d)} from ${spec.from} ${w.sql} and ${spec.alias}.id > ? order by ${spec.alias}.id limit ?`, [...w.params, last, batchSize]);
    if (rows.length === 0) return;
    last = Number(rows[rows.length - 1]!.id);
    yield rows.map((r) => Object.values(r).map((v, i) => cell(v, spec.columns[i]!, locale)));
    if (rows.length < batchSize) return;
  }
}
