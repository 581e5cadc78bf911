import type { EntityManager } from '@mikro-orm/core';
import {
  checkDeveloper,
  checkHandoverDate,
  checkRecommendationReasons,
  policyOn,
  RECOMMENDATION_POLICIES,
  recommendationActionIssue,
  recommendationEligibilityIssue,
  responsibleDeveloper,
  shanghaiDate,
  WARRANTY_POLICIES,
  type FieldIssue,
  type RecommendationPolicy,
  type WarrantyFinding,
} from '@wuye/domain';
import { Community, CreditRecommendation, Developer, DeveloperProject, Enterprise, Issue, User } from '../entities/index.js';
import type { LoopActor } from '../closed-loop/service.js';
import { checkUnique, reference } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * 建设单位 and 向上级推荐信用升级 (docs/developers.md). Each command runs in the caller's transaction (the API adds the
 * audit row there) and refuses with RuleError before anything is written; the rules are @wuye/domain's developers/.
 */

const userRef = (em: EntityManager, actor: LoopActor) => (actor.principal.userId ? em.getReference(User, Number(actor.principal.userId)) : null);
const trimmed = (v: string | null | undefined) => v?.trim() || null;

export interface DeveloperInput {
  name: string;
  uscc: string;
  contactPerson?: string | null;
  contactPhone?: string | null;
  address?: string | null;
}

/** Registers a developer: the record's rules and a USCC no other developer holds. */
export async function createDeveloper(em: EntityManager, input: DeveloperInput): Promise<Developer> {
  const uscc = input.uscc?.trim().toUpperCase() ?? '';
  const issues = checkDeveloper({ ...input, uscc });
  await checkUnique(em, Developer, 'uscc', uscc, null, issues);
  failOn(issues);
  const developer = em.create(Developer, {
    name: input.name.trim(),
    uscc,
    contactPerson: trimmed(input.contactPerson),
    contactPhone: trimmed(input.contactPhone),
    address: trimmed(input.address),
  });
  await em.flush();
  return developer;
}

/** Changes the given fields (undefined ones stay); the final record meets every rule. Returns the changed fields. */
export async function updateDeveloper(em: EntityManager, developer: Developer, patch: Partial<DeveloperInput>): Promise<Record<string, unknown>> {
  const next: DeveloperInput = {
    name: patch.name ?? developer.name,
    uscc: (patch.uscc ?? developer.uscc).trim().toUpperCase(),
    contactPerson: patch.contactPerson !== undefined ? patch.contactPerson : developer.contactPerson,
    contactPhone: patch.contactPhone !== undefined ? patch.contactPhone : developer.contactPhone,
    address: patch.address !== undefined ? patch.address : developer.address,
  };
  const issues = checkDeveloper(next);
  await checkUnique(em, Developer, 'uscc', next.uscc, developer.id, issues);
  failOn(issues);
  const values = {
    name: next.name.trim(),
    uscc: next.uscc,
    contactPerson: trimmed(next.contactPerson),
    contactPhone: trimmed(next.contactPhone),
    address: trimmed(next.address),
  };
  const changes = Object.fromEntries(Object.entries(values).filter(([k, v]) => developer[k as keyof typeof values] !== v));
  em.assign(developer, values);
  await em.flush();
  return changes;
}

/** Records a community the developer built and its handover date (交付); a community has one developer. */
export async function recordDeveloperProject(
  em: EntityManager,
  developer: Developer,
  input: { communityId: string | number; handoverDate: string },
  now: Date,
): Promise<DeveloperProject> {
  const issues: FieldIssue[] = [];
  const community = await reference(em, Community, 'communityId', input.communityId, issues);
  if (!community && !issues.length) issues.push({ field: 'communityId', code: 'REQUIRED' });
  if (community) {
    const existing = await em.findOne(DeveloperProject, { community }, { populate: ['developer'] });
    if (existing) issues.push({ field: 'communityId', code: 'COMMUNITY_HAS_DEVELOPER', params: { name: existing.developer.name } });
  }
  issues.push(...checkHandoverDate(input.handoverDate, shanghaiDate(now)));
  failOn(issues);
  const project = em.create(DeveloperProject, { developer, community: community!, handoverDate: input.handoverDate, createdAt: now });
  await em.flush();
  return project;
}

/**
 * The developer that owes the repair of a building-quality issue raised today in the issue's community: the rule of
 * @wuye/domain on the community's recorded developer and handover date.
 */
export async function warrantyFinding(
  em: EntityManager,
  issue: { category: string; subtype?: string | null; warrantyElement?: string | null; communityId: number },
  raisedOn: string,
): Promise<WarrantyFinding> {
  const project = issue.category === 'BUILDING_QUALITY' ? await em.findOne(DeveloperProject, { community: issue.communityId }) : null;
  return responsibleDeveloper(
    WARRANTY_POLICIES,
    { category: issue.category, subtype: issue.subtype, warrantyElement: issue.warrantyElement, raisedOn },
    project ? { developerId: String(project.developer.id), handoverDate: project.handoverDate } : null,
  );
}

/** Names the responsible developer on an issue being registered (and the element and its last warranty day). */
export async function applyWarranty(em: EntityManager, issue: Issue, warrantyElement: string | null | undefined, raisedOn: string): Promise<WarrantyFinding> {
  const finding = await warrantyFinding(em, { category: issue.category, subtype: issue.subtype, warrantyElement, communityId: issue.community.id }, raisedOn);
  em.assign(issue, {
    warrantyElement: finding.element,
    warrantyLastDay: finding.lastDay,
    developer: finding.developerId ? em.getReference(Developer, Number(finding.developerId)) : null,
  });
  return finding;
}

// ————— credit-upgrade recommendations —————

export const recommendationPolicy = (today: string): RecommendationPolicy => policyOn(RECOMMENDATION_POLICIES, today) ?? RECOMMENDATION_POLICIES[0]!;

/** A firm's facts the eligibility rule looks at, today: flagged or overdue open issues; a live recommendation this year. */
export async function recommendationFacts(em: EntityManager, firm: Enterprise, today: string, exceptId: number | null = null) {
  const openBlockingIssues = await em.count(Issue, {
    enterprise: firm.id,
    state: { $ne: 'CLOSED' },
    $or: [{ flagged: true }, { deadline: { $lt: today } }],
  });
  const live = await em.count(CreditRecommendation, {
    enterprise: firm.id,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
    $or: [{ status: 'PROPOSED' }, { status: 'APPROVED', proposedOn: { $gte: `${today.slice(0, 4)}-01-01` } }],
  });
  return { status: firm.status, listStatus: firm.listStatus, grade: firm.grade, openBlockingIssues, hasLiveRecommendation: live > 0 };
}

/** Why the firm cannot be recommended today, or null. */
export async function recommendationEligibility(
  em: EntityManager,
  firm: Enterprise,
  today: string,
  exceptId: number | null = null,
): Promise<FieldIssue | null> {
  return recommendationEligibilityIssue(recommendationPolicy(today), await recommendationFacts(em, firm, today, exceptId));
}

/** A regulator proposes a firm for a credit upgrade with reasons; the firm must be eligible today. */
export async function proposeRecommendation(
  em: EntityManager,
  input: { enterpriseId: string | number; reasons: string },
  actor: LoopActor,
  now: Date,
): Promise<CreditRecommendation> {
  const today = shanghaiDate(now);
  const policy = recommendationPolicy(today);
  const issues: FieldIssue[] = [];
  const firm = await reference(em, Enterprise, 'enterpriseId', input.enterpriseId, issues);
  if (!firm && !issues.length) issues.push({ field: 'enterpriseId', code: 'REQUIRED' });
  if (firm) {
    const refusal = await recommendationEligibility(em, firm, today);
    if (refusal) issues.push(refusal);
  }
  issues.push(...checkRecommendationReasons(policy, input.reasons));
  failOn(issues);
  const rec = em.create(CreditRecommendation, {
    enterprise: firm!,
    reasons: input.reasons.trim(),
    status: 'PROPOSED',
    gradeAtProposal: firm!.grade,
    scoreAtProposal: firm!.score,
    policyVersion: policy.version,
    proposedBy: userRef(em, actor),
    proposedOn: today,
    createdAt: now,
  });
  await em.flush();
  return rec;
}

/**
 * Another regulator approves (the firm still eligible today) or rejects (with a note) a proposed recommendation; the
 * approved ones form the list sent to the higher authority.
 */
export async function decideRecommendation(
  em: EntityManager,
  rec: CreditRecommendation,
  input: { approve: boolean; note?: string | null },
  actor: LoopActor,
  now: Date,
): Promise<CreditRecommendation> {
  const today = shanghaiDate(now);
  const firm = await em.findOneOrFail(Enterprise, { id: rec.enterprise.id });
  const eligibility = input.approve ? await recommendationEligibility(em, firm, today, rec.id) : null;
  const refusal = recommendationActionIssue(
    { status: rec.status, proposedById: rec.proposedBy ? String(rec.proposedBy.id) : null },
    input.approve ? 'APPROVE' : 'REJECT',
    actor.principal,
    eligibility,
  );
  if (refusal) throw new RuleError([refusal]);
  const note = trimmed(input.note);
  const issues: FieldIssue[] = [];
  if (!input.approve && !note) issues.push({ field: 'decisionNote', code: 'REQUIRED' });
  if (note && Array.from(note).length > 500) issues.push({ field: 'decisionNote', code: 'TOO_LONG', params: { max: 500 } });
  failOn(issues);
  em.assign(rec, { status: input.approve ? 'APPROVED' : 'REJECTED', decidedBy: userRef(em, actor), decidedOn: today, decisionNote: note });
  await em.flush();
  return rec;
}
