import { rankEnterprises } from '@wuye/db';
import { z } from 'zod';
import { dataScopeOf } from '../../analytics-scope.js';
import { bounds, builder } from '../../builder.js';
import { MAX_PER_PAGE } from '../../paging.js';
import { todayOf } from '../../today.js';
import { parseId } from '../../write.js';
import { CreditGradeEnum, ListStatusEnum } from '../refs/index.js';

/** The credit ranking of firms (docs/product.md §5), today from the stored scores or on a past date from the records. */

type RankingRowData = Awaited<ReturnType<typeof rankEnterprises>>['items'][number];
const RankingRowRef = builder.objectRef<RankingRowData>('RankingRow').implement({
  description: 'One firm in the credit ranking',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    enterpriseId: t.id({ resolve: (r) => r.enterpriseId }),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc'),
    townshipId: t.id({ resolve: (r) => r.townshipId }),
    townshipName: t.exposeString('townshipName'),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, resolve: (r) => r.grade }),
    positivePoints: t.int({ resolve: (r) => r.positive }),
    negativePoints: t.int({ resolve: (r) => r.negative }),
    listStatus: t.field({ type: ListStatusEnum, resolve: (r) => r.listStatus }),
    listUntil: t.field({ type: 'Date', nullable: true, resolve: (r) => r.listUntil }),
  }),
});

const RankingPageRef = builder.objectRef<Awaited<ReturnType<typeof rankEnterprises>>>('RankingPage').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    items: t.field({ type: [RankingRowRef], resolve: (p) => p.items }),
    total: t.exposeInt('total'),
    asOf: t.expose('asOf', { type: 'Date' }),
    standardVersion: t.int({ nullable: true, description: 'For a past date: the version used; today: see each firm', resolve: (p) => p.standardVersion }),
  }),
});

builder.queryField('ranking', (t) =>
  t.field({
    type: RankingPageRef,
    description:
      'Active firms ranked by credit (score desc, fewer negative points, more positive, USCC). Today: the stored scores; ' +
      'a township ranks the firms in its area; a firm sees only its own row, with its rank among all. ' +
      'a past date: computed in SQL from the records as they were confirmed then. One SQL statement per page.',
    authScopes: { perm: 'credit:read' },
    args: {
      asOf: t.arg({ type: 'Date', required: false }),
      townshipId: t.arg.id({ required: false }),
      grade: t.arg({ type: CreditGradeEnum, required: false }),
      worstFirst: t.arg.boolean({ required: false, description: 'Lowest standing first (the "bottom 10"); each row keeps its rank counted from the best' }),
      page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
      perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(bounds.perPage!.min).max(MAX_PER_PAGE) }),
    },
    // Today reads stored scores; a past date recomputes every firm's score from its records in SQL.
    complexity: (args) => ({ field: args.asOf ? 500 : 2, multiplier: Math.max(1, args.perPage ?? 25) }),
    resolve: (_r, a, ctx) =>
      rankEnterprises(ctx.em, {
        asOf: a.asOf ?? null,
        today: todayOf(ctx),
        townshipId: a.townshipId ? (parseId(a.townshipId) ?? 0) : null,
        grade: a.grade ?? null,
        worstFirst: a.worstFirst ?? false,
        page: a.page ?? 1,
        perPage: a.perPage ?? 25,
        scope: dataScopeOf(ctx),
      }),
  }),
);

