import { enterpriseRecords, listEntriesOf, managerRecords, toListLike, type CreditRecord } from '@wuye/db';
import {
  addDays,
  addMonths,
  breakdownOn,
  listStatusOn,
  scoreSeries,
  standardOn,
  standingOn,
  type CreditGrade,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import { builder } from '../../builder.js';
import { standardsOf } from '../../credit-write.js';
import { todayOf } from '../../today.js';
import { CreditGradeEnum, CreditRecordRef, EnterpriseRef, ListStatusEnum, ProjectManagerRef } from '../refs/index.js';

/** A firm's or manager's standing on a date: score, grade, list status, the records counting and the score history. */

interface StandingSource {
  asOf: string;
  standards: StandardData[];
  records: { record: CreditRecord; inherited: boolean }[];
  list: { status: 'NONE' | 'RED' | 'BLACK'; until: string | null } | null;
}

const BreakdownItemRef = builder.objectRef<{ record: CreditRecord; inherited: boolean }>('CreditBreakdownItem').implement({
  description: 'One record counting toward a score on the as-of date',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    recordId: t.id({ resolve: (b) => b.record.id }),
    record: t.field({ type: CreditRecordRef, resolve: (b) => b.record }),
    itemCode: t.string({ resolve: (b) => b.record.itemCode }),
    points: t.int({ resolve: (b) => b.record.points }),
    termMonths: t.int({ resolve: (b) => b.record.termMonths }),
    effectiveFrom: t.field({ type: 'Date', resolve: (b) => b.record.effectiveFrom }),
    expiresOn: t.field({ type: 'Date', resolve: (b) => b.record.expiresOn }),
    veto: t.boolean({ resolve: (b) => b.record.veto }),
    inherited: t.boolean({ description: 'A manager’s inherited B1/B2 record of a community they managed at the time', resolve: (b) => b.inherited }),
  }),
});

const ScorePointRef = builder.objectRef<{ date: string; score: number; grade: CreditGrade }>('ScorePoint').implement({
  description: 'The score from this date until the next point (a step series)',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, resolve: (p) => p.grade }),
  }),
});

const CreditStandingRef = builder.objectRef<StandingSource>('CreditStanding').implement({
  description: 'Score, grade and list status as of a date, computed from the records (reproducible)',
  authScopes: { perm: 'credit:read' },
  fields: (t) => {
    const st = (s: StandingSource) =>
      standingOn(
        s.records.map((r) => r.record),
        s.asOf,
        standardOn(s.standards, s.asOf),
      );
    return {
      asOf: t.expose('asOf', { type: 'Date' }),
      score: t.float({ resolve: (s) => st(s).score }),
      grade: t.field({ type: CreditGradeEnum, resolve: (s) => st(s).grade }),
      positivePoints: t.int({ description: 'Σ positive points in effect, before the cap', resolve: (s) => st(s).positive }),
      negativePoints: t.int({ description: 'Σ negative points in effect, as a positive number', resolve: (s) => st(s).negative }),
      veto: t.boolean({ resolve: (s) => st(s).veto }),
      standardVersion: t.int({ resolve: (s) => st(s).standardVersion }),
      listStatus: t.field({ type: ListStatusEnum, nullable: true, description: 'Firms only', resolve: (s) => s.list?.status ?? null }),
      listUntil: t.field({ type: 'Date', nullable: true, resolve: (s) => s.list?.until ?? null }),
      breakdown: t.field({
        type: [BreakdownItemRef],
        description: 'Every record counting on the as-of date',
        resolve: (s) => {
          const counting = new Set(
            breakdownOn(
              s.records.map((r) => r.record),
              s.asOf,
            ),
          );
          return s.records.filter((r) => counting.has(r.record));
        },
      }),
      history: t.field({
        type: [ScorePointRef],
        description: 'Score series between two dates (default: the 12 months up to the as-of date)',
        args: { from: t.arg({ type: 'Date', required: false }), to: t.arg({ type: 'Date', required: false }) },
        resolve: (s, a) => {
          const to = a.to ?? s.asOf;
          const from = a.from ?? addDays(addMonths(to, -12), 1);
          return scoreSeries(
            s.records.map((r) => r.record),
            from <= to ? from : to,
            to,
            (d) => standardOn(s.standards, d),
          );
        },
      }),
    };
  },
});

builder.objectField(EnterpriseRef, 'credit', (t) =>
  t.field({
    type: CreditStandingRef,
    description: 'Credit file: score, grade, list status, breakdown and history as of a date (default today)',
    authScopes: { perm: 'credit:read' },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (e, { asOf }, ctx) => {
      const day = asOf ?? todayOf(ctx);
      const [standards, records, entries] = [await standardsOf(ctx), await enterpriseRecords(ctx.em, e.id), await listEntriesOf(ctx.em, e.id)];
      return { asOf: day, standards, records: records.map((record) => ({ record, inherited: false })), list: listStatusOn(entries.map(toListLike), day) };
    },
  }),
);

builder.objectField(ProjectManagerRef, 'credit', (t) =>
  t.field({
    type: CreditStandingRef,
    description: 'The manager’s own records plus the B1/B2 records of communities they managed at the time',
    authScopes: { perm: 'credit:read' },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (m, { asOf }, ctx) => {
      const standards = await standardsOf(ctx);
      return { asOf: asOf ?? todayOf(ctx), standards, records: await managerRecords(ctx.em, m.id, standards), list: null };
    },
  }),
);
builder.objectField(ProjectManagerRef, 'score', (t) => t.float({ authScopes: { perm: 'credit:read' }, resolve: (m) => Number(m.score) }));
builder.objectField(ProjectManagerRef, 'grade', (t) =>
  t.field({ type: CreditGradeEnum, nullable: true, authScopes: { perm: 'credit:read' }, resolve: (m) => (m.grade ?? null) as CreditGrade | null }),
);
builder.objectField(EnterpriseRef, 'standardVersion', (t) =>
  t.int({ authScopes: { perm: 'credit:read' }, description: 'Standard version of the stored score', resolve: (e) => e.standardVersion }),
);
