import { Community, communityKind } from '@wuye/db';
import { type CommunityType, type ServiceMode } from '@wuye/domain';
import { builder } from '../builder.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and, communityScope } from '../scoping.js';
import { parseId } from '../write.js';
import { CommunityRef, CommunityTypeEnum, EnterpriseRef, ServiceModeEnum, TownshipRef } from './refs/index.js';

CommunityRef.implement({
  description: '小区/物业管理项目 — a residential community or managed project',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    townshipId: t.id({ resolve: (c) => c.township.id }),
    township: t.field({ type: TownshipRef, resolve: (c) => c.township.id }),
    address: t.exposeString('address', { nullable: true }),
    type: t.field({ type: CommunityTypeEnum, resolve: (c) => c.type }),
    households: t.exposeInt('households'),
    floorArea: t.float({ description: 'Floor area, m²', resolve: (c) => Number(c.floorArea) }),
    deliveryDate: t.expose('deliveryDate', { type: 'Date', nullable: true }),
    serviceMode: t.field({ type: ServiceModeEnum, resolve: (c) => c.serviceMode }),
    enterpriseId: t.id({ nullable: true, resolve: (c) => c.enterprise?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (c) => c.enterprise?.id ?? null }),
    contractStart: t.expose('contractStart', { type: 'Date', nullable: true }),
    contractEnd: t.expose('contractEnd', { type: 'Date', nullable: true }),
    officeArea: t.float({ nullable: true, description: '物业管理用房, m²', resolve: (c) => (c.officeArea == null ? null : Number(c.officeArea)) }),
    maintenanceFundBalance: t.float({
      nullable: true,
      description: '维修资金余额, yuan',
      resolve: (c) => (c.maintenanceFundBalance == null ? null : Number(c.maintenanceFundBalance)),
    }),
    handoverDeadline: t.expose('handoverDeadline', {
      type: 'Date',
      nullable: true,
      description: 'Set while the community is being handed over after its firm was expelled (清出市场): the deadline',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const CommunityFilter = builder.inputType('CommunityFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name or address' }),
    ids: t.idList({ required: false }),
    townshipId: t.id({ required: false }),
    enterpriseId: t.id({ required: false, description: 'Serving enterprise' }),
    type: t.field({ type: CommunityTypeEnum, required: false }),
    serviceMode: t.field({ type: ServiceModeEnum, required: false }),
  }),
});

defineListQuery({
  name: 'communities',
  description: 'Communities within the caller’s scope, paged',
  entity: Community,
  ref: CommunityRef,
  sortFields: ['name', 'households', 'floorArea', 'deliveryDate', 'contractEnd', 'createdAt'],
  filter: CommunityFilter,
  permission: 'community:read',
  capTotal: true,
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<Community>(
      communityScope(ctx),
      idsWhere(f?.ids),
      like ? { $or: [{ name: { $like: like } }, { address: { $like: like } }] } : {},
      f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.type ? { type: f.type } : {},
      f?.serviceMode ? { serviceMode: f.serviceMode } : {},
    );
  },
});

builder.queryField('community', (t) =>
  t.field({
    type: CommunityRef,
    nullable: true,
    authScopes: { perm: 'community:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const CommunityInput = builder.inputType('CommunityInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    townshipId: t.id({ required: true }),
    address: t.string({ required: false }),
    type: t.field({ type: CommunityTypeEnum, required: true }),
    households: t.int({ required: true }),
    floorArea: t.float({ required: true }),
    deliveryDate: t.field({ type: 'Date', required: false }),
    serviceMode: t.field({ type: ServiceModeEnum, required: true }),
    enterpriseId: t.id({ required: false }),
    contractStart: t.field({ type: 'Date', required: false }),
    contractEnd: t.field({ type: 'Date', required: false }),
    officeArea: t.float({ required: false }),
    maintenanceFundBalance: t.float({ required: false }),
  }),
});
const CommunityUpdateInput = builder.inputType('CommunityUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    townshipId: t.id({ required: false }),
    address: t.string({ required: false }),
    type: t.field({ type: CommunityTypeEnum, required: false }),
    households: t.int({ required: false }),
    floorArea: t.float({ required: false }),
    deliveryDate: t.field({ type: 'Date', required: false }),
    serviceMode: t.field({ type: ServiceModeEnum, required: false }),
    enterpriseId: t.id({ required: false }),
    contractStart: t.field({ type: 'Date', required: false }),
    contractEnd: t.field({ type: 'Date', required: false }),
    officeArea: t.float({ required: false }),
    maintenanceFundBalance: t.float({ required: false }),
  }),
});

/** undefined = not given (keep), null = cleared. */
const keep = <V>(v: V | null | undefined): V | null | undefined => v;

defineWriteMutations({
  typeName: 'Community',
  label: 'entity.community',
  ref: CommunityRef,
  createInput: CommunityInput,
  updateInput: CommunityUpdateInput,
  permissions: { create: 'community:create', update: 'community:update' },
  normalize: (i) => ({
    name: trimmed(i.name) ?? undefined,
    townshipId: i.townshipId == null ? undefined : String(i.townshipId),
    address: trimmed(i.address),
    type: (i.type ?? undefined) as CommunityType | undefined,
    households: i.households ?? undefined,
    floorArea: i.floorArea ?? undefined,
    deliveryDate: keep(i.deliveryDate),
    serviceMode: (i.serviceMode ?? undefined) as ServiceMode | undefined,
    // Leaving the enterprise mode clears the serving firm unless another is named.
    enterpriseId:
      i.enterpriseId === undefined ? (i.serviceMode && i.serviceMode !== 'ENTERPRISE' ? null : undefined) : i.enterpriseId ? String(i.enterpriseId) : null,
    contractStart: keep(i.contractStart),
    contractEnd: keep(i.contractEnd),
    officeArea: keep(i.officeArea),
    maintenanceFundBalance: keep(i.maintenanceFundBalance),
  }),
  kind: communityKind,
});
