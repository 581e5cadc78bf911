import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { checkTownshipPlan, townshipPlanScopeIssue, townshipPlanStatusIssue, type FieldIssue, type Principal, type TownshipPlanInput } from '@wuye/domain';
import { Township, TownshipPlan, User } from '../entities/index.js';
import { clock } from '../clock.js';
import { parseId } from '../references.js';
import { failOn } from '../rule-error.js';

/**
 * A township's leader and work plan for the campaign (seed part 7 四(一)); rules in @wuye/domain
 * (campaign/township-plan.ts). The township writes its own plan (one per year), edits the draft and files it; a
 * filed plan stands as filed. Each command takes the caller's transactional EntityManager and throws RuleError before
 * anything is flushed when a rule refuses.
 */

type Id = string | number;

const tidy = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

function fieldsOf(input: TownshipPlanInput) {
  return {
    year: input.year,
    leaderName: input.leaderName.trim(),
    leaderPosition: input.leaderPosition.trim(),
    mechanism: input.mechanism.trim(),
    schedule: input.schedule.trim(),
    tasks: input.tasks.trim(),
    resources: tidy(input.resources),
  };
}

/** The township's plan for a year, written by its own staff (the caller's township); one per township and year. */
export async function createTownshipPlan(em: EntityManager, who: Principal, input: TownshipPlanInput): Promise<TownshipPlan> {
  const townshipId = who.townshipId ?? '';
  const scope = townshipPlanScopeIssue({ townshipId }, who);
  if (scope) failOn([scope]);
  const issues: FieldIssue[] = checkTownshipPlan(input);
  const township = await em.findOne(Township, { id: parseId(townshipId) ?? 0 });
  if (!township) issues.push({ field: 'townshipId', code: 'UNKNOWN_REFERENCE', params: { id: townshipId } });
  if (!issues.length && (await em.count(TownshipPlan, { township: township!.id, year: input.year })) > 0)
    issues.push({ field: 'year', code: 'PLAN_EXISTS', params: { year: input.year } });
  failOn(issues);
  const plan = em.create(TownshipPlan, {
    township: township!,
    ...fieldsOf(input),
    status: 'DRAFT',
    createdBy: who.userId ? em.getReference(User, Number(who.userId)) : null,
  });
  await em.flush();
  return plan;
}

/** Rewrites a draft (the year stays); refused once filed or for anyone but the township's own staff. Null: no such plan. */
export async function updateTownshipPlan(em: EntityManager, who: Principal, id: Id, input: Omit<TownshipPlanInput, 'year'>): Promise<TownshipPlan | null> {
  const plan = await em.findOne(TownshipPlan, { id: parseId(id) ?? 0 });
  if (!plan) return null;
  const refused = townshipPlanScopeIssue({ townshipId: String(plan.township.id) }, who) ?? townshipPlanStatusIssue(plan);
  failOn(refused ? [refused] : checkTownshipPlan({ ...input, year: plan.year }));
  const { year: _year, ...fields } = fieldsOf({ ...input, year: plan.year });
  Object.assign(plan, fields);
  await em.flush();
  return plan;
}

/** Files the plan (报备) with the leading group; a filed plan is not edited or filed again. Null: no such plan. */
export async function fileTownshipPlan(em: EntityManager, who: Principal, id: Id): Promise<TownshipPlan | null> {
  const plan = await em.findOne(TownshipPlan, { id: parseId(id) ?? 0 });
  if (!plan) return null;
  const refused = townshipPlanScopeIssue({ townshipId: String(plan.township.id) }, who) ?? townshipPlanStatusIssue(plan);
  if (refused) failOn([refused]);
  Object.assign(plan, { status: 'FILED', filedAt: clock.now(), filedBy: who.userId ? em.getReference(User, Number(who.userId)) : null });
  await em.flush();
  return plan;
}

export interface TownshipPlanFilter {
  year?: number | null;
  townshipId?: Id | null;
  status?: 'DRAFT' | 'FILED' | null;
}

/**
 * Plans as a caller sees them: a township its own only; the bureau, departments and analysts all (the API passes
 * `townshipScope` = the caller's township for TOWNSHIP, null for everyone allowed to read all).
 */
export async function townshipPlans(em: EntityManager, townshipScope: number | null, filter: TownshipPlanFilter = {}): Promise<TownshipPlan[]> {
  const where: FilterQuery<TownshipPlan> = {};
  if (townshipScope != null) where.township = townshipScope;
  if (filter.townshipId != null && filter.townshipId !== '') {
    const t = parseId(filter.townshipId) ?? 0;
    if (townshipScope != null && t !== townshipScope) return [];
    where.township = t;
  }
  if (filter.year != null) where.year = filter.year;
  if (filter.status) where.status = filter.status;
  return em.find(TownshipPlan, where, { populate: ['township'], orderBy: { year: 'DESC', township: { code: 'ASC' } } });
}
