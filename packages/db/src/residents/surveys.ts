import type { EntityManager } from '@mikro-orm/core';
import {
  checkSurveyCodeUse,
  checkSurveySetup,
  defaultSurveySample,
  g6Due,
  normaliseSurveyCode,
  scopeOf,
  scoreSurvey,
  shanghaiDate,
  surveyCodeFrom,
  SURVEY_LIMITS,
  type FieldIssue,
  type Principal,
  type SurveyAnswer,
  type SurveyScore,
} from '@wuye/domain';
import { Community, SatisfactionSurvey, SurveyCode, User } from '../entities/index.js';
import { RuleError, failOn } from '../rule-error.js';
import { proposeRecord } from '../credit/service.js';
import { bumpKpiLiveToken } from '../analytics/rollups.js';

/**
 * Resident satisfaction surveys (docs/residents.md): set up with a sample of households, each given a one-time code
 * (the code sheet); answers entered by staff or given online with the code; closed with a result that feeds the
 * satisfaction KPI and proposes G6 when it reaches 90%.
 */

export interface SurveyInput {
  communityId: string | null;
  title: string;
  /** Defaults to one household in ten (defaultSurveySample). */
  sampleSize?: number | null;
  opensOn: string;
  closesOn: string;
}

/** A township sets up and reads surveys of its own communities only; the bureau everywhere. */
function mayReach(principal: Principal, townshipId: number): boolean {
  const scope = scopeOf(principal);
  return scope.kind === 'ALL' || (scope.kind === 'TOWNSHIP' && scope.townshipId === String(townshipId));
}

export async function createSurvey(
  em: EntityManager,
  principal: Principal,
  input: SurveyInput,
  random: (n: number) => Uint8Array,
): Promise<SatisfactionSurvey> {
  const issues: FieldIssue[] = [];
  const id = Number(input.communityId);
  const place = input.communityId && Number.isSafeInteger(id) && id > 0 ? await em.findOne(Community, { id }) : null;
  if (input.communityId && (!place || !mayReach(principal, place.township.id)))
    issues.push({ field: 'communityId', code: 'UNKNOWN_REFERENCE', params: { id: input.communityId } });
  const households = place?.households ?? 0;
  const sampleSize = input.sampleSize ?? defaultSurveySample(households);
  issues.push(...checkSurveySetup({ ...input, sampleSize, households: place ? households : SURVEY_LIMITS.maxSample }));
  failOn(issues);
  const survey = em.create(SatisfactionSurvey, {
    community: place!,
    enterprise: place!.enterprise ?? null,
    title: input.title.trim(),
    sampleSize,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    status: 'OPEN',
    g6Proposed: false,
    createdBy: principal.userId ? em.getReference(User, Number(principal.userId)) : null,
  });
  const taken = new Set<string>();
  for (let position = 1; position <= sampleSize; position++) {
    let code = surveyCodeFrom(random(8));
    while (taken.has(code) || (await em.count(SurveyCode, { code }))) code = surveyCodeFrom(random(8));
    taken.add(code);
    em.create(SurveyCode, { survey, position, code });
  }
  await em.flush();
  return survey;
}

export interface SurveyAnswerInput {
  code: string;
  answer: string;
  comment?: string | null;
}

/**
 * Uses a one-time code: online by the resident (no principal) or entered by staff from a paper form or a call.
 * The code is claimed by a conditional UPDATE (`… where used_at is null`), so of two answers only one counts.
 */
export async function answerSurvey(
  em: EntityManager,
  input: SurveyAnswerInput,
  by: Principal | null,
  now: Date,
): Promise<{ survey: SatisfactionSurvey; code: SurveyCode }> {
  const normal = normaliseSurveyCode(input.code);
  const row = normal ? await em.findOne(SurveyCode, { code: normal }, { populate: ['survey.community'] }) : null;
  const survey = row?.survey;
  if (by && survey && !mayReach(by, survey.community.township.id)) throw new RuleError([{ field: 'surveyCode', code: 'SURVEY_CODE_UNKNOWN' }]);
  const today = shanghaiDate(now);
  const issues = checkSurveyCodeUse(
    row && survey ? { usedAt: row.usedAt ?? null, opensOn: survey.opensOn, closesOn: survey.closesOn } : null,
    today,
    input.answer,
  );
  if (survey && survey.status === 'CLOSED' && issues.length === 0)
    issues.push({ field: 'surveyCode', code: 'SURVEY_CLOSED', params: { opensOn: survey.opensOn, closesOn: survey.closesOn } });
  const comment = input.comment?.trim() || null;
  if (comment && Array.from(comment).length > SURVEY_LIMITS.commentMax)
    issues.push({ field: 'comment', code: 'TOO_LONG', params: { max: SURVEY_LIMITS.commentMax } });
  failOn(issues);
  const channel = by ? ('STAFF' as const) : ('ONLINE' as const);
  const enteredBy = by?.userId ? Number(by.userId) : null;
  const claimed = await em.nativeUpdate(
    SurveyCode,
    { id: row!.id, usedAt: null },
    { usedAt: now, answer: input.answer as SurveyAnswer, channel, comment, enteredBy },
  );
  if (claimed !== 1) throw new RuleError([{ field: 'surveyCode', code: 'SURVEY_CODE_USED' }]);
  // The conditional UPDATE bypasses the unit of work, so the roll-up subscriber does not see it: the satisfaction KPI
  // reads the answers, so the running month's kept answers are renewed here, in the same transaction.
  await bumpKpiLiveToken(em, ['SURVEYS']);
  await em.refresh(row!);
  return { survey: survey!, code: row! };
}

export async function surveyScoreOf(em: EntityManager, survey: SatisfactionSurvey): Promise<SurveyScore> {
  const used = await em.find(SurveyCode, { survey: survey.id, usedAt: { $ne: null } }, { fields: ['answer'] });
  return scoreSurvey(
    survey.sampleSize,
    used.map((c) => c.answer as SurveyAnswer),
  );
}

export interface SurveyClosing {
  survey: SatisfactionSurvey;
  score: SurveyScore;
  /** Id of the G6 record proposed, or null; `g6Skipped` says why none was when one was due. */
  g6RecordId: number | null;
  g6Skipped: string | null;
}

/**
 * Closes a survey and proposes G6 for the serving firm when the result reaches 90% with half the sample answered.
 * The firm's cap of three G6 in effect (the credit standard's) is the credit service's: at the cap, nothing is proposed.
 */
export async function closeSurvey(em: EntityManager, principal: Principal, surveyId: number, now: Date): Promise<SurveyClosing> {
  const survey = await em.findOne(SatisfactionSurvey, { id: surveyId }, { populate: ['community', 'enterprise'] });
  if (!survey || !mayReach(principal, survey.community.township.id))
    throw new RuleError([{ field: 'surveyId', code: 'UNKNOWN_REFERENCE', params: { id: String(surveyId) } }]);
  if (survey.status === 'CLOSED') throw new RuleError([{ field: 'surveyId', code: 'SURVEY_ALREADY_CLOSED' }]);
  survey.status = 'CLOSED';
  survey.closedAt = now;
  const score = await surveyScoreOf(em, survey);
  let g6RecordId: number | null = null;
  let g6Skipped: string | null = null;
  if (g6Due(score, survey.enterprise != null, survey.g6Proposed)) {
    const claimed = await em.nativeUpdate(SatisfactionSurvey, { id: survey.id, g6Proposed: false }, { g6Proposed: true });
    if (claimed === 1) {
      survey.g6Proposed = true;
      const today = shanghaiDate(now);
      const pct = ((score.rate ?? 0) * 100).toFixed(1);
      try {
        const record = await proposeRecord(
          em,
          { userId: principal.userId ? Number(principal.userId) : null, name: null },
          {
            subjectType: 'ENTERPRISE',
            enterpriseId: survey.enterprise!.id,
            communityId: survey.community.id,
            itemCode: 'G6',
            effectiveFrom: today,
            reason: `小区满意度测评「${survey.title}」满意率 ${pct}%（${score.answers}/${score.sampleSize} 户作答）`,
            sourceType: 'SURVEY',
            sourceId: String(survey.id),
            publicize: false,
          },
          today,
        );
        g6RecordId = record.id;
      } catch (e) {
        if (!(e instanceof RuleError) || !e.issues.some((i) => i.code === 'ITEM_LIMIT_REACHED')) throw e;
        g6Skipped = 'ITEM_LIMIT_REACHED';
      }
    }
  }
  await em.flush();
  return { survey, score, g6RecordId, g6Skipped };
}

export interface SurveyView {
  survey: SatisfactionSurvey;
  score: SurveyScore;
}

/**
 * Surveys a caller may read, newest first, each with its score (one query for all the answers): the bureau all,
 * a township its communities', a firm those of communities it served when the survey was set up.
 */
export async function surveysFor(em: EntityManager, principal: Principal, id: number | null = null): Promise<SurveyView[]> {
  const scope = scopeOf(principal);
  if (scope.kind === 'NONE') return [];
  const where: Record<string, unknown> = id ? { id } : {};
  if (scope.kind === 'TOWNSHIP') where.community = { township: Number(scope.townshipId) };
  if (scope.kind === 'ENTERPRISE') where.enterprise = Number(scope.enterpriseId);
  const surveys = await em.find(SatisfactionSurvey, where, { populate: ['community', 'enterprise'], orderBy: { opensOn: 'desc', id: 'desc' } });
  if (surveys.length === 0) return [];
  const used = await em.find(SurveyCode, { survey: { $in: surveys.map((s) => s.id) }, usedAt: { $ne: null } }, { fields: ['answer', 'survey'] });
  const bySurvey = new Map<number, SurveyAnswer[]>();
  for (const c of used) bySurvey.set(c.survey.id, [...(bySurvey.get(c.survey.id) ?? []), c.answer as SurveyAnswer]);
  return surveys.map((survey) => ({ survey, score: scoreSurvey(survey.sampleSize, bySurvey.get(survey.id) ?? []) }));
}

/** The code sheet of a survey: one line per sampled household. */
export async function surveyCodesOf(em: EntityManager, surveyId: number): Promise<SurveyCode[]> {
  return em.find(SurveyCode, { survey: surveyId }, { orderBy: { position: 'asc' } });
}
