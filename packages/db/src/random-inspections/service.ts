import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  drawActionIssue,
  drawInspections,
  drawStatusAfter,
  findingsOf,
  isIsoDate,
  policyInForce,
  randomInspectionPolicy,
  shanghaiDate,
  type Deduction,
  type DrawInputs,
  type FieldIssue,
} from '@wuye/domain';
import { Community, Department, DrawnCommunity, DrawnInspector, Inspection, Issue, PoolInspector, RandomDraw, Township, User } from '../entities/index.js';
import { createInspection, turnFindingsIntoIssues, type LoopActor } from '../closed-loop/service.js';
import { checkUnique, reference } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * 双随机一公开 writes (docs/random-inspections.md). Each command runs in the caller's transaction (the API adds the
 * audit row there) and refuses with RuleError before anything is flushed. The draw itself is the pure
 * `drawInspections` of @wuye/domain; this file gathers its inputs, stores them with the seed and stores the result.
 */

const userRef = (em: EntityManager, actor: LoopActor) => (actor.principal.userId ? em.getReference(User, Number(actor.principal.userId)) : null);

function text(issues: FieldIssue[], field: string, value: string | null | undefined, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) issues.push({ field, code: 'REQUIRED' });
  else if (Array.from(v).length > max) issues.push({ field, code: 'TOO_LONG', params: { max } });
  return v;
}

// ————— the inspector pool —————

export interface PoolInspectorInput {
  name: string;
  badgeNo: string;
  townshipId?: string | number | null;
  departmentId?: string | number | null;
}

/** Adds an inspector to the pool: from one township, one department, or the bureau (neither). */
export async function addPoolInspector(em: EntityManager, input: PoolInspectorInput): Promise<PoolInspector> {
  const issues: FieldIssue[] = [];
  const name = text(issues, 'name', input.name, 50);
  const badgeNo = text(issues, 'badgeNo', input.badgeNo, 40);
  const township = await reference(em, Township, 'townshipId', input.townshipId, issues);
  const department = await reference(em, Department, 'departmentId', input.departmentId, issues);
  if (township && department) issues.push({ field: 'departmentId', code: 'INSPECTOR_ONE_UNIT' });
  await checkUnique(em, PoolInspector, 'badgeNo', badgeNo, null, issues);
  failOn(issues);
  const inspector = em.create(PoolInspector, { name, badgeNo, township, department, active: true });
  await em.flush();
  return inspector;
}

/** Takes an inspector out of future draws (or back in); past draws keep naming them. */
export async function setPoolInspectorActive(em: EntityManager, inspector: PoolInspector, active: boolean): Promise<PoolInspector> {
  em.assign(inspector, { active });
  await em.flush();
  return inspector;
}

// ————— draw plans —————

export interface DrawPlanInput {
  title: string;
  policyCode: string;
  communityCount: number;
  /** Defaults to the policy's team size. */
  teamSize?: number | null;
  dueBy: string;
}

/** Plans a draw under the latest version of a policy in force today. */
export async function createDraw(em: EntityManager, input: DrawPlanInput, actor: LoopActor, now: Date): Promise<RandomDraw> {
  const issues: FieldIssue[] = [];
  const today = shanghaiDate(now);
  const title = text(issues, 'title', input.title, 100);
  const policy = randomInspectionPolicy(input.policyCode);
  if (!policy) issues.push({ field: 'policyCode', code: 'UNKNOWN_REFERENCE', params: { id: input.policyCode } });
  else if (!policyInForce(policy, today)) issues.push({ field: 'policyCode', code: 'NOT_IN_EFFECT' });
  const teamSize = input.teamSize ?? policy?.teamSize ?? 0;
  for (const [field, n] of [
    ['communityCount', input.communityCount],
    ['teamSize', teamSize],
  ] as const) {
    if (!Number.isInteger(n)) issues.push({ field, code: 'NOT_INTEGER' });
    else if (n < 1 || n > 1000) issues.push({ field, code: 'OUT_OF_RANGE', params: { min: 1, max: 1000 } });
  }
  if (!input.dueBy) issues.push({ field: 'dueBy', code: 'REQUIRED' });
  else if (!isIsoDate(input.dueBy)) issues.push({ field: 'dueBy', code: 'INVALID_DATE' });
  else if (input.dueBy < today) issues.push({ field: 'dueBy', code: 'DEADLINE_IN_PAST', params: { today } });
  failOn(issues);
  const draw = em.create(RandomDraw, {
    title,
    policyCode: policy!.code,
    policyVersion: policy!.version,
    communityCount: input.communityCount,
    teamSize,
    dueBy: input.dueBy,
    status: 'PLANNED',
    seed: null,
    inputs: null,
    drawnAt: null,
    publishedAt: null,
    createdBy: userRef(em, actor),
    createdAt: now,
  });
  await em.flush();
  return draw;
}

/**
 * The inputs of a draw made now: every community with its firm's grade and list status and the townships in charge
 * (its own, its firm's), the departments in charge of its firm (those the ledger has assigned the firm's issues to),
 * and the active inspectors of the pool. Ids as strings, in id order.
 */
export async function currentDrawInputs(em: EntityManager, communityCount: number, teamSize: number): Promise<DrawInputs> {
  const communities = await em.find(Community, {}, { populate: ['enterprise'], orderBy: { id: 'asc' } });
  const inCharge: { enterprise_id: number; department_id: number }[] = await (em as SqlEntityManager)
    .createQueryBuilder(Issue, 'i')
    .select(['i.enterprise', 'i.department'], true)
    .where({ enterprise: { $ne: null }, department: { $ne: null } })
    .execute('all', false);
  const departmentsOf = new Map<number, Set<string>>();
  for (const row of inCharge) {
    const set = departmentsOf.get(Number(row.enterprise_id)) ?? new Set<string>();
    set.add(String(row.department_id));
    departmentsOf.set(Number(row.enterprise_id), set);
  }
  const inspectors = await em.find(PoolInspector, { active: true }, { orderBy: { id: 'asc' } });
  return {
    communityCount,
    teamSize,
    communities: communities.map((c) => {
      const firm = c.enterprise ?? null;
      const townships = [String(c.township.id), ...(firm ? [String(firm.township.id)] : [])];
      return {
        id: String(c.id),
        grade: firm ? firm.grade : null,
        listStatus: firm ? firm.listStatus : null,
        townshipIds: [...new Set(townships)],
        departmentIds: firm ? [...(departmentsOf.get(firm.id) ?? [])].sort() : [],
      };
    }),
    inspectors: inspectors.map((i) => ({
      id: String(i.id),
      townshipId: i.township ? String(i.township.id) : null,
      departmentId: i.department ? String(i.department.id) : null,
    })),
  };
}

/** A fresh seed when the regulator gives none: 16 hex digits from the operating system's generator. */
export const freshSeed = () => randomBytes(8).toString('hex');

/**
 * Makes the draw: records the seed and the inputs gathered now, then stores what `drawInspections` drew. A draw is
 * made once; a refused draw (pool too small, too few inspectors without a conflict) writes nothing.
 */
export async function performDraw(em: EntityManager, draw: RandomDraw, seed: string | null, actor: LoopActor, now: Date): Promise<RandomDraw> {
  failOn([drawActionIssue(draw.status, 'PERFORM')].filter((i): i is FieldIssue => i !== null));
  const policy = randomInspectionPolicy(draw.policyCode, draw.policyVersion)!;
  const theSeed = seed?.trim() || freshSeed();
  const inputs = await currentDrawInputs(em, draw.communityCount, draw.teamSize);
  const outcome = drawInspections(policy, theSeed, inputs);
  if (!outcome.ok) throw new RuleError(outcome.issues);
  const communities = new Map((await em.find(Community, { id: { $in: outcome.communities.map((c) => Number(c.id)) } })).map((c) => [String(c.id), c]));
  for (const drawn of outcome.communities) {
    const community = communities.get(drawn.id)!;
    const row = em.create(DrawnCommunity, {
      draw,
      position: drawn.order,
      community,
      township: community.township,
      enterprise: community.enterprise ?? null,
      weight: drawn.weight,
      inspection: null,
    });
    drawn.inspectorIds.forEach((id, k) =>
      em.create(DrawnInspector, { drawnCommunity: row, inspector: em.getReference(PoolInspector, Number(id)), position: k + 1 }),
    );
  }
  em.assign(draw, { seed: theSeed, inputs, status: drawStatusAfter(draw.status, 'PERFORM'), drawnAt: now, drawnBy: userRef(em, actor) });
  await em.flush();
  return draw;
}

/** Publishes a drawn list on the public page; its results appear there as they are recorded. */
export async function publishDraw(em: EntityManager, draw: RandomDraw, actor: LoopActor, now: Date): Promise<RandomDraw> {
  failOn([drawActionIssue(draw.status, 'PUBLISH')].filter((i): i is FieldIssue => i !== null));
  em.assign(draw, { status: drawStatusAfter(draw.status, 'PUBLISH'), publishedAt: now, publishedBy: userRef(em, actor) });
  await em.flush();
  return draw;
}

export interface DrawResultInput {
  date: string;
  deductions: Deduction[];
  refusedToCooperate: boolean;
  note?: string | null;
  /** Put every finding into the closed-loop ledger at once (the inspection's findings can also be turned later). */
  turnFindings: boolean;
}

/**
 * Records a drawn community's inspection: an Inspection of kind RANDOM by the drawn team, through the closed loop's
 * own `createInspection` (scored, B10/B14 proposed as for any inspection); with `turnFindings`, its findings enter
 * the ledger through `turnFindingsIntoIssues`.
 */
export async function recordDrawResult(
  em: EntityManager,
  drawn: DrawnCommunity,
  input: DrawResultInput,
  actor: LoopActor,
  now: Date,
): Promise<{ drawn: DrawnCommunity; inspection: Inspection; issues: Issue[] }> {
  const draw = await em.findOneOrFail(RandomDraw, { id: drawn.draw.id });
  const refusal = drawActionIssue(draw.status, 'RECORD_RESULT');
  if (refusal) throw new RuleError([refusal]);
  if (drawn.inspection) throw new RuleError([{ field: 'drawnCommunityId', code: 'ALREADY_DONE' }]);
  if (input.date && isIsoDate(input.date) && draw.drawnAt && input.date < shanghaiDate(draw.drawnAt)) {
    throw new RuleError([{ field: 'date', code: 'DATE_OUT_OF_RANGE', params: { min: shanghaiDate(draw.drawnAt), max: shanghaiDate(now) } }]);
  }
  const team = await em.find(DrawnInspector, { drawnCommunity: drawn }, { populate: ['inspector'], orderBy: { position: 'asc' } });
  const inspection = await createInspection(
    em,
    {
      kind: 'RANDOM',
      date: input.date,
      inspectors: team.map((t) => t.inspector.name).join('、'),
      communityId: drawn.community.id,
      deductions: input.deductions,
      refusedToCooperate: input.refusedToCooperate,
      note: input.note ?? null,
    },
    actor,
    now,
  );
  em.assign(drawn, { inspection });
  await em.flush();
  const hasFindings = findingsOf(inspection.deductions).length > 0;
  const issues = input.turnFindings && hasFindings ? await turnFindingsIntoIssues(em, inspection, null, null, actor, now) : [];
  return { drawn, inspection, issues };
}
