import { raw, type FilterQuery } from '@mikro-orm/core';
import { Department, departmentKind } from '@wuye/db';
import { type IssueCategory } from '@wuye/domain';
import { builder } from '../builder.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';
import { DepartmentRef, IssueCategoryEnum } from './refs/index.js';

const LABEL = 'entity.department';

DepartmentRef.implement({
  description: '部门 — a partner department and the categories it owns',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    code: t.exposeString('code'),
    remit: t.field({ type: [IssueCategoryEnum], resolve: (d) => d.remit }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const DepartmentFilter = builder.inputType('DepartmentFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name or code' }),
    ids: t.idList({ required: false }),
    category: t.field({ type: IssueCategoryEnum, required: false, description: 'Departments owning this category' }),
  }),
});

defineListQuery({
  name: 'departments',
  description: 'Partner departments, paged',
  entity: Department,
  ref: DepartmentRef,
  sortFields: ['name', 'code', 'createdAt'],
  filter: DepartmentFilter,
  permission: 'department:read',
  where: (_ctx, f) =>
    and<Department>(
      idsWhere(f?.ids),
      f?.q ? { $or: [{ name: { $like: likePattern(f.q) } }, { code: { $like: likePattern(f.q) } }] } : {},
      // remit is a JSON array of fixed codes, so a quoted LIKE match on its text is exact (PostgreSQL's jsonb has no
      // LIKE: compare its text form on both drivers).
      f?.category ? ({ [raw((alias) => `cast(${alias}.remit as text)`)]: { $like: `%"${f.category}"%` } } as FilterQuery<Department>) : {},
    ),
});

builder.queryField('department', (t) =>
  t.field({
    type: DepartmentRef,
    nullable: true,
    authScopes: { perm: 'department:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const DepartmentInput = builder.inputType('DepartmentInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    code: t.string({ required: true }),
    remit: t.field({ type: [IssueCategoryEnum], required: true }),
  }),
});
const DepartmentUpdateInput = builder.inputType('DepartmentUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    code: t.string({ required: false }),
    remit: t.field({ type: [IssueCategoryEnum], required: false }),
  }),
});

defineWriteMutations({
  typeName: 'Department',
  label: LABEL,
  ref: DepartmentRef,
  createInput: DepartmentInput,
  updateInput: DepartmentUpdateInput,
  permissions: { create: 'department:create', update: 'department:update' },
  normalize: (i) => ({
    name: trimmed(i.name) ?? undefined,
    code: trimmed(i.code) ?? undefined,
    remit: i.remit ? ([...new Set(i.remit)] as IssueCategory[]) : undefined,
  }),
  kind: departmentKind,
});
