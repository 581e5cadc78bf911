import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  isIsoDate,
  planTypeIssue,
  recordItemResult,
  shanghaiDate,
  specialFindings,
  specialInspectionActionIssue,
  specialInspectionPolicy,
  specialStatusAfter,
  type FieldIssue,
  type Principal,
  type SpecialChecklistItem,
  type SpecialInspectionAction,
  type SpecialInspectionStatus,
  type SpecialInspectionType,
} from '@wuye/domain';
import { Community, Department, Issue, SpecialInspection, User } from '../entities/index.js';
import { registerIssue, type LoopActor } from '../closed-loop/service.js';
import { parseId, reference } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * 专项检查 writes (docs/special-inspections.md). Each command runs in the caller's transaction (the API's auditedWrite
 * and the demo seed add the audit row there) and refuses with RuleError before anything is flushed. The rules are
 * @wuye/domain's (special-inspections/); completing an inspection puts each failed item into the closed loop's
 * ledger through the ledger's own `registerIssue`, routed to the department owning the item's category.
 */

const userRef = (em: EntityManager, actor: LoopActor) => (actor.principal.userId ? em.getReference(User, Number(actor.principal.userId)) : null);

/** The checklist an inspection is read against: its type's items in the policy version it was planned under. */
export function checklistOf(s: { type: SpecialInspectionType; policyVersion: number }): readonly SpecialChecklistItem[] {
  return specialInspectionPolicy(s.policyVersion)?.templates[s.type].items ?? [];
}

/** The domain's view of a stored inspection. */
export const specialState = (s: SpecialInspection) => ({ status: s.status, departmentId: String(s.department.id), results: s.results });

function text(issues: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) issues.push({ field, code: 'REQUIRED' });
    return null;
  }
  if (Array.from(v).length > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
  return v;
}

/** A day of the inspection: a real date, within a year of today; `past` days may not be after today. */
function day(issues: FieldIssue[], field: string, value: string | null | undefined, now: Date, past: boolean): string {
  const today = shanghaiDate(now);
  const v = value?.trim() || (past ? today : '');
  if (!v) issues.push({ field, code: 'REQUIRED' });
  else if (!isIsoDate(v)) issues.push({ field, code: 'INVALID_DATE' });
  else {
    const min = shanghaiDate(new Date(now.getTime() - 366 * 86_400_000));
    const max = past ? today : shanghaiDate(new Date(now.getTime() + 366 * 86_400_000));
    if (v < min || v > max) issues.push({ field, code: 'DATE_OUT_OF_RANGE', params: { min, max } });
  }
  return v;
}

/**
 * The inspection re-read under a row lock (SELECT … FOR UPDATE on PostgreSQL; SQLite runs one writing transaction at a
 * time): a step works on the committed state, and a concurrent step on the same inspection waits until this
 * transaction ends. Recording an item rewrites the whole results list, so without the lock two officers recording
 * different items at once would each write the list they had read and one record would be lost. Needs the caller's
 * transaction (the API's auditedWrite, the seed's).
 */
async function locked(em: EntityManager, s: SpecialInspection): Promise<SpecialInspection> {
  return em.findOneOrFail(SpecialInspection, { id: s.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

function refuse(s: SpecialInspection, action: SpecialInspectionAction, actor: LoopActor): void {
  const issue = specialInspectionActionIssue(specialState(s), checklistOf(s), action, actor.principal);
  if (issue) throw new RuleError([issue]);
}

export interface PlanSpecialInspectionInput {
  type: string;
  communityId: string | number | null;
  plannedOn: string;
  inspectors: string;
  note?: string | null;
}

/** The caller's department plans an inspection of a type its remit covers, under the checklist version in force today. */
export async function planSpecialInspection(em: EntityManager, input: PlanSpecialInspectionInput, actor: LoopActor, now: Date): Promise<SpecialInspection> {
  const p = actor.principal;
  const departmentId = p.role === 'DEPARTMENT' ? parseId(p.departmentId ?? '') : null;
  const department = departmentId ? await em.findOne(Department, { id: departmentId }) : null;
  if (!department) throw new RuleError([{ field: 'departmentId', code: 'OUT_OF_SCOPE' }]);
  const issues: FieldIssue[] = [];
  const policy = specialInspectionPolicy(undefined, shanghaiDate(now));
  if (!policy) throw new RuleError([{ field: 'type', code: 'NOT_IN_EFFECT' }]);
  const typeIssue = planTypeIssue(input.type, department.remit, policy);
  if (typeIssue) issues.push(typeIssue);
  if (input.communityId == null || input.communityId === '') issues.push({ field: 'communityId', code: 'REQUIRED' });
  const community = await reference(em, Community, 'communityId', input.communityId, issues);
  const plannedOn = day(issues, 'plannedOn', input.plannedOn, now, false);
  const inspectors = text(issues, 'inspectors', input.inspectors, 200, true);
  const note = text(issues, 'note', input.note, 2000, false);
  failOn(issues);
  const inspection = em.create(SpecialInspection, {
    type: input.type as SpecialInspectionType,
    policyVersion: policy.version,
    department,
    community: community!,
    township: community!.township,
    enterprise: community!.enterprise ?? null,
    status: 'PLANNED',
    plannedOn,
    startedOn: null,
    completedOn: null,
    inspectors: inspectors!,
    note,
    results: [],
    createdBy: userRef(em, actor),
  });
  await em.flush();
  return inspection;
}

/** Its department starts the inspection on site (today unless another past day is given). */
export async function startSpecialInspection(
  em: EntityManager,
  s: SpecialInspection,
  input: { startedOn?: string | null },
  actor: LoopActor,
  now: Date,
): Promise<SpecialInspection> {
  s = await locked(em, s);
  refuse(s, 'START', actor);
  const issues: FieldIssue[] = [];
  const startedOn = day(issues, 'startedOn', input.startedOn, now, true);
  failOn(issues);
  em.assign(s, { status: specialStatusAfter(s.status, 'START'), startedOn });
  await em.flush();
  return s;
}

/**
 * Records one checklist item pass or fail (a fail with a note saying what was found); recording it again replaces it.
 * The results are read under the row lock, so two items recorded at once are both kept.
 */
export async function recordSpecialInspectionItem(
  em: EntityManager,
  s: SpecialInspection,
  input: { itemId: string; passed: boolean; note?: string | null },
  actor: LoopActor,
): Promise<SpecialInspection> {
  s = await locked(em, s);
  refuse(s, 'RECORD', actor);
  const recorded = recordItemResult(checklistOf(s), s.results, input);
  if (!recorded.ok) throw new RuleError(recorded.issues);
  em.assign(s, { results: recorded.results });
  await em.flush();
  return s;
}

/**
 * Completes the inspection once every item is recorded: each failed item becomes an issue of the ledger (source
 * SPECIAL_INSPECTION, the item's category, the serving firm, routed to the department owning the category), in the
 * same transaction.
 */
export async function completeSpecialInspection(
  em: EntityManager,
  s: SpecialInspection,
  input: { completedOn?: string | null },
  actor: LoopActor,
  now: Date,
): Promise<{ inspection: SpecialInspection; issues: Issue[] }> {
  s = await locked(em, s);
  refuse(s, 'COMPLETE', actor);
  const issues: FieldIssue[] = [];
  const completedOn = day(issues, 'completedOn', input.completedOn, now, true);
  if (!issues.length && s.startedOn && completedOn < s.startedOn) issues.push({ field: 'completedOn', code: 'DATE_BEFORE', params: { other: s.startedOn } });
  failOn(issues);
  const community = await em.findOneOrFail(Community, { id: s.community.id }, { populate: ['enterprise'] });
  const department = await em.findOneOrFail(Department, { id: s.department.id });
  const label = specialInspectionPolicy(s.policyVersion)!.templates[s.type].label['zh-CN'];
  const created: Issue[] = [];
  for (const f of specialFindings(checklistOf(s), s.results)) {
    created.push(
      await registerIssue(
        em,
        {
          source: 'SPECIAL_INSPECTION',
          sourceId: String(s.id),
          checklistItemId: f.itemId,
          category: f.category,
          title: `[${label}] ${f.text}`.slice(0, 200),
          description: `${completedOn} ${department.name}${label} #${s.id}（${f.itemId}）不合格${f.note ? `：${f.note}` : ''}`,
          communityId: community.id,
        },
        actor,
        now,
      ),
    );
  }
  em.assign(s, {
    status: specialStatusAfter(s.status, 'COMPLETE'),
    completedOn,
    enterprise: community.enterprise ?? null,
    completedBy: userRef(em, actor),
  });
  await em.flush();
  return { inspection: s, issues: created };
}

// ————— reads —————

/** Which special inspections a caller sees: the bureau all, a department its own, a firm those of the communities it serves. */
export function specialInspectionScope(p: Principal | null | undefined): FilterQuery<SpecialInspection> | null {
  switch (p?.role) {
    case 'ADMIN':
    case 'REGULATOR':
      return {};
    case 'DEPARTMENT':
      return { department: parseId(p.departmentId ?? '') ?? -1 };
    case 'ENTERPRISE':
      return { community: { enterprise: parseId(p.enterpriseId ?? '') ?? -1 } };
    default:
      return null;
  }
}

export interface SpecialInspectionFilter {
  type?: SpecialInspectionType | null;
  status?: SpecialInspectionStatus | null;
  departmentId?: string | null;
  communityId?: string | null;
  townshipId?: string | null;
}

/** The inspections a caller sees, filtered, newest planned first. */
export async function specialInspectionsFor(em: EntityManager, p: Principal | null | undefined, f: SpecialInspectionFilter = {}): Promise<SpecialInspection[]> {
  const scope = specialInspectionScope(p);
  if (!scope) return [];
  const where: FilterQuery<SpecialInspection>[] = [scope];
  if (f.type) where.push({ type: f.type });
  if (f.status) where.push({ status: f.status });
  for (const [key, value] of [
    ['department', f.departmentId],
    ['community', f.communityId],
    ['township', f.townshipId],
  ] as const) {
    if (value) where.push({ [key]: parseId(value) ?? -1 } as FilterQuery<SpecialInspection>);
  }
  return em.find(SpecialInspection, { $and: where }, { orderBy: [{ plannedOn: 'desc' }, { id: 'desc' }] });
}

/** One inspection, if the caller sees it. */
export async function specialInspectionFor(em: EntityManager, p: Principal | null | undefined, id: string | number): Promise<SpecialInspection | null> {
  const scope = specialInspectionScope(p);
  const key = parseId(String(id));
  if (!scope || !key) return null;
  return em.findOne(SpecialInspection, { $and: [scope, { id: key }] });
}

/** The issues completed inspections put into the ledger, by inspection id (one statement for a page of inspections). */
export async function issuesOfSpecialInspections(em: EntityManager, ids: readonly number[]): Promise<Map<number, Issue[]>> {
  const byId = new Map<number, Issue[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await em.find(Issue, { source: 'SPECIAL_INSPECTION', sourceId: { $in: ids.map(String) } }, { orderBy: { id: 'asc' } });
  for (const issue of rows) byId.get(Number(issue.sourceId))?.push(issue);
  return byId;
}
