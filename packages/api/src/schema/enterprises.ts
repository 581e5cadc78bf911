import { Enterprise, enterpriseKind } from '@wuye/db';
import { type EnterpriseStatus } from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { countGrouped } from '../counts.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and, enterpriseScope } from '../scoping.js';
import { parseId } from '../write.js';
import { CreditGradeEnum, EnterpriseRef, EnterpriseStatusEnum, ListStatusEnum, TownshipRef } from './refs/index.js';

/** Loads firms by id within the caller's row scope: a firm outside it resolves to null. */
EnterpriseRef.implement({
  description: '物业服务企业 — a property-service enterprise and its credit standing',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc', { description: '统一社会信用代码 (GB 32100-2015)' }),
    legalRepresentative: t.exposeString('legalRepresentative'),
    contactPerson: t.exposeString('contactPerson', { nullable: true }),
    contactPhone: t.exposeString('contactPhone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    townshipId: t.id({ resolve: (e) => e.township.id }),
    township: t.field({ type: TownshipRef, resolve: (e) => e.township.id }),
    status: t.field({ type: EnterpriseStatusEnum, resolve: (e) => e.status }),
    score: t.float({ description: 'Current credit score (derived from credit records)', resolve: (e) => Number(e.score) }),
    grade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (e) => e.grade ?? null }),
    listStatus: t.field({ type: ListStatusEnum, resolve: (e) => e.listStatus }),
    listUntil: t.expose('listUntil', { type: 'Date', nullable: true }),
    communityCount: t.loadable({
      type: 'Int',
      description: 'Communities this firm serves',
      load: (ids: number[], ctx: Context) => countGrouped(ctx.em, 'Community', 'enterprise', ids),
      resolve: (e) => e.id,
    }),
    managerCount: t.loadable({
      type: 'Int',
      description: 'Project managers employed by this firm',
      load: (ids: number[], ctx: Context) => countGrouped(ctx.em, 'ProjectManager', 'enterprise', ids),
      resolve: (e) => e.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name, USCC, legal representative or address' }),
    ids: t.idList({ required: false }),
    townshipId: t.id({ required: false, description: 'Registered township' }),
    status: t.field({ type: EnterpriseStatusEnum, required: false }),
    listStatus: t.field({ type: ListStatusEnum, required: false }),
    grade: t.field({ type: CreditGradeEnum, required: false }),
  }),
});

defineListQuery({
  name: 'enterprises',
  description: 'Enterprises within the caller’s scope, paged',
  entity: Enterprise,
  ref: EnterpriseRef,
  sortFields: ['name', 'uscc', 'score', 'status', 'createdAt'],
  filter: EnterpriseFilter,
  permission: 'enterprise:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<Enterprise>(
      enterpriseScope(ctx),
      idsWhere(f?.ids),
      like
        ? { $or: [{ name: { $like: like } }, { uscc: { $like: like.toUpperCase() } }, { legalRepresentative: { $like: like } }, { address: { $like: like } }] }
        : {},
      f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
      f?.status ? { status: f.status } : {},
      f?.listStatus ? { listStatus: f.listStatus } : {},
      f?.grade ? { grade: f.grade } : {},
    );
  },
});

builder.queryField('enterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    nullable: true,
    authScopes: { perm: 'enterprise:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const EnterpriseInput = builder.inputType('EnterpriseInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    uscc: t.string({ required: true }),
    legalRepresentative: t.string({ required: true }),
    contactPerson: t.string({ required: false }),
    contactPhone: t.string({ required: false }),
    address: t.string({ required: false }),
    townshipId: t.id({ required: true }),
    status: t.field({ type: EnterpriseStatusEnum, required: false, defaultValue: 'ACTIVE' }),
  }),
});
const EnterpriseUpdateInput = builder.inputType('EnterpriseUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    uscc: t.string({ required: false }),
    legalRepresentative: t.string({ required: false }),
    contactPerson: t.string({ required: false }),
    contactPhone: t.string({ required: false }),
    address: t.string({ required: false }),
    townshipId: t.id({ required: false }),
    status: t.field({ type: EnterpriseStatusEnum, required: false }),
  }),
});

defineWriteMutations({
  typeName: 'Enterprise',
  label: 'entity.enterprise',
  ref: EnterpriseRef,
  createInput: EnterpriseInput,
  updateInput: EnterpriseUpdateInput,
  permissions: { create: 'enterprise:create', update: 'enterprise:update' },
  normalize: (i) => ({
    name: trimmed(i.name) ?? undefined,
    uscc: trimmed(i.uscc)?.toUpperCase(),
    legalRepresentative: trimmed(i.legalRepresentative) ?? undefined,
    contactPerson: trimmed(i.contactPerson) || (i.contactPerson === undefined ? undefined : null),
    contactPhone: trimmed(i.contactPhone) || (i.contactPhone === undefined ? undefined : null),
    address: trimmed(i.address) || (i.address === undefined ? undefined : null),
    townshipId: i.townshipId == null ? undefined : String(i.townshipId),
    status: (i.status ?? undefined) as EnterpriseStatus | undefined,
  }),
  kind: enterpriseKind,
});
