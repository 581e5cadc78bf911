import { issueScoringStandard, loadStandards, scoringStandardVersions } from '@wuye/db';
import { standardOn, type ScoringStandard as StandardData } from '@wuye/domain';
import { builder } from '../../builder.js';
import { actorOf } from '../../credit-write.js';
import { todayOf } from '../../today.js';
import { auditedWrite } from '../../write.js';
import { WRITE_ERRORS } from '../errors.js';
import { CreditItemRef, CreditSubjectTypeEnum, ScoringStandardRef } from '../refs/index.js';

/** The scoring standard (docs/product.md §5): its versions, the one in force, and issuing the next. */

CreditItemRef.implement({
  description: 'One item of a scoring standard (G1–G8, B1–B14; MB1, MG1–MG4 for managers)',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    subject: t.field({ type: CreditSubjectTypeEnum, resolve: (i) => i.subject }),
    points: t.exposeInt('points', { description: 'Signed: + for positive items, − for negative ones' }),
    termMonths: t.exposeInt('termMonths'),
    serious: t.exposeBoolean('serious'),
    veto: t.exposeBoolean('veto', { description: '一票否决: caps the grade at C while in effect' }),
    blacklistMonths: t.int({ nullable: true, resolve: (i) => i.blacklistMonths }),
    commendation: t.exposeBoolean('commendation'),
    label: t.string({ resolve: (i, _a, ctx) => i.label[ctx.locale] }),
  }),
});

ScoringStandardRef.implement({
  description: 'A version of the scoring standard (docs/product.md §5); every score names the version it used',
  authScopes: { public: true },
  fields: (t) => ({
    version: t.exposeInt('version'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    base: t.exposeFloat('base'),
    positiveCap: t.exposeFloat('positiveCap'),
    floor: t.exposeFloat('floor'),
    gradeThresholds: t.field({ type: 'JSON', description: 'Lower bounds: { AAA, AA, A, B }', resolve: (s) => s.grades }),
    objectionDays: t.exposeInt('objectionDays'),
    items: t.field({ type: [CreditItemRef], resolve: (s) => s.items }),
    definition: t.field({ type: 'JSON', description: 'The whole standard as issued', resolve: (s) => ({ ...s, createdAt: undefined, note: undefined }) }),
    note: t.string({ nullable: true, resolve: (s) => s.note ?? null }),
  }),
});

builder.queryField('scoringStandards', (t) =>
  t.field({
    type: [ScoringStandardRef],
    description: 'Every issued version, oldest first',
    authScopes: { perm: 'credit:read' },
    resolve: (_r, _a, ctx) => scoringStandardVersions(ctx.em),
  }),
);

builder.queryField('scoringStandard', (t) =>
  t.field({
    type: ScoringStandardRef,
    description: 'The version in force on a date (default today)',
    authScopes: { public: true },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (_r, { asOf }, ctx) => standardOn(await loadStandards(ctx.em), asOf ?? todayOf(ctx)),
  }),
);

builder.mutationField('issueScoringStandard', (t) =>
  t.field({
    type: ScoringStandardRef,
    description: 'ADMIN issues the next version (whole definition as JSON, same shape as ScoringStandard.definition), in force from a date not in the past',
    authScopes: { perm: 'standard:issue' },
    errors: { types: WRITE_ERRORS },
    args: {
      definition: t.arg({ type: 'JSON', required: true }),
      effectiveFrom: t.arg({ type: 'Date', required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, { definition, effectiveFrom, note }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issued = await issueScoringStandard(em, actorOf(ctx), { definition: definition as StandardData, effectiveFrom, note }, todayOf(ctx));
        return {
          result: issued,
          audit: { action: 'scoringStandard.issue', entityType: 'ScoringStandard', entityId: issued.version, changes: { effectiveFrom, note } },
        };
      }),
  }),
);
