import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, ComplaintEvent, applyComplaintCommand, childRows, closedLoopPolicy, complaintSnapshot, createComplaint, rowById, type Em } from '@wuye/db';
import {
  COLLECTIVE_COMPLAINT_MIN,
  availableComplaintActions,
  firstResponseDeadline,
  isCollectiveComplaint,
  isFirstResponseLate,
  isResolutionLate,
  maskName,
  maskPhone,
  resolutionDeadline,
  seesPersonalData,
  type ComplaintCommand,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { complaintScope, dayRange, loopActor, loopWrite, now } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import {
  CommunityRef,
  ComplaintActionEnum,
  ComplaintChannelEnum,
  ComplaintRef,
  ComplaintStateEnum,
  DepartmentRef,
  EnterpriseRef,
  FollowUpRatingEnum,
  IssueCategoryEnum,
  IssueRef,
  TownshipRef,
} from './refs/index.js';

const LABEL = 'entity.complaint';

/** Complainant data in full only for ADMIN, REGULATOR and the handling department or township (docs/product.md §1). */
const seesComplainant = (c: Complaint, ctx: Context) =>
  seesPersonalData(ctx.principal, {
    handlingDepartmentId: c.department ? String(c.department.id) : null,
    handlingTownshipId: c.handledByTownship ? String(c.township.id) : null,
  });

export const ComplaintEventRef = builder.objectRef<ComplaintEvent>('ComplaintEvent').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: 'RECEIVE or a ComplaintAction' }),
    fromState: t.field({ type: ComplaintStateEnum, nullable: true, resolve: (e) => e.fromState ?? null }),
    toState: t.field({ type: ComplaintStateEnum, resolve: (e) => e.toState }),
    actorName: t.exposeString('actorName', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

ComplaintRef.implement({
  description: "投诉举报 — a complaint, routed by category to the owning department (owners' committee matters to the community's township)",
  authScopes: { perm: 'complaint:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.field({ type: ComplaintChannelEnum, resolve: (c) => c.channel }),
    complainantName: t.string({
      nullable: true,
      description: 'Personal data: masked unless the caller is ADMIN, REGULATOR or the handling department',
      resolve: (c, _a, ctx) => (c.complainantName == null || seesComplainant(c, ctx) ? (c.complainantName ?? null) : maskName(c.complainantName)),
    }),
    complainantPhone: t.string({
      nullable: true,
      description: 'Personal data: masked unless the caller is ADMIN, REGULATOR or the handling department',
      resolve: (c, _a, ctx) => (c.complainantPhone == null || seesComplainant(c, ctx) ? (c.complainantPhone ?? null) : maskPhone(c.complainantPhone)),
    }),
    complainantCount: t.exposeInt('complainantCount'),
    collective: t.boolean({ description: `≥ ${COLLECTIVE_COMPLAINT_MIN} complainants (群体投诉)`, resolve: (c) => isCollectiveComplaint(c.complainantCount) }),
    communityId: t.id({ resolve: (c) => c.community.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (c) => c.community.id }),
    townshipId: t.id({ resolve: (c) => c.township.id }),
    township: t.field({ type: TownshipRef, resolve: (c) => c.township.id }),
    enterpriseId: t.id({ nullable: true, resolve: (c) => c.enterprise?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (c) => c.enterprise?.id ?? null }),
    category: t.field({ type: IssueCategoryEnum, resolve: (c) => c.category }),
    subtype: t.exposeString('subtype', { nullable: true }),
    content: t.exposeString('content'),
    departmentId: t.id({ nullable: true, resolve: (c) => c.department?.id ?? null }),
    department: t.field({ type: DepartmentRef, nullable: true, resolve: (c) => c.department?.id ?? null }),
    handledByTownship: t.exposeBoolean('handledByTownship', {
      description: "Routed to the community's township instead of a department (owners' committee matters); that township handles it",
    }),
    state: t.field({ type: ComplaintStateEnum, resolve: (c) => c.state }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    firstResponseDue: t.field({ type: 'DateTime', resolve: (c) => firstResponseDeadline(c.receivedAt, closedLoopPolicy.sla) }),
    resolutionDue: t.field({ type: 'DateTime', resolve: (c) => resolutionDeadline(c.receivedAt, closedLoopPolicy.sla) }),
    firstResponseLate: t.boolean({ resolve: (c) => isFirstResponseLate(complaintSnapshot(c), now(), closedLoopPolicy.sla) }),
    resolutionLate: t.boolean({ resolve: (c) => isResolutionLate(complaintSnapshot(c), now(), closedLoopPolicy.sla) }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    handledAt: t.expose('handledAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    responseNote: t.exposeString('responseNote', { nullable: true }),
    answer: t.exposeString('answer', { nullable: true }),
    rejectionReasons: t.exposeString('rejectionReasons', { nullable: true }),
    upheld: t.exposeBoolean('upheld', { nullable: true }),
    issueId: t.id({ nullable: true, resolve: (c) => c.issue?.id ?? null }),
    issue: t.field({ type: IssueRef, nullable: true, resolve: (c) => c.issue?.id ?? null }),
    followUpRating: t.field({ type: FollowUpRatingEnum, nullable: true, resolve: (c) => c.followUpRating ?? null }),
    followUpNote: t.exposeString('followUpNote', { nullable: true }),
    b3Proposed: t.exposeBoolean('b3Proposed'),
    b4Proposed: t.exposeBoolean('b4Proposed'),
    b5Proposed: t.exposeBoolean('b5Proposed'),
    availableActions: t.field({ type: [ComplaintActionEnum], resolve: (c, _a, ctx) => availableComplaintActions(complaintSnapshot(c), ctx.principal) }),
    events: t.loadableGroup({
      type: ComplaintEventRef,
      load: (ids: number[], ctx: Context) => childRows(ctx.em, ComplaintEvent, 'complaint', ids, { at: 'asc', id: 'asc' }),
      group: (e) => e.complaint.id,
      resolve: (c) => c.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const DAY_MS = 86_400_000;
const OPEN_COMPLAINT = { state: { $ne: 'CLOSED' as const } };

/** Still open and past a limit: not responded within the first-response limit, or not handled within the resolution limit. */
export function lateComplaintWhere(at: Date): FilterQuery<Complaint> {
  const sla = closedLoopPolicy.sla;
  return {
    $or: [
      { respondedAt: null, receivedAt: { $lt: new Date(at.getTime() - sla.firstResponseDays * DAY_MS) } },
      { handledAt: null, receivedAt: { $lt: new Date(at.getTime() - sla.resolutionDays * DAY_MS) } },
    ],
    ...OPEN_COMPLAINT,
  } as FilterQuery<Complaint>;
}

const ComplaintFilter = builder.inputType('ComplaintFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the content' }),
    ids: t.idList({ required: false }),
    channel: t.field({ type: ComplaintChannelEnum, required: false }),
    state: t.field({ type: ComplaintStateEnum, required: false }),
    states: t.field({ type: [ComplaintStateEnum], required: false }),
    open: t.boolean({ required: false, description: 'true: not CLOSED; false: CLOSED' }),
    category: t.field({ type: IssueCategoryEnum, required: false }),
    townshipId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
    handledByTownship: t.boolean({ required: false, description: "true: routed to the community's township (owners' committee matters)" }),
    enterpriseId: t.id({ required: false }),
    communityId: t.id({ required: false }),
    collective: t.boolean({ required: false }),
    overdue: t.boolean({ required: false, description: 'Open and past its first-response or resolution limit now' }),
    followUpRating: t.field({ type: FollowUpRatingEnum, required: false }),
    receivedFrom: t.field({ type: 'Date', required: false }),
    receivedTo: t.field({ type: 'Date', required: false }),
    closedFrom: t.field({ type: 'Date', required: false, description: 'Closed (after the follow-up visit) on or after this day' }),
    closedTo: t.field({ type: 'Date', required: false, description: 'Closed (after the follow-up visit) on or before this day' }),
    rated: t.boolean({ required: false, description: 'true: the follow-up visit gave a rating (the satisfaction KPI counts these); false: none yet' }),
  }),
});

defineListQuery({
  name: 'complaints',
  description: 'Complaints within the caller’s scope, paged',
  entity: Complaint,
  ref: ComplaintRef,
  sortFields: ['receivedAt', 'state', 'category', 'complainantCount', 'createdAt'],
  filter: ComplaintFilter,
  permission: 'complaint:read',
  capTotal: true,
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    const received = dayRange(f?.receivedFrom, f?.receivedTo);
    const late = lateComplaintWhere(now());
    const closed = dayRange(f?.closedFrom, f?.closedTo);
    return and<Complaint>(
      complaintScope(ctx),
      idsWhere(f?.ids),
      like ? { content: { $like: like } } : {},
      f?.channel ? { channel: f.channel } : {},
      f?.state ? { state: f.state } : {},
      f?.states?.length ? { state: { $in: f.states } } : {},
      f?.open != null ? (f.open ? OPEN_COMPLAINT : { state: 'CLOSED' }) : {},
      f?.category ? { category: f.category } : {},
      f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
      f?.departmentId ? { department: parseId(f.departmentId) ?? 0 } : {},
      f?.handledByTownship != null ? { handledByTownship: f.handledByTownship } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.communityId ? { community: parseId(f.communityId) ?? 0 } : {},
      f?.collective != null ? { complainantCount: f.collective ? { $gte: COLLECTIVE_COMPLAINT_MIN } : { $lt: COLLECTIVE_COMPLAINT_MIN } } : {},
      f?.overdue != null ? (f.overdue ? late : { $not: late }) : {},
      f?.followUpRating ? { followUpRating: f.followUpRating } : {},
      received ? { receivedAt: received } : {},
      closed ? { closedAt: closed } : {},
      f?.rated != null ? { followUpRating: f.rated ? { $ne: null } : null } : {},
    );
  },
});

builder.queryField('complaint', (t) =>
  t.field({
    type: ComplaintRef,
    nullable: true,
    authScopes: { perm: 'complaint:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

async function scopedComplaint(em: Em, ctx: Context, id: string | number): Promise<Complaint> {
  const complaint = await rowById(em, Complaint, id, complaintScope(ctx));
  if (!complaint) throw notFound(LABEL, String(id), ctx.locale);
  return complaint;
}

const ComplaintInput = builder.inputType('ComplaintInput', {
  fields: (t) => ({
    channel: t.field({ type: ComplaintChannelEnum, required: true }),
    complainantName: t.string({ required: false }),
    complainantPhone: t.string({ required: false }),
    complainantCount: t.int({ required: false, description: 'Default 1; ≥ 10 is a collective complaint' }),
    communityId: t.id({ required: true }),
    enterpriseId: t.id({ required: false, description: 'Defaults to the community’s serving enterprise' }),
    category: t.string({
      required: true,
      description: "An IssueCategory code: routes the complaint to the department owning it (OWNERS_COMMITTEE: to the community's township)",
    }),
    subtype: t.string({ required: false }),
    content: t.string({ required: true }),
    receivedAt: t.field({ type: 'DateTime', required: false, description: 'When it came in (default now; not in the future); the SLA clocks run from here' }),
  }),
});

builder.mutationField('createComplaint', (t) =>
  t.field({
    type: ComplaintRef,
    description:
      "Takes a complaint in and routes it automatically: to the department owning its category, owners' committee matters to the community's township",
    authScopes: { perm: 'complaint:create' },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ComplaintInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      loopWrite(ctx, async (em, at) => {
        const complaint = await createComplaint(
          em,
          {
            channel: input.channel,
            complainantName: input.complainantName,
            complainantPhone: input.complainantPhone,
            complainantCount: input.complainantCount ?? 1,
            communityId: parseId(input.communityId),
            enterpriseId: input.enterpriseId ? parseId(input.enterpriseId) : null,
            category: input.category,
            subtype: input.subtype,
            content: input.content,
            receivedAt: input.receivedAt ?? null,
          },
          loopActor(ctx),
          at,
        );
        // The audit trail keeps the facts, not the complainant's personal data.
        const { complainantName: _n, complainantPhone: _p, ...facts } = input;
        return {
          result: complaint,
          audit: {
            action: 'complaint.create',
            entityType: 'Complaint',
            entityId: complaint.id,
            changes: { ...facts, departmentId: complaint.department?.id ?? null, handledByTownship: complaint.handledByTownship },
          },
        };
      }),
  }),
);

function runComplaintAction(
  ctx: Context,
  id: string | number,
  command: ComplaintCommand,
  issueInput?: { title?: string | null; measures?: string | null; deadline?: string | null },
) {
  return loopWrite(ctx, async (em, at) => {
    const complaint = await scopedComplaint(em, ctx, id);
    const before = complaint.state;
    await applyComplaintCommand(em, complaint, command, loopActor(ctx), at, at, issueInput);
    return {
      result: complaint,
      audit: {
        action: `complaint.${command.action.toLowerCase()}`,
        entityType: 'Complaint',
        entityId: complaint.id,
        changes: { from: before, to: complaint.state, ...command, ...issueInput },
      },
    };
  });
}

builder.mutationFields((t) => ({
  routeComplaint: t.field({
    type: ComplaintRef,
    description: "Re-routes a wrongly routed complaint to another department, or to the community's township (the bureau); the clocks keep running",
    authScopes: { perm: 'issue:assign' },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      departmentId: t.arg.id({ required: false, description: 'The department to handle it; leave out with toTownship' }),
      toTownship: t.arg.boolean({ required: false, description: "true: to the community's township instead of a department" }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, { id, departmentId, toTownship, note }, ctx) =>
      runComplaintAction(ctx, id, { action: 'ROUTE', departmentId: departmentId ? String(departmentId) : null, toTownship: toTownship ?? false, note }),
  }),
  respondToComplaint: t.field({
    type: ComplaintRef,
    description: '首次响应 (the handling department or the bureau); stops the first-response clock',
    authScopes: { perm: 'complaint:handle' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_r, { id, note }, ctx) => runComplaintAction(ctx, id, { action: 'RESPOND', note }),
  }),
  resolveComplaint: t.field({
    type: ComplaintRef,
    description: '答复办结 with whether it was upheld; an upheld collective complaint proposes B4',
    authScopes: { perm: 'complaint:handle' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), answer: t.arg.string({ required: true }), upheld: t.arg.boolean({ required: true }) },
    resolve: (_r, { id, answer, upheld }, ctx) => runComplaintAction(ctx, id, { action: 'RESOLVE', note: answer, upheld }),
  }),
  turnComplaintIntoIssue: t.field({
    type: ComplaintRef,
    description: '转为问题: registers an issue (source COMPLAINT), assigned at once when measures and a deadline are given; counts as upheld',
    authScopes: { perm: 'complaint:handle' },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      note: t.arg.string({ required: false }),
      title: t.arg.string({ required: false }),
      measures: t.arg.string({ required: false }),
      deadline: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_r, { id, note, title, measures, deadline }, ctx) =>
      runComplaintAction(ctx, id, { action: 'TURN_INTO_ISSUE', note }, { title, measures, deadline }),
  }),
  rejectComplaint: t.field({
    type: ComplaintRef,
    description: '驳回 with reasons (not upheld)',
    authScopes: { perm: 'complaint:handle' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), reasons: t.arg.string({ required: true }) },
    resolve: (_r, { id, reasons }, ctx) => runComplaintAction(ctx, id, { action: 'REJECT', reasons }),
  }),
  closeComplaintWithFollowUp: t.field({
    type: ComplaintRef,
    description: '回访: closes a handled complaint with the follow-up rating; DISSATISFIED on an upheld complaint proposes B5',
    authScopes: { perm: 'complaint:handle' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), rating: t.arg({ type: FollowUpRatingEnum, required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, { id, rating, note }, ctx) => runComplaintAction(ctx, id, { action: 'CLOSE', rating, note }),
  }),
}));
