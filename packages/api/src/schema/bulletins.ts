import {
  Bulletin,
  bulletinBy,
  bulletinStepBy,
  bulletinsIn,
  buildBulletinSnapshot,
  closedLoopPolicy,
  generateBulletin,
  publishBulletin,
  reviewBulletin,
  type BulletinSnapshot,
  type BulletinStep,
} from '@wuye/db';
import { bulletinActions, can, listingReasonText, messageFor, standardOn, type ActionAvailability, type BulletinAction } from '@wuye/domain';
import { standardsOf } from '../credit-write.js';
import { nowOf, todayOf } from '../today.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { BulletinActionEnum, BulletinStatusEnum } from './refs/index.js';

/**
 * 月通报 — the monthly bulletin: generated as a DRAFT snapshot, reviewed, published by ADMIN. A published bulletin
 * is immutable and readable without login (like the published ratings); drafts are for the bureau and analysts.
 * Printable A4 page: GET /bulletins/{id}/print; download: GET /bulletins/{id}/download (HTML) or .xlsx.
 */
const BULLETIN = 'entity.bulletin';

const BulletinAvailableActionRef = builder.objectRef<ActionAvailability<BulletinAction>>('BulletinAvailableAction').implement({
  description: 'An action the caller may take on a bulletin, and whether it can be taken now',
  authScopes: { public: true },
  fields: (t) => ({
    action: t.field({ type: BulletinActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({
      nullable: true,
      description: 'Why it cannot be taken now (the rule the command would refuse it with), in the caller’s language',
      resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null),
    }),
  }),
});

/** The display name of the user who took a step (working information: only for callers with bulletin:read). */
const byName = (step: BulletinStep) => (b: Bulletin, _a: unknown, ctx: Context) => bulletinStepBy(ctx.em, b, step);

/**
 * The snapshot as stored, with the codes it names in the reader's words: a listing's reason and a typical case's item
 * (B2, B7 …) by the scoring standard in force on their date. The stored snapshot is not changed.
 */
async function withWords(snapshot: BulletinSnapshot, ctx: Context): Promise<BulletinSnapshot> {
  if (!snapshot?.typicalCases && !snapshot?.listChanges) return snapshot;
  const standards = await standardsOf(ctx);
  return {
    ...snapshot,
    listChanges: (snapshot.listChanges ?? []).map((c) => ({ ...c, reasonText: listingReasonText(c.reason, ctx.locale, standardOn(standards, c.date)) })),
    typicalCases: (snapshot.typicalCases ?? []).map((c) => ({ ...c, itemText: listingReasonText(c.itemCode, ctx.locale, standardOn(standards, c.date)) })),
  };
}

export const BulletinRef = builder.objectRef<Bulletin>('Bulletin').implement({
  description: '月通报 — a monthly bulletin; once published its snapshot never changes',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    month: t.exposeString('month'),
    status: t.field({ type: BulletinStatusEnum, resolve: (b) => b.status }),
    generatedAt: t.expose('generatedAt', { type: 'DateTime' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    snapshot: t.field({
      type: 'JSON',
      description:
        'The content: { month, asOf, county: [KPI], byTownship: [{ townshipName, kpis }], distribution, listChanges, overdueIssues, flaggedIssues, typicalCases, top10, bottom10, totalFirms }',
      resolve: async (b, _a, ctx) => withWords(b.snapshot as unknown as BulletinSnapshot, ctx),
    }),
    generatedByName: t.string({
      nullable: true,
      authScopes: { perm: 'bulletin:read' },
      description: 'Who generated the current draft (display name); for the bureau and analysts',
      resolve: byName('generatedBy'),
    }),
    reviewedByName: t.string({
      nullable: true,
      authScopes: { perm: 'bulletin:read' },
      description: 'Who reviewed it (display name); for the bureau and analysts',
      resolve: byName('reviewedBy'),
    }),
    publishedByName: t.string({
      nullable: true,
      authScopes: { perm: 'bulletin:read' },
      description: 'Who published it (display name); for the bureau and analysts',
      resolve: byName('publishedBy'),
    }),
    printUrl: t.string({ description: 'Printable A4 page', resolve: (b) => `/bulletins/${b.id}/print` }),
    downloadUrl: t.string({ description: 'Downloadable HTML file (append ?format=xlsx for Excel)', resolve: (b) => `/bulletins/${b.id}/download` }),
    availableActions: t.field({
      type: [BulletinAvailableActionRef],
      description: 'What the caller may do to the bulletin, each with whether it can be done now and why not (for buttons); none for the public',
      resolve: (b, _a, ctx) => bulletinActions(b, ctx.principal),
    }),
  }),
});

/** Drafts are working papers: only callers with bulletin:read see them. */
export function visibleBulletinStatuses(ctx: Pick<Context, 'principal'>): ('DRAFT' | 'REVIEWED' | 'PUBLISHED')[] {
  return can(ctx.principal, 'bulletin:read') ? ['DRAFT', 'REVIEWED', 'PUBLISHED'] : ['PUBLISHED'];
}

builder.queryField('bulletins', (t) =>
  t.field({
    type: [BulletinRef],
    description: 'Monthly bulletins, newest first: published ones for everyone (no login needed), drafts for the bureau and analysts',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => bulletinsIn(ctx.em, visibleBulletinStatuses(ctx), can(ctx.principal, 'bulletin:read')),
  }),
);

builder.queryField('bulletin', (t) =>
  t.field({
    type: BulletinRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id({ required: false }), month: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) => bulletinBy(ctx.em, a.id ? { id: parseId(a.id) ?? 0 } : { month: a.month ?? '' }, visibleBulletinStatuses(ctx)),
  }),
);

const actorOf = (ctx: Context) => ({ userId: ctx.user?.id ?? null });

// The commands are in @wuye/db (packages/db/src/bulletins).
builder.mutationField('generateBulletin', (t) =>
  t.field({
    type: BulletinRef,
    description: 'Generates (or regenerates, while not published) the bulletin of a month as a DRAFT snapshot',
    authScopes: { perm: 'bulletin:prepare' },
    errors: { types: WRITE_ERRORS },
    args: { month: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(
        ctx,
        async (em) => {
          const today = todayOf(ctx);
          const build = (): Promise<BulletinSnapshot> => buildBulletinSnapshot(em, a.month, today, nowOf(ctx), closedLoopPolicy.sla.firstResponseDays);
          const { bulletin: b, regenerated } = await generateBulletin(em, actorOf(ctx), a.month, today, build);
          return {
            result: b,
            audit: { action: regenerated ? 'bulletin.regenerate' : 'bulletin.generate', entityType: 'Bulletin', entityId: b.id, changes: { month: a.month } },
          };
        },
        { month: 'month' },
      ),
  }),
);

builder.mutationField('reviewBulletin', (t) =>
  t.field({
    type: BulletinRef,
    authScopes: { perm: 'bulletin:prepare' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const b = await reviewBulletin(em, actorOf(ctx), a.id, a.note);
        if (!b) throw notFound(BULLETIN, a.id, ctx.locale);
        return { result: b, audit: { action: 'bulletin.review', entityType: 'Bulletin', entityId: b.id, changes: { note: a.note ?? null } } };
      }),
  }),
);

builder.mutationField('publishBulletin', (t) =>
  t.field({
    type: BulletinRef,
    description: 'Publishes a reviewed bulletin (ADMIN): from now on it is public and never changes',
    authScopes: { perm: 'bulletin:publish' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const b = await publishBulletin(em, actorOf(ctx), a.id, todayOf(ctx));
        if (!b) throw notFound(BULLETIN, a.id, ctx.locale);
        return { result: b, audit: { action: 'bulletin.publish', entityType: 'Bulletin', entityId: b.id, changes: { month: b.month } } };
      }),
  }),
);
