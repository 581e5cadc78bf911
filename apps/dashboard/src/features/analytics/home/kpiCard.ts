import { formatPercent } from '@wuye/domain';

/** One KPI value of a `kpis` row (schema KpiValue). */
export interface KpiValueRow {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  status: 'MET' | 'MISSED' | 'NO_TARGET' | 'NO_DATA';
  previous: number | null;
  change: number | null;
  improved: boolean | null;
  applicable: boolean;
  distribution: { key: string; count: number }[] | null;
}

/** A KPI definition as `kpis { definitions }` gives it, in the caller's language. */
export interface KpiDefinitionRow {
  code: string;
  name: string;
  kind: 'RATIO' | 'COUNT' | 'DISTRIBUTION';
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'RISING' | 'NONE';
  target: number | null;
  numerator: string;
  denominator: string | null;
  unavailable: string | null;
  note: string | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export type StatusTone = 'success' | 'error' | 'default' | 'info';

/** Colour of a status chip; the chip always carries the status in words too. */
export const STATUS_TONE: Record<KpiValueRow['status'], StatusTone> = { MET: 'success', MISSED: 'error', NO_DATA: 'default', NO_TARGET: 'info' };

/** What one card shows, all text already formatted for the locale. */
export interface KpiCardModel {
  code: string;
  title: string;
  value: string;
  target: string;
  status: KpiValueRow['status'];
  statusText: string;
  tone: StatusTone;
  /** `↑ 2.3 个百分点` etc.; null when there is nothing to compare. */
  change: string | null;
  /** true: better than the previous period; false: worse; null: neither or unknown. */
  improved: boolean | null;
  /** Numerator and denominator in words (and figures), for the tooltip. */
  formula: string;
  /** The definition's note (e.g. "the registry keeps no history"). */
  note: string | null;
  /** Why there is no data at all (COMMITTEE_FORMATION). */
  unavailable: string | null;
  /** `AAA 5 · AA 12 …` for the credit distribution. */
  distribution: string | null;
}

const numberFormat = (locale: string, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });

/** A value of a KPI: a ratio as a percentage (the domain's formatPercent), a count with the locale's grouping. */
export function formatKpiValue(kind: KpiDefinitionRow['kind'], value: number | null, locale: string): string {
  if (value == null) return '—';
  return kind === 'RATIO' ? formatPercent(value) : numberFormat(locale).format(value);
}

/** The target with its direction: `≥ 95.0%`, `100.0%`, `0`, `≤ 3`, "rising" or "none". */
export function formatTarget(def: Pick<KpiDefinitionRow, 'kind' | 'direction' | 'target'>, locale: string, translate: Translate): string {
  if (def.target == null) return translate(def.direction === 'RISING' ? 'app.kpi.card.rising' : 'app.kpi.card.noTarget');
  const figure = formatKpiValue(def.kind, def.target, locale);
  const atBound = def.kind === 'RATIO' ? def.target === 1 : def.target === 0;
  if (atBound) return figure;
  return `${def.direction === 'LOWER_IS_BETTER' ? '≤' : '≥'} ${figure}`;
}

/** The arrow of a change: up, down or level. */
export const changeArrow = (change: number): string => (change > 0 ? '↑' : change < 0 ? '↓' : '→');

/** The change against the previous period: percentage points for a ratio, a signed count otherwise. */
export function formatChange(kind: KpiDefinitionRow['kind'], change: number | null, locale: string, translate: Translate): string | null {
  if (change == null || kind === 'DISTRIBUTION') return null;
  const size = Math.abs(change);
  const text =
    kind === 'RATIO'
      ? translate('app.kpi.card.points', { n: numberFormat(locale, 1).format(Math.round(size * 1000) / 10) })
      : numberFormat(locale).format(size);
  return `${changeArrow(change)} ${text}`;
}

const DISTRIBUTION_ORDER = ['AAA', 'AA', 'A', 'B', 'C', 'RED', 'BLACK'];

/** `AAA 5 · AA 12 · … · 红榜 4 · 黑名单 1`. */
export function formatDistribution(entries: readonly { key: string; count: number }[] | null, locale: string, translate: Translate): string | null {
  if (!entries?.length) return null;
  const sorted = [...entries].sort((a, b) => DISTRIBUTION_ORDER.indexOf(a.key) - DISTRIBUTION_ORDER.indexOf(b.key));
  const label = (key: string) => (key === 'RED' || key === 'BLACK' ? translate(`enums.ListStatus.${key}`) : key);
  return sorted.map((e) => `${label(e.key)} ${numberFormat(locale).format(e.count)}`).join(' · ');
}

/** Everything a KPI card shows, from its definition and its value (null when the row lacks it). */
export function kpiCardModel(def: KpiDefinitionRow, value: KpiValueRow | null, locale: string, translate: Translate): KpiCardModel {
  const status = value?.status ?? 'NO_DATA';
  const unavailable = def.unavailable ?? (value && !value.applicable ? translate('app.kpi.card.notApplicable') : null);
  const figures =
    value?.numerator != null && value.denominator != null
      ? ` (${numberFormat(locale).format(value.numerator)} / ${numberFormat(locale).format(value.denominator)})`
      : value?.numerator != null && def.kind === 'COUNT'
        ? ` (${numberFormat(locale).format(value.numerator)})`
        : '';
  const formula = def.denominator
    ? translate('app.kpi.card.formula', { numerator: def.numerator, denominator: def.denominator }) + figures
    : translate('app.kpi.card.countOf', { numerator: def.numerator }) + figures;
  return {
    code: def.code,
    // A card's title starts with a capital (the English names are written to sit inside sentences).
    title: def.name.charAt(0).toUpperCase() + def.name.slice(1),
    value: def.unavailable
      ? translate('app.kpi.card.noData')
      : def.kind === 'DISTRIBUTION'
        ? formatKpiValue('COUNT', value?.denominator ?? null, locale)
        : formatKpiValue(def.kind, value?.value ?? null, locale),
    target: formatTarget(def, locale, translate),
    status,
    statusText: translate(`app.kpi.status.${status}`),
    tone: STATUS_TONE[status],
    change: formatChange(def.kind, value?.change ?? null, locale, translate),
    improved: value?.improved ?? null,
    formula,
    note: def.note,
    unavailable,
    distribution: def.kind === 'DISTRIBUTION' ? formatDistribution(value?.distribution ?? null, locale, translate) : null,
  };
}

/** The cards of a `kpis` report without grouping: one per definition, in the definitions' order. */
export function kpiCards(defs: readonly KpiDefinitionRow[], values: readonly KpiValueRow[], locale: string, translate: Translate): KpiCardModel[] {
  const byCode = new Map(values.map((v) => [v.code, v]));
  return defs.map((def) => kpiCardModel(def, byCode.get(def.code) ?? null, locale, translate));
}
