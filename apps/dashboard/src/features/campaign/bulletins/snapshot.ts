import { BULLETIN_STATUSES, KPI_DEFINITIONS, type BulletinKpi, type BulletinSnapshot as StoredSnapshot, type KpiCode } from '@wuye/domain';
import { formatNumber, formatPercent } from '../../../common/format';

/**
 * The monthly bulletin's snapshot (JSON stored by the API, shape of @wuye/db's BulletinSnapshot) turned into the rows
 * of the tables the dashboard shows. Pure and defensive: a field missing from an older snapshot becomes empty.
 */

/** A stored snapshot as read back: an older one may lack fields, so the distribution may be partial. */
export type BulletinSnapshot = Omit<StoredSnapshot, 'distribution'> & { distribution: Partial<StoredSnapshot['distribution']> };

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function parseSnapshot(json: unknown): BulletinSnapshot {
  const s = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  return {
    month: String(s.month ?? ''),
    asOf: String(s.asOf ?? ''),
    generatedOn: String(s.generatedOn ?? ''),
    county: arr(s.county),
    byTownship: arr(s.byTownship),
    distribution: typeof s.distribution === 'object' && s.distribution !== null ? (s.distribution as BulletinSnapshot['distribution']) : {},
    listChanges: arr(s.listChanges),
    overdueIssues: arr(s.overdueIssues),
    flaggedIssues: arr(s.flaggedIssues),
    typicalCases: arr(s.typicalCases),
    top10: arr(s.top10),
    bottom10: arr(s.bottom10),
    totalFirms: Number(s.totalFirms ?? 0),
  };
}

export type Lang = 'zh-CN' | 'en';
export const langOf = (locale: string | undefined): Lang => (locale?.startsWith('en') ? 'en' : 'zh-CN');

/** The KPI columns of the tables: every KPI with a single value that can be computed (not the distribution). */
export interface KpiColumn {
  code: KpiCode;
  name: string;
  kind: 'RATIO' | 'COUNT';
  target: number | null;
}

export function kpiColumns(lang: Lang): KpiColumn[] {
  return KPI_DEFINITIONS.filter((d) => !d.unavailable && d.kind !== 'DISTRIBUTION').map((d) => ({
    code: d.code,
    name: d.name[lang],
    kind: d.kind as 'RATIO' | 'COUNT',
    target: d.target,
  }));
}

/** KPI values the dashboard's way (common/format.ts, zh-CN): ratios as percentages with one decimal, counts grouped; “—” for none. */
export function formatKpi(kind: 'RATIO' | 'COUNT', value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return kind === 'RATIO' ? formatPercent(value) : formatNumber(value, 1);
}

/** The change of a KPI against the previous month, in percentage points for ratios: `+2.5 个百分点`-ready number. */
export function kpiChange(kind: 'RATIO' | 'COUNT', value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null;
  return kind === 'RATIO' ? Math.round((value - previous) * 1000) / 10 : value - previous;
}

export interface TownshipRow {
  key: string;
  name: string;
  county: boolean;
  cells: { code: KpiCode; text: string; value: number | null }[];
}

/** KPI table by township, with the county row last (its name given by the caller, e.g. “全县”). */
export function townshipRows(s: BulletinSnapshot, columns: readonly KpiColumn[], countyName: string): TownshipRow[] {
  const cells = (kpis: readonly BulletinKpi[]) =>
    columns.map((c) => {
      const value = kpis.find((k) => k.code === c.code)?.value ?? null;
      return { code: c.code, value, text: formatKpi(c.kind, value) };
    });
  return [
    ...s.byTownship.map((t) => ({ key: `t${t.townshipId}`, name: t.townshipName, county: false, cells: cells(arr(t.kpis)) })),
    { key: 'county', name: countyName, county: true, cells: cells(s.county) },
  ];
}

export interface CountyRow {
  code: KpiCode;
  name: string;
  value: string;
  previous: string;
  target: string;
  change: number | null;
  /** Whether the month's value meets the target (null: no target or no data). */
  met: boolean | null;
}

/** County KPIs: this month, previous month, target, change. */
export function countyRows(s: BulletinSnapshot, columns: readonly KpiColumn[]): CountyRow[] {
  return columns.map((c) => {
    const k = s.county.find((x) => x.code === c.code);
    const value = k?.value ?? null;
    const previous = k?.previous ?? null;
    const def = KPI_DEFINITIONS.find((d) => d.code === c.code)!;
    const met =
      value === null || c.target === null
        ? null
        : def.direction === 'LOWER_IS_BETTER'
          ? value <= c.target
          : def.direction === 'HIGHER_IS_BETTER'
            ? value >= c.target
            : null;
    return {
      code: c.code,
      name: c.name,
      value: formatKpi(c.kind, value),
      previous: formatKpi(c.kind, previous),
      target: c.target === null ? '—' : formatKpi(c.kind, c.target),
      change: kpiChange(c.kind, value, previous),
      met,
    };
  });
}

export const GRADE_KEYS = ['AAA', 'AA', 'A', 'B', 'C'] as const;

/** Grade distribution with each grade's share of the firms. */
export function distributionRows(s: BulletinSnapshot): { grade: string; count: number; share: string }[] {
  const total = GRADE_KEYS.reduce((sum, g) => sum + Number(s.distribution[g] ?? 0), 0);
  return GRADE_KEYS.map((g) => {
    const count = Number(s.distribution[g] ?? 0);
    return { grade: g, count, share: formatKpi('RATIO', total ? count / total : null) };
  });
}

export { BULLETIN_STATUSES };

/** Translation key of a bulletin status (草稿 / 已审核 / 已发布). */
export const bulletinStatusKey = (status: string): string => `enums.BulletinStatus.${status}`;
export const bulletinStatusColor = (status: string): 'success' | 'info' | 'default' =>
  status === 'PUBLISHED' ? 'success' : status === 'REVIEWED' ? 'info' : 'default';

/** `2026-10` → `2026年10月` / `October 2026`. */
export function monthLabel(month: string, lang: Lang = 'zh-CN'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  if (lang === 'en') return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${m[1]}年${Number(m[2])}月`;
}

/** The last whole month before a day: what “生成通报” offers by default. */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The month “生成通报” offers: the last whole month if it has no bulletin yet, else the running month. */
export function monthToGenerate(today: string, existing: readonly string[]): string {
  const last = previousMonth(today);
  return existing.includes(last) ? today.slice(0, 7) : last;
}

/** File name of a download: `月通报-2026-10.xlsx`. */
export const bulletinFileName = (prefix: string, month: string, format: 'html' | 'xlsx'): string => `${prefix}-${month}.${format}`;
