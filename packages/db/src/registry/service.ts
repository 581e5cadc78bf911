import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { checkAppointment, type FieldIssue, type Principal } from '@wuye/domain';
import { diffFields } from '../audit.js';
import { clock } from '../clock.js';
import { Community, ManagerAppointment, ProjectManager } from '../entities/index.js';
import { parseId, reference } from '../references.js';
import { failOn } from '../rule-error.js';

/**
 * Registry writes (docs/product.md §2): one create and one update sequence for every kind of registry row — the final
 * record meets every rule of its kind (domain registry-rules.ts, references, uniqueness, the caller's scope) or
 * nothing is written. The kinds are in kinds.ts; the caller's transaction also holds the audit row.
 */

/** How one kind of row is checked and stored; `D` is the row as plain data, compared for the audit trail. */
export interface RegistryKind<T extends { id: number }, D extends Record<string, unknown>> {
  entity: EntityName<T>;
  snapshot: (row: T) => D;
  /** Every rule the final record must meet, including references, uniqueness and the caller's scope. */
  validate: (em: EntityManager, data: D, existing: T | null, who: Principal | null) => Promise<FieldIssue[]>;
  /** Writes the checked data onto a new or existing row. */
  apply: (em: EntityManager, data: D, existing: T | null) => T;
  /** Follow-up work in the same transaction, after the row is flushed. */
  afterWrite?: (em: EntityManager, row: T, data: D, before: D | null, today: string) => Promise<void>;
  /** Whether the caller may change this existing row at all (row scoping); false reads as not found. */
  canUpdate?: (row: T, who: Principal | null) => boolean;
}

export interface RegistryWrite<T, D> {
  row: T;
  /** What changed, for the audit trail: the data on create, the changed fields on update. */
  changes: Record<string, unknown>;
  data: D;
}

export async function createRegistryRow<T extends { id: number }, D extends Record<string, unknown>>(
  em: EntityManager,
  kind: RegistryKind<T, D>,
  data: D,
  who: Principal | null,
  today = clock.today(),
): Promise<RegistryWrite<T, D>> {
  failOn(await kind.validate(em, data, null, who));
  const row = kind.apply(em, data, null);
  await em.flush();
  await kind.afterWrite?.(em, row, data, null, today);
  return { row, changes: data, data };
}

/** Applies the given fields (undefined ones are left alone) to a row; null when there is no such row for the caller. */
export async function updateRegistryRow<T extends { id: number }, D extends Record<string, unknown>>(
  em: EntityManager,
  kind: RegistryKind<T, D>,
  id: string | number,
  patch: Partial<D>,
  who: Principal | null,
  today = clock.today(),
): Promise<RegistryWrite<T, D> | null> {
  const row = (await em.findOne(kind.entity, { id: parseId(id) ?? 0 } as never)) as T | null;
  if (!row || (kind.canUpdate && !kind.canUpdate(row, who))) return null;
  const before = kind.snapshot(row);
  const data = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as D;
  failOn(await kind.validate(em, data, row, who));
  kind.apply(em, data, row);
  await em.flush();
  await kind.afterWrite?.(em, row, data, before, today);
  return { row, changes: diffFields(before, data), data };
}

/** A firm manager acts only for their own firm. */
export function ownFirmIssue(who: Principal | null, enterpriseId: string | null | undefined): FieldIssue[] {
  return who?.role === 'ENTERPRISE' && enterpriseId !== who.enterpriseId ? [{ field: 'enterpriseId', code: 'OUT_OF_SCOPE' }] : [];
}

export interface AppointmentInput {
  communityId: string | number;
  startDate: string;
  endDate?: string | null;
  registeredOn?: string | null;
}

/**
 * Records a manager's appointment to a community (任职记录); a firm appoints its own managers to the communities
 * it serves. `scope` is the caller's view of managers; null when the manager is not in it.
 */
export async function addManagerAppointment(
  em: EntityManager,
  who: Principal | null,
  managerId: string | number,
  scope: FilterQuery<ProjectManager>,
  input: AppointmentInput,
): Promise<ManagerAppointment | null> {
  const byId = { id: parseId(managerId) ?? 0 };
  const manager = await em.findOne(ProjectManager, (Object.keys(scope).length ? { $and: [byId, scope] } : byId) as FilterQuery<ProjectManager>);
  if (!manager) return null;
  const issues = [...checkAppointment(input), ...ownFirmIssue(who, String(manager.enterprise.id))];
  const community = await reference(em, Community, 'communityId', input.communityId, issues);
  if (community && who?.role === 'ENTERPRISE' && community.enterprise?.id !== manager.enterprise.id)
    issues.push({ field: 'communityId', code: 'OUT_OF_SCOPE' });
  failOn(issues);
  const appointment = em.create(ManagerAppointment, {
    manager,
    community: community!,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    registeredOn: input.registeredOn ?? null,
  });
  await em.flush();
  return appointment;
}
