import { createTownshipPlan, fileTownshipPlan, townshipPlans, updateTownshipPlan, type TownshipPlan } from '@wuye/db';
import { messageFor, TOWNSHIP_PLAN_ACTIONS, TOWNSHIP_PLAN_STATUSES, townshipPlanActions, type ActionAvailability, type TownshipPlanAction } from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { auditedWrite } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { TownshipRef } from './refs/index.js';

/**
 * A township's leader and work plan for the campaign (seed part 7 四(一), docs/townships-and-departments.md). The
 * township writes, edits and files its own (townshipPlan:manage); the bureau, departments and analysts read every
 * township's, a township its own (townshipPlan:read with row scope). Commands in @wuye/db (campaign/township-plans.ts).
 */
const PLAN = 'entity.townshipPlan';
const READ = { perm: 'townshipPlan:read' } as const;
const MANAGE = { perm: 'townshipPlan:manage' } as const;

const TownshipPlanStatusEnum = builder.enumType('TownshipPlanStatus', { values: TOWNSHIP_PLAN_STATUSES });
const TownshipPlanActionEnum = builder.enumType('TownshipPlanAction', { values: TOWNSHIP_PLAN_ACTIONS });

/** A township user reads its own township's plans only; everyone else allowed reads all. */
const townshipScope = (ctx: Context): number | null => (ctx.principal?.role === 'TOWNSHIP' ? Number(ctx.principal.townshipId ?? 0) : null);

const TownshipPlanAvailableActionRef = builder.objectRef<ActionAvailability<TownshipPlanAction>>('TownshipPlanAvailableAction').implement({
  description: 'An action the caller may take on a township work plan, and whether it can be taken now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: TownshipPlanActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const TownshipPlanRef = builder.objectRef<TownshipPlan>('TownshipPlan').implement({
  description: '乡镇工作方案 — a township’s leader in charge and its work plan for the campaign of a year',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    township: t.field({ type: TownshipRef, resolve: (p) => p.township.id }),
    year: t.exposeInt('year'),
    leaderName: t.exposeString('leaderName', { description: '明确一名领导: the leader in charge (an official, not personal data)' }),
    leaderPosition: t.exposeString('leaderPosition'),
    mechanism: t.exposeString('mechanism', { description: '工作机制' }),
    schedule: t.exposeString('schedule', { description: '排查整改进度安排' }),
    tasks: t.exposeString('tasks', { description: '任务落实' }),
    resources: t.exposeString('resources', { nullable: true, description: '资源调配' }),
    status: t.field({ type: TownshipPlanStatusEnum, resolve: (p) => p.status }),
    filedAt: t.expose('filedAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    availableActions: t.field({
      type: [TownshipPlanAvailableActionRef],
      description: 'What the caller may do to the plan now, each with why not (for buttons)',
      resolve: (p, _a, ctx) => townshipPlanActions({ status: p.status, townshipId: String(p.township.id) }, ctx.principal),
    }),
  }),
});

builder.queryField('townshipPlans', (t) =>
  t.field({
    type: [TownshipPlanRef],
    description: 'Township work plans, newest year first (a township sees its own)',
    authScopes: READ,
    args: {
      year: t.arg.int({ required: false }),
      townshipId: t.arg.id({ required: false }),
      status: t.arg({ type: TownshipPlanStatusEnum, required: false }),
    },
    resolve: (_r, a, ctx) => townshipPlans(ctx.em, townshipScope(ctx), { year: a.year, townshipId: a.townshipId, status: a.status }),
  }),
);

builder.mutationField('createTownshipPlan', (t) =>
  t.field({
    type: TownshipPlanRef,
    description: 'The caller’s township writes its work plan for a year (one per year), as a draft',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      year: t.arg.int({ required: true }),
      leaderName: t.arg.string({ required: true }),
      leaderPosition: t.arg.string({ required: true }),
      mechanism: t.arg.string({ required: true }),
      schedule: t.arg.string({ required: true }),
      tasks: t.arg.string({ required: true }),
      resources: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const p = await createTownshipPlan(em, ctx.principal!, a);
        return { result: p, audit: { action: 'townshipPlan.create', entityType: 'TownshipPlan', entityId: p.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('updateTownshipPlan', (t) =>
  t.field({
    type: TownshipPlanRef,
    description: 'Rewrites a draft work plan (the township’s own; not once filed)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      leaderName: t.arg.string({ required: true }),
      leaderPosition: t.arg.string({ required: true }),
      mechanism: t.arg.string({ required: true }),
      schedule: t.arg.string({ required: true }),
      tasks: t.arg.string({ required: true }),
      resources: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const p = await updateTownshipPlan(em, ctx.principal!, a.id, a);
        if (!p) throw notFound(PLAN, String(a.id), ctx.locale);
        return { result: p, audit: { action: 'townshipPlan.update', entityType: 'TownshipPlan', entityId: p.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('fileTownshipPlan', (t) =>
  t.field({
    type: TownshipPlanRef,
    description: 'Files the work plan (报备) with the leading group; a filed plan stands as filed',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const p = await fileTownshipPlan(em, ctx.principal!, a.id);
        if (!p) throw notFound(PLAN, String(a.id), ctx.locale);
        return { result: p, audit: { action: 'townshipPlan.file', entityType: 'TownshipPlan', entityId: p.id, changes: {} } };
      }),
  }),
);
