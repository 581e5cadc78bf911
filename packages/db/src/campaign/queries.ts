import type { EntityManager } from '@mikro-orm/core';
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

export const jointMeetings = (em: EntityManager) => em.find(JointMeeting, {}, { orderBy: { heldAt: 'desc' }, limit: 200 });
