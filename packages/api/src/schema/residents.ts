import { randomBytes } from 'node:crypto';
import {
  Community,
  answerSurvey,
  closeSurvey,
  createSurvey,
  publicComplaintByCode,
  surveyCodesOf,
  surveysFor,
  type PublicComplaintView,
  type SurveyCode,
  type SurveyView,
} from '@wuye/db';
import { PUBLIC_COMPLAINT_STATUSES, SURVEY_ANSWERS } from '@wuye/domain';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';
import { nowOf } from '../today.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { IssueCategoryEnum } from './refs/index.js';

/**
 * Residents' voice without an account (issue 16, docs/residents.md). Anyone: the communities to choose from, the
 * status of a public complaint by its tracking code (public facts only), answering a survey with a one-time code.
 * The complaint itself is sent to `POST /public/complaints` (multipart, photos; apps/server/src/public-complaints.ts).
 * The bureau sets up surveys, prints the code sheet, enters paper answers and closes a survey (G6 at 90%).
 */

const PUBLIC = { public: true } as const;
const READ = { perm: 'inspection:read' } as const;
const MANAGE = { perm: 'inspection:create' } as const;

const PublicComplaintStatusEnum = builder.enumType('PublicComplaintStatus', { values: PUBLIC_COMPLAINT_STATUSES });
const SurveyAnswerEnum = builder.enumType('SurveyAnswer', { values: SURVEY_ANSWERS });
const SurveyStatusEnum = builder.enumType('SurveyStatus', { values: ['OPEN', 'CLOSED'] as const });
const SurveyAnswerChannelEnum = builder.enumType('SurveyAnswerChannel', { values: ['ONLINE', 'STAFF'] as const });

const PublicCommunityRef = builder.objectRef<{ id: number; name: string; townshipName: string }>('PublicCommunity').implement({
  description: 'A community a resident may name in a complaint: its name and township only',
  authScopes: PUBLIC,
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), townshipName: t.exposeString('townshipName') }),
});

builder.queryField('publicCommunities', (t) =>
  t.field({
    type: [PublicCommunityRef],
    description: 'Every community by township and name, for the public complaint form',
    authScopes: PUBLIC,
    resolve: async (_r, _a, ctx) => {
      const rows = await ctx.em.find(Community, {}, { populate: ['township'], orderBy: { township: { name: 'asc' }, name: 'asc' } });
      return rows.map((c) => ({ id: c.id, name: c.name, townshipName: c.township.name }));
    },
  }),
);

const PublicComplaintRef = builder.objectRef<PublicComplaintView>('PublicComplaintStatusView').implement({
  description: 'What a resident sees of a complaint by its tracking code: status, dates and the answer — never personal data',
  authScopes: PUBLIC,
  fields: (t) => ({
    trackingCode: t.exposeString('trackingCode'),
    status: t.field({ type: PublicComplaintStatusEnum, resolve: (c) => c.status }),
    category: t.field({ type: IssueCategoryEnum, resolve: (c) => c.category }),
    communityName: t.exposeString('communityName'),
    townshipName: t.exposeString('townshipName'),
    departmentName: t.exposeString('departmentName', { nullable: true }),
    receivedAt: t.field({ type: 'DateTime', resolve: (c) => c.receivedAt }),
    respondedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.respondedAt }),
    handledAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.handledAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.closedAt }),
    answer: t.exposeString('answer', { nullable: true }),
    rejectionReasons: t.exposeString('rejectionReasons', { nullable: true }),
    photoCount: t.exposeInt('photoCount'),
  }),
});

builder.queryField('publicComplaint', (t) =>
  t.field({
    type: PublicComplaintRef,
    nullable: true,
    description: 'A public complaint by its tracking code (however typed); null for a code that does not exist',
    authScopes: PUBLIC,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => publicComplaintByCode(ctx.em, a.code.slice(0, 40)),
  }),
);

const SurveyCodeRef = builder.objectRef<SurveyCode>('SurveyCodeLine').implement({
  description: 'One line of a survey’s code sheet',
  authScopes: MANAGE,
  fields: (t) => ({
    position: t.exposeInt('position'),
    code: t.exposeString('code'),
    used: t.boolean({ resolve: (c) => c.usedAt != null }),
    channel: t.field({ type: SurveyAnswerChannelEnum, nullable: true, resolve: (c) => c.channel ?? null }),
  }),
});

const SurveyRef = builder.objectRef<SurveyView>('SatisfactionSurvey').implement({
  description: 'A resident satisfaction survey of one community and its result',
  authScopes: READ,
  fields: (t) => ({
    id: t.id({ resolve: (v) => String(v.survey.id) }),
    title: t.string({ resolve: (v) => v.survey.title }),
    communityId: t.id({ resolve: (v) => String(v.survey.community.id) }),
    communityName: t.string({ resolve: (v) => v.survey.community.name }),
    enterpriseName: t.string({ nullable: true, resolve: (v) => v.survey.enterprise?.name ?? null }),
    sampleSize: t.int({ resolve: (v) => v.survey.sampleSize }),
    opensOn: t.field({ type: 'Date', resolve: (v) => v.survey.opensOn }),
    closesOn: t.field({ type: 'Date', resolve: (v) => v.survey.closesOn }),
    status: t.field({ type: SurveyStatusEnum, resolve: (v) => v.survey.status }),
    answers: t.int({ resolve: (v) => v.score.answers }),
    satisfied: t.int({ resolve: (v) => v.score.satisfied }),
    basicallySatisfied: t.int({ resolve: (v) => v.score.basicallySatisfied }),
    dissatisfied: t.int({ resolve: (v) => v.score.dissatisfied }),
    rate: t.float({ nullable: true, description: '(satisfied + basically satisfied) ÷ answers', resolve: (v) => v.score.rate }),
    counts: t.boolean({ description: 'At least half the sample answered: the result counts (KPI, G6)', resolve: (v) => v.score.counts }),
    g6Proposed: t.boolean({ resolve: (v) => v.survey.g6Proposed }),
    codes: t.field({
      type: [SurveyCodeRef],
      description: 'The code sheet (bureau only)',
      authScopes: MANAGE,
      resolve: (v, _a, ctx) => surveyCodesOf(ctx.em, v.survey.id),
    }),
  }),
});

builder.queryField('satisfactionSurveys', (t) =>
  t.field({
    type: [SurveyRef],
    description: 'Surveys the caller may read, newest first',
    authScopes: READ,
    resolve: (_r, _a, ctx) => surveysFor(ctx.em, ctx.principal!),
  }),
);

builder.queryField('satisfactionSurvey', (t) =>
  t.field({
    type: SurveyRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => (await surveysFor(ctx.em, ctx.principal!, parseId(a.id) ?? 0))[0] ?? null,
  }),
);

const SurveyInput = builder.inputType('SatisfactionSurveyInput', {
  fields: (t) => ({
    communityId: t.id({ required: true }),
    title: t.string({ required: true }),
    sampleSize: t.int({ required: false, description: 'Households sampled; default one in ten (at least 5, at most 200)' }),
    opensOn: t.field({ type: 'Date', required: true }),
    closesOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('createSatisfactionSurvey', (t) =>
  t.field({
    type: SurveyRef,
    description: 'Sets up a survey and its code sheet (one one-time code per sampled household)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: SurveyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const survey = await createSurvey(em, ctx.principal!, { ...input, communityId: String(input.communityId) }, (n) => randomBytes(n));
        const [view] = await surveysFor(em, ctx.principal!, survey.id);
        return { result: view!, audit: { action: 'survey.create', entityType: 'SatisfactionSurvey', entityId: survey.id, changes: { ...input } } };
      }),
  }),
);

builder.mutationField('closeSatisfactionSurvey', (t) =>
  t.field({
    type: SurveyRef,
    description: 'Closes a survey: its result counts, and G6 is proposed for the serving firm at 90% or more',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const id = parseId(a.id);
        if (!id) throw notFound('entity.satisfactionSurvey', a.id, ctx.locale);
        const closing = await closeSurvey(em, ctx.principal!, id, nowOf(ctx));
        const [view] = await surveysFor(em, ctx.principal!, id);
        return {
          result: view!,
          audit: {
            action: 'survey.close',
            entityType: 'SatisfactionSurvey',
            entityId: id,
            changes: { answers: closing.score.answers, rate: closing.score.rate, g6RecordId: closing.g6RecordId, g6Skipped: closing.g6Skipped },
          },
        };
      }),
  }),
);

const SurveyReceiptRef = builder.objectRef<{ surveyTitle: string; communityName: string }>('SurveyAnswerReceipt').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ surveyTitle: t.exposeString('surveyTitle'), communityName: t.exposeString('communityName') }),
});

builder.mutationField('answerSatisfactionSurvey', (t) =>
  t.field({
    type: SurveyReceiptRef,
    description: 'A resident answers a survey with a one-time code (once)',
    authScopes: PUBLIC,
    errors: { types: WRITE_ERRORS },
    args: {
      code: t.arg.string({ required: true }),
      answer: t.arg({ type: SurveyAnswerEnum, required: true }),
      comment: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const { survey, code } = await answerSurvey(em, { code: a.code.slice(0, 20), answer: a.answer, comment: a.comment }, null, nowOf(ctx));
        return {
          result: { surveyTitle: survey.title, communityName: survey.community.name },
          audit: { action: 'survey.answer', entityType: 'SurveyCode', entityId: code.id, changes: { channel: 'ONLINE' } },
        };
      }),
  }),
);

builder.mutationField('enterSatisfactionSurveyAnswer', (t) =>
  t.field({
    type: SurveyReceiptRef,
    description: 'Staff enter a household’s answer from a paper form or a call, with its code',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      code: t.arg.string({ required: true }),
      answer: t.arg({ type: SurveyAnswerEnum, required: true }),
      comment: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const { survey, code } = await answerSurvey(em, { code: a.code.slice(0, 20), answer: a.answer, comment: a.comment }, ctx.principal, nowOf(ctx));
        return {
          result: { surveyTitle: survey.title, communityName: survey.community.name },
          audit: { action: 'survey.enter', entityType: 'SurveyCode', entityId: code.id, changes: { channel: 'STAFF' } },
        };
      }),
  }),
);
