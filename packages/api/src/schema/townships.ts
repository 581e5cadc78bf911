import { Township, townshipKind } from '@wuye/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { countGrouped } from '../counts.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';
import { TownshipRef } from './refs/index.js';

const LABEL = 'entity.township';

TownshipRef.implement({
  description: '乡镇/街道 — a township or sub-district of the county',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    code: t.exposeString('code'),
    communityCount: t.loadable({
      type: 'Int',
      description: 'Communities located in the township',
      load: (ids: number[], ctx: Context) => countGrouped(ctx.em, 'Community', 'township', ids),
      resolve: (town) => town.id,
    }),
    enterpriseCount: t.loadable({
      type: 'Int',
      description: 'Enterprises registered in the township',
      load: (ids: number[], ctx: Context) => countGrouped(ctx.em, 'Enterprise', 'township', ids),
      resolve: (town) => town.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const TownshipFilter = builder.inputType('TownshipFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name or code' }),
    ids: t.idList({ required: false }),
  }),
});

defineListQuery({
  name: 'townships',
  description: 'Townships, paged',
  entity: Township,
  ref: TownshipRef,
  sortFields: ['name', 'code', 'createdAt'],
  filter: TownshipFilter,
  permission: 'township:read',
  where: (_ctx, f) => and<Township>(idsWhere(f?.ids), f?.q ? { $or: [{ name: { $like: likePattern(f.q) } }, { code: { $like: likePattern(f.q) } }] } : {}),
});

builder.queryField('township', (t) =>
  t.field({
    type: TownshipRef,
    nullable: true,
    authScopes: { perm: 'township:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const TownshipInput = builder.inputType('TownshipInput', {
  fields: (t) => ({ name: t.string({ required: true }), code: t.string({ required: true }) }),
});
const TownshipUpdateInput = builder.inputType('TownshipUpdateInput', {
  fields: (t) => ({ name: t.string({ required: false }), code: t.string({ required: false }) }),
});

defineWriteMutations({
  typeName: 'Township',
  label: LABEL,
  ref: TownshipRef,
  createInput: TownshipInput,
  updateInput: TownshipUpdateInput,
  permissions: { create: 'township:create', update: 'township:update' },
  normalize: (i) => ({ name: trimmed(i.name) ?? undefined, code: trimmed(i.code) ?? undefined }),
  kind: townshipKind,
});
