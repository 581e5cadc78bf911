import { Issue, SelfCheck, childRows, rowsByIds, submitSelfCheck } from '@wuye/db';
import { builder } from '../builder.js';
import { dateRange, issueScope, loopActor, loopWrite, selfCheckScope } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { defineListQuery, idsWhere } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CommunityRef, DeductionInput, DeductionRef, EnterpriseRef, InspectionGradeEnum, IssueRef, TownshipRef } from './refs/index.js';

export const SelfCheckRef = builder.loadableObject('SelfCheck', {
  description: '自查自纠 — a firm’s self-check of one of its communities; its findings enter the ledger (source SELF_CHECK)',
  authScopes: { perm: 'selfCheck:read' },
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, SelfCheck, ids, selfCheckScope(ctx)),
  sort: (s) => s.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    enterpriseId: t.id({ resolve: (s) => s.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (s) => s.enterprise.id }),
    communityId: t.id({ resolve: (s) => s.community.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (s) => s.community.id }),
    townshipId: t.id({ resolve: (s) => s.township.id }),
    township: t.field({ type: TownshipRef, resolve: (s) => s.township.id }),
    date: t.expose('date', { type: 'Date' }),
    deductions: t.field({ type: [DeductionRef], resolve: (s) => s.deductions }),
    score: t.float({ resolve: (s) => Number(s.score) }),
    grade: t.field({ type: InspectionGradeEnum, resolve: (s) => s.grade }),
    note: t.exposeString('note', { nullable: true }),
    issues: t.loadableGroup({
      type: IssueRef,
      load: (ids: number[], ctx: Context) =>
        childRows(ctx.em, Issue, 'sourceId', ids.map(String), { id: 'asc' }, and<Issue>({ source: 'SELF_CHECK' }, issueScope(ctx))),
      group: (issue) => Number((issue as Issue).sourceId),
      resolve: (s) => s.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const SelfCheckFilter = builder.inputType('SelfCheckFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    enterpriseId: t.id({ required: false }),
    communityId: t.id({ required: false }),
    townshipId: t.id({ required: false }),
    grade: t.field({ type: InspectionGradeEnum, required: false }),
    dateFrom: t.field({ type: 'Date', required: false }),
    dateTo: t.field({ type: 'Date', required: false }),
  }),
});

defineListQuery({
  name: 'selfChecks',
  description: 'Self-checks within the caller’s scope, paged',
  entity: SelfCheck,
  ref: SelfCheckRef,
  sortFields: ['date', 'score', 'createdAt'],
  filter: SelfCheckFilter,
  permission: 'selfCheck:read',
  where: (ctx, f) => {
    const date = dateRange(f?.dateFrom, f?.dateTo);
    return and<SelfCheck>(
      selfCheckScope(ctx),
      idsWhere(f?.ids),
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.communityId ? { community: parseId(f.communityId) ?? 0 } : {},
      f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
      f?.grade ? { grade: f.grade } : {},
      date ? { date } : {},
    );
  },
});

builder.queryField('selfCheck', (t) =>
  t.field({
    type: SelfCheckRef,
    nullable: true,
    authScopes: { perm: 'selfCheck:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const SelfCheckInput = builder.inputType('SelfCheckInput', {
  fields: (t) => ({
    communityId: t.id({ required: true, description: 'A community the caller’s firm serves' }),
    date: t.field({ type: 'Date', required: true }),
    deductions: t.field({ type: [DeductionInput], required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('submitSelfCheck', (t) =>
  t.field({
    type: SelfCheckRef,
    description: 'A firm submits a self-check; each finding is registered as an issue with source SELF_CHECK',
    authScopes: { perm: 'selfCheck:submit' },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: SelfCheckInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      loopWrite(ctx, async (em, at) => {
        const { selfCheck, issues } = await submitSelfCheck(
          em,
          {
            communityId: parseId(input.communityId),
            date: input.date,
            deductions: (input.deductions ?? []).map((d) => ({ itemId: d.itemId, points: d.points, note: d.note ?? null })),
            note: input.note ?? null,
          },
          loopActor(ctx),
          at,
        );
        return {
          result: selfCheck,
          audit: { action: 'selfCheck.submit', entityType: 'SelfCheck', entityId: selfCheck.id, changes: { ...input, issueIds: issues.map((i) => i.id) } },
        };
      }),
  }),
);
