import { AuditLog, rowById } from '@wuye/db';
import { builder } from '../builder.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';

/** The audit trail is read-only through the API: there is no mutation that changes it. */
export const AuditLogRef = builder.objectRef<AuditLog>('AuditLog').implement({
  description: 'One audited write: who, when, what and the changed fields',
  authScopes: { perm: 'auditLog:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.id({ nullable: true, resolve: (a) => a.actorId ?? null }),
    actorName: t.exposeString('actorName', { nullable: true }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true }),
    changes: t.expose('changes', { type: 'JSON', nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the action, actor or target' }),
    ids: t.idList({ required: false }),
    actorId: t.id({ required: false }),
    action: t.string({ required: false }),
    entityType: t.string({ required: false }),
    entityId: t.string({ required: false }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

defineListQuery({
  name: 'auditLogs',
  description: 'The audit trail, paged (ADMIN only)',
  entity: AuditLog,
  ref: AuditLogRef,
  sortFields: ['at', 'action', 'entityType'],
  filter: AuditLogFilter,
  permission: 'auditLog:read',
  capTotal: true,
  where: (_ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<AuditLog>(
      idsWhere(f?.ids),
      like ? { $or: [{ action: { $like: like } }, { actorName: { $like: like } }, { entityType: { $like: like } }, { entityId: { $like: like } }] } : {},
      f?.actorId ? { actorId: parseId(f.actorId) ?? 0 } : {},
      f?.action ? { action: f.action } : {},
      f?.entityType ? { entityType: f.entityType } : {},
      f?.entityId ? { entityId: f.entityId } : {},
      f?.from ? { at: { $gte: f.from } } : {},
      f?.to ? { at: { $lte: f.to } } : {},
    );
  },
});

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditLogRef,
    nullable: true,
    authScopes: { perm: 'auditLog:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => rowById(ctx.em, AuditLog, id),
  }),
);
