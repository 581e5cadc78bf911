import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { AGENCY_POSITIONS, ROLES } from '@wuye/domain';
import { Department, Enterprise, Township } from './registry.js';
import { Agency } from './leasing.js';

export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    username: p.string().length(40).unique(),
    displayName: p.string().length(50),
    /** argon2id PHC string. */
    passwordHash: p.string().length(200),
    role: p.enum([...ROLES]).index(),
    township: () => p.manyToOne(Township).nullable(),
    department: () => p.manyToOne(Department).nullable(),
    enterprise: () => p.manyToOne(Enterprise).nullable(),
    /** AGENCY: the agency and the member's position in its property working group. */
    agency: () => p.manyToOne(Agency).nullable(),
    position: p.enum([...AGENCY_POSITIONS]).nullable(),
    active: p.boolean().default(true),
    failedLogins: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    passwordChangedAt: p.datetime().nullable(),
    /**
     * PostgreSQL with a read replica: the primary's WAL position after this user's last write (`0/16B3748`). Their reads
     * go to the primary until the replica has replayed past it, on every instance (issue 18: read your own writes).
     */
    lastWriteLsn: p.string().length(30).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type User = InferEntity<typeof User>;

/** A login session; only the SHA-256 of the bearer token is stored. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    tokenHash: p.string().length(64).unique(),
    user: () => p.manyToOne(User).index(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    ip: p.string().length(64).nullable(),
    userAgent: p.string().length(300).nullable(),
  }),
});
export type Session = InferEntity<typeof Session>;

/** Append-only record of every write, made in the same transaction as the write. */
export const AuditLog = defineEntity({
  name: 'AuditLog',
  tableName: 'audit_log',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    at: p.datetime().index(),
    actorId: p.integer().nullable().index(),
    actorName: p.string().length(50).nullable(),
    action: p.string().length(60).index(),
    entityType: p.string().length(40).index(),
    entityId: p.string().length(40).nullable().index(),
    changes: p.json<Record<string, unknown>>().nullable(),
    ip: p.string().length(64).nullable(),
  }),
});
export type AuditLog = InferEntity<typeof AuditLog>;
