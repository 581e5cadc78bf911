import { Objection, RepairApplication, applyForRepair, decideObjection, decideRepair, fileObjection } from '@wuye/db';
import { objectionActions, repairApplicationActions } from '@wuye/domain';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { actorOf, objectionById, ownRecord, recordFacts, repairApplicationById } from '../../credit-write.js';
import { defineListQuery, idsWhere, likePattern } from '../../paging.js';
import { and, creditScope } from '../../scoping.js';
import { todayOf } from '../../today.js';
import { auditedWrite, parseId } from '../../write.js';
import { WRITE_ERRORS } from '../errors.js';
import { ObjectionAvailableActionRef, RepairAvailableActionRef } from './actions.js';
import { CreditRecordRef, EnterpriseRef, ObjectionRef, ObjectionStatusEnum, RepairApplicationRef, RepairStatusEnum } from '../refs/index.js';

/** A firm's due process on its records (docs/credit.md): objections and credit-repair applications, and their decisions. */

/** The record an objection or application concerns, through the caller's scoped record loader. */
const recordOf = (id: number, ctx: Context) => CreditRecordRef.getDataloader(ctx).load(id);

ObjectionRef.implement({
  description: '异议 — a firm’s objection to a publicized record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    recordId: t.id({ resolve: (o) => o.record.id }),
    record: t.field({ type: CreditRecordRef, nullable: true, resolve: (o) => o.record.id }),
    enterpriseId: t.id({ resolve: (o) => o.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (o) => o.enterprise.id }),
    filedById: t.id({ resolve: (o) => o.filedBy.id }),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
    statement: t.exposeString('statement'),
    evidence: t.exposeString('evidence', { nullable: true }),
    status: t.field({ type: ObjectionStatusEnum, resolve: (o) => o.status }),
    decidedById: t.id({ nullable: true, resolve: (o) => o.decidedBy?.id ?? null }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    availableActions: t.field({
      type: [ObjectionAvailableActionRef],
      description: 'What the caller may do to the objection, each with whether it can be done now and why not',
      resolve: async (o, _a, ctx) => objectionActions(o, recordFacts(await recordOf(o.record.id, ctx)), ctx.principal, todayOf(ctx)),
    }),
  }),
});

RepairApplicationRef.implement({
  description: '信用修复申请 — a firm’s application to repair a negative record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    recordId: t.id({ resolve: (a) => a.record.id }),
    record: t.field({ type: CreditRecordRef, nullable: true, resolve: (a) => a.record.id }),
    enterpriseId: t.id({ resolve: (a) => a.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (a) => a.enterprise.id }),
    appliedById: t.id({ resolve: (a) => a.appliedBy.id }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime' }),
    commitment: t.exposeString('commitment'),
    openIssues: t.exposeInt('openIssues'),
    status: t.field({ type: RepairStatusEnum, resolve: (a) => a.status }),
    decidedById: t.id({ nullable: true, resolve: (a) => a.decidedBy?.id ?? null }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    reasons: t.exposeString('reasons', { nullable: true }),
    availableActions: t.field({
      type: [RepairAvailableActionRef],
      description: 'What the caller may do to the application, each with whether it can be done now and why not',
      resolve: async (a, _args, ctx) => repairApplicationActions(a, recordFacts(await recordOf(a.record.id, ctx)), ctx.principal, todayOf(ctx)),
    }),
  }),
});

const ObjectionFilter = builder.inputType('ObjectionFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Text in the statement' }),
    status: t.field({ type: ObjectionStatusEnum, required: false }),
    enterpriseId: t.id({ required: false }),
    recordId: t.id({ required: false }),
  }),
});
defineListQuery({
  name: 'objections',
  description: 'Objections within the caller’s scope (the regulators’ inbox: filter status PENDING), paged',
  entity: Objection,
  ref: ObjectionRef,
  sortFields: ['filedAt', 'status'],
  filter: ObjectionFilter,
  permission: 'credit:read',
  where: (ctx, f) =>
    and<Objection>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      f?.q ? { statement: { $like: likePattern(f.q) } } : {},
      f?.status ? { status: f.status } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.recordId ? { record: parseId(f.recordId) ?? 0 } : {},
    ),
});

const RepairFilter = builder.inputType('RepairApplicationFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Text in the commitment' }),
    status: t.field({ type: RepairStatusEnum, required: false }),
    enterpriseId: t.id({ required: false }),
    recordId: t.id({ required: false }),
  }),
});
defineListQuery({
  name: 'repairApplications',
  description: 'Credit-repair applications within the caller’s scope, paged',
  entity: RepairApplication,
  ref: RepairApplicationRef,
  sortFields: ['appliedAt', 'status'],
  filter: RepairFilter,
  permission: 'credit:read',
  where: (ctx, f) =>
    and<RepairApplication>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      f?.q ? { commitment: { $like: likePattern(f.q) } } : {},
      f?.status ? { status: f.status } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.recordId ? { record: parseId(f.recordId) ?? 0 } : {},
    ),
});

builder.mutationField('fileObjection', (t) =>
  t.field({
    type: ObjectionRef,
    description: 'A firm objects to one of its own publicized records, within the objection window',
    authScopes: { perm: 'objection:file' },
    errors: { types: WRITE_ERRORS },
    args: { recordId: t.arg.id({ required: true }), statement: t.arg.string({ required: true }), evidence: t.arg.string({ required: false }) },
    resolve: (_r, { recordId, statement, evidence }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const objection = await fileObjection(em, actorOf(ctx), await ownRecord(em, ctx, recordId), { statement, evidence }, todayOf(ctx));
        return {
          result: objection,
          audit: { action: 'objection.file', entityType: 'Objection', entityId: objection.id, changes: { recordId, statement: objection.statement } },
        };
      }),
  }),
);

builder.mutationField('decideObjection', (t) =>
  t.field({
    type: ObjectionRef,
    description: 'A reviewer who did not propose the record decides: uphold → record CONFIRMED, else REVOKED',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { objectionId: t.arg.id({ required: true }), upholdRecord: t.arg.boolean({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_r, { objectionId, upholdRecord, note }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const objection = await decideObjection(em, actorOf(ctx), await objectionById(em, ctx, objectionId), { uphold: upholdRecord, note }, todayOf(ctx));
        return { result: objection, audit: { action: 'objection.decide', entityType: 'Objection', entityId: objection.id, changes: { upholdRecord, note } } };
      }),
  }),
);

builder.mutationField('applyForRepair', (t) =>
  t.field({
    type: RepairApplicationRef,
    description: 'A firm applies to repair one of its negative records (minimum publicity period, issues closed, written commitment)',
    authScopes: { perm: 'repair:apply' },
    errors: { types: WRITE_ERRORS },
    args: {
      recordId: t.arg.id({ required: true }),
      commitment: t.arg.string({ required: true, description: '信用承诺书' }),
    },
    resolve: (_r, { recordId, commitment }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const application = await applyForRepair(em, actorOf(ctx), await ownRecord(em, ctx, recordId), commitment, todayOf(ctx));
        return { result: application, audit: { action: 'repair.apply', entityType: 'RepairApplication', entityId: application.id, changes: { recordId } } };
      }),
  }),
);

builder.mutationField('decideRepair', (t) =>
  t.field({
    type: RepairApplicationRef,
    description: 'A regulator approves (the record becomes REPAIRED and stops counting today) or refuses, with reasons',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { applicationId: t.arg.id({ required: true }), approve: t.arg.boolean({ required: true }), reasons: t.arg.string({ required: true }) },
    resolve: (_r, { applicationId, approve, reasons }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const application = await decideRepair(em, actorOf(ctx), await repairApplicationById(em, ctx, applicationId), { approve, reasons }, todayOf(ctx));
        return {
          result: application,
          audit: { action: 'repair.decide', entityType: 'RepairApplication', entityId: application.id, changes: { approve, reasons } },
        };
      }),
  }),
);
