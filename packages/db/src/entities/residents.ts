import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { FOLLOW_UP_RATINGS } from '@wuye/domain';
import { User } from './accounts.js';
import { Complaint } from './closed-loop.js';
import { Community, Enterprise } from './registry.js';

/** Residents' voice without an account (issue 16, docs/residents.md). */

/** One photo of a public complaint: stored under the upload directory, typed by its content. */
export interface PublicComplaintPhotoRef {
  key: string;
  mime: string;
  bytes: number;
}

/** A complaint a resident sent through the public form: its tracking code and photos; the complaint itself is in the loop. */
export const PublicComplaint = defineEntity({
  name: 'PublicComplaint',
  tableName: 'public_complaint',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    trackingCode: p.string().length(20).unique(),
    complaint: () => p.manyToOne(Complaint).unique(),
    /** The complaint's community, kept here for the duplicate check (same community, recent, near-identical text). */
    community: () => p.manyToOne(Community).index(),
    photos: p.json<PublicComplaintPhotoRef[]>(),
    /** Times the same complaint was sent again and answered with this code. */
    repeats: p.integer().default(0),
    receivedAt: p.datetime().index(),
  }),
});
export type PublicComplaint = InferEntity<typeof PublicComplaint>;

export const SURVEY_STATUSES = ['OPEN', 'CLOSED'] as const;
export const SURVEY_ANSWER_CHANNELS = ['ONLINE', 'STAFF'] as const;

/** A resident satisfaction survey of one community (满意度测评): its sample, window and, once closed, its result. */
export const SatisfactionSurvey = defineEntity({
  name: 'SatisfactionSurvey',
  tableName: 'satisfaction_survey',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    community: () => p.manyToOne(Community).index(),
    /** The firm serving the community when the survey was set up (the one a G6 would go to). */
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    title: p.string().length(60),
    sampleSize: p.integer(),
    opensOn: p.date(),
    closesOn: p.date(),
    status: p
      .enum([...SURVEY_STATUSES])
      .default('OPEN')
      .index(),
    closedAt: p.datetime().nullable(),
    /** G6 proposed for this survey (claimed by a conditional UPDATE, so at most once). */
    g6Proposed: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type SatisfactionSurvey = InferEntity<typeof SatisfactionSurvey>;

/** One sampled household's one-time code and, once used, its answer. */
export const SurveyCode = defineEntity({
  name: 'SurveyCode',
  tableName: 'survey_code',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    survey: () => p.manyToOne(SatisfactionSurvey).index(),
    /** 1…sample size: the line of the code sheet. */
    position: p.integer(),
    code: p.string().length(9).unique(),
    answer: p.enum([...FOLLOW_UP_RATINGS]).nullable(),
    channel: p.enum([...SURVEY_ANSWER_CHANNELS]).nullable(),
    comment: p.string().length(200).nullable(),
    usedAt: p.datetime().nullable(),
    enteredBy: () => p.manyToOne(User).nullable(),
  }),
});
export type SurveyCode = InferEntity<typeof SurveyCode>;
