import {
  Notification,
  Rating,
  listedOn,
  markNotificationsRead,
  prepareRating,
  publishRating,
  ratingBy,
  ratingFacts,
  ratingsIn,
  reviewRating,
  unreadNotifications,
  type RatingSnapshot,
} from '@wuye/db';
import { can, listingReasonText, messageFor, ratingActions, standardOn, type ActionAvailability, type CreditGrade, type RatingAction } from '@wuye/domain';
import { z } from 'zod';
import { bounds, builder } from '../builder.js';
import type { Context } from '../context.js';
import { actorOf, standardsOf } from '../credit-write.js';
import { todayOf } from '../today.js';
import { notFound } from '../errors.js';
import { MAX_PER_PAGE, findPage } from '../paging.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CreditGradeEnum, ListKindEnum, RatingActionEnum, RatingStatusEnum } from './refs/index.js';

const RATING = 'entity.rating';

// ---- public shapes: firm names, USCC, grades, scores and list dates only, never personal data ---------------------

type Row = RatingSnapshot['ranking'][number];
type Listed = RatingSnapshot['redList'][number];

export const RatedFirmRef = builder.objectRef<Row>('RatedFirm').implement({
  description: 'A firm’s place in a published rating (public)',
  authScopes: { public: true },
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    enterpriseId: t.id({ resolve: (r) => r.enterpriseId }),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc'),
    townshipName: t.exposeString('townshipName'),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, resolve: (r) => r.grade }),
    positivePoints: t.int({ resolve: (r) => r.positive }),
    negativePoints: t.int({ resolve: (r) => r.negative }),
  }),
});

export const ListedFirmRef = builder.objectRef<Listed & { kind?: 'RED' | 'BLACK' }>('ListedFirm').implement({
  description: 'A firm on the red or black list (public)',
  authScopes: { public: true },
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (r) => r.enterpriseId }),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc'),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (r) => r.grade ?? null }),
    kind: t.field({ type: ListKindEnum, nullable: true, resolve: (r) => r.kind ?? null }),
    reason: t.string({ nullable: true, description: 'Item code (B2, B7 …), GRADE_C_TWICE or RATING', resolve: (r) => r.reason ?? null }),
    reasonText: t.string({
      nullable: true,
      description: 'The reason in the reader’s language: the item’s name in the scoring standard of the day, or the listing rule’s',
      resolve: async (r, _a, ctx) => listingReasonText(r.reason, ctx.locale, standardOn(await standardsOf(ctx), r.from ?? todayOf(ctx))),
    }),
    from: t.field({ type: 'Date', nullable: true, resolve: (r) => r.from ?? null }),
    until: t.field({ type: 'Date', nullable: true, resolve: (r) => r.until ?? null }),
  }),
});

const GradeCountRef = builder.objectRef<{ grade: CreditGrade; count: number }>('GradeCount').implement({
  authScopes: { public: true },
  fields: (t) => ({ grade: t.field({ type: CreditGradeEnum, resolve: (g) => g.grade }), count: t.exposeInt('count') }),
});

const snap = (r: Rating) => r.snapshot as unknown as RatingSnapshot;

const RatingAvailableActionRef = builder.objectRef<ActionAvailability<RatingAction>>('RatingAvailableAction').implement({
  description: 'An action the caller may take on a rating, and whether it can be taken now',
  authScopes: { public: true },
  fields: (t) => ({
    action: t.field({ type: RatingActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({
      nullable: true,
      description: 'Why it cannot be taken now (the rule the command would refuse it with), in the caller’s language',
      resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null),
    }),
  }),
});

export const RatingRef = builder.objectRef<Rating>('Rating').implement({
  description: '季度评比 — a quarterly rating; once published its snapshot never changes',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    quarter: t.exposeString('quarter'),
    asOf: t.expose('asOf', { type: 'Date', description: 'Scores are as of the quarter’s last day' }),
    status: t.field({ type: RatingStatusEnum, resolve: (r) => r.status }),
    standardVersion: t.exposeInt('standardVersion'),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    preparedAt: t.expose('preparedAt', { type: 'DateTime' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true }),
    total: t.int({ resolve: (r) => snap(r).ranking.length }),
    ranking: t.field({
      type: [RatedFirmRef],
      args: {
        page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
        perPage: t.arg.int({ required: false, defaultValue: 1000, validate: z.number().int().min(1).max(MAX_PER_PAGE) }),
      },
      complexity: (args) => ({ field: 1, multiplier: Math.max(1, args.perPage ?? 1000) / 10 }),
      resolve: (r, a) => snap(r).ranking.slice(((a.page ?? 1) - 1) * (a.perPage ?? 1000), (a.page ?? 1) * (a.perPage ?? 1000)),
    }),
    distribution: t.field({
      type: [GradeCountRef],
      resolve: (r) => Object.entries(snap(r).distribution).map(([grade, count]) => ({ grade: grade as CreditGrade, count })),
    }),
    redList: t.field({ type: [ListedFirmRef], resolve: (r) => snap(r).redList.map((f) => ({ ...f, kind: 'RED' as const })) }),
    blackList: t.field({ type: [ListedFirmRef], resolve: (r) => snap(r).blackList.map((f) => ({ ...f, kind: 'BLACK' as const })) }),
    consecutiveC: t.field({
      type: [ListedFirmRef],
      description: 'Graded C in this and the previous rating: black-listed for a year on publication',
      resolve: (r) => snap(r).consecutiveC,
    }),
    g5ProposalIds: t.idList({ description: 'Firms proposed for G5 (top 10) on publication', resolve: (r) => snap(r).g5Proposals }),
    availableActions: t.field({
      type: [RatingAvailableActionRef],
      description: 'What the caller may do to the rating, each with whether it can be done now and why not (for buttons); none for the public',
      resolve: (r, _a, ctx) => ratingActions(ratingFacts(r), ctx.principal),
    }),
  }),
});

/** Unpublished ratings are the bureau's working papers: only callers with rating:read see them. */
const visibleStatuses = (ctx: Parameters<typeof can>[0]) =>
  can(ctx, 'rating:read') ? (['PREPARED', 'REVIEWED', 'PUBLISHED'] as const) : (['PUBLISHED'] as const);

builder.queryField('ratings', (t) =>
  t.field({
    type: [RatingRef],
    description: 'Quarterly ratings, newest first: published ones for everyone (no login needed), drafts for the bureau',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => ratingsIn(ctx.em, visibleStatuses(ctx.principal)),
  }),
);

builder.queryField('rating', (t) =>
  t.field({
    type: RatingRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id({ required: false }), quarter: t.arg.string({ required: false }) },
    resolve: (_r, { id, quarter }, ctx) => ratingBy(ctx.em, id ? { id: parseId(id) ?? 0 } : { quarter: quarter ?? '' }, visibleStatuses(ctx.principal)),
  }),
);

/** The current list, read from the list entries in force today (public). */
const currentList = async (kind: 'RED' | 'BLACK', ctx: Context) => (await listedOn(ctx.em, kind, todayOf(ctx))).map((f) => ({ ...f, kind }));

builder.queryField('redList', (t) =>
  t.field({
    type: [ListedFirmRef],
    description: '红榜 — firms on the red list today (no login needed)',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => currentList('RED', ctx),
  }),
);
builder.queryField('blackList', (t) =>
  t.field({
    type: [ListedFirmRef],
    description: '黑名单 — firms on the black list today (no login needed)',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => currentList('BLACK', ctx),
  }),
);

builder.mutationField('prepareRating', (t) =>
  t.field({
    type: RatingRef,
    description: 'Computes the quarter’s rating from the records as of its last day (re-preparing replaces an unpublished draft)',
    authScopes: { perm: 'rating:prepare' },
    errors: { types: WRITE_ERRORS },
    args: { quarter: t.arg.string({ required: true, description: 'e.g. 2026Q3' }) },
    resolve: (_r, { quarter }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const rating = await prepareRating(em, actorOf(ctx), quarter.trim(), todayOf(ctx));
        return { result: rating, audit: { action: 'rating.prepare', entityType: 'Rating', entityId: rating.id, changes: { quarter } } };
      }),
  }),
);

builder.mutationField('reviewRating', (t) =>
  t.field({
    type: RatingRef,
    description: 'PREPARED → REVIEWED, by someone other than the preparer',
    authScopes: { perm: 'rating:prepare' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, { id, note }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const rating = await reviewRating(em, actorOf(ctx), id, note?.trim() || null);
        if (!rating) throw notFound(RATING, String(id), ctx.locale);
        return { result: rating, audit: { action: 'rating.review', entityType: 'Rating', entityId: rating.id, changes: { note } } };
      }),
  }),
);

builder.mutationField('publishRating', (t) =>
  t.field({
    type: RatingRef,
    description: 'REVIEWED → PUBLISHED (ADMIN): the red list, black-listing after two C grades and G5 proposals take effect today',
    authScopes: { perm: 'rating:publish' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const rating = await publishRating(em, actorOf(ctx), id, todayOf(ctx));
        if (!rating) throw notFound(RATING, String(id), ctx.locale);
        return { result: rating, audit: { action: 'rating.publish', entityType: 'Rating', entityId: rating.id } };
      }),
  }),
);

// ---- notifications -----------------------------------------------------------------------------------------------

const NotificationRef = builder.objectRef<Notification>('Notification').implement({
  description: 'An inbox message for the signed-in user (a firm user gets one for every record event concerning the firm)',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    recordId: t.id({ nullable: true, resolve: (n) => n.record?.id ?? null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});
const NotificationPage = builder.objectRef<{ items: Notification[]; total: number; unread: number }>('NotificationPage').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ items: t.field({ type: [NotificationRef], resolve: (p) => p.items }), total: t.exposeInt('total'), unread: t.exposeInt('unread') }),
});

builder.queryField('notifications', (t) =>
  t.field({
    type: NotificationPage,
    description: 'The signed-in user’s inbox, newest first',
    authScopes: { signedIn: true },
    args: {
      unreadOnly: t.arg.boolean({ required: false, defaultValue: false }),
      page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
      perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(1).max(MAX_PER_PAGE) }),
    },
    complexity: (args) => ({ field: 2, multiplier: Math.max(1, args.perPage ?? 25) }),
    resolve: async (_r, a, ctx) => {
      const mine = { user: ctx.user!.id };
      const page = await findPage(ctx, Notification, a.unreadOnly ? { ...mine, readAt: null } : mine, {
        page: a.page ?? 1,
        perPage: a.perPage ?? 25,
        sortField: 'createdAt',
        sortOrder: 'DESC',
      });
      return { ...page, unread: await unreadNotifications(ctx.em, ctx.user!.id) };
    },
  }),
);

builder.mutationField('markNotificationRead', (t) =>
  t.int({
    description: 'Marks the given inbox messages (or all, without ids) as read; returns how many changed',
    authScopes: { signedIn: true },
    args: { ids: t.arg.idList({ required: false }) },
    resolve: (_r, { ids }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const changed = await markNotificationsRead(em, ctx.user!.id, ids);
        return { result: changed, audit: { action: 'notification.read', entityType: 'Notification', entityId: null, changes: { ids: ids ?? 'ALL', changed } } };
      }),
  }),
);
