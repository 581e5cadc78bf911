import { enterpriseRecords, type CreditRecord } from '@wuye/db';
import {
  howEarned,
  nextGradeGap,
  positiveItemsOutlook,
  positiveRoom,
  standardOn,
  standingOn,
  upcomingChanges,
  type CreditGrade,
  type PositiveItemOutlook,
  type ScoreChange,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import { builder } from '../../builder.js';
import { repairLoadersOf, standardsOf } from '../../credit-write.js';
import { todayOf } from '../../today.js';
import { CreditGradeEnum, CreditRecordRef, EnterpriseRef } from '../refs/index.js';

/**
 * 信用提升指引 — what a firm can do about its score (issue 15): the next grade and the points it takes, each record in
 * effect with the day it stops counting and the score from then, the positive items and how they are earned, and the
 * open issues that block credit repair. The repair action itself, with every reason and its earliest day, is the
 * record's `availableActions` (APPLY_REPAIR), so the dashboard holds no copy of the rules.
 */

interface GuidanceSource {
  enterpriseId: number;
  asOf: string;
  standard: StandardData;
  standards: StandardData[];
  records: CreditRecord[];
}

const ScoreChangeRef = builder.objectRef<ScoreChange<CreditRecord>>('CreditScoreChange').implement({
  description: 'A record in effect, the first day it no longer counts, and the score and grade from that day (if nothing else changes)',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    recordId: t.id({ resolve: (c) => c.record.id }),
    record: t.field({ type: CreditRecordRef, resolve: (c) => c.record }),
    itemCode: t.string({ resolve: (c) => c.record.itemCode }),
    points: t.int({ resolve: (c) => c.record.points }),
    endsOn: t.field({
      type: 'Date',
      description: 'First day the record no longer counts (the day after its term, or its repair day)',
      resolve: (c) => c.endsOn,
    }),
    score: t.float({ resolve: (c) => c.score }),
    grade: t.field({ type: CreditGradeEnum, resolve: (c) => c.grade }),
  }),
});

const PositiveItemRef = builder.objectRef<PositiveItemOutlook>('CreditPositiveItem').implement({
  description: 'A positive item of the scoring standard, how a firm earns it, and how many of it the firm holds',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    code: t.string({ resolve: (o) => o.item.code }),
    label: t.string({ description: 'In the caller’s language', resolve: (o, _a, ctx) => o.item.label[ctx.locale] }),
    points: t.int({ resolve: (o) => o.item.points }),
    termMonths: t.int({ resolve: (o) => o.item.termMonths }),
    howEarned: t.string({ description: 'How a firm earns it, in the caller’s language', resolve: (o, _a, ctx) => howEarned(o.item.code, ctx.locale) }),
    inEffect: t.int({ description: 'Records of the item counting for the firm on the as-of date', resolve: (o) => o.inEffect }),
    moreAllowed: t.int({ nullable: true, description: 'How many more may count at once (G6: 3 at most); null when unlimited', resolve: (o) => o.moreAllowed }),
  }),
});

const GuidanceRef = builder.objectRef<GuidanceSource>('CreditGuidance').implement({
  description: 'What a firm can do about its score, computed from its records as of a date',
  authScopes: { perm: 'credit:read' },
  fields: (t) => {
    const st = (g: GuidanceSource) => standingOn(g.records, g.asOf, g.standard);
    const gap = (g: GuidanceSource) => nextGradeGap(st(g), g.standard);
    return {
      asOf: t.expose('asOf', { type: 'Date' }),
      score: t.float({ resolve: (g) => st(g).score }),
      grade: t.field({ type: CreditGradeEnum, resolve: (g) => st(g).grade }),
      nextGrade: t.field({
        type: CreditGradeEnum,
        nullable: true,
        description: 'The next grade up; null at AAA or while a veto record holds the grade at C',
        resolve: (g) => gap(g).next as CreditGrade | null,
      }),
      pointsToNextGrade: t.float({ nullable: true, description: 'Points still needed for `nextGrade`', resolve: (g) => gap(g).points }),
      vetoed: t.boolean({ description: 'A veto record (一票否决) in effect holds the grade at C whatever the score', resolve: (g) => gap(g).vetoed }),
      positiveRoom: t.int({ description: 'Positive points that can still raise the score under the cap', resolve: (g) => positiveRoom(st(g), g.standard) }),
      changes: t.field({
        type: [ScoreChangeRef],
        description: 'Each record in effect, soonest to stop first, with the score from the day it stops',
        resolve: (g) => upcomingChanges(g.records, g.asOf, (d) => standardOn(g.standards, d)).map((c) => ({ ...c, record: c.record as CreditRecord })),
      }),
      positiveItems: t.field({
        type: [PositiveItemRef],
        description: 'The positive items of the standard in force, and how many of each the firm holds',
        resolve: (g) => positiveItemsOutlook(g.records, g.asOf, g.standard),
      }),
      openIssues: t.int({
        description: 'Open issues of the firm today: every one must be closed before a credit repair application',
        resolve: (g, _a, ctx) => repairLoadersOf(ctx).openIssues.load(g.enterpriseId),
      }),
    };
  },
});

builder.objectField(EnterpriseRef, 'creditGuidance', (t) =>
  t.field({
    type: GuidanceRef,
    nullable: true,
    description: 'What the firm can do about its score, as of a date (default today); a firm’s manager sees only their own',
    authScopes: { perm: 'credit:read' },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (e, { asOf }, ctx) => {
      const own = ctx.principal?.role === 'ENTERPRISE' ? ctx.principal.enterpriseId : null;
      if (ctx.principal?.role === 'ENTERPRISE' && String(own) !== String(e.id)) return null;
      const day = asOf ?? todayOf(ctx);
      const standards = await standardsOf(ctx);
      return { enterpriseId: e.id, asOf: day, standard: standardOn(standards, day), standards, records: await enterpriseRecords(ctx.em, e.id) };
    },
  }),
);
