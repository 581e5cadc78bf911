import {
  approveMinutes,
  campaignMeetings,
  createArticle,
  imagesOfArticles,
  meetingFacts,
  minutesByMeeting,
  minutesFacts,
  peerVisits,
  publicityArticle,
  publicityArticles,
  publishArticle,
  publishedArticle,
  publishedArticles,
  recordPeerVisit,
  removeArticleImage,
  returnMinutes,
  scheduleJointMeeting,
  submitMinutes,
  updateArticle,
  visitingFirms,
  withdrawArticle,
  writeMinutes,
  JointMeeting,
  User,
  type MeetingMinutes,
  type PeerVisit,
  type PublicityArticle,
  type PublicityImage,
} from '@wuye/db';
import {
  ARTICLE_ACTIONS,
  ARTICLE_KINDS,
  ARTICLE_STATUSES,
  MEETING_KINDS,
  MINUTES_ACTIONS,
  MINUTES_STATUSES,
  articleActions,
  articleParagraphs,
  messageFor,
  minutesActions,
  type ActionAvailability,
  type ArticleAction,
  type MinutesAction,
} from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { nowOf, todayOf } from '../today.js';
import { auditedWrite } from '../write.js';
import { JointMeetingRef } from './campaign.js';
import { WRITE_ERRORS } from './errors.js';
import { DepartmentRef, TownshipRef } from './refs/index.js';

/**
 * The campaign's records (docs/campaign-records.md): the minutes of its meetings (the joint meetings and the monthly
 * consultation are JointMeeting notices, by kind), peer visits (观摩), and the publicity column (宣传专栏) of the public
 * site. Every signed-in role but an agency reads the meetings and visits (a firm only the visits it hosted or joined);
 * minutes are written by the bureau or the host department/township (minutes:write) and approved by another regulator
 * (minutes:approve); the bureau keeps the column (publicity:manage), the public reads published articles.
 */
const MEETING = 'entity.jointMeeting';
const ARTICLE = 'entity.article';
const READ = { perm: 'campaign:read' } as const;

const MeetingKindEnum = builder.enumType('MeetingKind', { values: MEETING_KINDS });
const MinutesStatusEnum = builder.enumType('MinutesStatus', { values: MINUTES_STATUSES });
const MinutesActionEnum = builder.enumType('MinutesAction', { values: MINUTES_ACTIONS });
const ArticleKindEnum = builder.enumType('ArticleKind', { values: ARTICLE_KINDS });
const ArticleStatusEnum = builder.enumType('ArticleStatus', { values: ARTICLE_STATUSES });
const ArticleActionEnum = builder.enumType('ArticleAction', { values: ARTICLE_ACTIONS });

const MinutesAvailableActionRef = builder.objectRef<ActionAvailability<MinutesAction>>('MinutesAvailableAction').implement({
  description: 'An action the caller may take on a meeting’s minutes, and whether it can be taken now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: MinutesActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

/** A staff member's display name; the reference may not be loaded yet right after a write. */
async function staffName(ctx: Context, u: { id: number; displayName?: string } | null | undefined): Promise<string | null> {
  if (!u) return null;
  return u.displayName ?? (await ctx.em.findOne(User, { id: u.id }))?.displayName ?? null;
}

const MeetingMinutesRef = builder.objectRef<MeetingMinutes>('MeetingMinutes').implement({
  description: '会议纪要 — written, submitted, approved by a regulator other than the writer; approved minutes are read-only',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    body: t.exposeString('body'),
    attendees: t.exposeStringList('attendees'),
    status: t.field({ type: MinutesStatusEnum, resolve: (m) => m.status }),
    writtenBy: t.string({
      nullable: true,
      description: 'The writer’s display name (staff, not personal data)',
      resolve: (m) => m.writtenBy?.displayName ?? null,
    }),
    writtenAt: t.expose('writtenAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    approvedBy: t.string({ nullable: true, resolve: (m, _a, ctx) => staffName(ctx, m.approvedBy) }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    returnNote: t.exposeString('returnNote', { nullable: true, description: 'Why the approver returned the last submission' }),
  }),
});

builder.objectFields(JointMeetingRef, (t) => ({
  kind: t.field({ type: MeetingKindEnum, resolve: (m) => m.kind }),
  hostDepartment: t.field({ type: DepartmentRef, nullable: true, resolve: (m) => m.hostDepartment?.id ?? null }),
  hostTownship: t.field({ type: TownshipRef, nullable: true, resolve: (m) => m.hostTownship?.id ?? null }),
  minutes: t.loadable({
    type: MeetingMinutesRef,
    nullable: true,
    description: 'The minutes, once someone has started writing them',
    load: async (ids: number[], ctx: Context) => {
      const byMeeting = await minutesByMeeting(ctx.em, ids);
      return ids.map((id) => byMeeting.get(id) ?? null);
    },
    resolve: (m) => m.id,
  }),
  availableMinutesActions: t.loadableList({
    type: MinutesAvailableActionRef,
    description: 'What the caller may do to the minutes now (EDIT, SUBMIT, APPROVE, RETURN), each with why not',
    load: async (ids: number[], ctx: Context) => {
      const [byMeeting, meetings] = await Promise.all([minutesByMeeting(ctx.em, ids), ctx.em.find(JointMeeting, { id: { $in: ids } })]);
      const byId = new Map(meetings.map((m) => [m.id, m]));
      return ids.map((id) => minutesActions(meetingFacts(byId.get(id)!), minutesFacts(byMeeting.get(id)), ctx.principal, nowOf(ctx)));
    },
    resolve: (m) => m.id,
  }),
}));

builder.queryField('campaignMeetings', (t) =>
  t.field({
    type: [JointMeetingRef],
    description: 'Campaign meetings — joint meetings and monthly consultations, or one kind — newest first, with their minutes',
    authScopes: READ,
    args: { kind: t.arg({ type: MeetingKindEnum, required: false }) },
    resolve: (_r, a, ctx) => campaignMeetings(ctx.em, a.kind),
  }),
);

builder.mutationField('scheduleCampaignMeeting', (t) =>
  t.field({
    type: JointMeetingRef,
    description:
      'Schedules a joint meeting (联席会议) or a monthly consultation (月度会商) of a campaign, held by the leading group or a department or township, and writes its notice',
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      kind: t.arg({ type: MeetingKindEnum, required: true }),
      campaignId: t.arg.id({ required: false }),
      title: t.arg.string({ required: true }),
      heldAt: t.arg({ type: 'DateTime', required: true }),
      location: t.arg.string({ required: true }),
      agenda: t.arg.string({ required: true }),
      participants: t.arg.stringList({ required: true }),
      contactPhone: t.arg.string({ required: false }),
      hostDepartmentId: t.arg.id({ required: false }),
      hostTownshipId: t.arg.id({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await scheduleJointMeeting(em, a, todayOf(ctx));
        return {
          result: m,
          audit: {
            action: 'jointMeeting.create',
            entityType: 'JointMeeting',
            entityId: m.id,
            changes: { kind: a.kind, title: m.title, heldAt: a.heldAt.toISOString() },
          },
        };
      }),
  }),
);

const minutesMutation = (
  name: string,
  description: string,
  perm: 'minutes:write' | 'minutes:approve',
  audit: string,
  extraArgs: 'write' | 'note' | 'none',
  run: (
    ctx: Context,
    em: Parameters<Parameters<typeof auditedWrite>[1]>[0],
    a: { meetingId: string | number; body?: string; attendees?: string[]; note?: string },
  ) => Promise<MeetingMinutes | null>,
) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: MeetingMinutesRef,
      description,
      authScopes: { perm },
      errors: { types: WRITE_ERRORS },
      args: {
        meetingId: t.arg.id({ required: true }),
        ...(extraArgs === 'write' ? { body: t.arg.string({ required: true }), attendees: t.arg.stringList({ required: true }) } : {}),
        ...(extraArgs === 'note' ? { note: t.arg.string({ required: true }) } : {}),
      },
      resolve: (_r, a, ctx) =>
        auditedWrite(ctx, async (em) => {
          const m = await run(ctx, em, a as never);
          if (!m) throw notFound(MEETING, String(a.meetingId), ctx.locale);
          const changes = extraArgs === 'note' ? { note: (a as { note?: string }).note } : { status: m.status };
          return { result: m, audit: { action: audit, entityType: 'JointMeeting', entityId: m.meeting.id, changes } };
        }),
    }),
  );

minutesMutation(
  'writeMeetingMinutes',
  'Writes (or rewrites the caller’s own draft of) a meeting’s minutes, after the meeting',
  'minutes:write',
  'minutes.write',
  'write',
  (ctx, em, a) => writeMinutes(em, ctx.principal!, a.meetingId, { body: a.body!, attendees: a.attendees! }, nowOf(ctx)),
);
minutesMutation('submitMeetingMinutes', 'The writer submits the minutes for approval', 'minutes:write', 'minutes.submit', 'none', (ctx, em, a) =>
  submitMinutes(em, ctx.principal!, a.meetingId, nowOf(ctx)),
);
minutesMutation(
  'approveMeetingMinutes',
  'A regulator other than the writer approves submitted minutes; they are read-only from then on',
  'minutes:approve',
  'minutes.approve',
  'none',
  (ctx, em, a) => approveMinutes(em, ctx.principal!, a.meetingId),
);
minutesMutation(
  'returnMeetingMinutes',
  'A regulator other than the writer returns submitted minutes to the writer, saying why',
  'minutes:approve',
  'minutes.return',
  'note',
  (ctx, em, a) => returnMinutes(em, ctx.principal!, a.meetingId, a.note!),
);

// ---- peer visits ----------------------------------------------------------------------------------------------------

const NamedFirmRef = builder.objectRef<{ id: string; name: string }>('PeerVisitFirm').implement({
  description: 'A visiting firm by name',
  authScopes: READ,
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const PeerVisitRef = builder.objectRef<PeerVisit>('PeerVisit').implement({
  description: '观摩 — a visit to a host firm and/or community by firms and people, with what they found',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    visitedOn: t.expose('visitedOn', { type: 'Date' }),
    hostEnterpriseName: t.string({ nullable: true, resolve: (v) => v.hostEnterprise?.name ?? null }),
    hostCommunityName: t.string({ nullable: true, resolve: (v) => v.hostCommunity?.name ?? null }),
    visitingFirms: t.loadableList({
      type: NamedFirmRef,
      load: async (ids: number[], ctx: Context) => {
        const byVisit = await visitingFirms(ctx.em, ids);
        return ids.map((id) => (byVisit.get(id) ?? []).map((e) => ({ id: String(e.id), name: e.name })));
      },
      resolve: (v) => v.id,
    }),
    visitorPeople: t.exposeStringList('visitorPeople'),
    findings: t.exposeString('findings'),
  }),
});

builder.queryField('peerVisits', (t) =>
  t.field({
    type: [PeerVisitRef],
    description: 'Peer visits, newest first (a firm sees the visits it hosted or joined)',
    authScopes: READ,
    resolve: (_r, _a, ctx) => peerVisits(ctx.em, ctx.principal?.role === 'ENTERPRISE' ? Number(ctx.principal.enterpriseId ?? 0) : null),
  }),
);

builder.mutationField('recordPeerVisit', (t) =>
  t.field({
    type: PeerVisitRef,
    description: 'Records a peer visit (观摩) held up to today: host, visiting firms and people, findings',
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      visitedOn: t.arg({ type: 'Date', required: true }),
      hostEnterpriseId: t.arg.id({ required: false }),
      hostCommunityId: t.arg.id({ required: false }),
      visitorEnterpriseIds: t.arg.idList({ required: true }),
      visitorPeople: t.arg.stringList({ required: true }),
      findings: t.arg.string({ required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const v = await recordPeerVisit(em, ctx.principal!, a, todayOf(ctx));
        return {
          result: v,
          audit: {
            action: 'peerVisit.create',
            entityType: 'PeerVisit',
            entityId: v.id,
            changes: { visitedOn: a.visitedOn, firms: a.visitorEnterpriseIds.length },
          },
        };
      }),
  }),
);

// ---- the publicity column -----------------------------------------------------------------------------------------

const MANAGE = { perm: 'publicity:manage' } as const;

const ArticleAvailableActionRef = builder.objectRef<ActionAvailability<ArticleAction>>('ArticleAvailableAction').implement({
  description: 'An action the caller may take on an article, and whether it can be taken now',
  authScopes: MANAGE,
  fields: (t) => ({
    action: t.field({ type: ArticleActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

/** Where an article's image is served (`GET /publicity-images/:id`, apps/server/src/publicity-images.ts). */
const imageUrl = (i: PublicityImage) => `/publicity-images/${i.id}`;

const ArticleImageRef = builder.objectRef<PublicityImage>('ArticleImage').implement({
  description: 'An image of an article (JPG or PNG), uploaded with POST /publicity-images and served at `url`',
  authScopes: MANAGE,
  fields: (t) => ({
    id: t.exposeID('id'),
    caption: t.exposeString('caption', { nullable: true }),
    originalName: t.exposeString('originalName'),
    mime: t.exposeString('mime'),
    size: t.exposeInt('size'),
    url: t.string({ description: 'Served to the bureau whatever the status, to the public while the article is published', resolve: imageUrl }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
  }),
});

const PublicArticleImageRef = builder.objectRef<PublicityImage>('PublicArticleImage').implement({
  description: 'An image of a published article, as the public site shows it',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    caption: t.exposeString('caption', { nullable: true }),
    url: t.string({ description: 'Served without login while the article is published', resolve: imageUrl }),
  }),
});

const ArticleRef = builder.objectRef<PublicityArticle>('PublicityArticle').implement({
  description: '宣传专栏 article as the bureau keeps it: draft, published or withdrawn',
  authScopes: MANAGE,
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ArticleKindEnum, resolve: (a) => a.kind }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    body: t.exposeString('body', { description: 'Plain text; paragraphs are separated by blank lines' }),
    source: t.exposeString('source', { nullable: true }),
    status: t.field({ type: ArticleStatusEnum, resolve: (a) => a.status }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    withdrawReason: t.exposeString('withdrawReason', { nullable: true }),
    availableActions: t.field({ type: [ArticleAvailableActionRef], resolve: (a, _args, ctx) => articleActions(a, ctx.principal) }),
    images: t.loadableGroup({
      type: ArticleImageRef,
      description: 'Its images in upload order (attached and removed while a draft)',
      load: (ids: number[], ctx: Context) => imagesOfArticles(ctx.em, ids),
      group: (i) => i.article.id,
      resolve: (a) => a.id,
    }),
  }),
});

const PublicArticleRef = builder.objectRef<PublicityArticle>('PublicArticle').implement({
  description: 'A published article of the publicity column, as the public site shows it (text only)',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ArticleKindEnum, resolve: (a) => a.kind }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    paragraphs: t.stringList({ description: 'The text, paragraph by paragraph (render as text, never as HTML)', resolve: (a) => articleParagraphs(a.body) }),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.field({ type: 'DateTime', resolve: (a) => a.publishedAt! }),
    images: t.loadableGroup({
      type: PublicArticleImageRef,
      description: 'Its images in upload order',
      load: (ids: number[], ctx: Context) => imagesOfArticles(ctx.em, ids),
      group: (i) => i.article.id,
      resolve: (a) => a.id,
    }),
  }),
});

const PublicArticlePageRef = builder.objectRef<{ items: PublicityArticle[]; total: number; page: number; perPage: number }>('PublicArticlePage').implement({
  description: 'One page of the publicity column',
  authScopes: { public: true },
  fields: (t) => ({
    items: t.field({ type: [PublicArticleRef], resolve: (p) => p.items }),
    total: t.exposeInt('total'),
    page: t.exposeInt('page'),
    perPage: t.exposeInt('perPage'),
  }),
});

builder.queryField('publicArticles', (t) =>
  t.field({
    type: PublicArticlePageRef,
    description: 'The public publicity column: published articles of a kind (or all), newest first, a page at a time (at most 50)',
    authScopes: { public: true },
    args: { kind: t.arg({ type: ArticleKindEnum, required: false }), page: t.arg.int({ required: false }), perPage: t.arg.int({ required: false }) },
    resolve: (_r, a, ctx) => publishedArticles(ctx.em, a.kind, a.page, a.perPage),
  }),
);

builder.queryField('publicArticle', (t) =>
  t.field({
    type: PublicArticleRef,
    nullable: true,
    description: 'One published article (null when it does not exist, is a draft or was withdrawn)',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => publishedArticle(ctx.em, a.id),
  }),
);

builder.queryField('publicityArticles', (t) =>
  t.field({
    type: [ArticleRef],
    description: 'Every article of the column, for the bureau, newest first',
    authScopes: MANAGE,
    args: { kind: t.arg({ type: ArticleKindEnum, required: false }), status: t.arg({ type: ArticleStatusEnum, required: false }) },
    resolve: (_r, a, ctx) => publicityArticles(ctx.em, { kind: a.kind, status: a.status }),
  }),
);

builder.queryField('publicityArticle', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    authScopes: MANAGE,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => publicityArticle(ctx.em, a.id),
  }),
);

const ArticleInputRef = builder.inputType('ArticleInput', {
  fields: (t) => ({
    kind: t.field({ type: ArticleKindEnum, required: true }),
    title: t.string({ required: true }),
    summary: t.string({ required: false }),
    body: t.string({ required: true }),
    source: t.string({ required: false }),
  }),
});

builder.mutationField('saveArticle', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Writes a new draft (no id) or rewrites a draft (plain text: markup is refused)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: ArticleInputRef, required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const article = a.id ? await updateArticle(em, ctx.principal!, a.id, a.input) : await createArticle(em, ctx.principal!, a.input);
        if (!article) throw notFound(ARTICLE, String(a.id), ctx.locale);
        return {
          result: article,
          audit: {
            action: a.id ? 'article.update' : 'article.create',
            entityType: 'PublicityArticle',
            entityId: article.id,
            changes: { kind: a.input.kind, title: a.input.title },
          },
        };
      }),
  }),
);

builder.mutationField('publishArticle', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Publishes a draft on the public site',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const article = await publishArticle(em, ctx.principal!, a.id);
        if (!article) throw notFound(ARTICLE, String(a.id), ctx.locale);
        return { result: article, audit: { action: 'article.publish', entityType: 'PublicityArticle', entityId: article.id, changes: {} } };
      }),
  }),
);

builder.mutationField('withdrawArticle', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Takes a published article off the public site, saying why; it stays withdrawn',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const article = await withdrawArticle(em, ctx.principal!, a.id, a.reason);
        if (!article) throw notFound(ARTICLE, String(a.id), ctx.locale);
        return { result: article, audit: { action: 'article.withdraw', entityType: 'PublicityArticle', entityId: article.id, changes: { reason: a.reason } } };
      }),
  }),
);

builder.mutationField('removeArticleImage', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Removes an image from a draft (images are attached with POST /publicity-images)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true, description: 'The image' }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const article = await removeArticleImage(em, ctx.principal!, a.id);
        if (!article) throw notFound('entity.articleImage', String(a.id), ctx.locale);
        return {
          result: article,
          audit: { action: 'article.imageRemove', entityType: 'PublicityArticle', entityId: article.id, changes: { imageId: String(a.id) } },
        };
      }),
  }),
);
