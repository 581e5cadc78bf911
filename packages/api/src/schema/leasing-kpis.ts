import { leasingKpis, type LeasingKpis } from '@wuye/db';
import { LEASING_POLICIES, type Arrears, type Collection, type IncomeComparison, type MonthIncome, type Occupancy } from '@wuye/domain';
import { builder } from '../builder.js';
import { todayOf } from '../today.js';
import { agencyOf } from './leasing.js';

/**
 * The working group's key figures (issue 14 §9; docs/leasing.md "KPIs"): occupancy, on-time collection, arrears with
 * their ageing, income against the same period last year. Only the agency's own members (lease:read) see them, and
 * only for their own agency; every other caller is refused.
 */

const READ = { perm: 'lease:read' } as const;

const OccupancyRef = builder.objectRef<Occupancy>('LeaseOccupancy').implement({
  description: '出租率: units (and floor area) with a lease in force on the date, out of all the agency’s units',
  authScopes: READ,
  fields: (t) => ({
    units: t.exposeInt('units'),
    letUnits: t.exposeInt('letUnits'),
    rateBp: t.exposeInt('rateBp', { nullable: true, description: 'Let units / units, in basis points; null without units' }),
    areaCenti: t.exposeInt('areaCenti', { description: 'Floor area of all units, in hundredths of a m²' }),
    letAreaCenti: t.exposeInt('letAreaCenti'),
    areaRateBp: t.exposeInt('areaRateBp', { nullable: true }),
  }),
});

const CollectionRef = builder.objectRef<Collection & { month?: number }>('LeaseCollection').implement({
  description: '按期收缴率: rent due in the period and the part received on or before each due date',
  authScopes: READ,
  fields: (t) => ({
    month: t.int({ nullable: true, description: '1–12 for one month of due dates; null for the year to date', resolve: (c) => c.month ?? null }),
    dueCount: t.exposeInt('dueCount'),
    dueFen: t.exposeInt('dueFen'),
    onTimeCount: t.exposeInt('onTimeCount', { description: 'Instalments paid in full by their due date' }),
    onTimeFen: t.exposeInt('onTimeFen'),
    rateBp: t.exposeInt('rateBp', { nullable: true, description: 'On-time rent / rent due, in basis points; null with nothing due' }),
  }),
});

const ArrearsRef = builder.objectRef<Arrears>('LeaseArrearsKpi').implement({
  description: '欠租: rent past due and unpaid on the date, by days past due (the policy’s buckets)',
  authScopes: READ,
  fields: (t) => ({
    contracts: t.exposeInt('contracts'),
    overdueFen: t.exposeInt('overdueFen'),
    bucketsFen: t.intList({ resolve: (a) => a.bucketsFen }),
    bucketLabels: t.stringList({
      description: 'Labels of bucketsFen, e.g. 1–30 天',
      resolve: (_a, _x, ctx) => {
        const d = LEASING_POLICIES[LEASING_POLICIES.length - 1]!.ageingBucketDays;
        const unit = ctx.locale === 'en' ? ' days' : ' 天';
        return [...d.map((to, i) => `${(d[i - 1] ?? 0) + 1}–${to}${unit}`), `> ${d[d.length - 1]}${unit}`];
      },
    }),
  }),
});

const MonthIncomeRef = builder.objectRef<MonthIncome>('LeaseIncomeMonth').implement({
  authScopes: READ,
  fields: (t) => ({
    month: t.exposeInt('month'),
    thisYearFen: t.exposeInt('thisYearFen'),
    lastYearFen: t.exposeInt('lastYearFen'),
  }),
});

const IncomeRef = builder.objectRef<IncomeComparison>('LeaseIncomeComparison').implement({
  description: '收入同比: rent income (net of refunds) from 1 January to the date, against the same days last year',
  authScopes: READ,
  fields: (t) => ({
    from: t.expose('from', { type: 'Date' }),
    to: t.expose('to', { type: 'Date' }),
    lastFrom: t.expose('lastFrom', { type: 'Date' }),
    lastTo: t.expose('lastTo', { type: 'Date' }),
    thisYearFen: t.exposeInt('thisYearFen'),
    lastYearFen: t.exposeInt('lastYearFen'),
    changeBp: t.exposeInt('changeBp', { nullable: true, description: '(this − last) / last in basis points; null when last year had none' }),
    months: t.field({ type: [MonthIncomeRef], resolve: (c) => c.months }),
  }),
});

const LeasingKpisRef = builder.objectRef<LeasingKpis>('LeasingKpis').implement({
  description: 'The agency’s leasing KPIs on a date',
  authScopes: READ,
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    occupancy: t.field({ type: OccupancyRef, resolve: (k) => k.occupancy }),
    occupancyLastYear: t.field({ type: OccupancyRef, description: 'On the same day a year earlier', resolve: (k) => k.occupancyLastYear }),
    collection: t.field({ type: CollectionRef, description: 'Instalments due from 1 January to the date', resolve: (k) => k.collection }),
    collectionByMonth: t.field({ type: [CollectionRef], resolve: (k) => k.collectionByMonth }),
    arrears: t.field({ type: ArrearsRef, resolve: (k) => k.arrears }),
    income: t.field({ type: IncomeRef, resolve: (k) => k.income }),
  }),
});

builder.queryField('leasingKpis', (t) =>
  t.field({
    type: LeasingKpisRef,
    description: 'The caller’s agency’s leasing KPIs on a date (default today, Asia/Shanghai)',
    authScopes: READ,
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_r, a, ctx) => leasingKpis(ctx.em, agencyOf(ctx), a.asOf ?? todayOf(ctx)),
  }),
);
