import type { EntityManager } from '@mikro-orm/core';
import { clock } from '../clock.js';
import {
  CREDIT_GRADES,
  addDays,
  addMonths,
  consecutiveCEntry,
  listStatusOn,
  previousQuarter,
  qualifiesForRedList,
  checkRatingQuarter,
  quarterBounds,
  rank,
  ratingStepIssue,
  type CreditGrade,
  type RatingAction,
} from '@wuye/domain';
import { CreditRecord, Enterprise, ListEntry, Rating, User } from '../entities/index.js';
import { proposeRecord, refreshEnterpriseCredit, toListLike, type CreditActor } from './service.js';
import { parseId } from '../references.js';
import { RuleError, failOn } from '../rule-error.js';
import { standardFor } from './standards.js';
import { standingsOn } from './standings.js';

/**
 * Quarterly rating (季度评比): prepare (computed from the records as of the quarter's last day) → review (by someone
 * other than the preparer) → publish (ADMIN). Publishing stores the snapshot for good and applies its consequences:
 * the red list until the next rating, black-listing after two consecutive C grades, G5 proposals for the top 10.
 */

export interface RatingRow {
  rank: number;
  enterpriseId: number;
  name: string;
  uscc: string;
  townshipName: string;
  score: number;
  grade: CreditGrade;
  positive: number;
  negative: number;
}
export interface ListedFirm {
  enterpriseId: number;
  name: string;
  uscc: string;
  score: number;
  grade: CreditGrade;
  reason?: string;
  from?: string;
  until?: string;
}
export interface RatingSnapshot {
  quarter: string;
  asOf: string;
  standardVersion: number;
  ranking: RatingRow[];
  distribution: Record<CreditGrade, number>;
  redList: ListedFirm[];
  blackList: ListedFirm[];
  /** Firms graded C in this and the previous published rating: black-listed for a year on publication. */
  consecutiveC: ListedFirm[];
  /** The top firms proposed for G5 on publication. */
  g5Proposals: number[];
}

const RED_LIST_MONTHS = 3;

/** Prepares a quarter that has ended (as of `today`), from the records as of its last day. */
export async function prepareRating(em: EntityManager, actor: CreditActor, quarter: string, today = clock.today()): Promise<Rating> {
  failOn(checkRatingQuarter(quarter, today));
  const bounds = quarterBounds(quarter)!;
  const existing = await em.findOne(Rating, { quarter });
  if (existing) refuseStep(existing, 'PREPARE', actor);
  const snapshot = await computeSnapshot(em, quarter, bounds.last);
  const data = {
    quarter,
    asOf: bounds.last,
    status: 'PREPARED' as const,
    standardVersion: snapshot.standardVersion,
    snapshot: snapshot as unknown as Record<string, unknown>,
    preparedBy: actor.userId ? em.getReference(User, actor.userId) : null,
    preparedAt: clock.now(),
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
  };
  const rating = existing ? em.assign(existing, data) : em.create(Rating, data);
  await em.flush();
  return rating;
}

async function computeSnapshot(em: EntityManager, quarter: string, asOf: string): Promise<RatingSnapshot> {
  const standard = await standardFor(em, asOf);
  const firms = await em.find(Enterprise, { status: 'ACTIVE' }, { populate: ['township'] });
  const standings = new Map((await standingsOn(em, asOf, standard)).map((s) => [s.enterpriseId, s]));
  const ranking = rank(
    firms.map((f) => {
      const s = standings.get(f.id)!;
      return {
        enterpriseId: f.id,
        name: f.name,
        uscc: f.uscc,
        townshipName: f.township.name,
        score: s.score,
        grade: s.grade,
        positive: s.positive,
        negative: s.negative,
      };
    }),
  );
  const distribution = Object.fromEntries(CREDIT_GRADES.map((g) => [g, ranking.filter((r) => r.grade === g).length])) as Record<CreditGrade, number>;
  const firmOf = (r: RatingRow): ListedFirm => ({ enterpriseId: r.enterpriseId, name: r.name, uscc: r.uscc, score: r.score, grade: r.grade });

  const aaa = ranking.filter((r) => r.grade === 'AAA');
  const records = aaa.length
    ? await em.find(CreditRecord, {
        enterprise: { $in: aaa.map((r) => r.enterpriseId) },
        subjectType: 'ENTERPRISE',
        status: { $in: ['CONFIRMED', 'EXPIRED', 'REPAIRED'] },
      })
    : [];
  const redList = aaa
    .filter((r) =>
      qualifiesForRedList(
        'AAA',
        records.filter((x) => x.enterprise.id === r.enterpriseId),
        asOf,
        standard,
      ),
    )
    .map(firmOf);

  const entries = await em.find(ListEntry, { kind: 'BLACK', fromDate: { $lte: asOf }, untilDate: { $gte: asOf } });
  const blackList: ListedFirm[] = [];
  for (const r of ranking) {
    const mine = entries.filter((e) => e.enterprise.id === r.enterpriseId);
    if (listStatusOn(mine.map(toListLike), asOf).status !== 'BLACK') continue;
    const e = mine.filter((x) => x.endedOn == null || x.endedOn > asOf).sort((a, b) => (a.untilDate < b.untilDate ? 1 : -1))[0]!;
    blackList.push({ ...firmOf(r), reason: e.reason, from: e.fromDate, until: e.untilDate });
  }

  const previous = await em.findOne(Rating, { quarter: previousQuarter(quarter), status: 'PUBLISHED' });
  const previousGrades = new Map(((previous?.snapshot as unknown as RatingSnapshot | undefined)?.ranking ?? []).map((r) => [r.enterpriseId, r.grade]));
  const consecutiveC = ranking.filter((r) => consecutiveCEntry([previousGrades.get(r.enterpriseId), r.grade], asOf, standard) !== null).map(firmOf);

  return {
    quarter,
    asOf,
    standardVersion: standard.version,
    ranking,
    distribution,
    redList,
    blackList,
    consecutiveC,
    g5Proposals: ranking.slice(0, standard.topN).map((r) => r.enterpriseId),
  };
}

/** The rules' view of a rating (@wuye/domain credit/rating-actions.ts), for its actions and its commands. */
export function ratingFacts(r: Rating) {
  return { quarter: r.quarter, status: r.status, preparedBy: r.preparedBy ? String(r.preparedBy.id) : null };
}

function refuseStep(rating: Rating, action: RatingAction, actor: CreditActor): void {
  const issue = ratingStepIssue(ratingFacts(rating), action, actor.userId != null ? String(actor.userId) : null);
  if (issue) throw new RuleError([issue]);
}

/** PREPARED → REVIEWED, by someone other than the preparer. Null when there is no such rating. */
export async function reviewRating(em: EntityManager, actor: CreditActor, id: string | number, note: string | null): Promise<Rating | null> {
  const rating = await em.findOne(Rating, { id: parseId(id) ?? 0 });
  if (!rating) return null;
  refuseStep(rating, 'REVIEW', actor);
  em.assign(rating, { status: 'REVIEWED', reviewedBy: actor.userId ? em.getReference(User, actor.userId) : null, reviewedAt: clock.now(), reviewNote: note });
  await em.flush();
  return rating;
}

/**
 * REVIEWED → PUBLISHED today: the new red list replaces the old, firms graded C twice are black-listed, the top
 * firms get G5 proposals. Null when there is no such rating.
 */
export async function publishRating(em: EntityManager, actor: CreditActor, id: string | number, today: string): Promise<Rating | null> {
  const rating = await em.findOne(Rating, { id: parseId(id) ?? 0 });
  if (!rating) return null;
  refuseStep(rating, 'PUBLISH', actor);
  const snapshot = rating.snapshot as unknown as RatingSnapshot;
  const standard = await standardFor(em, rating.asOf);
  em.assign(rating, {
    status: 'PUBLISHED',
    publishedBy: actor.userId ? em.getReference(User, actor.userId) : null,
    publishedAt: clock.now(),
    publishedOn: today,
  });
  const touched = new Set<number>();
  // The new red list replaces the previous one.
  for (const red of await em.find(ListEntry, { kind: 'RED', endedOn: null, untilDate: { $gte: today } })) {
    em.assign(red, { endedOn: today, endReason: `${snapshot.quarter} 评比发布` });
    touched.add(red.enterprise.id);
  }
  const redUntil = addDays(addMonths(today, RED_LIST_MONTHS), -1);
  for (const f of snapshot.redList) {
    em.create(ListEntry, {
      enterprise: em.getReference(Enterprise, f.enterpriseId),
      kind: 'RED',
      reason: 'RATING',
      fromDate: today,
      untilDate: redUntil,
      rating,
    });
    touched.add(f.enterpriseId);
  }
  for (const f of snapshot.consecutiveC) {
    const entry = consecutiveCEntry(['C', 'C'], today, standard)!;
    em.create(ListEntry, {
      enterprise: em.getReference(Enterprise, f.enterpriseId),
      kind: 'BLACK',
      reason: 'GRADE_C_TWICE',
      fromDate: entry.from,
      untilDate: entry.until,
      rating,
    });
    touched.add(f.enterpriseId);
  }
  await em.flush();
  for (const enterpriseId of snapshot.g5Proposals) {
    await proposeRecord(
      em,
      actor,
      {
        subjectType: 'ENTERPRISE',
        enterpriseId,
        itemCode: 'G5',
        effectiveFrom: today,
        reason: `${snapshot.quarter} 季度评比前 ${snapshot.g5Proposals.length} 名`,
        sourceType: 'RATING',
        sourceId: String(rating.id),
        publicize: true,
      },
      today,
    );
    touched.delete(enterpriseId);
  }
  for (const enterpriseId of touched) await refreshEnterpriseCredit(em, enterpriseId, today);
  return rating;
}

// ---- reads ---------------------------------------------------------------------------------------------------------

type RatingStatus = Rating['status'];

/** Newest quarter first, among the statuses the caller may see. */
export const ratingsIn = (em: EntityManager, statuses: readonly RatingStatus[]) =>
  em.find(Rating, { status: { $in: [...statuses] } }, { orderBy: { quarter: 'desc' } });

export const ratingBy = (em: EntityManager, by: { id: number } | { quarter: string }, statuses: readonly RatingStatus[]) =>
  em.findOne(Rating, { ...by, status: { $in: [...statuses] } });

/**
 * The red or black list on a day, from the list entries in force (expelled firms aside): each firm once, best
 * score first on the red list, worst first on the black; a firm on both lists is shown as black-listed only.
 */
export async function listedOn(em: EntityManager, kind: 'RED' | 'BLACK', today: string): Promise<ListedFirm[]> {
  const entries = await em.find(
    ListEntry,
    {
      kind,
      fromDate: { $lte: today },
      untilDate: { $gte: today },
      $or: [{ endedOn: null }, { endedOn: { $gt: today } }],
      enterprise: { status: { $ne: 'EXPELLED' } },
    },
    { populate: ['enterprise'], orderBy: { enterprise: { score: kind === 'RED' ? 'desc' : 'asc' }, untilDate: 'desc' } },
  );
  const seen = new Set<number>();
  const out: ListedFirm[] = [];
  for (const e of entries) {
    const firm = e.enterprise as Enterprise;
    if (seen.has(firm.id)) continue;
    if (kind === 'RED' && firm.listStatus === 'BLACK') continue;
    seen.add(firm.id);
    out.push({
      enterpriseId: firm.id,
      name: firm.name,
      uscc: firm.uscc,
      score: Number(firm.score),
      grade: (firm.grade ?? 'AA') as CreditGrade,
      reason: e.reason,
      from: e.fromDate,
      until: e.untilDate,
    });
  }
  return out;
}
