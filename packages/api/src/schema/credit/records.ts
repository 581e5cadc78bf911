import { CreditRecord, eventsOfRecords, objectionsOfRecords, proposeRecord, publicizeRecord, revokeRecord, type CreditRecordEvent } from '@wuye/db';
import { creditRecordActions, findItem, objectionDaysLeftOf, offersRepair, standardOn, type CreditRecordStatus } from '@wuye/domain';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { actorOf, proposalOf, recordFacts, repairLoadersOf, scopedRecord, standardsOf } from '../../credit-write.js';
import { defineListQuery, idsWhere, likePattern } from '../../paging.js';
import { and, creditScope } from '../../scoping.js';
import { todayOf } from '../../today.js';
import { auditedWrite, parseId } from '../../write.js';
import { WRITE_ERRORS } from '../errors.js';
import { CreditRecordAvailableActionRef } from './actions.js';
import {
  CommunityRef,
  CreditRecordEventRef,
  CreditRecordRef,
  CreditRecordStatusEnum,
  CreditSourceTypeEnum,
  CreditSubjectTypeEnum,
  EnterpriseRef,
  ObjectionRef,
  ProjectManagerRef,
} from '../refs/index.js';

/** Credit records (docs/credit.md): reading them, and the proposing, publicizing and revoking commands. */

CreditRecordEventRef.implement({
  description: 'One lifecycle transition of a credit record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.id({ nullable: true, resolve: (e) => e.actor?.id ?? null }),
    actorName: t.exposeString('actorName', { nullable: true }),
    fromStatus: t.field({ type: CreditRecordStatusEnum, nullable: true, resolve: (e) => (e.fromStatus ?? null) as CreditRecordStatus | null }),
    toStatus: t.field({ type: CreditRecordStatusEnum, resolve: (e) => e.toStatus as CreditRecordStatus }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

CreditRecordRef.implement({
  description: '信用记录 — a credit record; never edited: corrections revoke and re-issue',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    subjectType: t.field({ type: CreditSubjectTypeEnum, resolve: (r) => r.subjectType }),
    enterpriseId: t.id({ resolve: (r) => r.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (r) => r.enterprise.id }),
    managerId: t.id({ nullable: true, resolve: (r) => r.manager?.id ?? null }),
    manager: t.field({ type: ProjectManagerRef, nullable: true, resolve: (r) => r.manager?.id ?? null }),
    communityId: t.id({ nullable: true, resolve: (r) => r.community?.id ?? null }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (r) => r.community?.id ?? null }),
    itemCode: t.exposeString('itemCode'),
    itemLabel: t.string({
      nullable: true,
      resolve: async (r, _a, ctx) => findItem(standardOn(await standardsOf(ctx), r.effectiveFrom), r.itemCode)?.label[ctx.locale] ?? null,
    }),
    points: t.exposeInt('points', { description: 'Snapshot of the item’s signed points' }),
    termMonths: t.exposeInt('termMonths'),
    serious: t.exposeBoolean('serious'),
    veto: t.exposeBoolean('veto'),
    commendation: t.exposeBoolean('commendation'),
    blacklistMonths: t.int({ nullable: true, resolve: (r) => r.blacklistMonths ?? null }),
    standardVersion: t.exposeInt('standardVersion'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', description: 'Last day in effect (inclusive)' }),
    status: t.field({ type: CreditRecordStatusEnum, resolve: (r) => r.status as CreditRecordStatus }),
    proposedById: t.id({ nullable: true, resolve: (r) => r.proposedBy?.id ?? null, description: 'Null: proposed by the system' }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason'),
    evidence: t.exposeString('evidence', { nullable: true }),
    sourceType: t.field({ type: CreditSourceTypeEnum, resolve: (r) => r.sourceType }),
    sourceId: t.exposeString('sourceId', { nullable: true }),
    publicizedOn: t.expose('publicizedOn', { type: 'Date', nullable: true }),
    objectionDeadline: t.expose('objectionDeadline', { type: 'Date', nullable: true, description: 'Last day an objection is accepted' }),
    objectionDaysLeft: t.int({
      nullable: true,
      description: 'Days left to object while PUBLICIZING (0 on the deadline day); null otherwise',
      resolve: (r, _a, ctx) => objectionDaysLeftOf({ status: r.status, objectionDeadline: r.objectionDeadline ?? null }, todayOf(ctx)),
    }),
    confirmedOn: t.expose('confirmedOn', { type: 'Date', nullable: true }),
    reviewerId: t.id({ nullable: true, resolve: (r) => r.reviewer?.id ?? null }),
    decision: t.exposeString('decision', { nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    revokedById: t.id({ nullable: true, resolve: (r) => r.revokedBy?.id ?? null }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokeReason: t.exposeString('revokeReason', { nullable: true }),
    correctsId: t.id({ nullable: true, resolve: (r) => r.corrects?.id ?? null, description: 'The record this one re-issues' }),
    repairedOn: t.expose('repairedOn', { type: 'Date', nullable: true }),
    availableActions: t.field({
      type: [CreditRecordAvailableActionRef],
      description: 'What the caller may do to the record, each with whether it can be done now and why not (for buttons)',
      resolve: async (r, _a, ctx) => {
        const facts = recordFacts(r);
        const today = todayOf(ctx);
        const loaders = repairLoadersOf(ctx);
        const repair = offersRepair(facts, ctx.principal)
          ? {
              openIssues: await loaders.openIssues.load(r.enterprise.id),
              pendingApplication: await loaders.pending.load(r.id),
              standard: standardOn(await standardsOf(ctx), today),
            }
          : null;
        return creditRecordActions(facts, ctx.principal, today, repair);
      },
    }),
    events: t.loadableGroup({
      type: CreditRecordEventRef,
      description: 'Transition history, oldest first',
      load: (ids: number[], ctx: Context) => eventsOfRecords(ctx.em, ids),
      group: (e: CreditRecordEvent) => e.record.id,
      resolve: (r) => r.id,
    }),
    objections: t.loadableGroup({
      type: ObjectionRef,
      load: (ids: number[], ctx: Context) => objectionsOfRecords(ctx.em, ids),
      group: (o) => o.record.id,
      resolve: (r) => r.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CreditRecordFilter = builder.inputType('CreditRecordFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the reason or item code' }),
    ids: t.idList({ required: false }),
    enterpriseId: t.id({ required: false }),
    managerId: t.id({ required: false }),
    subjectType: t.field({ type: CreditSubjectTypeEnum, required: false }),
    status: t.field({ type: CreditRecordStatusEnum, required: false }),
    statuses: t.field({ type: [CreditRecordStatusEnum], required: false }),
    itemCode: t.string({ required: false }),
    sourceType: t.field({ type: CreditSourceTypeEnum, required: false }),
    sourceId: t.string({ required: false }),
    negative: t.boolean({ required: false, description: 'true: deductions only; false: positive records only' }),
  }),
});

defineListQuery({
  name: 'creditRecords',
  description: 'Credit records within the caller’s scope (a firm user: its own firm), paged',
  entity: CreditRecord,
  ref: CreditRecordRef,
  sortFields: ['effectiveFrom', 'expiresOn', 'points', 'status', 'itemCode', 'createdAt'],
  filter: CreditRecordFilter,
  permission: 'credit:read',
  capTotal: true,
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<CreditRecord>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      like ? { $or: [{ reason: { $like: like } }, { itemCode: { $like: like } }] } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.managerId ? { manager: parseId(f.managerId) ?? 0 } : {},
      f?.subjectType ? { subjectType: f.subjectType } : {},
      f?.status ? { status: f.status } : {},
      f?.statuses?.length ? { status: { $in: f.statuses } } : {},
      f?.itemCode ? { itemCode: f.itemCode } : {},
      f?.sourceType ? { sourceType: f.sourceType } : {},
      f?.sourceId ? { sourceId: f.sourceId } : {},
      f?.negative == null ? {} : f.negative ? { points: { $lt: 0 } } : { points: { $gt: 0 } },
    );
  },
});

builder.queryField('creditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    nullable: true,
    authScopes: { perm: 'credit:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const ProposeInput = builder.inputType('ProposeCreditRecordInput', {
  fields: (t) => ({
    subjectType: t.field({ type: CreditSubjectTypeEnum, required: false, defaultValue: 'ENTERPRISE' }),
    enterpriseId: t.id({ required: false, description: 'Required for an enterprise record' }),
    managerId: t.id({ required: false, description: 'Required for a manager record (its firm is the manager’s employer)' }),
    communityId: t.id({ required: false }),
    itemCode: t.string({ required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true }),
    evidence: t.string({ required: false }),
    sourceType: t.field({ type: CreditSourceTypeEnum, required: false, defaultValue: 'MANUAL' }),
    sourceId: t.string({ required: false }),
  }),
});

builder.mutationField('proposeCreditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    description: 'Proposes a record. ADMIN/REGULATOR: publicized at once (10-day objection window); DEPARTMENT: stays PROPOSED, items in its remit only',
    authScopes: { perm: 'credit:propose' },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ProposeInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const today = todayOf(ctx);
        const record = await proposeRecord(em, actorOf(ctx), await proposalOf(em, ctx, input, null, today), today);
        return { result: record, audit: { action: 'creditRecord.propose', entityType: 'CreditRecord', entityId: record.id, changes: { ...input } } };
      }),
  }),
);

builder.mutationField('publicizeCreditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    description: 'PROPOSED → PUBLICIZING: notifies the firm and opens the objection window',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await publicizeRecord(em, actorOf(ctx), await scopedRecord(em, ctx, id), todayOf(ctx));
        return { result: record, audit: { action: 'creditRecord.publicize', entityType: 'CreditRecord', entityId: record.id } };
      }),
  }),
);

const RevokeResultRef = builder.objectRef<{ revoked: CreditRecord; reissued: CreditRecord | null }>('RevokeCreditRecordResult').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    revoked: t.field({ type: CreditRecordRef, resolve: (r) => r.revoked }),
    reissued: t.field({ type: CreditRecordRef, nullable: true, resolve: (r) => r.reissued }),
  }),
});

builder.mutationField('revokeCreditRecord', (t) =>
  t.field({
    type: RevokeResultRef,
    description: 'Revokes a record with a reason; a correction re-issues it at once (the new record names the old one in correctsId)',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }), reissue: t.arg({ type: ProposeInput, required: false }) },
    resolve: (_r, { id, reason, reissue }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const today = todayOf(ctx);
        const record = await revokeRecord(em, actorOf(ctx), await scopedRecord(em, ctx, id), reason, today);
        const reissued = reissue ? await proposeRecord(em, actorOf(ctx), await proposalOf(em, ctx, reissue, record.id, today), today) : null;
        return {
          result: { revoked: record, reissued },
          audit: { action: 'creditRecord.revoke', entityType: 'CreditRecord', entityId: record.id, changes: { reason, reissuedId: reissued?.id ?? null } },
        };
      }),
  }),
);
