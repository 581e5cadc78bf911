import type { EntityManager } from '@mikro-orm/core';
import { customPeriod, milestoneMeasure, ratio, type KpiCode } from '@wuye/domain';
import { computeKpis } from '../analytics/kpi-engine.js';
import { closedLoopPolicy } from '../closed-loop/policy.js';
import { Campaign, JointMeeting, Milestone, Phase, TrainingAttendance, TrainingSession, WeeklyProgress } from '../entities/index.js';

/** Campaign reads, in the order the campaign page shows them. */

export const campaigns = (em: EntityManager) => em.find(Campaign, {}, { orderBy: { year: 'desc' } });

/** A campaign by id, else by year. */
export const campaignBy = (em: EntityManager, by: { id: number } | { year: number }) => em.findOne(Campaign, by);

export const phasesOf = (em: EntityManager, campaignId: number) => em.find(Phase, { campaign: campaignId }, { orderBy: { startDate: 'asc' } });

export const milestonesOf = (em: EntityManager, campaignId: number) => em.find(Milestone, { campaign: campaignId }, { orderBy: { dueDate: 'asc', id: 'asc' } });

export const weeklyProgressOf = (em: EntityManager, campaignId: number) =>
  em.find(WeeklyProgress, { campaign: campaignId }, { orderBy: { weekStart: 'desc', id: 'desc' }, limit: 200 });

export const trainingSessions = (em: EntityManager) => em.find(TrainingSession, {}, { orderBy: { heldOn: 'desc' }, limit: 500 });

export const attendeesOf = (em: EntityManager, sessionId: number) => em.find(TrainingAttendance, { session: sessionId }, { orderBy: { id: 'asc' } });

/** The joint meetings (联席会议) of the campaign page; the monthly consultations have their own page (campaign records). */
export const jointMeetings = (em: EntityManager) => em.find(JointMeeting, { kind: 'JOINT' }, { orderBy: { heldAt: 'desc' }, limit: 200 });

export interface MilestoneMeasurement {
  kpi: KpiCode;
  /** The milestone's due date, or today while it is still ahead. */
  asOf: string;
  numerator: number;
  denominator: number;
  value: number | null;
}

/**
 * How far the work a milestone stands for got by its due date (today while it is ahead), county-wide: the KPI its
 * campaign plan names, e.g. committee formation for "committees formed by 03-31". Null for milestones without one.
 */
export async function milestoneMeasurement(em: EntityManager, m: Milestone, today: string, now: Date): Promise<MilestoneMeasurement | null> {
  const campaign = await em.findOneOrFail(Campaign, m.campaign.id); // from the identity map when loaded
  const kpi = milestoneMeasure(campaign.year, m.code);
  if (!kpi) return null;
  const asOf = m.dueDate < today ? m.dueDate : today;
  const [row] = await computeKpis(em, {
    period: customPeriod(asOf, asOf)!,
    groupBy: [],
    filter: {},
    today,
    now,
    firstResponseDays: closedLoopPolicy.sla.firstResponseDays,
    only: [kpi],
  });
  const cell = row!.cells[kpi];
  return { kpi, asOf, numerator: cell.numerator ?? 0, denominator: cell.denominator ?? 0, value: ratio(cell.numerator, cell.denominator) };
}
