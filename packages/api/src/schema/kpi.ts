import { closedLoopPolicy, kpisWithRollups, type KpiFilter, type KpiRow } from '@wuye/db';
import {
  KPI_DEFINITIONS,
  changeFrom,
  compareWithTarget,
  customPeriod,
  isImprovement,
  kpiValue,
  monthPeriod,
  monthsOf,
  parsePeriod,
  previousPeriod,
  type KpiDefinition,
  type KpiCode,
  type KpiGrouping,
  type Locale,
  type Period,
  messageFor,
} from '@wuye/domain';
import { GraphQLError, Kind, valueFromASTUntyped, type ArgumentNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { dataScopeOf, scopedKpiFilter } from '../analytics-scope.js';
import { nowOf, todayOf } from '../today.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { parseId } from '../write.js';
import { IssueCategoryEnum, KpiCodeEnum, KpiDirectionEnum, KpiGroupingEnum, KpiKindEnum, KpiTargetStatusEnum } from './refs/index.js';

/**
 * KPIs (docs/product.md §6) for the dashboard home and for analysts: every KPI with its actual value, target,
 * numerator, denominator and the previous period's value, county-wide or grouped. Computed by the SQL engine in
 * @wuye/db; a TOWNSHIP, ENTERPRISE or DEPARTMENT caller always gets its own slice.
 */

/** Months a by-month query may span (three years of monthly trend). */
export const MAX_KPI_MONTHS = 36;

export const KpiDefinitionRef = builder.objectRef<KpiDefinition>('KpiDefinition').implement({
  description: 'What a KPI counts, its target and which way is good (definitions live in @wuye/domain kpi/definitions.ts)',
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.field({ type: KpiCodeEnum, resolve: (d) => d.code }),
    name: t.string({ resolve: (d, _a, ctx) => d.name[ctx.locale] }),
    nameZh: t.string({ resolve: (d) => d.name['zh-CN'] }),
    nameEn: t.string({ resolve: (d) => d.name.en }),
    kind: t.field({ type: KpiKindEnum, resolve: (d) => d.kind }),
    direction: t.field({ type: KpiDirectionEnum, resolve: (d) => d.direction }),
    target: t.float({ nullable: true, description: 'A ratio in 0…1 or a count; null when there is none', resolve: (d) => d.target }),
    basis: t.string({ description: 'FLOW (events dated in the period) or STOCK (as of its last day or today)', resolve: (d) => d.basis }),
    numerator: t.string({ resolve: (d, _a, ctx) => d.numerator[ctx.locale] }),
    denominator: t.string({ nullable: true, resolve: (d, _a, ctx) => d.denominator?.[ctx.locale] ?? null }),
    groupings: t.field({ type: [KpiGroupingEnum], resolve: (d) => [...d.groupings] }),
    unavailable: t.string({
      nullable: true,
      description: 'Why there is no data at all, when the KPI cannot be computed yet',
      resolve: (d, _a, ctx) => d.unavailable?.[ctx.locale] ?? null,
    }),
    note: t.string({ nullable: true, resolve: (d, _a, ctx) => d.note?.[ctx.locale] ?? null }),
  }),
});

interface Entry {
  key: string;
  count: number;
}
const DistributionEntryRef = builder.objectRef<Entry>('KpiDistributionEntry').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ key: t.exposeString('key', { description: 'AAA, AA, A, B, C, RED or BLACK' }), count: t.exposeInt('count') }),
});

export interface KpiValueShape {
  def: KpiDefinition;
  applicable: boolean;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  previous: number | null;
  distribution: Entry[] | null;
}

export const KpiValueRef = builder.objectRef<KpiValueShape>('KpiValue').implement({
  description: 'One KPI for one row: actual against target, and the change against the previous period',
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.field({ type: KpiCodeEnum, resolve: (v) => v.def.code }),
    applicable: t.boolean({ description: 'False when the KPI cannot be broken down this way or has no data source yet', resolve: (v) => v.applicable }),
    value: t.float({ nullable: true, description: 'Ratio (0…1) or count; null is "no data" (e.g. nothing to divide by)', resolve: (v) => v.value }),
    numerator: t.float({ nullable: true, resolve: (v) => v.numerator }),
    denominator: t.float({ nullable: true, resolve: (v) => v.denominator }),
    target: t.float({ nullable: true, resolve: (v) => v.def.target }),
    status: t.field({ type: KpiTargetStatusEnum, resolve: (v) => compareWithTarget(v.def, v.value, v.previous) }),
    previous: t.float({ nullable: true, description: 'The same KPI in the previous period (for a month row: the month before)', resolve: (v) => v.previous }),
    change: t.float({ nullable: true, resolve: (v) => changeFrom(v.value, v.previous) }),
    improved: t.boolean({ nullable: true, resolve: (v) => isImprovement(v.def, changeFrom(v.value, v.previous)) }),
    distribution: t.field({ type: [DistributionEntryRef], nullable: true, resolve: (v) => v.distribution }),
  }),
});

interface RowShape {
  month: string | null;
  groupId: number | null;
  groupName: string | null;
  kpis: KpiValueShape[];
}

const KpiRowRef = builder.objectRef<RowShape>('KpiRow').implement({
  description: 'The KPIs of one group (township, department or enterprise) and/or one month; one row county-wide when not grouped',
  authScopes: { signedIn: true },
  fields: (t) => ({
    month: t.string({ nullable: true, resolve: (r) => r.month }),
    groupId: t.id({ nullable: true, resolve: (r) => r.groupId }),
    groupName: t.string({ nullable: true, resolve: (r) => r.groupName }),
    kpis: t.field({
      type: [KpiValueRef],
      args: { codes: t.arg({ type: [KpiCodeEnum], required: false, description: 'Only these KPIs' }) },
      complexity: (a) => ({ field: 1, multiplier: a.codes?.length || KPI_DEFINITIONS.length }),
      resolve: (r, a) => (a.codes?.length ? r.kpis.filter((k) => a.codes!.includes(k.def.code)) : r.kpis),
    }),
    kpi: t.field({
      type: KpiValueRef,
      nullable: true,
      args: { code: t.arg({ type: KpiCodeEnum, required: true }) },
      resolve: (r, a) => r.kpis.find((k) => k.def.code === a.code) ?? null,
    }),
  }),
});

interface ReportShape {
  period: Period;
  previous: Period;
  groupBy: KpiGrouping[];
  rows: RowShape[];
}

const KpiReportRef = builder.objectRef<ReportShape>('KpiReport').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    period: t.string({ resolve: (r) => r.period.label }),
    from: t.field({ type: 'Date', resolve: (r) => r.period.from }),
    to: t.field({ type: 'Date', resolve: (r) => r.period.to }),
    previousPeriod: t.string({ resolve: (r) => r.previous.label }),
    groupBy: t.field({ type: [KpiGroupingEnum], resolve: (r) => r.groupBy }),
    rows: t.field({ type: [KpiRowRef], resolve: (r) => r.rows }),
    definitions: t.field({ type: [KpiDefinitionRef], resolve: () => [...KPI_DEFINITIONS] }),
  }),
});

const KpiFilterInput = builder.inputType('KpiFilter', {
  fields: (t) => ({
    townshipId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    departmentId: t.id({ required: false, description: 'Issues and complaints routed to it; milestones it answers for' }),
    category: t.field({ type: IssueCategoryEnum, required: false, description: 'Issues and complaints of this category only' }),
  }),
});

function badInput(ctx: Pick<Context, 'locale'>, field: string, code: string, params: Record<string, number> = {}) {
  return new GraphQLError(messageFor({ field, code, params }, ctx.locale as Locale), { extensions: { code: 'BAD_USER_INPUT', field } });
}

function toShape(row: KpiRow | undefined, previous: KpiRow | undefined): KpiValueShape[] {
  return KPI_DEFINITIONS.map((def) => {
    const c = row?.cells[def.code];
    const p = previous?.cells[def.code];
    const applicable = c?.applicable ?? false;
    return {
      def,
      applicable,
      numerator: applicable ? c!.numerator : null,
      denominator: applicable ? c!.denominator : null,
      value: applicable ? kpiValue(def, c!.numerator, c!.denominator) : null,
      previous: p?.applicable ? kpiValue(def, p.numerator, p.denominator) : null,
      distribution: applicable && c!.distribution ? Object.entries(c!.distribution).map(([key, count]) => ({ key, count })) : null,
    };
  });
}

/**
 * The KPIs a `kpis` selection can return: the union of the `codes` of every `rows { kpis(codes: …) }` it holds, or
 * null (all of them) when one asks for every KPI or the selection cannot be read. The engine then computes only
 * those (the home's trend and townships charts ask for two or three).
 */
export function requestedKpiCodes(info: GraphQLResolveInfo): KpiCode[] | null {
  const codes = new Set<KpiCode>();
  type Found = { args: readonly ArgumentNode[]; set?: SelectionSetNode };
  const fields = (set: SelectionSetNode | undefined, names: string[], seen = new Set<string>()): (Found & { name: string })[] => {
    const out: (Found & { name: string })[] = [];
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD && names.includes(sel.name.value)) out.push({ name: sel.name.value, args: sel.arguments ?? [], set: sel.selectionSet });
      else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fields(sel.selectionSet, names, seen));
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        out.push(...fields(info.fragments[sel.name.value]?.selectionSet, names, seen));
      }
    }
    return out;
  };
  for (const node of info.fieldNodes)
    for (const rows of fields(node.selectionSet, ['rows']))
      for (const f of fields(rows.set, ['kpis', 'kpi'])) {
        const arg = f.args.find((a) => a.name.value === (f.name === 'kpis' ? 'codes' : 'code'));
        const value: unknown = arg ? valueFromASTUntyped(arg.value, info.variableValues) : null;
        const list = f.name === 'kpi' && typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.length === 0) return null;
        for (const c of list) codes.add(c as KpiCode);
      }
  return [...codes];
}

/** Runs the engine for the period and for the previous one and pairs each row with its previous value. */
export async function kpiReport(
  ctx: Context,
  periodLabel: string,
  groupByArg: readonly KpiGrouping[] | null | undefined,
  filterArg: KpiFilter,
  only: readonly KpiCode[] | null = null,
): Promise<ReportShape> {
  const period = parsePeriod(periodLabel);
  if (!period) throw badInput(ctx, 'period', 'INVALID_PERIOD');
  const groupBy = [...new Set(groupByArg ?? [])];
  if (groupBy.filter((g) => g !== 'MONTH').length > 1) throw badInput(ctx, 'groupBy', 'INVALID_FORMAT');
  const byMonth = groupBy.includes('MONTH');
  if (byMonth && monthsOf(period).length > MAX_KPI_MONTHS) throw badInput(ctx, 'period', 'TOO_MANY_MONTHS', { max: MAX_KPI_MONTHS });
  const filter = scopedKpiFilter(dataScopeOf(ctx), filterArg);
  const previous = previousPeriod(period);
  // Only the KPIs asked for, where that leaves the rows as they are: county-wide, by month and by township every
  // group has its row anyway; by firm or department a row comes from the facts of any KPI.
  const narrow = only && groupBy.every((g) => g === 'MONTH' || g === 'TOWNSHIP');
  const base = { groupBy, today: todayOf(ctx), now: nowOf(ctx), firstResponseDays: closedLoopPolicy.sla.firstResponseDays, ...(narrow ? { only } : {}) };
  if (!filter) return { period, previous, groupBy, rows: [] };
  const key = (r: KpiRow) => `${r.groupId ?? ''}`;
  let rows: RowShape[];
  if (byMonth) {
    // Each month's previous value is the month before it: one run for the period, one from the month before it.
    const before = previousPeriod(monthPeriod(period.from.slice(0, 7))!);
    const [current, earlier] = [
      await kpisWithRollups(ctx.em, { ...base, filter, period }),
      await kpisWithRollups(ctx.em, { ...base, filter, period: customPeriod(before.from, period.to)! }),
    ];
    rows = current.map((r) => {
      const prevMonth = previousPeriod(monthPeriod(r.month!)!).label;
      const prev = earlier.find((p) => p.month === prevMonth && key(p) === key(r));
      return { month: r.month, groupId: r.groupId, groupName: r.groupName, kpis: toShape(r, prev) };
    });
  } else {
    const [current, prev] = [await kpisWithRollups(ctx.em, { ...base, filter, period }), await kpisWithRollups(ctx.em, { ...base, filter, period: previous })];
    rows = current.map((r) => ({
      month: null,
      groupId: r.groupId,
      groupName: r.groupName,
      kpis: toShape(
        r,
        prev.find((p) => key(p) === key(r)),
      ),
    }));
  }
  return { period, previous, groupBy, rows };
}

/** Groups a grouping returns, for pricing: about a county's firms, townships or departments. */
const GROUPS_ESTIMATE: Record<string, number> = { ENTERPRISE: 100, TOWNSHIP: 20, DEPARTMENT: 20 };

/**
 * The price of one `kpis` call, by what it runs and returns. `field`: the engine runs twice (the period and the
 * previous one), its stock families once per month bucket when grouped by MONTH, scanning more rows per group.
 * `multiplier`: the rows it returns (months × groups), applied to the selection under `kpis` whose `rows` list
 * already counts 10. A month county-wide: field 109; a year by ENTERPRISE and MONTH: field 5,200 and 1,200 rows.
 */
export function kpiCost(periodLabel: string, groupBy: readonly KpiGrouping[] | null | undefined): { field: number; multiplier: number } {
  const period = parsePeriod(periodLabel);
  const months = period ? Math.max(1, monthsOf(period).length) : 1;
  const byMonth = groupBy?.includes('MONTH') ?? false;
  const dim = groupBy?.find((g) => g !== 'MONTH');
  const groups = dim === 'ENTERPRISE' ? 4 : dim ? 2 : 1;
  // Without MONTH, a longer period is one statement per family over more rows.
  const spread = byMonth ? months + 1 : 1 + months / 12;
  const rows = (byMonth ? months : 1) * (dim ? GROUPS_ESTIMATE[dim]! : 1);
  return { field: Math.ceil(100 * spread * groups), multiplier: rows / 10 };
}

builder.queryField('kpiDefinitions', (t) =>
  t.field({
    type: [KpiDefinitionRef],
    description: 'Every KPI of docs/product.md §6: names, numerator/denominator in words, target, direction',
    authScopes: { perm: 'kpi:read' },
    resolve: () => [...KPI_DEFINITIONS],
  }),
);

builder.queryField('kpis', (t) =>
  t.field({
    type: KpiReportRef,
    description:
      'Every KPI for a period (`2026-10`, `2026Q4`, `2026`, or `2026-03-10~2026-03-31`), county-wide or grouped by one of TOWNSHIP / DEPARTMENT / ENTERPRISE and/or MONTH; each with value, target, numerator, denominator and the previous period’s value. Township, firm and department users get their own slice.',
    authScopes: { perm: 'kpi:read' },
    args: {
      period: t.arg.string({ required: true }),
      groupBy: t.arg({ type: [KpiGroupingEnum], required: false }),
      filter: t.arg({ type: KpiFilterInput, required: false }),
    },
    complexity: (a) => kpiCost(a.period, a.groupBy),
    resolve: (_r, a, ctx, info) =>
      kpiReport(
        ctx,
        a.period,
        a.groupBy,
        {
          townshipId: parseId(a.filter?.townshipId),
          enterpriseId: parseId(a.filter?.enterpriseId),
          departmentId: parseId(a.filter?.departmentId),
          category: a.filter?.category ?? null,
        },
        requestedKpiCodes(info),
      ),
  }),
);
