import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  articleImageIsPublic,
  articleImageRemoveIssue,
  articlePage,
  articleScopeIssue,
  articleTransitionIssue,
  checkArticle,
  checkArticleImage,
  checkMinutes,
  checkPeerVisit,
  checkReturnNote,
  minutesApproveIssue,
  minutesEditIssue,
  minutesSubmitIssue,
  type ArticleAction,
  type ArticleInput,
  type ArticleKind,
  type ArticleStatus,
  type FieldIssue,
  type MeetingFacts,
  type MeetingKind,
  type MinutesFacts,
  type Principal,
} from '@wuye/domain';
import { clock } from '../clock.js';
import { Community, Enterprise, JointMeeting, MeetingMinutes, PeerVisit, PeerVisitFirm, PublicityArticle, PublicityImage, User } from '../entities/index.js';
import { parseId } from '../references.js';
import { failOn } from '../rule-error.js';

/**
 * The campaign's records (docs/campaign-records.md): meeting minutes, peer visits and the publicity column. Rules in
 * @wuye/domain (campaign/records.ts, campaign/publicity.ts). Each command takes the caller's transactional
 * EntityManager and throws RuleError before anything is flushed when a rule refuses; null means no such row.
 */

type Id = string | number;

const userOf = (em: EntityManager, who: Principal) => (who.userId ? em.getReference(User, Number(who.userId)) : null);

/** The meeting as the minutes rules see it. */
export const meetingFacts = (m: JointMeeting): MeetingFacts => ({
  heldAt: m.heldAt,
  hostDepartmentId: m.hostDepartment ? String(m.hostDepartment.id) : null,
  hostTownshipId: m.hostTownship ? String(m.hostTownship.id) : null,
});

/** The minutes as the rules see them (null: none written yet). */
export const minutesFacts = (m: MeetingMinutes | null | undefined): MinutesFacts | null =>
  m ? { status: m.status, writtenById: m.writtenBy ? String(m.writtenBy.id) : null, body: m.body } : null;

async function meetingAndMinutes(em: EntityManager, meetingId: Id) {
  const meeting = await em.findOne(JointMeeting, { id: parseId(meetingId) ?? 0 });
  if (!meeting) return null;
  const minutes = await em.findOne(MeetingMinutes, { meeting: meeting.id }, { populate: ['writtenBy', 'approvedBy'] });
  return { meeting, minutes };
}

export interface MinutesInput {
  body: string;
  attendees: string[];
}

/**
 * Writes a meeting's minutes as a draft, or rewrites the caller's own draft: after the meeting, by the bureau or the
 * department or township that held it; refused once submitted or approved.
 */
export async function writeMinutes(
  em: EntityManager,
  who: Principal,
  meetingId: Id,
  input: MinutesInput,
  now: Date = clock.now(),
): Promise<MeetingMinutes | null> {
  const found = await meetingAndMinutes(em, meetingId);
  if (!found) return null;
  const { meeting, minutes } = found;
  const refused = minutesEditIssue(meetingFacts(meeting), minutesFacts(minutes), who, now);
  failOn(refused ? [refused] : checkMinutes(input));
  const data = { body: input.body.trim(), attendees: input.attendees.map((a) => a.trim()).filter(Boolean) };
  const row = minutes
    ? Object.assign(minutes, data)
    : em.create(MeetingMinutes, { meeting, ...data, status: 'DRAFT', writtenBy: userOf(em, who), writtenAt: clock.now() });
  await em.flush();
  return row;
}

/** The writer submits the draft for approval. */
export async function submitMinutes(em: EntityManager, who: Principal, meetingId: Id, now: Date = clock.now()): Promise<MeetingMinutes | null> {
  const found = await meetingAndMinutes(em, meetingId);
  if (!found) return null;
  const refused = minutesSubmitIssue(meetingFacts(found.meeting), minutesFacts(found.minutes), who, now);
  if (refused) failOn([refused]);
  Object.assign(found.minutes!, { status: 'SUBMITTED', submittedAt: clock.now() });
  await em.flush();
  return found.minutes;
}

/** A regulator other than the writer approves submitted minutes; from then on they are read-only. */
export async function approveMinutes(em: EntityManager, who: Principal, meetingId: Id): Promise<MeetingMinutes | null> {
  const found = await meetingAndMinutes(em, meetingId);
  if (!found) return null;
  const refused = minutesApproveIssue(minutesFacts(found.minutes), who);
  if (refused) failOn([refused]);
  Object.assign(found.minutes!, { status: 'APPROVED', approvedBy: userOf(em, who), approvedAt: clock.now(), returnNote: null });
  await em.flush();
  return found.minutes;
}

/** A regulator other than the writer returns submitted minutes to the writer as a draft, saying why. */
export async function returnMinutes(em: EntityManager, who: Principal, meetingId: Id, note: string): Promise<MeetingMinutes | null> {
  const found = await meetingAndMinutes(em, meetingId);
  if (!found) return null;
  const refused = minutesApproveIssue(minutesFacts(found.minutes), who);
  failOn(refused ? [refused] : checkReturnNote(note));
  Object.assign(found.minutes!, { status: 'DRAFT', submittedAt: null, returnNote: note.trim() });
  await em.flush();
  return found.minutes;
}

/** Campaign meetings (both kinds, or one), newest first. */
export const campaignMeetings = (em: EntityManager, kind?: MeetingKind | null) =>
  em.find(JointMeeting, kind ? { kind } : {}, { orderBy: { heldAt: 'desc', id: 'desc' }, limit: 200 });

/** The minutes of these meetings, by meeting id, in one statement. */
export async function minutesByMeeting(em: EntityManager, meetingIds: readonly number[]): Promise<Map<number, MeetingMinutes>> {
  if (!meetingIds.length) return new Map();
  const rows = await em.find(MeetingMinutes, { meeting: { $in: [...meetingIds] } }, { populate: ['writtenBy', 'approvedBy'] });
  return new Map(rows.map((r) => [r.meeting.id, r]));
}

export interface PeerVisitCommand {
  visitedOn: string;
  hostEnterpriseId?: Id | null;
  hostCommunityId?: Id | null;
  visitorEnterpriseIds: Id[];
  visitorPeople: string[];
  findings: string;
}

/** Records a peer visit (观摩) held up to today: its host, the visiting firms and people, and what they found. */
export async function recordPeerVisit(em: EntityManager, who: Principal, input: PeerVisitCommand, today: string): Promise<PeerVisit> {
  const issues: FieldIssue[] = checkPeerVisit(
    {
      ...input,
      hostEnterpriseId: input.hostEnterpriseId == null ? null : String(input.hostEnterpriseId),
      hostCommunityId: input.hostCommunityId == null ? null : String(input.hostCommunityId),
      visitorEnterpriseIds: input.visitorEnterpriseIds.map(String),
    },
    today,
  );
  const host = input.hostEnterpriseId ? await em.findOne(Enterprise, { id: parseId(input.hostEnterpriseId) ?? 0 }) : null;
  if (input.hostEnterpriseId && !host) issues.push({ field: 'hostEnterpriseId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.hostEnterpriseId) } });
  const community = input.hostCommunityId ? await em.findOne(Community, { id: parseId(input.hostCommunityId) ?? 0 }) : null;
  if (input.hostCommunityId && !community) issues.push({ field: 'hostCommunityId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.hostCommunityId) } });
  const ids = input.visitorEnterpriseIds.map((x) => parseId(x) ?? 0);
  const firms = ids.length ? await em.find(Enterprise, { id: { $in: ids } }) : [];
  if (firms.length !== new Set(ids).size) issues.push({ field: 'visitors', code: 'UNKNOWN_REFERENCE', params: { id: 'visitorEnterpriseIds' } });
  failOn(issues);
  const visit = em.create(PeerVisit, {
    visitedOn: input.visitedOn,
    hostEnterprise: host ?? (community?.enterprise ? community.enterprise : null),
    hostCommunity: community,
    visitorPeople: input.visitorPeople.map((p) => p.trim()).filter(Boolean),
    findings: input.findings.trim(),
    recordedBy: userOf(em, who),
  });
  for (const enterprise of firms) em.create(PeerVisitFirm, { visit, enterprise });
  await em.flush();
  return visit;
}

/** Peer visits, newest first; a firm (enterpriseScope) sees the visits it hosted or joined. */
export async function peerVisits(em: EntityManager, enterpriseScope: number | null): Promise<PeerVisit[]> {
  const where: FilterQuery<PeerVisit> =
    enterpriseScope == null
      ? {}
      : {
          $or: [
            { hostEnterprise: enterpriseScope },
            { id: { $in: (await em.find(PeerVisitFirm, { enterprise: enterpriseScope }, { fields: ['visit'] })).map((f) => f.visit.id) } },
          ],
        };
  return em.find(PeerVisit, where, { populate: ['hostEnterprise', 'hostCommunity'], orderBy: { visitedOn: 'desc', id: 'desc' }, limit: 200 });
}

/** The visiting firms of these visits, by visit id, in one statement. */
export async function visitingFirms(em: EntityManager, visitIds: readonly number[]): Promise<Map<number, Enterprise[]>> {
  const out = new Map<number, Enterprise[]>(visitIds.map((id) => [id, []]));
  if (!visitIds.length) return out;
  const rows = await em.find(PeerVisitFirm, { visit: { $in: [...visitIds] } }, { populate: ['enterprise'], orderBy: { id: 'asc' } });
  for (const r of rows) out.get(r.visit.id)?.push(r.enterprise);
  return out;
}

// ---- the publicity column -----------------------------------------------------------------------------------------

const articleFields = (a: ArticleInput) => ({
  kind: a.kind,
  title: a.title.trim(),
  summary: a.summary?.trim() || null,
  body: a.body.trim(),
  source: a.source?.trim() || null,
});

/** The bureau writes an article as a draft. */
export async function createArticle(em: EntityManager, who: Principal, input: ArticleInput): Promise<PublicityArticle> {
  const scope = articleScopeIssue(who);
  failOn(scope ? [scope] : checkArticle(input));
  const a = em.create(PublicityArticle, { ...articleFields(input), status: 'DRAFT', createdBy: userOf(em, who) });
  await em.flush();
  return a;
}

async function step(em: EntityManager, who: Principal, id: Id, action: ArticleAction): Promise<PublicityArticle | null> {
  const a = await em.findOne(PublicityArticle, { id: parseId(id) ?? 0 });
  if (!a) return null;
  const refused = articleScopeIssue(who) ?? articleTransitionIssue(a.status, action);
  if (refused) failOn([refused]);
  return a;
}

/** Rewrites a draft (published articles are withdrawn and written anew, not edited in place). */
export async function updateArticle(em: EntityManager, who: Principal, id: Id, input: ArticleInput): Promise<PublicityArticle | null> {
  const a = await step(em, who, id, 'EDIT');
  if (!a) return null;
  failOn(checkArticle(input));
  Object.assign(a, articleFields(input));
  await em.flush();
  return a;
}

/** Publishes a draft on the public site, dated now. */
export async function publishArticle(em: EntityManager, who: Principal, id: Id): Promise<PublicityArticle | null> {
  const a = await step(em, who, id, 'PUBLISH');
  if (!a) return null;
  Object.assign(a, { status: 'PUBLISHED', publishedAt: clock.now(), publishedBy: userOf(em, who) });
  await em.flush();
  return a;
}

/** Takes a published article off the public site, saying why; it stays withdrawn. */
export async function withdrawArticle(em: EntityManager, who: Principal, id: Id, reason: string): Promise<PublicityArticle | null> {
  const a = await step(em, who, id, 'WITHDRAW');
  if (!a) return null;
  failOn(checkReturnNote(reason).map((i) => ({ ...i, field: 'reason' })));
  Object.assign(a, { status: 'WITHDRAWN', withdrawnAt: clock.now(), withdrawnBy: userOf(em, who), withdrawReason: reason.trim() });
  await em.flush();
  return a;
}

/** Every article, for the bureau, newest first. */
export const publicityArticles = (em: EntityManager, filter: { kind?: ArticleKind | null; status?: ArticleStatus | null } = {}) =>
  em.find(
    PublicityArticle,
    { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}) },
    { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: 500 },
  );

export const publicityArticle = (em: EntityManager, id: Id) => em.findOne(PublicityArticle, { id: parseId(id) ?? 0 });

/** The public column: published articles of a kind (or all), newest first, a page at a time, with the total. */
export async function publishedArticles(
  em: EntityManager,
  kind: ArticleKind | null | undefined,
  page?: number | null,
  perPage?: number | null,
): Promise<{ items: PublicityArticle[]; total: number; page: number; perPage: number }> {
  const p = articlePage(page, perPage);
  const [items, total] = await em.findAndCount(
    PublicityArticle,
    { status: 'PUBLISHED', ...(kind ? { kind } : {}) },
    { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: p.perPage, offset: p.offset },
  );
  return { items, total, page: p.page, perPage: p.perPage };
}

/** One published article for the public (null when it does not exist, is a draft or was withdrawn). */
export const publishedArticle = (em: EntityManager, id: Id) => em.findOne(PublicityArticle, { id: parseId(id) ?? 0, status: 'PUBLISHED' });

// ---- the column's images ------------------------------------------------------------------------------------------

export interface ArticleImageUpload {
  /** The type judged from the bytes by the caller (the upload route), null when not recognised. */
  mime: string | null;
  originalName: string;
  data: Buffer;
  sha256: string;
  caption?: string | null;
}

/**
 * Attaches an image to a draft (the bureau only; JPG or PNG by content, size and number capped by
 * @wuye/domain's checkArticleImage). The article row is read under a row lock, so two uploads at once cannot both
 * pass the count. Null when there is no such article.
 */
export async function attachArticleImage(em: EntityManager, who: Principal, articleId: Id, upload: ArticleImageUpload): Promise<PublicityImage | null> {
  const scope = articleScopeIssue(who);
  if (scope) failOn([scope]);
  const id = parseId(articleId) ?? 0;
  const article = await em.findOne(PublicityArticle, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!article) return null;
  const images = await em.count(PublicityImage, { article: id });
  failOn(checkArticleImage({ status: article.status, images }, { mime: upload.mime, bytes: upload.data.length, caption: upload.caption }));
  const image = em.create(PublicityImage, {
    article,
    caption: upload.caption?.trim() || null,
    originalName: upload.originalName,
    mime: upload.mime!,
    size: upload.data.length,
    sha256: upload.sha256,
    data: upload.data,
    uploadedBy: userOf(em, who),
    uploadedAt: clock.now(),
  });
  await em.flush();
  return image;
}

/** Removes an image from a draft (the bureau only). Null when there is no such image. */
export async function removeArticleImage(em: EntityManager, who: Principal, imageId: Id): Promise<PublicityArticle | null> {
  const scope = articleScopeIssue(who);
  if (scope) failOn([scope]);
  const image = await em.findOne(PublicityImage, { id: parseId(imageId) ?? 0 }, { populate: ['article'] });
  if (!image) return null;
  const refused = articleImageRemoveIssue(image.article.status);
  if (refused) failOn([refused]);
  const article = image.article;
  em.remove(image);
  await em.flush();
  return article;
}

/** The images of each article given, in upload order, without their bytes (one statement for a page of articles). */
export async function imagesOfArticles(em: EntityManager, articleIds: readonly number[]): Promise<PublicityImage[]> {
  if (articleIds.length === 0) return [];
  return em.find(PublicityImage, { article: { $in: [...articleIds] } }, { orderBy: { id: 'asc' } });
}

/**
 * An image with its bytes, for `GET /publicity-images/:id`: to anyone while its article is published; to the bureau
 * (`publicity:manage`) whatever the status, so drafts can be checked before publishing; null otherwise (a draft's or a
 * withdrawn article's image is not public).
 */
export async function servableArticleImage(em: EntityManager, who: Principal | null | undefined, imageId: Id): Promise<PublicityImage | null> {
  const image = await em.findOne(PublicityImage, { id: parseId(imageId) ?? 0 }, { populate: ['article', 'data'] });
  if (!image) return null;
  return articleImageIsPublic(image.article.status) || !articleScopeIssue(who) ? image : null;
}
