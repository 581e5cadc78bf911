import { ManagerAppointment, ProjectManager, addManagerAppointment, childRows, projectManagerKind, rankManagers, type ManagerRankingRow } from '@wuye/db';
import { z } from 'zod';
import { maskPhone, seesPersonalData } from '@wuye/domain';
import { bounds, builder } from '../builder.js';
import type { Context } from '../context.js';
import { defineWriteMutations, trimmed } from '../crud.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and, projectManagerScope } from '../scoping.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CommunityRef, CreditGradeEnum, EnterpriseRef, ProjectManagerRef } from './refs/index.js';

const LABEL = 'entity.projectManager';

export const AppointmentRef = builder.objectRef<ManagerAppointment>('ManagerAppointment').implement({
  description: 'A project manager’s appointment to a community (任职记录)',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    managerId: t.id({ resolve: (a) => a.manager.id }),
    communityId: t.id({ resolve: (a) => a.community.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (a) => a.community.id }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    registeredOn: t.expose('registeredOn', { type: 'Date', nullable: true, description: '备案日期' }),
  }),
});

ProjectManagerRef.implement({
  description: '项目经理 — a project manager employed by an enterprise',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    enterpriseId: t.id({ resolve: (m) => m.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (m) => m.enterprise.id }),
    certificateNo: t.exposeString('certificateNo'),
    phone: t.string({
      nullable: true,
      description: 'Personal data: masked unless the caller is ADMIN, REGULATOR or the employing firm',
      resolve: (m, _a, ctx) =>
        m.phone == null || seesPersonalData(ctx.principal, { employerEnterpriseId: String(m.enterprise.id) }) ? (m.phone ?? null) : maskPhone(m.phone),
    }),
    appointments: t.loadableGroup({
      type: AppointmentRef,
      description: 'Appointment history, newest first',
      load: (ids: number[], ctx: Context) => childRows(ctx.em, ManagerAppointment, 'manager', ids, [{ startDate: 'desc' }, { id: 'desc' }]),
      group: (a) => a.manager.id,
      resolve: (m) => m.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectField(CommunityRef, 'currentManager', (t) =>
  t.loadable({
    type: ProjectManagerRef,
    nullable: true,
    description: 'The project manager whose appointment is open (no end date)',
    load: async (ids: number[], ctx: Context) => {
      const open = await childRows(ctx.em, ManagerAppointment, 'community', ids, { startDate: 'desc' }, { endDate: null });
      const byCommunity = new Map<number, number>();
      for (const a of open) if (!byCommunity.has(a.community.id)) byCommunity.set(a.community.id, a.manager.id);
      return ids.map((id) => byCommunity.get(id) ?? null);
    },
    resolve: (c) => c.id,
  }),
);

const ProjectManagerFilter = builder.inputType('ProjectManagerFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name or certificate no.' }),
    ids: t.idList({ required: false }),
    enterpriseId: t.id({ required: false }),
  }),
});

defineListQuery({
  name: 'projectManagers',
  description: 'Project managers within the caller’s scope, paged',
  entity: ProjectManager,
  ref: ProjectManagerRef,
  sortFields: ['name', 'certificateNo', 'score', 'createdAt'],
  filter: ProjectManagerFilter,
  permission: 'projectManager:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<ProjectManager>(
      projectManagerScope(ctx),
      idsWhere(f?.ids),
      like ? { $or: [{ name: { $like: like } }, { certificateNo: { $like: like } }] } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
    );
  },
});

builder.queryField('projectManager', (t) =>
  t.field({
    type: ProjectManagerRef,
    nullable: true,
    authScopes: { perm: 'projectManager:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const ProjectManagerInput = builder.inputType('ProjectManagerInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    enterpriseId: t.id({ required: true }),
    certificateNo: t.string({ required: true }),
    phone: t.string({ required: false }),
  }),
});
const ProjectManagerUpdateInput = builder.inputType('ProjectManagerUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    enterpriseId: t.id({ required: false }),
    certificateNo: t.string({ required: false }),
    phone: t.string({ required: false }),
  }),
});

defineWriteMutations({
  typeName: 'ProjectManager',
  label: LABEL,
  ref: ProjectManagerRef,
  createInput: ProjectManagerInput,
  updateInput: ProjectManagerUpdateInput,
  permissions: { create: 'projectManager:create', update: 'projectManager:update' },
  normalize: (i) => ({
    name: trimmed(i.name) ?? undefined,
    enterpriseId: i.enterpriseId == null ? undefined : String(i.enterpriseId),
    certificateNo: trimmed(i.certificateNo) ?? undefined,
    phone: trimmed(i.phone) || (i.phone === undefined ? undefined : null),
  }),
  kind: projectManagerKind,
});

const AppointmentInput = builder.inputType('ManagerAppointmentInput', {
  fields: (t) => ({
    communityId: t.id({ required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', required: false }),
    registeredOn: t.field({ type: 'Date', required: false, description: '备案日期 (B11 looks at its distance from startDate)' }),
  }),
});

builder.mutationField('addManagerAppointment', (t) =>
  t.field({
    type: AppointmentRef,
    description: 'Records a manager’s appointment to a community of the manager’s firm',
    authScopes: { perm: 'projectManager:update' },
    errors: { types: WRITE_ERRORS },
    args: { managerId: t.arg.id({ required: true }), input: t.arg({ type: AppointmentInput, required: true }) },
    resolve: (_r, { managerId, input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const appointment = await addManagerAppointment(em, ctx.principal, managerId, projectManagerScope(ctx), input);
        if (!appointment) throw notFound(LABEL, String(managerId), ctx.locale);
        return {
          result: appointment,
          audit: { action: 'managerAppointment.create', entityType: 'ManagerAppointment', entityId: appointment.id, changes: { managerId, ...input } },
        };
      }),
  }),
);

const ManagerRankingRowRef = builder.objectRef<ManagerRankingRow>('ManagerRankingRow').implement({
  description: 'One project manager in the credit ranking',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Rank among the managers of all active firms of the county' }),
    managerId: t.id({ resolve: (r) => r.manager.id }),
    name: t.string({ resolve: (r) => r.manager.name }),
    certificateNo: t.string({ resolve: (r) => r.manager.certificateNo }),
    enterpriseId: t.id({ resolve: (r) => r.manager.enterprise.id }),
    enterpriseName: t.string({ resolve: (r) => r.manager.enterprise.name }),
    score: t.float({ resolve: (r) => Number(r.manager.score) }),
    grade: t.field({ type: CreditGradeEnum, resolve: (r) => r.manager.grade }),
  }),
});

const ManagerRankingPageRef = builder.objectRef<{ items: ManagerRankingRow[]; total: number }>('ManagerRankingPage').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    items: t.field({ type: [ManagerRankingRowRef], resolve: (p) => p.items }),
    total: t.exposeInt('total'),
  }),
});

builder.queryField('managerRanking', (t) =>
  t.field({
    type: ManagerRankingPageRef,
    description:
      'Project managers of active firms ranked by credit today (score desc, then certificate no.), each with their county rank; ' +
      'a firm’s manager sees only their own firm’s managers, a township those of the firms in its area',
    authScopes: { perm: 'credit:read' },
    args: {
      enterpriseId: t.arg.id({ required: false }),
      grade: t.arg({ type: CreditGradeEnum, required: false }),
      worstFirst: t.arg.boolean({ required: false, description: 'Lowest standing first; ranks still counted from the best' }),
      page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
      perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(bounds.perPage!.min).max(bounds.perPage!.max) }),
    },
    resolve: (_r, a, ctx) =>
      rankManagers(ctx.em, {
        scope: projectManagerScope(ctx),
        enterpriseId: a.enterpriseId ? (parseId(a.enterpriseId) ?? 0) : null,
        grade: a.grade ?? null,
        worstFirst: a.worstFirst ?? false,
        page: a.page ?? 1,
        perPage: a.perPage ?? 25,
      }),
  }),
);
