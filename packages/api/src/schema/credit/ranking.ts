import { rankEnterprises } from '@wuye/db';
import { z } from 'zod';
import { dataScopeOf } from '../../analytics-scope.js';
import { bounds, builder } from '../../builder.js';
import { todayOf } from '../../today.js';
import { parseId } from '../../write.js';
import { CreditGradeEnum, ListStatusEnum } from '../refs/index.js';

/** Rows one ranking request may return: every active firm of a province (10,000 or so) in one answer. */
export const RANKING_MAX_PER_PAGE = 20_000;

/** The credit ranking of firms (docs/product.md §5), today from the stored scores or on a past date from the records. */

type RankingRowData = Awaited<ReturnType<typeof rankEnterprises>>['items'][number];
// A row is priced once (the page's multiplier), not per field, so the whole ranking of a county or a province fits in
// one request: RANKING_MAX_PER_PAGE rows cost about as much as one page of a list with a dozen fields.
const RankingRowRef = builder.objectRef<RankingRowData>('RankingRow').implement({
  description: 'One firm in the credit ranking',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    rank: t.exposeInt('rank', { complexity: 0 }),
    enterpriseId: t.id({ complexity: 0, resolve: (r) => r.enterpriseId }),
    name: t.exposeString('name', { complexity: 0 }),
    uscc: t.exposeString('uscc', { complexity: 0 }),
    townshipId: t.id({ complexity: 0, resolve: (r) => r.townshipId }),
    townshipName: t.exposeString('townshipName', { complexity: 0 }),
    score: t.exposeFloat('score', { complexity: 0 }),
    grade: t.field({ type: CreditGradeEnum, complexity: 0, resolve: (r) => r.grade }),
    positivePoints: t.int({ complexity: 0, resolve: (r) => r.positive }),
    negativePoints: t.int({ complexity: 0, resolve: (r) => r.negative }),
    listStatus: t.field({ type: ListStatusEnum, complexity: 0, resolve: (r) => r.listStatus }),
    listUntil: t.field({ type: 'Date', nullable: true, complexity: 0, resolve: (r) => r.listUntil }),
  }),
});

const RankingPageRef = builder.objectRef<Awaited<ReturnType<typeof rankEnterprises>>>('RankingPage').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    items: t.field({ type: [RankingRowRef], complexity: 1, resolve: (p) => p.items }),
    total: t.exposeInt('total', { complexity: 0 }),
    asOf: t.expose('asOf', { type: 'Date', complexity: 0 }),
    standardVersion: t.int({
      nullable: true,
      complexity: 0,
      description: 'For a past date: the version used; today: see each firm',
      resolve: (p) => p.standardVersion,
    }),
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
      perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(bounds.perPage!.min).max(RANKING_MAX_PER_PAGE) }),
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
