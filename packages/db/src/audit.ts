import type { EntityManager } from '@mikro-orm/core';
import { clock } from './clock.js';
import { AuditLog } from './entities/index.js';

export interface AuditActor {
  userId: number | null;
  name: string | null;
  ip?: string | null;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  changes?: Record<string, unknown> | null;
}

/** Secrets never enter the audit trail, whatever a caller passes: only the fact that they changed. */
const SECRET_KEY = /password|token|secret/i;
function redact(changes: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!changes) return null;
  return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : v]));
}

/** Queues an audit row on the given (transactional) EntityManager, so it commits or rolls back with the write. */
export function recordAudit(em: EntityManager, actor: AuditActor, event: AuditEvent): void {
  em.create(AuditLog, {
    at: clock.now(),
    actorId: actor.userId,
    actorName: actor.name,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId == null ? null : String(event.entityId),
    changes: redact(event.changes),
    ip: actor.ip ?? null,
  });
}

/** Field-level diff for the audit trail: only changed keys, before and after. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return out;
}
